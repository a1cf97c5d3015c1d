from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reply_warning import ReplyWarning


class DeploymentResourceCommandResponse(Model):
    """Response returned when a command is successfully issued against a given Deployment resource

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    warnings: Field[list[ReplyWarning] | Unset] = Field("warnings", list_of(model("ReplyWarning", "reply_warning")))
    """ List of warnings generated from validating command """

    def __init__(
        self,
        *,
        warnings: list[ReplyWarning] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            warnings=warnings,
        )
