from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class RemoteResourceInfo(Model):
    """Information about a Remote Cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether or not the remote cluster is healthy """
    connected: Field[bool] = Field("connected", BOOL, required=True)
    """ Whether or not there is at least one connection to the remote cluster. """
    compatible: Field[bool] = Field("compatible", BOOL, required=True)
    """ Whether or not the remote cluster version is compatible with this cluster version. """
    trusted: Field[bool] = Field("trusted", BOOL, required=True)
    """ Whether or not the remote cluster is trusted by this cluster. """
    trusted_back: Field[bool] = Field("trusted_back", BOOL, required=True)
    """ Whether or not the remote cluster trusts this cluster back. """

    def __init__(
        self,
        *,
        healthy: bool,
        connected: bool,
        compatible: bool,
        trusted: bool,
        trusted_back: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            connected=connected,
            compatible=compatible,
            trusted=trusted,
            trusted_back=trusted_back,
        )
