from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.public_certificate import PublicCertificate


class CertificateAuthority(Model):
    """The certificate authority used to sign the certificates of this deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    recommended_trust_restriction: Field[str] = Field("recommended_trust_restriction", STR, required=True)
    """ The trust restriction expression to use that would provide trust with the Elasticsearch nodes of this
    deployment """
    public_certificates: Field[list[PublicCertificate]] = Field(
        "public_certificates", list_of(model("PublicCertificate", "public_certificate")), required=True
    )
    """ The certificates used by this certificate authority. The active certificate is the one that has been used to
    sign the current certificates of the Elasticsearch instances. All others are either certificates used in the
    past or certificates that will be used in the future when the currently active certificate expires. """

    def __init__(
        self,
        *,
        recommended_trust_restriction: str,
        public_certificates: list[PublicCertificate],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            recommended_trust_restriction=recommended_trust_restriction,
            public_certificates=public_certificates,
        )
