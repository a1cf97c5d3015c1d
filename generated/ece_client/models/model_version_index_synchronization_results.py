from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.model_version_index_synchronization_results_results import (
        ModelVersionIndexSynchronizationResultsResults,
    )


class ModelVersionIndexSynchronizationResults(Model):
    """Results from synchronizing indices by model version

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    results: Field[ModelVersionIndexSynchronizationResultsResults] = Field(
        "results",
        model("ModelVersionIndexSynchronizationResultsResults", "model_version_index_synchronization_results_results"),
        required=True,
    )
    """ The results of synchronizing indices organized by model version """

    def __init__(
        self,
        *,
        results: ModelVersionIndexSynchronizationResultsResults,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            results=results,
        )
