"""One attribute per operation group, for the asyncio client (`AsyncECE`): imported with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _group

if TYPE_CHECKING:
    from .accounts import AsyncAccountsAPI
    from .authentication import AsyncAuthenticationAPI
    from .billing_costs_analysis import AsyncBillingCostsAnalysisAPI
    from .comments import AsyncCommentsAPI
    from .deployment_templates import AsyncDeploymentTemplatesAPI
    from .deployments import AsyncDeploymentsAPI
    from .deployments_traffic_filter import AsyncDeploymentsTrafficFilterAPI
    from .extensions import AsyncExtensionsAPI
    from .organizations import AsyncOrganizationsAPI
    from .platform import AsyncPlatformAPI
    from .platform_configuration_instances import AsyncPlatformConfigurationInstancesAPI
    from .platform_configuration_networking import AsyncPlatformConfigurationNetworkingAPI
    from .platform_configuration_security import AsyncPlatformConfigurationSecurityAPI
    from .platform_configuration_snapshots import AsyncPlatformConfigurationSnapshotsAPI
    from .platform_configuration_templates import AsyncPlatformConfigurationTemplatesAPI
    from .platform_configuration_trust_relationships import AsyncPlatformConfigurationTrustRelationshipsAPI
    from .platform_infrastructure import AsyncPlatformInfrastructureAPI
    from .stack import AsyncStackAPI
    from .telemetry import AsyncTelemetryAPI
    from .trusted_environments import AsyncTrustedEnvironmentsAPI
    from .user_role_assignments import AsyncUserRoleAssignmentsAPI
    from .users import AsyncUsersAPI


class AsyncGroups:
    """One attribute per operation group, for the asyncio client."""

    @property
    def accounts(self) -> AsyncAccountsAPI:
        """The `accounts` operations."""
        from .accounts import AsyncAccountsAPI

        return _group(self, "accounts", AsyncAccountsAPI)

    @property
    def authentication(self) -> AsyncAuthenticationAPI:
        """The `authentication` operations."""
        from .authentication import AsyncAuthenticationAPI

        return _group(self, "authentication", AsyncAuthenticationAPI)

    @property
    def billing_costs_analysis(self) -> AsyncBillingCostsAnalysisAPI:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import AsyncBillingCostsAnalysisAPI

        return _group(self, "billing_costs_analysis", AsyncBillingCostsAnalysisAPI)

    @property
    def comments(self) -> AsyncCommentsAPI:
        """The `comments` operations."""
        from .comments import AsyncCommentsAPI

        return _group(self, "comments", AsyncCommentsAPI)

    @property
    def deployment_templates(self) -> AsyncDeploymentTemplatesAPI:
        """The `deployment_templates` operations."""
        from .deployment_templates import AsyncDeploymentTemplatesAPI

        return _group(self, "deployment_templates", AsyncDeploymentTemplatesAPI)

    @property
    def deployments(self) -> AsyncDeploymentsAPI:
        """The `deployments` operations."""
        from .deployments import AsyncDeploymentsAPI

        return _group(self, "deployments", AsyncDeploymentsAPI)

    @property
    def deployments_traffic_filter(self) -> AsyncDeploymentsTrafficFilterAPI:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import AsyncDeploymentsTrafficFilterAPI

        return _group(self, "deployments_traffic_filter", AsyncDeploymentsTrafficFilterAPI)

    @property
    def extensions(self) -> AsyncExtensionsAPI:
        """The `extensions` operations."""
        from .extensions import AsyncExtensionsAPI

        return _group(self, "extensions", AsyncExtensionsAPI)

    @property
    def organizations(self) -> AsyncOrganizationsAPI:
        """The `organizations` operations."""
        from .organizations import AsyncOrganizationsAPI

        return _group(self, "organizations", AsyncOrganizationsAPI)

    @property
    def platform(self) -> AsyncPlatformAPI:
        """The `platform` operations."""
        from .platform import AsyncPlatformAPI

        return _group(self, "platform", AsyncPlatformAPI)

    @property
    def platform_configuration_instances(self) -> AsyncPlatformConfigurationInstancesAPI:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import AsyncPlatformConfigurationInstancesAPI

        return _group(self, "platform_configuration_instances", AsyncPlatformConfigurationInstancesAPI)

    @property
    def platform_configuration_networking(self) -> AsyncPlatformConfigurationNetworkingAPI:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import AsyncPlatformConfigurationNetworkingAPI

        return _group(self, "platform_configuration_networking", AsyncPlatformConfigurationNetworkingAPI)

    @property
    def platform_configuration_security(self) -> AsyncPlatformConfigurationSecurityAPI:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import AsyncPlatformConfigurationSecurityAPI

        return _group(self, "platform_configuration_security", AsyncPlatformConfigurationSecurityAPI)

    @property
    def platform_configuration_snapshots(self) -> AsyncPlatformConfigurationSnapshotsAPI:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import AsyncPlatformConfigurationSnapshotsAPI

        return _group(self, "platform_configuration_snapshots", AsyncPlatformConfigurationSnapshotsAPI)

    @property
    def platform_configuration_templates(self) -> AsyncPlatformConfigurationTemplatesAPI:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import AsyncPlatformConfigurationTemplatesAPI

        return _group(self, "platform_configuration_templates", AsyncPlatformConfigurationTemplatesAPI)

    @property
    def platform_configuration_trust_relationships(self) -> AsyncPlatformConfigurationTrustRelationshipsAPI:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import AsyncPlatformConfigurationTrustRelationshipsAPI

        return _group(
            self, "platform_configuration_trust_relationships", AsyncPlatformConfigurationTrustRelationshipsAPI
        )

    @property
    def platform_infrastructure(self) -> AsyncPlatformInfrastructureAPI:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import AsyncPlatformInfrastructureAPI

        return _group(self, "platform_infrastructure", AsyncPlatformInfrastructureAPI)

    @property
    def stack(self) -> AsyncStackAPI:
        """The `stack` operations."""
        from .stack import AsyncStackAPI

        return _group(self, "stack", AsyncStackAPI)

    @property
    def telemetry(self) -> AsyncTelemetryAPI:
        """The `telemetry` operations."""
        from .telemetry import AsyncTelemetryAPI

        return _group(self, "telemetry", AsyncTelemetryAPI)

    @property
    def trusted_environments(self) -> AsyncTrustedEnvironmentsAPI:
        """The `trusted_environments` operations."""
        from .trusted_environments import AsyncTrustedEnvironmentsAPI

        return _group(self, "trusted_environments", AsyncTrustedEnvironmentsAPI)

    @property
    def user_role_assignments(self) -> AsyncUserRoleAssignmentsAPI:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import AsyncUserRoleAssignmentsAPI

        return _group(self, "user_role_assignments", AsyncUserRoleAssignmentsAPI)

    @property
    def users(self) -> AsyncUsersAPI:
        """The `users` operations."""
        from .users import AsyncUsersAPI

        return _group(self, "users", AsyncUsersAPI)


__all__ = ["AsyncGroups"]
