from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocator_move_request import AllocatorMoveRequest
    from ..models.instance_move_request import InstanceMoveRequest
    from ..models.kibana_plan_control_configuration_cluster_reboot import KibanaPlanControlConfigurationClusterReboot
    from ..models.kibana_plan_control_configuration_preferred_allocator_tags import (
        KibanaPlanControlConfigurationPreferredAllocatorTags,
    )


class KibanaPlanControlConfiguration(Model):
    """The configuration settings for the timeout and fallback parameters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timeout: Field[int | Unset] = Field("timeout", INT)
    """ The total timeout in seconds after which the plan is cancelled even if it is not complete. Defaults to 4x
    the max memory capacity per node (in MB) """
    calm_wait_time: Field[int | Unset] = Field("calm_wait_time", INT)
    """ This timeout determines how long to give a cluster after it responds to API calls before performing actual
    operations on it. It defaults to 5s """
    move_instances: Field[list[InstanceMoveRequest] | Unset] = Field(
        "move_instances", list_of(model("InstanceMoveRequest", "instance_move_request"))
    )
    move_allocators: Field[list[AllocatorMoveRequest] | Unset] = Field(
        "move_allocators", list_of(model("AllocatorMoveRequest", "allocator_move_request"))
    )
    reallocate_instances: Field[bool | Unset] = Field("reallocate_instances", BOOL)
    """ If true (default: false) does not allow re-using any existing instances currently in the cluster, ie even
    unchanged instances will be re-created """
    preferred_allocators: Field[list[str] | Unset] = Field("preferred_allocators", list_of(STR))
    """ List of allocators on which instances are placed if possible (if not possible/not specified then any
    available allocator with space is used) """
    preferred_allocator_tags: Field[KibanaPlanControlConfigurationPreferredAllocatorTags | Unset] = Field(
        "preferred_allocator_tags",
        model(
            "KibanaPlanControlConfigurationPreferredAllocatorTags",
            "kibana_plan_control_configuration_preferred_allocator_tags",
        ),
    )
    """ Map containing allocators tags in form of key value pairs, increasing the likelihood during move requests
    for allocators with matching tags, to be selected as target allocators """
    extended_maintenance: Field[bool | Unset] = Field("extended_maintenance", BOOL)
    """ If true (default false), does not clear the maintenance flag (which prevents its API from being accessed
    except by the constructor) on new instances added until after a snapshot has been restored, otherwise, the
    maintenance flag is cleared once the new instances successfully join the new cluster """
    cluster_reboot: Field[KibanaPlanControlConfigurationClusterReboot | Unset] = Field(
        "cluster_reboot",
        enum("KibanaPlanControlConfigurationClusterReboot", "kibana_plan_control_configuration_cluster_reboot"),
    )
    """ Set to 'forced' to force a reboot as part of the upgrade plan """
    override_failsafe: Field[bool | Unset] = Field("override_failsafe", BOOL)
    """ If false (the default), the plan fails if it determines that the request can result in unsafe operations.
    Setting this flag overrides some of these check restraints. """

    def __init__(
        self,
        *,
        timeout: int | Unset = UNSET,
        calm_wait_time: int | Unset = UNSET,
        move_instances: list[InstanceMoveRequest] | Unset = UNSET,
        move_allocators: list[AllocatorMoveRequest] | Unset = UNSET,
        reallocate_instances: bool | Unset = UNSET,
        preferred_allocators: list[str] | Unset = UNSET,
        preferred_allocator_tags: KibanaPlanControlConfigurationPreferredAllocatorTags | Unset = UNSET,
        extended_maintenance: bool | Unset = UNSET,
        cluster_reboot: KibanaPlanControlConfigurationClusterReboot | Unset = UNSET,
        override_failsafe: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timeout=timeout,
            calm_wait_time=calm_wait_time,
            move_instances=move_instances,
            move_allocators=move_allocators,
            reallocate_instances=reallocate_instances,
            preferred_allocators=preferred_allocators,
            preferred_allocator_tags=preferred_allocator_tags,
            extended_maintenance=extended_maintenance,
            cluster_reboot=cluster_reboot,
            override_failsafe=override_failsafe,
        )
