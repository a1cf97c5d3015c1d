from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.coordinator_candidate_info import CoordinatorCandidateInfo


class CoordinatorCandidatesSummary(Model):
    """Summarized information about coordinator candidates.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    candidates: Field[list[CoordinatorCandidateInfo]] = Field(
        "candidates", list_of(model("CoordinatorCandidateInfo", "coordinator_candidate_info")), required=True
    )
    """ Summarized information on each coordinator candidate """

    def __init__(
        self,
        *,
        candidates: list[CoordinatorCandidateInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            candidates=candidates,
        )
