from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_deployment_topology import SecurityDeploymentTopology


class SecurityDeploymentCreateRequest(Model):
    """The creation request for the Elasticsearch security deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str | Unset] = Field("name", STR)
    """ The name of the security deployment cluster """
    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Elasticsearch cluster """
    topology: Field[SecurityDeploymentTopology | Unset] = Field(
        "topology", model("SecurityDeploymentTopology", "security_deployment_topology")
    )
    """ The cluster topology used to create the security deployment cluster """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        topology: SecurityDeploymentTopology | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            version=version,
            topology=topology,
        )
