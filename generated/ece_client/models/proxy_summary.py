from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model

if TYPE_CHECKING:
    pass


class ProxySummary(Model):
    """Summarized information about a proxy.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    proxy_id: Field[str] = Field("proxy_id", STR, required=True)
    """ The proxy identifier """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether this proxy is healthy """

    def __init__(
        self,
        *,
        proxy_id: str,
        healthy: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            proxy_id=proxy_id,
            healthy=healthy,
        )
