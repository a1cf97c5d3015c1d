"""The `deployments_traffic_filter` operations: as methods of `DeploymentsTrafficFilterAPI` (sync) and `AsyncDeploymentsTrafficFilterAPI`.

Each operation's module here (``deployments_traffic_filter.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.filter_association import FilterAssociation
    from ...models.ruleset_associations import RulesetAssociations
    from ...models.traffic_filter_claimed_link_id_info import TrafficFilterClaimedLinkIdInfo
    from ...models.traffic_filter_claimed_link_id_request import TrafficFilterClaimedLinkIdRequest
    from ...models.traffic_filter_claimed_link_ids import TrafficFilterClaimedLinkIds
    from ...models.traffic_filter_ruleset_info import TrafficFilterRulesetInfo
    from ...models.traffic_filter_ruleset_request import TrafficFilterRulesetRequest
    from ...models.traffic_filter_ruleset_response import TrafficFilterRulesetResponse
    from ...models.traffic_filter_rulesets import TrafficFilterRulesets
    from ...models.traffic_filter_settings import TrafficFilterSettings
    from ...types import File


class DeploymentsTrafficFilterAPI(SyncResource):
    """The `deployments_traffic_filter` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DeploymentsTrafficFilterAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import DeploymentsTrafficFilterAPIWithRawResponse

        return DeploymentsTrafficFilterAPIWithRawResponse(self._client)

    def get_traffic_filter_deployment_ruleset_associations(
        self,
        association_type: str,
        associated_entity_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterSettings:
        """Get associated rulesets

        Retrieves the rulesets associated with a deployment.

        `GET /deployments/traffic-filter/associations/{association_type}/{associated_entity_id}/rulesets`

        Args:
            association_type (str): Association type
            associated_entity_id (str): Associated entity ID
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_traffic_filter_deployment_ruleset_associations as _operation

        return self._call(
            _operation,
            _operation.build_request(
                association_type,
                associated_entity_id,
            ),
            request_options,
        )

    def get_traffic_filter_claimed_link_ids(
        self,
        *,
        region: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterClaimedLinkIds:
        """List traffic filter claimed link id

        List all of the traffic filter claimed link id.

        `GET /deployments/traffic-filter/link-ids`

        Args:
            region (str | Unset): If provided limits the claimed id to that region only.
            organization_id (str | Unset): Retrieves a list of resources that are associated to the
                specified organization ID. It only takes effect if the user is an admin.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterClaimedLinkIds

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_traffic_filter_claimed_link_ids as _operation

        return self._call(
            _operation,
            _operation.build_request(
                region=region,
                organization_id=organization_id,
            ),
            request_options,
        )

    def claim_traffic_filter_link_id(
        self,
        *,
        body: TrafficFilterClaimedLinkIdRequest,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterClaimedLinkIdInfo:
        """Claim a link id

        Claim the ownership of a link id.

        `POST /deployments/traffic-filter/link-ids/_claim`

        Args:
            body (TrafficFilterClaimedLinkIdRequest): The specification for traffic filter claimed
                link id.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterClaimedLinkIdInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import claim_traffic_filter_link_id as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def unclaim_traffic_filter_link_id(
        self,
        *,
        body: TrafficFilterClaimedLinkIdRequest,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Unclaims a link id

        Unclaims the ownership of a link id.

        `POST /deployments/traffic-filter/link-ids/_unclaim`

        Args:
            body (TrafficFilterClaimedLinkIdRequest): The specification for traffic filter claimed
                link id.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import unclaim_traffic_filter_link_id as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_traffic_filter_rulesets(
        self,
        *,
        include_associations: bool | Unset = UNSET,
        region: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterRulesets:
        """List traffic filter rulesets

        List all of the traffic filter rulesets.

        `GET /deployments/traffic-filter/rulesets`

        Args:
            include_associations (bool | Unset): Retrieves a list of resources that are associated to
                the specified ruleset. Default: False.
            region (str | Unset): If provided limits the rulesets to that region only.
            organization_id (str | Unset): Retrieves a list of resources that are associated to the
                specified organization ID. It only takes effect if the user is an admin.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterRulesets

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_traffic_filter_rulesets as _operation

        return self._call(
            _operation,
            _operation.build_request(
                include_associations=include_associations,
                region=region,
                organization_id=organization_id,
            ),
            request_options,
        )

    def create_traffic_filter_ruleset(
        self,
        *,
        body: TrafficFilterRulesetRequest,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterRulesetResponse:
        """Create a ruleset

        Creates a ruleset that consists of a set of rules.

        `POST /deployments/traffic-filter/rulesets`

        Args:
            body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterRulesetResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_traffic_filter_ruleset as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_traffic_filter_ruleset(
        self,
        ruleset_id: str,
        *,
        include_associations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterRulesetInfo:
        """Retrieves the ruleset by ID.

        Retrieves a list of resources that are associated to the specified ruleset.

        `GET /deployments/traffic-filter/rulesets/{ruleset_id}`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            include_associations (bool | Unset): Retrieves a list of resources that are associated to
                the specified ruleset. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterRulesetInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_traffic_filter_ruleset as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
                include_associations=include_associations,
            ),
            request_options,
        )

    def update_traffic_filter_ruleset(
        self,
        ruleset_id: str,
        *,
        body: TrafficFilterRulesetRequest,
        request_options: RequestOptions | None = None,
    ) -> TrafficFilterRulesetResponse:
        """Updates a ruleset

        Updates the ruleset with the definition.

        `PUT /deployments/traffic-filter/rulesets/{ruleset_id}`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrafficFilterRulesetResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_traffic_filter_ruleset as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
                body=body,
            ),
            request_options,
        )

    def delete_traffic_filter_ruleset(
        self,
        ruleset_id: str,
        *,
        ignore_associations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete a ruleset

        Deletes the ruleset by ID.

        `DELETE /deployments/traffic-filter/rulesets/{ruleset_id}`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            ignore_associations (bool | Unset): When true, ignores the associations and deletes the
                ruleset. When false, recognizes the associations, which prevents the deletion of the rule
                set. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_traffic_filter_ruleset as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
                ignore_associations=ignore_associations,
            ),
            request_options,
        )

    def get_traffic_filter_ruleset_deployment_associations(
        self,
        ruleset_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RulesetAssociations:
        """Get associated deployments

        Retrieves a list of deployments that are associated to the specified ruleset.

        `GET /deployments/traffic-filter/rulesets/{ruleset_id}/associations`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RulesetAssociations

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_traffic_filter_ruleset_deployment_associations as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
            ),
            request_options,
        )

    def create_traffic_filter_ruleset_association(
        self,
        ruleset_id: str,
        *,
        body: FilterAssociation,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Create ruleset association

        Applies the ruleset to the specified deployment.

        `POST /deployments/traffic-filter/rulesets/{ruleset_id}/associations`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            body (FilterAssociation): The association with a ruleset or user auth token for a
                deployment, template, or product.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_traffic_filter_ruleset_association as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
                body=body,
            ),
            request_options,
        )

    def delete_traffic_filter_ruleset_association(
        self,
        ruleset_id: str,
        association_type: str,
        associated_entity_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete ruleset association

        Deletes the traffic rules in the ruleset from the deployment.

        `DELETE /deployments/traffic-filter/rulesets/{ruleset_id}/associations/{association_type}/{associated_entity_id}`

        Args:
            ruleset_id (str): The mandatory ruleset ID.
            association_type (str): Association type
            associated_entity_id (str): Associated entity ID
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_traffic_filter_ruleset_association as _operation

        return self._call(
            _operation,
            _operation.build_request(
                ruleset_id,
                association_type,
                associated_entity_id,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncDeploymentsTrafficFilterAPI as AsyncDeploymentsTrafficFilterAPI
    from ._async_raw import (
        AsyncDeploymentsTrafficFilterAPIWithRawResponse as AsyncDeploymentsTrafficFilterAPIWithRawResponse,
    )
    from ._raw import DeploymentsTrafficFilterAPIWithRawResponse as DeploymentsTrafficFilterAPIWithRawResponse
else:
    _LAZY = {
        "AsyncDeploymentsTrafficFilterAPI": "._async",
        "DeploymentsTrafficFilterAPIWithRawResponse": "._raw",
        "AsyncDeploymentsTrafficFilterAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `DeploymentsTrafficFilterAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncDeploymentsTrafficFilterAPI",
    "AsyncDeploymentsTrafficFilterAPIWithRawResponse",
    "DeploymentsTrafficFilterAPI",
    "DeploymentsTrafficFilterAPIWithRawResponse",
]
