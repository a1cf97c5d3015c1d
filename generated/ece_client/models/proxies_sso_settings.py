from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ProxiesSSOSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    max_age: Field[int] = Field("max_age", INT, required=True)
    """ Maximum age of single-sign-on token in milliseconds """
    sso_secret: Field[str] = Field("sso_secret", STR, required=True)
    """ Secret string for single-sign-on """
    cookie_name: Field[str] = Field("cookie_name", STR, required=True)
    """ Name of the HTTP cookie used for single-sign-on """
    dont_log_requests: Field[bool] = Field("dont_log_requests", BOOL, required=True)
    """ If true, don't log requests """
    default_redirect_path: Field[str] = Field("default_redirect_path", STR, required=True)
    """ Default path where users are redirected after a successful single-sign-on """
    maintenance_bypass_cookie_name: Field[str] = Field("maintenance_bypass_cookie_name", STR, required=True)
    """ Name of the cookie that bypasses maintenance """

    def __init__(
        self,
        *,
        max_age: int,
        sso_secret: str,
        cookie_name: str,
        dont_log_requests: bool,
        default_redirect_path: str,
        maintenance_bypass_cookie_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            max_age=max_age,
            sso_secret=sso_secret,
            cookie_name=cookie_name,
            dont_log_requests=dont_log_requests,
            default_redirect_path=default_redirect_path,
            maintenance_bypass_cookie_name=maintenance_bypass_cookie_name,
        )
