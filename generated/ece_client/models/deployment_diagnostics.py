from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.creates import Creates
    from ..models.updates import Updates


class DeploymentDiagnostics(Model):
    """Describes the diagnostics for a given Deployment-modifying payload

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    creates: Field[Creates | Unset] = Field("creates", model("Creates", "creates"))
    """ Diagnostics for resources to be created """
    updates: Field[Updates | Unset] = Field("updates", model("Updates", "updates"))
    """ Diagnostics for existing resources that may be updated """

    def __init__(
        self,
        *,
        creates: Creates | Unset = UNSET,
        updates: Updates | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            creates=creates,
            updates=updates,
        )
