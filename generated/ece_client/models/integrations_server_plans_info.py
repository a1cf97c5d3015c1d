from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integrations_server_plan_info import IntegrationsServerPlanInfo


class IntegrationsServerPlansInfo(Model):
    """Information about current, pending, and past Integrations Server plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[IntegrationsServerPlanInfo]] = Field(
        "history", list_of(model("IntegrationsServerPlanInfo", "integrations_server_plan_info")), required=True
    )
    current: Field[IntegrationsServerPlanInfo | Unset] = Field(
        "current", model("IntegrationsServerPlanInfo", "integrations_server_plan_info")
    )
    """ Information about the Integrations Server plan. """
    pending: Field[IntegrationsServerPlanInfo | Unset] = Field(
        "pending", model("IntegrationsServerPlanInfo", "integrations_server_plan_info")
    )
    """ Information about the Integrations Server plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[IntegrationsServerPlanInfo],
        current: IntegrationsServerPlanInfo | Unset = UNSET,
        pending: IntegrationsServerPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
