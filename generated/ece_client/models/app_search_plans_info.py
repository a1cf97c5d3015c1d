from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_plan_info import AppSearchPlanInfo


class AppSearchPlansInfo(Model):
    """Information about current, pending, and past App Search Server plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[AppSearchPlanInfo]] = Field(
        "history", list_of(model("AppSearchPlanInfo", "app_search_plan_info")), required=True
    )
    current: Field[AppSearchPlanInfo | Unset] = Field("current", model("AppSearchPlanInfo", "app_search_plan_info"))
    """ Information about the App Search Server plan. """
    pending: Field[AppSearchPlanInfo | Unset] = Field("pending", model("AppSearchPlanInfo", "app_search_plan_info"))
    """ Information about the App Search Server plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[AppSearchPlanInfo],
        current: AppSearchPlanInfo | Unset = UNSET,
        pending: AppSearchPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
