from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.proxy_summary import ProxySummary


class ProxiesSummary(Model):
    """Summarized information about proxies.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether all proxies are healthy """
    expected_proxies_count: Field[int] = Field("expected_proxies_count", INT, required=True)
    """ Expected number of proxies """
    proxies_count: Field[int] = Field("proxies_count", INT, required=True)
    """ Total number of proxies """
    proxies: Field[list[ProxySummary]] = Field(
        "proxies", list_of(model("ProxySummary", "proxy_summary")), required=True
    )
    """ Summarized information about each proxy """

    def __init__(
        self,
        *,
        healthy: bool,
        expected_proxies_count: int,
        proxies_count: int,
        proxies: list[ProxySummary],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            expected_proxies_count=expected_proxies_count,
            proxies_count=proxies_count,
            proxies=proxies,
        )
