from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ServiceUrl(Model):
    """A URL to access the service of a resource

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    service: Field[str] = Field("service", STR, required=True)
    """ Name of the service """
    url: Field[str] = Field("url", STR, required=True)
    """ The full URL to access the service """

    def __init__(
        self,
        *,
        service: str,
        url: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            service=service,
            url=url,
        )
