from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.blessings_runner_ids_to_blessing import BlessingsRunnerIdsToBlessing


class Blessings(Model):
    """Describes whether certain runners are blessed to run a Role.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    runner_ids_to_blessing: Field[BlessingsRunnerIdsToBlessing] = Field(
        "runner_ids_to_blessing",
        model("BlessingsRunnerIdsToBlessing", "blessings_runner_ids_to_blessing"),
        required=True,
    )
    """ A mapping of Runner Ids to whether or not they are blessed to run the associated role """

    def __init__(
        self,
        *,
        runner_ids_to_blessing: BlessingsRunnerIdsToBlessing,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            runner_ids_to_blessing=runner_ids_to_blessing,
        )
