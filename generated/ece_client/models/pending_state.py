from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class PendingState(Model):
    """Pending state

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[bool] = Field("value", BOOL, required=True)
    """ Whether a runner is pending blessings or not """

    def __init__(
        self,
        *,
        value: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
        )
