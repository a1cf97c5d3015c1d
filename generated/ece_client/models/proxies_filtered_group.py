from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxies_filter import ProxiesFilter


class ProxiesFilteredGroup(Model):
    """A set of proxy filters with an expected number of matching proxies.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    filters: Field[list[ProxiesFilter]] = Field(
        "filters", list_of(model("ProxiesFilter", "proxies_filter")), required=True
    )
    """ Filters to be matched """
    expected_proxies_count: Field[int] = Field("expected_proxies_count", INT, required=True)
    """ Expected minimum number of proxies matching all filters in this group """
    id: Field[str | Unset] = Field("id", STR)
    """ Identifier of the filtered group of proxies """

    def __init__(
        self,
        *,
        filters: list[ProxiesFilter],
        expected_proxies_count: int,
        id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            filters=filters,
            expected_proxies_count=expected_proxies_count,
            id=id,
        )
