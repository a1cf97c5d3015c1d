from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_assignments import RoleAssignments


class OrganizationInvitationRequest(Model):
    """A request to create one or more invitations to an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    emails: Field[list[str]] = Field("emails", list_of(STR), required=True)
    """ The email addresses to invite to the organization """
    expires_in: Field[str | Unset] = Field("expires_in", STR)
    """ The date and time when the invitation expires. Defaults to three days from now. """
    role_assignments: Field[RoleAssignments | Unset] = Field(
        "role_assignments", model("RoleAssignments", "role_assignments")
    )
    """ The roles that will be assigned to users once they accept the invitation. Currently unavailable in self-
    hosted ECE. """

    def __init__(
        self,
        *,
        emails: list[str],
        expires_in: str | Unset = UNSET,
        role_assignments: RoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            emails=emails,
            expires_in=expires_in,
            role_assignments=role_assignments,
        )
