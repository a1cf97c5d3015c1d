"""The ECE API's operations, grouped by the spec's first tag.

`SyncGroups` and `AsyncGroups` give a client one attribute per group (`ece.deployments`),
created on first use so that a client imports only the groups it touches.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounts import Accounts, AsyncAccounts
    from .authentication import AsyncAuthentication, Authentication
    from .billing_costs_analysis import AsyncBillingCostsAnalysis, BillingCostsAnalysis
    from .comments import AsyncComments, Comments
    from .deployment_templates import AsyncDeploymentTemplates, DeploymentTemplates
    from .deployments import AsyncDeployments, Deployments
    from .deployments_traffic_filter import AsyncDeploymentsTrafficFilter, DeploymentsTrafficFilter
    from .extensions import AsyncExtensions, Extensions
    from .organizations import AsyncOrganizations, Organizations
    from .platform import AsyncPlatform, Platform
    from .platform_configuration_instances import AsyncPlatformConfigurationInstances, PlatformConfigurationInstances
    from .platform_configuration_networking import AsyncPlatformConfigurationNetworking, PlatformConfigurationNetworking
    from .platform_configuration_security import AsyncPlatformConfigurationSecurity, PlatformConfigurationSecurity
    from .platform_configuration_snapshots import AsyncPlatformConfigurationSnapshots, PlatformConfigurationSnapshots
    from .platform_configuration_templates import AsyncPlatformConfigurationTemplates, PlatformConfigurationTemplates
    from .platform_configuration_trust_relationships import (
        AsyncPlatformConfigurationTrustRelationships,
        PlatformConfigurationTrustRelationships,
    )
    from .platform_infrastructure import AsyncPlatformInfrastructure, PlatformInfrastructure
    from .stack import AsyncStack, Stack
    from .telemetry import AsyncTelemetry, Telemetry
    from .trusted_environments import AsyncTrustedEnvironments, TrustedEnvironments
    from .user_role_assignments import AsyncUserRoleAssignments, UserRoleAssignments
    from .users import AsyncUsers, Users

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
    def accounts(self) -> Accounts:
        """The `accounts` operations."""
        from .accounts import Accounts

        return Accounts(self)

    @cached_property
    def authentication(self) -> Authentication:
        """The `authentication` operations."""
        from .authentication import Authentication

        return Authentication(self)

    @cached_property
    def billing_costs_analysis(self) -> BillingCostsAnalysis:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import BillingCostsAnalysis

        return BillingCostsAnalysis(self)

    @cached_property
    def comments(self) -> Comments:
        """The `comments` operations."""
        from .comments import Comments

        return Comments(self)

    @cached_property
    def deployment_templates(self) -> DeploymentTemplates:
        """The `deployment_templates` operations."""
        from .deployment_templates import DeploymentTemplates

        return DeploymentTemplates(self)

    @cached_property
    def deployments(self) -> Deployments:
        """The `deployments` operations."""
        from .deployments import Deployments

        return Deployments(self)

    @cached_property
    def deployments_traffic_filter(self) -> DeploymentsTrafficFilter:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import DeploymentsTrafficFilter

        return DeploymentsTrafficFilter(self)

    @cached_property
    def extensions(self) -> Extensions:
        """The `extensions` operations."""
        from .extensions import Extensions

        return Extensions(self)

    @cached_property
    def organizations(self) -> Organizations:
        """The `organizations` operations."""
        from .organizations import Organizations

        return Organizations(self)

    @cached_property
    def platform(self) -> Platform:
        """The `platform` operations."""
        from .platform import Platform

        return Platform(self)

    @cached_property
    def platform_configuration_instances(self) -> PlatformConfigurationInstances:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import PlatformConfigurationInstances

        return PlatformConfigurationInstances(self)

    @cached_property
    def platform_configuration_networking(self) -> PlatformConfigurationNetworking:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import PlatformConfigurationNetworking

        return PlatformConfigurationNetworking(self)

    @cached_property
    def platform_configuration_security(self) -> PlatformConfigurationSecurity:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import PlatformConfigurationSecurity

        return PlatformConfigurationSecurity(self)

    @cached_property
    def platform_configuration_snapshots(self) -> PlatformConfigurationSnapshots:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import PlatformConfigurationSnapshots

        return PlatformConfigurationSnapshots(self)

    @cached_property
    def platform_configuration_templates(self) -> PlatformConfigurationTemplates:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import PlatformConfigurationTemplates

        return PlatformConfigurationTemplates(self)

    @cached_property
    def platform_configuration_trust_relationships(self) -> PlatformConfigurationTrustRelationships:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import PlatformConfigurationTrustRelationships

        return PlatformConfigurationTrustRelationships(self)

    @cached_property
    def platform_infrastructure(self) -> PlatformInfrastructure:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import PlatformInfrastructure

        return PlatformInfrastructure(self)

    @cached_property
    def stack(self) -> Stack:
        """The `stack` operations."""
        from .stack import Stack

        return Stack(self)

    @cached_property
    def telemetry(self) -> Telemetry:
        """The `telemetry` operations."""
        from .telemetry import Telemetry

        return Telemetry(self)

    @cached_property
    def trusted_environments(self) -> TrustedEnvironments:
        """The `trusted_environments` operations."""
        from .trusted_environments import TrustedEnvironments

        return TrustedEnvironments(self)

    @cached_property
    def user_role_assignments(self) -> UserRoleAssignments:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import UserRoleAssignments

        return UserRoleAssignments(self)

    @cached_property
    def users(self) -> Users:
        """The `users` operations."""
        from .users import Users

        return Users(self)


class AsyncGroups:
    """One attribute per operation group, for the asyncio client."""

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """The `accounts` operations."""
        from .accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        """The `authentication` operations."""
        from .authentication import AsyncAuthentication

        return AsyncAuthentication(self)

    @cached_property
    def billing_costs_analysis(self) -> AsyncBillingCostsAnalysis:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import AsyncBillingCostsAnalysis

        return AsyncBillingCostsAnalysis(self)

    @cached_property
    def comments(self) -> AsyncComments:
        """The `comments` operations."""
        from .comments import AsyncComments

        return AsyncComments(self)

    @cached_property
    def deployment_templates(self) -> AsyncDeploymentTemplates:
        """The `deployment_templates` operations."""
        from .deployment_templates import AsyncDeploymentTemplates

        return AsyncDeploymentTemplates(self)

    @cached_property
    def deployments(self) -> AsyncDeployments:
        """The `deployments` operations."""
        from .deployments import AsyncDeployments

        return AsyncDeployments(self)

    @cached_property
    def deployments_traffic_filter(self) -> AsyncDeploymentsTrafficFilter:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import AsyncDeploymentsTrafficFilter

        return AsyncDeploymentsTrafficFilter(self)

    @cached_property
    def extensions(self) -> AsyncExtensions:
        """The `extensions` operations."""
        from .extensions import AsyncExtensions

        return AsyncExtensions(self)

    @cached_property
    def organizations(self) -> AsyncOrganizations:
        """The `organizations` operations."""
        from .organizations import AsyncOrganizations

        return AsyncOrganizations(self)

    @cached_property
    def platform(self) -> AsyncPlatform:
        """The `platform` operations."""
        from .platform import AsyncPlatform

        return AsyncPlatform(self)

    @cached_property
    def platform_configuration_instances(self) -> AsyncPlatformConfigurationInstances:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import AsyncPlatformConfigurationInstances

        return AsyncPlatformConfigurationInstances(self)

    @cached_property
    def platform_configuration_networking(self) -> AsyncPlatformConfigurationNetworking:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import AsyncPlatformConfigurationNetworking

        return AsyncPlatformConfigurationNetworking(self)

    @cached_property
    def platform_configuration_security(self) -> AsyncPlatformConfigurationSecurity:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import AsyncPlatformConfigurationSecurity

        return AsyncPlatformConfigurationSecurity(self)

    @cached_property
    def platform_configuration_snapshots(self) -> AsyncPlatformConfigurationSnapshots:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import AsyncPlatformConfigurationSnapshots

        return AsyncPlatformConfigurationSnapshots(self)

    @cached_property
    def platform_configuration_templates(self) -> AsyncPlatformConfigurationTemplates:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import AsyncPlatformConfigurationTemplates

        return AsyncPlatformConfigurationTemplates(self)

    @cached_property
    def platform_configuration_trust_relationships(self) -> AsyncPlatformConfigurationTrustRelationships:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import AsyncPlatformConfigurationTrustRelationships

        return AsyncPlatformConfigurationTrustRelationships(self)

    @cached_property
    def platform_infrastructure(self) -> AsyncPlatformInfrastructure:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import AsyncPlatformInfrastructure

        return AsyncPlatformInfrastructure(self)

    @cached_property
    def stack(self) -> AsyncStack:
        """The `stack` operations."""
        from .stack import AsyncStack

        return AsyncStack(self)

    @cached_property
    def telemetry(self) -> AsyncTelemetry:
        """The `telemetry` operations."""
        from .telemetry import AsyncTelemetry

        return AsyncTelemetry(self)

    @cached_property
    def trusted_environments(self) -> AsyncTrustedEnvironments:
        """The `trusted_environments` operations."""
        from .trusted_environments import AsyncTrustedEnvironments

        return AsyncTrustedEnvironments(self)

    @cached_property
    def user_role_assignments(self) -> AsyncUserRoleAssignments:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import AsyncUserRoleAssignments

        return AsyncUserRoleAssignments(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """The `users` operations."""
        from .users import AsyncUsers

        return AsyncUsers(self)
