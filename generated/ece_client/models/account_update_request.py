from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_trust_settings import AccountTrustSettings


class AccountUpdateRequest(Model):
    """A request to update an account

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    trust: Field[AccountTrustSettings | Unset] = Field("trust", model("AccountTrustSettings", "account_trust_settings"))
    """ Settings related to the level of trust of the clusters in this account """

    def __init__(
        self,
        *,
        trust: AccountTrustSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            trust=trust,
        )
