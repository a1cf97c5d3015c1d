from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.proxies_filtered_group import ProxiesFilteredGroup


class ProxiesFilteredGroupHealth(Model):
    """The health status of a filtered proxy group.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    group: Field[ProxiesFilteredGroup] = Field(
        "group", model("ProxiesFilteredGroup", "proxies_filtered_group"), required=True
    )
    """ Settings of the filtered group """
    observed_proxies_count: Field[int] = Field("observed_proxies_count", INT, required=True)
    """ The number of proxies that match all of the filters in the group """
    status: Field[str] = Field("status", STR, required=True)
    """ "Health status for this filtered group. One of "Green", "Yellow" or "Red" """

    def __init__(
        self,
        *,
        group: ProxiesFilteredGroup,
        observed_proxies_count: int,
        status: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            group=group,
            observed_proxies_count=observed_proxies_count,
            status=status,
        )
