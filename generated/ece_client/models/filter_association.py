from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class FilterAssociation(Model):
    """The association with a ruleset or user auth token for a deployment, template, or product.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    entity_type: Field[str] = Field("entity_type", STR, required=True)
    """ Type of the traffic filter ruleset association, such as 'deployment', 'cluster' """
    id: Field[str] = Field("id", STR, required=True)
    """ ID of the entity, such as the deployment ID or Elasticsearch cluster ID. """

    def __init__(
        self,
        *,
        entity_type: str,
        id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            entity_type=entity_type,
            id=id,
        )
