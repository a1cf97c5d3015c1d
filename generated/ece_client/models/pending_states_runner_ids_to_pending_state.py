from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model, model

if TYPE_CHECKING:
    pass


class PendingStatesRunnerIdsToPendingState(Model):
    """A mapping of Runner Ids to whether or not they are waiting to be blessed to run the associated role

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("PendingState")

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
