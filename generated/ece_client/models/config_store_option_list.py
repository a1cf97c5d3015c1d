from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.config_store_option import ConfigStoreOption


class ConfigStoreOptionList(Model):
    """A list of Config Store values.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    values: Field[list[ConfigStoreOption]] = Field(
        "values", list_of(model("ConfigStoreOption", "config_store_option")), required=True
    )
    """ List of Config Store Options """

    def __init__(
        self,
        *,
        values: list[ConfigStoreOption],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            values=values,
        )
