from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.coordinator_summary import CoordinatorSummary


class CoordinatorsSummary(Model):
    """Summarized information about coordinators.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    coordinators: Field[list[CoordinatorSummary]] = Field(
        "coordinators", list_of(model("CoordinatorSummary", "coordinator_summary")), required=True
    )
    """ Summarized information on each coordinator """

    def __init__(
        self,
        *,
        coordinators: list[CoordinatorSummary],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            coordinators=coordinators,
        )
