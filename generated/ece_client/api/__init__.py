"""The ECE API's operations, grouped by the spec's first tag.

`SyncGroups` and `AsyncGroups` give a client one attribute per group (`ece.deployments`),
created on first use so that a client imports only the groups it touches.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounts import AccountsAPI, AsyncAccountsAPI
    from .authentication import AsyncAuthenticationAPI, AuthenticationAPI
    from .billing_costs_analysis import AsyncBillingCostsAnalysisAPI, BillingCostsAnalysisAPI
    from .comments import AsyncCommentsAPI, CommentsAPI
    from .deployment_templates import AsyncDeploymentTemplatesAPI, DeploymentTemplatesAPI
    from .deployments import AsyncDeploymentsAPI, DeploymentsAPI
    from .deployments_traffic_filter import AsyncDeploymentsTrafficFilterAPI, DeploymentsTrafficFilterAPI
    from .extensions import AsyncExtensionsAPI, ExtensionsAPI
    from .organizations import AsyncOrganizationsAPI, OrganizationsAPI
    from .platform import AsyncPlatformAPI, PlatformAPI
    from .platform_configuration_instances import (
        AsyncPlatformConfigurationInstancesAPI,
        PlatformConfigurationInstancesAPI,
    )
    from .platform_configuration_networking import (
        AsyncPlatformConfigurationNetworkingAPI,
        PlatformConfigurationNetworkingAPI,
    )
    from .platform_configuration_security import AsyncPlatformConfigurationSecurityAPI, PlatformConfigurationSecurityAPI
    from .platform_configuration_snapshots import (
        AsyncPlatformConfigurationSnapshotsAPI,
        PlatformConfigurationSnapshotsAPI,
    )
    from .platform_configuration_templates import (
        AsyncPlatformConfigurationTemplatesAPI,
        PlatformConfigurationTemplatesAPI,
    )
    from .platform_configuration_trust_relationships import (
        AsyncPlatformConfigurationTrustRelationshipsAPI,
        PlatformConfigurationTrustRelationshipsAPI,
    )
    from .platform_infrastructure import AsyncPlatformInfrastructureAPI, PlatformInfrastructureAPI
    from .stack import AsyncStackAPI, StackAPI
    from .telemetry import AsyncTelemetryAPI, TelemetryAPI
    from .trusted_environments import AsyncTrustedEnvironmentsAPI, TrustedEnvironmentsAPI
    from .user_role_assignments import AsyncUserRoleAssignmentsAPI, UserRoleAssignmentsAPI
    from .users import AsyncUsersAPI, UsersAPI

GROUPS = (
    "accounts",
    "authentication",
    "billing_costs_analysis",
    "comments",
    "deployment_templates",
    "deployments",
    "deployments_traffic_filter",
    "extensions",
    "organizations",
    "platform",
    "platform_configuration_instances",
    "platform_configuration_networking",
    "platform_configuration_security",
    "platform_configuration_snapshots",
    "platform_configuration_templates",
    "platform_configuration_trust_relationships",
    "platform_infrastructure",
    "stack",
    "telemetry",
    "trusted_environments",
    "user_role_assignments",
    "users",
)
"""The attribute name of every operation group."""


class SyncGroups:
    """One attribute per operation group, for the sync client."""

    @cached_property
    def accounts(self) -> AccountsAPI:
        """The `accounts` operations."""
        from .accounts import AccountsAPI

        return AccountsAPI(self)

    @cached_property
    def authentication(self) -> AuthenticationAPI:
        """The `authentication` operations."""
        from .authentication import AuthenticationAPI

        return AuthenticationAPI(self)

    @cached_property
    def billing_costs_analysis(self) -> BillingCostsAnalysisAPI:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import BillingCostsAnalysisAPI

        return BillingCostsAnalysisAPI(self)

    @cached_property
    def comments(self) -> CommentsAPI:
        """The `comments` operations."""
        from .comments import CommentsAPI

        return CommentsAPI(self)

    @cached_property
    def deployment_templates(self) -> DeploymentTemplatesAPI:
        """The `deployment_templates` operations."""
        from .deployment_templates import DeploymentTemplatesAPI

        return DeploymentTemplatesAPI(self)

    @cached_property
    def deployments(self) -> DeploymentsAPI:
        """The `deployments` operations."""
        from .deployments import DeploymentsAPI

        return DeploymentsAPI(self)

    @cached_property
    def deployments_traffic_filter(self) -> DeploymentsTrafficFilterAPI:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import DeploymentsTrafficFilterAPI

        return DeploymentsTrafficFilterAPI(self)

    @cached_property
    def extensions(self) -> ExtensionsAPI:
        """The `extensions` operations."""
        from .extensions import ExtensionsAPI

        return ExtensionsAPI(self)

    @cached_property
    def organizations(self) -> OrganizationsAPI:
        """The `organizations` operations."""
        from .organizations import OrganizationsAPI

        return OrganizationsAPI(self)

    @cached_property
    def platform(self) -> PlatformAPI:
        """The `platform` operations."""
        from .platform import PlatformAPI

        return PlatformAPI(self)

    @cached_property
    def platform_configuration_instances(self) -> PlatformConfigurationInstancesAPI:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import PlatformConfigurationInstancesAPI

        return PlatformConfigurationInstancesAPI(self)

    @cached_property
    def platform_configuration_networking(self) -> PlatformConfigurationNetworkingAPI:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import PlatformConfigurationNetworkingAPI

        return PlatformConfigurationNetworkingAPI(self)

    @cached_property
    def platform_configuration_security(self) -> PlatformConfigurationSecurityAPI:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import PlatformConfigurationSecurityAPI

        return PlatformConfigurationSecurityAPI(self)

    @cached_property
    def platform_configuration_snapshots(self) -> PlatformConfigurationSnapshotsAPI:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import PlatformConfigurationSnapshotsAPI

        return PlatformConfigurationSnapshotsAPI(self)

    @cached_property
    def platform_configuration_templates(self) -> PlatformConfigurationTemplatesAPI:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import PlatformConfigurationTemplatesAPI

        return PlatformConfigurationTemplatesAPI(self)

    @cached_property
    def platform_configuration_trust_relationships(self) -> PlatformConfigurationTrustRelationshipsAPI:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import PlatformConfigurationTrustRelationshipsAPI

        return PlatformConfigurationTrustRelationshipsAPI(self)

    @cached_property
    def platform_infrastructure(self) -> PlatformInfrastructureAPI:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import PlatformInfrastructureAPI

        return PlatformInfrastructureAPI(self)

    @cached_property
    def stack(self) -> StackAPI:
        """The `stack` operations."""
        from .stack import StackAPI

        return StackAPI(self)

    @cached_property
    def telemetry(self) -> TelemetryAPI:
        """The `telemetry` operations."""
        from .telemetry import TelemetryAPI

        return TelemetryAPI(self)

    @cached_property
    def trusted_environments(self) -> TrustedEnvironmentsAPI:
        """The `trusted_environments` operations."""
        from .trusted_environments import TrustedEnvironmentsAPI

        return TrustedEnvironmentsAPI(self)

    @cached_property
    def user_role_assignments(self) -> UserRoleAssignmentsAPI:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import UserRoleAssignmentsAPI

        return UserRoleAssignmentsAPI(self)

    @cached_property
    def users(self) -> UsersAPI:
        """The `users` operations."""
        from .users import UsersAPI

        return UsersAPI(self)


class AsyncGroups:
    """One attribute per operation group, for the asyncio client."""

    @cached_property
    def accounts(self) -> AsyncAccountsAPI:
        """The `accounts` operations."""
        from .accounts import AsyncAccountsAPI

        return AsyncAccountsAPI(self)

    @cached_property
    def authentication(self) -> AsyncAuthenticationAPI:
        """The `authentication` operations."""
        from .authentication import AsyncAuthenticationAPI

        return AsyncAuthenticationAPI(self)

    @cached_property
    def billing_costs_analysis(self) -> AsyncBillingCostsAnalysisAPI:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import AsyncBillingCostsAnalysisAPI

        return AsyncBillingCostsAnalysisAPI(self)

    @cached_property
    def comments(self) -> AsyncCommentsAPI:
        """The `comments` operations."""
        from .comments import AsyncCommentsAPI

        return AsyncCommentsAPI(self)

    @cached_property
    def deployment_templates(self) -> AsyncDeploymentTemplatesAPI:
        """The `deployment_templates` operations."""
        from .deployment_templates import AsyncDeploymentTemplatesAPI

        return AsyncDeploymentTemplatesAPI(self)

    @cached_property
    def deployments(self) -> AsyncDeploymentsAPI:
        """The `deployments` operations."""
        from .deployments import AsyncDeploymentsAPI

        return AsyncDeploymentsAPI(self)

    @cached_property
    def deployments_traffic_filter(self) -> AsyncDeploymentsTrafficFilterAPI:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import AsyncDeploymentsTrafficFilterAPI

        return AsyncDeploymentsTrafficFilterAPI(self)

    @cached_property
    def extensions(self) -> AsyncExtensionsAPI:
        """The `extensions` operations."""
        from .extensions import AsyncExtensionsAPI

        return AsyncExtensionsAPI(self)

    @cached_property
    def organizations(self) -> AsyncOrganizationsAPI:
        """The `organizations` operations."""
        from .organizations import AsyncOrganizationsAPI

        return AsyncOrganizationsAPI(self)

    @cached_property
    def platform(self) -> AsyncPlatformAPI:
        """The `platform` operations."""
        from .platform import AsyncPlatformAPI

        return AsyncPlatformAPI(self)

    @cached_property
    def platform_configuration_instances(self) -> AsyncPlatformConfigurationInstancesAPI:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import AsyncPlatformConfigurationInstancesAPI

        return AsyncPlatformConfigurationInstancesAPI(self)

    @cached_property
    def platform_configuration_networking(self) -> AsyncPlatformConfigurationNetworkingAPI:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import AsyncPlatformConfigurationNetworkingAPI

        return AsyncPlatformConfigurationNetworkingAPI(self)

    @cached_property
    def platform_configuration_security(self) -> AsyncPlatformConfigurationSecurityAPI:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import AsyncPlatformConfigurationSecurityAPI

        return AsyncPlatformConfigurationSecurityAPI(self)

    @cached_property
    def platform_configuration_snapshots(self) -> AsyncPlatformConfigurationSnapshotsAPI:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import AsyncPlatformConfigurationSnapshotsAPI

        return AsyncPlatformConfigurationSnapshotsAPI(self)

    @cached_property
    def platform_configuration_templates(self) -> AsyncPlatformConfigurationTemplatesAPI:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import AsyncPlatformConfigurationTemplatesAPI

        return AsyncPlatformConfigurationTemplatesAPI(self)

    @cached_property
    def platform_configuration_trust_relationships(self) -> AsyncPlatformConfigurationTrustRelationshipsAPI:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import AsyncPlatformConfigurationTrustRelationshipsAPI

        return AsyncPlatformConfigurationTrustRelationshipsAPI(self)

    @cached_property
    def platform_infrastructure(self) -> AsyncPlatformInfrastructureAPI:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import AsyncPlatformInfrastructureAPI

        return AsyncPlatformInfrastructureAPI(self)

    @cached_property
    def stack(self) -> AsyncStackAPI:
        """The `stack` operations."""
        from .stack import AsyncStackAPI

        return AsyncStackAPI(self)

    @cached_property
    def telemetry(self) -> AsyncTelemetryAPI:
        """The `telemetry` operations."""
        from .telemetry import AsyncTelemetryAPI

        return AsyncTelemetryAPI(self)

    @cached_property
    def trusted_environments(self) -> AsyncTrustedEnvironmentsAPI:
        """The `trusted_environments` operations."""
        from .trusted_environments import AsyncTrustedEnvironmentsAPI

        return AsyncTrustedEnvironmentsAPI(self)

    @cached_property
    def user_role_assignments(self) -> AsyncUserRoleAssignmentsAPI:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import AsyncUserRoleAssignmentsAPI

        return AsyncUserRoleAssignmentsAPI(self)

    @cached_property
    def users(self) -> AsyncUsersAPI:
        """The `users` operations."""
        from .users import AsyncUsersAPI

        return AsyncUsersAPI(self)
