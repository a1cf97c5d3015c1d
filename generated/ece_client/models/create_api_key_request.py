from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_assignments import RoleAssignments


class CreateApiKeyRequest(Model):
    """The request payload that creates the API keys.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    description: Field[str] = Field("description", STR, required=True)
    """ API key description. Useful if there are multiple keys """
    expiration: Field[str | Unset] = Field("expiration", STR)
    """ The optional expiration for the API key, provided as a duration (ex: '1d', '3h') """
    role_assignments: Field[RoleAssignments | Unset] = Field(
        "role_assignments", model("RoleAssignments", "role_assignments")
    )
    """ The optional roles for the API key. Takes the role of the creator if not specified. Currently unavailable in
    self-hosted ECE. """

    def __init__(
        self,
        *,
        description: str,
        expiration: str | Unset = UNSET,
        role_assignments: RoleAssignments | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            description=description,
            expiration=expiration,
            role_assignments=role_assignments,
        )
