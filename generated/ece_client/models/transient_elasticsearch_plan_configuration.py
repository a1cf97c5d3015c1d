from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_plan_control_configuration import ElasticsearchPlanControlConfiguration
    from ..models.plan_strategy import PlanStrategy
    from ..models.remote_resources import RemoteResources
    from ..models.restore_snapshot_configuration import RestoreSnapshotConfiguration
    from ..models.transient_elasticsearch_plan_configuration_cluster_settings_json import (
        TransientElasticsearchPlanConfigurationClusterSettingsJson,
    )


class TransientElasticsearchPlanConfiguration(Model):
    """Defines the configuration parameters that control how the plan is applied. For example, the Elasticsearch
    cluster topology and Elasticsearch settings.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    strategy: Field[PlanStrategy | Unset] = Field("strategy", model("PlanStrategy", "plan_strategy"))
    """ The options for performing a plan change. Specify only one property each time. The default is
    `grow_and_shrink`. """
    plan_configuration: Field[ElasticsearchPlanControlConfiguration | Unset] = Field(
        "plan_configuration", model("ElasticsearchPlanControlConfiguration", "elasticsearch_plan_control_configuration")
    )
    """ The configuration settings for the timeout and fallback parameters. """
    restore_snapshot: Field[RestoreSnapshotConfiguration | Unset] = Field(
        "restore_snapshot", model("RestoreSnapshotConfiguration", "restore_snapshot_configuration")
    )
    """ Restores a snapshot from a local or remote repository. """
    remote_clusters: Field[RemoteResources | Unset] = Field(
        "remote_clusters", model("RemoteResources", "remote_resources")
    )
    """ The list of resources that will be configured as remote clusters """
    cluster_settings_json: Field[TransientElasticsearchPlanConfigurationClusterSettingsJson | Unset] = Field(
        "cluster_settings_json",
        model(
            "TransientElasticsearchPlanConfigurationClusterSettingsJson",
            "transient_elasticsearch_plan_configuration_cluster_settings_json",
        ),
    )
    """ If specified, contains transient settings to be applied to an Elasticsearch cluster during changes,default
    values shown below applied.
    These can be overridden by specifying them in the map (or null to unset). Additional settings can also be
    set. Settings will be cleared after the plan has finished. If not specified, no settings will be applied.
    NOTE: These settings are only explicitly cleared for 5.x+ clusters, they must be hand-reset to their
    defaults in 2.x- (or a cluster reboot will clear them).
    - indices.store.throttle.max_bytes_per_sec: 120Mb
    - indices.recovery.max_bytes_per_sec: 120Mb
    - cluster.routing.allocation.cluster_concurrent_rebalance: 5
    - cluster.routing.allocation.node_initial_primaries_recoveries: 5
    - cluster.routing.allocation.node_concurrent_incoming_recoveries: 5
    For version 8.1 and later no defaults are provided through this mechanism, but instead hardware dependent
    settings are provided to each instance. """

    def __init__(
        self,
        *,
        strategy: PlanStrategy | Unset = UNSET,
        plan_configuration: ElasticsearchPlanControlConfiguration | Unset = UNSET,
        restore_snapshot: RestoreSnapshotConfiguration | Unset = UNSET,
        remote_clusters: RemoteResources | Unset = UNSET,
        cluster_settings_json: TransientElasticsearchPlanConfigurationClusterSettingsJson | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            strategy=strategy,
            plan_configuration=plan_configuration,
            restore_snapshot=restore_snapshot,
            remote_clusters=remote_clusters,
            cluster_settings_json=cluster_settings_json,
        )
