from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model

if TYPE_CHECKING:
    pass


class ClusterMetadataPortInfo(Model):
    """Information about the ports that allow communication between the Elasticsearch cluster and various protocols.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    http: Field[int] = Field("http", INT, required=True)
    """ Port where the cluster listens for HTTP traffic """
    https: Field[int] = Field("https", INT, required=True)
    """ Port where the cluster listens for HTTPS traffic """
    transport_passthrough: Field[int] = Field("transport_passthrough", INT, required=True)
    """ Port where the cluster listens for transport traffic using TLS """

    def __init__(
        self,
        *,
        http: int,
        https: int,
        transport_passthrough: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            http=http,
            https=https,
            transport_passthrough=transport_passthrough,
        )
