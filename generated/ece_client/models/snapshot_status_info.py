from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class SnapshotStatusInfo(Model):
    """Information about the snapshot status for the Elasticsearch cluster. For example, the health status.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Health status of snapshots for this cluster """
    count: Field[int] = Field("count", INT, required=True)
    """ Number of snapshots stored for this cluster """
    recent_success: Field[bool] = Field("recent_success", BOOL, required=True)
    """ Indicates whether the cluster has a relatively recent successful snapshot. """
    latest_successful: Field[bool | Unset] = Field("latest_successful", BOOL)
    """ Latest snapshot status """
    latest_status: Field[str | Unset] = Field("latest_status", STR)
    """ Status of the latest snapshot attempt, if any exist. """
    scheduled_time: Field[datetime.datetime | Unset] = Field("scheduled_time", DATETIME)
    """ Scheduled time of next snapshot attempt """
    latest_end_time: Field[datetime.datetime | Unset] = Field("latest_end_time", DATETIME)
    """ The end time of the most recently attempted snapshot """
    latest_successful_end_time: Field[datetime.datetime | Unset] = Field("latest_successful_end_time", DATETIME)
    """ The end time of the most recently successful snapshot """

    def __init__(
        self,
        *,
        healthy: bool,
        count: int,
        recent_success: bool,
        latest_successful: bool | Unset = UNSET,
        latest_status: str | Unset = UNSET,
        scheduled_time: datetime.datetime | Unset = UNSET,
        latest_end_time: datetime.datetime | Unset = UNSET,
        latest_successful_end_time: datetime.datetime | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            count=count,
            recent_success=recent_success,
            latest_successful=latest_successful,
            latest_status=latest_status,
            scheduled_time=scheduled_time,
            latest_end_time=latest_end_time,
            latest_successful_end_time=latest_successful_end_time,
        )
