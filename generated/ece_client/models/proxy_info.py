from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxy_allocation_info import ProxyAllocationInfo
    from ..models.proxy_info_metadata import ProxyInfoMetadata


class ProxyInfo(Model):
    """Information about a proxy.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    proxy_id: Field[str] = Field("proxy_id", STR, required=True)
    """ The proxy identifier """
    host_ip: Field[str] = Field("host_ip", STR, required=True)
    """ IP of the host the proxy runs on """
    public_hostname: Field[str] = Field("public_hostname", STR, required=True)
    """ Public hostname of the host the proxy runs on """
    metadata: Field[ProxyInfoMetadata] = Field(
        "metadata", model("ProxyInfoMetadata", "proxy_info_metadata"), required=True
    )
    """ Arbitrary metadata associated with the proxy """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Specifies if the proxy is healthy """
    allocations: Field[list[ProxyAllocationInfo]] = Field(
        "allocations", list_of(model("ProxyAllocationInfo", "proxy_allocation_info")), required=True
    )
    """ Allocation information by type. """
    runner_id: Field[str | Unset] = Field("runner_id", STR)
    """ Identifier of the runner for the proxy """
    zone: Field[str | Unset] = Field("zone", STR)
    """ The zone. """

    def __init__(
        self,
        *,
        proxy_id: str,
        host_ip: str,
        public_hostname: str,
        metadata: ProxyInfoMetadata,
        healthy: bool,
        allocations: list[ProxyAllocationInfo],
        runner_id: str | Unset = UNSET,
        zone: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            proxy_id=proxy_id,
            host_ip=host_ip,
            public_hostname=public_hostname,
            metadata=metadata,
            healthy=healthy,
            allocations=allocations,
            runner_id=runner_id,
            zone=zone,
        )
