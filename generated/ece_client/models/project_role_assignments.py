from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_role_assignment import ProjectRoleAssignment


class ProjectRoleAssignments(Model):
    """Assignments for roles with project scope.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[ProjectRoleAssignment] | Unset] = Field(
        "elasticsearch", list_of(model("ProjectRoleAssignment", "project_role_assignment"))
    )
    """ The Elasticsearch project-scoped role assignments to set """
    observability: Field[list[ProjectRoleAssignment] | Unset] = Field(
        "observability", list_of(model("ProjectRoleAssignment", "project_role_assignment"))
    )
    """ The Observability project-scoped role assignments to set """
    security: Field[list[ProjectRoleAssignment] | Unset] = Field(
        "security", list_of(model("ProjectRoleAssignment", "project_role_assignment"))
    )
    """ The Security project-scoped role assignments to set """

    def __init__(
        self,
        *,
        elasticsearch: list[ProjectRoleAssignment] | Unset = UNSET,
        observability: list[ProjectRoleAssignment] | Unset = UNSET,
        security: list[ProjectRoleAssignment] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            observability=observability,
            security=security,
        )
