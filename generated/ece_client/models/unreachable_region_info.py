from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class UnreachableRegionInfo(Model):
    """Information about an unreachable region.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    region_id: Field[str] = Field("region_id", STR, required=True)
    """ Identifier of this region """

    def __init__(
        self,
        *,
        region_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            region_id=region_id,
        )
