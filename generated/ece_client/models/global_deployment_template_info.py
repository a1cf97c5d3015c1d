from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_deployment_template_region import GlobalDeploymentTemplateRegion
    from ..models.metadata_item import MetadataItem


class GlobalDeploymentTemplateInfo(Model):
    """The top-level model for global (regionless) templates.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Long name of the Template """
    description: Field[str] = Field("description", STR, required=True)
    """ An optional description for the template. """
    order: Field[int] = Field("order", INT, required=True)
    """ The order in which the templates should be displayed in the front-end. """
    regions: Field[list[GlobalDeploymentTemplateRegion]] = Field(
        "regions", list_of(model("GlobalDeploymentTemplateRegion", "global_deployment_template_region")), required=True
    )
    """ List of regions this template is used in. """
    template_category_id: Field[str | Unset] = Field("template_category_id", STR)
    """ Provider agnostic template identifier. """
    metadata: Field[list[MetadataItem] | Unset] = Field("metadata", list_of(model("MetadataItem", "metadata_item")))
    """ Optional arbitrary metadata to associate with this template. """

    def __init__(
        self,
        *,
        name: str,
        description: str,
        order: int,
        regions: list[GlobalDeploymentTemplateRegion],
        template_category_id: str | Unset = UNSET,
        metadata: list[MetadataItem] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            description=description,
            order=order,
            regions=regions,
            template_category_id=template_category_id,
            metadata=metadata,
        )
