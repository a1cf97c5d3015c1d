from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blessings import Blessings
    from ..models.role import Role


class RoleAggregateCreateData(Model):
    """Creation data for a role

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    role: Field[Role] = Field("role", model("Role", "role"), required=True)
    """ The role data """
    blessings: Field[Blessings | Unset] = Field("blessings", model("Blessings", "blessings"))
    """ The blessings data associated with the role """

    def __init__(
        self,
        *,
        role: Role,
        blessings: Blessings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            role=role,
            blessings=blessings,
        )
