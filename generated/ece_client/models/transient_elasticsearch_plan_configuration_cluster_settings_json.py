from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model

if TYPE_CHECKING:
    pass


class TransientElasticsearchPlanConfigurationClusterSettingsJson(Model):
    """If specified, contains transient settings to be applied to an Elasticsearch cluster during changes,default
    values shown below applied.
    These can be overridden by specifying them in the map (or null to unset). Additional settings can also be set.
    Settings will be cleared after the plan has finished. If not specified, no settings will be applied.
    NOTE: These settings are only explicitly cleared for 5.x+ clusters, they must be hand-reset to their defaults in
    2.x- (or a cluster reboot will clear them).
    - indices.store.throttle.max_bytes_per_sec: 120Mb
    - indices.recovery.max_bytes_per_sec: 120Mb
    - cluster.routing.allocation.cluster_concurrent_rebalance: 5
    - cluster.routing.allocation.node_initial_primaries_recoveries: 5
    - cluster.routing.allocation.node_concurrent_incoming_recoveries: 5
    For version 8.1 and later no defaults are provided through this mechanism, but instead hardware dependent
    settings are provided to each instance.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
