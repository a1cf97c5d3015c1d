from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_configuration import ApmConfiguration
    from ..models.apm_topology_element import ApmTopologyElement
    from ..models.transient_apm_plan_configuration import TransientApmPlanConfiguration


class ApmPlan(Model):
    """The plan for the APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    apm: Field[ApmConfiguration] = Field("apm", model("ApmConfiguration", "apm_configuration"), required=True)
    """ The configuration options for the APM Server. """
    cluster_topology: Field[list[ApmTopologyElement] | Unset] = Field(
        "cluster_topology", list_of(model("ApmTopologyElement", "apm_topology_element"))
    )
    transient: Field[TransientApmPlanConfiguration | Unset] = Field(
        "transient", model("TransientApmPlanConfiguration", "transient_apm_plan_configuration")
    )
    """ Defines the configuration parameters that control how the plan is applied. For example, the Elasticsearch
    cluster topology and APM Server settings. """

    def __init__(
        self,
        *,
        apm: ApmConfiguration,
        cluster_topology: list[ApmTopologyElement] | Unset = UNSET,
        transient: TransientApmPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            apm=apm,
            cluster_topology=cluster_topology,
            transient=transient,
        )
