from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.cluster_metadata_info_raw import ClusterMetadataInfoRaw
    from ..models.cluster_metadata_port_info import ClusterMetadataPortInfo
    from ..models.service_url import ServiceUrl


class ClusterMetadataInfo(Model):
    """Information about the public and internal state, and the configuration settings of an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[int] = Field("version", INT, required=True)
    """ The resource version number of the cluster metadata """
    last_modified: Field[datetime.datetime] = Field("last_modified", DATETIME, required=True)
    """ The most recent time the cluster metadata was changed (ISO format in UTC) """
    endpoint: Field[str | Unset] = Field("endpoint", STR)
    """ The DNS name of the cluster endpoint, if available """
    service_url: Field[str | Unset] = Field("service_url", STR)
    """ The full URL to access this deployment resource """
    aliased_endpoint: Field[str | Unset] = Field("aliased_endpoint", STR)
    """ The DNS name of the cluster endpoint derived from the deployment alias, if available """
    aliased_url: Field[str | Unset] = Field("aliased_url", STR)
    """ The full aliased URL to access this deployment resource """
    cloud_id: Field[str | Unset] = Field("cloud_id", STR)
    """ The cloud ID, an encoded string that provides other Elastic services with the necessary information to
    connect to this Elasticsearch and Kibana (only present if both exist) """
    raw: Field[ClusterMetadataInfoRaw | Unset] = Field(
        "raw", model("ClusterMetadataInfoRaw", "cluster_metadata_info_raw")
    )
    """ An unstructured JSON representation of the public and internal state (can be filtered out via URL
    parameter). The contents and structure of the `raw` field can change at any time. """
    ports: Field[ClusterMetadataPortInfo | Unset] = Field(
        "ports", model("ClusterMetadataPortInfo", "cluster_metadata_port_info")
    )
    """ The ports that allow communication with the cluster using various protocols. """
    services_urls: Field[list[ServiceUrl] | Unset] = Field("services_urls", list_of(model("ServiceUrl", "service_url")))
    """ A list of the URLs to access services that the resource provides at this time. Note that if the service is
    not running or has not started yet, the URL to access it won't be available """

    def __init__(
        self,
        *,
        version: int,
        last_modified: datetime.datetime,
        endpoint: str | Unset = UNSET,
        service_url: str | Unset = UNSET,
        aliased_endpoint: str | Unset = UNSET,
        aliased_url: str | Unset = UNSET,
        cloud_id: str | Unset = UNSET,
        raw: ClusterMetadataInfoRaw | Unset = UNSET,
        ports: ClusterMetadataPortInfo | Unset = UNSET,
        services_urls: list[ServiceUrl] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            last_modified=last_modified,
            endpoint=endpoint,
            service_url=service_url,
            aliased_endpoint=aliased_endpoint,
            aliased_url=aliased_url,
            cloud_id=cloud_id,
            raw=raw,
            ports=ports,
            services_urls=services_urls,
        )
