from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_search_response import DeploymentSearchResponse
    from ..models.deployments_search_response_minimal_metadata_item import DeploymentsSearchResponseMinimalMetadataItem


class DeploymentsSearchResponse(Model):
    """Contains a list of Deployments as result of a search request.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    return_count: Field[int] = Field("return_count", INT, required=True)
    """ The number of deployments actually returned, either as deployment instances or as minimalMetadata objects """
    deployments: Field[list[DeploymentSearchResponse]] = Field(
        "deployments", list_of(model("DeploymentSearchResponse", "deployment_search_response")), required=True
    )
    match_count: Field[int | Unset] = Field("match_count", INT)
    """ If a query is supplied, then the total number of deployments that matched """
    minimal_metadata: Field[list[DeploymentsSearchResponseMinimalMetadataItem] | Unset] = Field(
        "minimal_metadata",
        list_of(
            model("DeploymentsSearchResponseMinimalMetadataItem", "deployments_search_response_minimal_metadata_item")
        ),
    )
    cursor: Field[str | Unset] = Field("cursor", STR)
    """ To retrieve the next batch of deployments from this search, specify this value in the cursor field of the
    next search request. For paginated searches, it is recommended to sort on a static and unique field, like
    deployment or cluster id. A static and unique sort avoids concurrent updates causing a deployment to move
    across pages and becoming a duplicate or lost entry. The default sort of rank and modified date is often
    good for getting a particular deployment into the first page, but if a not yet seen deployment is modified
    in between page requests, then it would be left out from the next page. """

    def __init__(
        self,
        *,
        return_count: int,
        deployments: list[DeploymentSearchResponse],
        match_count: int | Unset = UNSET,
        minimal_metadata: list[DeploymentsSearchResponseMinimalMetadataItem] | Unset = UNSET,
        cursor: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            return_count=return_count,
            deployments=deployments,
            match_count=match_count,
            minimal_metadata=minimal_metadata,
            cursor=cursor,
        )
