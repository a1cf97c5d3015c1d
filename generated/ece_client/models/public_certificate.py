from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.certificate_meta_data import CertificateMetaData


class PublicCertificate(Model):
    """A certificate used to sign the certificates of this deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    active: Field[bool] = Field("active", BOOL, required=True)
    """ If true, this certificate is the one which has been used to sign the current certificates. Otherwise, it may
    be the one that will be used when this certificate expires. """
    pem: Field[str] = Field("pem", STR, required=True)
    """ The public certificate as string in PEM format. """
    metadata: Field[CertificateMetaData] = Field("metadata", model("CertificateMetaData"), required=True)
    """ The certificate MetaData """

    def __init__(
        self,
        *,
        active: bool,
        pem: str,
        metadata: CertificateMetaData,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
            active=active,
            pem=pem,
            metadata=metadata,
        )
