from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.elasticsearch_blocking_issue_element import ElasticsearchBlockingIssueElement


class ElasticsearchBlockingIssues(Model):
    """Issues that prevent the Elasticsearch cluster or index from correctly operating.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the cluster has issues (false) or not (true) """
    blocks: Field[list[ElasticsearchBlockingIssueElement]] = Field(
        "blocks",
        list_of(model("ElasticsearchBlockingIssueElement", "elasticsearch_blocking_issue_element")),
        required=True,
    )
    """ A list of blocks that affect the availability of the cluster """

    def __init__(
        self,
        *,
        healthy: bool,
        blocks: list[ElasticsearchBlockingIssueElement],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            blocks=blocks,
        )
