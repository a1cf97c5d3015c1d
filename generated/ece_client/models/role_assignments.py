from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_role_assignment import DeploymentRoleAssignment
    from ..models.organization_role_assignment import OrganizationRoleAssignment
    from ..models.platform_role_assignment import PlatformRoleAssignment
    from ..models.project_role_assignments import ProjectRoleAssignments


class RoleAssignments(Model):
    """Roles assigned to users, API keys or organization invitations. Currently unavailable in self-hosted ECE.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    platform: Field[list[PlatformRoleAssignment] | Unset] = Field(
        "platform", list_of(model("PlatformRoleAssignment", "platform_role_assignment"))
    )
    """ Assignments for roles with platform scope. """
    organization: Field[list[OrganizationRoleAssignment] | Unset] = Field(
        "organization", list_of(model("OrganizationRoleAssignment", "organization_role_assignment"))
    )
    """ Assignments for roles with organization scope. """
    deployment: Field[list[DeploymentRoleAssignment] | Unset] = Field(
        "deployment", list_of(model("DeploymentRoleAssignment", "deployment_role_assignment"))
    )
    """ Assignments for roles with deployment scope. """
    project: Field[ProjectRoleAssignments | Unset] = Field(
        "project", model("ProjectRoleAssignments", "project_role_assignments")
    )
    """ Assignments for roles with project scope. """

    def __init__(
        self,
        *,
        platform: list[PlatformRoleAssignment] | Unset = UNSET,
        organization: list[OrganizationRoleAssignment] | Unset = UNSET,
        deployment: list[DeploymentRoleAssignment] | Unset = UNSET,
        project: ProjectRoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            platform=platform,
            organization=organization,
            deployment=deployment,
            project=project,
        )
