from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class TrustRelationshipCreateRequest(Model):
    """A request for creating a trust relationship with another environment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ A name for the trust relationship """
    public_ca_cert: Field[str] = Field("public_ca_cert", STR, required=True)
    """ The public CA certificate of the environment to trust """
    trust_by_default: Field[bool | Unset] = Field("trust_by_default", BOOL)
    """ If this relationship is trusted by default by all deployments in the current environment. """
    account_ids: Field[list[str] | Unset] = Field("account_ids", list_of(STR))
    """ The ID of the accounts to trust by this relationship. """
    installation_id: Field[str | Unset] = Field("installation_id", STR)
    """ The installation ID of the environment to trust """

    def __init__(
        self,
        *,
        name: str,
        public_ca_cert: str,
        trust_by_default: bool | Unset = UNSET,
        account_ids: list[str] | Unset = UNSET,
        installation_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            public_ca_cert=public_ca_cert,
            trust_by_default=trust_by_default,
            account_ids=account_ids,
            installation_id=installation_id,
        )
