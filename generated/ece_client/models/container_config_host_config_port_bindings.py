from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, list_of, model

if TYPE_CHECKING:
    from ..models.port_binding import PortBinding


class ContainerConfigHostConfigPortBindings(Model):
    """Map of ports that should be exposed on the host.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = list_of(model("PortBinding", "port_binding"))

    def __init__(
        self,
        **additional_properties: list[PortBinding],
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> list[PortBinding]: ...

        def __setitem__(self, key: str, value: list[PortBinding]) -> None: ...

        @property
        def additional_properties(self) -> dict[str, list[PortBinding]]: ...
