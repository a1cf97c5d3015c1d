from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model, list_of, model

if TYPE_CHECKING:
    pass


class ContainerConfigHostConfigPortBindings(Model):
    """Map of ports that should be exposed on the host.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = list_of(model("PortBinding"))

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
