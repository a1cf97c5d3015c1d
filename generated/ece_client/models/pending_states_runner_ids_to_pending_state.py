from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.pending_state import PendingState


class PendingStatesRunnerIdsToPendingState(Model):
    """A mapping of Runner Ids to whether or not they are waiting to be blessed to run the associated role

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("PendingState", "pending_state")

    def __init__(
        self,
        **additional_properties: PendingState,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> PendingState: ...

        def __setitem__(self, key: str, value: PendingState) -> None: ...

        @property
        def additional_properties(self) -> dict[str, PendingState]: ...
