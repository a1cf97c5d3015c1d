from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class RunnerContainerInfo(Model):
    """Information about a container within a runner.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    container_name: Field[str] = Field("container_name", STR, required=True)
    """ Name of this container """
    container_set_name: Field[str] = Field("container_set_name", STR, required=True)
    """ Name of the container set for the container """

    def __init__(
        self,
        *,
        container_name: str,
        container_set_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            container_name=container_name,
            container_set_name=container_set_name,
        )
