from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum

if TYPE_CHECKING:
    from ..models.elasticsearch_blocking_issue_element_level import ElasticsearchBlockingIssueElementLevel


class ElasticsearchBlockingIssueElement(Model):
    """Information about index or cluster blocks

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    description: Field[str] = Field("description", STR, required=True)
    """ Description of the block """
    level: Field[ElasticsearchBlockingIssueElementLevel] = Field(
        "level",
        enum("ElasticsearchBlockingIssueElementLevel", "elasticsearch_blocking_issue_element_level"),
        required=True,
    )
    """ Applicable level for the block. Either global ie. cluster-wide or index level """

    def __init__(
        self,
        *,
        description: str,
        level: ElasticsearchBlockingIssueElementLevel,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            description=description,
            level=level,
        )
