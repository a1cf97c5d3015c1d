"""Error codes documented by the ECE 3.8.0 API spec (written by scripts/error_codes.py; do not edit).

ECE sends them in the ``x-cloud-error-codes`` header and the error body's ``errors[].code``
(``APIError.codes``). ``CATALOGUE`` maps each code to the HTTP statuses and the operations
(module names under ``ece_client.api``) that document it; ``describe(code)`` looks one up.
"""

from __future__ import annotations

from typing import NamedTuple


class ErrorCodeInfo(NamedTuple):
    """Where the spec documents an error code."""

    statuses: tuple[int, ...]
    """HTTP statuses of the responses that list the code, ascending."""
    operations: tuple[str, ...]
    """Operations that can return the code (snake_case operationId = module under ece_client.api)."""


ACCOUNTS_NOT_FOUND = "accounts.not_found"
ADMINCONSOLE_BASE_URL_BAD_VERSION_FORMAT = "adminconsole.base_url.bad_version_format"
ADMINCONSOLE_BASE_URL_INVALID_PERSISTED_DATA = "adminconsole.base_url.invalid_persisted_data"
ADMINCONSOLE_BASE_URL_NOT_FOUND = "adminconsole.base_url.not_found"
ADMINCONSOLE_BASE_URL_VERSION_CONFLICT = "adminconsole.base_url.version_conflict"
ADMINCONSOLES_LOGGING_SETTINGS_NOT_FOUND = "adminconsoles.logging_settings.not_found"
ALLOCATORS_ALLOCATOR_NOT_FOUND = "allocators.allocator_not_found"
ALLOCATORS_DELETE_ALLOCATOR_WITH_INSTANCES_ATTEMPT = "allocators.delete_allocator_with_instances_attempt"
ALLOCATORS_DELETE_CONNECTED_ALLOCATOR_ATTEMPT = "allocators.delete_connected_allocator_attempt"
ALLOCATORS_INVALID_EMPTY_METADATA_ITEM = "allocators.invalid_empty_metadata_item"
ALLOCATORS_INVALID_EMPTY_METADATA_ITEMS = "allocators.invalid_empty_metadata_items"
ALLOCATORS_LOGGING_SETTINGS_NOT_FOUND = "allocators.logging_settings.not_found"
ALLOCATORS_METADATA_ITEM_NOT_FOUND = "allocators.metadata_item_not_found"
ALLOCATORS_RESYNC_FAILED = "allocators.resync_failed"
API_KEYS_INVALID_INPUT = "api_keys.invalid_input"
API_KEYS_KEY_NOT_FOUND = "api_keys.key_not_found"
API_KEYS_USER_NOT_FOUND = "api_keys.user_not_found"
AUTHC_AUTHENTICATION_CLUSTER_ERROR = "authc.authentication_cluster_error"
AUTHC_NO_AUTHENTICATION_CLUSTER = "authc.no_authentication_cluster"
BILLING_SERVICE_ES_CLUSTER_ID_NOT_FOUND = "billing_service.es_cluster_id_not_found"
BILLING_SERVICE_FAILED_REQUEST = "billing_service.failed_request"
BILLING_SERVICE_RATE_LIMITED = "billing_service.rate_limited"
CERT_NOT_FOUND = "cert.not_found"
CERT_UNKNOWN_CERT_ALGORITHM = "cert.unknown_cert_algorithm"
CLUSTERS_CLUSTER_INVALID_PLAN = "clusters.cluster_invalid_plan"
CLUSTERS_CLUSTER_NOT_FOUND = "clusters.cluster_not_found"
CLUSTERS_CLUSTER_PLAN_STATE_ERROR = "clusters.cluster_plan_state_error"
CLUSTERS_COMMAND_PROHIBITED = "clusters.command_prohibited"
CLUSTERS_PLAN_FEATURE_NOT_IMPLEMENTED = "clusters.plan_feature_not_implemented"
COMMENTS_COMMENT_DOES_NOT_EXIST = "comments.comment_does_not_exist"
COMMENTS_ID_ALREADY_EXISTS = "comments.id_already_exists"
COMMENTS_NO_USER_ID = "comments.no_user_id"
COMMENTS_RESOURCE_DOES_NOT_EXIST = "comments.resource_does_not_exist"
COMMENTS_UNAUTHORISED = "comments.unauthorised"
COMMENTS_VERSION_CONFLICT = "comments.version_conflict"
CONFIGURATION_BAD_META_DATA = "configuration.bad_meta_data"
CONFIGURATION_CONFIGURATION_ID_RESERVED = "configuration.configuration_id_reserved"
CONFIGURATION_INSTANCE_CONFIGURATION_NOT_FOUND = "configuration.instance_configuration_not_found"
CONFIGURATION_INSTANCE_CONFIGURATION_UPDATE_FAILED = "configuration.instance_configuration_update_failed"
CONFIGURATION_INVALID_CLUSTER_TYPE = "configuration.invalid_cluster_type"
CONFIGURATION_INVALID_DISCRETE_SIZES = "configuration.invalid_discrete_sizes"
CONFIGURATION_SYSTEM_OWNED = "configuration.system_owned"
CONSTRUCTORS_COMMAND_PROHIBITED = "constructors.command_prohibited"
CONSTRUCTORS_CONSTRUCTOR_NOT_FOUND = "constructors.constructor_not_found"
CONSTRUCTORS_LOGGING_SETTINGS_NOT_FOUND = "constructors.logging_settings.not_found"
CONSTRUCTORS_RESYNC_FAILED = "constructors.resync_failed"
COORDINATORS_CANDIDATE_DELETION_FAILED = "coordinators.candidate_deletion_failed"
COORDINATORS_CANDIDATE_NOT_FOUND = "coordinators.candidate_not_found"
COORDINATORS_COORDINATOR_DEMOTE_FAILED = "coordinators.coordinator_demote_failed"
COORDINATORS_COORDINATOR_NOT_FOUND = "coordinators.coordinator_not_found"
COSTS_INVALID_DATE_RANGE = "costs.invalid_date_range"
DEPLOYMENTS_DEPLOYMENT_NOT_FOUND = "deployments.deployment_not_found"
DEPLOYMENTS_DEPLOYMENT_RESOURCE_NO_LONGER_EXISTS = "deployments.deployment_resource_no_longer_exists"
DEPLOYMENTS_DEPLOYMENT_RESOURCE_NOT_FOUND = "deployments.deployment_resource_not_found"
DEPLOYMENTS_DEPLOYMENT_RESOURCE_PLAN_CHANGE_ERROR = "deployments.deployment_resource_plan_change_error"
DEPLOYMENTS_ELASTICSEARCH_PASSWORD_RESET_ERROR = "deployments.elasticsearch.password_reset_error"
DEPLOYMENTS_INSTANCE_NOT_FOUND_ERROR = "deployments.instance_not_found_error"
DEPLOYMENTS_INSTANCE_UPDATE_PROHIBITED_ERROR = "deployments.instance_update_prohibited_error"
DEPLOYMENTS_INSTANCES_MISSING_ON_UPDATE_ERROR = "deployments.instances_missing_on_update_error"
DEPLOYMENTS_INVALID_METADATA = "deployments.invalid_metadata"
DEPLOYMENTS_METADATA_INTERNAL_ERROR = "deployments.metadata_internal_error"
DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_PENDING_PLAN = "deployments.resource_does_not_have_a_pending_plan"
DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_VALID_VERSION = "deployments.resource_does_not_have_a_valid_version"
DEPLOYMENTS_RESOURCE_HAS_INSTANCES = "deployments.resource_has_instances"
DEPLOYMENTS_RESOURCE_NOT_SHUTDOWN = "deployments.resource_not_shutdown"
DEPLOYMENTS_RESTRICTED_PARAMETER = "deployments.restricted_parameter"
DEPLOYMENTS_RESYNC_FAILED = "deployments.resync_failed"
ENROLLMENT_TOKENS_INVALID_TOKEN_ID = "enrollment_tokens.invalid_token_id"
ENROLLMENT_TOKENS_INVALID_TOKEN_REQUEST = "enrollment_tokens.invalid_token_request"
ENROLLMENT_TOKENS_SIGNING_KEY_NOT_FOUND = "enrollment_tokens.signing_key_not_found"
EXTENSIONS_ID_ALREADY_EXISTS = "extensions.id_already_exists"
EXTENSIONS_NO_USER_ID = "extensions.no_user_id"
EXTENSIONS_NOT_FOUND = "extensions.not_found"
EXTENSIONS_REQUEST_EXECUTION_FAILED = "extensions.request_execution_failed"
EXTENSIONS_UNAUTHORISED = "extensions.unauthorised"
EXTENSIONS_VERSION_CONFLICT = "extensions.version_conflict"
HEAP_DUMPS_HEAP_DUMP_NOT_FOUND = "heap_dumps.heap_dump_not_found"
INSTANCE_OVERRIDES_OUT_OF_RANGE = "instance_overrides.out_of_range"
LICENSE_INVALID_LICENSE = "license.invalid_license"
LICENSE_LICENSE_NOT_FOUND = "license.license_not_found"
NETWORKING_CNAME_BAD_VERSION_FORMAT = "networking.cname.bad_version_format"
NETWORKING_CNAME_NOT_FOUND = "networking.cname.not_found"
NETWORKING_CNAME_VERSION_CONFLICT = "networking.cname.version_conflict"
ORGANIZATION_INVALID_ACCESS = "organization.invalid_access"
ORGANIZATION_INVALID_NAME = "organization.invalid_name"
ORGANIZATION_INVITATION_ALREADY_EXISTS = "organization.invitation_already_exists"
ORGANIZATION_INVITATION_INVALID_EMAIL = "organization.invitation_invalid_email"
ORGANIZATION_INVITATION_NOT_FOUND = "organization.invitation_not_found"
ORGANIZATION_INVITATIONS_RATE_LIMIT_EXCEEDED = "organization.invitations_rate_limit_exceeded"
ORGANIZATION_MEMBERSHIP_NOT_FOUND = "organization.membership_not_found"
ORGANIZATION_NOT_FOUND = "organization.not_found"
ORGANIZATION_USER_ORGANIZATION_ALREADY_BELONGS = "organization.user_organization_already_belongs"
ORGANIZATION_USER_ORGANIZATION_ALREADY_EXISTS = "organization.user_organization_already_exists"
ORGANIZATION_USER_ORGANIZATION_DOES_NOT_BELONG = "organization.user_organization_does_not_belong"
PATCH_REQUEST_MALFORMED = "patch.request_malformed"
PLATFORM_CONFIG_STORE_ALREADY_EXISTS = "platform.config.store.already_exists"
PLATFORM_CONFIG_STORE_NOT_FOUND = "platform.config.store.not_found"
PLATFORM_CONFIG_STORE_VERSION_CONFLICT = "platform.config.store.version_conflict"
PROXIES_PROXIES_FILTERED_GROUP_ALREADY_EXISTS = "proxies.proxies_filtered_group_already_exists"
PROXIES_PROXIES_FILTERED_GROUP_EMPTY_ID = "proxies.proxies_filtered_group_empty_id"
PROXIES_PROXIES_FILTERED_GROUP_ID_CONFLICT = "proxies.proxies_filtered_group_id_conflict"
PROXIES_PROXIES_FILTERED_GROUP_NOT_FOUND = "proxies.proxies_filtered_group_not_found"
PROXIES_PROXIES_FILTERED_GROUP_VERSION_CONFLICT = "proxies.proxies_filtered_group_version_conflict"
PROXIES_PROXY_NOT_FOUND = "proxies.proxy_not_found"
PROXIES_VERSION_CONFLICT = "proxies.version_conflict"
ROLE_ASSIGNMENTS_INVALID_TARGET_USER_ID = "role_assignments.invalid_target_user_id"
ROLE_ASSIGNMENTS_UNAUTHORIZED_ROLE_ASSIGNMENTS = "role_assignments.unauthorized_role_assignments"
ROLES_ALREADY_EXISTS = "roles.already_exists"
ROLES_IN_USE = "roles.in_use"
ROLES_NOT_FOUND = "roles.not_found"
ROLES_VERSION_CONFLICT = "roles.version_conflict"
ROOT_INVALID_AUTHENTICATION = "root.invalid_authentication"
ROOT_INVALID_DATA = "root.invalid_data"
ROOT_UNAUTHENTICATED = "root.unauthenticated"
ROOT_UNAUTHORIZED = "root.unauthorized"
ROOT_UNAUTHORIZED_RBAC = "root.unauthorized.rbac"
RUNNERS_LOGGING_SETTINGS_NOT_FOUND = "runners.logging_settings.not_found"
RUNNERS_RESYNC_FAILED = "runners.resync_failed"
RUNNERS_RUNNER_DELETION_FAILED = "runners.runner_deletion_failed"
RUNNERS_RUNNER_NOT_FOUND = "runners.runner_not_found"
RUNNERS_RUNNER_SET_ROLES_FAILED = "runners.runner_set_roles_failed"
RUNNERS_SEARCH_FAILED = "runners.search_failed"
SECURITY_DEPLOYMENT_ALREADY_EXISTS = "security_deployment.already_exists"
SECURITY_DEPLOYMENT_CLUSTER_PENDING_PLAN_EXISTS = "security_deployment.cluster_pending_plan_exists"
SECURITY_DEPLOYMENT_NOT_FOUND = "security_deployment.not_found"
SECURITY_DEPLOYMENT_VERSION_CONFLICT = "security_deployment.version_conflict"
SECURITY_REALM_ACTIVE_DIRECTORY_INVALID_URL = "security_realm.active_directory.invalid_url"
SECURITY_REALM_ID_CONFLICT = "security_realm.id_conflict"
SECURITY_REALM_INVALID_BUNDLE_URL = "security_realm.invalid_bundle_url"
SECURITY_REALM_INVALID_ID = "security_realm.invalid_id"
SECURITY_REALM_INVALID_IDS = "security_realm.invalid_ids"
SECURITY_REALM_INVALID_ORDER = "security_realm.invalid_order"
SECURITY_REALM_INVALID_TYPE = "security_realm.invalid_type"
SECURITY_REALM_INVALID_URL = "security_realm.invalid_url"
SECURITY_REALM_INVALID_YAML = "security_realm.invalid_yaml"
SECURITY_REALM_LDAP_INVALID_URL = "security_realm.ldap.invalid_url"
SECURITY_REALM_MISSING_IDS = "security_realm.missing_ids"
SECURITY_REALM_NOT_FOUND = "security_realm.not_found"
SECURITY_REALM_ORDER_CONFLICT = "security_realm.order_conflict"
SECURITY_REALM_SAML_INVALID_IDP_METADATA_URL = "security_realm.saml.invalid_idp_metadata_url"
SECURITY_REALM_VERSION_CONFLICT = "security_realm.version_conflict"
STACKPACK_BAD_ARCHIVE = "stackpack.bad_archive"
STACKPACK_INVALID_VERSION = "stackpack.invalid_version"
STACKPACK_MISSING_PLATFORM_VERSION = "stackpack.missing_platform_version"
STACKPACK_UNKNOWN_INTERNAL_ERROR = "stackpack.unknown_internal_error"
STACKPACK_VERSION_NOT_FOUND = "stackpack.version_not_found"
TELEMETRY_ALREADY_EXISTS = "telemetry.already_exists"
TELEMETRY_REQUEST_EXECUTION_FAILED = "telemetry.request_execution_failed"
TEMPLATES_REGION_NOT_ALLOWED = "templates.region_not_allowed"
TEMPLATES_REGION_NOT_FOUND = "templates.region_not_found"
TEMPLATES_TEMPLATE_NOT_FOUND = "templates.template_not_found"
TEMPLATES_VERSION_CONFLICT = "templates.version_conflict"
TRAFFIC_FILTER_INVALID_ASSOCIATION_TYPE = "traffic_filter.invalid_association_type"
TRAFFIC_FILTER_NOT_FOUND = "traffic_filter.not_found"
TRAFFIC_FILTER_REQUEST_EXECUTION_FAILED = "traffic_filter.request_execution_failed"
TRAFFIC_FILTER_CLAIMED_LINK_ID_INVALID_INPUT = "traffic_filter_claimed_link_id.invalid_input"
TRAFFIC_FILTER_CLAIMED_LINK_ID_REQUEST_EXECUTION_FAILED = "traffic_filter_claimed_link_id.request_execution_failed"
TRUST_RELATIONSHIPS_NOT_FOUND = "trust_relationships.not_found"
USER_CANNOT_MODIFY = "user.cannot_modify"
USER_CANNOT_MODIFY_EXTERNAL = "user.cannot_modify_external"
USER_NOT_FOUND = "user.not_found"
USER_RESTRICTED_DELETION = "user.restricted_deletion"
USER_RESTRICTED_FIELD = "user.restricted_field"
USER_ROLES_FORBIDDEN = "user.roles.forbidden"
USER_ROLES_INVALID = "user.roles.invalid"
USER_USER_NAME_CONFLICT = "user.user_name.conflict"
USER_USER_NAME_INVALID = "user.user_name.invalid"

CATALOGUE: dict[str, ErrorCodeInfo] = {
    ACCOUNTS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "get_current_account",
            "patch_current_account",
            "update_current_account",
        ),
    ),
    ADMINCONSOLE_BASE_URL_BAD_VERSION_FORMAT: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_api_base_url",),
    ),
    ADMINCONSOLE_BASE_URL_INVALID_PERSISTED_DATA: ErrorCodeInfo(
        statuses=(500,),
        operations=("get_api_base_url",),
    ),
    ADMINCONSOLE_BASE_URL_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "get_api_base_url",
            "set_api_base_url",
        ),
    ),
    ADMINCONSOLE_BASE_URL_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=("set_api_base_url",),
    ),
    ADMINCONSOLES_LOGGING_SETTINGS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_adminconsole_logging_settings",
            "get_adminconsole_logging_settings",
            "set_adminconsole_logging_settings",
            "update_adminconsole_logging_settings",
        ),
    ),
    ALLOCATORS_ALLOCATOR_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_allocator",
            "delete_allocator_metadata_item",
            "get_allocator",
            "get_allocator_metadata",
            "get_allocator_settings",
            "set_allocator_metadata",
            "set_allocator_metadata_item",
            "set_allocator_settings",
            "start_allocator_maintenance_mode",
            "stop_allocator_maintenance_mode",
            "update_allocator_settings",
        ),
    ),
    ALLOCATORS_DELETE_ALLOCATOR_WITH_INSTANCES_ATTEMPT: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_allocator",),
    ),
    ALLOCATORS_DELETE_CONNECTED_ALLOCATOR_ATTEMPT: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_allocator",),
    ),
    ALLOCATORS_INVALID_EMPTY_METADATA_ITEM: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_allocator_metadata_item",),
    ),
    ALLOCATORS_INVALID_EMPTY_METADATA_ITEMS: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_allocator_metadata",),
    ),
    ALLOCATORS_LOGGING_SETTINGS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_allocator_logging_settings",
            "get_allocator_logging_settings",
            "set_allocator_logging_settings",
            "update_allocator_logging_settings",
        ),
    ),
    ALLOCATORS_METADATA_ITEM_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=("set_allocator_metadata_item",),
    ),
    ALLOCATORS_RESYNC_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=("resync_allocator",),
    ),
    API_KEYS_INVALID_INPUT: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_api_key",),
    ),
    API_KEYS_KEY_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_api_key",
            "delete_user_api_key",
            "get_api_key",
            "get_user_api_key",
        ),
    ),
    API_KEYS_USER_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_user_api_keys",
            "get_user_api_keys",
        ),
    ),
    AUTHC_AUTHENTICATION_CLUSTER_ERROR: ErrorCodeInfo(
        statuses=(502,),
        operations=(
            "login",
            "logout",
            "refresh_token",
            "saml_callback",
            "saml_init",
        ),
    ),
    AUTHC_NO_AUTHENTICATION_CLUSTER: ErrorCodeInfo(
        statuses=(501,),
        operations=(
            "login",
            "logout",
            "refresh_token",
            "saml_callback",
            "saml_init",
        ),
    ),
    BILLING_SERVICE_ES_CLUSTER_ID_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=("get_costs_items_by_deployment",),
    ),
    BILLING_SERVICE_FAILED_REQUEST: ErrorCodeInfo(
        statuses=(500,),
        operations=(
            "get_costs_charts",
            "get_costs_charts_by_deployment",
            "get_costs_deployments",
            "get_costs_items",
            "get_costs_items_by_deployment",
            "get_costs_overview",
        ),
    ),
    BILLING_SERVICE_RATE_LIMITED: ErrorCodeInfo(
        statuses=(429,),
        operations=(
            "get_costs_charts",
            "get_costs_charts_by_deployment",
        ),
    ),
    CERT_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_extra_certificate",
            "get_extra_certificate",
        ),
    ),
    CERT_UNKNOWN_CERT_ALGORITHM: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_extra_certificate",),
    ),
    CLUSTERS_CLUSTER_INVALID_PLAN: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "move_clusters",
            "move_clusters_by_type",
        ),
    ),
    CLUSTERS_CLUSTER_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_deployment_resource_proxy_requests",
            "get_deployment_resource_proxy_requests",
            "post_deployment_resource_proxy_requests",
            "put_deployment_resource_proxy_requests",
        ),
    ),
    CLUSTERS_CLUSTER_PLAN_STATE_ERROR: ErrorCodeInfo(
        statuses=(
            400,
            412,
        ),
        operations=(
            "capture_deployment_resource_diagnostics",
            "deployment_apm_reset_secret_token",
        ),
    ),
    CLUSTERS_COMMAND_PROHIBITED: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "move_clusters",
            "move_clusters_by_type",
        ),
    ),
    CLUSTERS_PLAN_FEATURE_NOT_IMPLEMENTED: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "move_clusters",
            "move_clusters_by_type",
        ),
    ),
    COMMENTS_COMMENT_DOES_NOT_EXIST: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_comment",
            "get_comment",
            "update_comment",
        ),
    ),
    COMMENTS_ID_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(409,),
        operations=("create_comment",),
    ),
    COMMENTS_NO_USER_ID: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "create_comment",
            "delete_comment",
            "update_comment",
        ),
    ),
    COMMENTS_RESOURCE_DOES_NOT_EXIST: ErrorCodeInfo(
        statuses=(404,),
        operations=("create_comment",),
    ),
    COMMENTS_UNAUTHORISED: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "delete_comment",
            "update_comment",
        ),
    ),
    COMMENTS_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "delete_comment",
            "update_comment",
        ),
    ),
    CONFIGURATION_BAD_META_DATA: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_instance_configuration",
            "set_instance_configuration",
        ),
    ),
    CONFIGURATION_CONFIGURATION_ID_RESERVED: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_instance_configuration",),
    ),
    CONFIGURATION_INSTANCE_CONFIGURATION_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_instance_configuration",
            "get_instance_configuration",
            "set_instance_configuration",
        ),
    ),
    CONFIGURATION_INSTANCE_CONFIGURATION_UPDATE_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_instance_configuration",),
    ),
    CONFIGURATION_INVALID_CLUSTER_TYPE: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_instance_configuration",
            "set_instance_configuration",
        ),
    ),
    CONFIGURATION_INVALID_DISCRETE_SIZES: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_instance_configuration",
            "set_instance_configuration",
        ),
    ),
    CONFIGURATION_SYSTEM_OWNED: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "create_instance_configuration",
            "delete_instance_configuration",
            "set_instance_configuration",
        ),
    ),
    CONSTRUCTORS_COMMAND_PROHIBITED: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "start_constructor_maintenance_mode",
            "stop_constructor_maintenance_mode",
        ),
    ),
    CONSTRUCTORS_CONSTRUCTOR_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "get_constructor",
            "start_constructor_maintenance_mode",
            "stop_constructor_maintenance_mode",
        ),
    ),
    CONSTRUCTORS_LOGGING_SETTINGS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_constructor_logging_settings",
            "get_constructor_logging_settings",
            "set_constructor_logging_settings",
            "update_constructor_logging_settings",
        ),
    ),
    CONSTRUCTORS_RESYNC_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=("resync_constructor",),
    ),
    COORDINATORS_CANDIDATE_DELETION_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_coordinator_candidate",),
    ),
    COORDINATORS_CANDIDATE_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_coordinator_candidate",
            "get_coordinator_candidate",
            "promote_coordinator_candidate",
        ),
    ),
    COORDINATORS_COORDINATOR_DEMOTE_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("demote_coordinator",),
    ),
    COORDINATORS_COORDINATOR_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "demote_coordinator",
            "get_coordinator",
        ),
    ),
    COSTS_INVALID_DATE_RANGE: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "get_costs_charts",
            "get_costs_charts_by_deployment",
            "get_costs_deployments",
            "get_costs_items",
            "get_costs_items_by_deployment",
            "get_costs_overview",
        ),
    ),
    DEPLOYMENTS_DEPLOYMENT_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "cancel_deployment_resource_pending_plan",
            "capture_deployment_instance_heap_dump",
            "capture_deployment_instance_thread_dump",
            "capture_deployment_resource_diagnostics",
            "delete_deployment",
            "delete_deployment_resource_proxy_requests",
            "delete_deployment_stateless_resource",
            "deployment_apm_reset_secret_token",
            "download_deployment_instance_heap_dump",
            "enable_deployment_resource_ccr",
            "enable_deployment_resource_ilm",
            "enable_deployment_resource_slm",
            "get_deployment",
            "get_deployment_apm_resource_info",
            "get_deployment_appsearch_resource_info",
            "get_deployment_certificate_authority",
            "get_deployment_enterprise_search_resource_info",
            "get_deployment_es_resource_eligible_remote_clusters",
            "get_deployment_es_resource_info",
            "get_deployment_es_resource_keystore",
            "get_deployment_es_resource_remote_clusters",
            "get_deployment_heap_dumps",
            "get_deployment_integrations_server_resource_info",
            "get_deployment_kib_resource_info",
            "get_deployment_resource_plan_activity",
            "get_deployment_resource_proxy_requests",
            "get_deployment_upgrade_assistant_status",
            "migrate_deployment_template",
            "move_deployment_elasticsearch_resource_instances",
            "post_deployment_resource_proxy_requests",
            "put_deployment_resource_proxy_requests",
            "reset_elasticsearch_user_password",
            "restart_deployment_es_resource",
            "restart_deployment_stateless_resource",
            "restore_deployment",
            "restore_deployment_resource",
            "set_all_instances_settings_overrides",
            "set_deployment_es_resource_keystore",
            "set_deployment_es_resource_remote_clusters",
            "set_deployment_resource_raw_metadata",
            "set_instance_settings_overrides",
            "shutdown_deployment",
            "shutdown_deployment_es_resource",
            "shutdown_deployment_stateless_resource",
            "start_deployment_resource_instances",
            "start_deployment_resource_instances_all",
            "start_deployment_resource_instances_all_maintenance_mode",
            "start_deployment_resource_maintenance_mode",
            "stop_deployment_resource_instances",
            "stop_deployment_resource_instances_all",
            "stop_deployment_resource_instances_all_maintenance_mode",
            "stop_deployment_resource_maintenance_mode",
            "update_deployment",
            "upgrade_deployment_stateless_resource",
        ),
    ),
    DEPLOYMENTS_DEPLOYMENT_RESOURCE_NO_LONGER_EXISTS: ErrorCodeInfo(
        statuses=(500,),
        operations=(
            "cancel_deployment_resource_pending_plan",
            "delete_deployment_stateless_resource",
            "deployment_apm_reset_secret_token",
            "enable_deployment_resource_ilm",
            "enable_deployment_resource_slm",
            "get_appsearch_read_only_mode",
            "get_deployment_apm_resource_info",
            "get_deployment_appsearch_resource_info",
            "get_deployment_enterprise_search_resource_info",
            "get_deployment_es_resource_info",
            "get_deployment_integrations_server_resource_info",
            "get_deployment_kib_resource_info",
            "restart_deployment_es_resource",
            "restart_deployment_stateless_resource",
            "set_appsearch_read_only_mode",
            "shutdown_deployment_es_resource",
            "shutdown_deployment_stateless_resource",
            "start_deployment_resource_instances",
            "start_deployment_resource_instances_all",
            "start_deployment_resource_instances_all_maintenance_mode",
            "start_deployment_resource_maintenance_mode",
            "stop_deployment_resource_instances",
            "stop_deployment_resource_instances_all",
            "stop_deployment_resource_instances_all_maintenance_mode",
            "stop_deployment_resource_maintenance_mode",
        ),
    ),
    DEPLOYMENTS_DEPLOYMENT_RESOURCE_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "capture_deployment_instance_heap_dump",
            "capture_deployment_instance_thread_dump",
            "capture_deployment_resource_diagnostics",
            "delete_deployment_resource_proxy_requests",
            "delete_deployment_stateless_resource",
            "deployment_apm_reset_secret_token",
            "download_deployment_instance_heap_dump",
            "enable_deployment_resource_ccr",
            "enable_deployment_resource_ilm",
            "enable_deployment_resource_slm",
            "get_appsearch_read_only_mode",
            "get_deployment_certificate_authority",
            "get_deployment_es_resource_eligible_remote_clusters",
            "get_deployment_es_resource_keystore",
            "get_deployment_es_resource_remote_clusters",
            "get_deployment_resource_plan_activity",
            "get_deployment_resource_proxy_requests",
            "move_deployment_elasticsearch_resource_instances",
            "post_deployment_resource_proxy_requests",
            "put_deployment_resource_proxy_requests",
            "reset_elasticsearch_user_password",
            "restart_deployment_es_resource",
            "restart_deployment_stateless_resource",
            "set_all_instances_settings_overrides",
            "set_appsearch_read_only_mode",
            "set_deployment_es_resource_keystore",
            "set_deployment_es_resource_remote_clusters",
            "set_deployment_resource_raw_metadata",
            "set_instance_settings_overrides",
            "shutdown_deployment_es_resource",
            "shutdown_deployment_stateless_resource",
            "start_deployment_resource_instances",
            "start_deployment_resource_instances_all",
            "start_deployment_resource_instances_all_maintenance_mode",
            "start_deployment_resource_maintenance_mode",
            "stop_deployment_resource_instances",
            "stop_deployment_resource_instances_all",
            "stop_deployment_resource_instances_all_maintenance_mode",
            "stop_deployment_resource_maintenance_mode",
            "upgrade_deployment_stateless_resource",
        ),
    ),
    DEPLOYMENTS_DEPLOYMENT_RESOURCE_PLAN_CHANGE_ERROR: ErrorCodeInfo(
        statuses=(422,),
        operations=(
            "restart_deployment_es_resource",
            "restart_deployment_stateless_resource",
        ),
    ),
    DEPLOYMENTS_ELASTICSEARCH_PASSWORD_RESET_ERROR: ErrorCodeInfo(
        statuses=(500,),
        operations=("reset_elasticsearch_user_password",),
    ),
    DEPLOYMENTS_INSTANCE_NOT_FOUND_ERROR: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "capture_deployment_instance_heap_dump",
            "capture_deployment_instance_thread_dump",
            "download_deployment_instance_heap_dump",
        ),
    ),
    DEPLOYMENTS_INSTANCE_UPDATE_PROHIBITED_ERROR: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "start_deployment_resource_instances",
            "start_deployment_resource_instances_all",
            "start_deployment_resource_instances_all_maintenance_mode",
            "start_deployment_resource_maintenance_mode",
            "stop_deployment_resource_instances",
            "stop_deployment_resource_instances_all",
            "stop_deployment_resource_instances_all_maintenance_mode",
            "stop_deployment_resource_maintenance_mode",
        ),
    ),
    DEPLOYMENTS_INSTANCES_MISSING_ON_UPDATE_ERROR: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "move_deployment_elasticsearch_resource_instances",
            "set_instance_settings_overrides",
            "start_deployment_resource_instances",
            "start_deployment_resource_instances_all",
            "start_deployment_resource_instances_all_maintenance_mode",
            "start_deployment_resource_maintenance_mode",
            "stop_deployment_resource_instances",
            "stop_deployment_resource_instances_all",
            "stop_deployment_resource_instances_all_maintenance_mode",
            "stop_deployment_resource_maintenance_mode",
        ),
    ),
    DEPLOYMENTS_INVALID_METADATA: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_deployment_resource_raw_metadata",),
    ),
    DEPLOYMENTS_METADATA_INTERNAL_ERROR: ErrorCodeInfo(
        statuses=(
            449,
            500,
        ),
        operations=(
            "get_deployment_es_resource_keystore",
            "set_deployment_es_resource_keystore",
            "set_deployment_resource_raw_metadata",
        ),
    ),
    DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_PENDING_PLAN: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "cancel_deployment_resource_pending_plan",
            "restore_deployment_resource",
        ),
    ),
    DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_VALID_VERSION: ErrorCodeInfo(
        statuses=(400,),
        operations=("get_deployment_es_resource_eligible_remote_clusters",),
    ),
    DEPLOYMENTS_RESOURCE_HAS_INSTANCES: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_deployment_stateless_resource",),
    ),
    DEPLOYMENTS_RESOURCE_NOT_SHUTDOWN: ErrorCodeInfo(
        statuses=(400,),
        operations=("restore_deployment_resource",),
    ),
    DEPLOYMENTS_RESTRICTED_PARAMETER: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "shutdown_deployment",
            "shutdown_deployment_es_resource",
            "shutdown_deployment_stateless_resource",
        ),
    ),
    DEPLOYMENTS_RESYNC_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=(
            "resync_deployment",
            "resync_deployments",
        ),
    ),
    ENROLLMENT_TOKENS_INVALID_TOKEN_ID: ErrorCodeInfo(
        statuses=(404,),
        operations=("delete_enrollment_token",),
    ),
    ENROLLMENT_TOKENS_INVALID_TOKEN_REQUEST: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_enrollment_token",),
    ),
    ENROLLMENT_TOKENS_SIGNING_KEY_NOT_FOUND: ErrorCodeInfo(
        statuses=(403,),
        operations=("create_enrollment_token",),
    ),
    EXTENSIONS_ID_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(409,),
        operations=("create_extension",),
    ),
    EXTENSIONS_NO_USER_ID: ErrorCodeInfo(
        statuses=(
            401,
            404,
        ),
        operations=(
            "create_extension",
            "delete_extension",
            "update_extension",
            "upload_extension",
        ),
    ),
    EXTENSIONS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_extension",
            "get_extension",
            "update_extension",
            "upload_extension",
        ),
    ),
    EXTENSIONS_REQUEST_EXECUTION_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_extension",
            "update_extension",
            "upload_extension",
        ),
    ),
    EXTENSIONS_UNAUTHORISED: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "delete_extension",
            "update_extension",
            "upload_extension",
        ),
    ),
    EXTENSIONS_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "delete_extension",
            "update_extension",
        ),
    ),
    HEAP_DUMPS_HEAP_DUMP_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=("download_deployment_instance_heap_dump",),
    ),
    INSTANCE_OVERRIDES_OUT_OF_RANGE: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "set_all_instances_settings_overrides",
            "set_instance_settings_overrides",
        ),
    ),
    LICENSE_INVALID_LICENSE: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_license",),
    ),
    LICENSE_LICENSE_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_license",
            "get_license",
        ),
    ),
    NETWORKING_CNAME_BAD_VERSION_FORMAT: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "set_default_deployment_domain_name",
            "set_resource_kind_deployment_domain_name",
        ),
    ),
    NETWORKING_CNAME_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "get_default_deployment_domain_name",
            "get_resource_kind_deployment_domain_name",
            "set_default_deployment_domain_name",
            "set_resource_kind_deployment_domain_name",
        ),
    ),
    NETWORKING_CNAME_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "set_default_deployment_domain_name",
            "set_resource_kind_deployment_domain_name",
        ),
    ),
    ORGANIZATION_INVALID_ACCESS: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "get_costs_charts",
            "get_costs_charts_by_deployment",
            "get_costs_deployments",
            "get_costs_items",
            "get_costs_items_by_deployment",
            "get_costs_overview",
            "get_organization",
            "update_organization",
        ),
    ),
    ORGANIZATION_INVALID_NAME: ErrorCodeInfo(
        statuses=(400,),
        operations=("update_organization",),
    ),
    ORGANIZATION_INVITATION_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_organization_invitations",),
    ),
    ORGANIZATION_INVITATION_INVALID_EMAIL: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_organization_invitations",),
    ),
    ORGANIZATION_INVITATION_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "accept_organization_invitation",
            "delete_organization_invitations",
            "get_organization_invitation",
        ),
    ),
    ORGANIZATION_INVITATIONS_RATE_LIMIT_EXCEEDED: ErrorCodeInfo(
        statuses=(429,),
        operations=("create_organization_invitations",),
    ),
    ORGANIZATION_MEMBERSHIP_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=("delete_organization_memberships",),
    ),
    ORGANIZATION_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "accept_organization_invitation",
            "create_organization_invitations",
            "delete_organization_invitations",
            "delete_organization_memberships",
            "get_costs_charts",
            "get_costs_charts_by_deployment",
            "get_costs_deployments",
            "get_costs_items",
            "get_costs_items_by_deployment",
            "get_costs_overview",
            "get_organization",
            "get_trusted_envs",
            "list_organization_invitations",
            "list_organization_members",
            "update_organization",
        ),
    ),
    ORGANIZATION_USER_ORGANIZATION_ALREADY_BELONGS: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "accept_organization_invitation",
            "create_organization_invitations",
        ),
    ),
    ORGANIZATION_USER_ORGANIZATION_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(400,),
        operations=("update_organization",),
    ),
    ORGANIZATION_USER_ORGANIZATION_DOES_NOT_BELONG: ErrorCodeInfo(
        statuses=(404,),
        operations=("create_organization_invitations",),
    ),
    PATCH_REQUEST_MALFORMED: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "update_adminconsole_logging_settings",
            "update_allocator_logging_settings",
            "update_constructor_logging_settings",
            "update_runner_logging_settings",
        ),
    ),
    PLATFORM_CONFIG_STORE_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_config_store_option",),
    ),
    PLATFORM_CONFIG_STORE_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_config_store_option",
            "get_config_store_option",
            "put_config_store_option",
        ),
    ),
    PLATFORM_CONFIG_STORE_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=("put_config_store_option",),
    ),
    PROXIES_PROXIES_FILTERED_GROUP_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_proxies_filtered_group",),
    ),
    PROXIES_PROXIES_FILTERED_GROUP_EMPTY_ID: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_proxies_filtered_group",),
    ),
    PROXIES_PROXIES_FILTERED_GROUP_ID_CONFLICT: ErrorCodeInfo(
        statuses=(400,),
        operations=("update_proxies_filtered_group",),
    ),
    PROXIES_PROXIES_FILTERED_GROUP_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_proxies_filtered_group",
            "get_proxies_filtered_group",
        ),
    ),
    PROXIES_PROXIES_FILTERED_GROUP_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "delete_proxies_filtered_group",
            "update_proxies_filtered_group",
        ),
    ),
    PROXIES_PROXY_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=("get_proxy",),
    ),
    PROXIES_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "set_proxies_settings",
            "update_proxies_settings",
        ),
    ),
    ROLE_ASSIGNMENTS_INVALID_TARGET_USER_ID: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "add_role_assignments",
            "remove_role_assignments",
        ),
    ),
    ROLE_ASSIGNMENTS_UNAUTHORIZED_ROLE_ASSIGNMENTS: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "add_role_assignments",
            "remove_role_assignments",
        ),
    ),
    ROLES_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(409,),
        operations=("create_blueprinter_role",),
    ),
    ROLES_IN_USE: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "delete_blueprinter_role",
            "update_blueprinter_role",
        ),
    ),
    ROLES_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "add_blueprinter_blessing",
            "delete_blueprinter_role",
            "get_blueprinter_role",
            "set_blueprinter_blessings",
            "update_blueprinter_role",
        ),
    ),
    ROLES_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "add_blueprinter_blessing",
            "delete_blueprinter_role",
            "set_blueprinter_blessings",
            "update_blueprinter_role",
        ),
    ),
    ROOT_INVALID_AUTHENTICATION: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "accept_organization_invitation",
            "create_organization_invitations",
        ),
    ),
    ROOT_INVALID_DATA: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_organization_invitations",),
    ),
    ROOT_UNAUTHENTICATED: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "login",
            "saml_callback",
        ),
    ),
    ROOT_UNAUTHORIZED: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "add_role_assignments",
            "refresh_token",
            "remove_role_assignments",
        ),
    ),
    ROOT_UNAUTHORIZED_RBAC: ErrorCodeInfo(
        statuses=(403,),
        operations=(
            "get_telemetry_config",
            "set_telemetry_config",
            "start_allocator_maintenance_mode",
            "stop_allocator_maintenance_mode",
        ),
    ),
    RUNNERS_LOGGING_SETTINGS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_runner_logging_settings",
            "get_runner_logging_settings",
            "set_runner_logging_settings",
            "update_runner_logging_settings",
        ),
    ),
    RUNNERS_RESYNC_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=("resync_runner",),
    ),
    RUNNERS_RUNNER_DELETION_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_runner",),
    ),
    RUNNERS_RUNNER_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_runner",
            "get_runner",
            "set_runner_roles",
        ),
    ),
    RUNNERS_RUNNER_SET_ROLES_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("set_runner_roles",),
    ),
    RUNNERS_SEARCH_FAILED: ErrorCodeInfo(
        statuses=(400,),
        operations=("search_runners",),
    ),
    SECURITY_DEPLOYMENT_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "create_security_deployment",
            "update_security_deployment",
        ),
    ),
    SECURITY_DEPLOYMENT_CLUSTER_PENDING_PLAN_EXISTS: ErrorCodeInfo(
        statuses=(412,),
        operations=(
            "set_api_base_url",
            "set_default_deployment_domain_name",
            "set_resource_kind_deployment_domain_name",
        ),
    ),
    SECURITY_DEPLOYMENT_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "get_security_deployment",
            "update_security_deployment",
        ),
    ),
    SECURITY_DEPLOYMENT_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "create_security_deployment",
            "update_security_deployment",
        ),
    ),
    SECURITY_REALM_ACTIVE_DIRECTORY_INVALID_URL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "update_active_directory_configuration",
        ),
    ),
    SECURITY_REALM_ID_CONFLICT: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_BUNDLE_URL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_ID: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_IDS: ErrorCodeInfo(
        statuses=(400,),
        operations=("reorder_security_realms",),
    ),
    SECURITY_REALM_INVALID_ORDER: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_TYPE: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_URL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
        ),
    ),
    SECURITY_REALM_INVALID_YAML: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_LDAP_INVALID_URL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_ldap_configuration",
            "update_ldap_configuration",
        ),
    ),
    SECURITY_REALM_MISSING_IDS: ErrorCodeInfo(
        statuses=(400,),
        operations=("reorder_security_realms",),
    ),
    SECURITY_REALM_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_active_directory_configuration",
            "delete_ldap_configuration",
            "delete_saml_configuration",
            "get_active_directory_configuration",
            "get_ldap_configuration",
            "get_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_ORDER_CONFLICT: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_active_directory_configuration",
            "create_ldap_configuration",
            "create_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_SAML_INVALID_IDP_METADATA_URL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_saml_configuration",
            "update_saml_configuration",
        ),
    ),
    SECURITY_REALM_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=(
            "delete_active_directory_configuration",
            "delete_ldap_configuration",
            "delete_saml_configuration",
            "update_active_directory_configuration",
            "update_ldap_configuration",
            "update_saml_configuration",
        ),
    ),
    STACKPACK_BAD_ARCHIVE: ErrorCodeInfo(
        statuses=(400,),
        operations=("update_stack_packs",),
    ),
    STACKPACK_INVALID_VERSION: ErrorCodeInfo(
        statuses=(400,),
        operations=("search_eligible_remote_clusters",),
    ),
    STACKPACK_MISSING_PLATFORM_VERSION: ErrorCodeInfo(
        statuses=(404,),
        operations=("update_version_stack",),
    ),
    STACKPACK_UNKNOWN_INTERNAL_ERROR: ErrorCodeInfo(
        statuses=(400,),
        operations=("update_stack_packs",),
    ),
    STACKPACK_VERSION_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_version_stack",
            "get_version_stack",
        ),
    ),
    TELEMETRY_ALREADY_EXISTS: ErrorCodeInfo(
        statuses=(409,),
        operations=("set_telemetry_config",),
    ),
    TELEMETRY_REQUEST_EXECUTION_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=("set_telemetry_config",),
    ),
    TEMPLATES_REGION_NOT_ALLOWED: ErrorCodeInfo(
        statuses=(401,),
        operations=(
            "create_deployment_template_v2",
            "delete_deployment_template_v2",
            "get_deployment_template_v2",
            "get_deployment_templates_v2",
            "set_deployment_template_v2",
        ),
    ),
    TEMPLATES_REGION_NOT_FOUND: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_deployment_template_v2",
            "delete_deployment_template_v2",
            "get_deployment_template_v2",
            "get_deployment_templates_v2",
            "set_deployment_template_v2",
        ),
    ),
    TEMPLATES_TEMPLATE_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_deployment_template_v2",
            "get_deployment_template_v2",
            "set_deployment_template_v2",
        ),
    ),
    TEMPLATES_VERSION_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=("set_deployment_template_v2",),
    ),
    TRAFFIC_FILTER_INVALID_ASSOCIATION_TYPE: ErrorCodeInfo(
        statuses=(400,),
        operations=("get_traffic_filter_deployment_ruleset_associations",),
    ),
    TRAFFIC_FILTER_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "create_traffic_filter_ruleset_association",
            "delete_traffic_filter_ruleset",
            "delete_traffic_filter_ruleset_association",
            "get_traffic_filter_ruleset",
            "update_traffic_filter_ruleset",
        ),
    ),
    TRAFFIC_FILTER_REQUEST_EXECUTION_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=(
            "create_traffic_filter_ruleset",
            "create_traffic_filter_ruleset_association",
            "delete_traffic_filter_ruleset",
            "delete_traffic_filter_ruleset_association",
            "get_traffic_filter_deployment_ruleset_associations",
            "get_traffic_filter_ruleset",
            "get_traffic_filter_ruleset_deployment_associations",
            "get_traffic_filter_rulesets",
            "update_traffic_filter_ruleset",
        ),
    ),
    TRAFFIC_FILTER_CLAIMED_LINK_ID_INVALID_INPUT: ErrorCodeInfo(
        statuses=(400,),
        operations=("unclaim_traffic_filter_link_id",),
    ),
    TRAFFIC_FILTER_CLAIMED_LINK_ID_REQUEST_EXECUTION_FAILED: ErrorCodeInfo(
        statuses=(500,),
        operations=(
            "claim_traffic_filter_link_id",
            "get_traffic_filter_claimed_link_ids",
            "unclaim_traffic_filter_link_id",
        ),
    ),
    TRUST_RELATIONSHIPS_NOT_FOUND: ErrorCodeInfo(
        statuses=(404,),
        operations=(
            "delete_trust_relationship",
            "get_trust_relationship",
            "update_trust_relationship",
        ),
    ),
    USER_CANNOT_MODIFY: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "delete_user",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_CANNOT_MODIFY_EXTERNAL: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "delete_user",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_NOT_FOUND: ErrorCodeInfo(
        statuses=(
            401,
            404,
        ),
        operations=(
            "accept_organization_invitation",
            "create_organization_invitations",
            "delete_organization_memberships",
            "delete_user",
            "get_current_user",
            "get_organization",
            "get_user",
            "list_organizations",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_RESTRICTED_DELETION: ErrorCodeInfo(
        statuses=(400,),
        operations=("delete_user",),
    ),
    USER_RESTRICTED_FIELD: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_user",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_ROLES_FORBIDDEN: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_user",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_ROLES_INVALID: ErrorCodeInfo(
        statuses=(400,),
        operations=(
            "create_user",
            "update_current_user",
            "update_user",
        ),
    ),
    USER_USER_NAME_CONFLICT: ErrorCodeInfo(
        statuses=(409,),
        operations=("create_user",),
    ),
    USER_USER_NAME_INVALID: ErrorCodeInfo(
        statuses=(400,),
        operations=("create_user",),
    ),
}
"""Every documented error code -> where it is documented."""


def describe(code: str) -> ErrorCodeInfo | None:
    """Where the spec documents ``code``, or None if the spec does not list it."""
    return CATALOGUE.get(code)


__all__ = [
    "CATALOGUE",
    "ErrorCodeInfo",
    "describe",
    "ACCOUNTS_NOT_FOUND",
    "ADMINCONSOLE_BASE_URL_BAD_VERSION_FORMAT",
    "ADMINCONSOLE_BASE_URL_INVALID_PERSISTED_DATA",
    "ADMINCONSOLE_BASE_URL_NOT_FOUND",
    "ADMINCONSOLE_BASE_URL_VERSION_CONFLICT",
    "ADMINCONSOLES_LOGGING_SETTINGS_NOT_FOUND",
    "ALLOCATORS_ALLOCATOR_NOT_FOUND",
    "ALLOCATORS_DELETE_ALLOCATOR_WITH_INSTANCES_ATTEMPT",
    "ALLOCATORS_DELETE_CONNECTED_ALLOCATOR_ATTEMPT",
    "ALLOCATORS_INVALID_EMPTY_METADATA_ITEM",
    "ALLOCATORS_INVALID_EMPTY_METADATA_ITEMS",
    "ALLOCATORS_LOGGING_SETTINGS_NOT_FOUND",
    "ALLOCATORS_METADATA_ITEM_NOT_FOUND",
    "ALLOCATORS_RESYNC_FAILED",
    "API_KEYS_INVALID_INPUT",
    "API_KEYS_KEY_NOT_FOUND",
    "API_KEYS_USER_NOT_FOUND",
    "AUTHC_AUTHENTICATION_CLUSTER_ERROR",
    "AUTHC_NO_AUTHENTICATION_CLUSTER",
    "BILLING_SERVICE_ES_CLUSTER_ID_NOT_FOUND",
    "BILLING_SERVICE_FAILED_REQUEST",
    "BILLING_SERVICE_RATE_LIMITED",
    "CERT_NOT_FOUND",
    "CERT_UNKNOWN_CERT_ALGORITHM",
    "CLUSTERS_CLUSTER_INVALID_PLAN",
    "CLUSTERS_CLUSTER_NOT_FOUND",
    "CLUSTERS_CLUSTER_PLAN_STATE_ERROR",
    "CLUSTERS_COMMAND_PROHIBITED",
    "CLUSTERS_PLAN_FEATURE_NOT_IMPLEMENTED",
    "COMMENTS_COMMENT_DOES_NOT_EXIST",
    "COMMENTS_ID_ALREADY_EXISTS",
    "COMMENTS_NO_USER_ID",
    "COMMENTS_RESOURCE_DOES_NOT_EXIST",
    "COMMENTS_UNAUTHORISED",
    "COMMENTS_VERSION_CONFLICT",
    "CONFIGURATION_BAD_META_DATA",
    "CONFIGURATION_CONFIGURATION_ID_RESERVED",
    "CONFIGURATION_INSTANCE_CONFIGURATION_NOT_FOUND",
    "CONFIGURATION_INSTANCE_CONFIGURATION_UPDATE_FAILED",
    "CONFIGURATION_INVALID_CLUSTER_TYPE",
    "CONFIGURATION_INVALID_DISCRETE_SIZES",
    "CONFIGURATION_SYSTEM_OWNED",
    "CONSTRUCTORS_COMMAND_PROHIBITED",
    "CONSTRUCTORS_CONSTRUCTOR_NOT_FOUND",
    "CONSTRUCTORS_LOGGING_SETTINGS_NOT_FOUND",
    "CONSTRUCTORS_RESYNC_FAILED",
    "COORDINATORS_CANDIDATE_DELETION_FAILED",
    "COORDINATORS_CANDIDATE_NOT_FOUND",
    "COORDINATORS_COORDINATOR_DEMOTE_FAILED",
    "COORDINATORS_COORDINATOR_NOT_FOUND",
    "COSTS_INVALID_DATE_RANGE",
    "DEPLOYMENTS_DEPLOYMENT_NOT_FOUND",
    "DEPLOYMENTS_DEPLOYMENT_RESOURCE_NO_LONGER_EXISTS",
    "DEPLOYMENTS_DEPLOYMENT_RESOURCE_NOT_FOUND",
    "DEPLOYMENTS_DEPLOYMENT_RESOURCE_PLAN_CHANGE_ERROR",
    "DEPLOYMENTS_ELASTICSEARCH_PASSWORD_RESET_ERROR",
    "DEPLOYMENTS_INSTANCE_NOT_FOUND_ERROR",
    "DEPLOYMENTS_INSTANCE_UPDATE_PROHIBITED_ERROR",
    "DEPLOYMENTS_INSTANCES_MISSING_ON_UPDATE_ERROR",
    "DEPLOYMENTS_INVALID_METADATA",
    "DEPLOYMENTS_METADATA_INTERNAL_ERROR",
    "DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_PENDING_PLAN",
    "DEPLOYMENTS_RESOURCE_DOES_NOT_HAVE_A_VALID_VERSION",
    "DEPLOYMENTS_RESOURCE_HAS_INSTANCES",
    "DEPLOYMENTS_RESOURCE_NOT_SHUTDOWN",
    "DEPLOYMENTS_RESTRICTED_PARAMETER",
    "DEPLOYMENTS_RESYNC_FAILED",
    "ENROLLMENT_TOKENS_INVALID_TOKEN_ID",
    "ENROLLMENT_TOKENS_INVALID_TOKEN_REQUEST",
    "ENROLLMENT_TOKENS_SIGNING_KEY_NOT_FOUND",
    "EXTENSIONS_ID_ALREADY_EXISTS",
    "EXTENSIONS_NO_USER_ID",
    "EXTENSIONS_NOT_FOUND",
    "EXTENSIONS_REQUEST_EXECUTION_FAILED",
    "EXTENSIONS_UNAUTHORISED",
    "EXTENSIONS_VERSION_CONFLICT",
    "HEAP_DUMPS_HEAP_DUMP_NOT_FOUND",
    "INSTANCE_OVERRIDES_OUT_OF_RANGE",
    "LICENSE_INVALID_LICENSE",
    "LICENSE_LICENSE_NOT_FOUND",
    "NETWORKING_CNAME_BAD_VERSION_FORMAT",
    "NETWORKING_CNAME_NOT_FOUND",
    "NETWORKING_CNAME_VERSION_CONFLICT",
    "ORGANIZATION_INVALID_ACCESS",
    "ORGANIZATION_INVALID_NAME",
    "ORGANIZATION_INVITATION_ALREADY_EXISTS",
    "ORGANIZATION_INVITATION_INVALID_EMAIL",
    "ORGANIZATION_INVITATION_NOT_FOUND",
    "ORGANIZATION_INVITATIONS_RATE_LIMIT_EXCEEDED",
    "ORGANIZATION_MEMBERSHIP_NOT_FOUND",
    "ORGANIZATION_NOT_FOUND",
    "ORGANIZATION_USER_ORGANIZATION_ALREADY_BELONGS",
    "ORGANIZATION_USER_ORGANIZATION_ALREADY_EXISTS",
    "ORGANIZATION_USER_ORGANIZATION_DOES_NOT_BELONG",
    "PATCH_REQUEST_MALFORMED",
    "PLATFORM_CONFIG_STORE_ALREADY_EXISTS",
    "PLATFORM_CONFIG_STORE_NOT_FOUND",
    "PLATFORM_CONFIG_STORE_VERSION_CONFLICT",
    "PROXIES_PROXIES_FILTERED_GROUP_ALREADY_EXISTS",
    "PROXIES_PROXIES_FILTERED_GROUP_EMPTY_ID",
    "PROXIES_PROXIES_FILTERED_GROUP_ID_CONFLICT",
    "PROXIES_PROXIES_FILTERED_GROUP_NOT_FOUND",
    "PROXIES_PROXIES_FILTERED_GROUP_VERSION_CONFLICT",
    "PROXIES_PROXY_NOT_FOUND",
    "PROXIES_VERSION_CONFLICT",
    "ROLE_ASSIGNMENTS_INVALID_TARGET_USER_ID",
    "ROLE_ASSIGNMENTS_UNAUTHORIZED_ROLE_ASSIGNMENTS",
    "ROLES_ALREADY_EXISTS",
    "ROLES_IN_USE",
    "ROLES_NOT_FOUND",
    "ROLES_VERSION_CONFLICT",
    "ROOT_INVALID_AUTHENTICATION",
    "ROOT_INVALID_DATA",
    "ROOT_UNAUTHENTICATED",
    "ROOT_UNAUTHORIZED",
    "ROOT_UNAUTHORIZED_RBAC",
    "RUNNERS_LOGGING_SETTINGS_NOT_FOUND",
    "RUNNERS_RESYNC_FAILED",
    "RUNNERS_RUNNER_DELETION_FAILED",
    "RUNNERS_RUNNER_NOT_FOUND",
    "RUNNERS_RUNNER_SET_ROLES_FAILED",
    "RUNNERS_SEARCH_FAILED",
    "SECURITY_DEPLOYMENT_ALREADY_EXISTS",
    "SECURITY_DEPLOYMENT_CLUSTER_PENDING_PLAN_EXISTS",
    "SECURITY_DEPLOYMENT_NOT_FOUND",
    "SECURITY_DEPLOYMENT_VERSION_CONFLICT",
    "SECURITY_REALM_ACTIVE_DIRECTORY_INVALID_URL",
    "SECURITY_REALM_ID_CONFLICT",
    "SECURITY_REALM_INVALID_BUNDLE_URL",
    "SECURITY_REALM_INVALID_ID",
    "SECURITY_REALM_INVALID_IDS",
    "SECURITY_REALM_INVALID_ORDER",
    "SECURITY_REALM_INVALID_TYPE",
    "SECURITY_REALM_INVALID_URL",
    "SECURITY_REALM_INVALID_YAML",
    "SECURITY_REALM_LDAP_INVALID_URL",
    "SECURITY_REALM_MISSING_IDS",
    "SECURITY_REALM_NOT_FOUND",
    "SECURITY_REALM_ORDER_CONFLICT",
    "SECURITY_REALM_SAML_INVALID_IDP_METADATA_URL",
    "SECURITY_REALM_VERSION_CONFLICT",
    "STACKPACK_BAD_ARCHIVE",
    "STACKPACK_INVALID_VERSION",
    "STACKPACK_MISSING_PLATFORM_VERSION",
    "STACKPACK_UNKNOWN_INTERNAL_ERROR",
    "STACKPACK_VERSION_NOT_FOUND",
    "TELEMETRY_ALREADY_EXISTS",
    "TELEMETRY_REQUEST_EXECUTION_FAILED",
    "TEMPLATES_REGION_NOT_ALLOWED",
    "TEMPLATES_REGION_NOT_FOUND",
    "TEMPLATES_TEMPLATE_NOT_FOUND",
    "TEMPLATES_VERSION_CONFLICT",
    "TRAFFIC_FILTER_INVALID_ASSOCIATION_TYPE",
    "TRAFFIC_FILTER_NOT_FOUND",
    "TRAFFIC_FILTER_REQUEST_EXECUTION_FAILED",
    "TRAFFIC_FILTER_CLAIMED_LINK_ID_INVALID_INPUT",
    "TRAFFIC_FILTER_CLAIMED_LINK_ID_REQUEST_EXECUTION_FAILED",
    "TRUST_RELATIONSHIPS_NOT_FOUND",
    "USER_CANNOT_MODIFY",
    "USER_CANNOT_MODIFY_EXTERNAL",
    "USER_NOT_FOUND",
    "USER_RESTRICTED_DELETION",
    "USER_RESTRICTED_FIELD",
    "USER_ROLES_FORBIDDEN",
    "USER_ROLES_INVALID",
    "USER_USER_NAME_CONFLICT",
    "USER_USER_NAME_INVALID",
]
