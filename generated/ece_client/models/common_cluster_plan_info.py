from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.change_source_info import ChangeSourceInfo
    from ..models.cluster_plan_attempt_error import ClusterPlanAttemptError
    from ..models.cluster_plan_step_info import ClusterPlanStepInfo
    from ..models.cluster_plan_warning import ClusterPlanWarning
    from ..models.common_cluster_plan_info_plan import CommonClusterPlanInfoPlan


class CommonClusterPlanInfo(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    plan_attempt_log: Field[list[ClusterPlanStepInfo]] = Field(
        "plan_attempt_log", list_of(model("ClusterPlanStepInfo", "cluster_plan_step_info")), required=True
    )
    warnings: Field[list[ClusterPlanWarning]] = Field(
        "warnings", list_of(model("ClusterPlanWarning", "cluster_plan_warning")), required=True
    )
    plan_attempt_id: Field[str | Unset] = Field("plan_attempt_id", STR)
    plan_attempt_name: Field[str | Unset] = Field("plan_attempt_name", STR)
    attempt_start_time: Field[datetime.datetime | Unset] = Field("attempt_start_time", DATETIME)
    attempt_end_time: Field[datetime.datetime | Unset] = Field("attempt_end_time", DATETIME)
    plan_end_time: Field[datetime.datetime | Unset] = Field("plan_end_time", DATETIME)
    plan: Field[CommonClusterPlanInfoPlan | Unset] = Field(
        "plan", model("CommonClusterPlanInfoPlan", "common_cluster_plan_info_plan")
    )
    source: Field[ChangeSourceInfo | Unset] = Field("source", model("ChangeSourceInfo", "change_source_info"))
    """ A container for information about the source of a change. """
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
        plan: CommonClusterPlanInfoPlan | Unset = UNSET,
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
