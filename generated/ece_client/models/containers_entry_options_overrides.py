from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.containers_entry_options_container_config import ContainersEntryOptionsContainerConfig


class ContainersEntryOptionsOverrides(Model):
    """Overrides for the container allocation.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    container_config: Field[ContainersEntryOptionsContainerConfig | Unset] = Field(
        "container_config", model("ContainersEntryOptionsContainerConfig", "containers_entry_options_container_config")
    )
    """ Overrides for the container allocation. """

    def __init__(
        self,
        *,
        container_config: ContainersEntryOptionsContainerConfig | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            container_config=container_config,
        )
