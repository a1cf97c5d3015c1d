from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.organization import Organization
    from ..models.role_assignments import RoleAssignments


class OrganizationInvitation(Model):
    """An invitation to an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    token: Field[str] = Field("token", STR, required=True)
    """ The token used to accept the invitation """
    email: Field[str] = Field("email", STR, required=True)
    """ The email address to invite to the organization """
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    """ The date and time when the invitation was created """
    expires_at: Field[datetime.datetime] = Field("expires_at", DATETIME, required=True)
    """ The date and time when the invitation expires """
    expired: Field[bool] = Field("expired", BOOL, required=True)
    """ True if the invitation is expired """
    organization: Field[Organization] = Field("organization", model("Organization", "organization"), required=True)
    """ The organization associated with this invitation """
    accepted_at: Field[datetime.datetime | Unset] = Field("accepted_at", DATETIME)
    """ The date and time when the invitation was accepted """
    role_assignments: Field[RoleAssignments | Unset] = Field(
        "role_assignments", model("RoleAssignments", "role_assignments")
    )
    """ The roles that will be assigned to users once they accept the invitation. Currently unavailable in self-
    hosted ECE. """

    def __init__(
        self,
        *,
        token: str,
        email: str,
        created_at: datetime.datetime,
        expires_at: datetime.datetime,
        expired: bool,
        organization: Organization,
        accepted_at: datetime.datetime | Unset = UNSET,
        role_assignments: RoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            token=token,
            email=email,
            created_at=created_at,
            expires_at=expires_at,
            expired=expired,
            organization=organization,
            accepted_at=accepted_at,
            role_assignments=role_assignments,
        )
