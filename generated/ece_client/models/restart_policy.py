from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class RestartPolicy(Model):
    """A policy that is applied when a container unexpectedly exits

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Identifier for the policy. """
    maximum_retry_count: Field[int | Unset] = Field("maximum_retry_count", INT)
    """ Maximum number of times to re-try before giving up """

    def __init__(
        self,
        *,
        name: str,
        maximum_retry_count: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            maximum_retry_count=maximum_retry_count,
        )
