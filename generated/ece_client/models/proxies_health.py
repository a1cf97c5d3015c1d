from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.proxies_allocations_info import ProxiesAllocationsInfo
    from ..models.proxies_filtered_group_health import ProxiesFilteredGroupHealth


class ProxiesHealth(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    observed_proxies_count: Field[int] = Field("observed_proxies_count", INT, required=True)
    """ Total number of proxies """
    expected_proxies_count: Field[int] = Field("expected_proxies_count", INT, required=True)
    """ Expected minimum number of proxies """
    allocations: Field[list[ProxiesAllocationsInfo]] = Field(
        "allocations", list_of(model("ProxiesAllocationsInfo", "proxies_allocations_info")), required=True
    )
    """ Allocations for proxies """
    filtered_groups: Field[list[ProxiesFilteredGroupHealth]] = Field(
        "filtered_groups", list_of(model("ProxiesFilteredGroupHealth", "proxies_filtered_group_health")), required=True
    )
    """ Filtered groups of proxies with associated status """
    status: Field[str] = Field("status", STR, required=True)
    """ "Health status for all proxies. One of "Green", "Yellow" or "Red" """

    def __init__(
        self,
        *,
        observed_proxies_count: int,
        expected_proxies_count: int,
        allocations: list[ProxiesAllocationsInfo],
        filtered_groups: list[ProxiesFilteredGroupHealth],
        status: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            observed_proxies_count=observed_proxies_count,
            expected_proxies_count=expected_proxies_count,
            allocations=allocations,
            filtered_groups=filtered_groups,
            status=status,
        )
