from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model

if TYPE_CHECKING:
    import datetime


class Metadata(Model):
    """Metadata of an entity

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    created_time: Field[datetime.datetime] = Field("created_time", DATETIME, required=True)
    """ Creation time """
    modified_time: Field[datetime.datetime] = Field("modified_time", DATETIME, required=True)
    """ Modification time """
    version: Field[str] = Field("version", STR, required=True)
    """ Version """

    def __init__(
        self,
        *,
        created_time: datetime.datetime,
        modified_time: datetime.datetime,
        version: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            created_time=created_time,
            modified_time=modified_time,
            version=version,
        )
