from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.match_query import MatchQuery


class QueryContainerMatch(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("MatchQuery", "match_query")

    def __init__(
        self,
        **additional_properties: MatchQuery,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> MatchQuery: ...

        def __setitem__(self, key: str, value: MatchQuery) -> None: ...

        @property
        def additional_properties(self) -> dict[str, MatchQuery]: ...
