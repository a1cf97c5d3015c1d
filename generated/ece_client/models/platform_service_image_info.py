from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class PlatformServiceImageInfo(Model):
    """The docker image that is used to run a service.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ Id of runner that hosts the container """
    tag: Field[str] = Field("tag", STR, required=True)
    """ Image tag """
    version: Field[str] = Field("version", STR, required=True)
    """ Version of service """
    hash_: Field[str] = Field("hash", STR, required=True)
    """ Image hash code """

    def __init__(
        self,
        *,
        id: str,
        tag: str,
        version: str,
        hash_: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            tag=tag,
            version=version,
            hash_=hash_,
        )
