from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ExternalTrustRelationship(Model):
    """The trust relationship with external entities (remote environments, remote accounts...).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    trust_relationship_id: Field[str] = Field("trust_relationship_id", STR, required=True)
    """ The ID of the external trust relationship """
    trust_all: Field[bool] = Field("trust_all", BOOL, required=True)
    """ If true, all clusters in this external entity will be trusted and the `trust_allowlist` is ignored. """
    name: Field[str | Unset] = Field("name", STR)
    """ The name of the external trust relationship. Retrieved from the TrustRelationship and ignored on write. """
    trust_allowlist: Field[list[str] | Unset] = Field("trust_allowlist", list_of(STR))
    """ The list of clusters to trust. Only used when `trust_all` is false. """

    def __init__(
        self,
        *,
        trust_relationship_id: str,
        trust_all: bool,
        name: str | Unset = UNSET,
        trust_allowlist: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            trust_relationship_id=trust_relationship_id,
            trust_all=trust_all,
            name=name,
            trust_allowlist=trust_allowlist,
        )
