from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.constructor_health_status import ConstructorHealthStatus


class ConstructorInfo(Model):
    """Information about the constructor.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    status: Field[ConstructorHealthStatus] = Field(
        "status", model("ConstructorHealthStatus", "constructor_health_status"), required=True
    )
    """ The health status of the constructor. """
    constructor_id: Field[str] = Field("constructor_id", STR, required=True)
    """ Identifier for this constructor """

    def __init__(
        self,
        *,
        status: ConstructorHealthStatus,
        constructor_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            status=status,
            constructor_id=constructor_id,
        )
