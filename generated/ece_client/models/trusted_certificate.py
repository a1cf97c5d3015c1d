from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_meta_data import CertificateMetaData


class TrustedCertificate(Model):
    """An x509 certificate used by a DirectTrustRelationship

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    pem: Field[str] = Field("pem", STR, required=True)
    """ The public ca certificate as string in PEM format. """
    metadata: Field[CertificateMetaData | Unset] = Field("metadata", model("CertificateMetaData"))
    """ The certificate MetaData """

    def __init__(
        self,
        *,
        pem: str,
        metadata: CertificateMetaData | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
            pem=pem,
            metadata=metadata,
        )
