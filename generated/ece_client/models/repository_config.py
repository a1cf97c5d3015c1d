from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.repository_config_config import RepositoryConfigConfig


class RepositoryConfig(Model):
    """The snapshot repository configuration.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    repository_name: Field[str] = Field("repository_name", STR, required=True)
    """ Elasticsearch snapshot repository name """
    config: Field[RepositoryConfigConfig] = Field(
        "config", model("RepositoryConfigConfig", "repository_config_config"), required=True
    )
    """ Elasticsearch configuration JSON for a snapshot repository """

    def __init__(
        self,
        *,
        repository_name: str,
        config: RepositoryConfigConfig,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            repository_name=repository_name,
            config=config,
        )
