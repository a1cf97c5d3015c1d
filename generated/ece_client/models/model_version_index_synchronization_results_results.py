from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.index_synchronization_results import IndexSynchronizationResults


class ModelVersionIndexSynchronizationResultsResults(Model):
    """The results of synchronizing indices organized by model version

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("IndexSynchronizationResults", "index_synchronization_results")

    def __init__(
        self,
        **additional_properties: IndexSynchronizationResults,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> IndexSynchronizationResults: ...

        def __setitem__(self, key: str, value: IndexSynchronizationResults) -> None: ...

        @property
        def additional_properties(self) -> dict[str, IndexSynchronizationResults]: ...
