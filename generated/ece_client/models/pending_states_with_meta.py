from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.pending_states import PendingStates


class PendingStatesWithMeta(Model):
    """Persisted pending states for a role along with metadata

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[PendingStates] = Field("value", model("PendingStates", "pending_states"), required=True)
    """ The pending stages """
    meta: Field[Metadata] = Field("meta", model("Metadata", "metadata"), required=True)
    """ The metadata """

    def __init__(
        self,
        *,
        value: PendingStates,
        meta: Metadata,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            meta=meta,
        )
