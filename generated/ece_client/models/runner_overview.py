from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.runner_info import RunnerInfo


class RunnerOverview(Model):
    """Information about all of the runners.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    runners: Field[list[RunnerInfo]] = Field("runners", list_of(model("RunnerInfo", "runner_info")), required=True)
    """ List of runners """

    def __init__(
        self,
        *,
        runners: list[RunnerInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            runners=runners,
        )
