from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class TrafficFilterClaimedLinkIdInfo(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    region: Field[str] = Field("region", STR, required=True)
    """ The claimed link id can be used only for traffic filter in the specific region """
    link_id: Field[str | Unset] = Field("link_id", STR)
    """ Link id. A GCP private service connect ID or AWS VPC endpoint ID """
    azure_endpoint_name: Field[str | Unset] = Field("azure_endpoint_name", STR)
    """ Name of the Azure Private Endpoint to allow connections from """
    azure_endpoint_guid: Field[str | Unset] = Field("azure_endpoint_guid", STR)
    """ Resource GUID of the Azure Private Endpoint to allow connections from """

    def __init__(
        self,
        *,
        region: str,
        link_id: str | Unset = UNSET,
        azure_endpoint_name: str | Unset = UNSET,
        azure_endpoint_guid: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            region=region,
            link_id=link_id,
            azure_endpoint_name=azure_endpoint_name,
            azure_endpoint_guid=azure_endpoint_guid,
        )
