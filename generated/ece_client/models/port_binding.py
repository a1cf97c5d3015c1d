from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class PortBinding(Model):
    """Value used to bind to a port on the host.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    host_port: Field[str] = Field("host_port", STR, required=True)
    """ Port as observed by the host. """
    host_ip: Field[str | Unset] = Field("host_ip", STR)
    """ IP to bind to on the host. I.e {@code 0.0.0.0} """

    def __init__(
        self,
        *,
        host_port: str,
        host_ip: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            host_port=host_port,
            host_ip=host_ip,
        )
