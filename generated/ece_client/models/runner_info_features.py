from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import BOOL, Model

if TYPE_CHECKING:
    pass


class RunnerInfoFeatures(Model):
    """State of features of the runner

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = BOOL

    def __init__(
        self,
        **additional_properties: bool,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> bool: ...

        def __setitem__(self, key: str, value: bool) -> None: ...

        @property
        def additional_properties(self) -> dict[str, bool]: ...
