from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_association import FilterAssociation
    from ..models.traffic_filter_rule import TrafficFilterRule


class TrafficFilterRulesetInfo(Model):
    """The container for a set of traffic filter rules.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The ruleset ID """
    name: Field[str] = Field("name", STR, required=True)
    """ Name of the ruleset """
    type_: Field[str] = Field("type", STR, required=True)
    """ Type of the ruleset """
    include_by_default: Field[bool] = Field("include_by_default", BOOL, required=True)
    """ Should the ruleset be automatically included in the new deployments """
    region: Field[str] = Field("region", STR, required=True)
    """ The ruleset can be attached only to deployments in the specific region """
    rules: Field[list[TrafficFilterRule]] = Field(
        "rules", list_of(model("TrafficFilterRule", "traffic_filter_rule")), required=True
    )
    """ List of rules """
    description: Field[str | Unset] = Field("description", STR)
    """ Description of the ruleset """
    associations: Field[list[FilterAssociation] | Unset] = Field(
        "associations", list_of(model("FilterAssociation", "filter_association"))
    )
    """ List of associations. Returned only when include_associations query parameter is true """
    total_associations: Field[int | Unset] = Field("total_associations", INT)
    """ Total number of associations. This includes associations the user does not have permission to view.Returned
    only when include_associations query parameter is true """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        include_by_default: bool,
        region: str,
        rules: list[TrafficFilterRule],
        description: str | Unset = UNSET,
        associations: list[FilterAssociation] | Unset = UNSET,
        total_associations: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            type_=type_,
            include_by_default=include_by_default,
            region=region,
            rules=rules,
            description=description,
            associations=associations,
            total_associations=total_associations,
        )
