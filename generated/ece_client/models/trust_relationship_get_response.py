from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class TrustRelationshipGetResponse(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the trust relationship """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the trust relationship """
    trust_by_default: Field[bool] = Field("trust_by_default", BOOL, required=True)
    """ If this relationship is trusted by default by all deployments in the current environment. """
    local: Field[bool] = Field("local", BOOL, required=True)
    """ If this is the trust relationship for the local environment """
    last_modified: Field[datetime.datetime] = Field("last_modified", DATETIME, required=True)
    """ The most recent time the trust relationship was changed (ISO format in UTC) """
    account_ids: Field[list[str] | Unset] = Field("account_ids", list_of(STR))
    """ The ID of the accounts trusted by this relationship. """
    public_ca_cert: Field[str | Unset] = Field("public_ca_cert", STR)
    """ The public CA certificate of the environment to trust """
    installation_id: Field[str | Unset] = Field("installation_id", STR)
    """ The installation ID of the environment to trust """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        trust_by_default: bool,
        local: bool,
        last_modified: datetime.datetime,
        account_ids: list[str] | Unset = UNSET,
        public_ca_cert: str | Unset = UNSET,
        installation_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            trust_by_default=trust_by_default,
            local=local,
            last_modified=last_modified,
            account_ids=account_ids,
            public_ca_cert=public_ca_cert,
            installation_id=installation_id,
        )
