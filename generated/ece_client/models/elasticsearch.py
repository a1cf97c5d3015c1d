from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.elasticsearch_backend_plan import ElasticsearchBackendPlan


class Elasticsearch(Model):
    """Holds diagnostics for an Elasticsearch cluster

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique user-specified id """
    display_name: Field[str] = Field("display_name", STR, required=True)
    """ The human readable name for the cluster (defaults to the generated cluster id if not specified) """
    backend_plan: Field[ElasticsearchBackendPlan] = Field(
        "backend_plan", model("ElasticsearchBackendPlan", "elasticsearch_backend_plan"), required=True
    )
    """ The backend plan as JSON """

    def __init__(
        self,
        *,
        ref_id: str,
        display_name: str,
        backend_plan: ElasticsearchBackendPlan,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            display_name=display_name,
            backend_plan=backend_plan,
        )
