from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_plan_control_configuration import EnterpriseSearchPlanControlConfiguration
    from ..models.plan_strategy import PlanStrategy


class TransientEnterpriseSearchPlanConfiguration(Model):
    """Defines configuration parameters that control how the plan (i.e. consisting of the cluster topology and
    Enterprise Search settings) is applied

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    strategy: Field[PlanStrategy | Unset] = Field("strategy", model("PlanStrategy", "plan_strategy"))
    """ The options for performing a plan change. Specify only one property each time. The default is
    `grow_and_shrink`. """
    plan_configuration: Field[EnterpriseSearchPlanControlConfiguration | Unset] = Field(
        "plan_configuration",
        model("EnterpriseSearchPlanControlConfiguration", "enterprise_search_plan_control_configuration"),
    )

    def __init__(
        self,
        *,
        strategy: PlanStrategy | Unset = UNSET,
        plan_configuration: EnterpriseSearchPlanControlConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            strategy=strategy,
            plan_configuration=plan_configuration,
        )
