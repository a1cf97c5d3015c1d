from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class AllocatedInstancePlansInfo(Model):
    """The plan information for the Elasticsearch cluster associated with the Kibana instance or APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    pending: Field[bool] = Field("pending", BOOL, required=True)
    """ Whether or not there is a pending plan. """
    version: Field[str | Unset] = Field("version", STR)
    """ The version of the current plan, falling back to that of the pending plan if it exists. """
    zone_count: Field[int | Unset] = Field("zone_count", INT)
    """ The number of zones in the current plan, falling back to that of the pending plan if it exists. """

    def __init__(
        self,
        *,
        pending: bool,
        version: str | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            pending=pending,
            version=version,
            zone_count=zone_count,
        )
