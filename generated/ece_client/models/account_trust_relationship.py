from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class AccountTrustRelationship(Model):
    """The trust relationship with the clusters of one account.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    account_id: Field[str] = Field("account_id", STR, required=True)
    """ the ID of the Account """
    trust_all: Field[bool] = Field("trust_all", BOOL, required=True)
    """ If true, all clusters in this account will by default be trusted and the `trust_allowlist` is ignored. """
    name: Field[str | Unset] = Field("name", STR)
    """ A human readable name of the trust relationship """
    trust_allowlist: Field[list[str] | Unset] = Field("trust_allowlist", list_of(STR))
    """ The list of clusters to trust. Only used when `trust_all` is false. """

    def __init__(
        self,
        *,
        account_id: str,
        trust_all: bool,
        name: str | Unset = UNSET,
        trust_allowlist: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            account_id=account_id,
            trust_all=trust_all,
            name=name,
            trust_allowlist=trust_allowlist,
        )
