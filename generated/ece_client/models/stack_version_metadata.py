from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class StackVersionMetadata(Model):
    """The metadata for the Elastic Stack.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    notes: Field[str | Unset] = Field("notes", STR)
    """ Notes for administrator """
    pre_release: Field[bool | Unset] = Field("pre_release", BOOL)
    """ Indicates that the stack pack version is not GA and is not supposed to be used in production """
    min_platform_version: Field[str | Unset] = Field("min_platform_version", STR)
    """ The minimum version of the platform that the stack pack version is compatible with """
    min_wire_compatibility_version: Field[str | Unset] = Field("min_wire_compatibility_version", STR)
    """ The minimum version required for performing a rolling upgrade to this stack version. """
    min_index_compatibility_version: Field[str | Unset] = Field("min_index_compatibility_version", STR)
    """ The minimum version required for performing a full cluster restart upgrade to this stack version. """
    schema_version: Field[int | Unset] = Field("schema_version", INT)
    """ The schema version of the stack pack version """

    def __init__(
        self,
        *,
        notes: str | Unset = UNSET,
        pre_release: bool | Unset = UNSET,
        min_platform_version: str | Unset = UNSET,
        min_wire_compatibility_version: str | Unset = UNSET,
        min_index_compatibility_version: str | Unset = UNSET,
        schema_version: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            notes=notes,
            pre_release=pre_release,
            min_platform_version=min_platform_version,
            min_wire_compatibility_version=min_wire_compatibility_version,
            min_index_compatibility_version=min_index_compatibility_version,
            schema_version=schema_version,
        )
