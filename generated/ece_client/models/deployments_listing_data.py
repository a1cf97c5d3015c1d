from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.deployment_resource import DeploymentResource


class DeploymentsListingData(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of this deployment """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of this deployment """
    resources: Field[list[DeploymentResource]] = Field(
        "resources", list_of(model("DeploymentResource", "deployment_resource")), required=True
    )
    """ List of resources in this deployment """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        resources: list[DeploymentResource],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            resources=resources,
        )
