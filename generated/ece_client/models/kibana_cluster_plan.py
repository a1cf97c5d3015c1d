from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_cluster_topology_element import KibanaClusterTopologyElement
    from ..models.kibana_configuration import KibanaConfiguration
    from ..models.transient_kibana_plan_configuration import TransientKibanaPlanConfiguration


class KibanaClusterPlan(Model):
    """The plan for the Kibana instance.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    kibana: Field[KibanaConfiguration] = Field(
        "kibana", model("KibanaConfiguration", "kibana_configuration"), required=True
    )
    """ The Kibana instance settings. When specified at the top level, provides a field-by-field default. When
    specified at the topology level, provides the override settings. """
    cluster_topology: Field[list[KibanaClusterTopologyElement] | Unset] = Field(
        "cluster_topology", list_of(model("KibanaClusterTopologyElement", "kibana_cluster_topology_element"))
    )
    transient: Field[TransientKibanaPlanConfiguration | Unset] = Field(
        "transient", model("TransientKibanaPlanConfiguration", "transient_kibana_plan_configuration")
    )
    """ Defines the configuration parameters that control how the plan is applied. For example, the Elasticsearch
    cluster topology and Kibana instance settings. """

    def __init__(
        self,
        *,
        kibana: KibanaConfiguration,
        cluster_topology: list[KibanaClusterTopologyElement] | Unset = UNSET,
        transient: TransientKibanaPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            kibana=kibana,
            cluster_topology=cluster_topology,
            transient=transient,
        )
