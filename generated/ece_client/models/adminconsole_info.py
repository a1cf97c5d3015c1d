from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class AdminconsoleInfo(Model):
    """Information for the adminconsole.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    adminconsole_id: Field[str] = Field("adminconsole_id", STR, required=True)
    """ Identifier for this adminconsole """

    def __init__(
        self,
        *,
        adminconsole_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            adminconsole_id=adminconsole_id,
        )
