from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_sub_info_links import ApmSubInfoLinks


class ApmSubInfo(Model):
    """Information about the APM Servers associated with the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    apm_id: Field[str] = Field("apm_id", STR, required=True)
    """ The APM cluster Id """
    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether the associated APM cluster is currently available """
    links: Field[ApmSubInfoLinks | Unset] = Field("links", model("ApmSubInfoLinks", "apm_sub_info_links"))
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """

    def __init__(
        self,
        *,
        apm_id: str,
        enabled: bool,
        links: ApmSubInfoLinks | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            apm_id=apm_id,
            enabled=enabled,
            links=links,
        )
