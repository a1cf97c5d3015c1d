from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class ConstructorHealthStatus(Model):
    """The health status of the constructor.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    connected: Field[bool] = Field("connected", BOOL, required=True)
    """ Whether the constructor is connected """
    maintenance_mode: Field[bool] = Field("maintenance_mode", BOOL, required=True)
    """ Whether the constructor is in maintenance mode """

    def __init__(
        self,
        *,
        connected: bool,
        maintenance_mode: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            connected=connected,
            maintenance_mode=maintenance_mode,
        )
