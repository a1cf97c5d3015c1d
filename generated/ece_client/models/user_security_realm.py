from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum

if TYPE_CHECKING:
    from ..models.user_security_realm_type import UserSecurityRealmType


class UserSecurityRealm(Model):
    """The security realm the user belongs to

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[UserSecurityRealmType] = Field(
        "type", enum("UserSecurityRealmType", "user_security_realm_type"), required=True
    )
    """ The type of the security realm """
    id: Field[str] = Field("id", STR, required=True)
    """ The identifier for the security realm """

    def __init__(
        self,
        *,
        type_: UserSecurityRealmType,
        id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            id=id,
        )
