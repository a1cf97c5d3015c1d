from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchClusterUser(Model):
    """The information about an Elasticsearch cluster user.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    username: Field[str] = Field("username", STR, required=True)
    """ The username """
    password_hash: Field[str] = Field("password_hash", STR, required=True)
    """ The hashed password """

    def __init__(
        self,
        *,
        username: str,
        password_hash: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            username=username,
            password_hash=password_hash,
        )
