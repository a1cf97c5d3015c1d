from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, list_of

if TYPE_CHECKING:
    import datetime


class ElasticsearchMonitoringInfo(Model):
    """Information about the monitoring status for the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the Monitoring configuration has been successfully applied """
    last_modified: Field[datetime.datetime] = Field("last_modified", DATETIME, required=True)
    """ The time the monitoring configuration was last changed """
    last_update_status: Field[str] = Field("last_update_status", STR, required=True)
    """ The status message from the last update (successful or not) """
    source_cluster_ids: Field[list[str]] = Field("source_cluster_ids", list_of(STR), required=True)
    """ The list of clusters Ids from which this cluster is currently receiving monitoring data """
    destination_cluster_ids: Field[list[str]] = Field("destination_cluster_ids", list_of(STR), required=True)
    """ The list of clusters Ids to which this cluster is currently sending monitoring data """

    def __init__(
        self,
        *,
        healthy: bool,
        last_modified: datetime.datetime,
        last_update_status: str,
        source_cluster_ids: list[str],
        destination_cluster_ids: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            last_modified=last_modified,
            last_update_status=last_update_status,
            source_cluster_ids=source_cluster_ids,
            destination_cluster_ids=destination_cluster_ids,
        )
