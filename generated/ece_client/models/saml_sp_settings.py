from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class SamlSpSettings(Model):
    """The configuration for the Elasticsearch security SAML Service Provider.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    entity_id: Field[str] = Field("entity_id", STR, required=True)
    """ The Entity ID to use for this SAML Service Provider. This should be entered as a URI. """
    acs: Field[str] = Field("acs", STR, required=True)
    """ The URL of the Assertion Consumer service """
    logout: Field[str] = Field("logout", STR, required=True)
    """ The URL of the Single Logout service """

    def __init__(
        self,
        *,
        entity_id: str,
        acs: str,
        logout: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            entity_id=entity_id,
            acs=acs,
            logout=logout,
        )
