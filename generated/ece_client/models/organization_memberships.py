from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.organization_membership import OrganizationMembership


class OrganizationMemberships(Model):
    """All user memberships to an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    members: Field[list[OrganizationMembership]] = Field(
        "members", list_of(model("OrganizationMembership", "organization_membership")), required=True
    )
    """ The list of organization memberships """

    def __init__(
        self,
        *,
        members: list[OrganizationMembership],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            members=members,
        )
