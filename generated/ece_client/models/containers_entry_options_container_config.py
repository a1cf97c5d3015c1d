from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config_host_config import ContainerConfigHostConfig


class ContainersEntryOptionsContainerConfig(Model):
    """Container config. Roughly corresponds to Docker container config

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    env: Field[list[str]] = Field("env", list_of(STR), required=True)
    """ List of environment variables on the form KEY=value """
    host_config: Field[ContainerConfigHostConfig | Unset] = Field(
        "host_config", model("ContainerConfigHostConfig", "container_config_host_config")
    )
    """ Docker host config """

    def __init__(
        self,
        *,
        env: list[str],
        host_config: ContainerConfigHostConfig | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            env=env,
            host_config=host_config,
        )
