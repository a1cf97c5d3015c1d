from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model

if TYPE_CHECKING:
    pass


class ConfigStoreOption(Model):
    """Information about the Config Store options.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Name of this Config Store Option """
    value: Field[str] = Field("value", STR, required=True)
    """ Value of this Config Store Option """
    changed: Field[bool] = Field("changed", BOOL, required=True)
    """ Whether or not this Config Store Option has changed """

    def __init__(
        self,
        *,
        name: str,
        value: str,
        changed: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            value=value,
            changed=changed,
        )
