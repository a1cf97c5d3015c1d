from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runner_build_info import RunnerBuildInfo
    from ..models.runner_container_info import RunnerContainerInfo
    from ..models.runner_health_checks import RunnerHealthChecks
    from ..models.runner_info_features import RunnerInfoFeatures
    from ..models.runner_info_tags import RunnerInfoTags
    from ..models.runner_role_info import RunnerRoleInfo


class RunnerInfo(Model):
    """Information about a specified runner.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    runner_id: Field[str] = Field("runner_id", STR, required=True)
    """ The runner identifier """
    host_ip: Field[str] = Field("host_ip", STR, required=True)
    """ Host IP for the runner """
    public_hostname: Field[str] = Field("public_hostname", STR, required=True)
    """ Public hostname for the runner """
    containers: Field[list[RunnerContainerInfo]] = Field(
        "containers", list_of(model("RunnerContainerInfo", "runner_container_info")), required=True
    )
    """ Containers for the runner """
    roles: Field[list[RunnerRoleInfo]] = Field(
        "roles", list_of(model("RunnerRoleInfo", "runner_role_info")), required=True
    )
    """ Roles for the runner """
    connected: Field[bool] = Field("connected", BOOL, required=True)
    """ Specifies if the runner is connected """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Specifies if the runner is healthy """
    runner_name: Field[str | Unset] = Field("runner_name", STR)
    """ The runner name """
    zone: Field[str | Unset] = Field("zone", STR)
    """ Identifier of the zone """
    tags: Field[RunnerInfoTags | Unset] = Field("tags", model("RunnerInfoTags", "runner_info_tags"))
    """ Meta data of the runner, like image ID or processor architecture """
    features: Field[RunnerInfoFeatures | Unset] = Field("features", model("RunnerInfoFeatures", "runner_info_features"))
    """ State of features of the runner """
    build_info: Field[RunnerBuildInfo | Unset] = Field("build_info", model("RunnerBuildInfo", "runner_build_info"))
    """ Build Info of the container artifact """
    health_checks: Field[RunnerHealthChecks | Unset] = Field(
        "health_checks", model("RunnerHealthChecks", "runner_health_checks")
    )
    """ Checks used to determine if a runner is healthy or not """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this runner belongs to. Only populated in SaaS or federated ECE. """

    def __init__(
        self,
        *,
        runner_id: str,
        host_ip: str,
        public_hostname: str,
        containers: list[RunnerContainerInfo],
        roles: list[RunnerRoleInfo],
        connected: bool,
        healthy: bool,
        runner_name: str | Unset = UNSET,
        zone: str | Unset = UNSET,
        tags: RunnerInfoTags | Unset = UNSET,
        features: RunnerInfoFeatures | Unset = UNSET,
        build_info: RunnerBuildInfo | Unset = UNSET,
        health_checks: RunnerHealthChecks | Unset = UNSET,
        region: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            runner_id=runner_id,
            host_ip=host_ip,
            public_hostname=public_hostname,
            containers=containers,
            roles=roles,
            connected=connected,
            healthy=healthy,
            runner_name=runner_name,
            zone=zone,
            tags=tags,
            features=features,
            build_info=build_info,
            health_checks=health_checks,
            region=region,
        )
