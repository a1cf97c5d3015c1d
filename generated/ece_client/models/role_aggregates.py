from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.role_aggregate import RoleAggregate


class RoleAggregates(Model):
    """A list of Role aggregates

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    values: Field[list[RoleAggregate]] = Field(
        "values", list_of(model("RoleAggregate", "role_aggregate")), required=True
    )
    """ The list """

    def __init__(
        self,
        *,
        values: list[RoleAggregate],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            values=values,
        )
