from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ClusterCredentials(Model):
    """The username and password for the new Elasticsearch cluster, which is returned from the Elasticsearch cluster
    `create` command.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    username: Field[str] = Field("username", STR, required=True)
    """ The username of the newly created cluster """
    password: Field[str] = Field("password", STR, required=True)
    """ The password of the newly created cluster """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            username=username,
            password=password,
        )
