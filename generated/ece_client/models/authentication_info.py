from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class AuthenticationInfo(Model):
    """A user's authentication info

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    has_elevated_permissions: Field[bool] = Field("has_elevated_permissions", BOOL, required=True)
    """ Deprecated: True if the user has elevated permissions """
    refresh_token_url: Field[str] = Field("refresh_token_url", STR, required=True)
    """ The API to be used when refreshing the current user's JWT """
    has_totp_device: Field[bool | Unset] = Field("has_totp_device", BOOL)
    """ Deprecated: True if the user has an available TOTP device """
    totp_device_source: Field[str | Unset] = Field("totp_device_source", STR)
    """ Deprecated: The TOTP device source """
    elevated_permissions_expire_at: Field[datetime.datetime | Unset] = Field("elevated_permissions_expire_at", DATETIME)
    """ Deprecated: The UTC time when elevated permissions will expire, if the user has elevated permissions """
    totp_device_source_enable_mfa_href: Field[str | Unset] = Field("totp_device_source_enable_mfa_href", STR)
    """ Deprecated: URL for configuring an MFA TOTP device.  Does not apply when totp_device_source is 'native'. """
    expires_at: Field[datetime.datetime | Unset] = Field("expires_at", DATETIME)
    """ The UTC time when current authentication will expire. Applies to only token based authentication """

    def __init__(
        self,
        *,
        has_elevated_permissions: bool,
        refresh_token_url: str,
        has_totp_device: bool | Unset = UNSET,
        totp_device_source: str | Unset = UNSET,
        elevated_permissions_expire_at: datetime.datetime | Unset = UNSET,
        totp_device_source_enable_mfa_href: str | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            has_elevated_permissions=has_elevated_permissions,
            refresh_token_url=refresh_token_url,
            has_totp_device=has_totp_device,
            totp_device_source=totp_device_source,
            elevated_permissions_expire_at=elevated_permissions_expire_at,
            totp_device_source_enable_mfa_href=totp_device_source_enable_mfa_href,
            expires_at=expires_at,
        )
