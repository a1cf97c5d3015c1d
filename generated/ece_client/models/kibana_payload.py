from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_cluster_plan import KibanaClusterPlan
    from ..models.kibana_cluster_settings import KibanaClusterSettings


class KibanaPayload(Model):
    """A Kibana creation request paired with the alias of the Elasticsearch cluster it should be paired with

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id for Kibana """
    elasticsearch_cluster_ref_id: Field[str] = Field("elasticsearch_cluster_ref_id", STR, required=True)
    """ Alias to the Elasticsearch Cluster to attach Kibana to """
    region: Field[str] = Field("region", STR, required=True)
    """ The region where this resource exists """
    plan: Field[KibanaClusterPlan] = Field("plan", model("KibanaClusterPlan", "kibana_cluster_plan"), required=True)
    """ The plan for the Kibana instance. """
    display_name: Field[str | Unset] = Field("display_name", STR)
    """ The human readable name for the Kibana cluster (default: takes the name of its Elasticsearch cluster) """
    settings: Field[KibanaClusterSettings | Unset] = Field(
        "settings", model("KibanaClusterSettings", "kibana_cluster_settings")
    )
    """ The settings for building this Kibana cluster """

    def __init__(
        self,
        *,
        ref_id: str,
        elasticsearch_cluster_ref_id: str,
        region: str,
        plan: KibanaClusterPlan,
        display_name: str | Unset = UNSET,
        settings: KibanaClusterSettings | Unset = UNSET,
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
