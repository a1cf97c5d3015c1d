from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bool_query import BoolQuery
    from ..models.exists_query import ExistsQuery
    from ..models.match_all_query import MatchAllQuery
    from ..models.match_none_query import MatchNoneQuery
    from ..models.nested_query import NestedQuery
    from ..models.query_container_match import QueryContainerMatch
    from ..models.query_container_prefix import QueryContainerPrefix
    from ..models.query_container_range import QueryContainerRange
    from ..models.query_container_term import QueryContainerTerm
    from ..models.query_string_query import QueryStringQuery
    from ..models.simple_query_string_query import SimpleQueryStringQuery


class QueryContainer(Model):
    """The container for all of the allowed Elasticsearch queries. Specify only one property each time.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    match: Field[QueryContainerMatch | Unset] = Field("match", model("QueryContainerMatch", "query_container_match"))
    match_all: Field[MatchAllQuery | Unset] = Field("match_all", model("MatchAllQuery", "match_all_query"))
    """ A query that matches all documents. """
    match_none: Field[MatchNoneQuery | Unset] = Field("match_none", model("MatchNoneQuery", "match_none_query"))
    """ A query that doesn't match any documents. """
    term: Field[QueryContainerTerm | Unset] = Field("term", model("QueryContainerTerm", "query_container_term"))
    bool_: Field[BoolQuery | Unset] = Field("bool", model("BoolQuery", "bool_query"))
    """ A query for documents that match boolean combinations of other queries. """
    query_string: Field[QueryStringQuery | Unset] = Field(
        "query_string", model("QueryStringQuery", "query_string_query")
    )
    """ A query that uses the strict query string syntax for parsing. Will return an error for invalid syntax. """
    nested: Field[NestedQuery | Unset] = Field("nested", model("NestedQuery", "nested_query"))
    """ A query that matches nested objects. """
    prefix: Field[QueryContainerPrefix | Unset] = Field(
        "prefix", model("QueryContainerPrefix", "query_container_prefix")
    )
    exists: Field[ExistsQuery | Unset] = Field("exists", model("ExistsQuery", "exists_query"))
    """ Matches documents that have at least one non-`null` value in the original field. """
    range_: Field[QueryContainerRange | Unset] = Field("range", model("QueryContainerRange", "query_container_range"))
    simple_query_string: Field[SimpleQueryStringQuery | Unset] = Field(
        "simple_query_string", model("SimpleQueryStringQuery", "simple_query_string_query")
    )
    """ A query that uses simple query string syntax. Will ignore invalid syntax. """

    def __init__(
        self,
        *,
        match: QueryContainerMatch | Unset = UNSET,
        match_all: MatchAllQuery | Unset = UNSET,
        match_none: MatchNoneQuery | Unset = UNSET,
        term: QueryContainerTerm | Unset = UNSET,
        bool_: BoolQuery | Unset = UNSET,
        query_string: QueryStringQuery | Unset = UNSET,
        nested: NestedQuery | Unset = UNSET,
        prefix: QueryContainerPrefix | Unset = UNSET,
        exists: ExistsQuery | Unset = UNSET,
        range_: QueryContainerRange | Unset = UNSET,
        simple_query_string: SimpleQueryStringQuery | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            match=match,
            match_all=match_all,
            match_none=match_none,
            term=term,
            bool_=bool_,
            query_string=query_string,
            nested=nested,
            prefix=prefix,
            exists=exists,
            range_=range_,
            simple_query_string=simple_query_string,
        )
