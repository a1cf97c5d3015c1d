from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.deployments_listing_data import DeploymentsListingData


class DeploymentsListResponse(Model):
    """Contains a list of deployments

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    deployments: Field[list[DeploymentsListingData]] = Field(
        "deployments", list_of(model("DeploymentsListingData", "deployments_listing_data")), required=True
    )
    """ The deployments """

    def __init__(
        self,
        *,
        deployments: list[DeploymentsListingData],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            deployments=deployments,
        )
