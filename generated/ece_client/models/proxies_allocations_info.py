from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ProxiesAllocationsInfo(Model):
    """The allocation status for a specified type, such as Elasticsearch, Kibana, or APM. The status is part of the
    overall proxy health information.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    allocations_type: Field[str] = Field("allocations_type", STR, required=True)
    """ The type of proxy allocations (e.g. Elasticsearch, Kibana, APM) """
    max_allocations: Field[int] = Field("max_allocations", INT, required=True)
    """ The maximum number of allocations """
    proxies_at_max_allocations: Field[int] = Field("proxies_at_max_allocations", INT, required=True)
    """ The number of proxies that have the maximum number of allocations """

    def __init__(
        self,
        *,
        allocations_type: str,
        max_allocations: int,
        proxies_at_max_allocations: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            allocations_type=allocations_type,
            max_allocations=max_allocations,
            proxies_at_max_allocations=proxies_at_max_allocations,
        )
