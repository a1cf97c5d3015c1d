from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orphaned import Orphaned


class DeploymentShutdownResponse(Model):
    """A response returned from the Deployment shutdown endpoint

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the deployment """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the deployment """
    orphaned: Field[Orphaned | Unset] = Field("orphaned", model("Orphaned", "orphaned"))
    """ Details about orphaned resources """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        orphaned: Orphaned | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            orphaned=orphaned,
        )
