from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.role import Role


class RoleWithMeta(Model):
    """Persisted role along with metadata

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[Role] = Field("value", model("Role", "role"), required=True)
    """ The pending stages """
    meta: Field[Metadata] = Field("meta", model("Metadata", "metadata"), required=True)
    """ The metadata """

    def __init__(
        self,
        *,
        value: Role,
        meta: Metadata,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            meta=meta,
        )
