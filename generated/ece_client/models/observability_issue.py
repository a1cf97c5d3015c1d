from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ObservabilityIssue(Model):
    """Observability health issue

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    description: Field[str] = Field("description", STR, required=True)
    """ A user-friendly description of the observability health issue """
    severity: Field[str] = Field("severity", STR, required=True)
    """ Severity of the health issue """

    def __init__(
        self,
        *,
        description: str,
        severity: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            description=description,
            severity=severity,
        )
