from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.traffic_filter_egress_rule import TrafficFilterEgressRule


class TrafficFilterRule(Model):
    """The container for a traffic filter rule.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str | Unset] = Field("id", STR)
    """ The rule ID """
    remote_cluster_org_id: Field[str | Unset] = Field("remote_cluster_org_id", STR)
    """ The remote cluster organization ID """
    remote_cluster_id: Field[str | Unset] = Field("remote_cluster_id", STR)
    """ The remote cluster ID """
    description: Field[str | Unset] = Field("description", STR)
    """ Description of the rule """
    source: Field[str | Unset] = Field("source", STR)
    """ Allowed traffic filter source: IP address, CIDR mask, or VPC endpoint ID """
    azure_endpoint_name: Field[str | Unset] = Field("azure_endpoint_name", STR)
    """ Name of the Azure Private Endpoint to allow connections from """
    azure_endpoint_guid: Field[str | Unset] = Field("azure_endpoint_guid", STR)
    """ Resource GUID of the Azure Private Endpoint to allow connections from """
    egress_rule: Field[TrafficFilterEgressRule | Unset] = Field(
        "egress_rule", model("TrafficFilterEgressRule", "traffic_filter_egress_rule")
    )
    """ An egress traffic filter rule """

    def __init__(
        self,
        *,
        id: str | Unset = UNSET,
        remote_cluster_org_id: str | Unset = UNSET,
        remote_cluster_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        source: str | Unset = UNSET,
        azure_endpoint_name: str | Unset = UNSET,
        azure_endpoint_guid: str | Unset = UNSET,
        egress_rule: TrafficFilterEgressRule | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            remote_cluster_org_id=remote_cluster_org_id,
            remote_cluster_id=remote_cluster_id,
            description=description,
            source=source,
            azure_endpoint_name=azure_endpoint_name,
            azure_endpoint_guid=azure_endpoint_guid,
            egress_rule=egress_rule,
        )
