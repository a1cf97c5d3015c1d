from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterSnapshotRetention(Model):
    """Information about the Elasticsearch cluster snapshot retention.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    snapshots: Field[int | Unset] = Field("snapshots", INT)
    """ Number of snapshots to retain """
    max_age: Field[str | Unset] = Field("max_age", STR)
    """ Total retention period for all snapshots, with the format 'length unit' (space is optional), where unit can
    be one of: d (day), h (hour), min (minute) """

    def __init__(
        self,
        *,
        snapshots: int | Unset = UNSET,
        max_age: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            snapshots=snapshots,
            max_age=max_age,
        )
