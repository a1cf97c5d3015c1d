from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ManagedMonitoringSettings(Model):
    """The settings for sending monitoring information to another cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    target_cluster_id: Field[str] = Field("target_cluster_id", STR, required=True)
    """ The Id of the target cluster to which to send monitoring information """

    def __init__(
        self,
        *,
        target_cluster_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            target_cluster_id=target_cluster_id,
        )
