from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.repository_config import RepositoryConfig


class RepositoryConfigs(Model):
    """A list of snapshot repository configurations.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    configs: Field[list[RepositoryConfig]] = Field(
        "configs", list_of(model("RepositoryConfig", "repository_config")), required=True
    )
    """ List of snapshot configurations """

    def __init__(
        self,
        *,
        configs: list[RepositoryConfig],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            configs=configs,
        )
