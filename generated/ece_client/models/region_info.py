from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.allocators_summary import AllocatorsSummary
    from ..models.constructor_overview import ConstructorOverview
    from ..models.container_sets_summary import ContainerSetsSummary
    from ..models.coordinators_summary import CoordinatorsSummary
    from ..models.platform_resources_summary import PlatformResourcesSummary
    from ..models.proxies_summary import ProxiesSummary
    from ..models.runners_summary import RunnersSummary
    from ..models.zookeeper_summary import ZookeeperSummary


class RegionInfo(Model):
    """Information about a region.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    region_id: Field[str] = Field("region_id", STR, required=True)
    """ Identifier of this region """
    zookeeper_states: Field[ZookeeperSummary] = Field(
        "zookeeper_states", model("ZookeeperSummary", "zookeeper_summary"), required=True
    )
    """ Information about the Zookeeper state """
    allocators: Field[AllocatorsSummary] = Field(
        "allocators", model("AllocatorsSummary", "allocators_summary"), required=True
    )
    """ Information about allocators """
    runners: Field[RunnersSummary] = Field("runners", model("RunnersSummary", "runners_summary"), required=True)
    """ Information about runners """
    proxies: Field[ProxiesSummary] = Field("proxies", model("ProxiesSummary", "proxies_summary"), required=True)
    """ Information about proxies """
    container_sets_status: Field[ContainerSetsSummary] = Field(
        "container_sets_status", model("ContainerSetsSummary", "container_sets_summary"), required=True
    )
    """ Information about container sets """
    constructors: Field[ConstructorOverview] = Field(
        "constructors", model("ConstructorOverview", "constructor_overview"), required=True
    )
    """ Information about constructors """
    coordinators: Field[CoordinatorsSummary] = Field(
        "coordinators", model("CoordinatorsSummary", "coordinators_summary"), required=True
    )
    """ Information about coordinators """
    resources: Field[PlatformResourcesSummary] = Field(
        "resources", model("PlatformResourcesSummary", "platform_resources_summary"), required=True
    )
    """ Information about resources """

    def __init__(
        self,
        *,
        region_id: str,
        zookeeper_states: ZookeeperSummary,
        allocators: AllocatorsSummary,
        runners: RunnersSummary,
        proxies: ProxiesSummary,
        container_sets_status: ContainerSetsSummary,
        constructors: ConstructorOverview,
        coordinators: CoordinatorsSummary,
        resources: PlatformResourcesSummary,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            region_id=region_id,
            zookeeper_states=zookeeper_states,
            allocators=allocators,
            runners=runners,
            proxies=proxies,
            container_sets_status=container_sets_status,
            constructors=constructors,
            coordinators=coordinators,
            resources=resources,
        )
