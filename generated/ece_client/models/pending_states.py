from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.pending_states_runner_ids_to_pending_state import PendingStatesRunnerIdsToPendingState


class PendingStates(Model):
    """Describes whether certain runners are waiting to be blessed.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    runner_ids_to_pending_state: Field[PendingStatesRunnerIdsToPendingState] = Field(
        "runner_ids_to_pending_state",
        model("PendingStatesRunnerIdsToPendingState", "pending_states_runner_ids_to_pending_state"),
        required=True,
    )
    """ A mapping of Runner Ids to whether or not they are waiting to be blessed to run the associated role """

    def __init__(
        self,
        *,
        runner_ids_to_pending_state: PendingStatesRunnerIdsToPendingState,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            runner_ids_to_pending_state=runner_ids_to_pending_state,
        )
