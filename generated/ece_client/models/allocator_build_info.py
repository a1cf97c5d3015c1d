from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class AllocatorBuildInfo(Model):
    """Information about the build that is running on the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    commit_hash: Field[str | Unset] = Field("commit_hash", STR)
    """ Git commit hash """
    version: Field[str | Unset] = Field("version", STR)
    """ Version of the artifact """

    def __init__(
        self,
        *,
        commit_hash: str | Unset = UNSET,
        version: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            commit_hash=commit_hash,
            version=version,
        )
