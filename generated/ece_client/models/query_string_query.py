from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class QueryStringQuery(Model):
    """A query that uses the strict query string syntax for parsing. Will return an error for invalid syntax.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    query: Field[str] = Field("query", STR, required=True)
    """ The actual query to be parsed. """
    default_field: Field[str | Unset] = Field("default_field", STR)
    """ The default field for query terms if no prefix field is specified. """
    analyzer: Field[str | Unset] = Field("analyzer", STR)
    """ The analyzer used to analyze each term of the query when creating composite queries. """
    default_operator: Field[str | Unset] = Field("default_operator", STR)
    """ The default operator used if no explicit operator is specified. """
    allow_leading_wildcard: Field[bool | Unset] = Field("allow_leading_wildcard", BOOL)
    """ When set, * or ? are allowed as the first character. Defaults to false. """

    def __init__(
        self,
        *,
        query: str,
        default_field: str | Unset = UNSET,
        analyzer: str | Unset = UNSET,
        default_operator: str | Unset = UNSET,
        allow_leading_wildcard: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            query=query,
            default_field=default_field,
            analyzer=analyzer,
            default_operator=default_operator,
            allow_leading_wildcard=allow_leading_wildcard,
        )
