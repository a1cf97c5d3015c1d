from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class SamlIdpSettings(Model):
    """The configuration for the Elasticsearch security SAML Identity Provider.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    entity_id: Field[str] = Field("entity_id", STR, required=True)
    """ The Entity ID of the SAML Identity Provider. An Entity ID is a URI with a maximum length of 1024 characters.
    It can be a URL or a URN and can be found in the configuration or the SAML metadata of the Identity
    Provider. """
    metadata_path: Field[str] = Field("metadata_path", STR, required=True)
    """ The URL to a SAML 2.0 metadata file describing the capabilities and configuration of the Identity Provider """
    use_single_logout: Field[bool | Unset] = Field("use_single_logout", BOOL)
    """ Indicates whether to utilise the Identity Provider's Single Logout service """

    def __init__(
        self,
        *,
        entity_id: str,
        metadata_path: str,
        use_single_logout: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            entity_id=entity_id,
            metadata_path=metadata_path,
            use_single_logout=use_single_logout,
        )
