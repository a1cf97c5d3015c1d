from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterPlanWarning(Model):
    """Information about a warning from a plan.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    code: Field[str] = Field("code", STR, required=True)
    """ A unique warning code """
    message: Field[str] = Field("message", STR, required=True)
    """ A description of the warning """
    step_id: Field[str | Unset] = Field("step_id", STR)
    """ The ID of the step which produced a warning, if any """

    def __init__(
        self,
        *,
        code: str,
        message: str,
        step_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            code=code,
            message=message,
            step_id=step_id,
        )
