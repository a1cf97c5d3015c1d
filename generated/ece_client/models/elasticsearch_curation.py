from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchCuration(Model):
    """The structure that defines the routing settings for index curation.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    from_instance_configuration_id: Field[str] = Field("from_instance_configuration_id", STR, required=True)
    """ The source instance configuration """
    to_instance_configuration_id: Field[str] = Field("to_instance_configuration_id", STR, required=True)
    """ The destination instance configuration """

    def __init__(
        self,
        *,
        from_instance_configuration_id: str,
        to_instance_configuration_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            from_instance_configuration_id=from_instance_configuration_id,
            to_instance_configuration_id=to_instance_configuration_id,
        )
