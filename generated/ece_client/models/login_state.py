from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class LoginState(Model):
    """Configure how the API responds after a successful login.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    path: Field[str | Unset] = Field("path", STR)
    """ The path to which to redirect post login - if not specified then no redirect is performed, instead 200 is
    returned with the token in the body """

    def __init__(
        self,
        *,
        path: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            path=path,
        )
