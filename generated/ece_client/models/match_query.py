from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class MatchQuery(Model):
    """Consumes and analyzes text, numbers, and dates, then constructs a query.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    query: Field[str] = Field("query", STR, required=True)
    """ The text/numeric/date to query for. """
    operator: Field[str | Unset] = Field("operator", STR)
    """ The operator flag can be set to or or and to control the boolean clauses (defaults to or). """
    minimum_should_match: Field[int | Unset] = Field("minimum_should_match", INT)
    """ The minimum number of optional should clauses to match. """
    analyzer: Field[str | Unset] = Field("analyzer", STR)
    """ The analyzer that will be used to perform the analysis process on the text. Defaults to the analyzer that
    was used to index the field. """

    def __init__(
        self,
        *,
        query: str,
        operator: str | Unset = UNSET,
        minimum_should_match: int | Unset = UNSET,
        analyzer: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            query=query,
            operator=operator,
            minimum_should_match=minimum_should_match,
            analyzer=analyzer,
        )
