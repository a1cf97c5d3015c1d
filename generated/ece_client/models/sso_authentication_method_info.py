from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum

if TYPE_CHECKING:
    from ..models.sso_authentication_method_info_sso_type import SsoAuthenticationMethodInfoSsoType


class SsoAuthenticationMethodInfo(Model):
    """Specifies the authentication methods that are enabled on the Elasticsearch cluster. NOTE: When all fields are
    `false`, only the Platform admin and Platform viewer are available.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    sso_type: Field[SsoAuthenticationMethodInfoSsoType] = Field(
        "sso_type", enum("SsoAuthenticationMethodInfoSsoType", "sso_authentication_method_info_sso_type"), required=True
    )
    """ Indicates the protocol of the single sign-on method. """
    name: Field[str] = Field("name", STR, required=True)
    """ The friendly name of the single sign-on method. """
    url: Field[str] = Field("url", STR, required=True)
    """ The URL to initiate the single sign-on login. """

    def __init__(
        self,
        *,
        sso_type: SsoAuthenticationMethodInfoSsoType,
        name: str,
        url: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            sso_type=sso_type,
            name=name,
            url=url,
        )
