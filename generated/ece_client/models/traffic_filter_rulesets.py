from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.traffic_filter_ruleset_info import TrafficFilterRulesetInfo


class TrafficFilterRulesets(Model):
    """The container for a set of traffic filter rulesets.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    rulesets: Field[list[TrafficFilterRulesetInfo]] = Field(
        "rulesets", list_of(model("TrafficFilterRulesetInfo", "traffic_filter_ruleset_info")), required=True
    )
    """ List of traffic filter rules """

    def __init__(
        self,
        *,
        rulesets: list[TrafficFilterRulesetInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            rulesets=rulesets,
        )
