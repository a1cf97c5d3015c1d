from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class ExtensionFileMetadata(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    last_modified_date: Field[datetime.datetime | Unset] = Field("last_modified_date", DATETIME)
    """ The date and time the extension was last modified. """
    size: Field[int | Unset] = Field("size", INT)
    """ The extension file size in bytes. """
    url: Field[str | Unset] = Field("url", STR)
    """ The temporary URL to download the extension file. Usable for verification. """

    def __init__(
        self,
        *,
        last_modified_date: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        url: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            last_modified_date=last_modified_date,
            size=size,
            url=url,
        )
