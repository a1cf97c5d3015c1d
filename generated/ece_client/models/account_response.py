from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_trust_settings import AccountTrustSettings


class AccountResponse(Model):
    """An account is the entity that owns deployments, and it is accessed by users. Accounts are isolated from each
    other.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The account's identifier """
    trust: Field[AccountTrustSettings | Unset] = Field("trust", model("AccountTrustSettings", "account_trust_settings"))
    """ Settings related to the level of trust of the clusters in this account """

    def __init__(
        self,
        *,
        id: str,
        trust: AccountTrustSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            trust=trust,
        )
