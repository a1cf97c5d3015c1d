from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ExternalHyperlink(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ Identifier of the external link """
    label: Field[str] = Field("label", STR, required=True)
    """ Human-readable description of the external link """
    uri: Field[str | Unset] = Field("uri", STR)
    """ hyperlink to an external resource """

    def __init__(
        self,
        *,
        id: str,
        label: str,
        uri: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            label=label,
            uri=uri,
        )
