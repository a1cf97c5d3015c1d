from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocator_move_request import AllocatorMoveRequest
    from ..models.elasticsearch_plan_control_configuration_cluster_reboot import (
        ElasticsearchPlanControlConfigurationClusterReboot,
    )
    from ..models.elasticsearch_plan_control_configuration_preferred_allocator_tags import (
        ElasticsearchPlanControlConfigurationPreferredAllocatorTags,
    )
    from ..models.instance_move_request import InstanceMoveRequest


class ElasticsearchPlanControlConfiguration(Model):
    """The configuration settings for the timeout and fallback parameters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timeout: Field[int | Unset] = Field("timeout", INT)
    """ The total timeout in seconds after which the plan is cancelled even if it is not complete. Defaults to 4x
    the max memory capacity per node (in MB). NOTES: A 3 zone cluster with 2 nodes of 2048 each would have a
    timeout of 4*2048=8192 seconds. Timeout does not include time required to run rollback actions. """
    calm_wait_time: Field[int | Unset] = Field("calm_wait_time", INT)
    """ This timeout determines how long to give a cluster after it responds to API calls before performing actual
    operations on it. It defaults to 5s """
    move_instances: Field[list[InstanceMoveRequest] | Unset] = Field(
        "move_instances", list_of(model("InstanceMoveRequest", "instance_move_request"))
    )
    move_allocators: Field[list[AllocatorMoveRequest] | Unset] = Field(
        "move_allocators", list_of(model("AllocatorMoveRequest", "allocator_move_request"))
    )
    move_only: Field[bool | Unset] = Field("move_only", BOOL)
    """ If true (default: false) only move_instances and move_allocators instructions will be executed, all other
    changes will be ignored """
    reallocate_instances: Field[bool | Unset] = Field("reallocate_instances", BOOL)
    """ If true (default: false) does not allow re-using any existing instances currently in the cluster, ie even
    unchanged instances will be re-created """
    preferred_allocators: Field[list[str] | Unset] = Field("preferred_allocators", list_of(STR))
    """ List of allocators on which instances are placed if possible (if not possible/not specified then any
    available allocator with space is used) """
    preferred_allocator_tags: Field[ElasticsearchPlanControlConfigurationPreferredAllocatorTags | Unset] = Field(
        "preferred_allocator_tags",
        model(
            "ElasticsearchPlanControlConfigurationPreferredAllocatorTags",
            "elasticsearch_plan_control_configuration_preferred_allocator_tags",
        ),
    )
    """ Map containing allocators tags in form of key value pairs, increasing the likelihood during move requests
    for allocators with matching tags, to be selected as target allocators """
    skip_snapshot: Field[bool | Unset] = Field("skip_snapshot", BOOL)
    """ If true (default: false), does not take (or require) a successful snapshot to be taken before performing any
    potentially destructive changes to this cluster """
    max_snapshot_attempts: Field[int | Unset] = Field("max_snapshot_attempts", INT)
    """ If taking a snapshot (ie unless 'skip_snapshots': true) then will retry on failure at most this number of
    times (default: 5) """
    max_snapshot_age: Field[int | Unset] = Field("max_snapshot_age", INT)
    """ When you take a snapshot and 'skip_snapshots' is false, specifies the maximum age in seconds of the most
    recent snapshot before a new snapshot is created. Default is 300 """
    extended_maintenance: Field[bool | Unset] = Field("extended_maintenance", BOOL)
    """ If true (default false), does not clear the maintenance flag (which prevents its API from being accessed
    except by the constructor) on new instances added until after a snapshot has been restored, otherwise, the
    maintenance flag is cleared once the new instances successfully join the new cluster """
    cluster_reboot: Field[ElasticsearchPlanControlConfigurationClusterReboot | Unset] = Field(
        "cluster_reboot",
        enum(
            "ElasticsearchPlanControlConfigurationClusterReboot",
            "elasticsearch_plan_control_configuration_cluster_reboot",
        ),
    )
    """ Set to 'forced' to force a reboot as part of the upgrade plan. NOTES: (ie taking an existing plan and
    leaving it alone except for setting 'transient.plan_configuration.cluster_reboot': 'forced' will reboot the
    cluster) """
    override_failsafe: Field[bool | Unset] = Field("override_failsafe", BOOL)
    """ If false (the default) then the plan will fail out if it believes the requested sequence of operations can
    result in data loss - this flag will override some of these restraints """
    skip_data_migration: Field[bool | Unset] = Field("skip_data_migration", BOOL)
    """ If true (default: false) then the plan will not wait for data to be migrated from old instances to new
    instances before continuing the plan (potentially deleting the old instances and losing data) """
    skip_upgrade_checker: Field[bool | Unset] = Field("skip_upgrade_checker", BOOL)
    """ If false, the cluster is checked for issues that should be resolved before migration (eg contains old Lucene
    segments), if true this is bypassed """
    skip_post_upgrade_steps: Field[bool | Unset] = Field("skip_post_upgrade_steps", BOOL)
    """ If false (the default), the cluster will run (currently) 2.x->5.x operations for any plan change ending with
    a 5.x cluster (eg apply a cluster license, ensure Monitoring is configured) """
    skip_snapshot_post_major_upgrade: Field[bool | Unset] = Field("skip_snapshot_post_major_upgrade", BOOL)
    """ If false (the default), the cluster will perform a snapshot after a major version upgrade takes place """

    def __init__(
        self,
        *,
        timeout: int | Unset = UNSET,
        calm_wait_time: int | Unset = UNSET,
        move_instances: list[InstanceMoveRequest] | Unset = UNSET,
        move_allocators: list[AllocatorMoveRequest] | Unset = UNSET,
        move_only: bool | Unset = UNSET,
        reallocate_instances: bool | Unset = UNSET,
        preferred_allocators: list[str] | Unset = UNSET,
        preferred_allocator_tags: ElasticsearchPlanControlConfigurationPreferredAllocatorTags | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        max_snapshot_attempts: int | Unset = UNSET,
        max_snapshot_age: int | Unset = UNSET,
        extended_maintenance: bool | Unset = UNSET,
        cluster_reboot: ElasticsearchPlanControlConfigurationClusterReboot | Unset = UNSET,
        override_failsafe: bool | Unset = UNSET,
        skip_data_migration: bool | Unset = UNSET,
        skip_upgrade_checker: bool | Unset = UNSET,
        skip_post_upgrade_steps: bool | Unset = UNSET,
        skip_snapshot_post_major_upgrade: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timeout=timeout,
            calm_wait_time=calm_wait_time,
            move_instances=move_instances,
            move_allocators=move_allocators,
            move_only=move_only,
            reallocate_instances=reallocate_instances,
            preferred_allocators=preferred_allocators,
            preferred_allocator_tags=preferred_allocator_tags,
            skip_snapshot=skip_snapshot,
            max_snapshot_attempts=max_snapshot_attempts,
            max_snapshot_age=max_snapshot_age,
            extended_maintenance=extended_maintenance,
            cluster_reboot=cluster_reboot,
            override_failsafe=override_failsafe,
            skip_data_migration=skip_data_migration,
            skip_upgrade_checker=skip_upgrade_checker,
            skip_post_upgrade_steps=skip_post_upgrade_steps,
            skip_snapshot_post_major_upgrade=skip_snapshot_post_major_upgrade,
        )
