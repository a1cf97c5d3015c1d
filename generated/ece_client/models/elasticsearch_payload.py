from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_cluster_plan import ElasticsearchClusterPlan
    from ..models.elasticsearch_cluster_settings import ElasticsearchClusterSettings


class ElasticsearchPayload(Model):
    """An alias for an Elasticsearch Cluster paired with a request for creating one

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id for this Elasticsearch cluster """
    region: Field[str] = Field("region", STR, required=True)
    """ The region where this resource exists """
    plan: Field[ElasticsearchClusterPlan] = Field(
        "plan", model("ElasticsearchClusterPlan", "elasticsearch_cluster_plan"), required=True
    )
    """ The plan for building this Elasticsearch cluster """
    display_name: Field[str | Unset] = Field("display_name", STR)
    """ The human readable name for the cluster (defaults to the generated cluster id if not specified) """
    settings: Field[ElasticsearchClusterSettings | Unset] = Field(
        "settings", model("ElasticsearchClusterSettings", "elasticsearch_cluster_settings")
    )
    """ The settings for building this Elasticsearch cluster """

    def __init__(
        self,
        *,
        ref_id: str,
        region: str,
        plan: ElasticsearchClusterPlan,
        display_name: str | Unset = UNSET,
        settings: ElasticsearchClusterSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            region=region,
            plan=plan,
            display_name=display_name,
            settings=settings,
        )
