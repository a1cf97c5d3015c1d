from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model

if TYPE_CHECKING:
    pass


class ProxyAllocationCounts(Model):
    """The number of proxy allocations.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    allocations: Field[int] = Field("allocations", INT, required=True)
    """ The allocations count. """
    connectors: Field[int] = Field("connectors", INT, required=True)
    """ The connector count. """

    def __init__(
        self,
        *,
        allocations: int,
        connectors: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            allocations=allocations,
            connectors=connectors,
        )
