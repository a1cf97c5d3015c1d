from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.cluster_system_alert_alert_type import ClusterSystemAlertAlertType


class ClusterSystemAlert(Model):
    """Information about a system alert on an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timestamp: Field[datetime.datetime] = Field("timestamp", DATETIME, required=True)
    """ Timestamp marking the system alert """
    instance_name: Field[str] = Field("instance_name", STR, required=True)
    """ Instance that caused the system alert """
    alert_type: Field[ClusterSystemAlertAlertType] = Field(
        "alert_type", enum("ClusterSystemAlertAlertType", "cluster_system_alert_alert_type"), required=True
    )
    """ Type of system alert """
    url: Field[str | Unset] = Field("url", STR)
    """ The URL related to the event. Only applicable for alert_type: heap_dump """
    exit_code: Field[int | Unset] = Field("exit_code", INT)
    """ The exit_code related to the event. Only applicable for alert_type: slain """

    def __init__(
        self,
        *,
        timestamp: datetime.datetime,
        instance_name: str,
        alert_type: ClusterSystemAlertAlertType,
        url: str | Unset = UNSET,
        exit_code: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timestamp=timestamp,
            instance_name=instance_name,
            alert_type=alert_type,
            url=url,
            exit_code=exit_code,
        )
