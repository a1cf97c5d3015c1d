from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, Field, Model

if TYPE_CHECKING:
    import datetime


class Period(Model):
    """Period

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    start: Field[datetime.datetime] = Field("start", DATETIME, required=True)
    """ Start """
    end: Field[datetime.datetime] = Field("end", DATETIME, required=True)
    """ End """

    def __init__(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            start=start,
            end=end,
        )
