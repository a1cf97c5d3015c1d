from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.constructor_info import ConstructorInfo


class ConstructorOverview(Model):
    """The overview information for the installed constructors.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    constructors: Field[list[ConstructorInfo]] = Field(
        "constructors", list_of(model("ConstructorInfo", "constructor_info")), required=True
    )

    def __init__(
        self,
        *,
        constructors: list[ConstructorInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            constructors=constructors,
        )
