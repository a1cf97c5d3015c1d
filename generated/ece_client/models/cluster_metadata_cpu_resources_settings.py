from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterMetadataCpuResourcesSettings(Model):
    """Specifies the CPU resource settings for the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    boost: Field[bool | Unset] = Field("boost", BOOL)
    """ Indicates if the CPU boost flag is enabled or not. """
    hard_limit: Field[bool | Unset] = Field("hard_limit", BOOL)
    """ Indicates if the CPU hard limit flag is enabled or not. When set to true (default), allocates CPU timeshare
    based on the total CPU time multiplied by the relative RAM capacity of the instance on a given host. When
    set to false, delegates CPU allocation to the operating system to schedule CPU timeshares. """

    def __init__(
        self,
        *,
        boost: bool | Unset = UNSET,
        hard_limit: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            boost=boost,
            hard_limit=hard_limit,
        )
