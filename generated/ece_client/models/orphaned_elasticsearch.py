from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.elasticsearch_dependant import ElasticsearchDependant


class OrphanedElasticsearch(Model):
    """Details about an orphaned Elasticsearch resources.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the orphaned resource """
    dependents: Field[list[ElasticsearchDependant]] = Field(
        "dependents", list_of(model("ElasticsearchDependant", "elasticsearch_dependant")), required=True
    )
    """ List of orphaned dependent resources """

    def __init__(
        self,
        *,
        id: str,
        dependents: list[ElasticsearchDependant],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            dependents=dependents,
        )
