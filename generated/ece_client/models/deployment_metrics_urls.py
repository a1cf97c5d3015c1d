from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import STR, Model

if TYPE_CHECKING:
    pass


class DeploymentMetricsUrls(Model):
    """The URLs to view this deployment's metrics in Kibana

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = STR

    def __init__(
        self,
        **additional_properties: str,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> str: ...

        def __setitem__(self, key: str, value: str) -> None: ...

        @property
        def additional_properties(self) -> dict[str, str]: ...
