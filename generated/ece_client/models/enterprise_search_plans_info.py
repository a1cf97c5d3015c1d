from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_plan_info import EnterpriseSearchPlanInfo


class EnterpriseSearchPlansInfo(Model):
    """Information about current, pending, and past Enterprise Search Server plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[EnterpriseSearchPlanInfo]] = Field(
        "history", list_of(model("EnterpriseSearchPlanInfo", "enterprise_search_plan_info")), required=True
    )
    current: Field[EnterpriseSearchPlanInfo | Unset] = Field(
        "current", model("EnterpriseSearchPlanInfo", "enterprise_search_plan_info")
    )
    """ Information about the Enterprise Search Server plan. """
    pending: Field[EnterpriseSearchPlanInfo | Unset] = Field(
        "pending", model("EnterpriseSearchPlanInfo", "enterprise_search_plan_info")
    )
    """ Information about the Enterprise Search Server plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[EnterpriseSearchPlanInfo],
        current: EnterpriseSearchPlanInfo | Unset = UNSET,
        pending: EnterpriseSearchPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
