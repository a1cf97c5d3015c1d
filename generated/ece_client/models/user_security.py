from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elevated_permissions import ElevatedPermissions
    from ..models.user_security_realm import UserSecurityRealm


class UserSecurity(Model):
    """A user's security information

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    roles: Field[list[str] | Unset] = Field("roles", list_of(STR))
    """ The set of roles assigned to a user """
    permissions: Field[list[str] | Unset] = Field("permissions", list_of(STR))
    """ The distinct set of permissions allowed by the user's roles. These correspond to operationId values in the
    OpenAPI definition. """
    elevated_permissions: Field[ElevatedPermissions | Unset] = Field(
        "elevated_permissions", model("ElevatedPermissions", "elevated_permissions")
    )
    """ The user's elevated permission status """
    password: Field[str | Unset] = Field("password", STR)
    """ The user's password. Only used when modifying a user. """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ True if the user is enabled """
    security_realm: Field[UserSecurityRealm | Unset] = Field(
        "security_realm", model("UserSecurityRealm", "user_security_realm")
    )
    """ The user's security realm """

    def __init__(
        self,
        *,
        roles: list[str] | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        elevated_permissions: ElevatedPermissions | Unset = UNSET,
        password: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        security_realm: UserSecurityRealm | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            roles=roles,
            permissions=permissions,
            elevated_permissions=elevated_permissions,
            password=password,
            enabled=enabled,
            security_realm=security_realm,
        )
