from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.index_pattern import IndexPattern


class EnableIlmRequest(Model):
    """Request sent to enable ILM on a deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    index_patterns: Field[list[IndexPattern]] = Field(
        "index_patterns", list_of(model("IndexPattern", "index_pattern")), required=True
    )
    """ A locally-unique user-specified id for Kibana """

    def __init__(
        self,
        *,
        index_patterns: list[IndexPattern],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            index_patterns=index_patterns,
        )
