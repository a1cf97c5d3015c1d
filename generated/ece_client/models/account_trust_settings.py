from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class AccountTrustSettings(Model):
    """Settings related to the level of trust of the clusters in this account

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    trust_all: Field[bool] = Field("trust_all", BOOL, required=True)
    """ If true, all clusters in this account will by default trust all other clusters in the same account """

    def __init__(
        self,
        *,
        trust_all: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            trust_all=trust_all,
        )
