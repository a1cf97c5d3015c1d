from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_sub_cluster_info_links import KibanaSubClusterInfoLinks


class KibanaSubClusterInfo(Model):
    """Information about the Kibana instances associated with the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    kibana_id: Field[str] = Field("kibana_id", STR, required=True)
    """ The Kibana cluster Id """
    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether the associated Kibana cluster is currently available """
    links: Field[KibanaSubClusterInfoLinks | Unset] = Field(
        "links", model("KibanaSubClusterInfoLinks", "kibana_sub_cluster_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """

    def __init__(
        self,
        *,
        kibana_id: str,
        enabled: bool,
        links: KibanaSubClusterInfoLinks | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            kibana_id=kibana_id,
            enabled=enabled,
            links=links,
        )
