from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, enum

if TYPE_CHECKING:
    from ..models.updated_tls_chain_service import UpdatedTlsChainService


class UpdatedTlsChain(Model):
    """Details on the updated TLS chain

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    service: Field[UpdatedTlsChainService] = Field(
        "service", enum("UpdatedTlsChainService", "updated_tls_chain_service"), required=True
    )
    """ The service certificate chain that has been updated """

    def __init__(
        self,
        *,
        service: UpdatedTlsChainService,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            service=service,
        )
