from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class ElasticsearchClusterBlockingIssueElement(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use `blocks` in
    `cluster_blocking_issues` instead

    Information about an issue and the Elasticsearch instance it affects.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    description: Field[str] = Field("description", STR, required=True)
    """ Description of the issue """
    instances: Field[list[str]] = Field("instances", list_of(STR), required=True)
    """ A list of instances that are affected by the issue """

    def __init__(
        self,
        *,
        description: str,
        instances: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            description=description,
            instances=instances,
        )
