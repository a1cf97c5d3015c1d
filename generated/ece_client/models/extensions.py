from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.extension import Extension


class Extensions(Model):
    """A collection of extensions

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    extensions: Field[list[Extension]] = Field("extensions", list_of(model("Extension", "extension")), required=True)
    """ The list of extensions. """

    def __init__(
        self,
        *,
        extensions: list[Extension],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            extensions=extensions,
        )
