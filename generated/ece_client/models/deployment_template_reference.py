from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class DeploymentTemplateReference(Model):
    """Specifies the deployment template used to create the plan.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The unique identifier of the deployment template """
    version: Field[str | Unset] = Field("version", STR)
    """ A version identifier to disambiguate multiple revisions of the same template """

    def __init__(
        self,
        *,
        id: str,
        version: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            version=version,
        )
