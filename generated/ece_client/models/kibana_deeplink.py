from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class KibanaDeeplink(Model):
    """Embedded object that contains information for linking into a specific Kibana page configured via the template.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    semver: Field[str] = Field("semver", STR, required=True)
    """ Semver condition when to apply the URI. """
    uri: Field[str] = Field("uri", STR, required=True)
    """ URI to which the user should be directed. """

    def __init__(
        self,
        *,
        semver: str,
        uri: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            semver=semver,
            uri=uri,
        )
