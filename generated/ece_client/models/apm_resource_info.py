from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.apm_info import ApmInfo


class ApmResourceInfo(Model):
    """Describes an APM resource belonging to a Deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ The locally-unique user-specified id of a Resource """
    elasticsearch_cluster_ref_id: Field[str] = Field("elasticsearch_cluster_ref_id", STR, required=True)
    """ The Elasticsearch cluster that this resource depends on. """
    id: Field[str] = Field("id", STR, required=True)
    """ The randomly-generated id of a Resource """
    region: Field[str] = Field("region", STR, required=True)
    """ The region where this resource exists """
    info: Field[ApmInfo] = Field("info", model("ApmInfo", "apm_info"), required=True)
    """ Info for the resource. """

    def __init__(
        self,
        *,
        ref_id: str,
        elasticsearch_cluster_ref_id: str,
        id: str,
        region: str,
        info: ApmInfo,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            elasticsearch_cluster_ref_id=elasticsearch_cluster_ref_id,
            id=id,
            region=region,
            info=info,
        )
