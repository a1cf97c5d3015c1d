from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class SecurityRealmsReorderRequest(Model):
    """A reorder request for Elasticsearch security realms.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    realms: Field[list[str]] = Field("realms", list_of(STR), required=True)
    """ The list of security realms in the desired order """

    def __init__(
        self,
        *,
        realms: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            realms=realms,
        )
