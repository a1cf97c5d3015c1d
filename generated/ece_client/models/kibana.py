from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.kibana_backend_plan import KibanaBackendPlan


class Kibana(Model):
    """Holds diagnostics for a Kibana resource

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id """
    display_name: Field[str] = Field("display_name", STR, required=True)
    """ The human readable name (defaults to the generated cluster id if not specified) """
    elasticsearch_cluster_ref_id: Field[str] = Field("elasticsearch_cluster_ref_id", STR, required=True)
    """ The user-specified id of the Elasticsearch Cluster that this will link to """
    backend_plan: Field[KibanaBackendPlan] = Field(
        "backend_plan", model("KibanaBackendPlan", "kibana_backend_plan"), required=True
    )
    """ The backend plan as JSON """

    def __init__(
        self,
        *,
        ref_id: str,
        display_name: str,
        elasticsearch_cluster_ref_id: str,
        backend_plan: KibanaBackendPlan,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            display_name=display_name,
            elasticsearch_cluster_ref_id=elasticsearch_cluster_ref_id,
            backend_plan=backend_plan,
        )
