from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class DeploymentResourceUpgradeResponse(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    resource_id: Field[str] = Field("resource_id", STR, required=True)
    stack_version: Field[str] = Field("stack_version", STR, required=True)

    def __init__(
        self,
        *,
        resource_id: str,
        stack_version: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            resource_id=resource_id,
            stack_version=stack_version,
        )
