from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_scripting_user_settings import ElasticsearchScriptingUserSettings


class ElasticsearchSystemSettings(Model):
    """A subset of Elasticsearch settings. TIP: To define the complete set of Elasticsearch settings, use
    `ElasticsearchSystemSettings` with `user_settings_override*` and `user_settings*`.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    scripting: Field[ElasticsearchScriptingUserSettings | Unset] = Field(
        "scripting", model("ElasticsearchScriptingUserSettings", "elasticsearch_scripting_user_settings")
    )
    """ Controls the languages supported by the Elasticsearch cluster, such as Painless, Mustache, and Expressions.
    Controls how the languages are used, such as file, index, and inline. TIP: For complex configurations, leave
    these blank and configure these settings in the user YAML or JSON. """
    reindex_whitelist: Field[list[str] | Unset] = Field("reindex_whitelist", list_of(STR))
    """ Limits remote Elasticsearch clusters that can be used as the source for '_reindex' API commands """
    auto_create_index: Field[bool | Unset] = Field("auto_create_index", BOOL)
    """ If true (the default), then any write operation on an index that does not currently exist will create it.
    NOTES: (Corresponds to the parameter 'action.auto_create_index') """
    enable_close_index: Field[bool | Unset] = Field("enable_close_index", BOOL)
    """ Defaults to false on versions <= 7.2.0, true otherwise. If false, then the API commands to close indices are
    disabled. This is important because Elasticsearch does not snapshot or migrate close indices on versions
    under 7.2.0, therefore standard Elastic Cloud configuration operations will cause irretrievable loss of
    indices' data. NOTES: (Corresponds to the parameter 'cluster.indices.close.enable') """
    destructive_requires_name: Field[bool | Unset] = Field("destructive_requires_name", BOOL)
    """ If true (default is false) then the index deletion API will not support wildcards or '_all'. NOTES:
    (Corresponds to the parameter 'action.destructive_requires_name') """
    watcher_trigger_engine: Field[str | Unset] = Field("watcher_trigger_engine", STR)
    """ The trigger engine for Watcher, defaults to 'scheduler' - see the xpack documentation for more information.
    NOTES: (Corresponds to the parameter '(xpack.)watcher.trigger.schedule.engine', depending on version.
    Ignored from 6.x onwards.) """
    default_shards_per_index: Field[int | Unset] = Field("default_shards_per_index", INT)
    """ (2.x only - to get the same result in 5.x template mappings must be used) Sets the default number of shards
    per index, defaulting to 1 if not specified. (Corresponds to the parameter 'index.number_of_shards' in 2.x,
    not supported in 5.x) """
    monitoring_collection_interval: Field[int | Unset] = Field("monitoring_collection_interval", INT)
    """ The default interval at which monitoring information from the cluster if collected, if monitoring is
    enabled. NOTES: (Corresponds to the parameter 'marvel.agent.interval' in 2.x and
    'xpack.monitoring.collection.interval' in 5.x) """
    monitoring_history_duration: Field[str | Unset] = Field("monitoring_history_duration", STR)
    """ The duration for which monitoring history is stored (format '(NUMBER)d' eg '3d' for 3 days). NOTES:
    ('Corresponds to the parameter xpack.monitoring.history.duration' in 5.x, defaults to '7d') """

    def __init__(
        self,
        *,
        scripting: ElasticsearchScriptingUserSettings | Unset = UNSET,
        reindex_whitelist: list[str] | Unset = UNSET,
        auto_create_index: bool | Unset = UNSET,
        enable_close_index: bool | Unset = UNSET,
        destructive_requires_name: bool | Unset = UNSET,
        watcher_trigger_engine: str | Unset = UNSET,
        default_shards_per_index: int | Unset = UNSET,
        monitoring_collection_interval: int | Unset = UNSET,
        monitoring_history_duration: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            scripting=scripting,
            reindex_whitelist=reindex_whitelist,
            auto_create_index=auto_create_index,
            enable_close_index=enable_close_index,
            destructive_requires_name=destructive_requires_name,
            watcher_trigger_engine=watcher_trigger_engine,
            default_shards_per_index=default_shards_per_index,
            monitoring_collection_interval=monitoring_collection_interval,
            monitoring_history_duration=monitoring_history_duration,
        )
