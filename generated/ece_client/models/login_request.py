from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_state import LoginState


class LoginRequest(Model):
    """The body of a login request.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    username: Field[str] = Field("username", STR, required=True)
    """ The username part of the login request """
    password: Field[str] = Field("password", STR, required=True)
    """ The plain text password part of the login request """
    login_state: Field[LoginState | Unset] = Field("login_state", model("LoginState", "login_state"))
    """ Configure how the API responds after a successful login. """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        login_state: LoginState | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            username=username,
            password=password,
            login_state=login_state,
        )
