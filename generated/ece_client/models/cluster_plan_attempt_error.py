from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.cluster_plan_attempt_error_details import ClusterPlanAttemptErrorDetails


class ClusterPlanAttemptError(Model):
    """Information about an error during a plan attempt.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timestamp: Field[datetime.datetime] = Field("timestamp", DATETIME, required=True)
    """ Timestamp marking on info log of step """
    message: Field[str] = Field("message", STR, required=True)
    """ Human readable error message """
    details: Field[ClusterPlanAttemptErrorDetails] = Field(
        "details", model("ClusterPlanAttemptErrorDetails", "cluster_plan_attempt_error_details"), required=True
    )
    """ A map with details regarding the error. Both the keys and values are always strings, representing the name
    of the detail and its value, respectively. """
    failure_type: Field[str | Unset] = Field("failure_type", STR)
    """ The failure type """

    def __init__(
        self,
        *,
        timestamp: datetime.datetime,
        message: str,
        details: ClusterPlanAttemptErrorDetails,
        failure_type: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timestamp=timestamp,
            message=message,
            details=details,
            failure_type=failure_type,
        )
