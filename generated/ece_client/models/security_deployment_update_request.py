from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_deployment_topology import SecurityDeploymentTopology


class SecurityDeploymentUpdateRequest(Model):
    """The update request for the Elasticsearch security deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of Elasticsearch to upgrade to. When not included, no upgrade is performed. """
    topology: Field[SecurityDeploymentTopology | Unset] = Field(
        "topology", model("SecurityDeploymentTopology", "security_deployment_topology")
    )
    """ The cluster topology changes to apply to the security deployment cluster. When not included, no topology
    changes are performed. """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        topology: SecurityDeploymentTopology | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            topology=topology,
        )
