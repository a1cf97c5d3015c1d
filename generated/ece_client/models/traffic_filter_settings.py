from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class TrafficFilterSettings(Model):
    """The configuration settings for the traffic filter.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    rulesets: Field[list[str]] = Field("rulesets", list_of(STR), required=True)
    """ IDs of the traffic filter rulesets """

    def __init__(
        self,
        *,
        rulesets: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            rulesets=rulesets,
        )
