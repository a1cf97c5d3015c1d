from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integrations_server_configuration import IntegrationsServerConfiguration
    from ..models.integrations_server_topology_element import IntegrationsServerTopologyElement
    from ..models.transient_integrations_server_plan_configuration import TransientIntegrationsServerPlanConfiguration


class IntegrationsServerPlan(Model):
    """The plan for the Integrations Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    integrations_server: Field[IntegrationsServerConfiguration] = Field(
        "integrations_server",
        model("IntegrationsServerConfiguration", "integrations_server_configuration"),
        required=True,
    )
    """ The configuration options for the Integrations Server. """
    cluster_topology: Field[list[IntegrationsServerTopologyElement] | Unset] = Field(
        "cluster_topology", list_of(model("IntegrationsServerTopologyElement", "integrations_server_topology_element"))
    )
    transient: Field[TransientIntegrationsServerPlanConfiguration | Unset] = Field(
        "transient",
        model("TransientIntegrationsServerPlanConfiguration", "transient_integrations_server_plan_configuration"),
    )
    """ Defines the configuration parameters that control how the plan is applied. For example, the Elasticsearch
    cluster topology and Integrations Server settings. """

    def __init__(
        self,
        *,
        integrations_server: IntegrationsServerConfiguration,
        cluster_topology: list[IntegrationsServerTopologyElement] | Unset = UNSET,
        transient: TransientIntegrationsServerPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            integrations_server=integrations_server,
            cluster_topology=cluster_topology,
            transient=transient,
        )
