from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_create_request import DeploymentCreateRequest
    from ..models.kibana_deeplink import KibanaDeeplink
    from ..models.metadata_item import MetadataItem


class DeploymentTemplateRequestBody(Model):
    """Request body to create or update a Deployment Template

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ A human readable name for the template. """
    deployment_template: Field[DeploymentCreateRequest] = Field(
        "deployment_template", model("DeploymentCreateRequest", "deployment_create_request"), required=True
    )
    """ The body of the deployment template to use for creating a deployment. """
    description: Field[str | Unset] = Field("description", STR)
    """ An optional description for the template. """
    system_owned: Field[bool | Unset] = Field("system_owned", BOOL)
    """ Whether or not if this is system owned template. """
    metadata: Field[list[MetadataItem] | Unset] = Field("metadata", list_of(model("MetadataItem", "metadata_item")))
    """ Optional arbitrary metadata to associate with this template. """
    order: Field[int | Unset] = Field("order", INT)
    """ Determines the order in which this template should be returned when listed. Templates are returned in
    ascending order. If not specified, then the template willbe appended to the end of the list. """
    hidden: Field[bool | Unset] = Field("hidden", BOOL)
    """ Whether or not the deployment template is hidden by default. """
    min_version: Field[str | Unset] = Field("min_version", STR)
    """ Minimum stack version required by this template, if any. """
    template_category_id: Field[str | Unset] = Field("template_category_id", STR)
    """ Provider and version agnostic template identifier used for grouping related template types. """
    kibana_deeplink: Field[list[KibanaDeeplink] | Unset] = Field(
        "kibana_deeplink", list_of(model("KibanaDeeplink", "kibana_deeplink"))
    )
    """ The Kibana Deeplink for this type of deployment. """

    def __init__(
        self,
        *,
        name: str,
        deployment_template: DeploymentCreateRequest,
        description: str | Unset = UNSET,
        system_owned: bool | Unset = UNSET,
        metadata: list[MetadataItem] | Unset = UNSET,
        order: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        min_version: str | Unset = UNSET,
        template_category_id: str | Unset = UNSET,
        kibana_deeplink: list[KibanaDeeplink] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            deployment_template=deployment_template,
            description=description,
            system_owned=system_owned,
            metadata=metadata,
            order=order,
            hidden=hidden,
            min_version=min_version,
            template_category_id=template_category_id,
            kibana_deeplink=kibana_deeplink,
        )
