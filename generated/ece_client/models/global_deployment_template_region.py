from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_deeplink import KibanaDeeplink


class GlobalDeploymentTemplateRegion(Model):
    """Region-specific details about a template.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    region_id: Field[str] = Field("region_id", STR, required=True)
    """ The region identifier. """
    deployment_template_id: Field[str] = Field("deployment_template_id", STR, required=True)
    """ The (region-specific) ID of the deployment template. """
    versions: Field[list[str]] = Field("versions", list_of(STR), required=True)
    """ Versions supported in this region. """
    kibana_deeplink: Field[list[KibanaDeeplink] | Unset] = Field(
        "kibana_deeplink", list_of(model("KibanaDeeplink", "kibana_deeplink"))
    )
    """ The Kibana Deeplink for this type of deployment. """

    def __init__(
        self,
        *,
        region_id: str,
        deployment_template_id: str,
        versions: list[str],
        kibana_deeplink: list[KibanaDeeplink] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            region_id=region_id,
            deployment_template_id=deployment_template_id,
            versions=versions,
            kibana_deeplink=kibana_deeplink,
        )
