from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class SamlCallbackBody(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    saml_response: Field[str] = Field("SAMLResponse", STR, required=True)
    """ A message issued by the identity provider to the service provider """
    relay_state: Field[str | Unset] = Field("RelayState", STR)
    """ The optional relay state that the API (service provider) sent to the identity provider. """

    def __init__(
        self,
        *,
        saml_response: str,
        relay_state: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            saml_response=saml_response,
            relay_state=relay_state,
        )
