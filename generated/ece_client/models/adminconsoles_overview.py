from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.adminconsole_info import AdminconsoleInfo


class AdminconsolesOverview(Model):
    """Information about all of the adminconsoles.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    adminconsoles: Field[list[AdminconsoleInfo]] = Field(
        "adminconsoles", list_of(model("AdminconsoleInfo", "adminconsole_info")), required=True
    )
    """ List of adminconsoles """

    def __init__(
        self,
        *,
        adminconsoles: list[AdminconsoleInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            adminconsoles=adminconsoles,
        )
