"""Every schema of the ECE API as a model class, imported on first use (PEP 562).

`from ece_client.models import DeploymentGetResponse` loads that one module, not all of them.
"""

import typing as _typing

_MODULES = {
    "AccountResponse": ".account_response",
    "AccountTrustRelationship": ".account_trust_relationship",
    "AccountTrustSettings": ".account_trust_settings",
    "AccountUpdateRequest": ".account_update_request",
    "ActiveDirectoryGroupSearch": ".active_directory_group_search",
    "ActiveDirectoryGroupSearchScope": ".active_directory_group_search_scope",
    "ActiveDirectorySecurityRealmLoadBalance": ".active_directory_security_realm_load_balance",
    "ActiveDirectorySecurityRealmLoadBalanceType": ".active_directory_security_realm_load_balance_type",
    "ActiveDirectorySecurityRealmRoleMappingRule": ".active_directory_security_realm_role_mapping_rule",
    "ActiveDirectorySecurityRealmRoleMappingRuleType": ".active_directory_security_realm_role_mapping_rule_type",
    "ActiveDirectorySecurityRealmRoleMappingRules": ".active_directory_security_realm_role_mapping_rules",
    "ActiveDirectorySettings": ".active_directory_settings",
    "ActiveDirectorySettingsCertificateUrlTruststoreType": ".active_directory_settings_certificate_url_truststore_type",
    "ActiveDirectoryUserSearch": ".active_directory_user_search",
    "ActiveDirectoryUserSearchScope": ".active_directory_user_search_scope",
    "AdminconsoleInfo": ".adminconsole_info",
    "AdminconsolesOverview": ".adminconsoles_overview",
    "AllocatedInstancePlansInfo": ".allocated_instance_plans_info",
    "AllocatedInstanceStatus": ".allocated_instance_status",
    "AllocatedInstanceStatusClusterType": ".allocated_instance_status_cluster_type",
    "AllocatorBuildInfo": ".allocator_build_info",
    "AllocatorCapacity": ".allocator_capacity",
    "AllocatorCapacityMemory": ".allocator_capacity_memory",
    "AllocatorCapacityStorage": ".allocator_capacity_storage",
    "AllocatorHealthChecks": ".allocator_health_checks",
    "AllocatorHealthStatus": ".allocator_health_status",
    "AllocatorInfo": ".allocator_info",
    "AllocatorMoveRequest": ".allocator_move_request",
    "AllocatorOverview": ".allocator_overview",
    "AllocatorSettings": ".allocator_settings",
    "AllocatorZoneInfo": ".allocator_zone_info",
    "AllocatorsSummary": ".allocators_summary",
    "AllocatorsZoneSummary": ".allocators_zone_summary",
    "ApiBaseUrlData": ".api_base_url_data",
    "ApiKeyResponse": ".api_key_response",
    "ApiKeysResponse": ".api_keys_response",
    "Apm": ".apm",
    "ApmBackendPlan": ".apm_backend_plan",
    "ApmConfiguration": ".apm_configuration",
    "ApmConfigurationUserSettingsJson": ".apm_configuration_user_settings_json",
    "ApmConfigurationUserSettingsOverrideJson": ".apm_configuration_user_settings_override_json",
    "ApmCrudResponse": ".apm_crud_response",
    "ApmCrudResponseDiagnostics": ".apm_crud_response_diagnostics",
    "ApmInfo": ".apm_info",
    "ApmInfoApmServerMode": ".apm_info_apm_server_mode",
    "ApmInfoLinks": ".apm_info_links",
    "ApmInfoStatus": ".apm_info_status",
    "ApmPayload": ".apm_payload",
    "ApmPlan": ".apm_plan",
    "ApmPlanControlConfiguration": ".apm_plan_control_configuration",
    "ApmPlanControlConfigurationClusterReboot": ".apm_plan_control_configuration_cluster_reboot",
    "ApmPlanControlConfigurationPreferredAllocatorTags": ".apm_plan_control_configuration_preferred_allocator_tags",
    "ApmPlanInfo": ".apm_plan_info",
    "ApmPlansInfo": ".apm_plans_info",
    "ApmResourceInfo": ".apm_resource_info",
    "ApmSettings": ".apm_settings",
    "ApmSubInfo": ".apm_sub_info",
    "ApmSubInfoLinks": ".apm_sub_info_links",
    "ApmSystemSettings": ".apm_system_settings",
    "ApmTopologyElement": ".apm_topology_element",
    "AppSearch": ".app_search",
    "AppSearchBackendPlan": ".app_search_backend_plan",
    "AppSearchConfiguration": ".app_search_configuration",
    "AppSearchConfigurationUserSettingsJson": ".app_search_configuration_user_settings_json",
    "AppSearchConfigurationUserSettingsOverrideJson": ".app_search_configuration_user_settings_override_json",
    "AppSearchInfo": ".app_search_info",
    "AppSearchInfoLinks": ".app_search_info_links",
    "AppSearchInfoStatus": ".app_search_info_status",
    "AppSearchNodeTypes": ".app_search_node_types",
    "AppSearchPayload": ".app_search_payload",
    "AppSearchPlan": ".app_search_plan",
    "AppSearchPlanControlConfiguration": ".app_search_plan_control_configuration",
    "AppSearchPlanControlConfigurationClusterReboot": ".app_search_plan_control_configuration_cluster_reboot",
    "AppSearchPlanControlConfigurationPreferredAllocatorTags": ".app_search_plan_control_configuration_preferred_allocator_tags",
    "AppSearchPlanInfo": ".app_search_plan_info",
    "AppSearchPlansInfo": ".app_search_plans_info",
    "AppSearchResourceInfo": ".app_search_resource_info",
    "AppSearchSettings": ".app_search_settings",
    "AppSearchSubInfo": ".app_search_sub_info",
    "AppSearchSubInfoLinks": ".app_search_sub_info_links",
    "AppSearchSystemSettings": ".app_search_system_settings",
    "AppSearchTopologyElement": ".app_search_topology_element",
    "AuthenticationInfo": ".authentication_info",
    "AutoOpsSettings": ".auto_ops_settings",
    "AutoOpsSettingsStatus": ".auto_ops_settings_status",
    "AutodetectStrategyConfig": ".autodetect_strategy_config",
    "AvailableAuthenticationMethods": ".available_authentication_methods",
    "Balance": ".balance",
    "BasicFailedReply": ".basic_failed_reply",
    "BasicFailedReplyElement": ".basic_failed_reply_element",
    "Blessing": ".blessing",
    "Blessings": ".blessings",
    "BlessingsRunnerIdsToBlessing": ".blessings_runner_ids_to_blessing",
    "BlessingsWithMeta": ".blessings_with_meta",
    "BoolQuery": ".bool_query",
    "CancelDeploymentResourcePendingPlanResourceKind": ".cancel_deployment_resource_pending_plan_resource_kind",
    "CapacityConstraintsResource": ".capacity_constraints_resource",
    "CaptureDeploymentResourceDiagnosticsMode": ".capture_deployment_resource_diagnostics_mode",
    "CertificateAuthority": ".certificate_authority",
    "CertificateMetaData": ".certificate_meta_data",
    "ChainStatus": ".chain_status",
    "ChangeSourceInfo": ".change_source_info",
    "ChartItem": ".chart_item",
    "ChartItemValue": ".chart_item_value",
    "ChartItems": ".chart_items",
    "ClusterCredentials": ".cluster_credentials",
    "ClusterCurationSettings": ".cluster_curation_settings",
    "ClusterCurationSpec": ".cluster_curation_spec",
    "ClusterInstanceConfigurationInfo": ".cluster_instance_configuration_info",
    "ClusterInstanceConfigurationInfoResource": ".cluster_instance_configuration_info_resource",
    "ClusterInstanceDiskInfo": ".cluster_instance_disk_info",
    "ClusterInstanceInfo": ".cluster_instance_info",
    "ClusterInstanceInfoNodeRolesItem": ".cluster_instance_info_node_roles_item",
    "ClusterInstanceMemoryInfo": ".cluster_instance_memory_info",
    "ClusterLicenseInfo": ".cluster_license_info",
    "ClusterLicenseInfoLicense": ".cluster_license_info_license",
    "ClusterMetadataCpuResourcesSettings": ".cluster_metadata_cpu_resources_settings",
    "ClusterMetadataInfo": ".cluster_metadata_info",
    "ClusterMetadataInfoRaw": ".cluster_metadata_info_raw",
    "ClusterMetadataPortInfo": ".cluster_metadata_port_info",
    "ClusterMetadataResourcesSettings": ".cluster_metadata_resources_settings",
    "ClusterMetadataSettings": ".cluster_metadata_settings",
    "ClusterPlanAttemptError": ".cluster_plan_attempt_error",
    "ClusterPlanAttemptErrorDetails": ".cluster_plan_attempt_error_details",
    "ClusterPlanStepInfo": ".cluster_plan_step_info",
    "ClusterPlanStepInfoStage": ".cluster_plan_step_info_stage",
    "ClusterPlanStepInfoStatus": ".cluster_plan_step_info_status",
    "ClusterPlanStepLogMessageInfo": ".cluster_plan_step_log_message_info",
    "ClusterPlanStepLogMessageInfoDetails": ".cluster_plan_step_log_message_info_details",
    "ClusterPlanStepLogMessageInfoInternalDetails": ".cluster_plan_step_log_message_info_internal_details",
    "ClusterPlanStepLogMessageInfoStage": ".cluster_plan_step_log_message_info_stage",
    "ClusterPlanWarning": ".cluster_plan_warning",
    "ClusterSnapshotRepositoryDefault": ".cluster_snapshot_repository_default",
    "ClusterSnapshotRepositoryInfo": ".cluster_snapshot_repository_info",
    "ClusterSnapshotRepositoryReference": ".cluster_snapshot_repository_reference",
    "ClusterSnapshotRepositoryStatic": ".cluster_snapshot_repository_static",
    "ClusterSnapshotRepositoryStaticSettings": ".cluster_snapshot_repository_static_settings",
    "ClusterSnapshotRetention": ".cluster_snapshot_retention",
    "ClusterSnapshotSettings": ".cluster_snapshot_settings",
    "ClusterSystemAlert": ".cluster_system_alert",
    "ClusterSystemAlertAlertType": ".cluster_system_alert_alert_type",
    "ClusterTopologyInfo": ".cluster_topology_info",
    "Comment": ".comment",
    "CommentCreateRequest": ".comment_create_request",
    "CommentUpdateRequest": ".comment_update_request",
    "CommentWithMeta": ".comment_with_meta",
    "CommentsWithMetas": ".comments_with_metas",
    "CommonClusterPlanInfo": ".common_cluster_plan_info",
    "CommonClusterPlanInfoPlan": ".common_cluster_plan_info_plan",
    "CompatibleNodeTypesResource": ".compatible_node_types_resource",
    "CompatibleVersionResource": ".compatible_version_resource",
    "ConfigStoreOption": ".config_store_option",
    "ConfigStoreOptionData": ".config_store_option_data",
    "ConfigStoreOptionList": ".config_store_option_list",
    "ConstructorHealthStatus": ".constructor_health_status",
    "ConstructorInfo": ".constructor_info",
    "ConstructorOverview": ".constructor_overview",
    "ContainerConfigHostConfig": ".container_config_host_config",
    "ContainerConfigHostConfigPortBindings": ".container_config_host_config_port_bindings",
    "ContainerSetSummary": ".container_set_summary",
    "ContainerSetsSummary": ".container_sets_summary",
    "ContainersEntry": ".containers_entry",
    "ContainersEntryOptions": ".containers_entry_options",
    "ContainersEntryOptionsACL": ".containers_entry_options_acl",
    "ContainersEntryOptionsAuth": ".containers_entry_options_auth",
    "ContainersEntryOptionsContainerConfig": ".containers_entry_options_container_config",
    "ContainersEntryOptionsOverrides": ".containers_entry_options_overrides",
    "CoordinatorCandidateInfo": ".coordinator_candidate_info",
    "CoordinatorCandidateInfoAttributes": ".coordinator_candidate_info_attributes",
    "CoordinatorCandidateInfoState": ".coordinator_candidate_info_state",
    "CoordinatorCandidatesSummary": ".coordinator_candidates_summary",
    "CoordinatorSummary": ".coordinator_summary",
    "CoordinatorSummaryAttributes": ".coordinator_summary_attributes",
    "CoordinatorsSummary": ".coordinators_summary",
    "Costs": ".costs",
    "CostsOverview": ".costs_overview",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateExtensionRequest": ".create_extension_request",
    "CreateExtensionRequestExtensionType": ".create_extension_request_extension_type",
    "Creates": ".creates",
    "DeleteApiKeysRequest": ".delete_api_keys_request",
    "DeleteDeploymentResourceProxyRequestsResourceKind": ".delete_deployment_resource_proxy_requests_resource_kind",
    "DeleteDeploymentStatelessResourceStatelessResourceKind": ".delete_deployment_stateless_resource_stateless_resource_kind",
    "DeleteUsersApiKeysRequest": ".delete_users_api_keys_request",
    "DeploymentCosts": ".deployment_costs",
    "DeploymentCreateMetadata": ".deployment_create_metadata",
    "DeploymentCreateRequest": ".deployment_create_request",
    "DeploymentCreateResources": ".deployment_create_resources",
    "DeploymentCreateResponse": ".deployment_create_response",
    "DeploymentCreateSettings": ".deployment_create_settings",
    "DeploymentDeleteResponse": ".deployment_delete_response",
    "DeploymentDiagnostics": ".deployment_diagnostics",
    "DeploymentDomainName": ".deployment_domain_name",
    "DeploymentGetResponse": ".deployment_get_response",
    "DeploymentHeapDumps": ".deployment_heap_dumps",
    "DeploymentLogging": ".deployment_logging",
    "DeploymentLoggingSettings": ".deployment_logging_settings",
    "DeploymentLoggingUrls": ".deployment_logging_urls",
    "DeploymentMetadata": ".deployment_metadata",
    "DeploymentMetrics": ".deployment_metrics",
    "DeploymentMetricsSettings": ".deployment_metrics_settings",
    "DeploymentMetricsUrls": ".deployment_metrics_urls",
    "DeploymentObservability": ".deployment_observability",
    "DeploymentObservabilitySettings": ".deployment_observability_settings",
    "DeploymentResource": ".deployment_resource",
    "DeploymentResourceCommandResponse": ".deployment_resource_command_response",
    "DeploymentResourceCrudResponse": ".deployment_resource_crud_response",
    "DeploymentResourceUpgradeResponse": ".deployment_resource_upgrade_response",
    "DeploymentResources": ".deployment_resources",
    "DeploymentRestoreResponse": ".deployment_restore_response",
    "DeploymentRoleAssignment": ".deployment_role_assignment",
    "DeploymentSearchResponse": ".deployment_search_response",
    "DeploymentSettings": ".deployment_settings",
    "DeploymentShutdownResponse": ".deployment_shutdown_response",
    "DeploymentTemplateInfoV2": ".deployment_template_info_v2",
    "DeploymentTemplateReference": ".deployment_template_reference",
    "DeploymentTemplateRequestBody": ".deployment_template_request_body",
    "DeploymentUpdateMetadata": ".deployment_update_metadata",
    "DeploymentUpdateRequest": ".deployment_update_request",
    "DeploymentUpdateResources": ".deployment_update_resources",
    "DeploymentUpdateResponse": ".deployment_update_response",
    "DeploymentUpdateSettings": ".deployment_update_settings",
    "DeploymentUpgradeAssistantStatusResponse": ".deployment_upgrade_assistant_status_response",
    "DeploymentsCosts": ".deployments_costs",
    "DeploymentsListResponse": ".deployments_list_response",
    "DeploymentsListingData": ".deployments_listing_data",
    "DeploymentsSearchResponse": ".deployments_search_response",
    "DeploymentsSearchResponseMinimalMetadataItem": ".deployments_search_response_minimal_metadata_item",
    "Dimension": ".dimension",
    "DimensionType": ".dimension_type",
    "DirectTrustRelationship": ".direct_trust_relationship",
    "DirectTrustRelationshipType": ".direct_trust_relationship_type",
    "DiscreteSizes": ".discrete_sizes",
    "DiscreteSizesResource": ".discrete_sizes_resource",
    "DtsDimensionCosts": ".dts_dimension_costs",
    "DtsQuantity": ".dts_quantity",
    "DtsRate": ".dts_rate",
    "Elasticsearch": ".elasticsearch",
    "ElasticsearchBackendPlan": ".elasticsearch_backend_plan",
    "ElasticsearchBlockingIssueElement": ".elasticsearch_blocking_issue_element",
    "ElasticsearchBlockingIssueElementLevel": ".elasticsearch_blocking_issue_element_level",
    "ElasticsearchBlockingIssues": ".elasticsearch_blocking_issues",
    "ElasticsearchClusterBlockingIssueElement": ".elasticsearch_cluster_blocking_issue_element",
    "ElasticsearchClusterBlockingIssues": ".elasticsearch_cluster_blocking_issues",
    "ElasticsearchClusterInfo": ".elasticsearch_cluster_info",
    "ElasticsearchClusterInfoLinks": ".elasticsearch_cluster_info_links",
    "ElasticsearchClusterInfoStatus": ".elasticsearch_cluster_info_status",
    "ElasticsearchClusterPlan": ".elasticsearch_cluster_plan",
    "ElasticsearchClusterPlanInfo": ".elasticsearch_cluster_plan_info",
    "ElasticsearchClusterPlansInfo": ".elasticsearch_cluster_plans_info",
    "ElasticsearchClusterRole": ".elasticsearch_cluster_role",
    "ElasticsearchClusterSecurityInfo": ".elasticsearch_cluster_security_info",
    "ElasticsearchClusterSecurityInfoRoles": ".elasticsearch_cluster_security_info_roles",
    "ElasticsearchClusterSettings": ".elasticsearch_cluster_settings",
    "ElasticsearchClusterTopologyElement": ".elasticsearch_cluster_topology_element",
    "ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson": ".elasticsearch_cluster_topology_element_autoscaling_policy_override_json",
    "ElasticsearchClusterTopologyElementNodeRolesItem": ".elasticsearch_cluster_topology_element_node_roles_item",
    "ElasticsearchClusterTrustSettings": ".elasticsearch_cluster_trust_settings",
    "ElasticsearchClusterUser": ".elasticsearch_cluster_user",
    "ElasticsearchConfiguration": ".elasticsearch_configuration",
    "ElasticsearchConfigurationNodeAttributes": ".elasticsearch_configuration_node_attributes",
    "ElasticsearchConfigurationUserSettingsJson": ".elasticsearch_configuration_user_settings_json",
    "ElasticsearchConfigurationUserSettingsOverrideJson": ".elasticsearch_configuration_user_settings_override_json",
    "ElasticsearchCuration": ".elasticsearch_curation",
    "ElasticsearchDependant": ".elasticsearch_dependant",
    "ElasticsearchElasticUserPasswordResetResponse": ".elasticsearch_elastic_user_password_reset_response",
    "ElasticsearchInfo": ".elasticsearch_info",
    "ElasticsearchMasterElement": ".elasticsearch_master_element",
    "ElasticsearchMasterInfo": ".elasticsearch_master_info",
    "ElasticsearchMonitoringInfo": ".elasticsearch_monitoring_info",
    "ElasticsearchNodeType": ".elasticsearch_node_type",
    "ElasticsearchPayload": ".elasticsearch_payload",
    "ElasticsearchPlanControlConfiguration": ".elasticsearch_plan_control_configuration",
    "ElasticsearchPlanControlConfigurationClusterReboot": ".elasticsearch_plan_control_configuration_cluster_reboot",
    "ElasticsearchPlanControlConfigurationPreferredAllocatorTags": ".elasticsearch_plan_control_configuration_preferred_allocator_tags",
    "ElasticsearchReplicaElement": ".elasticsearch_replica_element",
    "ElasticsearchResourceInfo": ".elasticsearch_resource_info",
    "ElasticsearchScriptTypeSettings": ".elasticsearch_script_type_settings",
    "ElasticsearchScriptingUserSettings": ".elasticsearch_scripting_user_settings",
    "ElasticsearchShardElement": ".elasticsearch_shard_element",
    "ElasticsearchShardsInfo": ".elasticsearch_shards_info",
    "ElasticsearchShardsStatus": ".elasticsearch_shards_status",
    "ElasticsearchShardsStatusStatus": ".elasticsearch_shards_status_status",
    "ElasticsearchSystemSettings": ".elasticsearch_system_settings",
    "ElasticsearchUserBundle": ".elasticsearch_user_bundle",
    "ElasticsearchUserPlugin": ".elasticsearch_user_plugin",
    "ElevatedPermissions": ".elevated_permissions",
    "EmptyResponse": ".empty_response",
    "EnableIlmRequest": ".enable_ilm_request",
    "EnrollmentTokenRequest": ".enrollment_token_request",
    "EnterpriseSearch": ".enterprise_search",
    "EnterpriseSearchBackendPlan": ".enterprise_search_backend_plan",
    "EnterpriseSearchConfiguration": ".enterprise_search_configuration",
    "EnterpriseSearchConfigurationUserSettingsJson": ".enterprise_search_configuration_user_settings_json",
    "EnterpriseSearchConfigurationUserSettingsOverrideJson": ".enterprise_search_configuration_user_settings_override_json",
    "EnterpriseSearchInfo": ".enterprise_search_info",
    "EnterpriseSearchInfoLinks": ".enterprise_search_info_links",
    "EnterpriseSearchInfoStatus": ".enterprise_search_info_status",
    "EnterpriseSearchNodeTypes": ".enterprise_search_node_types",
    "EnterpriseSearchPayload": ".enterprise_search_payload",
    "EnterpriseSearchPlan": ".enterprise_search_plan",
    "EnterpriseSearchPlanControlConfiguration": ".enterprise_search_plan_control_configuration",
    "EnterpriseSearchPlanControlConfigurationClusterReboot": ".enterprise_search_plan_control_configuration_cluster_reboot",
    "EnterpriseSearchPlanControlConfigurationPreferredAllocatorTags": ".enterprise_search_plan_control_configuration_preferred_allocator_tags",
    "EnterpriseSearchPlanInfo": ".enterprise_search_plan_info",
    "EnterpriseSearchPlansInfo": ".enterprise_search_plans_info",
    "EnterpriseSearchResourceInfo": ".enterprise_search_resource_info",
    "EnterpriseSearchSettings": ".enterprise_search_settings",
    "EnterpriseSearchSubInfo": ".enterprise_search_sub_info",
    "EnterpriseSearchSubInfoLinks": ".enterprise_search_sub_info_links",
    "EnterpriseSearchSystemSettings": ".enterprise_search_system_settings",
    "EnterpriseSearchTopologyElement": ".enterprise_search_topology_element",
    "EnterpriseSearchTopologyElementAllocatorFilter": ".enterprise_search_topology_element_allocator_filter",
    "EnterpriseSearchTopologyElementMemoryPerNode": ".enterprise_search_topology_element_memory_per_node",
    "EnterpriseSearchTopologyElementNodeCountPerZone": ".enterprise_search_topology_element_node_count_per_zone",
    "ExistsQuery": ".exists_query",
    "Extension": ".extension",
    "ExtensionExtensionType": ".extension_extension_type",
    "ExtensionFileMetadata": ".extension_file_metadata",
    "Extensions": ".extensions",
    "ExternalHyperlink": ".external_hyperlink",
    "ExternalTrustRelationship": ".external_trust_relationship",
    "FilterAssociation": ".filter_association",
    "GenericResponse": ".generic_response",
    "GetCostsChartsBucketingStrategy": ".get_costs_charts_bucketing_strategy",
    "GetCostsChartsByDeploymentBucketingStrategy": ".get_costs_charts_by_deployment_bucketing_strategy",
    "GetDeploymentResourcePlanActivityResourceKind": ".get_deployment_resource_plan_activity_resource_kind",
    "GetDeploymentResourceProxyRequestsResourceKind": ".get_deployment_resource_proxy_requests_resource_kind",
    "GetResourceKindDeploymentDomainNameResourceKind": ".get_resource_kind_deployment_domain_name_resource_kind",
    "GetTlsCertificateServiceName": ".get_tls_certificate_service_name",
    "GetTrustRelationshipsFilter": ".get_trust_relationships_filter",
    "GlobalDeploymentTemplateInfo": ".global_deployment_template_info",
    "GlobalDeploymentTemplateRegion": ".global_deployment_template_region",
    "GrowShrinkStrategyConfig": ".grow_shrink_strategy_config",
    "HeapDump": ".heap_dump",
    "Hyperlink": ".hyperlink",
    "IdResponse": ".id_response",
    "IndexPattern": ".index_pattern",
    "IndexPatternNodeAttributes": ".index_pattern_node_attributes",
    "IndexSynchronizationResults": ".index_synchronization_results",
    "InstanceConfiguration": ".instance_configuration",
    "InstanceConfigurationInfo": ".instance_configuration_info",
    "InstanceConfigurationInfoInstanceType": ".instance_configuration_info_instance_type",
    "InstanceConfigurationInfoMetadata": ".instance_configuration_info_metadata",
    "InstanceConfigurationInstanceType": ".instance_configuration_instance_type",
    "InstanceConfigurationMetadata": ".instance_configuration_metadata",
    "InstanceMoveRequest": ".instance_move_request",
    "InstanceOverrides": ".instance_overrides",
    "InstanceTypeResource": ".instance_type_resource",
    "InstanceTypeResourceInstanceType": ".instance_type_resource_instance_type",
    "IntegrationsServer": ".integrations_server",
    "IntegrationsServerBackendPlan": ".integrations_server_backend_plan",
    "IntegrationsServerConfiguration": ".integrations_server_configuration",
    "IntegrationsServerConfigurationMode": ".integrations_server_configuration_mode",
    "IntegrationsServerConfigurationUserSettingsJson": ".integrations_server_configuration_user_settings_json",
    "IntegrationsServerConfigurationUserSettingsOverrideJson": ".integrations_server_configuration_user_settings_override_json",
    "IntegrationsServerInfo": ".integrations_server_info",
    "IntegrationsServerInfoApmServerMode": ".integrations_server_info_apm_server_mode",
    "IntegrationsServerInfoLinks": ".integrations_server_info_links",
    "IntegrationsServerInfoStatus": ".integrations_server_info_status",
    "IntegrationsServerPayload": ".integrations_server_payload",
    "IntegrationsServerPlan": ".integrations_server_plan",
    "IntegrationsServerPlanControlConfiguration": ".integrations_server_plan_control_configuration",
    "IntegrationsServerPlanControlConfigurationClusterReboot": ".integrations_server_plan_control_configuration_cluster_reboot",
    "IntegrationsServerPlanControlConfigurationPreferredAllocatorTags": ".integrations_server_plan_control_configuration_preferred_allocator_tags",
    "IntegrationsServerPlanInfo": ".integrations_server_plan_info",
    "IntegrationsServerPlansInfo": ".integrations_server_plans_info",
    "IntegrationsServerResourceInfo": ".integrations_server_resource_info",
    "IntegrationsServerSettings": ".integrations_server_settings",
    "IntegrationsServerSystemSettings": ".integrations_server_system_settings",
    "IntegrationsServerTopologyElement": ".integrations_server_topology_element",
    "ItemCosts": ".item_costs",
    "ItemCostsKind": ".item_costs_kind",
    "ItemsCosts": ".items_costs",
    "KeystoreContents": ".keystore_contents",
    "KeystoreContentsSecrets": ".keystore_contents_secrets",
    "KeystoreSecret": ".keystore_secret",
    "KeystoreSecretValue": ".keystore_secret_value",
    "Kibana": ".kibana",
    "KibanaBackendPlan": ".kibana_backend_plan",
    "KibanaClusterInfo": ".kibana_cluster_info",
    "KibanaClusterInfoLinks": ".kibana_cluster_info_links",
    "KibanaClusterInfoStatus": ".kibana_cluster_info_status",
    "KibanaClusterPlan": ".kibana_cluster_plan",
    "KibanaClusterPlanInfo": ".kibana_cluster_plan_info",
    "KibanaClusterPlansInfo": ".kibana_cluster_plans_info",
    "KibanaClusterSettings": ".kibana_cluster_settings",
    "KibanaClusterTopologyElement": ".kibana_cluster_topology_element",
    "KibanaConfiguration": ".kibana_configuration",
    "KibanaConfigurationUserSettingsJson": ".kibana_configuration_user_settings_json",
    "KibanaConfigurationUserSettingsOverrideJson": ".kibana_configuration_user_settings_override_json",
    "KibanaDeeplink": ".kibana_deeplink",
    "KibanaPayload": ".kibana_payload",
    "KibanaPlanControlConfiguration": ".kibana_plan_control_configuration",
    "KibanaPlanControlConfigurationClusterReboot": ".kibana_plan_control_configuration_cluster_reboot",
    "KibanaPlanControlConfigurationPreferredAllocatorTags": ".kibana_plan_control_configuration_preferred_allocator_tags",
    "KibanaResourceInfo": ".kibana_resource_info",
    "KibanaSubClusterInfo": ".kibana_sub_cluster_info",
    "KibanaSubClusterInfoLinks": ".kibana_sub_cluster_info_links",
    "KibanaSystemSettings": ".kibana_system_settings",
    "LdapGroupSearch": ".ldap_group_search",
    "LdapGroupSearchScope": ".ldap_group_search_scope",
    "LdapSecurityRealmLoadBalance": ".ldap_security_realm_load_balance",
    "LdapSecurityRealmLoadBalanceType": ".ldap_security_realm_load_balance_type",
    "LdapSecurityRealmRoleMappingRule": ".ldap_security_realm_role_mapping_rule",
    "LdapSecurityRealmRoleMappingRuleType": ".ldap_security_realm_role_mapping_rule_type",
    "LdapSecurityRealmRoleMappingRules": ".ldap_security_realm_role_mapping_rules",
    "LdapSettings": ".ldap_settings",
    "LdapSettingsBindType": ".ldap_settings_bind_type",
    "LdapSettingsCertificateUrlTruststoreType": ".ldap_settings_certificate_url_truststore_type",
    "LdapUserSearch": ".ldap_user_search",
    "LdapUserSearchScope": ".ldap_user_search_scope",
    "LicenseInfo": ".license_info",
    "LicenseObject": ".license_object",
    "ListEnrollmentTokenElement": ".list_enrollment_token_element",
    "ListEnrollmentTokenReply": ".list_enrollment_token_reply",
    "LoggingSettings": ".logging_settings",
    "LoggingSettingsLoggingLevels": ".logging_settings_logging_levels",
    "LoginRequest": ".login_request",
    "LoginState": ".login_state",
    "ManagedMonitoringSettings": ".managed_monitoring_settings",
    "MatchAllQuery": ".match_all_query",
    "MatchNoneQuery": ".match_none_query",
    "MatchQuery": ".match_query",
    "Metadata": ".metadata",
    "MetadataItem": ".metadata_item",
    "MetadataItemValue": ".metadata_item_value",
    "MetadataItems": ".metadata_items",
    "ModelVersionIndexSynchronizationResults": ".model_version_index_synchronization_results",
    "ModelVersionIndexSynchronizationResultsResults": ".model_version_index_synchronization_results_results",
    "MoveApmClusterConfiguration": ".move_apm_cluster_configuration",
    "MoveApmClusterDetails": ".move_apm_cluster_details",
    "MoveAppSearchConfiguration": ".move_app_search_configuration",
    "MoveAppSearchDetails": ".move_app_search_details",
    "MoveClustersByTypeClusterType": ".move_clusters_by_type_cluster_type",
    "MoveClustersCommandResponse": ".move_clusters_command_response",
    "MoveClustersDetails": ".move_clusters_details",
    "MoveClustersRequest": ".move_clusters_request",
    "MoveElasticsearchClusterConfiguration": ".move_elasticsearch_cluster_configuration",
    "MoveElasticsearchClusterDetails": ".move_elasticsearch_cluster_details",
    "MoveEnterpriseSearchConfiguration": ".move_enterprise_search_configuration",
    "MoveEnterpriseSearchDetails": ".move_enterprise_search_details",
    "MoveKibanaClusterConfiguration": ".move_kibana_cluster_configuration",
    "MoveKibanaClusterDetails": ".move_kibana_cluster_details",
    "NestedQuery": ".nested_query",
    "NestedQueryScoreMode": ".nested_query_score_mode",
    "NodeTypeResource": ".node_type_resource",
    "ObservabilityAbsoluteDeployment": ".observability_absolute_deployment",
    "ObservabilityIssue": ".observability_issue",
    "Organization": ".organization",
    "OrganizationInvitation": ".organization_invitation",
    "OrganizationInvitationRequest": ".organization_invitation_request",
    "OrganizationInvitations": ".organization_invitations",
    "OrganizationList": ".organization_list",
    "OrganizationMembership": ".organization_membership",
    "OrganizationMemberships": ".organization_memberships",
    "OrganizationRequest": ".organization_request",
    "OrganizationRoleAssignment": ".organization_role_assignment",
    "Orphaned": ".orphaned",
    "OrphanedElasticsearch": ".orphaned_elasticsearch",
    "PendingState": ".pending_state",
    "PendingStates": ".pending_states",
    "PendingStatesRunnerIdsToPendingState": ".pending_states_runner_ids_to_pending_state",
    "PendingStatesWithMeta": ".pending_states_with_meta",
    "Period": ".period",
    "PlanStrategy": ".plan_strategy",
    "PlatformInfo": ".platform_info",
    "PlatformResourcesSummary": ".platform_resources_summary",
    "PlatformRoleAssignment": ".platform_role_assignment",
    "PlatformServiceImageInfo": ".platform_service_image_info",
    "PlatformServiceInfo": ".platform_service_info",
    "PortBinding": ".port_binding",
    "PostDeploymentResourceProxyRequestsResourceKind": ".post_deployment_resource_proxy_requests_resource_kind",
    "PrefixQuery": ".prefix_query",
    "ProjectRoleAssignment": ".project_role_assignment",
    "ProjectRoleAssignments": ".project_role_assignments",
    "ProxiesAllocationsInfo": ".proxies_allocations_info",
    "ProxiesFilter": ".proxies_filter",
    "ProxiesFilteredGroup": ".proxies_filtered_group",
    "ProxiesFilteredGroupHealth": ".proxies_filtered_group_health",
    "ProxiesHealth": ".proxies_health",
    "ProxiesHttpSettings": ".proxies_http_settings",
    "ProxiesSettings": ".proxies_settings",
    "ProxiesSSOSettings": ".proxies_sso_settings",
    "ProxiesSummary": ".proxies_summary",
    "ProxyAllocationCounts": ".proxy_allocation_counts",
    "ProxyAllocationInfo": ".proxy_allocation_info",
    "ProxyAllocationInfoAllocationsType": ".proxy_allocation_info_allocations_type",
    "ProxyInfo": ".proxy_info",
    "ProxyInfoMetadata": ".proxy_info_metadata",
    "ProxyOverview": ".proxy_overview",
    "ProxySummary": ".proxy_summary",
    "PublicCertChain": ".public_cert_chain",
    "PublicCertChainCollection": ".public_cert_chain_collection",
    "PublicCertChainCollectionCerts": ".public_cert_chain_collection_certs",
    "PublicCertificate": ".public_certificate",
    "PutDeploymentResourceProxyRequestsResourceKind": ".put_deployment_resource_proxy_requests_resource_kind",
    "QueryContainer": ".query_container",
    "QueryContainerMatch": ".query_container_match",
    "QueryContainerPrefix": ".query_container_prefix",
    "QueryContainerRange": ".query_container_range",
    "QueryContainerTerm": ".query_container_term",
    "QueryStringQuery": ".query_string_query",
    "RangeQuery": ".range_query",
    "RangeQueryGt": ".range_query_gt",
    "RangeQueryGte": ".range_query_gte",
    "RangeQueryLt": ".range_query_lt",
    "RangeQueryLte": ".range_query_lte",
    "ReadOnlyRequest": ".read_only_request",
    "ReadOnlyResponse": ".read_only_response",
    "RegionInfo": ".region_info",
    "RemoteResourceInfo": ".remote_resource_info",
    "RemoteResourceRef": ".remote_resource_ref",
    "RemoteResources": ".remote_resources",
    "ReplyWarning": ".reply_warning",
    "RepositoryConfig": ".repository_config",
    "RepositoryConfigConfig": ".repository_config_config",
    "RepositoryConfigs": ".repository_configs",
    "RequestEnrollmentTokenReply": ".request_enrollment_token_reply",
    "ResourceHeapDumps": ".resource_heap_dumps",
    "RestartDeploymentStatelessResourceStatelessResourceKind": ".restart_deployment_stateless_resource_stateless_resource_kind",
    "RestartPolicy": ".restart_policy",
    "RestoreDeploymentResourceResourceKind": ".restore_deployment_resource_resource_kind",
    "RestoreSnapshotApiConfiguration": ".restore_snapshot_api_configuration",
    "RestoreSnapshotApiConfigurationRawSettings": ".restore_snapshot_api_configuration_raw_settings",
    "RestoreSnapshotConfiguration": ".restore_snapshot_configuration",
    "RestoreSnapshotConfigurationStrategy": ".restore_snapshot_configuration_strategy",
    "RestoreSnapshotRepoConfiguration": ".restore_snapshot_repo_configuration",
    "RestoreSnapshotRepoConfigurationRawSettings": ".restore_snapshot_repo_configuration_raw_settings",
    "Role": ".role",
    "RoleAggregate": ".role_aggregate",
    "RoleAggregateCreateData": ".role_aggregate_create_data",
    "RoleAggregates": ".role_aggregates",
    "RoleAssignments": ".role_assignments",
    "RoleWithMeta": ".role_with_meta",
    "RollingGrowShrinkStrategyConfig": ".rolling_grow_shrink_strategy_config",
    "RollingStrategyConfig": ".rolling_strategy_config",
    "RulesetAssociations": ".ruleset_associations",
    "RunnerBuildInfo": ".runner_build_info",
    "RunnerContainerInfo": ".runner_container_info",
    "RunnerHealthChecks": ".runner_health_checks",
    "RunnerInfo": ".runner_info",
    "RunnerInfoFeatures": ".runner_info_features",
    "RunnerInfoTags": ".runner_info_tags",
    "RunnerOverview": ".runner_overview",
    "RunnerRoleInfo": ".runner_role_info",
    "RunnerRolesInfo": ".runner_roles_info",
    "RunnersSummary": ".runners_summary",
    "SamlAttributeSettings": ".saml_attribute_settings",
    "SamlCallbackBody": ".saml_callback_body",
    "SamlIdpSettings": ".saml_idp_settings",
    "SamlSecurityRealmRoleMappingRule": ".saml_security_realm_role_mapping_rule",
    "SamlSecurityRealmRoleMappingRuleType": ".saml_security_realm_role_mapping_rule_type",
    "SamlSecurityRealmRoleMappingRules": ".saml_security_realm_role_mapping_rules",
    "SamlSettings": ".saml_settings",
    "SamlSettingsSslCertificateUrlTruststoreType": ".saml_settings_ssl_certificate_url_truststore_type",
    "SamlSpSettings": ".saml_sp_settings",
    "SearchRequest": ".search_request",
    "SearchRequestSortItem": ".search_request_sort_item",
    "SecurityDeployment": ".security_deployment",
    "SecurityDeploymentCreateRequest": ".security_deployment_create_request",
    "SecurityDeploymentStatus": ".security_deployment_status",
    "SecurityDeploymentTopology": ".security_deployment_topology",
    "SecurityDeploymentUpdateRequest": ".security_deployment_update_request",
    "SecurityRealmInfo": ".security_realm_info",
    "SecurityRealmInfoList": ".security_realm_info_list",
    "SecurityRealmInfoType": ".security_realm_info_type",
    "SecurityRealmsReorderRequest": ".security_realms_reorder_request",
    "ServiceUrl": ".service_url",
    "SetDeploymentResourceRawMetadataResourceKind": ".set_deployment_resource_raw_metadata_resource_kind",
    "SetResourceKindDeploymentDomainNameResourceKind": ".set_resource_kind_deployment_domain_name_resource_kind",
    "SetTlsCertificateServiceName": ".set_tls_certificate_service_name",
    "ShutdownDeploymentStatelessResourceStatelessResourceKind": ".shutdown_deployment_stateless_resource_stateless_resource_kind",
    "SimpleQueryStringQuery": ".simple_query_string_query",
    "SimplifiedLineItem": ".simplified_line_item",
    "SnapshotRepositoryConfiguration": ".snapshot_repository_configuration",
    "SnapshotRepositoryConfigurationSettings": ".snapshot_repository_configuration_settings",
    "SnapshotStatusInfo": ".snapshot_status_info",
    "SsoAuthenticationMethodInfo": ".sso_authentication_method_info",
    "SsoAuthenticationMethodInfoSsoType": ".sso_authentication_method_info_sso_type",
    "StackVersionApmConfig": ".stack_version_apm_config",
    "StackVersionApmConfigSettings": ".stack_version_apm_config_settings",
    "StackVersionAppSearchConfig": ".stack_version_app_search_config",
    "StackVersionAppSearchConfigSettings": ".stack_version_app_search_config_settings",
    "StackVersionArchiveProcessingError": ".stack_version_archive_processing_error",
    "StackVersionArchiveProcessingResult": ".stack_version_archive_processing_result",
    "StackVersionConfig": ".stack_version_config",
    "StackVersionConfigPost": ".stack_version_config_post",
    "StackVersionConfigs": ".stack_version_configs",
    "StackVersionElasticsearchConfig": ".stack_version_elasticsearch_config",
    "StackVersionElasticsearchConfigSettings": ".stack_version_elasticsearch_config_settings",
    "StackVersionEnterpriseSearchConfig": ".stack_version_enterprise_search_config",
    "StackVersionEnterpriseSearchConfigSettings": ".stack_version_enterprise_search_config_settings",
    "StackVersionInstanceCapacityConstraint": ".stack_version_instance_capacity_constraint",
    "StackVersionIntegrationsServerConfig": ".stack_version_integrations_server_config",
    "StackVersionIntegrationsServerConfigSettings": ".stack_version_integrations_server_config_settings",
    "StackVersionKibanaConfig": ".stack_version_kibana_config",
    "StackVersionKibanaConfigSettings": ".stack_version_kibana_config_settings",
    "StackVersionMetadata": ".stack_version_metadata",
    "StackVersionNodeType": ".stack_version_node_type",
    "StackVersionNodeTypeSettings": ".stack_version_node_type_settings",
    "StackVersionTemplateFileHash": ".stack_version_template_file_hash",
    "StackVersionTemplateInfo": ".stack_version_template_info",
    "TargetElasticsearchCluster": ".target_elasticsearch_cluster",
    "TargetElasticsearchClusterLinks": ".target_elasticsearch_cluster_links",
    "TelemetryConfig": ".telemetry_config",
    "TelemetryConfigRequest": ".telemetry_config_request",
    "TermQuery": ".term_query",
    "TlsPublicCertChain": ".tls_public_cert_chain",
    "TokenResponse": ".token_response",
    "TopologyElementControl": ".topology_element_control",
    "TopologySize": ".topology_size",
    "TopologySizeResource": ".topology_size_resource",
    "TrafficFilterClaimedLinkIdInfo": ".traffic_filter_claimed_link_id_info",
    "TrafficFilterClaimedLinkIdRequest": ".traffic_filter_claimed_link_id_request",
    "TrafficFilterClaimedLinkIds": ".traffic_filter_claimed_link_ids",
    "TrafficFilterEgressRule": ".traffic_filter_egress_rule",
    "TrafficFilterEgressRuleProtocol": ".traffic_filter_egress_rule_protocol",
    "TrafficFilterRule": ".traffic_filter_rule",
    "TrafficFilterRulesetInfo": ".traffic_filter_ruleset_info",
    "TrafficFilterRulesetRequest": ".traffic_filter_ruleset_request",
    "TrafficFilterRulesetResponse": ".traffic_filter_ruleset_response",
    "TrafficFilterRulesets": ".traffic_filter_rulesets",
    "TrafficFilterSettings": ".traffic_filter_settings",
    "TransientApmPlanConfiguration": ".transient_apm_plan_configuration",
    "TransientAppSearchPlanConfiguration": ".transient_app_search_plan_configuration",
    "TransientElasticsearchPlanConfiguration": ".transient_elasticsearch_plan_configuration",
    "TransientElasticsearchPlanConfigurationClusterSettingsJson": ".transient_elasticsearch_plan_configuration_cluster_settings_json",
    "TransientEnterpriseSearchPlanConfiguration": ".transient_enterprise_search_plan_configuration",
    "TransientIntegrationsServerPlanConfiguration": ".transient_integrations_server_plan_configuration",
    "TransientKibanaPlanConfiguration": ".transient_kibana_plan_configuration",
    "TrustRelationshipCreateRequest": ".trust_relationship_create_request",
    "TrustRelationshipCreateResponse": ".trust_relationship_create_response",
    "TrustRelationshipGetResponse": ".trust_relationship_get_response",
    "TrustRelationshipUpdateRequest": ".trust_relationship_update_request",
    "TrustRelationshipUpdateResponse": ".trust_relationship_update_response",
    "TrustRelationshipsListResponse": ".trust_relationships_list_response",
    "TrustedCertificate": ".trusted_certificate",
    "UnreachableRegionInfo": ".unreachable_region_info",
    "UpdateExtensionRequest": ".update_extension_request",
    "UpdateExtensionRequestExtensionType": ".update_extension_request_extension_type",
    "UpdateStackPacksBody": ".update_stack_packs_body",
    "UpdatedTlsChain": ".updated_tls_chain",
    "UpdatedTlsChainService": ".updated_tls_chain_service",
    "Updates": ".updates",
    "UpgradeDeploymentStatelessResourceStatelessResourceKind": ".upgrade_deployment_stateless_resource_stateless_resource_kind",
    "UploadExtensionBody": ".upload_extension_body",
    "UsageStats": ".usage_stats",
    "User": ".user",
    "UserApiKey": ".user_api_key",
    "UserList": ".user_list",
    "UserMetadata": ".user_metadata",
    "UserSecurity": ".user_security",
    "UserSecurityRealm": ".user_security_realm",
    "UserSecurityRealmType": ".user_security_realm_type",
    "VersionedIdResponse": ".versioned_id_response",
    "VersionedIdResponseConfigVersion": ".versioned_id_response_config_version",
    "VersionedIdResponseConfigVersionUpdated": ".versioned_id_response_config_version_updated",
    "ZkAcl": ".zk_acl",
    "ZookeeperNodeInfo": ".zookeeper_node_info",
    "ZookeeperNodeInfoState": ".zookeeper_node_info_state",
    "ZookeeperSummary": ".zookeeper_summary",
}

__all__ = [
    "AccountResponse",
    "AccountTrustRelationship",
    "AccountTrustSettings",
    "AccountUpdateRequest",
    "ActiveDirectoryGroupSearch",
    "ActiveDirectoryGroupSearchScope",
    "ActiveDirectorySecurityRealmLoadBalance",
    "ActiveDirectorySecurityRealmLoadBalanceType",
    "ActiveDirectorySecurityRealmRoleMappingRule",
    "ActiveDirectorySecurityRealmRoleMappingRules",
    "ActiveDirectorySecurityRealmRoleMappingRuleType",
    "ActiveDirectorySettings",
    "ActiveDirectorySettingsCertificateUrlTruststoreType",
    "ActiveDirectoryUserSearch",
    "ActiveDirectoryUserSearchScope",
    "AdminconsoleInfo",
    "AdminconsolesOverview",
    "AllocatedInstancePlansInfo",
    "AllocatedInstanceStatus",
    "AllocatedInstanceStatusClusterType",
    "AllocatorBuildInfo",
    "AllocatorCapacity",
    "AllocatorCapacityMemory",
    "AllocatorCapacityStorage",
    "AllocatorHealthChecks",
    "AllocatorHealthStatus",
    "AllocatorInfo",
    "AllocatorMoveRequest",
    "AllocatorOverview",
    "AllocatorSettings",
    "AllocatorsSummary",
    "AllocatorsZoneSummary",
    "AllocatorZoneInfo",
    "ApiBaseUrlData",
    "ApiKeyResponse",
    "ApiKeysResponse",
    "Apm",
    "ApmBackendPlan",
    "ApmConfiguration",
    "ApmConfigurationUserSettingsJson",
    "ApmConfigurationUserSettingsOverrideJson",
    "ApmCrudResponse",
    "ApmCrudResponseDiagnostics",
    "ApmInfo",
    "ApmInfoApmServerMode",
    "ApmInfoLinks",
    "ApmInfoStatus",
    "ApmPayload",
    "ApmPlan",
    "ApmPlanControlConfiguration",
    "ApmPlanControlConfigurationClusterReboot",
    "ApmPlanControlConfigurationPreferredAllocatorTags",
    "ApmPlanInfo",
    "ApmPlansInfo",
    "ApmResourceInfo",
    "ApmSettings",
    "ApmSubInfo",
    "ApmSubInfoLinks",
    "ApmSystemSettings",
    "ApmTopologyElement",
    "AppSearch",
    "AppSearchBackendPlan",
    "AppSearchConfiguration",
    "AppSearchConfigurationUserSettingsJson",
    "AppSearchConfigurationUserSettingsOverrideJson",
    "AppSearchInfo",
    "AppSearchInfoLinks",
    "AppSearchInfoStatus",
    "AppSearchNodeTypes",
    "AppSearchPayload",
    "AppSearchPlan",
    "AppSearchPlanControlConfiguration",
    "AppSearchPlanControlConfigurationClusterReboot",
    "AppSearchPlanControlConfigurationPreferredAllocatorTags",
    "AppSearchPlanInfo",
    "AppSearchPlansInfo",
    "AppSearchResourceInfo",
    "AppSearchSettings",
    "AppSearchSubInfo",
    "AppSearchSubInfoLinks",
    "AppSearchSystemSettings",
    "AppSearchTopologyElement",
    "AuthenticationInfo",
    "AutodetectStrategyConfig",
    "AutoOpsSettings",
    "AutoOpsSettingsStatus",
    "AvailableAuthenticationMethods",
    "Balance",
    "BasicFailedReply",
    "BasicFailedReplyElement",
    "Blessing",
    "Blessings",
    "BlessingsRunnerIdsToBlessing",
    "BlessingsWithMeta",
    "BoolQuery",
    "CancelDeploymentResourcePendingPlanResourceKind",
    "CapacityConstraintsResource",
    "CaptureDeploymentResourceDiagnosticsMode",
    "CertificateAuthority",
    "CertificateMetaData",
    "ChainStatus",
    "ChangeSourceInfo",
    "ChartItem",
    "ChartItems",
    "ChartItemValue",
    "ClusterCredentials",
    "ClusterCurationSettings",
    "ClusterCurationSpec",
    "ClusterInstanceConfigurationInfo",
    "ClusterInstanceConfigurationInfoResource",
    "ClusterInstanceDiskInfo",
    "ClusterInstanceInfo",
    "ClusterInstanceInfoNodeRolesItem",
    "ClusterInstanceMemoryInfo",
    "ClusterLicenseInfo",
    "ClusterLicenseInfoLicense",
    "ClusterMetadataCpuResourcesSettings",
    "ClusterMetadataInfo",
    "ClusterMetadataInfoRaw",
    "ClusterMetadataPortInfo",
    "ClusterMetadataResourcesSettings",
    "ClusterMetadataSettings",
    "ClusterPlanAttemptError",
    "ClusterPlanAttemptErrorDetails",
    "ClusterPlanStepInfo",
    "ClusterPlanStepInfoStage",
    "ClusterPlanStepInfoStatus",
    "ClusterPlanStepLogMessageInfo",
    "ClusterPlanStepLogMessageInfoDetails",
    "ClusterPlanStepLogMessageInfoInternalDetails",
    "ClusterPlanStepLogMessageInfoStage",
    "ClusterPlanWarning",
    "ClusterSnapshotRepositoryDefault",
    "ClusterSnapshotRepositoryInfo",
    "ClusterSnapshotRepositoryReference",
    "ClusterSnapshotRepositoryStatic",
    "ClusterSnapshotRepositoryStaticSettings",
    "ClusterSnapshotRetention",
    "ClusterSnapshotSettings",
    "ClusterSystemAlert",
    "ClusterSystemAlertAlertType",
    "ClusterTopologyInfo",
    "Comment",
    "CommentCreateRequest",
    "CommentsWithMetas",
    "CommentUpdateRequest",
    "CommentWithMeta",
    "CommonClusterPlanInfo",
    "CommonClusterPlanInfoPlan",
    "CompatibleNodeTypesResource",
    "CompatibleVersionResource",
    "ConfigStoreOption",
    "ConfigStoreOptionData",
    "ConfigStoreOptionList",
    "ConstructorHealthStatus",
    "ConstructorInfo",
    "ConstructorOverview",
    "ContainerConfigHostConfig",
    "ContainerConfigHostConfigPortBindings",
    "ContainersEntry",
    "ContainersEntryOptions",
    "ContainersEntryOptionsACL",
    "ContainersEntryOptionsAuth",
    "ContainersEntryOptionsContainerConfig",
    "ContainersEntryOptionsOverrides",
    "ContainerSetsSummary",
    "ContainerSetSummary",
    "CoordinatorCandidateInfo",
    "CoordinatorCandidateInfoAttributes",
    "CoordinatorCandidateInfoState",
    "CoordinatorCandidatesSummary",
    "CoordinatorsSummary",
    "CoordinatorSummary",
    "CoordinatorSummaryAttributes",
    "Costs",
    "CostsOverview",
    "CreateApiKeyRequest",
    "CreateExtensionRequest",
    "CreateExtensionRequestExtensionType",
    "Creates",
    "DeleteApiKeysRequest",
    "DeleteDeploymentResourceProxyRequestsResourceKind",
    "DeleteDeploymentStatelessResourceStatelessResourceKind",
    "DeleteUsersApiKeysRequest",
    "DeploymentCosts",
    "DeploymentCreateMetadata",
    "DeploymentCreateRequest",
    "DeploymentCreateResources",
    "DeploymentCreateResponse",
    "DeploymentCreateSettings",
    "DeploymentDeleteResponse",
    "DeploymentDiagnostics",
    "DeploymentDomainName",
    "DeploymentGetResponse",
    "DeploymentHeapDumps",
    "DeploymentLogging",
    "DeploymentLoggingSettings",
    "DeploymentLoggingUrls",
    "DeploymentMetadata",
    "DeploymentMetrics",
    "DeploymentMetricsSettings",
    "DeploymentMetricsUrls",
    "DeploymentObservability",
    "DeploymentObservabilitySettings",
    "DeploymentResource",
    "DeploymentResourceCommandResponse",
    "DeploymentResourceCrudResponse",
    "DeploymentResources",
    "DeploymentResourceUpgradeResponse",
    "DeploymentRestoreResponse",
    "DeploymentRoleAssignment",
    "DeploymentsCosts",
    "DeploymentSearchResponse",
    "DeploymentSettings",
    "DeploymentShutdownResponse",
    "DeploymentsListingData",
    "DeploymentsListResponse",
    "DeploymentsSearchResponse",
    "DeploymentsSearchResponseMinimalMetadataItem",
    "DeploymentTemplateInfoV2",
    "DeploymentTemplateReference",
    "DeploymentTemplateRequestBody",
    "DeploymentUpdateMetadata",
    "DeploymentUpdateRequest",
    "DeploymentUpdateResources",
    "DeploymentUpdateResponse",
    "DeploymentUpdateSettings",
    "DeploymentUpgradeAssistantStatusResponse",
    "Dimension",
    "DimensionType",
    "DirectTrustRelationship",
    "DirectTrustRelationshipType",
    "DiscreteSizes",
    "DiscreteSizesResource",
    "DtsDimensionCosts",
    "DtsQuantity",
    "DtsRate",
    "Elasticsearch",
    "ElasticsearchBackendPlan",
    "ElasticsearchBlockingIssueElement",
    "ElasticsearchBlockingIssueElementLevel",
    "ElasticsearchBlockingIssues",
    "ElasticsearchClusterBlockingIssueElement",
    "ElasticsearchClusterBlockingIssues",
    "ElasticsearchClusterInfo",
    "ElasticsearchClusterInfoLinks",
    "ElasticsearchClusterInfoStatus",
    "ElasticsearchClusterPlan",
    "ElasticsearchClusterPlanInfo",
    "ElasticsearchClusterPlansInfo",
    "ElasticsearchClusterRole",
    "ElasticsearchClusterSecurityInfo",
    "ElasticsearchClusterSecurityInfoRoles",
    "ElasticsearchClusterSettings",
    "ElasticsearchClusterTopologyElement",
    "ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson",
    "ElasticsearchClusterTopologyElementNodeRolesItem",
    "ElasticsearchClusterTrustSettings",
    "ElasticsearchClusterUser",
    "ElasticsearchConfiguration",
    "ElasticsearchConfigurationNodeAttributes",
    "ElasticsearchConfigurationUserSettingsJson",
    "ElasticsearchConfigurationUserSettingsOverrideJson",
    "ElasticsearchCuration",
    "ElasticsearchDependant",
    "ElasticsearchElasticUserPasswordResetResponse",
    "ElasticsearchInfo",
    "ElasticsearchMasterElement",
    "ElasticsearchMasterInfo",
    "ElasticsearchMonitoringInfo",
    "ElasticsearchNodeType",
    "ElasticsearchPayload",
    "ElasticsearchPlanControlConfiguration",
    "ElasticsearchPlanControlConfigurationClusterReboot",
    "ElasticsearchPlanControlConfigurationPreferredAllocatorTags",
    "ElasticsearchReplicaElement",
    "ElasticsearchResourceInfo",
    "ElasticsearchScriptingUserSettings",
    "ElasticsearchScriptTypeSettings",
    "ElasticsearchShardElement",
    "ElasticsearchShardsInfo",
    "ElasticsearchShardsStatus",
    "ElasticsearchShardsStatusStatus",
    "ElasticsearchSystemSettings",
    "ElasticsearchUserBundle",
    "ElasticsearchUserPlugin",
    "ElevatedPermissions",
    "EmptyResponse",
    "EnableIlmRequest",
    "EnrollmentTokenRequest",
    "EnterpriseSearch",
    "EnterpriseSearchBackendPlan",
    "EnterpriseSearchConfiguration",
    "EnterpriseSearchConfigurationUserSettingsJson",
    "EnterpriseSearchConfigurationUserSettingsOverrideJson",
    "EnterpriseSearchInfo",
    "EnterpriseSearchInfoLinks",
    "EnterpriseSearchInfoStatus",
    "EnterpriseSearchNodeTypes",
    "EnterpriseSearchPayload",
    "EnterpriseSearchPlan",
    "EnterpriseSearchPlanControlConfiguration",
    "EnterpriseSearchPlanControlConfigurationClusterReboot",
    "EnterpriseSearchPlanControlConfigurationPreferredAllocatorTags",
    "EnterpriseSearchPlanInfo",
    "EnterpriseSearchPlansInfo",
    "EnterpriseSearchResourceInfo",
    "EnterpriseSearchSettings",
    "EnterpriseSearchSubInfo",
    "EnterpriseSearchSubInfoLinks",
    "EnterpriseSearchSystemSettings",
    "EnterpriseSearchTopologyElement",
    "EnterpriseSearchTopologyElementAllocatorFilter",
    "EnterpriseSearchTopologyElementMemoryPerNode",
    "EnterpriseSearchTopologyElementNodeCountPerZone",
    "ExistsQuery",
    "Extension",
    "ExtensionExtensionType",
    "ExtensionFileMetadata",
    "Extensions",
    "ExternalHyperlink",
    "ExternalTrustRelationship",
    "FilterAssociation",
    "GenericResponse",
    "GetCostsChartsBucketingStrategy",
    "GetCostsChartsByDeploymentBucketingStrategy",
    "GetDeploymentResourcePlanActivityResourceKind",
    "GetDeploymentResourceProxyRequestsResourceKind",
    "GetResourceKindDeploymentDomainNameResourceKind",
    "GetTlsCertificateServiceName",
    "GetTrustRelationshipsFilter",
    "GlobalDeploymentTemplateInfo",
    "GlobalDeploymentTemplateRegion",
    "GrowShrinkStrategyConfig",
    "HeapDump",
    "Hyperlink",
    "IdResponse",
    "IndexPattern",
    "IndexPatternNodeAttributes",
    "IndexSynchronizationResults",
    "InstanceConfiguration",
    "InstanceConfigurationInfo",
    "InstanceConfigurationInfoInstanceType",
    "InstanceConfigurationInfoMetadata",
    "InstanceConfigurationInstanceType",
    "InstanceConfigurationMetadata",
    "InstanceMoveRequest",
    "InstanceOverrides",
    "InstanceTypeResource",
    "InstanceTypeResourceInstanceType",
    "IntegrationsServer",
    "IntegrationsServerBackendPlan",
    "IntegrationsServerConfiguration",
    "IntegrationsServerConfigurationMode",
    "IntegrationsServerConfigurationUserSettingsJson",
    "IntegrationsServerConfigurationUserSettingsOverrideJson",
    "IntegrationsServerInfo",
    "IntegrationsServerInfoApmServerMode",
    "IntegrationsServerInfoLinks",
    "IntegrationsServerInfoStatus",
    "IntegrationsServerPayload",
    "IntegrationsServerPlan",
    "IntegrationsServerPlanControlConfiguration",
    "IntegrationsServerPlanControlConfigurationClusterReboot",
    "IntegrationsServerPlanControlConfigurationPreferredAllocatorTags",
    "IntegrationsServerPlanInfo",
    "IntegrationsServerPlansInfo",
    "IntegrationsServerResourceInfo",
    "IntegrationsServerSettings",
    "IntegrationsServerSystemSettings",
    "IntegrationsServerTopologyElement",
    "ItemCosts",
    "ItemCostsKind",
    "ItemsCosts",
    "KeystoreContents",
    "KeystoreContentsSecrets",
    "KeystoreSecret",
    "KeystoreSecretValue",
    "Kibana",
    "KibanaBackendPlan",
    "KibanaClusterInfo",
    "KibanaClusterInfoLinks",
    "KibanaClusterInfoStatus",
    "KibanaClusterPlan",
    "KibanaClusterPlanInfo",
    "KibanaClusterPlansInfo",
    "KibanaClusterSettings",
    "KibanaClusterTopologyElement",
    "KibanaConfiguration",
    "KibanaConfigurationUserSettingsJson",
    "KibanaConfigurationUserSettingsOverrideJson",
    "KibanaDeeplink",
    "KibanaPayload",
    "KibanaPlanControlConfiguration",
    "KibanaPlanControlConfigurationClusterReboot",
    "KibanaPlanControlConfigurationPreferredAllocatorTags",
    "KibanaResourceInfo",
    "KibanaSubClusterInfo",
    "KibanaSubClusterInfoLinks",
    "KibanaSystemSettings",
    "LdapGroupSearch",
    "LdapGroupSearchScope",
    "LdapSecurityRealmLoadBalance",
    "LdapSecurityRealmLoadBalanceType",
    "LdapSecurityRealmRoleMappingRule",
    "LdapSecurityRealmRoleMappingRules",
    "LdapSecurityRealmRoleMappingRuleType",
    "LdapSettings",
    "LdapSettingsBindType",
    "LdapSettingsCertificateUrlTruststoreType",
    "LdapUserSearch",
    "LdapUserSearchScope",
    "LicenseInfo",
    "LicenseObject",
    "ListEnrollmentTokenElement",
    "ListEnrollmentTokenReply",
    "LoggingSettings",
    "LoggingSettingsLoggingLevels",
    "LoginRequest",
    "LoginState",
    "ManagedMonitoringSettings",
    "MatchAllQuery",
    "MatchNoneQuery",
    "MatchQuery",
    "Metadata",
    "MetadataItem",
    "MetadataItems",
    "MetadataItemValue",
    "ModelVersionIndexSynchronizationResults",
    "ModelVersionIndexSynchronizationResultsResults",
    "MoveApmClusterConfiguration",
    "MoveApmClusterDetails",
    "MoveAppSearchConfiguration",
    "MoveAppSearchDetails",
    "MoveClustersByTypeClusterType",
    "MoveClustersCommandResponse",
    "MoveClustersDetails",
    "MoveClustersRequest",
    "MoveElasticsearchClusterConfiguration",
    "MoveElasticsearchClusterDetails",
    "MoveEnterpriseSearchConfiguration",
    "MoveEnterpriseSearchDetails",
    "MoveKibanaClusterConfiguration",
    "MoveKibanaClusterDetails",
    "NestedQuery",
    "NestedQueryScoreMode",
    "NodeTypeResource",
    "ObservabilityAbsoluteDeployment",
    "ObservabilityIssue",
    "Organization",
    "OrganizationInvitation",
    "OrganizationInvitationRequest",
    "OrganizationInvitations",
    "OrganizationList",
    "OrganizationMembership",
    "OrganizationMemberships",
    "OrganizationRequest",
    "OrganizationRoleAssignment",
    "Orphaned",
    "OrphanedElasticsearch",
    "PendingState",
    "PendingStates",
    "PendingStatesRunnerIdsToPendingState",
    "PendingStatesWithMeta",
    "Period",
    "PlanStrategy",
    "PlatformInfo",
    "PlatformResourcesSummary",
    "PlatformRoleAssignment",
    "PlatformServiceImageInfo",
    "PlatformServiceInfo",
    "PortBinding",
    "PostDeploymentResourceProxyRequestsResourceKind",
    "PrefixQuery",
    "ProjectRoleAssignment",
    "ProjectRoleAssignments",
    "ProxiesAllocationsInfo",
    "ProxiesFilter",
    "ProxiesFilteredGroup",
    "ProxiesFilteredGroupHealth",
    "ProxiesHealth",
    "ProxiesHttpSettings",
    "ProxiesSettings",
    "ProxiesSSOSettings",
    "ProxiesSummary",
    "ProxyAllocationCounts",
    "ProxyAllocationInfo",
    "ProxyAllocationInfoAllocationsType",
    "ProxyInfo",
    "ProxyInfoMetadata",
    "ProxyOverview",
    "ProxySummary",
    "PublicCertChain",
    "PublicCertChainCollection",
    "PublicCertChainCollectionCerts",
    "PublicCertificate",
    "PutDeploymentResourceProxyRequestsResourceKind",
    "QueryContainer",
    "QueryContainerMatch",
    "QueryContainerPrefix",
    "QueryContainerRange",
    "QueryContainerTerm",
    "QueryStringQuery",
    "RangeQuery",
    "RangeQueryGt",
    "RangeQueryGte",
    "RangeQueryLt",
    "RangeQueryLte",
    "ReadOnlyRequest",
    "ReadOnlyResponse",
    "RegionInfo",
    "RemoteResourceInfo",
    "RemoteResourceRef",
    "RemoteResources",
    "ReplyWarning",
    "RepositoryConfig",
    "RepositoryConfigConfig",
    "RepositoryConfigs",
    "RequestEnrollmentTokenReply",
    "ResourceHeapDumps",
    "RestartDeploymentStatelessResourceStatelessResourceKind",
    "RestartPolicy",
    "RestoreDeploymentResourceResourceKind",
    "RestoreSnapshotApiConfiguration",
    "RestoreSnapshotApiConfigurationRawSettings",
    "RestoreSnapshotConfiguration",
    "RestoreSnapshotConfigurationStrategy",
    "RestoreSnapshotRepoConfiguration",
    "RestoreSnapshotRepoConfigurationRawSettings",
    "Role",
    "RoleAggregate",
    "RoleAggregateCreateData",
    "RoleAggregates",
    "RoleAssignments",
    "RoleWithMeta",
    "RollingGrowShrinkStrategyConfig",
    "RollingStrategyConfig",
    "RulesetAssociations",
    "RunnerBuildInfo",
    "RunnerContainerInfo",
    "RunnerHealthChecks",
    "RunnerInfo",
    "RunnerInfoFeatures",
    "RunnerInfoTags",
    "RunnerOverview",
    "RunnerRoleInfo",
    "RunnerRolesInfo",
    "RunnersSummary",
    "SamlAttributeSettings",
    "SamlCallbackBody",
    "SamlIdpSettings",
    "SamlSecurityRealmRoleMappingRule",
    "SamlSecurityRealmRoleMappingRules",
    "SamlSecurityRealmRoleMappingRuleType",
    "SamlSettings",
    "SamlSettingsSslCertificateUrlTruststoreType",
    "SamlSpSettings",
    "SearchRequest",
    "SearchRequestSortItem",
    "SecurityDeployment",
    "SecurityDeploymentCreateRequest",
    "SecurityDeploymentStatus",
    "SecurityDeploymentTopology",
    "SecurityDeploymentUpdateRequest",
    "SecurityRealmInfo",
    "SecurityRealmInfoList",
    "SecurityRealmInfoType",
    "SecurityRealmsReorderRequest",
    "ServiceUrl",
    "SetDeploymentResourceRawMetadataResourceKind",
    "SetResourceKindDeploymentDomainNameResourceKind",
    "SetTlsCertificateServiceName",
    "ShutdownDeploymentStatelessResourceStatelessResourceKind",
    "SimpleQueryStringQuery",
    "SimplifiedLineItem",
    "SnapshotRepositoryConfiguration",
    "SnapshotRepositoryConfigurationSettings",
    "SnapshotStatusInfo",
    "SsoAuthenticationMethodInfo",
    "SsoAuthenticationMethodInfoSsoType",
    "StackVersionApmConfig",
    "StackVersionApmConfigSettings",
    "StackVersionAppSearchConfig",
    "StackVersionAppSearchConfigSettings",
    "StackVersionArchiveProcessingError",
    "StackVersionArchiveProcessingResult",
    "StackVersionConfig",
    "StackVersionConfigPost",
    "StackVersionConfigs",
    "StackVersionElasticsearchConfig",
    "StackVersionElasticsearchConfigSettings",
    "StackVersionEnterpriseSearchConfig",
    "StackVersionEnterpriseSearchConfigSettings",
    "StackVersionInstanceCapacityConstraint",
    "StackVersionIntegrationsServerConfig",
    "StackVersionIntegrationsServerConfigSettings",
    "StackVersionKibanaConfig",
    "StackVersionKibanaConfigSettings",
    "StackVersionMetadata",
    "StackVersionNodeType",
    "StackVersionNodeTypeSettings",
    "StackVersionTemplateFileHash",
    "StackVersionTemplateInfo",
    "TargetElasticsearchCluster",
    "TargetElasticsearchClusterLinks",
    "TelemetryConfig",
    "TelemetryConfigRequest",
    "TermQuery",
    "TlsPublicCertChain",
    "TokenResponse",
    "TopologyElementControl",
    "TopologySize",
    "TopologySizeResource",
    "TrafficFilterClaimedLinkIdInfo",
    "TrafficFilterClaimedLinkIdRequest",
    "TrafficFilterClaimedLinkIds",
    "TrafficFilterEgressRule",
    "TrafficFilterEgressRuleProtocol",
    "TrafficFilterRule",
    "TrafficFilterRulesetInfo",
    "TrafficFilterRulesetRequest",
    "TrafficFilterRulesetResponse",
    "TrafficFilterRulesets",
    "TrafficFilterSettings",
    "TransientApmPlanConfiguration",
    "TransientAppSearchPlanConfiguration",
    "TransientElasticsearchPlanConfiguration",
    "TransientElasticsearchPlanConfigurationClusterSettingsJson",
    "TransientEnterpriseSearchPlanConfiguration",
    "TransientIntegrationsServerPlanConfiguration",
    "TransientKibanaPlanConfiguration",
    "TrustedCertificate",
    "TrustRelationshipCreateRequest",
    "TrustRelationshipCreateResponse",
    "TrustRelationshipGetResponse",
    "TrustRelationshipsListResponse",
    "TrustRelationshipUpdateRequest",
    "TrustRelationshipUpdateResponse",
    "UnreachableRegionInfo",
    "UpdatedTlsChain",
    "UpdatedTlsChainService",
    "UpdateExtensionRequest",
    "UpdateExtensionRequestExtensionType",
    "Updates",
    "UpdateStackPacksBody",
    "UpgradeDeploymentStatelessResourceStatelessResourceKind",
    "UploadExtensionBody",
    "UsageStats",
    "User",
    "UserApiKey",
    "UserList",
    "UserMetadata",
    "UserSecurity",
    "UserSecurityRealm",
    "UserSecurityRealmType",
    "VersionedIdResponse",
    "VersionedIdResponseConfigVersion",
    "VersionedIdResponseConfigVersionUpdated",
    "ZkAcl",
    "ZookeeperNodeInfo",
    "ZookeeperNodeInfoState",
    "ZookeeperSummary",
]

if not _typing.TYPE_CHECKING:  # checkers see the imports below: a misspelled model name is an error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__} - {"_typing", "_MODULES"})


if _typing.TYPE_CHECKING:
    from .account_response import AccountResponse
    from .account_trust_relationship import AccountTrustRelationship
    from .account_trust_settings import AccountTrustSettings
    from .account_update_request import AccountUpdateRequest
    from .active_directory_group_search import ActiveDirectoryGroupSearch
    from .active_directory_group_search_scope import ActiveDirectoryGroupSearchScope
    from .active_directory_security_realm_load_balance import ActiveDirectorySecurityRealmLoadBalance
    from .active_directory_security_realm_load_balance_type import ActiveDirectorySecurityRealmLoadBalanceType
    from .active_directory_security_realm_role_mapping_rule import ActiveDirectorySecurityRealmRoleMappingRule
    from .active_directory_security_realm_role_mapping_rule_type import ActiveDirectorySecurityRealmRoleMappingRuleType
    from .active_directory_security_realm_role_mapping_rules import ActiveDirectorySecurityRealmRoleMappingRules
    from .active_directory_settings import ActiveDirectorySettings
    from .active_directory_settings_certificate_url_truststore_type import (
        ActiveDirectorySettingsCertificateUrlTruststoreType,
    )
    from .active_directory_user_search import ActiveDirectoryUserSearch
    from .active_directory_user_search_scope import ActiveDirectoryUserSearchScope
    from .adminconsole_info import AdminconsoleInfo
    from .adminconsoles_overview import AdminconsolesOverview
    from .allocated_instance_plans_info import AllocatedInstancePlansInfo
    from .allocated_instance_status import AllocatedInstanceStatus
    from .allocated_instance_status_cluster_type import AllocatedInstanceStatusClusterType
    from .allocator_build_info import AllocatorBuildInfo
    from .allocator_capacity import AllocatorCapacity
    from .allocator_capacity_memory import AllocatorCapacityMemory
    from .allocator_capacity_storage import AllocatorCapacityStorage
    from .allocator_health_checks import AllocatorHealthChecks
    from .allocator_health_status import AllocatorHealthStatus
    from .allocator_info import AllocatorInfo
    from .allocator_move_request import AllocatorMoveRequest
    from .allocator_overview import AllocatorOverview
    from .allocator_settings import AllocatorSettings
    from .allocator_zone_info import AllocatorZoneInfo
    from .allocators_summary import AllocatorsSummary
    from .allocators_zone_summary import AllocatorsZoneSummary
    from .api_base_url_data import ApiBaseUrlData
    from .api_key_response import ApiKeyResponse
    from .api_keys_response import ApiKeysResponse
    from .apm import Apm
    from .apm_backend_plan import ApmBackendPlan
    from .apm_configuration import ApmConfiguration
    from .apm_configuration_user_settings_json import ApmConfigurationUserSettingsJson
    from .apm_configuration_user_settings_override_json import ApmConfigurationUserSettingsOverrideJson
    from .apm_crud_response import ApmCrudResponse
    from .apm_crud_response_diagnostics import ApmCrudResponseDiagnostics
    from .apm_info import ApmInfo
    from .apm_info_apm_server_mode import ApmInfoApmServerMode
    from .apm_info_links import ApmInfoLinks
    from .apm_info_status import ApmInfoStatus
    from .apm_payload import ApmPayload
    from .apm_plan import ApmPlan
    from .apm_plan_control_configuration import ApmPlanControlConfiguration
    from .apm_plan_control_configuration_cluster_reboot import ApmPlanControlConfigurationClusterReboot
    from .apm_plan_control_configuration_preferred_allocator_tags import (
        ApmPlanControlConfigurationPreferredAllocatorTags,
    )
    from .apm_plan_info import ApmPlanInfo
    from .apm_plans_info import ApmPlansInfo
    from .apm_resource_info import ApmResourceInfo
    from .apm_settings import ApmSettings
    from .apm_sub_info import ApmSubInfo
    from .apm_sub_info_links import ApmSubInfoLinks
    from .apm_system_settings import ApmSystemSettings
    from .apm_topology_element import ApmTopologyElement
    from .app_search import AppSearch
    from .app_search_backend_plan import AppSearchBackendPlan
    from .app_search_configuration import AppSearchConfiguration
    from .app_search_configuration_user_settings_json import AppSearchConfigurationUserSettingsJson
    from .app_search_configuration_user_settings_override_json import AppSearchConfigurationUserSettingsOverrideJson
    from .app_search_info import AppSearchInfo
    from .app_search_info_links import AppSearchInfoLinks
    from .app_search_info_status import AppSearchInfoStatus
    from .app_search_node_types import AppSearchNodeTypes
    from .app_search_payload import AppSearchPayload
    from .app_search_plan import AppSearchPlan
    from .app_search_plan_control_configuration import AppSearchPlanControlConfiguration
    from .app_search_plan_control_configuration_cluster_reboot import AppSearchPlanControlConfigurationClusterReboot
    from .app_search_plan_control_configuration_preferred_allocator_tags import (
        AppSearchPlanControlConfigurationPreferredAllocatorTags,
    )
    from .app_search_plan_info import AppSearchPlanInfo
    from .app_search_plans_info import AppSearchPlansInfo
    from .app_search_resource_info import AppSearchResourceInfo
    from .app_search_settings import AppSearchSettings
    from .app_search_sub_info import AppSearchSubInfo
    from .app_search_sub_info_links import AppSearchSubInfoLinks
    from .app_search_system_settings import AppSearchSystemSettings
    from .app_search_topology_element import AppSearchTopologyElement
    from .authentication_info import AuthenticationInfo
    from .auto_ops_settings import AutoOpsSettings
    from .auto_ops_settings_status import AutoOpsSettingsStatus
    from .autodetect_strategy_config import AutodetectStrategyConfig
    from .available_authentication_methods import AvailableAuthenticationMethods
    from .balance import Balance
    from .basic_failed_reply import BasicFailedReply
    from .basic_failed_reply_element import BasicFailedReplyElement
    from .blessing import Blessing
    from .blessings import Blessings
    from .blessings_runner_ids_to_blessing import BlessingsRunnerIdsToBlessing
    from .blessings_with_meta import BlessingsWithMeta
    from .bool_query import BoolQuery
    from .cancel_deployment_resource_pending_plan_resource_kind import CancelDeploymentResourcePendingPlanResourceKind
    from .capacity_constraints_resource import CapacityConstraintsResource
    from .capture_deployment_resource_diagnostics_mode import CaptureDeploymentResourceDiagnosticsMode
    from .certificate_authority import CertificateAuthority
    from .certificate_meta_data import CertificateMetaData
    from .chain_status import ChainStatus
    from .change_source_info import ChangeSourceInfo
    from .chart_item import ChartItem
    from .chart_item_value import ChartItemValue
    from .chart_items import ChartItems
    from .cluster_credentials import ClusterCredentials
    from .cluster_curation_settings import ClusterCurationSettings
    from .cluster_curation_spec import ClusterCurationSpec
    from .cluster_instance_configuration_info import ClusterInstanceConfigurationInfo
    from .cluster_instance_configuration_info_resource import ClusterInstanceConfigurationInfoResource
    from .cluster_instance_disk_info import ClusterInstanceDiskInfo
    from .cluster_instance_info import ClusterInstanceInfo
    from .cluster_instance_info_node_roles_item import ClusterInstanceInfoNodeRolesItem
    from .cluster_instance_memory_info import ClusterInstanceMemoryInfo
    from .cluster_license_info import ClusterLicenseInfo
    from .cluster_license_info_license import ClusterLicenseInfoLicense
    from .cluster_metadata_cpu_resources_settings import ClusterMetadataCpuResourcesSettings
    from .cluster_metadata_info import ClusterMetadataInfo
    from .cluster_metadata_info_raw import ClusterMetadataInfoRaw
    from .cluster_metadata_port_info import ClusterMetadataPortInfo
    from .cluster_metadata_resources_settings import ClusterMetadataResourcesSettings
    from .cluster_metadata_settings import ClusterMetadataSettings
    from .cluster_plan_attempt_error import ClusterPlanAttemptError
    from .cluster_plan_attempt_error_details import ClusterPlanAttemptErrorDetails
    from .cluster_plan_step_info import ClusterPlanStepInfo
    from .cluster_plan_step_info_stage import ClusterPlanStepInfoStage
    from .cluster_plan_step_info_status import ClusterPlanStepInfoStatus
    from .cluster_plan_step_log_message_info import ClusterPlanStepLogMessageInfo
    from .cluster_plan_step_log_message_info_details import ClusterPlanStepLogMessageInfoDetails
    from .cluster_plan_step_log_message_info_internal_details import ClusterPlanStepLogMessageInfoInternalDetails
    from .cluster_plan_step_log_message_info_stage import ClusterPlanStepLogMessageInfoStage
    from .cluster_plan_warning import ClusterPlanWarning
    from .cluster_snapshot_repository_default import ClusterSnapshotRepositoryDefault
    from .cluster_snapshot_repository_info import ClusterSnapshotRepositoryInfo
    from .cluster_snapshot_repository_reference import ClusterSnapshotRepositoryReference
    from .cluster_snapshot_repository_static import ClusterSnapshotRepositoryStatic
    from .cluster_snapshot_repository_static_settings import ClusterSnapshotRepositoryStaticSettings
    from .cluster_snapshot_retention import ClusterSnapshotRetention
    from .cluster_snapshot_settings import ClusterSnapshotSettings
    from .cluster_system_alert import ClusterSystemAlert
    from .cluster_system_alert_alert_type import ClusterSystemAlertAlertType
    from .cluster_topology_info import ClusterTopologyInfo
    from .comment import Comment
    from .comment_create_request import CommentCreateRequest
    from .comment_update_request import CommentUpdateRequest
    from .comment_with_meta import CommentWithMeta
    from .comments_with_metas import CommentsWithMetas
    from .common_cluster_plan_info import CommonClusterPlanInfo
    from .common_cluster_plan_info_plan import CommonClusterPlanInfoPlan
    from .compatible_node_types_resource import CompatibleNodeTypesResource
    from .compatible_version_resource import CompatibleVersionResource
    from .config_store_option import ConfigStoreOption
    from .config_store_option_data import ConfigStoreOptionData
    from .config_store_option_list import ConfigStoreOptionList
    from .constructor_health_status import ConstructorHealthStatus
    from .constructor_info import ConstructorInfo
    from .constructor_overview import ConstructorOverview
    from .container_config_host_config import ContainerConfigHostConfig
    from .container_config_host_config_port_bindings import ContainerConfigHostConfigPortBindings
    from .container_set_summary import ContainerSetSummary
    from .container_sets_summary import ContainerSetsSummary
    from .containers_entry import ContainersEntry
    from .containers_entry_options import ContainersEntryOptions
    from .containers_entry_options_acl import ContainersEntryOptionsACL
    from .containers_entry_options_auth import ContainersEntryOptionsAuth
    from .containers_entry_options_container_config import ContainersEntryOptionsContainerConfig
    from .containers_entry_options_overrides import ContainersEntryOptionsOverrides
    from .coordinator_candidate_info import CoordinatorCandidateInfo
    from .coordinator_candidate_info_attributes import CoordinatorCandidateInfoAttributes
    from .coordinator_candidate_info_state import CoordinatorCandidateInfoState
    from .coordinator_candidates_summary import CoordinatorCandidatesSummary
    from .coordinator_summary import CoordinatorSummary
    from .coordinator_summary_attributes import CoordinatorSummaryAttributes
    from .coordinators_summary import CoordinatorsSummary
    from .costs import Costs
    from .costs_overview import CostsOverview
    from .create_api_key_request import CreateApiKeyRequest
    from .create_extension_request import CreateExtensionRequest
    from .create_extension_request_extension_type import CreateExtensionRequestExtensionType
    from .creates import Creates
    from .delete_api_keys_request import DeleteApiKeysRequest
    from .delete_deployment_resource_proxy_requests_resource_kind import (
        DeleteDeploymentResourceProxyRequestsResourceKind,
    )
    from .delete_deployment_stateless_resource_stateless_resource_kind import (
        DeleteDeploymentStatelessResourceStatelessResourceKind,
    )
    from .delete_users_api_keys_request import DeleteUsersApiKeysRequest
    from .deployment_costs import DeploymentCosts
    from .deployment_create_metadata import DeploymentCreateMetadata
    from .deployment_create_request import DeploymentCreateRequest
    from .deployment_create_resources import DeploymentCreateResources
    from .deployment_create_response import DeploymentCreateResponse
    from .deployment_create_settings import DeploymentCreateSettings
    from .deployment_delete_response import DeploymentDeleteResponse
    from .deployment_diagnostics import DeploymentDiagnostics
    from .deployment_domain_name import DeploymentDomainName
    from .deployment_get_response import DeploymentGetResponse
    from .deployment_heap_dumps import DeploymentHeapDumps
    from .deployment_logging import DeploymentLogging
    from .deployment_logging_settings import DeploymentLoggingSettings
    from .deployment_logging_urls import DeploymentLoggingUrls
    from .deployment_metadata import DeploymentMetadata
    from .deployment_metrics import DeploymentMetrics
    from .deployment_metrics_settings import DeploymentMetricsSettings
    from .deployment_metrics_urls import DeploymentMetricsUrls
    from .deployment_observability import DeploymentObservability
    from .deployment_observability_settings import DeploymentObservabilitySettings
    from .deployment_resource import DeploymentResource
    from .deployment_resource_command_response import DeploymentResourceCommandResponse
    from .deployment_resource_crud_response import DeploymentResourceCrudResponse
    from .deployment_resource_upgrade_response import DeploymentResourceUpgradeResponse
    from .deployment_resources import DeploymentResources
    from .deployment_restore_response import DeploymentRestoreResponse
    from .deployment_role_assignment import DeploymentRoleAssignment
    from .deployment_search_response import DeploymentSearchResponse
    from .deployment_settings import DeploymentSettings
    from .deployment_shutdown_response import DeploymentShutdownResponse
    from .deployment_template_info_v2 import DeploymentTemplateInfoV2
    from .deployment_template_reference import DeploymentTemplateReference
    from .deployment_template_request_body import DeploymentTemplateRequestBody
    from .deployment_update_metadata import DeploymentUpdateMetadata
    from .deployment_update_request import DeploymentUpdateRequest
    from .deployment_update_resources import DeploymentUpdateResources
    from .deployment_update_response import DeploymentUpdateResponse
    from .deployment_update_settings import DeploymentUpdateSettings
    from .deployment_upgrade_assistant_status_response import DeploymentUpgradeAssistantStatusResponse
    from .deployments_costs import DeploymentsCosts
    from .deployments_list_response import DeploymentsListResponse
    from .deployments_listing_data import DeploymentsListingData
    from .deployments_search_response import DeploymentsSearchResponse
    from .deployments_search_response_minimal_metadata_item import DeploymentsSearchResponseMinimalMetadataItem
    from .dimension import Dimension
    from .dimension_type import DimensionType
    from .direct_trust_relationship import DirectTrustRelationship
    from .direct_trust_relationship_type import DirectTrustRelationshipType
    from .discrete_sizes import DiscreteSizes
    from .discrete_sizes_resource import DiscreteSizesResource
    from .dts_dimension_costs import DtsDimensionCosts
    from .dts_quantity import DtsQuantity
    from .dts_rate import DtsRate
    from .elasticsearch import Elasticsearch
    from .elasticsearch_backend_plan import ElasticsearchBackendPlan
    from .elasticsearch_blocking_issue_element import ElasticsearchBlockingIssueElement
    from .elasticsearch_blocking_issue_element_level import ElasticsearchBlockingIssueElementLevel
    from .elasticsearch_blocking_issues import ElasticsearchBlockingIssues
    from .elasticsearch_cluster_blocking_issue_element import ElasticsearchClusterBlockingIssueElement
    from .elasticsearch_cluster_blocking_issues import ElasticsearchClusterBlockingIssues
    from .elasticsearch_cluster_info import ElasticsearchClusterInfo
    from .elasticsearch_cluster_info_links import ElasticsearchClusterInfoLinks
    from .elasticsearch_cluster_info_status import ElasticsearchClusterInfoStatus
    from .elasticsearch_cluster_plan import ElasticsearchClusterPlan
    from .elasticsearch_cluster_plan_info import ElasticsearchClusterPlanInfo
    from .elasticsearch_cluster_plans_info import ElasticsearchClusterPlansInfo
    from .elasticsearch_cluster_role import ElasticsearchClusterRole
    from .elasticsearch_cluster_security_info import ElasticsearchClusterSecurityInfo
    from .elasticsearch_cluster_security_info_roles import ElasticsearchClusterSecurityInfoRoles
    from .elasticsearch_cluster_settings import ElasticsearchClusterSettings
    from .elasticsearch_cluster_topology_element import ElasticsearchClusterTopologyElement
    from .elasticsearch_cluster_topology_element_autoscaling_policy_override_json import (
        ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson,
    )
    from .elasticsearch_cluster_topology_element_node_roles_item import ElasticsearchClusterTopologyElementNodeRolesItem
    from .elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings
    from .elasticsearch_cluster_user import ElasticsearchClusterUser
    from .elasticsearch_configuration import ElasticsearchConfiguration
    from .elasticsearch_configuration_node_attributes import ElasticsearchConfigurationNodeAttributes
    from .elasticsearch_configuration_user_settings_json import ElasticsearchConfigurationUserSettingsJson
    from .elasticsearch_configuration_user_settings_override_json import (
        ElasticsearchConfigurationUserSettingsOverrideJson,
    )
    from .elasticsearch_curation import ElasticsearchCuration
    from .elasticsearch_dependant import ElasticsearchDependant
    from .elasticsearch_elastic_user_password_reset_response import ElasticsearchElasticUserPasswordResetResponse
    from .elasticsearch_info import ElasticsearchInfo
    from .elasticsearch_master_element import ElasticsearchMasterElement
    from .elasticsearch_master_info import ElasticsearchMasterInfo
    from .elasticsearch_monitoring_info import ElasticsearchMonitoringInfo
    from .elasticsearch_node_type import ElasticsearchNodeType
    from .elasticsearch_payload import ElasticsearchPayload
    from .elasticsearch_plan_control_configuration import ElasticsearchPlanControlConfiguration
    from .elasticsearch_plan_control_configuration_cluster_reboot import (
        ElasticsearchPlanControlConfigurationClusterReboot,
    )
    from .elasticsearch_plan_control_configuration_preferred_allocator_tags import (
        ElasticsearchPlanControlConfigurationPreferredAllocatorTags,
    )
    from .elasticsearch_replica_element import ElasticsearchReplicaElement
    from .elasticsearch_resource_info import ElasticsearchResourceInfo
    from .elasticsearch_script_type_settings import ElasticsearchScriptTypeSettings
    from .elasticsearch_scripting_user_settings import ElasticsearchScriptingUserSettings
    from .elasticsearch_shard_element import ElasticsearchShardElement
    from .elasticsearch_shards_info import ElasticsearchShardsInfo
    from .elasticsearch_shards_status import ElasticsearchShardsStatus
    from .elasticsearch_shards_status_status import ElasticsearchShardsStatusStatus
    from .elasticsearch_system_settings import ElasticsearchSystemSettings
    from .elasticsearch_user_bundle import ElasticsearchUserBundle
    from .elasticsearch_user_plugin import ElasticsearchUserPlugin
    from .elevated_permissions import ElevatedPermissions
    from .empty_response import EmptyResponse
    from .enable_ilm_request import EnableIlmRequest
    from .enrollment_token_request import EnrollmentTokenRequest
    from .enterprise_search import EnterpriseSearch
    from .enterprise_search_backend_plan import EnterpriseSearchBackendPlan
    from .enterprise_search_configuration import EnterpriseSearchConfiguration
    from .enterprise_search_configuration_user_settings_json import EnterpriseSearchConfigurationUserSettingsJson
    from .enterprise_search_configuration_user_settings_override_json import (
        EnterpriseSearchConfigurationUserSettingsOverrideJson,
    )
    from .enterprise_search_info import EnterpriseSearchInfo
    from .enterprise_search_info_links import EnterpriseSearchInfoLinks
    from .enterprise_search_info_status import EnterpriseSearchInfoStatus
    from .enterprise_search_node_types import EnterpriseSearchNodeTypes
    from .enterprise_search_payload import EnterpriseSearchPayload
    from .enterprise_search_plan import EnterpriseSearchPlan
    from .enterprise_search_plan_control_configuration import EnterpriseSearchPlanControlConfiguration
    from .enterprise_search_plan_control_configuration_cluster_reboot import (
        EnterpriseSearchPlanControlConfigurationClusterReboot,
    )
    from .enterprise_search_plan_control_configuration_preferred_allocator_tags import (
        EnterpriseSearchPlanControlConfigurationPreferredAllocatorTags,
    )
    from .enterprise_search_plan_info import EnterpriseSearchPlanInfo
    from .enterprise_search_plans_info import EnterpriseSearchPlansInfo
    from .enterprise_search_resource_info import EnterpriseSearchResourceInfo
    from .enterprise_search_settings import EnterpriseSearchSettings
    from .enterprise_search_sub_info import EnterpriseSearchSubInfo
    from .enterprise_search_sub_info_links import EnterpriseSearchSubInfoLinks
    from .enterprise_search_system_settings import EnterpriseSearchSystemSettings
    from .enterprise_search_topology_element import EnterpriseSearchTopologyElement
    from .enterprise_search_topology_element_allocator_filter import EnterpriseSearchTopologyElementAllocatorFilter
    from .enterprise_search_topology_element_memory_per_node import EnterpriseSearchTopologyElementMemoryPerNode
    from .enterprise_search_topology_element_node_count_per_zone import EnterpriseSearchTopologyElementNodeCountPerZone
    from .exists_query import ExistsQuery
    from .extension import Extension
    from .extension_extension_type import ExtensionExtensionType
    from .extension_file_metadata import ExtensionFileMetadata
    from .extensions import Extensions
    from .external_hyperlink import ExternalHyperlink
    from .external_trust_relationship import ExternalTrustRelationship
    from .filter_association import FilterAssociation
    from .generic_response import GenericResponse
    from .get_costs_charts_bucketing_strategy import GetCostsChartsBucketingStrategy
    from .get_costs_charts_by_deployment_bucketing_strategy import GetCostsChartsByDeploymentBucketingStrategy
    from .get_deployment_resource_plan_activity_resource_kind import GetDeploymentResourcePlanActivityResourceKind
    from .get_deployment_resource_proxy_requests_resource_kind import GetDeploymentResourceProxyRequestsResourceKind
    from .get_resource_kind_deployment_domain_name_resource_kind import GetResourceKindDeploymentDomainNameResourceKind
    from .get_tls_certificate_service_name import GetTlsCertificateServiceName
    from .get_trust_relationships_filter import GetTrustRelationshipsFilter
    from .global_deployment_template_info import GlobalDeploymentTemplateInfo
    from .global_deployment_template_region import GlobalDeploymentTemplateRegion
    from .grow_shrink_strategy_config import GrowShrinkStrategyConfig
    from .heap_dump import HeapDump
    from .hyperlink import Hyperlink
    from .id_response import IdResponse
    from .index_pattern import IndexPattern
    from .index_pattern_node_attributes import IndexPatternNodeAttributes
    from .index_synchronization_results import IndexSynchronizationResults
    from .instance_configuration import InstanceConfiguration
    from .instance_configuration_info import InstanceConfigurationInfo
    from .instance_configuration_info_instance_type import InstanceConfigurationInfoInstanceType
    from .instance_configuration_info_metadata import InstanceConfigurationInfoMetadata
    from .instance_configuration_instance_type import InstanceConfigurationInstanceType
    from .instance_configuration_metadata import InstanceConfigurationMetadata
    from .instance_move_request import InstanceMoveRequest
    from .instance_overrides import InstanceOverrides
    from .instance_type_resource import InstanceTypeResource
    from .instance_type_resource_instance_type import InstanceTypeResourceInstanceType
    from .integrations_server import IntegrationsServer
    from .integrations_server_backend_plan import IntegrationsServerBackendPlan
    from .integrations_server_configuration import IntegrationsServerConfiguration
    from .integrations_server_configuration_mode import IntegrationsServerConfigurationMode
    from .integrations_server_configuration_user_settings_json import IntegrationsServerConfigurationUserSettingsJson
    from .integrations_server_configuration_user_settings_override_json import (
        IntegrationsServerConfigurationUserSettingsOverrideJson,
    )
    from .integrations_server_info import IntegrationsServerInfo
    from .integrations_server_info_apm_server_mode import IntegrationsServerInfoApmServerMode
    from .integrations_server_info_links import IntegrationsServerInfoLinks
    from .integrations_server_info_status import IntegrationsServerInfoStatus
    from .integrations_server_payload import IntegrationsServerPayload
    from .integrations_server_plan import IntegrationsServerPlan
    from .integrations_server_plan_control_configuration import IntegrationsServerPlanControlConfiguration
    from .integrations_server_plan_control_configuration_cluster_reboot import (
        IntegrationsServerPlanControlConfigurationClusterReboot,
    )
    from .integrations_server_plan_control_configuration_preferred_allocator_tags import (
        IntegrationsServerPlanControlConfigurationPreferredAllocatorTags,
    )
    from .integrations_server_plan_info import IntegrationsServerPlanInfo
    from .integrations_server_plans_info import IntegrationsServerPlansInfo
    from .integrations_server_resource_info import IntegrationsServerResourceInfo
    from .integrations_server_settings import IntegrationsServerSettings
    from .integrations_server_system_settings import IntegrationsServerSystemSettings
    from .integrations_server_topology_element import IntegrationsServerTopologyElement
    from .item_costs import ItemCosts
    from .item_costs_kind import ItemCostsKind
    from .items_costs import ItemsCosts
    from .keystore_contents import KeystoreContents
    from .keystore_contents_secrets import KeystoreContentsSecrets
    from .keystore_secret import KeystoreSecret
    from .keystore_secret_value import KeystoreSecretValue
    from .kibana import Kibana
    from .kibana_backend_plan import KibanaBackendPlan
    from .kibana_cluster_info import KibanaClusterInfo
    from .kibana_cluster_info_links import KibanaClusterInfoLinks
    from .kibana_cluster_info_status import KibanaClusterInfoStatus
    from .kibana_cluster_plan import KibanaClusterPlan
    from .kibana_cluster_plan_info import KibanaClusterPlanInfo
    from .kibana_cluster_plans_info import KibanaClusterPlansInfo
    from .kibana_cluster_settings import KibanaClusterSettings
    from .kibana_cluster_topology_element import KibanaClusterTopologyElement
    from .kibana_configuration import KibanaConfiguration
    from .kibana_configuration_user_settings_json import KibanaConfigurationUserSettingsJson
    from .kibana_configuration_user_settings_override_json import KibanaConfigurationUserSettingsOverrideJson
    from .kibana_deeplink import KibanaDeeplink
    from .kibana_payload import KibanaPayload
    from .kibana_plan_control_configuration import KibanaPlanControlConfiguration
    from .kibana_plan_control_configuration_cluster_reboot import KibanaPlanControlConfigurationClusterReboot
    from .kibana_plan_control_configuration_preferred_allocator_tags import (
        KibanaPlanControlConfigurationPreferredAllocatorTags,
    )
    from .kibana_resource_info import KibanaResourceInfo
    from .kibana_sub_cluster_info import KibanaSubClusterInfo
    from .kibana_sub_cluster_info_links import KibanaSubClusterInfoLinks
    from .kibana_system_settings import KibanaSystemSettings
    from .ldap_group_search import LdapGroupSearch
    from .ldap_group_search_scope import LdapGroupSearchScope
    from .ldap_security_realm_load_balance import LdapSecurityRealmLoadBalance
    from .ldap_security_realm_load_balance_type import LdapSecurityRealmLoadBalanceType
    from .ldap_security_realm_role_mapping_rule import LdapSecurityRealmRoleMappingRule
    from .ldap_security_realm_role_mapping_rule_type import LdapSecurityRealmRoleMappingRuleType
    from .ldap_security_realm_role_mapping_rules import LdapSecurityRealmRoleMappingRules
    from .ldap_settings import LdapSettings
    from .ldap_settings_bind_type import LdapSettingsBindType
    from .ldap_settings_certificate_url_truststore_type import LdapSettingsCertificateUrlTruststoreType
    from .ldap_user_search import LdapUserSearch
    from .ldap_user_search_scope import LdapUserSearchScope
    from .license_info import LicenseInfo
    from .license_object import LicenseObject
    from .list_enrollment_token_element import ListEnrollmentTokenElement
    from .list_enrollment_token_reply import ListEnrollmentTokenReply
    from .logging_settings import LoggingSettings
    from .logging_settings_logging_levels import LoggingSettingsLoggingLevels
    from .login_request import LoginRequest
    from .login_state import LoginState
    from .managed_monitoring_settings import ManagedMonitoringSettings
    from .match_all_query import MatchAllQuery
    from .match_none_query import MatchNoneQuery
    from .match_query import MatchQuery
    from .metadata import Metadata
    from .metadata_item import MetadataItem
    from .metadata_item_value import MetadataItemValue
    from .metadata_items import MetadataItems
    from .model_version_index_synchronization_results import ModelVersionIndexSynchronizationResults
    from .model_version_index_synchronization_results_results import ModelVersionIndexSynchronizationResultsResults
    from .move_apm_cluster_configuration import MoveApmClusterConfiguration
    from .move_apm_cluster_details import MoveApmClusterDetails
    from .move_app_search_configuration import MoveAppSearchConfiguration
    from .move_app_search_details import MoveAppSearchDetails
    from .move_clusters_by_type_cluster_type import MoveClustersByTypeClusterType
    from .move_clusters_command_response import MoveClustersCommandResponse
    from .move_clusters_details import MoveClustersDetails
    from .move_clusters_request import MoveClustersRequest
    from .move_elasticsearch_cluster_configuration import MoveElasticsearchClusterConfiguration
    from .move_elasticsearch_cluster_details import MoveElasticsearchClusterDetails
    from .move_enterprise_search_configuration import MoveEnterpriseSearchConfiguration
    from .move_enterprise_search_details import MoveEnterpriseSearchDetails
    from .move_kibana_cluster_configuration import MoveKibanaClusterConfiguration
    from .move_kibana_cluster_details import MoveKibanaClusterDetails
    from .nested_query import NestedQuery
    from .nested_query_score_mode import NestedQueryScoreMode
    from .node_type_resource import NodeTypeResource
    from .observability_absolute_deployment import ObservabilityAbsoluteDeployment
    from .observability_issue import ObservabilityIssue
    from .organization import Organization
    from .organization_invitation import OrganizationInvitation
    from .organization_invitation_request import OrganizationInvitationRequest
    from .organization_invitations import OrganizationInvitations
    from .organization_list import OrganizationList
    from .organization_membership import OrganizationMembership
    from .organization_memberships import OrganizationMemberships
    from .organization_request import OrganizationRequest
    from .organization_role_assignment import OrganizationRoleAssignment
    from .orphaned import Orphaned
    from .orphaned_elasticsearch import OrphanedElasticsearch
    from .pending_state import PendingState
    from .pending_states import PendingStates
    from .pending_states_runner_ids_to_pending_state import PendingStatesRunnerIdsToPendingState
    from .pending_states_with_meta import PendingStatesWithMeta
    from .period import Period
    from .plan_strategy import PlanStrategy
    from .platform_info import PlatformInfo
    from .platform_resources_summary import PlatformResourcesSummary
    from .platform_role_assignment import PlatformRoleAssignment
    from .platform_service_image_info import PlatformServiceImageInfo
    from .platform_service_info import PlatformServiceInfo
    from .port_binding import PortBinding
    from .post_deployment_resource_proxy_requests_resource_kind import PostDeploymentResourceProxyRequestsResourceKind
    from .prefix_query import PrefixQuery
    from .project_role_assignment import ProjectRoleAssignment
    from .project_role_assignments import ProjectRoleAssignments
    from .proxies_allocations_info import ProxiesAllocationsInfo
    from .proxies_filter import ProxiesFilter
    from .proxies_filtered_group import ProxiesFilteredGroup
    from .proxies_filtered_group_health import ProxiesFilteredGroupHealth
    from .proxies_health import ProxiesHealth
    from .proxies_http_settings import ProxiesHttpSettings
    from .proxies_settings import ProxiesSettings
    from .proxies_sso_settings import ProxiesSSOSettings
    from .proxies_summary import ProxiesSummary
    from .proxy_allocation_counts import ProxyAllocationCounts
    from .proxy_allocation_info import ProxyAllocationInfo
    from .proxy_allocation_info_allocations_type import ProxyAllocationInfoAllocationsType
    from .proxy_info import ProxyInfo
    from .proxy_info_metadata import ProxyInfoMetadata
    from .proxy_overview import ProxyOverview
    from .proxy_summary import ProxySummary
    from .public_cert_chain import PublicCertChain
    from .public_cert_chain_collection import PublicCertChainCollection
    from .public_cert_chain_collection_certs import PublicCertChainCollectionCerts
    from .public_certificate import PublicCertificate
    from .put_deployment_resource_proxy_requests_resource_kind import PutDeploymentResourceProxyRequestsResourceKind
    from .query_container import QueryContainer
    from .query_container_match import QueryContainerMatch
    from .query_container_prefix import QueryContainerPrefix
    from .query_container_range import QueryContainerRange
    from .query_container_term import QueryContainerTerm
    from .query_string_query import QueryStringQuery
    from .range_query import RangeQuery
    from .range_query_gt import RangeQueryGt
    from .range_query_gte import RangeQueryGte
    from .range_query_lt import RangeQueryLt
    from .range_query_lte import RangeQueryLte
    from .read_only_request import ReadOnlyRequest
    from .read_only_response import ReadOnlyResponse
    from .region_info import RegionInfo
    from .remote_resource_info import RemoteResourceInfo
    from .remote_resource_ref import RemoteResourceRef
    from .remote_resources import RemoteResources
    from .reply_warning import ReplyWarning
    from .repository_config import RepositoryConfig
    from .repository_config_config import RepositoryConfigConfig
    from .repository_configs import RepositoryConfigs
    from .request_enrollment_token_reply import RequestEnrollmentTokenReply
    from .resource_heap_dumps import ResourceHeapDumps
    from .restart_deployment_stateless_resource_stateless_resource_kind import (
        RestartDeploymentStatelessResourceStatelessResourceKind,
    )
    from .restart_policy import RestartPolicy
    from .restore_deployment_resource_resource_kind import RestoreDeploymentResourceResourceKind
    from .restore_snapshot_api_configuration import RestoreSnapshotApiConfiguration
    from .restore_snapshot_api_configuration_raw_settings import RestoreSnapshotApiConfigurationRawSettings
    from .restore_snapshot_configuration import RestoreSnapshotConfiguration
    from .restore_snapshot_configuration_strategy import RestoreSnapshotConfigurationStrategy
    from .restore_snapshot_repo_configuration import RestoreSnapshotRepoConfiguration
    from .restore_snapshot_repo_configuration_raw_settings import RestoreSnapshotRepoConfigurationRawSettings
    from .role import Role
    from .role_aggregate import RoleAggregate
    from .role_aggregate_create_data import RoleAggregateCreateData
    from .role_aggregates import RoleAggregates
    from .role_assignments import RoleAssignments
    from .role_with_meta import RoleWithMeta
    from .rolling_grow_shrink_strategy_config import RollingGrowShrinkStrategyConfig
    from .rolling_strategy_config import RollingStrategyConfig
    from .ruleset_associations import RulesetAssociations
    from .runner_build_info import RunnerBuildInfo
    from .runner_container_info import RunnerContainerInfo
    from .runner_health_checks import RunnerHealthChecks
    from .runner_info import RunnerInfo
    from .runner_info_features import RunnerInfoFeatures
    from .runner_info_tags import RunnerInfoTags
    from .runner_overview import RunnerOverview
    from .runner_role_info import RunnerRoleInfo
    from .runner_roles_info import RunnerRolesInfo
    from .runners_summary import RunnersSummary
    from .saml_attribute_settings import SamlAttributeSettings
    from .saml_callback_body import SamlCallbackBody
    from .saml_idp_settings import SamlIdpSettings
    from .saml_security_realm_role_mapping_rule import SamlSecurityRealmRoleMappingRule
    from .saml_security_realm_role_mapping_rule_type import SamlSecurityRealmRoleMappingRuleType
    from .saml_security_realm_role_mapping_rules import SamlSecurityRealmRoleMappingRules
    from .saml_settings import SamlSettings
    from .saml_settings_ssl_certificate_url_truststore_type import SamlSettingsSslCertificateUrlTruststoreType
    from .saml_sp_settings import SamlSpSettings
    from .search_request import SearchRequest
    from .search_request_sort_item import SearchRequestSortItem
    from .security_deployment import SecurityDeployment
    from .security_deployment_create_request import SecurityDeploymentCreateRequest
    from .security_deployment_status import SecurityDeploymentStatus
    from .security_deployment_topology import SecurityDeploymentTopology
    from .security_deployment_update_request import SecurityDeploymentUpdateRequest
    from .security_realm_info import SecurityRealmInfo
    from .security_realm_info_list import SecurityRealmInfoList
    from .security_realm_info_type import SecurityRealmInfoType
    from .security_realms_reorder_request import SecurityRealmsReorderRequest
    from .service_url import ServiceUrl
    from .set_deployment_resource_raw_metadata_resource_kind import SetDeploymentResourceRawMetadataResourceKind
    from .set_resource_kind_deployment_domain_name_resource_kind import SetResourceKindDeploymentDomainNameResourceKind
    from .set_tls_certificate_service_name import SetTlsCertificateServiceName
    from .shutdown_deployment_stateless_resource_stateless_resource_kind import (
        ShutdownDeploymentStatelessResourceStatelessResourceKind,
    )
    from .simple_query_string_query import SimpleQueryStringQuery
    from .simplified_line_item import SimplifiedLineItem
    from .snapshot_repository_configuration import SnapshotRepositoryConfiguration
    from .snapshot_repository_configuration_settings import SnapshotRepositoryConfigurationSettings
    from .snapshot_status_info import SnapshotStatusInfo
    from .sso_authentication_method_info import SsoAuthenticationMethodInfo
    from .sso_authentication_method_info_sso_type import SsoAuthenticationMethodInfoSsoType
    from .stack_version_apm_config import StackVersionApmConfig
    from .stack_version_apm_config_settings import StackVersionApmConfigSettings
    from .stack_version_app_search_config import StackVersionAppSearchConfig
    from .stack_version_app_search_config_settings import StackVersionAppSearchConfigSettings
    from .stack_version_archive_processing_error import StackVersionArchiveProcessingError
    from .stack_version_archive_processing_result import StackVersionArchiveProcessingResult
    from .stack_version_config import StackVersionConfig
    from .stack_version_config_post import StackVersionConfigPost
    from .stack_version_configs import StackVersionConfigs
    from .stack_version_elasticsearch_config import StackVersionElasticsearchConfig
    from .stack_version_elasticsearch_config_settings import StackVersionElasticsearchConfigSettings
    from .stack_version_enterprise_search_config import StackVersionEnterpriseSearchConfig
    from .stack_version_enterprise_search_config_settings import StackVersionEnterpriseSearchConfigSettings
    from .stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from .stack_version_integrations_server_config import StackVersionIntegrationsServerConfig
    from .stack_version_integrations_server_config_settings import StackVersionIntegrationsServerConfigSettings
    from .stack_version_kibana_config import StackVersionKibanaConfig
    from .stack_version_kibana_config_settings import StackVersionKibanaConfigSettings
    from .stack_version_metadata import StackVersionMetadata
    from .stack_version_node_type import StackVersionNodeType
    from .stack_version_node_type_settings import StackVersionNodeTypeSettings
    from .stack_version_template_file_hash import StackVersionTemplateFileHash
    from .stack_version_template_info import StackVersionTemplateInfo
    from .target_elasticsearch_cluster import TargetElasticsearchCluster
    from .target_elasticsearch_cluster_links import TargetElasticsearchClusterLinks
    from .telemetry_config import TelemetryConfig
    from .telemetry_config_request import TelemetryConfigRequest
    from .term_query import TermQuery
    from .tls_public_cert_chain import TlsPublicCertChain
    from .token_response import TokenResponse
    from .topology_element_control import TopologyElementControl
    from .topology_size import TopologySize
    from .topology_size_resource import TopologySizeResource
    from .traffic_filter_claimed_link_id_info import TrafficFilterClaimedLinkIdInfo
    from .traffic_filter_claimed_link_id_request import TrafficFilterClaimedLinkIdRequest
    from .traffic_filter_claimed_link_ids import TrafficFilterClaimedLinkIds
    from .traffic_filter_egress_rule import TrafficFilterEgressRule
    from .traffic_filter_egress_rule_protocol import TrafficFilterEgressRuleProtocol
    from .traffic_filter_rule import TrafficFilterRule
    from .traffic_filter_ruleset_info import TrafficFilterRulesetInfo
    from .traffic_filter_ruleset_request import TrafficFilterRulesetRequest
    from .traffic_filter_ruleset_response import TrafficFilterRulesetResponse
    from .traffic_filter_rulesets import TrafficFilterRulesets
    from .traffic_filter_settings import TrafficFilterSettings
    from .transient_apm_plan_configuration import TransientApmPlanConfiguration
    from .transient_app_search_plan_configuration import TransientAppSearchPlanConfiguration
    from .transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration
    from .transient_elasticsearch_plan_configuration_cluster_settings_json import (
        TransientElasticsearchPlanConfigurationClusterSettingsJson,
    )
    from .transient_enterprise_search_plan_configuration import TransientEnterpriseSearchPlanConfiguration
    from .transient_integrations_server_plan_configuration import TransientIntegrationsServerPlanConfiguration
    from .transient_kibana_plan_configuration import TransientKibanaPlanConfiguration
    from .trust_relationship_create_request import TrustRelationshipCreateRequest
    from .trust_relationship_create_response import TrustRelationshipCreateResponse
    from .trust_relationship_get_response import TrustRelationshipGetResponse
    from .trust_relationship_update_request import TrustRelationshipUpdateRequest
    from .trust_relationship_update_response import TrustRelationshipUpdateResponse
    from .trust_relationships_list_response import TrustRelationshipsListResponse
    from .trusted_certificate import TrustedCertificate
    from .unreachable_region_info import UnreachableRegionInfo
    from .update_extension_request import UpdateExtensionRequest
    from .update_extension_request_extension_type import UpdateExtensionRequestExtensionType
    from .update_stack_packs_body import UpdateStackPacksBody
    from .updated_tls_chain import UpdatedTlsChain
    from .updated_tls_chain_service import UpdatedTlsChainService
    from .updates import Updates
    from .upgrade_deployment_stateless_resource_stateless_resource_kind import (
        UpgradeDeploymentStatelessResourceStatelessResourceKind,
    )
    from .upload_extension_body import UploadExtensionBody
    from .usage_stats import UsageStats
    from .user import User
    from .user_api_key import UserApiKey
    from .user_list import UserList
    from .user_metadata import UserMetadata
    from .user_security import UserSecurity
    from .user_security_realm import UserSecurityRealm
    from .user_security_realm_type import UserSecurityRealmType
    from .versioned_id_response import VersionedIdResponse
    from .versioned_id_response_config_version import VersionedIdResponseConfigVersion
    from .versioned_id_response_config_version_updated import VersionedIdResponseConfigVersionUpdated
    from .zk_acl import ZkAcl
    from .zookeeper_node_info import ZookeeperNodeInfo
    from .zookeeper_node_info_state import ZookeeperNodeInfoState
    from .zookeeper_summary import ZookeeperSummary
