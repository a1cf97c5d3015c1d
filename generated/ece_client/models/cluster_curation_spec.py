from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ClusterCurationSpec(Model):
    """Specifies the conditions to trigger an Elasticsearch cluster curation.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    index_pattern: Field[str] = Field("index_pattern", STR, required=True)
    """ Index matching pattern """
    trigger_interval_seconds: Field[int] = Field("trigger_interval_seconds", INT, required=True)
    """ Number of seconds after index creation to trigger this spec """

    def __init__(
        self,
        *,
        index_pattern: str,
        trigger_interval_seconds: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            index_pattern=index_pattern,
            trigger_interval_seconds=trigger_interval_seconds,
        )
