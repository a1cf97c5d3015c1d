from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ContainersEntryOptionsAuth(Model):
    """ZooKeeper Authentication information.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    scheme: Field[str] = Field("scheme", STR, required=True)
    """ Scheme identifier, usually "digest" """
    auth: Field[str] = Field("auth", STR, required=True)
    """ Plain-text auth. For the "digest" scheme """

    def __init__(
        self,
        *,
        scheme: str,
        auth: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            scheme=scheme,
            auth=auth,
        )
