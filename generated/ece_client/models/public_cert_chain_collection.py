from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.public_cert_chain_collection_certs import PublicCertChainCollectionCerts


class PublicCertChainCollection(Model):
    """Collections of public certificate chains for all the defined extra certificates

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    certs: Field[PublicCertChainCollectionCerts] = Field(
        "certs", model("PublicCertChainCollectionCerts", "public_cert_chain_collection_certs"), required=True
    )
    """ The map of extra certificate ids to their public certificate chains """

    def __init__(
        self,
        *,
        certs: PublicCertChainCollectionCerts,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            certs=certs,
        )
