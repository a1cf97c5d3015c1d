from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterSnapshotRepositoryReference(Model):
    """The reference object for the Elasticsearch cluster snapshot repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    repository_name: Field[str | Unset] = Field("repository_name", STR)
    """ ECE snapshot repository name, from the '/platform/configuration/snapshots/repositories' endpoint """

    def __init__(
        self,
        *,
        repository_name: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            repository_name=repository_name,
        )
