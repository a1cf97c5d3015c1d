"""The ECE API's operations, grouped by the spec's first tag.

`SyncGroups` and `AsyncGroups` give a client one attribute per group (`ece.deployments`),
created on first use so that a client imports only the groups it touches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .accounts import AccountsAPI
    from .authentication import AuthenticationAPI
    from .billing_costs_analysis import BillingCostsAnalysisAPI
    from .comments import CommentsAPI
    from .deployment_templates import DeploymentTemplatesAPI
    from .deployments import DeploymentsAPI
    from .deployments_traffic_filter import DeploymentsTrafficFilterAPI
    from .extensions import ExtensionsAPI
    from .organizations import OrganizationsAPI
    from .platform import PlatformAPI
    from .platform_configuration_instances import PlatformConfigurationInstancesAPI
    from .platform_configuration_networking import PlatformConfigurationNetworkingAPI
    from .platform_configuration_security import PlatformConfigurationSecurityAPI
    from .platform_configuration_snapshots import PlatformConfigurationSnapshotsAPI
    from .platform_configuration_templates import PlatformConfigurationTemplatesAPI
    from .platform_configuration_trust_relationships import PlatformConfigurationTrustRelationshipsAPI
    from .platform_infrastructure import PlatformInfrastructureAPI
    from .stack import StackAPI
    from .telemetry import TelemetryAPI
    from .trusted_environments import TrustedEnvironmentsAPI
    from .user_role_assignments import UserRoleAssignmentsAPI
    from .users import UsersAPI

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

_G = TypeVar("_G")


def _group(client: Any, name: str, cls: Callable[[Any], _G]) -> _G:
    """The client's group `name`, made on first use and kept in the client's __dict__ (a plain
    property, not functools.cached_property: editors then complete the group's methods, not the descriptor's)."""
    found: _G | None = client.__dict__.get(name)
    if found is None:
        found = client.__dict__[name] = cls(client)
    return found


class SyncGroups:
    """One attribute per operation group, for the sync client."""

    @property
    def accounts(self) -> AccountsAPI:
        """The `accounts` operations."""
        from .accounts import AccountsAPI

        return _group(self, "accounts", AccountsAPI)

    @property
    def authentication(self) -> AuthenticationAPI:
        """The `authentication` operations."""
        from .authentication import AuthenticationAPI

        return _group(self, "authentication", AuthenticationAPI)

    @property
    def billing_costs_analysis(self) -> BillingCostsAnalysisAPI:
        """The `billing_costs_analysis` operations."""
        from .billing_costs_analysis import BillingCostsAnalysisAPI

        return _group(self, "billing_costs_analysis", BillingCostsAnalysisAPI)

    @property
    def comments(self) -> CommentsAPI:
        """The `comments` operations."""
        from .comments import CommentsAPI

        return _group(self, "comments", CommentsAPI)

    @property
    def deployment_templates(self) -> DeploymentTemplatesAPI:
        """The `deployment_templates` operations."""
        from .deployment_templates import DeploymentTemplatesAPI

        return _group(self, "deployment_templates", DeploymentTemplatesAPI)

    @property
    def deployments(self) -> DeploymentsAPI:
        """The `deployments` operations."""
        from .deployments import DeploymentsAPI

        return _group(self, "deployments", DeploymentsAPI)

    @property
    def deployments_traffic_filter(self) -> DeploymentsTrafficFilterAPI:
        """The `deployments_traffic_filter` operations."""
        from .deployments_traffic_filter import DeploymentsTrafficFilterAPI

        return _group(self, "deployments_traffic_filter", DeploymentsTrafficFilterAPI)

    @property
    def extensions(self) -> ExtensionsAPI:
        """The `extensions` operations."""
        from .extensions import ExtensionsAPI

        return _group(self, "extensions", ExtensionsAPI)

    @property
    def organizations(self) -> OrganizationsAPI:
        """The `organizations` operations."""
        from .organizations import OrganizationsAPI

        return _group(self, "organizations", OrganizationsAPI)

    @property
    def platform(self) -> PlatformAPI:
        """The `platform` operations."""
        from .platform import PlatformAPI

        return _group(self, "platform", PlatformAPI)

    @property
    def platform_configuration_instances(self) -> PlatformConfigurationInstancesAPI:
        """The `platform_configuration_instances` operations."""
        from .platform_configuration_instances import PlatformConfigurationInstancesAPI

        return _group(self, "platform_configuration_instances", PlatformConfigurationInstancesAPI)

    @property
    def platform_configuration_networking(self) -> PlatformConfigurationNetworkingAPI:
        """The `platform_configuration_networking` operations."""
        from .platform_configuration_networking import PlatformConfigurationNetworkingAPI

        return _group(self, "platform_configuration_networking", PlatformConfigurationNetworkingAPI)

    @property
    def platform_configuration_security(self) -> PlatformConfigurationSecurityAPI:
        """The `platform_configuration_security` operations."""
        from .platform_configuration_security import PlatformConfigurationSecurityAPI

        return _group(self, "platform_configuration_security", PlatformConfigurationSecurityAPI)

    @property
    def platform_configuration_snapshots(self) -> PlatformConfigurationSnapshotsAPI:
        """The `platform_configuration_snapshots` operations."""
        from .platform_configuration_snapshots import PlatformConfigurationSnapshotsAPI

        return _group(self, "platform_configuration_snapshots", PlatformConfigurationSnapshotsAPI)

    @property
    def platform_configuration_templates(self) -> PlatformConfigurationTemplatesAPI:
        """The `platform_configuration_templates` operations."""
        from .platform_configuration_templates import PlatformConfigurationTemplatesAPI

        return _group(self, "platform_configuration_templates", PlatformConfigurationTemplatesAPI)

    @property
    def platform_configuration_trust_relationships(self) -> PlatformConfigurationTrustRelationshipsAPI:
        """The `platform_configuration_trust_relationships` operations."""
        from .platform_configuration_trust_relationships import PlatformConfigurationTrustRelationshipsAPI

        return _group(self, "platform_configuration_trust_relationships", PlatformConfigurationTrustRelationshipsAPI)

    @property
    def platform_infrastructure(self) -> PlatformInfrastructureAPI:
        """The `platform_infrastructure` operations."""
        from .platform_infrastructure import PlatformInfrastructureAPI

        return _group(self, "platform_infrastructure", PlatformInfrastructureAPI)

    @property
    def stack(self) -> StackAPI:
        """The `stack` operations."""
        from .stack import StackAPI

        return _group(self, "stack", StackAPI)

    @property
    def telemetry(self) -> TelemetryAPI:
        """The `telemetry` operations."""
        from .telemetry import TelemetryAPI

        return _group(self, "telemetry", TelemetryAPI)

    @property
    def trusted_environments(self) -> TrustedEnvironmentsAPI:
        """The `trusted_environments` operations."""
        from .trusted_environments import TrustedEnvironmentsAPI

        return _group(self, "trusted_environments", TrustedEnvironmentsAPI)

    @property
    def user_role_assignments(self) -> UserRoleAssignmentsAPI:
        """The `user_role_assignments` operations."""
        from .user_role_assignments import UserRoleAssignmentsAPI

        return _group(self, "user_role_assignments", UserRoleAssignmentsAPI)

    @property
    def users(self) -> UsersAPI:
        """The `users` operations."""
        from .users import UsersAPI

        return _group(self, "users", UsersAPI)


if TYPE_CHECKING:  # "X as X": an explicit re-export, for type checkers in strict mode
    from ._async_groups import AsyncGroups as AsyncGroups
else:

    def __getattr__(name: str) -> object:
        """`AsyncGroups`, imported on first use (a sync client needs only `SyncGroups`)."""
        if name == "AsyncGroups":
            from ._async_groups import AsyncGroups

            return AsyncGroups
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["GROUPS", "AsyncGroups", "SyncGroups"]
