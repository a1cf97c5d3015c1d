from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_plan_control_configuration import AppSearchPlanControlConfiguration
    from ..models.plan_strategy import PlanStrategy


class TransientAppSearchPlanConfiguration(Model):
    """Defines configuration parameters that control how the plan (ie consisting of the cluster topology and AppSearch
    settings) is applied

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    strategy: Field[PlanStrategy | Unset] = Field("strategy", model("PlanStrategy", "plan_strategy"))
    """ The options for performing a plan change. Specify only one property each time. The default is
    `grow_and_shrink`. """
    plan_configuration: Field[AppSearchPlanControlConfiguration | Unset] = Field(
        "plan_configuration", model("AppSearchPlanControlConfiguration", "app_search_plan_control_configuration")
    )

    def __init__(
        self,
        *,
        strategy: PlanStrategy | Unset = UNSET,
        plan_configuration: AppSearchPlanControlConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            strategy=strategy,
            plan_configuration=plan_configuration,
        )
