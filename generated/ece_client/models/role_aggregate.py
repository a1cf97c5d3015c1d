from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blessings_with_meta import BlessingsWithMeta
    from ..models.pending_states_with_meta import PendingStatesWithMeta
    from ..models.role_with_meta import RoleWithMeta


class RoleAggregate(Model):
    """Describes whether certain runners are blessed to run a Role.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The unique id of this role """
    role: Field[RoleWithMeta] = Field("role", model("RoleWithMeta", "role_with_meta"), required=True)
    """ The role data with metadata """
    blessings: Field[BlessingsWithMeta | Unset] = Field("blessings", model("BlessingsWithMeta", "blessings_with_meta"))
    """ The blessings data associated with the role """
    pending: Field[PendingStatesWithMeta | Unset] = Field(
        "pending", model("PendingStatesWithMeta", "pending_states_with_meta")
    )
    """ The pending states data associated with the role """

    def __init__(
        self,
        *,
        id: str,
        role: RoleWithMeta,
        blessings: BlessingsWithMeta | Unset = UNSET,
        pending: PendingStatesWithMeta | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            role=role,
            blessings=blessings,
            pending=pending,
        )
