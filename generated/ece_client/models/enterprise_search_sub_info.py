from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_sub_info_links import EnterpriseSearchSubInfoLinks


class EnterpriseSearchSubInfo(Model):
    """Information about the APM Servers associated with the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enterprise_search_id: Field[str] = Field("enterprise_search_id", STR, required=True)
    """ The Enterprise Search Id """
    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether the associated Enterprise Search is currently available """
    links: Field[EnterpriseSearchSubInfoLinks | Unset] = Field(
        "links", model("EnterpriseSearchSubInfoLinks", "enterprise_search_sub_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """

    def __init__(
        self,
        *,
        enterprise_search_id: str,
        enabled: bool,
        links: EnterpriseSearchSubInfoLinks | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enterprise_search_id=enterprise_search_id,
            enabled=enabled,
            links=links,
        )
