from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.role_assignments import RoleAssignments


class ApiKeyResponse(Model):
    """The response model for an API key.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The API key ID. """
    description: Field[str] = Field("description", STR, required=True)
    """ The API key description. TIP: Useful when you have multiple API keys. """
    creation_date: Field[datetime.datetime] = Field("creation_date", DATETIME, required=True)
    """ The date/time for when the API key is created. """
    user_id: Field[str | Unset] = Field("user_id", STR)
    """ The user ID. """
    organization_id: Field[str | Unset] = Field("organization_id", STR)
    """ The organization ID linked to the API key """
    key: Field[str | Unset] = Field("key", STR)
    """ The API key. TIP: Since the API key is returned only once, save it in a safe place. """
    expiration_date: Field[datetime.datetime | Unset] = Field("expiration_date", DATETIME)
    """ The date/time when the API key expires. """
    role_assignments: Field[RoleAssignments | Unset] = Field(
        "role_assignments", model("RoleAssignments", "role_assignments")
    )
    """ The optional roles for the API key. Currently unavailable in self-hosted ECE. """

    def __init__(
        self,
        *,
        id: str,
        description: str,
        creation_date: datetime.datetime,
        user_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        expiration_date: datetime.datetime | Unset = UNSET,
        role_assignments: RoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            description=description,
            creation_date=creation_date,
            user_id=user_id,
            organization_id=organization_id,
            key=key,
            expiration_date=expiration_date,
            role_assignments=role_assignments,
        )
