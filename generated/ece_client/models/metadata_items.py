from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.metadata_item import MetadataItem


class MetadataItems(Model):
    """The container object for metadata items.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    items: Field[list[MetadataItem]] = Field("items", list_of(model("MetadataItem", "metadata_item")), required=True)
    """ A collection of arbitrary metadata items associated with a resource. """

    def __init__(
        self,
        *,
        items: list[MetadataItem],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            items=items,
        )
