from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchUserBundle(Model):
    """A list of admin-uploaded bundle objects, such as scripts and synonym files.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ The name of the bundle """
    url: Field[str] = Field("url", STR, required=True)
    """ The URL of the bundle, which must be accessible from the ECE infrastructure. This URL could be cached by
    platform, make sure to change it when updating the bundle """
    elasticsearch_version: Field[str] = Field("elasticsearch_version", STR, required=True)
    """ The supported Elasticsearch version (must match the version in the plan) """

    def __init__(
        self,
        *,
        name: str,
        url: str,
        elasticsearch_version: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            url=url,
            elasticsearch_version=elasticsearch_version,
        )
