from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class SamlAttributeSettings(Model):
    """The mapping configuration for the Elasticsearch security SAML attribute.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    principal: Field[str] = Field("principal", STR, required=True)
    """ The name of the SAML attribute that contains the user's principal (username). This name should map to a
    value that does not contain commas or slashes. """
    groups: Field[str] = Field("groups", STR, required=True)
    """ The name of the SAML attribute that contains the user's groups """
    name: Field[str | Unset] = Field("name", STR)
    """ The name of the SAML attribute that contains the user's full name """
    mail: Field[str | Unset] = Field("mail", STR)
    """ The name of the SAML attribute that contains the user's email address """
    dn: Field[str | Unset] = Field("dn", STR)
    """ The name of the SAML attribute that contains the user's X.50 Distinguished Name """

    def __init__(
        self,
        *,
        principal: str,
        groups: str,
        name: str | Unset = UNSET,
        mail: str | Unset = UNSET,
        dn: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            principal=principal,
            groups=groups,
            name=name,
            mail=mail,
            dn=dn,
        )
