from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_diagnostics import DeploymentDiagnostics
    from ..models.deployment_resource import DeploymentResource


class DeploymentCreateResponse(Model):
    """A response returned from the Deployment create endpoint

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the deployment """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the deployment """
    created: Field[bool] = Field("created", BOOL, required=True)
    """ Whether or not the deployment was freshly created """
    resources: Field[list[DeploymentResource]] = Field(
        "resources", list_of(model("DeploymentResource", "deployment_resource")), required=True
    )
    """ List of created resources. """
    alias: Field[str | Unset] = Field("alias", STR)
    """ A user-defined deployment alias for user-friendly resource URLs """
    diagnostics: Field[DeploymentDiagnostics | Unset] = Field(
        "diagnostics", model("DeploymentDiagnostics", "deployment_diagnostics")
    )
    """ Backend diagnostics. Sent if validation is requested. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        created: bool,
        resources: list[DeploymentResource],
        alias: str | Unset = UNSET,
        diagnostics: DeploymentDiagnostics | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            created=created,
            resources=resources,
            alias=alias,
            diagnostics=diagnostics,
        )
