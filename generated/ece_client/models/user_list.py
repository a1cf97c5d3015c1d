from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.user import User


class UserList(Model):
    """A collection of users

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    users: Field[list[User]] = Field("users", list_of(model("User", "user")), required=True)
    """ A list of users """

    def __init__(
        self,
        *,
        users: list[User],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            users=users,
        )
