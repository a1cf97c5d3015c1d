from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_deployment_status import SecurityDeploymentStatus


class SecurityDeployment(Model):
    """The Elasticsearch security deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_id: Field[str] = Field("cluster_id", STR, required=True)
    """ The identifier for the security deployment cluster """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the security deployment cluster """
    status: Field[SecurityDeploymentStatus] = Field(
        "status", enum("SecurityDeploymentStatus", "security_deployment_status"), required=True
    )
    """ The current status of the cluster """
    has_pending_plan: Field[bool] = Field("has_pending_plan", BOOL, required=True)
    """ True if a pending plan is in progress """
    is_healthy: Field[bool] = Field("is_healthy", BOOL, required=True)
    """ True if the cluster is healthy """
    is_enabled: Field[bool] = Field("is_enabled", BOOL, required=True)
    """ True if the security cluster is currently enabled """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The identifier for the security deployment """
    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Elasticsearch cluster """

    def __init__(
        self,
        *,
        cluster_id: str,
        name: str,
        status: SecurityDeploymentStatus,
        has_pending_plan: bool,
        is_healthy: bool,
        is_enabled: bool,
        deployment_id: str | Unset = UNSET,
        version: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_id=cluster_id,
            name=name,
            status=status,
            has_pending_plan=has_pending_plan,
            is_healthy=is_healthy,
            is_enabled=is_enabled,
            deployment_id=deployment_id,
            version=version,
        )
