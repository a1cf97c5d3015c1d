from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, Field, Model

if TYPE_CHECKING:
    pass


class PlatformResourcesSummary(Model):
    """Information about resources.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether all resources are healthy """
    available_count: Field[int] = Field("available_count", INT, required=True)
    """ Number of available resources """
    used_count: Field[int] = Field("used_count", INT, required=True)
    """ Number of used resources """
    missing_count: Field[int] = Field("missing_count", INT, required=True)
    """ Number of missing resources """
    minimum_available_count: Field[int] = Field("minimum_available_count", INT, required=True)
    """ Minimum number of available resources """
    account_count: Field[int] = Field("account_count", INT, required=True)
    """ Number of accounts """

    def __init__(
        self,
        *,
        healthy: bool,
        available_count: int,
        used_count: int,
        missing_count: int,
        minimum_available_count: int,
        account_count: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            available_count=available_count,
            used_count=used_count,
            missing_count=missing_count,
            minimum_available_count=minimum_available_count,
            account_count=account_count,
        )
