from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class Hyperlink(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    need_elevated_permissions: Field[bool | Unset] = Field("need_elevated_permissions", BOOL)
    """ Whether the operation requires elevated permissions (when the field is present, elevated permissions are
    required). """

    def __init__(
        self,
        *,
        need_elevated_permissions: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            need_elevated_permissions=need_elevated_permissions,
        )
