from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_curation_settings import ClusterCurationSettings
    from ..models.cluster_metadata_settings import ClusterMetadataSettings
    from ..models.cluster_snapshot_settings import ClusterSnapshotSettings
    from ..models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings
    from ..models.keystore_contents import KeystoreContents
    from ..models.managed_monitoring_settings import ManagedMonitoringSettings
    from ..models.traffic_filter_settings import TrafficFilterSettings


class ElasticsearchClusterSettings(Model):
    """The settings for an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    snapshot: Field[ClusterSnapshotSettings | Unset] = Field(
        "snapshot", model("ClusterSnapshotSettings", "cluster_snapshot_settings")
    )
    """ The snapshot settings for this deployment. When provided, snapshot settings are changed as specified. A
    `null` value reverts the field to the default value. Otherwise, all snapshot settings remain as they were
    set previously. """
    monitoring: Field[ManagedMonitoringSettings | Unset] = Field(
        "monitoring", model("ManagedMonitoringSettings", "managed_monitoring_settings")
    )
    """ The monitoring settings for this deployment. When provided, monitoring settings are changed as specified. A
    `null` value reverts the field to the default value. Otherwise, all monitoring settings remain as they were
    set previously. """
    metadata: Field[ClusterMetadataSettings | Unset] = Field(
        "metadata", model("ClusterMetadataSettings", "cluster_metadata_settings")
    )
    """ The top-level configuration settings for the Elasticsearch cluster. """
    curation: Field[ClusterCurationSettings | Unset] = Field(
        "curation", model("ClusterCurationSettings", "cluster_curation_settings")
    )
    """ The curation settings for this deployment. When provided, curation settings are changed as specified. A
    `null` value reverts the field to the default value. Otherwise, all curation settings remain as they were
    set previously. """
    dedicated_masters_threshold: Field[int | Unset] = Field("dedicated_masters_threshold", INT)
    """ Threshold starting from which the number of instances in the cluster results in the introduction of
    dedicated masters. If the cluster is downscaled to a number of nodes below this one, dedicated masters will
    be removed. Limit is inclusive. When provided the threshold setting is updated. A `null` value removes the
    field. Otherwise, the setting remains as it was set previously. """
    traffic_filter: Field[TrafficFilterSettings | Unset] = Field(
        "traffic_filter", model("TrafficFilterSettings", "traffic_filter_settings")
    )
    """ The rulesets to apply to all resources in this cluster. When specified, the set of rulesets is updated and
    the same rulesets will be applied to Kibana and APM clusters as well. If not specified, the rulesets remain
    as they were set previously. """
    trust: Field[ElasticsearchClusterTrustSettings | Unset] = Field(
        "trust", model("ElasticsearchClusterTrustSettings", "elasticsearch_cluster_trust_settings")
    )
    """ Configuration of trust with other clusters. When provided, trust settings are changed as specified. A `null`
    value reverts the field to the default value. Otherwise, all trust settings remain as they were set
    previously. """
    keystore_contents: Field[KeystoreContents | Unset] = Field(
        "keystore_contents", model("KeystoreContents", "keystore_contents")
    )
    """ The contents of the Elasticsearch keystore. It's a write only field. """

    def __init__(
        self,
        *,
        snapshot: ClusterSnapshotSettings | Unset = UNSET,
        monitoring: ManagedMonitoringSettings | Unset = UNSET,
        metadata: ClusterMetadataSettings | Unset = UNSET,
        curation: ClusterCurationSettings | Unset = UNSET,
        dedicated_masters_threshold: int | Unset = UNSET,
        traffic_filter: TrafficFilterSettings | Unset = UNSET,
        trust: ElasticsearchClusterTrustSettings | Unset = UNSET,
        keystore_contents: KeystoreContents | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            snapshot=snapshot,
            monitoring=monitoring,
            metadata=metadata,
            curation=curation,
            dedicated_masters_threshold=dedicated_masters_threshold,
            traffic_filter=traffic_filter,
            trust=trust,
            keystore_contents=keystore_contents,
        )
