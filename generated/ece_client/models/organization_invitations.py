from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.organization_invitation import OrganizationInvitation


class OrganizationInvitations(Model):
    """A collection of invitations to an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    invitations: Field[list[OrganizationInvitation]] = Field(
        "invitations", list_of(model("OrganizationInvitation", "organization_invitation")), required=True
    )
    """ The list of organization invitations """

    def __init__(
        self,
        *,
        invitations: list[OrganizationInvitation],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            invitations=invitations,
        )
