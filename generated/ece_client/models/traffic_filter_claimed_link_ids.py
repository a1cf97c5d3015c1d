from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.traffic_filter_claimed_link_id_info import TrafficFilterClaimedLinkIdInfo


class TrafficFilterClaimedLinkIds(Model):
    """The container for a set of traffic filter claimed link id.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    claimed_link_ids: Field[list[TrafficFilterClaimedLinkIdInfo]] = Field(
        "claimed_link_ids",
        list_of(model("TrafficFilterClaimedLinkIdInfo", "traffic_filter_claimed_link_id_info")),
        required=True,
    )
    """ List of traffic filter claimed link id """

    def __init__(
        self,
        *,
        claimed_link_ids: list[TrafficFilterClaimedLinkIdInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            claimed_link_ids=claimed_link_ids,
        )
