from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.containers_entry import ContainersEntry


class Role(Model):
    """Describes whether certain runners are blessed to run a Role.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The unique id of this role """
    auto_blessed: Field[bool] = Field("auto_blessed", BOOL, required=True)
    """ Whether runners are automatically allowed to be assigned the containers of this role. """
    containers: Field[list[ContainersEntry]] = Field(
        "containers", list_of(model("ContainersEntry", "containers_entry")), required=True
    )
    """ The containers that are part of this role """

    def __init__(
        self,
        *,
        id: str,
        auto_blessed: bool,
        containers: list[ContainersEntry],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            auto_blessed=auto_blessed,
            containers=containers,
        )
