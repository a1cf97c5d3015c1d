from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class EnrollmentTokenRequest(Model):
    """An enrollment token request for one or more services.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    persistent: Field[bool] = Field("persistent", BOOL, required=True)
    """ Whether this token can subsequently to its grant be revoked from the UI """
    roles: Field[list[str] | Unset] = Field("roles", list_of(STR))
    """ The additional services for which this enrollment token applies (empty if not specified, ie system services
    only) """
    validity_in_seconds: Field[int | Unset] = Field("validity_in_seconds", INT)
    """ The time in seconds for which this token is valid (defaults to 1 hour). Currently this can only be set for
    ephemeral (persistent: false) tokens. """

    def __init__(
        self,
        *,
        persistent: bool,
        roles: list[str] | Unset = UNSET,
        validity_in_seconds: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            persistent=persistent,
            roles=roles,
            validity_in_seconds=validity_in_seconds,
        )
