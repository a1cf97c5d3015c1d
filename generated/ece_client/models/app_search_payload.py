from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_plan import AppSearchPlan
    from ..models.app_search_settings import AppSearchSettings


class AppSearchPayload(Model):
    """An AppSearch creation request paired with the alias of the Elasticsearch cluster it should be paired with

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id for AppSearch """
    elasticsearch_cluster_ref_id: Field[str] = Field("elasticsearch_cluster_ref_id", STR, required=True)
    """ Alias to the Elasticsearch Cluster to attach AppSearch to """
    region: Field[str] = Field("region", STR, required=True)
    """ The region where this resource exists """
    plan: Field[AppSearchPlan] = Field("plan", model("AppSearchPlan", "app_search_plan"), required=True)
    """ The plan for the App Search cluster. """
    display_name: Field[str | Unset] = Field("display_name", STR)
    """ The human readable name for the AppSearch cluster (default: takes the name of its Elasticsearch cluster) """
    settings: Field[AppSearchSettings | Unset] = Field("settings", model("AppSearchSettings", "app_search_settings"))
    """ The settings for building this AppSearch cluster """

    def __init__(
        self,
        *,
        ref_id: str,
        elasticsearch_cluster_ref_id: str,
        region: str,
        plan: AppSearchPlan,
        display_name: str | Unset = UNSET,
        settings: AppSearchSettings | Unset = UNSET,
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
