from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.elasticsearch_master_element import ElasticsearchMasterElement


class ElasticsearchMasterInfo(Model):
    """Information about the master nodes in the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the master situation in the cluster is healthy (ie is the number of masters != 1), or do any
    instances have no master """
    masters: Field[list[ElasticsearchMasterElement]] = Field(
        "masters", list_of(model("ElasticsearchMasterElement", "elasticsearch_master_element")), required=True
    )
    instances_with_no_master: Field[list[str]] = Field("instances_with_no_master", list_of(STR), required=True)
    """ A list of any instances with no master """

    def __init__(
        self,
        *,
        healthy: bool,
        masters: list[ElasticsearchMasterElement],
        instances_with_no_master: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            masters=masters,
            instances_with_no_master=instances_with_no_master,
        )
