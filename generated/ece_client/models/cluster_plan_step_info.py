from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.cluster_plan_step_info_stage import ClusterPlanStepInfoStage
    from ..models.cluster_plan_step_info_status import ClusterPlanStepInfoStatus
    from ..models.cluster_plan_step_log_message_info import ClusterPlanStepLogMessageInfo


class ClusterPlanStepInfo(Model):
    """Information about a step in a plan.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    step_id: Field[str] = Field("step_id", STR, required=True)
    """ ID of current step """
    started: Field[datetime.datetime] = Field("started", DATETIME, required=True)
    """ When the step started (ISO format in UTC) """
    status: Field[ClusterPlanStepInfoStatus] = Field(
        "status", enum("ClusterPlanStepInfoStatus", "cluster_plan_step_info_status"), required=True
    )
    """ The status of the step (success, warning, error - warning means something didn't go as expected but it was
    not serious enough to abort the plan) """
    stage: Field[ClusterPlanStepInfoStage] = Field(
        "stage", enum("ClusterPlanStepInfoStage", "cluster_plan_step_info_stage"), required=True
    )
    """ Current stage that the step is in """
    info_log: Field[list[ClusterPlanStepLogMessageInfo]] = Field(
        "info_log", list_of(model("ClusterPlanStepLogMessageInfo", "cluster_plan_step_log_message_info")), required=True
    )
    """ Human readable summaries of the step, including messages for each stage of the step """
    completed: Field[datetime.datetime | Unset] = Field("completed", DATETIME)
    """ When the step completed (ISO format in UTC) """
    duration_in_millis: Field[int | Unset] = Field("duration_in_millis", INT)
    """ The duration of the step in MS """

    def __init__(
        self,
        *,
        step_id: str,
        started: datetime.datetime,
        status: ClusterPlanStepInfoStatus,
        stage: ClusterPlanStepInfoStage,
        info_log: list[ClusterPlanStepLogMessageInfo],
        completed: datetime.datetime | Unset = UNSET,
        duration_in_millis: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            step_id=step_id,
            started=started,
            status=status,
            stage=stage,
            info_log=info_log,
            completed=completed,
            duration_in_millis=duration_in_millis,
        )
