from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.blessings import Blessings
    from ..models.metadata import Metadata


class BlessingsWithMeta(Model):
    """Persisted Blessings along with metadata

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[Blessings] = Field("value", model("Blessings", "blessings"), required=True)
    """ The blessings """
    meta: Field[Metadata] = Field("meta", model("Metadata", "metadata"), required=True)
    """ The metadata """

    def __init__(
        self,
        *,
        value: Blessings,
        meta: Metadata,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            meta=meta,
        )
