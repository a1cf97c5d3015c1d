from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class SimpleQueryStringQuery(Model):
    """A query that uses simple query string syntax. Will ignore invalid syntax.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    query: Field[str] = Field("query", STR, required=True)
    """ The query expressed in simple query string syntax. """
    fields: Field[list[str] | Unset] = Field("fields", list_of(STR))
    """ Array of fields to search """
    default_operator: Field[str | Unset] = Field("default_operator", STR)
    """ The boolean operator used to combine the terms of the query. Valid values are `OR` (default) and `AND`. """
    analyze_wildcard: Field[bool | Unset] = Field("analyze_wildcard", BOOL)
    """ If `true`, the query attempts to analyze wildcard terms. Defaults to `false`. """
    analyzer: Field[str | Unset] = Field("analyzer", STR)
    """ The name of the analyzer to use to convert the query text into tokens. """
    auto_generate_synonyms_phrase_query: Field[bool | Unset] = Field("auto_generate_synonyms_phrase_query", BOOL)
    """ If `true`, the parse creates a `match_phrase` uery for each multi-position token. Defaults to `true`. """
    flags: Field[str | Unset] = Field("flags", STR)
    """ List of enabled operators for the simple query string syntax. Defaults to `ALL`. """
    fuzzy_max_expansions: Field[int | Unset] = Field("fuzzy_max_expansions", INT)
    """ Maximum number of terms to which the query expands for fuzzy matching. Defaults to 50. """
    fuzzy_prefix_length: Field[int | Unset] = Field("fuzzy_prefix_length", INT)
    """ Number of beginning characters left unchanged for fuzzy matching. Defaults to 0. """
    fuzzy_transpositions: Field[bool | Unset] = Field("fuzzy_transpositions", BOOL)
    """ If `true`, edits for fuzzy matching include transpositions of two adjacent characters. Defaults to `false`. """
    lenient: Field[bool | Unset] = Field("lenient", BOOL)
    """ If `true`, format-based errors, such as providing a text value for a numeric field are ignored. Defaults to
    `false`. """
    minimum_should_match: Field[str | Unset] = Field("minimum_should_match", STR)
    """ Minimum number of clauses that must match for a document to be returned. """
    quote_field_suffix: Field[str | Unset] = Field("quote_field_suffix", STR)
    """ Suffix appended to quoted text in the query string. """

    def __init__(
        self,
        *,
        query: str,
        fields: list[str] | Unset = UNSET,
        default_operator: str | Unset = UNSET,
        analyze_wildcard: bool | Unset = UNSET,
        analyzer: str | Unset = UNSET,
        auto_generate_synonyms_phrase_query: bool | Unset = UNSET,
        flags: str | Unset = UNSET,
        fuzzy_max_expansions: int | Unset = UNSET,
        fuzzy_prefix_length: int | Unset = UNSET,
        fuzzy_transpositions: bool | Unset = UNSET,
        lenient: bool | Unset = UNSET,
        minimum_should_match: str | Unset = UNSET,
        quote_field_suffix: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            query=query,
            fields=fields,
            default_operator=default_operator,
            analyze_wildcard=analyze_wildcard,
            analyzer=analyzer,
            auto_generate_synonyms_phrase_query=auto_generate_synonyms_phrase_query,
            flags=flags,
            fuzzy_max_expansions=fuzzy_max_expansions,
            fuzzy_prefix_length=fuzzy_prefix_length,
            fuzzy_transpositions=fuzzy_transpositions,
            lenient=lenient,
            minimum_should_match=minimum_should_match,
            quote_field_suffix=quote_field_suffix,
        )
