from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm import Apm
    from ..models.app_search import AppSearch
    from ..models.elasticsearch import Elasticsearch
    from ..models.enterprise_search import EnterpriseSearch
    from ..models.integrations_server import IntegrationsServer
    from ..models.kibana import Kibana


class Creates(Model):
    """Holds diagnostics for resources that will be created

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[Elasticsearch] | Unset] = Field(
        "elasticsearch", list_of(model("Elasticsearch", "elasticsearch"))
    )
    """ Diagnostics for Elasticsearch clusters """
    kibana: Field[list[Kibana] | Unset] = Field("kibana", list_of(model("Kibana", "kibana")))
    """ Diagnostics for Kibanas """
    apm: Field[list[Apm] | Unset] = Field("apm", list_of(model("Apm", "apm")))
    """ Diagnostics for APMs """
    integrations_server: Field[list[IntegrationsServer] | Unset] = Field(
        "integrations_server", list_of(model("IntegrationsServer", "integrations_server"))
    )
    """ Diagnostics for Integrations Server """
    appsearch: Field[list[AppSearch] | Unset] = Field("appsearch", list_of(model("AppSearch", "app_search")))
    """ Diagnostics for AppSearches """
    enterprise_search: Field[list[EnterpriseSearch] | Unset] = Field(
        "enterprise_search", list_of(model("EnterpriseSearch", "enterprise_search"))
    )
    """ Diagnostics for Enterprise Search resources """

    def __init__(
        self,
        *,
        elasticsearch: list[Elasticsearch] | Unset = UNSET,
        kibana: list[Kibana] | Unset = UNSET,
        apm: list[Apm] | Unset = UNSET,
        integrations_server: list[IntegrationsServer] | Unset = UNSET,
        appsearch: list[AppSearch] | Unset = UNSET,
        enterprise_search: list[EnterpriseSearch] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            kibana=kibana,
            apm=apm,
            integrations_server=integrations_server,
            appsearch=appsearch,
            enterprise_search=enterprise_search,
        )
