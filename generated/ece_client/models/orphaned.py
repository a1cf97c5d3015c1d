from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.orphaned_elasticsearch import OrphanedElasticsearch


class Orphaned(Model):
    """Details about orphaned resources.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[OrphanedElasticsearch]] = Field(
        "elasticsearch", list_of(model("OrphanedElasticsearch", "orphaned_elasticsearch")), required=True
    )
    """ List of orphaned Elasticsearch resources """
    kibana: Field[list[str]] = Field("kibana", list_of(STR), required=True)
    """ List of orphaned Kibana resource ids """
    apm: Field[list[str]] = Field("apm", list_of(STR), required=True)
    """ List of orphaned APM resource ids """
    appsearch: Field[list[str]] = Field("appsearch", list_of(STR), required=True)
    """ List of orphaned AppSearch resource ids """
    enterprise_search: Field[list[str]] = Field("enterprise_search", list_of(STR), required=True)
    """ List of orphaned Enterprise Search resource ids """
    integrations_server: Field[list[str]] = Field("integrations_server", list_of(STR), required=True)
    """ List of orphaned Integrations Server resource ids """

    def __init__(
        self,
        *,
        elasticsearch: list[OrphanedElasticsearch],
        kibana: list[str],
        apm: list[str],
        appsearch: list[str],
        enterprise_search: list[str],
        integrations_server: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            kibana=kibana,
            apm=apm,
            appsearch=appsearch,
            enterprise_search=enterprise_search,
            integrations_server=integrations_server,
        )
