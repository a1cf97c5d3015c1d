from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extension_extension_type import ExtensionExtensionType
    from ..models.extension_file_metadata import ExtensionFileMetadata


class Extension(Model):
    """An API extension. It represents clusters' plugins and bundles

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The extension ID """
    name: Field[str] = Field("name", STR, required=True)
    """ The extension name. """
    url: Field[str] = Field("url", STR, required=True)
    """ The extension URL to be used in the plan. """
    extension_type: Field[ExtensionExtensionType] = Field(
        "extension_type", enum("ExtensionExtensionType", "extension_extension_type"), required=True
    )
    """ The extension type. """
    version: Field[str] = Field("version", STR, required=True)
    """ The Elasticsearch version. """
    description: Field[str | Unset] = Field("description", STR)
    """ The extension description. """
    download_url: Field[str | Unset] = Field("download_url", STR)
    """ The download URL specified during extension creation. """
    deployments: Field[list[str] | Unset] = Field("deployments", list_of(STR))
    """ List of deployments using this extension. Up to only 10000 deployments will be included in the list. """
    file_metadata: Field[ExtensionFileMetadata | Unset] = Field(
        "file_metadata", model("ExtensionFileMetadata", "extension_file_metadata")
    )
    """ The extension file metadata. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        url: str,
        extension_type: ExtensionExtensionType,
        version: str,
        description: str | Unset = UNSET,
        download_url: str | Unset = UNSET,
        deployments: list[str] | Unset = UNSET,
        file_metadata: ExtensionFileMetadata | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            url=url,
            extension_type=extension_type,
            version=version,
            description=description,
            download_url=download_url,
            deployments=deployments,
            file_metadata=file_metadata,
        )
