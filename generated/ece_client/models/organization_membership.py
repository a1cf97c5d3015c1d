from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.role_assignments import RoleAssignments


class OrganizationMembership(Model):
    """A user's membership to an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    organization_id: Field[str] = Field("organization_id", STR, required=True)
    """ The organization's identifier """
    user_id: Field[str] = Field("user_id", STR, required=True)
    """ The users's identifier """
    member_since: Field[datetime.datetime] = Field("member_since", DATETIME, required=True)
    """ The date and time the user was added to the organization """
    name: Field[str | Unset] = Field("name", STR)
    """ The user's full name """
    email: Field[str | Unset] = Field("email", STR)
    """ The user's email address """
    role_assignments: Field[RoleAssignments | Unset] = Field(
        "role_assignments", model("RoleAssignments", "role_assignments")
    )
    """ The user's assigned roles. Currently unavailable in self-hosted ECE. """

    def __init__(
        self,
        *,
        organization_id: str,
        user_id: str,
        member_since: datetime.datetime,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        role_assignments: RoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            organization_id=organization_id,
            user_id=user_id,
            member_since=member_since,
            name=name,
            email=email,
            role_assignments=role_assignments,
        )
