from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.sso_authentication_method_info import SsoAuthenticationMethodInfo


class AvailableAuthenticationMethods(Model):
    """Specifies the authentication methods that are enabled on the Elasticsearch cluster. NOTE: When all fields are
    `false`, only the Platform admin and Platform viewer are available.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    password: Field[bool] = Field("password", BOOL, required=True)
    """ Indicates that username and password authentication is available. """
    saml: Field[bool] = Field("saml", BOOL, required=True)
    """ Indicates that SAML single sign-on authentication is available. """
    openid: Field[bool] = Field("openid", BOOL, required=True)
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. This field is no longer
    used and will always be false. """
    sso_methods: Field[list[SsoAuthenticationMethodInfo]] = Field(
        "sso_methods", list_of(model("SsoAuthenticationMethodInfo", "sso_authentication_method_info")), required=True
    )
    """ Lists details for the available single sign-on methods. """

    def __init__(
        self,
        *,
        password: bool,
        saml: bool,
        openid: bool,
        sso_methods: list[SsoAuthenticationMethodInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            password=password,
            saml=saml,
            openid=openid,
            sso_methods=sso_methods,
        )
