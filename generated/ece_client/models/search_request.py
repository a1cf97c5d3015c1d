from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_container import QueryContainer
    from ..models.search_request_sort_item import SearchRequestSortItem


class SearchRequest(Model):
    """An Elasticsearch search request with a subset of options.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    from_: Field[int | Unset] = Field("from", INT)
    """ Deprecated, use cursor for a more scalable approach to paging. """
    cursor: Field[str | Unset] = Field("cursor", STR)
    """ To retrieve the next page of hits, set this to the cursor value of the previous response. When set, all
    other fields are ignored. """
    size: Field[int | Unset] = Field("size", INT)
    """ The maximum number of search results to return. """
    query: Field[QueryContainer | Unset] = Field("query", model("QueryContainer", "query_container"))
    """ The container for all of the allowed Elasticsearch queries. Specify only one property each time. """
    sort: Field[list[SearchRequestSortItem] | Unset] = Field(
        "sort", list_of(model("SearchRequestSortItem", "search_request_sort_item"))
    )
    """ An array of fields to sort the search results by. Defaults to query rank and last modified date descending. """

    def __init__(
        self,
        *,
        from_: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        size: int | Unset = UNSET,
        query: QueryContainer | Unset = UNSET,
        sort: list[SearchRequestSortItem] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            from_=from_,
            cursor=cursor,
            size=size,
            query=query,
            sort=sort,
        )
