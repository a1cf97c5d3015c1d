from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.range_query import RangeQuery


class QueryContainerRange(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("RangeQuery", "range_query")

    def __init__(
        self,
        **additional_properties: RangeQuery,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> RangeQuery: ...

        def __setitem__(self, key: str, value: RangeQuery) -> None: ...

        @property
        def additional_properties(self) -> dict[str, RangeQuery]: ...
