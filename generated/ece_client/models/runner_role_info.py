from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class RunnerRoleInfo(Model):
    """Information about a runner role.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    role_name: Field[str] = Field("role_name", STR, required=True)
    """ Name of the role """

    def __init__(
        self,
        *,
        role_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            role_name=role_name,
        )
