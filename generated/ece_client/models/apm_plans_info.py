from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_plan_info import ApmPlanInfo


class ApmPlansInfo(Model):
    """Information about current, pending, and past APM Server plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[ApmPlanInfo]] = Field("history", list_of(model("ApmPlanInfo", "apm_plan_info")), required=True)
    current: Field[ApmPlanInfo | Unset] = Field("current", model("ApmPlanInfo", "apm_plan_info"))
    """ Information about the APM Server plan. """
    pending: Field[ApmPlanInfo | Unset] = Field("pending", model("ApmPlanInfo", "apm_plan_info"))
    """ Information about the APM Server plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[ApmPlanInfo],
        current: ApmPlanInfo | Unset = UNSET,
        pending: ApmPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
