from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ReplyWarning(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    code: Field[str] = Field("code", STR, required=True)
    """ A structured code representing the error type that occurred """
    message: Field[str | Unset] = Field("message", STR)
    """ A human readable message describing the warning that occurred """

    def __init__(
        self,
        *,
        code: str,
        message: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            code=code,
            message=message,
        )
