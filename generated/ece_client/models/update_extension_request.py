from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_extension_request_extension_type import UpdateExtensionRequestExtensionType


class UpdateExtensionRequest(Model):
    """The body of a request to update an extension

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ The extension name. """
    extension_type: Field[UpdateExtensionRequestExtensionType] = Field(
        "extension_type",
        enum("UpdateExtensionRequestExtensionType", "update_extension_request_extension_type"),
        required=True,
    )
    """ The extension type. """
    version: Field[str] = Field("version", STR, required=True)
    """ The Elasticsearch version. """
    description: Field[str | Unset] = Field("description", STR)
    """ The extension description. """
    download_url: Field[str | Unset] = Field("download_url", STR)
    """ The URL to download the extension archive. """

    def __init__(
        self,
        *,
        name: str,
        extension_type: UpdateExtensionRequestExtensionType,
        version: str,
        description: str | Unset = UNSET,
        download_url: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            extension_type=extension_type,
            version=version,
            description=description,
            download_url=download_url,
        )
