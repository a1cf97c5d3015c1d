from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integrations_server_plan import IntegrationsServerPlan
    from ..models.integrations_server_settings import IntegrationsServerSettings


class IntegrationsServerPayload(Model):
    """An Integrations Server creation request paired with the alias of the Elasticsearch cluster it should be paired
    with

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id for the Integrations Server """
    elasticsearch_cluster_ref_id: Field[str] = Field("elasticsearch_cluster_ref_id", STR, required=True)
    """ Alias to the Elasticsearch Cluster to attach the Integrations Server to """
    region: Field[str] = Field("region", STR, required=True)
    """ The region where this resource exists """
    plan: Field[IntegrationsServerPlan] = Field(
        "plan", model("IntegrationsServerPlan", "integrations_server_plan"), required=True
    )
    """ The plan for the Integrations Server. """
    display_name: Field[str | Unset] = Field("display_name", STR)
    """ The human readable name for the Integrations Server cluster (default: takes the name of its Elasticsearch
    cluster) """
    settings: Field[IntegrationsServerSettings | Unset] = Field(
        "settings", model("IntegrationsServerSettings", "integrations_server_settings")
    )
    """ The settings for building this Integrations Server cluster """

    def __init__(
        self,
        *,
        ref_id: str,
        elasticsearch_cluster_ref_id: str,
        region: str,
        plan: IntegrationsServerPlan,
        display_name: str | Unset = UNSET,
        settings: IntegrationsServerSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            elasticsearch_cluster_ref_id=elasticsearch_cluster_ref_id,
            region=region,
            plan=plan,
            display_name=display_name,
            settings=settings,
        )
