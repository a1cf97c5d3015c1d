from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ContainersEntryOptionsACL(Model):
    """ZooKeeper ACL information.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ Identity within the provided scheme. """
    perms: Field[int] = Field("perms", INT, required=True)
    """ Permissions """
    scheme: Field[str] = Field("scheme", STR, required=True)
    """ Auth scheme, in Elastic Cloud this is usually "digest" """

    def __init__(
        self,
        *,
        id: str,
        perms: int,
        scheme: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            perms=perms,
            scheme=scheme,
        )
