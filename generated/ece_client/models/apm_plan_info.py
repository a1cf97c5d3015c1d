from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.apm_plan import ApmPlan
    from ..models.change_source_info import ChangeSourceInfo
    from ..models.cluster_plan_attempt_error import ClusterPlanAttemptError
    from ..models.cluster_plan_step_info import ClusterPlanStepInfo
    from ..models.cluster_plan_warning import ClusterPlanWarning


class ApmPlanInfo(Model):
    """Information about the APM Server plan.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Either the plan ended successfully, or is not yet completed (and no errors have occurred) """
    plan_attempt_log: Field[list[ClusterPlanStepInfo]] = Field(
        "plan_attempt_log", list_of(model("ClusterPlanStepInfo", "cluster_plan_step_info")), required=True
    )
    warnings: Field[list[ClusterPlanWarning]] = Field(
        "warnings", list_of(model("ClusterPlanWarning", "cluster_plan_warning")), required=True
    )
    plan_attempt_id: Field[str | Unset] = Field("plan_attempt_id", STR)
    """ A UUID for each plan attempt """
    plan_attempt_name: Field[str | Unset] = Field("plan_attempt_name", STR)
    """ A human readable name for each plan attempt, only populated when retrieving plan histories """
    attempt_start_time: Field[datetime.datetime | Unset] = Field("attempt_start_time", DATETIME)
    """ When this plan attempt (ie to apply the plan to the APM) started (ISO format in UTC) """
    attempt_end_time: Field[datetime.datetime | Unset] = Field("attempt_end_time", DATETIME)
    """ If this plan completed or failed (ie is not pending), when the attempt ended (ISO format in UTC) """
    plan_end_time: Field[datetime.datetime | Unset] = Field("plan_end_time", DATETIME)
    """ If this plan is not current or pending, when the plan was no longer active (ISO format in UTC) """
    plan: Field[ApmPlan | Unset] = Field("plan", model("ApmPlan", "apm_plan"))
    """ The plan for the APM Server. """
    source: Field[ChangeSourceInfo | Unset] = Field("source", model("ChangeSourceInfo", "change_source_info"))
    """ Information describing the source that facilitated the plans current state """
    error: Field[ClusterPlanAttemptError | Unset] = Field(
        "error", model("ClusterPlanAttemptError", "cluster_plan_attempt_error")
    )
    """ Information about an error during a plan attempt. """

    def __init__(
        self,
        *,
        healthy: bool,
        plan_attempt_log: list[ClusterPlanStepInfo],
        warnings: list[ClusterPlanWarning],
        plan_attempt_id: str | Unset = UNSET,
        plan_attempt_name: str | Unset = UNSET,
        attempt_start_time: datetime.datetime | Unset = UNSET,
        attempt_end_time: datetime.datetime | Unset = UNSET,
        plan_end_time: datetime.datetime | Unset = UNSET,
        plan: ApmPlan | Unset = UNSET,
        source: ChangeSourceInfo | Unset = UNSET,
        error: ClusterPlanAttemptError | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            plan_attempt_log=plan_attempt_log,
            warnings=warnings,
            plan_attempt_id=plan_attempt_id,
            plan_attempt_name=plan_attempt_name,
            attempt_start_time=attempt_start_time,
            attempt_end_time=attempt_end_time,
            plan_end_time=plan_end_time,
            plan=plan,
            source=source,
            error=error,
        )
