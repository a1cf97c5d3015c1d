from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ProjectRoleAssignment(Model):
    """Assignment for a role with project scope.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    role_id: Field[str] = Field("role_id", STR, required=True)
    """ The ID of the role that is assigned. """
    organization_id: Field[str] = Field("organization_id", STR, required=True)
    """ The ID of the organization the role is scoped to. """
    all_: Field[bool | Unset] = Field("all", BOOL)
    """ When true, the role applies to all projects in the organization, otherwise the role is scoped to the
    projects specified in `project_ids`. """
    project_ids: Field[list[str] | Unset] = Field("project_ids", list_of(STR))
    """ The IDs of the projects the role is scoped to. Must be absent if `all` is true, and present if `all` is
    false. """
    application_roles: Field[list[str] | Unset] = Field("application_roles", list_of(STR))
    """ If provided, the user assigned this role assignment will be granted this application role when signing in to
    the project(s) specified in the role assignment. """

    def __init__(
        self,
        *,
        role_id: str,
        organization_id: str,
        all_: bool | Unset = UNSET,
        project_ids: list[str] | Unset = UNSET,
        application_roles: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            role_id=role_id,
            organization_id=organization_id,
            all_=all_,
            project_ids=project_ids,
            application_roles=application_roles,
        )
