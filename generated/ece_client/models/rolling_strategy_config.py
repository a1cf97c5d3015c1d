from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class RollingStrategyConfig(Model):
    """Performs inline, rolling configuration changes that mutate existing containers. TIP: This is the fastest way to
    update a plan, but can fail for complex plan changes, such as topology changes. Also, this is less safe for
    configuration changes that leave a cluster in a non running state. NOTE: When you perform a major version
    upgrade, and 'group_by' is set to 'pass:macros[__all__]';, rolling is required.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    group_by: Field[str | Unset] = Field("group_by", STR)
    """ Specifies the grouping attribute to use when rolling several instances. Instances that share the same value
    for the provided attribute key are rolled together as a unit. Examples that make sense to use are
    '\\_\\_all\\_\\_' (roll all instances as a single unit), 'logical_zone_name' (roll instances by zone),
    '\\_\\_name\\_\\_' (roll one instance at a time, the default if not specified). Note that '\\_\\_all\\_\\_'
    is required when performing a major version upgrade """
    allow_inline_resize: Field[bool | Unset] = Field("allow_inline_resize", BOOL)
    """ Whether we allow changing the capacity of instances (default false). This is currently implemented by
    stopping, re-creating then starting the affected instance on its associated allocator when performing the
    changes. NOTES: This requires a round-trip through the allocation infrastructure of the active constructor,
    as it has to reserve the target capacity without over-committing """
    skip_synced_flush: Field[bool | Unset] = Field("skip_synced_flush", BOOL)
    """ Whether to skip attempting to do a synced flush on the filesystem of the container (default: false), which
    is less safe but may be required if the container is unhealthy """
    shard_init_wait_time: Field[int | Unset] = Field("shard_init_wait_time", INT)
    """ The time, in seconds, to wait for shards that show no progress of initializing before rolling the next group
    (default: 10 minutes) """

    def __init__(
        self,
        *,
        group_by: str | Unset = UNSET,
        allow_inline_resize: bool | Unset = UNSET,
        skip_synced_flush: bool | Unset = UNSET,
        shard_init_wait_time: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            group_by=group_by,
            allow_inline_resize=allow_inline_resize,
            skip_synced_flush=skip_synced_flush,
            shard_init_wait_time=shard_init_wait_time,
        )
