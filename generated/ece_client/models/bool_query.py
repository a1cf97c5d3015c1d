from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_container import QueryContainer


class BoolQuery(Model):
    """A query for documents that match boolean combinations of other queries.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    must: Field[list[QueryContainer] | Unset] = Field("must", list_of(model("QueryContainer", "query_container")))
    should: Field[list[QueryContainer] | Unset] = Field("should", list_of(model("QueryContainer", "query_container")))
    must_not: Field[list[QueryContainer] | Unset] = Field(
        "must_not", list_of(model("QueryContainer", "query_container"))
    )
    filter_: Field[list[QueryContainer] | Unset] = Field("filter", list_of(model("QueryContainer", "query_container")))
    minimum_should_match: Field[int | Unset] = Field("minimum_should_match", INT)
    """ The minimum number of optional should clauses to match. """

    def __init__(
        self,
        *,
        must: list[QueryContainer] | Unset = UNSET,
        should: list[QueryContainer] | Unset = UNSET,
        must_not: list[QueryContainer] | Unset = UNSET,
        filter_: list[QueryContainer] | Unset = UNSET,
        minimum_should_match: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            must=must,
            should=should,
            must_not=must_not,
            filter_=filter_,
            minimum_should_match=minimum_should_match,
        )
