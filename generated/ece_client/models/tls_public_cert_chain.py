from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_status import ChainStatus


class TlsPublicCertChain(Model):
    """The public portion of the certificate chain that contains the PEM encoded server certificate, intermediate
    certificates, and the CA certificate. NOTE: The private key, normally included in certificate chains, is
    omitted.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    user_supplied: Field[bool] = Field("user_supplied", BOOL, required=True)
    """ Was this certificate chain user supplied or automatically generated? """
    chain: Field[list[str]] = Field("chain", list_of(STR), required=True)
    """ The list of PEM encoded X509 certificates that make up the certificate chain """
    chain_status: Field[ChainStatus | Unset] = Field("chain_status", model("ChainStatus", "chain_status"))
    """ Details on the validity and lifetime of the certification chain """
    api_managed: Field[bool | Unset] = Field("api_managed", BOOL)
    """ Whether or not this certificate can be updated using the API """

    def __init__(
        self,
        *,
        user_supplied: bool,
        chain: list[str],
        chain_status: ChainStatus | Unset = UNSET,
        api_managed: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            user_supplied=user_supplied,
            chain=chain,
            chain_status=chain_status,
            api_managed=api_managed,
        )
