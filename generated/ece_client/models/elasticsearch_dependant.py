from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchDependant(Model):
    """Details about an orphaned Elasticsearch-dependent resources.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the orphaned resource """
    kind: Field[str] = Field("kind", STR, required=True)
    """ The kind of resource """

    def __init__(
        self,
        *,
        id: str,
        kind: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            kind=kind,
        )
