from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_item import MetadataItem


class DeploymentCreateMetadata(Model):
    """Additional information about the new deployment object.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    system_owned: Field[bool | Unset] = Field("system_owned", BOOL)
    """ Indicates if a deployment is system owned (restricts the set of operations that can be performed on it) """
    tags: Field[list[MetadataItem] | Unset] = Field("tags", list_of(model("MetadataItem", "metadata_item")))
    """ Arbitrary user-defined metadata associated with this deployment """

    def __init__(
        self,
        *,
        system_owned: bool | Unset = UNSET,
        tags: list[MetadataItem] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            system_owned=system_owned,
            tags=tags,
        )
