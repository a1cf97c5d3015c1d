from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, enum, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.traffic_filter_egress_rule_protocol import TrafficFilterEgressRuleProtocol


class TrafficFilterEgressRule(Model):
    """The rule detail for a traffic filter egress rule.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    target: Field[str] = Field("target", STR, required=True)
    """ Allowed traffic filter egress target: IP address or CIDR mask """
    protocol: Field[TrafficFilterEgressRuleProtocol] = Field(
        "protocol", enum("TrafficFilterEgressRuleProtocol", "traffic_filter_egress_rule_protocol"), required=True
    )
    """ The target protocol for an egress rule """
    ports: Field[list[int] | Unset] = Field("ports", list_of(INT))
    """ A list of target ports for an egress rule """

    def __init__(
        self,
        *,
        target: str,
        protocol: TrafficFilterEgressRuleProtocol,
        ports: list[int] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            target=target,
            protocol=protocol,
            ports=ports,
        )
