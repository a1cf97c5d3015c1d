from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_metadata import UserMetadata
    from ..models.user_security import UserSecurity


class User(Model):
    """An API user

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    user_name: Field[str] = Field("user_name", STR, required=True)
    """ The user's identifier """
    security: Field[UserSecurity] = Field("security", model("UserSecurity", "user_security"), required=True)
    """ The user's security information """
    metadata: Field[UserMetadata | Unset] = Field("metadata", model("UserMetadata", "user_metadata"))
    """ The users metadata """
    full_name: Field[str | Unset] = Field("full_name", STR)
    """ The user's optional full name """
    email: Field[str | Unset] = Field("email", STR)
    """ The user's optional email address """
    builtin: Field[bool | Unset] = Field("builtin", BOOL)
    """ True if the user is a built-in read-only user """

    def __init__(
        self,
        *,
        user_name: str,
        security: UserSecurity,
        metadata: UserMetadata | Unset = UNSET,
        full_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        builtin: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            user_name=user_name,
            security=security,
            metadata=metadata,
            full_name=full_name,
            email=email,
            builtin=builtin,
        )
