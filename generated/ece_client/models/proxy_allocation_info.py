from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, enum, model

if TYPE_CHECKING:
    from ..models.proxy_allocation_counts import ProxyAllocationCounts
    from ..models.proxy_allocation_info_allocations_type import ProxyAllocationInfoAllocationsType


class ProxyAllocationInfo(Model):
    """The single proxy allocation for a specified type, such as Elasticsearch, Kibana, or APM.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    allocations_type: Field[ProxyAllocationInfoAllocationsType] = Field(
        "allocations_type",
        enum("ProxyAllocationInfoAllocationsType", "proxy_allocation_info_allocations_type"),
        required=True,
    )
    """ The type of proxy allocations """
    counts: Field[ProxyAllocationCounts] = Field(
        "counts", model("ProxyAllocationCounts", "proxy_allocation_counts"), required=True
    )
    """ Proxy allocation counts. """

    def __init__(
        self,
        *,
        allocations_type: ProxyAllocationInfoAllocationsType,
        counts: ProxyAllocationCounts,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            allocations_type=allocations_type,
            counts=counts,
        )
