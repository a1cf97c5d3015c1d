from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config_host_config_port_bindings import ContainerConfigHostConfigPortBindings
    from ..models.restart_policy import RestartPolicy


class ContainerConfigHostConfig(Model):
    """Docker host config

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    extra_hosts: Field[list[str]] = Field("extra_hosts", list_of(STR), required=True)
    """ Ports that are exposed by the container. """
    port_bindings: Field[ContainerConfigHostConfigPortBindings] = Field(
        "port_bindings",
        model("ContainerConfigHostConfigPortBindings", "container_config_host_config_port_bindings"),
        required=True,
    )
    """ Map of ports that should be exposed on the host. """
    binds: Field[list[str]] = Field("binds", list_of(STR), required=True)
    """ Volume bindings for the container. """
    privileged: Field[bool] = Field("privileged", BOOL, required=True)
    """ List of environment variables on the form KEY=value """
    network_mode: Field[str | Unset] = Field("network_mode", STR)
    """ Sets the networking mode for the container. """
    cpu_period: Field[int | Unset] = Field("cpu_period", INT)
    """ The length of a CPU period in microsecond """
    restart_policy: Field[RestartPolicy | Unset] = Field("restart_policy", model("RestartPolicy", "restart_policy"))
    """ Docker behavior to apply when a container exits """

    def __init__(
        self,
        *,
        extra_hosts: list[str],
        port_bindings: ContainerConfigHostConfigPortBindings,
        binds: list[str],
        privileged: bool,
        network_mode: str | Unset = UNSET,
        cpu_period: int | Unset = UNSET,
        restart_policy: RestartPolicy | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            extra_hosts=extra_hosts,
            port_bindings=port_bindings,
            binds=binds,
            privileged=privileged,
            network_mode=network_mode,
            cpu_period=cpu_period,
            restart_policy=restart_policy,
        )
