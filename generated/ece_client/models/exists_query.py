from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ExistsQuery(Model):
    """Matches documents that have at least one non-`null` value in the original field.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    field: Field[str] = Field("field", STR, required=True)
    """ The field to check for non-null values in. """

    def __init__(
        self,
        *,
        field: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            field=field,
        )
