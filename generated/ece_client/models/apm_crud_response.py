from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_crud_response_diagnostics import ApmCrudResponseDiagnostics


class ApmCrudResponse(Model):
    """The response to an APM CRUD (create/update-plan) request.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    secret_token: Field[str] = Field("secret_token", STR, required=True)
    """ The secret token for accessing the server """
    apm_id: Field[str | Unset] = Field("apm_id", STR)
    """ For an operation creating or updating an APM server, the Id of that server """
    diagnostics: Field[ApmCrudResponseDiagnostics | Unset] = Field(
        "diagnostics", model("ApmCrudResponseDiagnostics", "apm_crud_response_diagnostics")
    )
    """ If the endpoint is called with URL param 'validate_only=true', then this contains advanced debug info (the
    internal plan representation) """

    def __init__(
        self,
        *,
        secret_token: str,
        apm_id: str | Unset = UNSET,
        diagnostics: ApmCrudResponseDiagnostics | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            secret_token=secret_token,
            apm_id=apm_id,
            diagnostics=diagnostics,
        )
