from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ZkAcl(Model):
    """Represents a Zookeeper ACL permission

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    perms: Field[int] = Field("perms", INT, required=True)
    """ ZK static permissions for admin/all/create/read/write/delete """
    scheme: Field[str] = Field("scheme", STR, required=True)
    """ Zookeeper ACL scheme """
    id: Field[str] = Field("id", STR, required=True)
    """ Identity within provided scheme """

    def __init__(
        self,
        *,
        perms: int,
        scheme: str,
        id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            perms=perms,
            scheme=scheme,
            id=id,
        )
