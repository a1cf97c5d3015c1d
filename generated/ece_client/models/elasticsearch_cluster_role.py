from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class ElasticsearchClusterRole(Model):
    """The authorization information for an Elasticsearch cluster user.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    username: Field[str] = Field("username", STR, required=True)
    """ The username """
    roles: Field[list[str]] = Field("roles", list_of(STR), required=True)
    """ The list of roles for this user """

    def __init__(
        self,
        *,
        username: str,
        roles: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            username=username,
            roles=roles,
        )
