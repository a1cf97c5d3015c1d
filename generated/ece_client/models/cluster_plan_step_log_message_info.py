from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.cluster_plan_step_log_message_info_details import ClusterPlanStepLogMessageInfoDetails
    from ..models.cluster_plan_step_log_message_info_internal_details import (
        ClusterPlanStepLogMessageInfoInternalDetails,
    )
    from ..models.cluster_plan_step_log_message_info_stage import ClusterPlanStepLogMessageInfoStage


class ClusterPlanStepLogMessageInfo(Model):
    """The log message from a specified stage of an executed step in a plan.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timestamp: Field[datetime.datetime] = Field("timestamp", DATETIME, required=True)
    """ Timestamp marking on info log of step """
    stage: Field[ClusterPlanStepLogMessageInfoStage] = Field(
        "stage", enum("ClusterPlanStepLogMessageInfoStage", "cluster_plan_step_log_message_info_stage"), required=True
    )
    """ Stage that info log message takes place in """
    message: Field[str] = Field("message", STR, required=True)
    """ Human readable log message """
    details: Field[ClusterPlanStepLogMessageInfoDetails] = Field(
        "details",
        model("ClusterPlanStepLogMessageInfoDetails", "cluster_plan_step_log_message_info_details"),
        required=True,
    )
    """ A map with details for the log about what happened during the step execution. Keys and values for are always
    both strings, representing the name of the detail and its value, respectively. """
    delta_in_millis: Field[int | Unset] = Field("delta_in_millis", INT)
    """ Time in milliseconds since previous log message """
    internal_details: Field[ClusterPlanStepLogMessageInfoInternalDetails | Unset] = Field(
        "internal_details",
        model("ClusterPlanStepLogMessageInfoInternalDetails", "cluster_plan_step_log_message_info_internal_details"),
    )
    """ A json object with sensitive details for the log, visible only to admins. May contain nested json objects. """
    failure_type: Field[str | Unset] = Field("failure_type", STR)
    """ The failure type, in case the step failed """

    def __init__(
        self,
        *,
        timestamp: datetime.datetime,
        stage: ClusterPlanStepLogMessageInfoStage,
        message: str,
        details: ClusterPlanStepLogMessageInfoDetails,
        delta_in_millis: int | Unset = UNSET,
        internal_details: ClusterPlanStepLogMessageInfoInternalDetails | Unset = UNSET,
        failure_type: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timestamp=timestamp,
            stage=stage,
            message=message,
            details=details,
            delta_in_millis=delta_in_millis,
            internal_details=internal_details,
            failure_type=failure_type,
        )
