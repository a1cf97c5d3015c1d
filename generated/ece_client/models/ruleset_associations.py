from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.filter_association import FilterAssociation


class RulesetAssociations(Model):
    """The configuration settings for the traffic filter.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    associations: Field[list[FilterAssociation]] = Field(
        "associations", list_of(model("FilterAssociation", "filter_association")), required=True
    )
    """ List of associations """
    total_associations: Field[int] = Field("total_associations", INT, required=True)
    """ Total number of associations. This includes associations the user does not have permission to view. """

    def __init__(
        self,
        *,
        associations: list[FilterAssociation],
        total_associations: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            associations=associations,
            total_associations=total_associations,
        )
