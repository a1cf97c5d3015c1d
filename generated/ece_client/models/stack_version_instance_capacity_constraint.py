from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model

if TYPE_CHECKING:
    pass


class StackVersionInstanceCapacityConstraint(Model):
    """The Elasticsearch instance, Kibana instance, APM Server capacity constraints for an Elastic Stack node type.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    min_: Field[int] = Field("min", INT, required=True)
    """ Min capacity of the instances """
    max_: Field[int] = Field("max", INT, required=True)
    """ Max capacity of the instances """

    def __init__(
        self,
        *,
        min_: int,
        max_: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            min_=min_,
            max_=max_,
        )
