from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.trust_relationship_get_response import TrustRelationshipGetResponse


class TrustRelationshipsListResponse(Model):
    """Contains a list of trust relationships

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    trust_relationships: Field[list[TrustRelationshipGetResponse]] = Field(
        "trust_relationships",
        list_of(model("TrustRelationshipGetResponse", "trust_relationship_get_response")),
        required=True,
    )
    """ The trust relationships """

    def __init__(
        self,
        *,
        trust_relationships: list[TrustRelationshipGetResponse],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            trust_relationships=trust_relationships,
        )
