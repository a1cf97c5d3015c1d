from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.versioned_id_response_config_version import VersionedIdResponseConfigVersion
    from ..models.versioned_id_response_config_version_updated import VersionedIdResponseConfigVersionUpdated


class VersionedIdResponse(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The ID """
    config_version: Field[VersionedIdResponseConfigVersion | Unset] = Field(
        "config_version", model("VersionedIdResponseConfigVersion", "versioned_id_response_config_version")
    )
    """ The version, if the entity is configuration controlled """
    config_version_updated: Field[VersionedIdResponseConfigVersionUpdated | Unset] = Field(
        "config_version_updated",
        model("VersionedIdResponseConfigVersionUpdated", "versioned_id_response_config_version_updated"),
    )
    """ Returns true if the update resulted in a new version of the configuration controlled entity """

    def __init__(
        self,
        *,
        id: str,
        config_version: VersionedIdResponseConfigVersion | Unset = UNSET,
        config_version_updated: VersionedIdResponseConfigVersionUpdated | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            config_version=config_version,
            config_version_updated=config_version_updated,
        )
