from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization


class OrganizationList(Model):
    """A collection of Organizations

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    organizations: Field[list[Organization]] = Field(
        "organizations", list_of(model("Organization", "organization")), required=True
    )
    """ The list of organizations """
    next_page: Field[str | Unset] = Field("next_page", STR)
    """ A cursor to get the next page of results """

    def __init__(
        self,
        *,
        organizations: list[Organization],
        next_page: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            organizations=organizations,
            next_page=next_page,
        )
