from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocated_instance_status import AllocatedInstanceStatus
    from ..models.allocator_build_info import AllocatorBuildInfo
    from ..models.allocator_capacity import AllocatorCapacity
    from ..models.allocator_health_status import AllocatorHealthStatus
    from ..models.allocator_settings import AllocatorSettings
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.metadata_item import MetadataItem


class AllocatorInfo(Model):
    """The overview information for the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    status: Field[AllocatorHealthStatus] = Field(
        "status", model("AllocatorHealthStatus", "allocator_health_status"), required=True
    )
    """ The health status of the allocator. """
    allocator_id: Field[str] = Field("allocator_id", STR, required=True)
    """ Identifier for this allocator """
    zone_id: Field[str] = Field("zone_id", STR, required=True)
    """ Identifier of the zone """
    host_ip: Field[str] = Field("host_ip", STR, required=True)
    """ Host IP of this allocator """
    public_hostname: Field[str] = Field("public_hostname", STR, required=True)
    """ Public hostname of this allocator """
    capacity: Field[AllocatorCapacity] = Field(
        "capacity", model("AllocatorCapacity", "allocator_capacity"), required=True
    )
    """ The total and used capacity of the allocator. """
    settings: Field[AllocatorSettings] = Field(
        "settings", model("AllocatorSettings", "allocator_settings"), required=True
    )
    """ The settings for the allocator. """
    instances: Field[list[AllocatedInstanceStatus]] = Field(
        "instances", list_of(model("AllocatedInstanceStatus", "allocated_instance_status")), required=True
    )
    metadata: Field[list[MetadataItem]] = Field(
        "metadata", list_of(model("MetadataItem", "metadata_item")), required=True
    )
    """ Arbitrary metadata associated with this allocator """
    features: Field[list[str]] = Field("features", list_of(STR), required=True)
    """ List of features associated with this allocator. Note this is only present for backwards compatibility
    purposes and is scheduled for removal in the next major version release. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to this allocator. """
    build_info: Field[AllocatorBuildInfo | Unset] = Field(
        "build_info", model("AllocatorBuildInfo", "allocator_build_info")
    )
    """ Build Info of the artifact """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this allocator belongs to. Only populated in SaaS or federated ECE. """

    def __init__(
        self,
        *,
        status: AllocatorHealthStatus,
        allocator_id: str,
        zone_id: str,
        host_ip: str,
        public_hostname: str,
        capacity: AllocatorCapacity,
        settings: AllocatorSettings,
        instances: list[AllocatedInstanceStatus],
        metadata: list[MetadataItem],
        features: list[str],
        external_links: list[ExternalHyperlink],
        build_info: AllocatorBuildInfo | Unset = UNSET,
        region: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            status=status,
            allocator_id=allocator_id,
            zone_id=zone_id,
            host_ip=host_ip,
            public_hostname=public_hostname,
            capacity=capacity,
            settings=settings,
            instances=instances,
            metadata=metadata,
            features=features,
            external_links=external_links,
            build_info=build_info,
            region=region,
        )
