from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_template_reference import DeploymentTemplateReference
    from ..models.elasticsearch_cluster_topology_element import ElasticsearchClusterTopologyElement
    from ..models.elasticsearch_configuration import ElasticsearchConfiguration
    from ..models.transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration


class ElasticsearchClusterPlan(Model):
    """The plan for the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_topology: Field[list[ElasticsearchClusterTopologyElement]] = Field(
        "cluster_topology",
        list_of(model("ElasticsearchClusterTopologyElement", "elasticsearch_cluster_topology_element")),
        required=True,
    )
    elasticsearch: Field[ElasticsearchConfiguration] = Field(
        "elasticsearch", model("ElasticsearchConfiguration", "elasticsearch_configuration"), required=True
    )
    """ The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field default. When
    specified at the topology level, provides the override settings. """
    deployment_template: Field[DeploymentTemplateReference | Unset] = Field(
        "deployment_template", model("DeploymentTemplateReference", "deployment_template_reference")
    )
    """ Documents which deployment template was used in the creation of this plan """
    transient: Field[TransientElasticsearchPlanConfiguration | Unset] = Field(
        "transient", model("TransientElasticsearchPlanConfiguration", "transient_elasticsearch_plan_configuration")
    )
    """ Defines the configuration parameters that control how the plan is applied. For example, the Elasticsearch
    cluster topology and Elasticsearch settings. """
    autoscaling_enabled: Field[bool | Unset] = Field("autoscaling_enabled", BOOL)
    """ Enable autoscaling for this Elasticsearch cluster. """

    def __init__(
        self,
        *,
        cluster_topology: list[ElasticsearchClusterTopologyElement],
        elasticsearch: ElasticsearchConfiguration,
        deployment_template: DeploymentTemplateReference | Unset = UNSET,
        transient: TransientElasticsearchPlanConfiguration | Unset = UNSET,
        autoscaling_enabled: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_topology=cluster_topology,
            elasticsearch=elasticsearch,
            deployment_template=deployment_template,
            transient=transient,
            autoscaling_enabled=autoscaling_enabled,
        )
