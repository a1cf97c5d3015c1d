from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nested_query_score_mode import NestedQueryScoreMode
    from ..models.query_container import QueryContainer


class NestedQuery(Model):
    """A query that matches nested objects.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    query: Field[QueryContainer] = Field("query", model("QueryContainer", "query_container"), required=True)
    """ The actual query to execute on the nested objects. """
    path: Field[str] = Field("path", STR, required=True)
    """ The path to the nested object. """
    score_mode: Field[NestedQueryScoreMode | Unset] = Field(
        "score_mode", enum("NestedQueryScoreMode", "nested_query_score_mode")
    )
    """ Allows to specify how inner children matching affects score of the parent. Refer to the Elasticsearch
    documentation for details. """

    def __init__(
        self,
        *,
        query: QueryContainer,
        path: str,
        score_mode: NestedQueryScoreMode | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            query=query,
            path=path,
            score_mode=score_mode,
        )
