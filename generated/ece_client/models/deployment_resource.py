from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_credentials import ClusterCredentials
    from ..models.reply_warning import ReplyWarning


class DeploymentResource(Model):
    """Data for a deployment resource

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ A locally-unique friendly alias for this Elasticsearch cluster """
    id: Field[str] = Field("id", STR, required=True)
    """ A system-unique id for the created resource """
    kind: Field[str] = Field("kind", STR, required=True)
    """ The kind of resource """
    region: Field[str] = Field("region", STR, required=True)
    """ Identifier of the region in which this resource runs. """
    elasticsearch_cluster_ref_id: Field[str | Unset] = Field("elasticsearch_cluster_ref_id", STR)
    """ The Elasticsearch cluster that this resource depends on. """
    cloud_id: Field[str | Unset] = Field("cloud_id", STR)
    """ An encoded string that provides other Elastic services with the necessary information to connect to this
    Elasticsearch and Kibana """
    credentials: Field[ClusterCredentials | Unset] = Field(
        "credentials", model("ClusterCredentials", "cluster_credentials")
    )
    """ Credentials for logging into a created resource. Only provided on initial create and absent otherwise. """
    secret_token: Field[str | Unset] = Field("secret_token", STR)
    """ Secret token for using a created resource. Only provided on initial create and absent otherwise. """
    warnings: Field[list[ReplyWarning] | Unset] = Field("warnings", list_of(model("ReplyWarning", "reply_warning")))
    """ List of warnings generated from validating resource updates """

    def __init__(
        self,
        *,
        ref_id: str,
        id: str,
        kind: str,
        region: str,
        elasticsearch_cluster_ref_id: str | Unset = UNSET,
        cloud_id: str | Unset = UNSET,
        credentials: ClusterCredentials | Unset = UNSET,
        secret_token: str | Unset = UNSET,
        warnings: list[ReplyWarning] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            id=id,
            kind=kind,
            region=region,
            elasticsearch_cluster_ref_id=elasticsearch_cluster_ref_id,
            cloud_id=cloud_id,
            credentials=credentials,
            secret_token=secret_token,
            warnings=warnings,
        )
