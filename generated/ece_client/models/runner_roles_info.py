from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.runner_role_info import RunnerRoleInfo


class RunnerRolesInfo(Model):
    """A list of runner roles.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    roles: Field[list[RunnerRoleInfo]] = Field(
        "roles", list_of(model("RunnerRoleInfo", "runner_role_info")), required=True
    )
    """ List of roles """

    def __init__(
        self,
        *,
        roles: list[RunnerRoleInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            roles=roles,
        )
