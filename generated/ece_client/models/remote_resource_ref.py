from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_resource_info import RemoteResourceInfo


class RemoteResourceRef(Model):
    """The Elasticsearch resource used as a Remote Cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    deployment_id: Field[str] = Field("deployment_id", STR, required=True)
    """ The id of the deployment """
    elasticsearch_ref_id: Field[str] = Field("elasticsearch_ref_id", STR, required=True)
    """ The locally-unique user-specified id of an Elasticsearch Resource """
    alias: Field[str] = Field("alias", STR, required=True)
    """ The alias for this remote cluster. Aliases must only contain letters, digits, dashes and underscores """
    skip_unavailable: Field[bool | Unset] = Field("skip_unavailable", BOOL)
    """ If true, skip this cluster during search if it is disconnected. Default: false """
    info: Field[RemoteResourceInfo | Unset] = Field("info", model("RemoteResourceInfo", "remote_resource_info"))
    """ Information about a Remote Cluster. """

    def __init__(
        self,
        *,
        deployment_id: str,
        elasticsearch_ref_id: str,
        alias: str,
        skip_unavailable: bool | Unset = UNSET,
        info: RemoteResourceInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            deployment_id=deployment_id,
            elasticsearch_ref_id=elasticsearch_ref_id,
            alias=alias,
            skip_unavailable=skip_unavailable,
            info=info,
        )
