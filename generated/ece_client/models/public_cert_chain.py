from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class PublicCertChain(Model):
    """The public portion of the certificate chain that contains the PEM encoded server certificate, intermediate
    certificates, and the CA certificate. NOTE: The private key, normally included in certificate chains, is
    omitted.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    chain: Field[list[str]] = Field("chain", list_of(STR), required=True)
    """ The list of PEM encoded X509 certificates that make up the certificate chain """

    def __init__(
        self,
        *,
        chain: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            chain=chain,
        )
