from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.stack_version_config import StackVersionConfig


class StackVersionConfigs(Model):
    """The details for multiple Elastic Stack configurations.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    stacks: Field[list[StackVersionConfig]] = Field(
        "stacks", list_of(model("StackVersionConfig", "stack_version_config")), required=True
    )

    def __init__(
        self,
        *,
        stacks: list[StackVersionConfig],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            stacks=stacks,
        )
