from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class PrefixQuery(Model):
    """The query that matches documents with fields that contain terms with a specified, not analyzed, prefix.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[str] = Field("value", STR, required=True)
    """ The prefix to search for. """
    boost: Field[float | Unset] = Field("boost", FLOAT)
    """ An optional boost value to apply to the query. """

    def __init__(
        self,
        *,
        value: str,
        boost: float | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            boost=boost,
        )
