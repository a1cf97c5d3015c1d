from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.prefix_query import PrefixQuery


class QueryContainerPrefix(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("PrefixQuery", "prefix_query")

    def __init__(
        self,
        **additional_properties: PrefixQuery,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> PrefixQuery: ...

        def __setitem__(self, key: str, value: PrefixQuery) -> None: ...

        @property
        def additional_properties(self) -> dict[str, PrefixQuery]: ...
