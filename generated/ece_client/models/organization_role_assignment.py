from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class OrganizationRoleAssignment(Model):
    """Assignment for a role with organization scope.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    role_id: Field[str] = Field("role_id", STR, required=True)
    """ The ID of the role that is assigned. """
    organization_id: Field[str] = Field("organization_id", STR, required=True)
    """ The ID of the organization the role is scoped to. """

    def __init__(
        self,
        *,
        role_id: str,
        organization_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            role_id=role_id,
            organization_id=organization_id,
        )
