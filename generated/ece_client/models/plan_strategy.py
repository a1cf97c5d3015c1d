from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autodetect_strategy_config import AutodetectStrategyConfig
    from ..models.grow_shrink_strategy_config import GrowShrinkStrategyConfig
    from ..models.rolling_grow_shrink_strategy_config import RollingGrowShrinkStrategyConfig
    from ..models.rolling_strategy_config import RollingStrategyConfig


class PlanStrategy(Model):
    """The options for performing a plan change. Specify only one property each time. The default is `grow_and_shrink`.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    rolling: Field[RollingStrategyConfig | Unset] = Field(
        "rolling", model("RollingStrategyConfig", "rolling_strategy_config")
    )
    """ Performs inline, rolling configuration changes that mutate existing containers. TIP: This is the fastest way
    to update a plan, but can fail for complex plan changes, such as topology changes. Also, this is less safe
    for configuration changes that leave a cluster in a non running state. NOTE: When you perform a major
    version upgrade, and 'group_by' is set to 'pass:macros[__all__]';, rolling is required. """
    grow_and_shrink: Field[GrowShrinkStrategyConfig | Unset] = Field(
        "grow_and_shrink", model("GrowShrinkStrategyConfig", "grow_shrink_strategy_config")
    )
    """ A strategy that creates instances with the new plan, migrates data from the old instances, then shuts down
    the old instances. `GrowShrinkStrategyConfig` is safer than 'rolling' and ensures single node availability
    during a plan change, but can be a lot slower on larger clusters. """
    rolling_grow_and_shrink: Field[RollingGrowShrinkStrategyConfig | Unset] = Field(
        "rolling_grow_and_shrink", model("RollingGrowShrinkStrategyConfig", "rolling_grow_shrink_strategy_config")
    )
    """ A strategy that creates new Elasticsearch instances, Kibana instances, and APM Servers with the new plan,
    then migrates the node data to minimize the amount of spare capacity. """
    autodetect: Field[AutodetectStrategyConfig | Unset] = Field(
        "autodetect", model("AutodetectStrategyConfig", "autodetect_strategy_config")
    )
    """ A strategy that lets constructor choose the most optimal way to execute the plan. """

    def __init__(
        self,
        *,
        rolling: RollingStrategyConfig | Unset = UNSET,
        grow_and_shrink: GrowShrinkStrategyConfig | Unset = UNSET,
        rolling_grow_and_shrink: RollingGrowShrinkStrategyConfig | Unset = UNSET,
        autodetect: AutodetectStrategyConfig | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            rolling=rolling,
            grow_and_shrink=grow_and_shrink,
            rolling_grow_and_shrink=rolling_grow_and_shrink,
            autodetect=autodetect,
        )
