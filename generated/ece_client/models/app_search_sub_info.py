from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_sub_info_links import AppSearchSubInfoLinks


class AppSearchSubInfo(Model):
    """Information about the APM Servers associated with the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    app_search_id: Field[str] = Field("app_search_id", STR, required=True)
    """ The App Search Id """
    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether the associated App Search is currently available """
    links: Field[AppSearchSubInfoLinks | Unset] = Field(
        "links", model("AppSearchSubInfoLinks", "app_search_sub_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """

    def __init__(
        self,
        *,
        app_search_id: str,
        enabled: bool,
        links: AppSearchSubInfoLinks | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            app_search_id=app_search_id,
            enabled=enabled,
            links=links,
        )
