from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.remote_resource_ref import RemoteResourceRef


class RemoteResources(Model):
    """The list of resources used as remote clusters

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    resources: Field[list[RemoteResourceRef]] = Field(
        "resources", list_of(model("RemoteResourceRef", "remote_resource_ref")), required=True
    )
    """ The remote resources """

    def __init__(
        self,
        *,
        resources: list[RemoteResourceRef],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            resources=resources,
        )
