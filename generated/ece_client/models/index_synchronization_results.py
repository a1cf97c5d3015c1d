from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class IndexSynchronizationResults(Model):
    """Results from synchronizing indices

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    created: Field[list[str]] = Field("created", list_of(STR), required=True)
    """ The ids of documents created in the index by index version """
    updated: Field[list[str]] = Field("updated", list_of(STR), required=True)
    """ The ids of documents updated in the index by index version """
    deleted: Field[list[str]] = Field("deleted", list_of(STR), required=True)
    """ The ids of documents deleted from the index by index version """
    errors: Field[list[str]] = Field("errors", list_of(STR), required=True)
    """ The regions where document synchronization may have failed """

    def __init__(
        self,
        *,
        created: list[str],
        updated: list[str],
        deleted: list[str],
        errors: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            created=created,
            updated=updated,
            deleted=deleted,
            errors=errors,
        )
