// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! The client: [`Client`] and one request builder per operation.

use super::types;
use std::future::{Future, IntoFuture};
use std::pin::Pin;

/// The body of error responses.
pub type ErrorModel = types::ApiError;

impl Client {
    /// Get public information on an OAuth application.
    ///
    /// Get information on the specified application: its name, description, URI, avatar and owning organization. Needs no authentication.
    ///
    /// `GET /api/v1/app/{client_id}` (operation `getApplicationInformation`)
    ///
    /// Public: needs no authentication.
    pub fn get_application_information(
        &self,
        client_id: impl Into<String>,
    ) -> GetApplicationInformation<'_> {
        GetApplicationInformation {
            client: self,
            client_id: client_id.into(),
        }
    }

    /// Describe the API.
    ///
    /// The API's description. Quay itself answers with its endpoints as a Swagger 2.0 document; a server generated from this description, such as the example server, answers with this OpenAPI 3.0.3 document, its `servers` pointing at the server that answers. No authentication is needed.
    ///
    /// `GET /api/v1/discovery` (operation `discovery`)
    ///
    /// Public: needs no authentication.
    pub fn discovery(&self) -> Discovery<'_> {
        Discovery {
            client: self,
            internal: None,
        }
    }

    /// Find entities by prefix.
    ///
    /// Get a list of entities that match the specified prefix.
    ///
    /// `GET /api/v1/entities/{prefix}` (operation `getMatchingEntities`)
    ///
    /// Public: needs no authentication.
    pub fn get_matching_entities(
        &self,
        prefix: impl Into<String>,
    ) -> GetMatchingEntities<'_> {
        GetMatchingEntities {
            client: self,
            prefix: prefix.into(),
            include_orgs: None,
            include_teams: None,
            namespace: None,
        }
    }

    /// Describe an error type.
    ///
    /// Get a detailed description of the error.
    ///
    /// `GET /api/v1/error/{error_type}` (operation `getErrorDescription`)
    ///
    /// Public: needs no authentication.
    pub fn get_error_description(
        &self,
        error_type: impl Into<String>,
    ) -> GetErrorDescription<'_> {
        GetErrorDescription {
            client: self,
            error_type: error_type.into(),
        }
    }

    /// Search entities and resources.
    ///
    /// Get a list of entities and resources that match the specified query: teams and robots (for an authenticated user), repositories, users and organizations, sorted by score. An empty query returns no results.
    ///
    /// `GET /api/v1/find/all` (operation `conductSearch`)
    ///
    /// Requires `repo:read`.
    pub fn conduct_search(&self) -> ConductSearch<'_> {
        ConductSearch {
            client: self,
            query: None,
        }
    }

    /// Search repositories.
    ///
    /// Get a list of apps and repositories that match the specified query. Pages hold SEARCH\_RESULTS\_PER\_PAGE results (default 10); page is clamped to 1..SEARCH\_MAX\_RESULT\_PAGE\_COUNT (default 10); has\_additional tells whether another page follows.
    ///
    /// `GET /api/v1/find/repositories` (operation `conductRepoSearch`)
    ///
    /// Public: needs no authentication.
    pub fn conduct_repo_search(&self) -> ConductRepoSearch<'_> {
        ConductRepoSearch {
            client: self,
            include_usage: None,
            page: None,
            query: None,
        }
    }

    /// Delete a global message.
    ///
    /// Delete a message. Superusers only; requires a fresh login.
    ///
    /// `DELETE /api/v1/message/{uuid}` (operation `deleteGlobalMessage`)
    ///
    /// Requires `super:user`.
    pub fn delete_global_message(
        &self,
        uuid: impl Into<String>,
    ) -> DeleteGlobalMessage<'_> {
        DeleteGlobalMessage {
            client: self,
            uuid: uuid.into(),
        }
    }

    /// List the global messages.
    ///
    /// Return a super users messages. No authentication is needed.
    ///
    /// `GET /api/v1/messages` (operation `getGlobalMessages`)
    ///
    /// Public: needs no authentication.
    pub fn get_global_messages(&self) -> GetGlobalMessages<'_> {
        GetGlobalMessages { client: self }
    }

    /// Create a global message.
    ///
    /// Create a message shown to all users. Superusers only; requires a fresh login.
    ///
    /// `POST /api/v1/messages` (operation `createGlobalMessage`)
    ///
    /// Requires `super:user`.
    pub fn create_global_message(
        &self,
        body: types::CreateMessage,
    ) -> CreateGlobalMessage<'_> {
        CreateGlobalMessage {
            client: self,
            body,
        }
    }

    /// Create a new organization.
    ///
    /// Create a new organization owned by the authenticated user. Fails with 400 if a user or organization with this name already exists. When `FEATURE_MAILING` is enabled an `email` is required; when `FEATURE_RECAPTCHA` is enabled a valid `recaptcha_response` is required (unless the user is whitelisted). Restricted users cannot create organizations, and with `FEATURE_SUPERUSERS_ORG_CREATION_ONLY` only superusers can.
    ///
    /// `POST /api/v1/organization/` (operation `createOrganization`)
    ///
    /// Requires `user:admin`.
    pub fn create_organization(&self, body: types::NewOrg) -> CreateOrganization<'_> {
        CreateOrganization {
            client: self,
            body,
        }
    }

    /// Get an organization.
    ///
    /// Get the details for the specified organization. Team details are included only for members; e-mail, invoicing and tag-expiration fields only for administrators; quota fields only for members when quota management is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}` (operation `getOrganization`)
    ///
    /// Public: needs no authentication.
    pub fn get_organization(&self, orgname: impl Into<String>) -> GetOrganization<'_> {
        GetOrganization {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Change the details of an organization.
    ///
    /// Change the details for the specified organization: contact e-mail, invoice e-mail settings and the tag expiration (the latter only when `FEATURE_CHANGE_TAG_EXPIRATION` is enabled). Requires organization administrator (or superuser).
    ///
    /// `PUT /api/v1/organization/{orgname}` (operation `changeOrganizationDetails`)
    ///
    /// Requires `org:admin`.
    pub fn change_organization_details(
        &self,
        orgname: impl Into<String>,
        body: types::UpdateOrg,
    ) -> ChangeOrganizationDetails<'_> {
        ChangeOrganizationDetails {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Delete an organization.
    ///
    /// Deletes the specified organization (it is marked for deletion and garbage-collected in the background). Requires organization administrator (or superuser) and a fresh login.
    ///
    /// `DELETE /api/v1/organization/{orgname}` (operation `deleteAdminedOrganization`)
    ///
    /// Requires `org:admin`.
    pub fn delete_admined_organization(
        &self,
        orgname: impl Into<String>,
    ) -> DeleteAdminedOrganization<'_> {
        DeleteAdminedOrganization {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Get the aggregated logs of an organization.
    ///
    /// Gets the aggregated logs for the specified organization. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/aggregatelogs` (operation `getAggregateOrgLogs`)
    ///
    /// Requires `org:admin`.
    pub fn get_aggregate_org_logs(
        &self,
        orgname: impl Into<String>,
    ) -> GetAggregateOrgLogs<'_> {
        GetAggregateOrgLogs {
            client: self,
            orgname: orgname.into(),
            performer: None,
            endtime: None,
            starttime: None,
        }
    }

    /// List the OAuth applications of an organization.
    ///
    /// List the applications for the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/applications` (operation `getOrganizationApplications`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_applications(
        &self,
        orgname: impl Into<String>,
    ) -> GetOrganizationApplications<'_> {
        GetOrganizationApplications {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Create an OAuth application.
    ///
    /// Creates a new application under this organization.
    ///
    /// `POST /api/v1/organization/{orgname}/applications` (operation `createOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    pub fn create_organization_application(
        &self,
        orgname: impl Into<String>,
        body: types::NewApp,
    ) -> CreateOrganizationApplication<'_> {
        CreateOrganizationApplication {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Get an OAuth application.
    ///
    /// Retrieves the application with the specified client\_id under the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/applications/{client_id}` (operation `getOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_application(
        &self,
        orgname: impl Into<String>,
        client_id: impl Into<String>,
    ) -> GetOrganizationApplication<'_> {
        GetOrganizationApplication {
            client: self,
            orgname: orgname.into(),
            client_id: client_id.into(),
        }
    }

    /// Update an OAuth application.
    ///
    /// Updates an application under this organization.
    ///
    /// `PUT /api/v1/organization/{orgname}/applications/{client_id}` (operation `updateOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    pub fn update_organization_application(
        &self,
        orgname: impl Into<String>,
        client_id: impl Into<String>,
        body: types::UpdateApp,
    ) -> UpdateOrganizationApplication<'_> {
        UpdateOrganizationApplication {
            client: self,
            orgname: orgname.into(),
            client_id: client_id.into(),
            body,
        }
    }

    /// Delete an OAuth application.
    ///
    /// Deletes the application under this organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/applications/{client_id}` (operation `deleteOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    pub fn delete_organization_application(
        &self,
        orgname: impl Into<String>,
        client_id: impl Into<String>,
    ) -> DeleteOrganizationApplication<'_> {
        DeleteOrganizationApplication {
            client: self,
            orgname: orgname.into(),
            client_id: client_id.into(),
        }
    }

    /// List the auto-prune policies of an organization.
    ///
    /// Lists the auto-prune policies for the organization. Available when FEATURE\_AUTO\_PRUNE is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/autoprunepolicy/` (operation `listOrganizationAutoPrunePolicies`)
    ///
    /// Requires `org:admin`.
    pub fn list_organization_auto_prune_policies(
        &self,
        orgname: impl Into<String>,
    ) -> ListOrganizationAutoPrunePolicies<'_> {
        ListOrganizationAutoPrunePolicies {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Create an auto-prune policy for an organization.
    ///
    /// Creates an auto-prune policy for the organization. A namespace can hold only one policy; creating a second one fails with 400.
    ///
    /// `POST /api/v1/organization/{orgname}/autoprunepolicy/` (operation `createOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    pub fn create_organization_auto_prune_policy(
        &self,
        orgname: impl Into<String>,
        body: types::AutoPrunePolicyConfig,
    ) -> CreateOrganizationAutoPrunePolicy<'_> {
        CreateOrganizationAutoPrunePolicy {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Get an auto-prune policy of an organization.
    ///
    /// Fetches the auto-prune policy for the organization.
    ///
    /// `GET /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `getOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_auto_prune_policy(
        &self,
        orgname: impl Into<String>,
        policy_uuid: impl Into<String>,
    ) -> GetOrganizationAutoPrunePolicy<'_> {
        GetOrganizationAutoPrunePolicy {
            client: self,
            orgname: orgname.into(),
            policy_uuid: policy_uuid.into(),
        }
    }

    /// Update an auto-prune policy of an organization.
    ///
    /// Updates the auto-prune policy for the organization.
    ///
    /// `PUT /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `updateOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    pub fn update_organization_auto_prune_policy(
        &self,
        orgname: impl Into<String>,
        policy_uuid: impl Into<String>,
        body: types::AutoPrunePolicyConfig,
    ) -> UpdateOrganizationAutoPrunePolicy<'_> {
        UpdateOrganizationAutoPrunePolicy {
            client: self,
            orgname: orgname.into(),
            policy_uuid: policy_uuid.into(),
            body,
        }
    }

    /// Delete an auto-prune policy of an organization.
    ///
    /// Deletes the auto-prune policy for the organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `deleteOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    pub fn delete_organization_auto_prune_policy(
        &self,
        orgname: impl Into<String>,
        policy_uuid: impl Into<String>,
    ) -> DeleteOrganizationAutoPrunePolicy<'_> {
        DeleteOrganizationAutoPrunePolicy {
            client: self,
            orgname: orgname.into(),
            policy_uuid: policy_uuid.into(),
        }
    }

    /// List outside collaborators of an organization.
    ///
    /// List outside collaborators of the specified organization: users that do not belong to any team in the organization but have direct permissions on one or more of its repositories.
    ///
    /// `GET /api/v1/organization/{orgname}/collaborators` (operation `getOrganizationCollaborators`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_collaborators(
        &self,
        orgname: impl Into<String>,
    ) -> GetOrganizationCollaborators<'_> {
        GetOrganizationCollaborators {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Export the logs of an organization.
    ///
    /// Exports the logs for the specified organization. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/organization/{orgname}/exportlogs` (operation `exportOrgLogs`)
    ///
    /// Requires `org:admin`.
    pub fn export_org_logs(
        &self,
        orgname: impl Into<String>,
        body: types::ExportLogs,
    ) -> ExportOrgLogs<'_> {
        ExportOrgLogs {
            client: self,
            orgname: orgname.into(),
            endtime: None,
            starttime: None,
            body,
        }
    }

    /// List the logs of an organization.
    ///
    /// List the logs for the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/logs` (operation `listOrgLogs`)
    ///
    /// Requires `org:admin`.
    pub fn list_org_logs(&self, orgname: impl Into<String>) -> ListOrgLogs<'_> {
        ListOrgLogs {
            client: self,
            orgname: orgname.into(),
            next_page: None,
            performer: None,
            endtime: None,
            starttime: None,
        }
    }

    /// List the members of an organization.
    ///
    /// List the human members of the specified organization (robots are left out), with their teams and direct repository permissions.
    ///
    /// `GET /api/v1/organization/{orgname}/members` (operation `getOrganizationMembers`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_members(
        &self,
        orgname: impl Into<String>,
    ) -> GetOrganizationMembers<'_> {
        GetOrganizationMembers {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Get a member of an organization.
    ///
    /// Retrieves the details of a member of the organization (a user on one of its teams, or a robot of the organization): its teams and the repositories it has direct permissions on.
    ///
    /// `GET /api/v1/organization/{orgname}/members/{membername}` (operation `getOrganizationMember`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_member(
        &self,
        orgname: impl Into<String>,
        membername: impl Into<String>,
    ) -> GetOrganizationMember<'_> {
        GetOrganizationMember {
            client: self,
            orgname: orgname.into(),
            membername: membername.into(),
        }
    }

    /// Remove a member from an organization.
    ///
    /// Removes a member from an organization, revoking all its repository privileges and removing it from all teams in the organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/members/{membername}` (operation `removeOrganizationMember`)
    ///
    /// Requires `org:admin`.
    pub fn remove_organization_member(
        &self,
        orgname: impl Into<String>,
        membername: impl Into<String>,
    ) -> RemoveOrganizationMember<'_> {
        RemoveOrganizationMember {
            client: self,
            orgname: orgname.into(),
            membername: membername.into(),
        }
    }

    /// List the default permissions (prototypes) of an organization.
    ///
    /// List the existing prototypes for this organization.
    ///
    /// `GET /api/v1/organization/{orgname}/prototypes` (operation `getOrganizationPrototypePermissions`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_prototype_permissions(
        &self,
        orgname: impl Into<String>,
    ) -> GetOrganizationPrototypePermissions<'_> {
        GetOrganizationPrototypePermissions {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Create a default permission (prototype).
    ///
    /// Create a new permission prototype.
    ///
    /// `POST /api/v1/organization/{orgname}/prototypes` (operation `createOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    pub fn create_organization_prototype_permission(
        &self,
        orgname: impl Into<String>,
        body: types::NewPrototype,
    ) -> CreateOrganizationPrototypePermission<'_> {
        CreateOrganizationPrototypePermission {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Update the role of a default permission (prototype).
    ///
    /// Update the role of an existing permission prototype.
    ///
    /// `PUT /api/v1/organization/{orgname}/prototypes/{prototypeid}` (operation `updateOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    pub fn update_organization_prototype_permission(
        &self,
        orgname: impl Into<String>,
        prototypeid: impl Into<String>,
        body: types::PrototypeUpdate,
    ) -> UpdateOrganizationPrototypePermission<'_> {
        UpdateOrganizationPrototypePermission {
            client: self,
            orgname: orgname.into(),
            prototypeid: prototypeid.into(),
            body,
        }
    }

    /// Delete a default permission (prototype).
    ///
    /// Delete an existing permission prototype.
    ///
    /// `DELETE /api/v1/organization/{orgname}/prototypes/{prototypeid}` (operation `deleteOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    pub fn delete_organization_prototype_permission(
        &self,
        orgname: impl Into<String>,
        prototypeid: impl Into<String>,
    ) -> DeleteOrganizationPrototypePermission<'_> {
        DeleteOrganizationPrototypePermission {
            client: self,
            orgname: orgname.into(),
            prototypeid: prototypeid.into(),
        }
    }

    /// Get the proxy cache configuration of an organization.
    ///
    /// Retrieves the proxy cache configuration of the organization. If none is configured, every field is an empty string. Requires organization membership. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/proxycache` (operation `getProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    pub fn get_proxy_cache_config(
        &self,
        orgname: impl Into<String>,
    ) -> GetProxyCacheConfig<'_> {
        GetProxyCacheConfig {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Create the proxy cache configuration of an organization.
    ///
    /// Creates proxy cache configuration for the organization. Fails with 400 if one already exists. Requires organization administrator. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/proxycache` (operation `createProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    pub fn create_proxy_cache_config(
        &self,
        orgname: impl Into<String>,
        body: types::NewProxyCacheConfig,
    ) -> CreateProxyCacheConfig<'_> {
        CreateProxyCacheConfig {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Delete the proxy cache configuration of an organization.
    ///
    /// Delete proxy cache configuration for the organization. 404 if none exists. Requires organization administrator. Note: Quay answers 201 with the JSON string "Deleted". Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/proxycache` (operation `deleteProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    pub fn delete_proxy_cache_config(
        &self,
        orgname: impl Into<String>,
    ) -> DeleteProxyCacheConfig<'_> {
        DeleteProxyCacheConfig {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// List the quotas of an organization.
    ///
    /// Lists the storage quotas of the organization (at most one is supported). If none is defined and a system default (`DEFAULT_SYSTEM_REJECT_QUOTA_BYTES`) is configured, the system default is returned with `default_config: true`. Requires organization membership or superuser. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota` (operation `listOrganizationQuota`)
    ///
    /// Public: needs no authentication.
    pub fn list_organization_quota(
        &self,
        orgname: impl Into<String>,
    ) -> ListOrganizationQuota<'_> {
        ListOrganizationQuota {
            client: self,
            orgname: orgname.into(),
        }
    }

    /// Create an organization quota.
    ///
    /// Create a new organization quota. Only one quota per organization is supported; a second one is refused with 400. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/quota` (operation `createOrganizationQuota`)
    ///
    /// Requires `super:user`.
    pub fn create_organization_quota(
        &self,
        orgname: impl Into<String>,
        body: types::NewOrgQuota,
    ) -> CreateOrganizationQuota<'_> {
        CreateOrganizationQuota {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// Get an organization quota.
    ///
    /// Returns the given quota of the organization with its limits. Requires organization membership or superuser. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}` (operation `getOrganizationQuota`)
    ///
    /// Public: needs no authentication.
    pub fn get_organization_quota(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
    ) -> GetOrganizationQuota<'_> {
        GetOrganizationQuota {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
        }
    }

    /// Change an organization quota.
    ///
    /// Changes the size limit of the given organization quota. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `PUT /api/v1/organization/{orgname}/quota/{quota_id}` (operation `changeOrganizationQuota`)
    ///
    /// Requires `super:user`.
    pub fn change_organization_quota(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
        body: types::UpdateOrgQuota,
    ) -> ChangeOrganizationQuota<'_> {
        ChangeOrganizationQuota {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
            body,
        }
    }

    /// Delete an organization quota.
    ///
    /// Deletes the given organization quota and its limits. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/quota/{quota_id}` (operation `deleteOrganizationQuota`)
    ///
    /// Requires `super:user`.
    pub fn delete_organization_quota(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
    ) -> DeleteOrganizationQuota<'_> {
        DeleteOrganizationQuota {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
        }
    }

    /// List the limits of an organization quota.
    ///
    /// Lists the limits (warning and reject thresholds) of the given organization quota. Requires organization membership. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}/limit` (operation `listOrganizationQuotaLimit`)
    ///
    /// Public: needs no authentication.
    pub fn list_organization_quota_limit(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
    ) -> ListOrganizationQuotaLimit<'_> {
        ListOrganizationQuotaLimit {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
        }
    }

    /// Create a limit on an organization quota.
    ///
    /// Creates a new limit (a `Warning` or `Reject` threshold, in percent of the quota) on the given organization quota. An identical limit is refused with 400. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/quota/{quota_id}/limit` (operation `createOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    pub fn create_organization_quota_limit(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
        body: types::NewOrgQuotaLimit,
    ) -> CreateOrganizationQuotaLimit<'_> {
        CreateOrganizationQuotaLimit {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
            body,
        }
    }

    /// Get a limit of an organization quota.
    ///
    /// Returns the given limit of the given organization quota. Requires organization membership. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `getOrganizationQuotaLimit`)
    ///
    /// Public: needs no authentication.
    pub fn get_organization_quota_limit(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
        limit_id: impl Into<String>,
    ) -> GetOrganizationQuotaLimit<'_> {
        GetOrganizationQuotaLimit {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
            limit_id: limit_id.into(),
        }
    }

    /// Change a limit of an organization quota.
    ///
    /// Changes the type and/or threshold of the given limit. Superuser only. Quay answers with the whole parent quota (quota view with all its limits). Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `PUT /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `changeOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    pub fn change_organization_quota_limit(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
        limit_id: impl Into<String>,
        body: types::UpdateOrgQuotaLimit,
    ) -> ChangeOrganizationQuotaLimit<'_> {
        ChangeOrganizationQuotaLimit {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
            limit_id: limit_id.into(),
            body,
        }
    }

    /// Delete a limit of an organization quota.
    ///
    /// Deletes the given limit of the given organization quota. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `deleteOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    pub fn delete_organization_quota_limit(
        &self,
        orgname: impl Into<String>,
        quota_id: impl Into<String>,
        limit_id: impl Into<String>,
    ) -> DeleteOrganizationQuotaLimit<'_> {
        DeleteOrganizationQuotaLimit {
            client: self,
            orgname: orgname.into(),
            quota_id: quota_id.into(),
            limit_id: limit_id.into(),
        }
    }

    /// List an organization's robots.
    ///
    /// List the organization's robots. Tokens and permissions are only included for organization administrators.
    ///
    /// `GET /api/v1/organization/{orgname}/robots` (operation `getOrgRobots`)
    ///
    /// Requires `org:admin`.
    pub fn get_org_robots(&self, orgname: impl Into<String>) -> GetOrgRobots<'_> {
        GetOrgRobots {
            client: self,
            orgname: orgname.into(),
            limit: None,
            token: None,
            permissions: None,
        }
    }

    /// Get one of an organization's robots.
    ///
    /// Returns the organization's robot with the specified name.
    ///
    /// `GET /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `getOrgRobot`)
    ///
    /// Requires `org:admin`.
    pub fn get_org_robot(
        &self,
        orgname: impl Into<String>,
        robot_shortname: impl Into<String>,
    ) -> GetOrgRobot<'_> {
        GetOrgRobot {
            client: self,
            orgname: orgname.into(),
            robot_shortname: robot_shortname.into(),
        }
    }

    /// Create a robot in an organization.
    ///
    /// Create a new robot in the organization. The body is optional.
    ///
    /// `PUT /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `createOrgRobot`)
    ///
    /// Requires `org:admin`.
    pub fn create_org_robot(
        &self,
        orgname: impl Into<String>,
        robot_shortname: impl Into<String>,
    ) -> CreateOrgRobot<'_> {
        CreateOrgRobot {
            client: self,
            orgname: orgname.into(),
            robot_shortname: robot_shortname.into(),
            body: None,
        }
    }

    /// Delete one of an organization's robots.
    ///
    /// Delete an existing organization robot. Fails with 400 while the robot is used by a repository mirror.
    ///
    /// `DELETE /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `deleteOrgRobot`)
    ///
    /// Requires `org:admin`.
    pub fn delete_org_robot(
        &self,
        orgname: impl Into<String>,
        robot_shortname: impl Into<String>,
    ) -> DeleteOrgRobot<'_> {
        DeleteOrgRobot {
            client: self,
            orgname: orgname.into(),
            robot_shortname: robot_shortname.into(),
        }
    }

    /// List the repository permissions of an organization's robot.
    ///
    /// Returns the list of repository permissions for the org's robot.
    ///
    /// `GET /api/v1/organization/{orgname}/robots/{robot_shortname}/permissions` (operation `getOrgRobotPermissions`)
    ///
    /// Requires `user:admin`.
    pub fn get_org_robot_permissions(
        &self,
        orgname: impl Into<String>,
        robot_shortname: impl Into<String>,
    ) -> GetOrgRobotPermissions<'_> {
        GetOrgRobotPermissions {
            client: self,
            orgname: orgname.into(),
            robot_shortname: robot_shortname.into(),
        }
    }

    /// Regenerate the token of an organization's robot.
    ///
    /// Regenerates the token for an organization robot.
    ///
    /// `POST /api/v1/organization/{orgname}/robots/{robot_shortname}/regenerate` (operation `regenerateOrgRobotToken`)
    ///
    /// Requires `org:admin`.
    pub fn regenerate_org_robot_token(
        &self,
        orgname: impl Into<String>,
        robot_shortname: impl Into<String>,
    ) -> RegenerateOrgRobotToken<'_> {
        RegenerateOrgRobotToken {
            client: self,
            orgname: orgname.into(),
            robot_shortname: robot_shortname.into(),
        }
    }

    /// Create or update a team.
    ///
    /// Update the organization-wide permission (role) and description of the specified team.
    /// If the team does not exist yet it is created, and `new_team` is true in the answer.
    ///
    /// `PUT /api/v1/organization/{orgname}/team/{teamname}` (operation `updateOrganizationTeam`)
    ///
    /// Requires `org:admin`.
    pub fn update_organization_team(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        body: types::TeamDescription,
    ) -> UpdateOrganizationTeam<'_> {
        UpdateOrganizationTeam {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            body,
        }
    }

    /// Delete a team.
    ///
    /// Delete the specified team.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}` (operation `deleteOrganizationTeam`)
    ///
    /// Requires `org:admin`.
    pub fn delete_organization_team(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
    ) -> DeleteOrganizationTeam<'_> {
        DeleteOrganizationTeam {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
        }
    }

    /// Invite an email address to a team.
    ///
    /// Invites an email address to an existing team. Available only when mailing is enabled;
    /// refused for a team synced from an external group.
    ///
    /// `PUT /api/v1/organization/{orgname}/team/{teamname}/invite/{email}` (operation `inviteTeamMemberEmail`)
    ///
    /// Requires `org:admin`.
    pub fn invite_team_member_email(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        email: impl Into<String>,
    ) -> InviteTeamMemberEmail<'_> {
        InviteTeamMemberEmail {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            email: email.into(),
        }
    }

    /// Delete an email invitation to a team.
    ///
    /// Delete an invite of an email address to join a team.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}/invite/{email}` (operation `deleteTeamMemberEmailInvite`)
    ///
    /// Requires `org:admin`.
    pub fn delete_team_member_email_invite(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        email: impl Into<String>,
    ) -> DeleteTeamMemberEmailInvite<'_> {
        DeleteTeamMemberEmailInvite {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            email: email.into(),
        }
    }

    /// List the members of a team.
    ///
    /// Retrieve the list of members for the specified team.
    ///
    /// `GET /api/v1/organization/{orgname}/team/{teamname}/members` (operation `getOrganizationTeamMembers`)
    ///
    /// Requires `org:admin`.
    pub fn get_organization_team_members(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
    ) -> GetOrganizationTeamMembers<'_> {
        GetOrganizationTeamMembers {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            include_pending: None,
        }
    }

    /// Add or invite a member to a team.
    ///
    /// Adds or invites a member to an existing team. When team invitations are required
    /// (mailing enabled), the user is invited instead of added and `invited` is true.
    /// Refused for non-robot members of a team synced from an external group.
    ///
    /// `PUT /api/v1/organization/{orgname}/team/{teamname}/members/{membername}` (operation `updateOrganizationTeamMember`)
    ///
    /// Requires `org:admin`.
    pub fn update_organization_team_member(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        membername: impl Into<String>,
    ) -> UpdateOrganizationTeamMember<'_> {
        UpdateOrganizationTeamMember {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            membername: membername.into(),
        }
    }

    /// Remove a member from a team.
    ///
    /// Delete a member of a team. If the user is merely invited to join the team, then the
    /// invite is removed instead.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}/members/{membername}` (operation `deleteOrganizationTeamMember`)
    ///
    /// Requires `org:admin`.
    pub fn delete_organization_team_member(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        membername: impl Into<String>,
    ) -> DeleteOrganizationTeamMember<'_> {
        DeleteOrganizationTeamMember {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            membername: membername.into(),
        }
    }

    /// List a team's repository permissions.
    ///
    /// Returns the list of repository permissions for the organization's team. Quay declares
    /// no OAuth scope for this call; the caller must administer the organization.
    ///
    /// `GET /api/v1/organization/{orgname}/team/{teamname}/permissions` (operation `getOrganizationTeamPermissions`)
    ///
    /// Public: needs no authentication.
    pub fn get_organization_team_permissions(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
    ) -> GetOrganizationTeamPermissions<'_> {
        GetOrganizationTeamPermissions {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
        }
    }

    /// Enable syncing of a team with an external group.
    ///
    /// Enables syncing of the team's membership from a group of the external authentication
    /// backend (e.g. LDAP). The body is the group lookup configuration, which Quay checks
    /// against the backend: LDAP needs `group_dn`, Keystone needs `group_id`.
    /// Available only with team syncing enabled (`FEATURE_TEAM_SYNCING`) on a registry not
    /// hosted at quay.io; needs a fresh login, and unless
    /// `FEATURE_NONSUPERUSER_TEAM_SYNCING_SETUP` is set the caller must be a superuser as well
    /// as an administrator of the organization (Quay also tags the method with the
    /// `super:user` scope; the scope it publishes is `org:admin`).
    ///
    /// `POST /api/v1/organization/{orgname}/team/{teamname}/syncing` (operation `enableOrganizationTeamSync`)
    ///
    /// Requires `org:admin`.
    pub fn enable_organization_team_sync(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
        body: types::TeamSyncConfig,
    ) -> EnableOrganizationTeamSync<'_> {
        EnableOrganizationTeamSync {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
            body,
        }
    }

    /// Disable syncing of a team.
    ///
    /// Stops syncing the team's membership from the external group; the current members are
    /// kept. Same availability and permission rules as enableOrganizationTeamSync.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}/syncing` (operation `disableOrganizationTeamSync`)
    ///
    /// Requires `org:admin`.
    pub fn disable_organization_team_sync(
        &self,
        orgname: impl Into<String>,
        teamname: impl Into<String>,
    ) -> DisableOrganizationTeamSync<'_> {
        DisableOrganizationTeamSync {
            client: self,
            orgname: orgname.into(),
            teamname: teamname.into(),
        }
    }

    /// Validate a proxy cache configuration.
    ///
    /// Validates a proxy cache configuration for the organization by contacting the upstream registry (`/v2/`) with the given credentials, without saving it. Answers 202 with "Valid" when the login succeeds, 202 with "Anonymous" when the registry answers 401 (anonymous access), and 400 otherwise. Requires organization administrator. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/validateproxycache` (operation `validateProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    pub fn validate_proxy_cache_config(
        &self,
        orgname: impl Into<String>,
        body: types::NewProxyCacheConfig,
    ) -> ValidateProxyCacheConfig<'_> {
        ValidateProxyCacheConfig {
            client: self,
            orgname: orgname.into(),
            body,
        }
    }

    /// List repositories.
    ///
    /// Fetch the list of repositories visible to the current user under a variety of situations. At least one of namespace, starred or public must be given, otherwise the call fails with 400. Results come in pages of up to 100 repositories; follow next\_page for the rest.
    ///
    /// `GET /api/v1/repository` (operation `listRepos`)
    ///
    /// Requires `repo:read`.
    pub fn list_repos(&self) -> ListRepos<'_> {
        ListRepos {
            client: self,
            next_page: None,
            repo_kind: None,
            popularity: None,
            last_modified: None,
            public: None,
            starred: None,
            namespace: None,
        }
    }

    /// Create a repository.
    ///
    /// Create a new repository. Without namespace, the repository is created in the namespace of the calling user.
    ///
    /// `POST /api/v1/repository` (operation `createRepo`)
    ///
    /// Requires `repo:create`.
    pub fn create_repo(&self, body: types::NewRepo) -> CreateRepo<'_> {
        CreateRepo { client: self, body }
    }

    /// Get a repository.
    ///
    /// Fetch the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}` (operation `getRepo`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo(&self, repository: impl Into<String>) -> GetRepo<'_> {
        GetRepo {
            client: self,
            repository: repository.into(),
            include_tags: None,
            include_stats: None,
        }
    }

    /// Update the description of a repository.
    ///
    /// Update the description in the specified repository.
    ///
    /// `PUT /api/v1/repository/{repository}` (operation `updateRepo`)
    ///
    /// Requires `repo:write`.
    pub fn update_repo(
        &self,
        repository: impl Into<String>,
        body: types::RepoUpdate,
    ) -> UpdateRepo<'_> {
        UpdateRepo {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Delete a repository.
    ///
    /// Delete a repository. The repository is marked for deletion and garbage-collected; queued builds are removed.
    ///
    /// `DELETE /api/v1/repository/{repository}` (operation `deleteRepository`)
    ///
    /// Requires `repo:admin`.
    pub fn delete_repository(
        &self,
        repository: impl Into<String>,
    ) -> DeleteRepository<'_> {
        DeleteRepository {
            client: self,
            repository: repository.into(),
        }
    }

    /// Get the aggregated logs of a repository.
    ///
    /// Returns the aggregated logs for the specified repository. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/repository/{repository}/aggregatelogs` (operation `getAggregateRepoLogs`)
    ///
    /// Requires `repo:admin`.
    pub fn get_aggregate_repo_logs(
        &self,
        repository: impl Into<String>,
    ) -> GetAggregateRepoLogs<'_> {
        GetAggregateRepoLogs {
            client: self,
            repository: repository.into(),
            endtime: None,
            starttime: None,
        }
    }

    /// List the builds of a repository.
    ///
    /// Get the list of repository builds.
    ///
    /// `GET /api/v1/repository/{repository}/build/` (operation `getRepoBuilds`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_builds(&self, repository: impl Into<String>) -> GetRepoBuilds<'_> {
        GetRepoBuilds {
            client: self,
            repository: repository.into(),
            since: None,
            limit: None,
        }
    }

    /// Request a repository build.
    ///
    /// Request that a repository be built and pushed from the specified input. Either `file_id` or `archive_url` is required. Answers 429 when the maximum queued build rate is exceeded.
    ///
    /// `POST /api/v1/repository/{repository}/build/` (operation `requestRepoBuild`)
    ///
    /// Requires `repo:write`.
    pub fn request_repo_build(
        &self,
        repository: impl Into<String>,
        body: types::RepositoryBuildRequest,
    ) -> RequestRepoBuild<'_> {
        RequestRepoBuild {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Get information about a repository build.
    ///
    /// Returns information about a build.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}` (operation `getRepoBuild`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_build(
        &self,
        repository: impl Into<String>,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuild<'_> {
        GetRepoBuild {
            client: self,
            repository: repository.into(),
            build_uuid: build_uuid.into(),
        }
    }

    /// Cancel a repository build.
    ///
    /// Cancels a repository build. Fails with 400 if the build is already running or has finished.
    ///
    /// `DELETE /api/v1/repository/{repository}/build/{build_uuid}` (operation `cancelRepoBuild`)
    ///
    /// Requires `repo:admin`.
    pub fn cancel_repo_build(
        &self,
        repository: impl Into<String>,
        build_uuid: impl Into<String>,
    ) -> CancelRepoBuild<'_> {
        CancelRepoBuild {
            client: self,
            repository: repository.into(),
            build_uuid: build_uuid.into(),
        }
    }

    /// Get the logs of a repository build.
    ///
    /// Return the build logs for the build specified by the build uuid. Needs write permission on the repository unless the registry lets readers see build logs. Once the logs are archived the answer only carries `logs_url`.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}/logs` (operation `getRepoBuildLogs`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_build_logs(
        &self,
        repository: impl Into<String>,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuildLogs<'_> {
        GetRepoBuildLogs {
            client: self,
            repository: repository.into(),
            build_uuid: build_uuid.into(),
            start: None,
        }
    }

    /// Get the status of a repository build.
    ///
    /// Return the status for the builds specified by the build uuids.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}/status` (operation `getRepoBuildStatus`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_build_status(
        &self,
        repository: impl Into<String>,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuildStatus<'_> {
        GetRepoBuildStatus {
            client: self,
            repository: repository.into(),
            build_uuid: build_uuid.into(),
        }
    }

    /// Change the state of a repository.
    ///
    /// Change the state of a repository. Available when FEATURE\_REPO\_MIRROR is enabled.
    ///
    /// `PUT /api/v1/repository/{repository}/changestate` (operation `changeRepoState`)
    ///
    /// Requires `repo:admin`.
    pub fn change_repo_state(
        &self,
        repository: impl Into<String>,
        body: types::ChangeRepoState,
    ) -> ChangeRepoState<'_> {
        ChangeRepoState {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Change the visibility of a repository.
    ///
    /// Change the visibility of a repository to `public` or `private`; Quay answers `{"success": true}`.
    ///
    /// `POST /api/v1/repository/{repository}/changevisibility` (operation `changeRepoVisibility`)
    ///
    /// Requires `repo:admin`.
    pub fn change_repo_visibility(
        &self,
        repository: impl Into<String>,
        body: types::ChangeVisibility,
    ) -> ChangeRepoVisibility<'_> {
        ChangeRepoVisibility {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Export the logs of a repository.
    ///
    /// Queues an export of the logs for the specified repository. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/repository/{repository}/exportlogs` (operation `exportRepoLogs`)
    ///
    /// Requires `repo:admin`.
    pub fn export_repo_logs(
        &self,
        repository: impl Into<String>,
        body: types::ExportLogs,
    ) -> ExportRepoLogs<'_> {
        ExportRepoLogs {
            client: self,
            repository: repository.into(),
            endtime: None,
            starttime: None,
            body,
        }
    }

    /// List the logs of a repository.
    ///
    /// List the logs for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/logs` (operation `listRepoLogs`)
    ///
    /// Requires `repo:admin`.
    pub fn list_repo_logs(&self, repository: impl Into<String>) -> ListRepoLogs<'_> {
        ListRepoLogs {
            client: self,
            repository: repository.into(),
            next_page: None,
            endtime: None,
            starttime: None,
        }
    }

    /// Get a manifest of a repository.
    ///
    /// Return the manifest with the given digest, its raw bytes and (for a single-image manifest) its layers.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}` (operation `getRepoManifest`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_manifest(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
    ) -> GetRepoManifest<'_> {
        GetRepoManifest {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
        }
    }

    /// List the labels of a manifest.
    ///
    /// List the labels of the manifest, optionally only those whose key starts with a prefix.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/labels` (operation `listManifestLabels`)
    ///
    /// Requires `repo:read`.
    pub fn list_manifest_labels(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
    ) -> ListManifestLabels<'_> {
        ListManifestLabels {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
            filter: None,
        }
    }

    /// Add a label to a manifest.
    ///
    /// Adds a new label into the tag manifest. Keys with a reserved prefix are refused.
    ///
    /// `POST /api/v1/repository/{repository}/manifest/{manifestref}/labels` (operation `addManifestLabel`)
    ///
    /// Requires `repo:write`.
    pub fn add_manifest_label(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
        body: types::AddLabel,
    ) -> AddManifestLabel<'_> {
        AddManifestLabel {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
            body,
        }
    }

    /// Get one label of a manifest.
    ///
    /// Retrieves the label with the specific ID under the manifest.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/labels/{labelid}` (operation `getManifestLabel`)
    ///
    /// Requires `repo:read`.
    pub fn get_manifest_label(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
        labelid: impl Into<String>,
    ) -> GetManifestLabel<'_> {
        GetManifestLabel {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
            labelid: labelid.into(),
        }
    }

    /// Delete a label from a manifest.
    ///
    /// Deletes an existing label from a manifest.
    ///
    /// `DELETE /api/v1/repository/{repository}/manifest/{manifestref}/labels/{labelid}` (operation `deleteManifestLabel`)
    ///
    /// Requires `repo:write`.
    pub fn delete_manifest_label(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
        labelid: impl Into<String>,
    ) -> DeleteManifestLabel<'_> {
        DeleteManifestLabel {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
            labelid: labelid.into(),
        }
    }

    /// Get the security scan of a manifest.
    ///
    /// Fetches the features and vulnerabilities (if any) for a repository manifest. Available when FEATURE\_SECURITY\_SCANNER is enabled.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/security` (operation `getRepoManifestSecurity`)
    ///
    /// Requires `repo:read`.
    pub fn get_repo_manifest_security(
        &self,
        repository: impl Into<String>,
        manifestref: impl Into<String>,
    ) -> GetRepoManifestSecurity<'_> {
        GetRepoManifestSecurity {
            client: self,
            repository: repository.into(),
            manifestref: manifestref.into(),
            vulnerabilities: None,
        }
    }

    /// Get the mirroring configuration of a repository.
    ///
    /// Return the Mirror configuration for a given Repository.
    ///
    /// `GET /api/v1/repository/{repository}/mirror` (operation `getRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    pub fn get_repo_mirror_config(
        &self,
        repository: impl Into<String>,
    ) -> GetRepoMirrorConfig<'_> {
        GetRepoMirrorConfig {
            client: self,
            repository: repository.into(),
        }
    }

    /// Change the mirroring configuration of a repository.
    ///
    /// Allow users to modifying the repository's mirroring configuration. Only the fields given are changed; a password can only be set together with a username.
    ///
    /// `PUT /api/v1/repository/{repository}/mirror` (operation `changeRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    pub fn change_repo_mirror_config(
        &self,
        repository: impl Into<String>,
        body: types::UpdateMirrorConfig,
    ) -> ChangeRepoMirrorConfig<'_> {
        ChangeRepoMirrorConfig {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Create the mirroring configuration of a repository.
    ///
    /// Create a RepoMirrorConfig for a given Repository. `robot_username` must name a robot of the repository's namespace; it is granted write permission on the repository. Answers 409 (body `{"detail": ...}`) when the repository already has a mirroring configuration.
    ///
    /// `POST /api/v1/repository/{repository}/mirror` (operation `createRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    pub fn create_repo_mirror_config(
        &self,
        repository: impl Into<String>,
        body: types::CreateMirrorConfig,
    ) -> CreateRepoMirrorConfig<'_> {
        CreateRepoMirrorConfig {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Cancel the running synchronization of a mirrored repository.
    ///
    /// Update the sync\_status for a given Repository's mirroring configuration: a sync that is running or requested is cancelled and the status goes back to NEVER\_RUN. Answers 404 when there is nothing to cancel.
    ///
    /// `POST /api/v1/repository/{repository}/mirror/sync-cancel` (operation `syncCancel`)
    ///
    /// Requires `repo:admin`.
    pub fn sync_cancel(&self, repository: impl Into<String>) -> SyncCancel<'_> {
        SyncCancel {
            client: self,
            repository: repository.into(),
        }
    }

    /// Synchronize a mirrored repository now.
    ///
    /// Update the sync\_status for a given Repository's mirroring configuration: the status becomes SYNC\_NOW so that the mirror worker synchronizes at once. Answers 404 while a sync is running.
    ///
    /// `POST /api/v1/repository/{repository}/mirror/sync-now` (operation `syncNow`)
    ///
    /// Requires `repo:admin`.
    pub fn sync_now(&self, repository: impl Into<String>) -> SyncNow<'_> {
        SyncNow {
            client: self,
            repository: repository.into(),
        }
    }

    /// List the notifications of a repository.
    ///
    /// List the notifications for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/notification/` (operation `listRepoNotifications`)
    ///
    /// Requires `repo:admin`.
    pub fn list_repo_notifications(
        &self,
        repository: impl Into<String>,
    ) -> ListRepoNotifications<'_> {
        ListRepoNotifications {
            client: self,
            repository: repository.into(),
        }
    }

    /// Create a notification on a repository.
    ///
    /// Create a notification on the specified repository. The method configuration is validated (e.g. the e-mail address must be authorized).
    ///
    /// `POST /api/v1/repository/{repository}/notification/` (operation `createRepoNotification`)
    ///
    /// Requires `repo:admin`.
    pub fn create_repo_notification(
        &self,
        repository: impl Into<String>,
        body: types::NotificationCreateRequest,
    ) -> CreateRepoNotification<'_> {
        CreateRepoNotification {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Get a notification of a repository.
    ///
    /// Get information for the specified notification.
    ///
    /// `GET /api/v1/repository/{repository}/notification/{uuid}` (operation `getRepoNotification`)
    ///
    /// Requires `repo:admin`.
    pub fn get_repo_notification(
        &self,
        repository: impl Into<String>,
        uuid: impl Into<String>,
    ) -> GetRepoNotification<'_> {
        GetRepoNotification {
            client: self,
            repository: repository.into(),
            uuid: uuid.into(),
        }
    }

    /// Reset the failure count of a notification.
    ///
    /// Resets repository notification to 0 failures.
    ///
    /// `POST /api/v1/repository/{repository}/notification/{uuid}` (operation `resetRepositoryNotificationFailures`)
    ///
    /// Requires `repo:admin`.
    pub fn reset_repository_notification_failures(
        &self,
        repository: impl Into<String>,
        uuid: impl Into<String>,
    ) -> ResetRepositoryNotificationFailures<'_> {
        ResetRepositoryNotificationFailures {
            client: self,
            repository: repository.into(),
            uuid: uuid.into(),
        }
    }

    /// Delete a notification of a repository.
    ///
    /// Deletes the specified notification.
    ///
    /// `DELETE /api/v1/repository/{repository}/notification/{uuid}` (operation `deleteRepoNotification`)
    ///
    /// Requires `repo:admin`.
    pub fn delete_repo_notification(
        &self,
        repository: impl Into<String>,
        uuid: impl Into<String>,
    ) -> DeleteRepoNotification<'_> {
        DeleteRepoNotification {
            client: self,
            repository: repository.into(),
            uuid: uuid.into(),
        }
    }

    /// Send a test notification.
    ///
    /// Queues a test notification for this repository.
    ///
    /// `POST /api/v1/repository/{repository}/notification/{uuid}/test` (operation `testRepoNotification`)
    ///
    /// Requires `repo:admin`.
    pub fn test_repo_notification(
        &self,
        repository: impl Into<String>,
        uuid: impl Into<String>,
    ) -> TestRepoNotification<'_> {
        TestRepoNotification {
            client: self,
            repository: repository.into(),
            uuid: uuid.into(),
        }
    }

    /// List the team permissions of a repository.
    ///
    /// List all team permissions on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/team/` (operation `listRepoTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn list_repo_team_permissions(
        &self,
        repository: impl Into<String>,
    ) -> ListRepoTeamPermissions<'_> {
        ListRepoTeamPermissions {
            client: self,
            repository: repository.into(),
        }
    }

    /// Get the permission of a team.
    ///
    /// Fetch the permission of the specified team on the repository. Quay answers with the role only.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `getTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn get_team_permissions(
        &self,
        repository: impl Into<String>,
        teamname: impl Into<String>,
    ) -> GetTeamPermissions<'_> {
        GetTeamPermissions {
            client: self,
            repository: repository.into(),
            teamname: teamname.into(),
        }
    }

    /// Set the permission of a team.
    ///
    /// Update (or create) the permission of the specified team on the repository.
    ///
    /// `PUT /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `changeTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn change_team_permissions(
        &self,
        repository: impl Into<String>,
        teamname: impl Into<String>,
        body: types::TeamPermission,
    ) -> ChangeTeamPermissions<'_> {
        ChangeTeamPermissions {
            client: self,
            repository: repository.into(),
            teamname: teamname.into(),
            body,
        }
    }

    /// Delete the permission of a team.
    ///
    /// Delete the permission of the specified team on the repository.
    ///
    /// `DELETE /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `deleteTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn delete_team_permissions(
        &self,
        repository: impl Into<String>,
        teamname: impl Into<String>,
    ) -> DeleteTeamPermissions<'_> {
        DeleteTeamPermissions {
            client: self,
            repository: repository.into(),
            teamname: teamname.into(),
        }
    }

    /// List the user permissions of a repository.
    ///
    /// List all user (and robot) permissions on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/` (operation `listRepoUserPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn list_repo_user_permissions(
        &self,
        repository: impl Into<String>,
    ) -> ListRepoUserPermissions<'_> {
        ListRepoUserPermissions {
            client: self,
            repository: repository.into(),
        }
    }

    /// Get the permission of a user.
    ///
    /// Get the direct permission of the specified user on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/{username}` (operation `getUserPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn get_user_permissions(
        &self,
        repository: impl Into<String>,
        username: impl Into<String>,
    ) -> GetUserPermissions<'_> {
        GetUserPermissions {
            client: self,
            repository: repository.into(),
            username: username.into(),
        }
    }

    /// Set the permission of a user.
    ///
    /// Update (or create) the permission of the specified user on the repository.
    ///
    /// `PUT /api/v1/repository/{repository}/permissions/user/{username}` (operation `changeUserPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn change_user_permissions(
        &self,
        repository: impl Into<String>,
        username: impl Into<String>,
        body: types::UserPermission,
    ) -> ChangeUserPermissions<'_> {
        ChangeUserPermissions {
            client: self,
            repository: repository.into(),
            username: username.into(),
            body,
        }
    }

    /// Delete the permission of a user.
    ///
    /// Delete the permission of the specified user on the repository.
    ///
    /// `DELETE /api/v1/repository/{repository}/permissions/user/{username}` (operation `deleteUserPermissions`)
    ///
    /// Requires `repo:admin`.
    pub fn delete_user_permissions(
        &self,
        repository: impl Into<String>,
        username: impl Into<String>,
    ) -> DeleteUserPermissions<'_> {
        DeleteUserPermissions {
            client: self,
            repository: repository.into(),
            username: username.into(),
        }
    }

    /// Get the transitive permissions of a user.
    ///
    /// Get the permissions the specified user has on the repository, either directly or via a team. 404 if the user has none.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/{username}/transitive` (operation `getUserTransitivePermission`)
    ///
    /// Requires `repo:admin`.
    pub fn get_user_transitive_permission(
        &self,
        repository: impl Into<String>,
        username: impl Into<String>,
    ) -> GetUserTransitivePermission<'_> {
        GetUserTransitivePermission {
            client: self,
            repository: repository.into(),
            username: username.into(),
        }
    }

    /// List the tag history of a repository.
    ///
    /// List the full tag history of a repository, alive and dead tags, one page at a time
    /// (`page`/`limit`; `has_additional` tells whether another page follows).
    ///
    /// `GET /api/v1/repository/{repository}/tag/` (operation `listRepoTags`)
    ///
    /// Requires `repo:read`.
    pub fn list_repo_tags(&self, repository: impl Into<String>) -> ListRepoTags<'_> {
        ListRepoTags {
            client: self,
            repository: repository.into(),
            only_active_tags: None,
            page: None,
            limit: None,
            filter_tag_name: None,
            specific_tag: None,
        }
    }

    /// Move a tag, create a tag, or change its expiration.
    ///
    /// Change which image (manifest) a tag points to, or create a new tag. The same call can
    /// set or clear the tag's expiration.
    ///
    /// `PUT /api/v1/repository/{repository}/tag/{tag}` (operation `changeTag`)
    ///
    /// Requires `repo:write`.
    pub fn change_tag(
        &self,
        repository: impl Into<String>,
        tag: impl Into<String>,
        body: types::ChangeTag,
    ) -> ChangeTag<'_> {
        ChangeTag {
            client: self,
            repository: repository.into(),
            tag: tag.into(),
            body,
        }
    }

    /// Delete a repository tag.
    ///
    /// Delete the specified repository tag.
    ///
    /// `DELETE /api/v1/repository/{repository}/tag/{tag}` (operation `deleteFullTag`)
    ///
    /// Requires `repo:write`.
    pub fn delete_full_tag(
        &self,
        repository: impl Into<String>,
        tag: impl Into<String>,
    ) -> DeleteFullTag<'_> {
        DeleteFullTag {
            client: self,
            repository: repository.into(),
            tag: tag.into(),
        }
    }

    /// Restore a tag to a previous image.
    ///
    /// Restores a repository tag back to a previous image (manifest) in the repository.
    ///
    /// `POST /api/v1/repository/{repository}/tag/{tag}/restore` (operation `restoreTag`)
    ///
    /// Requires `repo:write`.
    pub fn restore_tag(
        &self,
        repository: impl Into<String>,
        tag: impl Into<String>,
        body: types::RestoreTag,
    ) -> RestoreTag<'_> {
        RestoreTag {
            client: self,
            repository: repository.into(),
            tag: tag.into(),
            body,
        }
    }

    /// List the tokens of a repository (deprecated).
    ///
    /// List the tokens for the specified repository.
    ///
    /// Repository access tokens are no longer supported: Quay answers every call of this resource with 410 Gone and a message.
    ///
    /// `GET /api/v1/repository/{repository}/tokens/` (operation `listRepoTokens`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Deprecated by the document.
    pub fn list_repo_tokens(&self, repository: impl Into<String>) -> ListRepoTokens<'_> {
        ListRepoTokens {
            client: self,
            repository: repository.into(),
        }
    }

    /// Create a repository token (deprecated).
    ///
    /// Create a new repository token.
    ///
    /// Repository access tokens are no longer supported: Quay answers every call of this resource with 410 Gone and a message.
    ///
    /// `POST /api/v1/repository/{repository}/tokens/` (operation `createToken`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Deprecated by the document.
    pub fn create_token(
        &self,
        repository: impl Into<String>,
        body: types::NewRepoToken,
    ) -> CreateToken<'_> {
        CreateToken {
            client: self,
            repository: repository.into(),
            body,
        }
    }

    /// Get a repository token (deprecated).
    ///
    /// Fetch the specified repository token information.
    ///
    /// Repository access tokens are no longer supported: Quay answers every call of this resource with 410 Gone and a message.
    ///
    /// `GET /api/v1/repository/{repository}/tokens/{code}` (operation `getTokens`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Deprecated by the document.
    pub fn get_tokens(
        &self,
        repository: impl Into<String>,
        code: impl Into<String>,
    ) -> GetTokens<'_> {
        GetTokens {
            client: self,
            repository: repository.into(),
            code: code.into(),
        }
    }

    /// Change the role of a repository token (deprecated).
    ///
    /// Update the permissions for the specified repository token.
    ///
    /// Repository access tokens are no longer supported: Quay answers every call of this resource with 410 Gone and a message.
    ///
    /// `PUT /api/v1/repository/{repository}/tokens/{code}` (operation `changeToken`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Deprecated by the document.
    pub fn change_token(
        &self,
        repository: impl Into<String>,
        code: impl Into<String>,
        body: types::TokenPermission,
    ) -> ChangeToken<'_> {
        ChangeToken {
            client: self,
            repository: repository.into(),
            code: code.into(),
            body,
        }
    }

    /// Delete a repository token (deprecated).
    ///
    /// Delete the repository token.
    ///
    /// Repository access tokens are no longer supported: Quay answers every call of this resource with 410 Gone and a message.
    ///
    /// `DELETE /api/v1/repository/{repository}/tokens/{code}` (operation `deleteToken`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Deprecated by the document.
    pub fn delete_token(
        &self,
        repository: impl Into<String>,
        code: impl Into<String>,
    ) -> DeleteToken<'_> {
        DeleteToken {
            client: self,
            repository: repository.into(),
            code: code.into(),
        }
    }

    /// List the build triggers of a repository.
    ///
    /// List the triggers for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/` (operation `listBuildTriggers`)
    ///
    /// Requires `repo:admin`.
    pub fn list_build_triggers(
        &self,
        repository: impl Into<String>,
    ) -> ListBuildTriggers<'_> {
        ListBuildTriggers {
            client: self,
            repository: repository.into(),
        }
    }

    /// Get a build trigger.
    ///
    /// Get information for the specified build trigger.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `getBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    pub fn get_build_trigger(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
    ) -> GetBuildTrigger<'_> {
        GetBuildTrigger {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
        }
    }

    /// Enable or disable a build trigger.
    ///
    /// Updates the specified build trigger (enables or disables it). The trigger must be active.
    ///
    /// `PUT /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `updateBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    pub fn update_build_trigger(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
        body: types::UpdateTrigger,
    ) -> UpdateBuildTrigger<'_> {
        UpdateBuildTrigger {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
            body,
        }
    }

    /// Delete a build trigger.
    ///
    /// Delete the specified build trigger (deactivating it at the source first if it is active).
    ///
    /// `DELETE /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `deleteBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    pub fn delete_build_trigger(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
    ) -> DeleteBuildTrigger<'_> {
        DeleteBuildTrigger {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
        }
    }

    /// Activate a build trigger.
    ///
    /// Activate the specified build trigger once all required information has been
    /// collected. The calling user must administer the account the trigger is connected to.
    ///
    /// `POST /api/v1/repository/{repository}/trigger/{trigger_uuid}/activate` (operation `activateBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    pub fn activate_build_trigger(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
        body: types::BuildTriggerActivateRequest,
    ) -> ActivateBuildTrigger<'_> {
        ActivateBuildTrigger {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
            body,
        }
    }

    /// List the recent builds of a trigger.
    ///
    /// List the builds started by the specified trigger.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/{trigger_uuid}/builds` (operation `listTriggerRecentBuilds`)
    ///
    /// Requires `repo:admin`.
    pub fn list_trigger_recent_builds(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
    ) -> ListTriggerRecentBuilds<'_> {
        ListTriggerRecentBuilds {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
            limit: None,
        }
    }

    /// Manually start a build from a trigger.
    ///
    /// Manually start a build from the specified trigger. The trigger must be enabled and
    /// active. Too many queued builds are answered with 429.
    ///
    /// `POST /api/v1/repository/{repository}/trigger/{trigger_uuid}/start` (operation `manuallyStartBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    pub fn manually_start_build_trigger(
        &self,
        repository: impl Into<String>,
        trigger_uuid: impl Into<String>,
        body: types::RunParameters,
    ) -> ManuallyStartBuildTrigger<'_> {
        ManuallyStartBuildTrigger {
            client: self,
            repository: repository.into(),
            trigger_uuid: trigger_uuid.into(),
            body,
        }
    }

    /// Approve a service key.
    ///
    /// Approves a service key on behalf of the calling superuser. Approving a key that is already approved also succeeds.
    ///
    /// `POST /api/v1/superuser/approvedkeys/{kid}` (operation `approveServiceKey`)
    ///
    /// Requires `super:user`.
    pub fn approve_service_key(
        &self,
        kid: impl Into<String>,
        body: types::ApproveServiceKey,
    ) -> ApproveServiceKey<'_> {
        ApproveServiceKey {
            client: self,
            kid: kid.into(),
            body,
        }
    }

    /// List all service keys.
    ///
    /// Lists every service key of the installation, approved or not, expired or not.
    ///
    /// `GET /api/v1/superuser/keys` (operation `listServiceKeys`)
    ///
    /// Requires `super:user`.
    pub fn list_service_keys(&self) -> ListServiceKeys<'_> {
        ListServiceKeys { client: self }
    }

    /// Create a service key.
    ///
    /// Generates a new service key for a service and approves it at once (approval type
    /// "Super User API"). The answer is the only time the private key is shown; Quay
    /// never stores it.
    ///
    /// `POST /api/v1/superuser/keys` (operation `createServiceKey`)
    ///
    /// Requires `super:user`.
    pub fn create_service_key(
        &self,
        body: types::CreateServiceKey,
    ) -> CreateServiceKey<'_> {
        CreateServiceKey {
            client: self,
            body,
        }
    }

    /// Get a service key.
    ///
    /// Returns a service key, whether approved, expired or not.
    ///
    /// `GET /api/v1/superuser/keys/{kid}` (operation `getServiceKey`)
    ///
    /// Requires `super:user`.
    pub fn get_service_key(&self, kid: impl Into<String>) -> GetServiceKey<'_> {
        GetServiceKey {
            client: self,
            kid: kid.into(),
        }
    }

    /// Update a service key.
    ///
    /// Changes the friendly name, metadata or expiration of a service key. An expiration
    /// of null (or an empty string) removes the expiration; an expiration in the past is
    /// refused. Returns the updated key.
    ///
    /// `PUT /api/v1/superuser/keys/{kid}` (operation `updateServiceKey`)
    ///
    /// Requires `super:user`.
    pub fn update_service_key(
        &self,
        kid: impl Into<String>,
        body: types::PutServiceKey,
    ) -> UpdateServiceKey<'_> {
        UpdateServiceKey {
            client: self,
            kid: kid.into(),
            body,
        }
    }

    /// Delete a service key.
    ///
    /// Deletes a service key.
    ///
    /// `DELETE /api/v1/superuser/keys/{kid}` (operation `deleteServiceKey`)
    ///
    /// Requires `super:user`.
    pub fn delete_service_key(&self, kid: impl Into<String>) -> DeleteServiceKey<'_> {
        DeleteServiceKey {
            client: self,
            kid: kid.into(),
        }
    }

    /// List the usage logs of the whole system.
    ///
    /// List the usage logs for the current system. The answer covers the window between
    /// `start_time` and `end_time`; when more entries remain, it carries `next_page`, a
    /// token to pass back as the `next_page` query parameter to get the following page.
    ///
    /// `GET /api/v1/superuser/logs` (operation `listAllLogs`)
    ///
    /// Requires `super:user`.
    pub fn list_all_logs(&self) -> ListAllLogs<'_> {
        ListAllLogs {
            client: self,
            next_page: None,
            page: None,
            endtime: None,
            starttime: None,
        }
    }

    /// List an organization's quotas.
    ///
    /// Lists the quotas of an organization (at most one), each with its limits.
    ///
    /// `GET /api/v1/superuser/organization/{namespace}/quota` (operation `listOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn list_organization_quota_super_user(
        &self,
        namespace: impl Into<String>,
    ) -> ListOrganizationQuotaSuperUser<'_> {
        ListOrganizationQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
        }
    }

    /// Create a quota for an organization.
    ///
    /// Creates the storage quota of an organization. A namespace can have only one quota; creating a second one fails with 400.
    ///
    /// `POST /api/v1/superuser/organization/{namespace}/quota` (operation `createOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn create_organization_quota_super_user(
        &self,
        namespace: impl Into<String>,
        body: types::NewNamespaceQuota,
    ) -> CreateOrganizationQuotaSuperUser<'_> {
        CreateOrganizationQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            body,
        }
    }

    /// Change an organization's quota.
    ///
    /// Changes the storage limit of a quota of an organization. Returns the updated quota.
    ///
    /// `PUT /api/v1/superuser/organization/{namespace}/quota/{quota_id}` (operation `changeOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn change_organization_quota_super_user(
        &self,
        namespace: impl Into<String>,
        quota_id: impl Into<String>,
        body: types::UpdateNamespaceQuota,
    ) -> ChangeOrganizationQuotaSuperUser<'_> {
        ChangeOrganizationQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            quota_id: quota_id.into(),
            body,
        }
    }

    /// Delete an organization's quota.
    ///
    /// Deletes a quota of an organization.
    ///
    /// `DELETE /api/v1/superuser/organization/{namespace}/quota/{quota_id}` (operation `deleteOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn delete_organization_quota_super_user(
        &self,
        namespace: impl Into<String>,
        quota_id: impl Into<String>,
    ) -> DeleteOrganizationQuotaSuperUser<'_> {
        DeleteOrganizationQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            quota_id: quota_id.into(),
        }
    }

    /// Rename an organization.
    ///
    /// Updates information about the specified organization; the only field a superuser
    /// can change here is its name. Returns the updated organization. (Quay's docstring,
    /// copied by the guide, says "the specified user".)
    ///
    /// `PUT /api/v1/superuser/organizations/{name}` (operation `changeOrganization`)
    ///
    /// Requires `super:user`.
    pub fn change_organization(
        &self,
        name: impl Into<String>,
        body: types::SuperUserUpdateOrg,
    ) -> ChangeOrganization<'_> {
        ChangeOrganization {
            client: self,
            name: name.into(),
            body,
        }
    }

    /// Delete an organization.
    ///
    /// Deletes the specified organization (it is marked for deletion and removed in the background).
    ///
    /// `DELETE /api/v1/superuser/organizations/{name}` (operation `deleteOrganization`)
    ///
    /// Requires `super:user`.
    pub fn delete_organization(
        &self,
        name: impl Into<String>,
    ) -> DeleteOrganization<'_> {
        DeleteOrganization {
            client: self,
            name: name.into(),
        }
    }

    /// Get the size of the registry.
    ///
    /// Returns the size of the registry as last calculated, and whether a calculation is
    /// queued or running. Before any calculation, Quay answers size\_bytes 0 and last\_ran null.
    ///
    /// `GET /api/v1/superuser/registrysize/` (operation `getRegistrySize`)
    ///
    /// Requires `super:user`.
    pub fn get_registry_size(&self) -> GetRegistrySize<'_> {
        GetRegistrySize { client: self }
    }

    /// Queue a calculation of the registry size.
    ///
    /// Queues a calculation of the registry size. Quay answers 201 when it queued a new
    /// calculation and 202 when one was already queued; the result is read with
    /// getRegistrySize. Quay reads no request body here.
    ///
    /// `POST /api/v1/superuser/registrysize/` (operation `queueRegistrySizeCalculation`)
    ///
    /// Requires `super:user`.
    pub fn queue_registry_size_calculation(&self) -> QueueRegistrySizeCalculation<'_> {
        QueueRegistrySizeCalculation {
            client: self,
        }
    }

    /// List all users.
    ///
    /// Returns a list of all users in the system. Without `limit` Quay returns every
    /// user in one answer; with `limit` it pages the list and returns `next_page` while
    /// more users remain.
    ///
    /// `GET /api/v1/superuser/users/` (operation `listAllUsers`)
    ///
    /// Requires `super:user`.
    pub fn list_all_users(&self) -> ListAllUsers<'_> {
        ListAllUsers {
            client: self,
            next_page: None,
            limit: None,
            disabled: None,
        }
    }

    /// Create a user.
    ///
    /// Creates a new user with a generated temporary password. Only works when the
    /// installation uses database authentication (AUTHENTICATION\_TYPE: Database). The
    /// answer carries the generated password and its encrypted form; when mailing is
    /// enabled Quay also sends a confirmation e-mail.
    ///
    /// `POST /api/v1/superuser/users/` (operation `createInstallUser`)
    ///
    /// Requires `super:user`.
    pub fn create_install_user(
        &self,
        body: types::CreateInstallUser,
    ) -> CreateInstallUser<'_> {
        CreateInstallUser {
            client: self,
            body,
        }
    }

    /// List a user's quotas.
    ///
    /// Lists the quotas of a user namespace (at most one), each with its limits.
    ///
    /// `GET /api/v1/superuser/users/{namespace}/quota` (operation `listUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn list_user_quota_super_user(
        &self,
        namespace: impl Into<String>,
    ) -> ListUserQuotaSuperUser<'_> {
        ListUserQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
        }
    }

    /// Create a quota for a user.
    ///
    /// Creates the storage quota of a user namespace. A namespace can have only one quota; creating a second one fails with 400.
    ///
    /// `POST /api/v1/superuser/users/{namespace}/quota` (operation `createUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn create_user_quota_super_user(
        &self,
        namespace: impl Into<String>,
        body: types::NewNamespaceQuota,
    ) -> CreateUserQuotaSuperUser<'_> {
        CreateUserQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            body,
        }
    }

    /// Change a user's quota.
    ///
    /// Changes the storage limit of a quota of a user namespace. Returns the updated quota.
    ///
    /// `PUT /api/v1/superuser/users/{namespace}/quota/{quota_id}` (operation `changeUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn change_user_quota_super_user(
        &self,
        namespace: impl Into<String>,
        quota_id: impl Into<String>,
        body: types::UpdateNamespaceQuota,
    ) -> ChangeUserQuotaSuperUser<'_> {
        ChangeUserQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            quota_id: quota_id.into(),
            body,
        }
    }

    /// Delete a user's quota.
    ///
    /// Deletes a quota of a user namespace.
    ///
    /// `DELETE /api/v1/superuser/users/{namespace}/quota/{quota_id}` (operation `deleteUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn delete_user_quota_super_user(
        &self,
        namespace: impl Into<String>,
        quota_id: impl Into<String>,
    ) -> DeleteUserQuotaSuperUser<'_> {
        DeleteUserQuotaSuperUser {
            client: self,
            namespace: namespace.into(),
            quota_id: quota_id.into(),
        }
    }

    /// Get a build.
    ///
    /// Returns information about a build.
    ///
    /// `GET /api/v1/superuser/{build_uuid}/build` (operation `getRepoBuildSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn get_repo_build_super_user(
        &self,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuildSuperUser<'_> {
        GetRepoBuildSuperUser {
            client: self,
            build_uuid: build_uuid.into(),
        }
    }

    /// Get the logs of a build.
    ///
    /// Return the build logs for the build specified by the build uuid. When the logs have
    /// been archived, the answer only carries `logs_url`, a URL of the archive; otherwise it
    /// carries the log entries from index `start` on.
    ///
    /// `GET /api/v1/superuser/{build_uuid}/logs` (operation `getRepoBuildLogsSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn get_repo_build_logs_super_user(
        &self,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuildLogsSuperUser<'_> {
        GetRepoBuildLogsSuperUser {
            client: self,
            build_uuid: build_uuid.into(),
            start: None,
        }
    }

    /// Get the status of a build.
    ///
    /// Return the status for the builds specified by the build uuids.
    ///
    /// `GET /api/v1/superuser/{build_uuid}/status` (operation `getRepoBuildStatusSuperUser`)
    ///
    /// Requires `super:user`.
    pub fn get_repo_build_status_super_user(
        &self,
        build_uuid: impl Into<String>,
    ) -> GetRepoBuildStatusSuperUser<'_> {
        GetRepoBuildStatusSuperUser {
            client: self,
            build_uuid: build_uuid.into(),
        }
    }

    /// Get the authenticated user.
    ///
    /// Get user information for the authenticated user.
    ///
    /// `GET /api/v1/user/` (operation `getLoggedInUser`)
    ///
    /// Requires `user:read`.
    pub fn get_logged_in_user(&self) -> GetLoggedInUser<'_> {
        GetLoggedInUser { client: self }
    }

    /// Get the aggregated logs of the current user.
    ///
    /// Returns the aggregated logs for the current user. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/user/aggregatelogs` (operation `getAggregateUserLogs`)
    ///
    /// Requires `user:admin`.
    pub fn get_aggregate_user_logs(&self) -> GetAggregateUserLogs<'_> {
        GetAggregateUserLogs {
            client: self,
            performer: None,
            endtime: None,
            starttime: None,
        }
    }

    /// List the app specific tokens of the current user.
    ///
    /// Lists the app specific tokens for the current user. The token codes themselves are not included.
    ///
    /// `GET /api/v1/user/apptoken` (operation `listAppTokens`)
    ///
    /// Requires `user:admin`.
    pub fn list_app_tokens(&self) -> ListAppTokens<'_> {
        ListAppTokens {
            client: self,
            expiring: None,
        }
    }

    /// Create a new app specific token for the current user.
    ///
    /// Create a new app specific token for user. Requires a fresh login. The answer carries the token code.
    ///
    /// `POST /api/v1/user/apptoken` (operation `createAppToken`)
    ///
    /// Requires `user:admin`.
    pub fn create_app_token(&self, body: types::NewToken) -> CreateAppToken<'_> {
        CreateAppToken {
            client: self,
            body,
        }
    }

    /// Get one app specific token of the current user.
    ///
    /// Returns a specific app token for the user, including its token code. Requires a fresh login.
    ///
    /// `GET /api/v1/user/apptoken/{token_uuid}` (operation `getAppToken`)
    ///
    /// Requires `user:admin`.
    pub fn get_app_token(&self, token_uuid: impl Into<String>) -> GetAppToken<'_> {
        GetAppToken {
            client: self,
            token_uuid: token_uuid.into(),
        }
    }

    /// Revoke an app specific token of the current user.
    ///
    /// Revokes a specific app token for the user. Requires a fresh login.
    ///
    /// `DELETE /api/v1/user/apptoken/{token_uuid}` (operation `revokeAppToken`)
    ///
    /// Requires `user:admin`.
    pub fn revoke_app_token(&self, token_uuid: impl Into<String>) -> RevokeAppToken<'_> {
        RevokeAppToken {
            client: self,
            token_uuid: token_uuid.into(),
        }
    }

    /// List the auto-prune policies of the current user.
    ///
    /// Lists the auto-prune policies for the currently logged in user.
    ///
    /// `GET /api/v1/user/autoprunepolicy/` (operation `listUserAutoPrunePolicies`)
    ///
    /// Requires `user:admin`.
    pub fn list_user_auto_prune_policies(&self) -> ListUserAutoPrunePolicies<'_> {
        ListUserAutoPrunePolicies {
            client: self,
        }
    }

    /// Create an auto-prune policy for the current user.
    ///
    /// Creates the auto-prune policy for the currently logged in user. A namespace can hold only one policy; creating a second one fails with 400.
    ///
    /// `POST /api/v1/user/autoprunepolicy/` (operation `createUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    pub fn create_user_auto_prune_policy(
        &self,
        body: types::AutoPrunePolicyConfig,
    ) -> CreateUserAutoPrunePolicy<'_> {
        CreateUserAutoPrunePolicy {
            client: self,
            body,
        }
    }

    /// Get an auto-prune policy of the current user.
    ///
    /// Fetches the auto-prune policy for the currently logged in user.
    ///
    /// `GET /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `getUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_auto_prune_policy(
        &self,
        policy_uuid: impl Into<String>,
    ) -> GetUserAutoPrunePolicy<'_> {
        GetUserAutoPrunePolicy {
            client: self,
            policy_uuid: policy_uuid.into(),
        }
    }

    /// Update an auto-prune policy of the current user.
    ///
    /// Updates the auto-prune policy for the currently logged in user.
    ///
    /// `PUT /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `updateUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    pub fn update_user_auto_prune_policy(
        &self,
        policy_uuid: impl Into<String>,
        body: types::AutoPrunePolicyConfig,
    ) -> UpdateUserAutoPrunePolicy<'_> {
        UpdateUserAutoPrunePolicy {
            client: self,
            policy_uuid: policy_uuid.into(),
            body,
        }
    }

    /// Delete an auto-prune policy of the current user.
    ///
    /// Deletes the auto-prune policy for the currently logged in user.
    ///
    /// `DELETE /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `deleteUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    pub fn delete_user_auto_prune_policy(
        &self,
        policy_uuid: impl Into<String>,
    ) -> DeleteUserAutoPrunePolicy<'_> {
        DeleteUserAutoPrunePolicy {
            client: self,
            policy_uuid: policy_uuid.into(),
        }
    }

    /// Export the logs of the current user.
    ///
    /// Queues an export of the logs for the current user. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/user/exportlogs` (operation `exportUserLogs`)
    ///
    /// Requires `user:admin`.
    pub fn export_user_logs(&self, body: types::ExportLogs) -> ExportUserLogs<'_> {
        ExportUserLogs {
            client: self,
            endtime: None,
            starttime: None,
            body,
        }
    }

    /// List the logs of the current user.
    ///
    /// List the logs for the current user.
    ///
    /// `GET /api/v1/user/logs` (operation `listUserLogs`)
    ///
    /// Requires `user:admin`.
    pub fn list_user_logs(&self) -> ListUserLogs<'_> {
        ListUserLogs {
            client: self,
            next_page: None,
            performer: None,
            endtime: None,
            starttime: None,
        }
    }

    /// List the quotas of the authenticated user.
    ///
    /// Lists the storage quotas defined for the namespace of the authenticated user, each with its limits. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota` (operation `listUserQuota`)
    ///
    /// Requires `user:admin`.
    pub fn list_user_quota(&self) -> ListUserQuota<'_> {
        ListUserQuota { client: self }
    }

    /// Get one quota of the authenticated user.
    ///
    /// Returns the storage quota with the given ID defined for the namespace of the authenticated user, with its limits. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}` (operation `getUserQuota`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_quota(&self, quota_id: impl Into<String>) -> GetUserQuota<'_> {
        GetUserQuota {
            client: self,
            quota_id: quota_id.into(),
        }
    }

    /// List the limits of a quota of the authenticated user.
    ///
    /// Lists the limits (warning and reject thresholds) of the given quota of the authenticated user. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}/limit` (operation `listUserQuotaLimit`)
    ///
    /// Requires `user:admin`.
    pub fn list_user_quota_limit(
        &self,
        quota_id: impl Into<String>,
    ) -> ListUserQuotaLimit<'_> {
        ListUserQuotaLimit {
            client: self,
            quota_id: quota_id.into(),
        }
    }

    /// Get one limit of a quota of the authenticated user.
    ///
    /// Looks up the given limit of the given quota of the authenticated user. Note: Quay answers with the whole parent quota (quota view with all its limits), not with the single limit; 404 if the limit does not exist. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}/limit/{limit_id}` (operation `getUserQuotaLimit`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_quota_limit(
        &self,
        quota_id: impl Into<String>,
        limit_id: impl Into<String>,
    ) -> GetUserQuotaLimit<'_> {
        GetUserQuotaLimit {
            client: self,
            quota_id: quota_id.into(),
            limit_id: limit_id.into(),
        }
    }

    /// List the current user's robots.
    ///
    /// List the available robots for the user.
    ///
    /// `GET /api/v1/user/robots` (operation `getUserRobots`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_robots(&self) -> GetUserRobots<'_> {
        GetUserRobots {
            client: self,
            limit: None,
            token: None,
            permissions: None,
        }
    }

    /// Get one of the current user's robots.
    ///
    /// Returns the user's robot with the specified name.
    ///
    /// `GET /api/v1/user/robots/{robot_shortname}` (operation `getUserRobot`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_robot(
        &self,
        robot_shortname: impl Into<String>,
    ) -> GetUserRobot<'_> {
        GetUserRobot {
            client: self,
            robot_shortname: robot_shortname.into(),
        }
    }

    /// Create a robot for the current user.
    ///
    /// Create a new user robot with the specified name. The body is optional.
    ///
    /// `PUT /api/v1/user/robots/{robot_shortname}` (operation `createUserRobot`)
    ///
    /// Requires `user:admin`.
    pub fn create_user_robot(
        &self,
        robot_shortname: impl Into<String>,
    ) -> CreateUserRobot<'_> {
        CreateUserRobot {
            client: self,
            robot_shortname: robot_shortname.into(),
            body: None,
        }
    }

    /// Delete one of the current user's robots.
    ///
    /// Delete an existing robot. Fails with 400 while the robot is used by a repository mirror.
    ///
    /// `DELETE /api/v1/user/robots/{robot_shortname}` (operation `deleteUserRobot`)
    ///
    /// Requires `user:admin`.
    pub fn delete_user_robot(
        &self,
        robot_shortname: impl Into<String>,
    ) -> DeleteUserRobot<'_> {
        DeleteUserRobot {
            client: self,
            robot_shortname: robot_shortname.into(),
        }
    }

    /// List the repository permissions of a user's robot.
    ///
    /// Returns the list of repository permissions for the user's robot.
    ///
    /// `GET /api/v1/user/robots/{robot_shortname}/permissions` (operation `getUserRobotPermissions`)
    ///
    /// Requires `user:admin`.
    pub fn get_user_robot_permissions(
        &self,
        robot_shortname: impl Into<String>,
    ) -> GetUserRobotPermissions<'_> {
        GetUserRobotPermissions {
            client: self,
            robot_shortname: robot_shortname.into(),
        }
    }

    /// Regenerate the token of a user's robot.
    ///
    /// Regenerates the token for a user's robot.
    ///
    /// `POST /api/v1/user/robots/{robot_shortname}/regenerate` (operation `regenerateUserRobotToken`)
    ///
    /// Requires `user:admin`.
    pub fn regenerate_user_robot_token(
        &self,
        robot_shortname: impl Into<String>,
    ) -> RegenerateUserRobotToken<'_> {
        RegenerateUserRobotToken {
            client: self,
            robot_shortname: robot_shortname.into(),
        }
    }

    /// List starred repositories.
    ///
    /// List all repositories starred by the authenticated user, 100 per page.
    ///
    /// `GET /api/v1/user/starred` (operation `listStarredRepos`)
    ///
    /// Requires `user:admin`.
    pub fn list_starred_repos(&self) -> ListStarredRepos<'_> {
        ListStarredRepos {
            client: self,
            next_page: None,
        }
    }

    /// Star a repository.
    ///
    /// Star a repository for the authenticated user.
    ///
    /// `POST /api/v1/user/starred` (operation `createStar`)
    ///
    /// Requires `repo:read`.
    pub fn create_star(&self, body: types::NewStarredRepository) -> CreateStar<'_> {
        CreateStar { client: self, body }
    }

    /// Unstar a repository.
    ///
    /// Removes a star from a repository.
    ///
    /// `DELETE /api/v1/user/starred/{repository}` (operation `deleteStar`)
    ///
    /// Requires `user:admin`.
    pub fn delete_star(&self, repository: impl Into<String>) -> DeleteStar<'_> {
        DeleteStar {
            client: self,
            repository: repository.into(),
        }
    }

    /// Get information about a user.
    ///
    /// Get user information for the specified (non-robot) user. Which fields are present
    /// depends on the caller's permissions over that user.
    ///
    /// `GET /api/v1/users/{username}` (operation `getUserInformation`)
    ///
    /// Public: needs no authentication.
    pub fn get_user_information(
        &self,
        username: impl Into<String>,
    ) -> GetUserInformation<'_> {
        GetUserInformation {
            client: self,
            username: username.into(),
        }
    }
}

/// A request to [`Client::get_application_information`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetApplicationInformation<'a> {
    client: &'a Client,
    client_id: String,
}

impl<'a> GetApplicationInformation<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ApplicationInformation> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::ApplicationInformation>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetApplicationInformation<'_> {
    type Output = types::ApplicationInformation;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/app/");
        support::push_path(&mut url, "client_id", &self.client_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ApplicationInformation, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetApplicationInformation<'_> {
    type Output = Result<types::ApplicationInformation, Error>;
    type IntoFuture = ResponseFuture<types::ApplicationInformation>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::discovery`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct Discovery<'a> {
    client: &'a Client,
    internal: Option<bool>,
}

impl<'a> Discovery<'a> {
    /// Whether to include internal APIs.
    ///
    /// The server's default: `false`.
    pub fn internal(mut self, value: bool) -> Self {
        self.internal = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<serde_json::Map<String, serde_json::Value>> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<serde_json::Map<String, serde_json::Value>>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for Discovery<'_> {
    type Output = serde_json::Map<String, serde_json::Value>;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/discovery");
        if let Some(value) = &self.internal {
            support::push_query(&mut url, "internal", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for Discovery<'_> {
    type Output = Result<serde_json::Map<String, serde_json::Value>, Error>;
    type IntoFuture = ResponseFuture<serde_json::Map<String, serde_json::Value>>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_matching_entities`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetMatchingEntities<'a> {
    client: &'a Client,
    prefix: String,
    include_orgs: Option<bool>,
    include_teams: Option<bool>,
    namespace: Option<String>,
}

impl<'a> GetMatchingEntities<'a> {
    /// Whether to include orgs names.
    ///
    /// The server's default: `false`.
    pub fn include_orgs(mut self, value: bool) -> Self {
        self.include_orgs = Some(value);
        self
    }

    /// Whether to include team names.
    ///
    /// The server's default: `false`.
    pub fn include_teams(mut self, value: bool) -> Self {
        self.include_teams = Some(value);
        self
    }

    /// Namespace to use when querying for org entities.
    ///
    /// The server's default: `""`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::EntitySearchResults> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::EntitySearchResults>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetMatchingEntities<'_> {
    type Output = types::EntitySearchResults;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/entities/");
        support::push_path(&mut url, "prefix", &self.prefix, false)?;
        if let Some(value) = &self.include_orgs {
            support::push_query(&mut url, "includeOrgs", value);
        }
        if let Some(value) = &self.include_teams {
            support::push_query(&mut url, "includeTeams", value);
        }
        if let Some(value) = &self.namespace {
            support::push_query(&mut url, "namespace", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::EntitySearchResults, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetMatchingEntities<'_> {
    type Output = Result<types::EntitySearchResults, Error>;
    type IntoFuture = ResponseFuture<types::EntitySearchResults>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_error_description`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetErrorDescription<'a> {
    client: &'a Client,
    error_type: String,
}

impl<'a> GetErrorDescription<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ApiErrorDescription> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::ApiErrorDescription>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetErrorDescription<'_> {
    type Output = types::ApiErrorDescription;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/error/");
        support::push_path(&mut url, "error_type", &self.error_type, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ApiErrorDescription, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetErrorDescription<'_> {
    type Output = Result<types::ApiErrorDescription, Error>;
    type IntoFuture = ResponseFuture<types::ApiErrorDescription>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::conduct_search`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ConductSearch<'a> {
    client: &'a Client,
    query: Option<String>,
}

impl<'a> ConductSearch<'a> {
    /// The search query.
    ///
    /// The server's default: `""`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::SearchResults> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::SearchResults>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ConductSearch<'_> {
    type Output = types::SearchResults;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/find/all");
        if let Some(value) = &self.query {
            support::push_query(&mut url, "query", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::SearchResults, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ConductSearch<'_> {
    type Output = Result<types::SearchResults, Error>;
    type IntoFuture = ResponseFuture<types::SearchResults>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::conduct_repo_search`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ConductRepoSearch<'a> {
    client: &'a Client,
    include_usage: Option<bool>,
    page: Option<i64>,
    query: Option<String>,
}

impl<'a> ConductRepoSearch<'a> {
    /// Whether to include usage metadata (last\_modified, stars, popularity).
    ///
    /// The server's default: `false`.
    pub fn include_usage(mut self, value: bool) -> Self {
        self.include_usage = Some(value);
        self
    }

    /// The page.
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The search query.
    ///
    /// The server's default: `""`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositorySearchResults> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositorySearchResults>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ConductRepoSearch<'_> {
    type Output = types::RepositorySearchResults;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/find/repositories");
        if let Some(value) = &self.include_usage {
            support::push_query(&mut url, "includeUsage", value);
        }
        if let Some(value) = &self.page {
            support::push_query(&mut url, "page", value);
        }
        if let Some(value) = &self.query {
            support::push_query(&mut url, "query", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositorySearchResults, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ConductRepoSearch<'_> {
    type Output = Result<types::RepositorySearchResults, Error>;
    type IntoFuture = ResponseFuture<types::RepositorySearchResults>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_global_message`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteGlobalMessage<'a> {
    client: &'a Client,
    uuid: String,
}

impl<'a> DeleteGlobalMessage<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteGlobalMessage<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/message/");
        support::push_path(&mut url, "uuid", &self.uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteGlobalMessage<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_global_messages`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetGlobalMessages<'a> {
    client: &'a Client,
}

impl<'a> GetGlobalMessages<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::GlobalMessageList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::GlobalMessageList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetGlobalMessages<'_> {
    type Output = types::GlobalMessageList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/messages");
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::GlobalMessageList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetGlobalMessages<'_> {
    type Output = Result<types::GlobalMessageList, Error>;
    type IntoFuture = ResponseFuture<types::GlobalMessageList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_global_message`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateGlobalMessage<'a> {
    client: &'a Client,
    body: types::CreateMessage,
}

impl<'a> CreateGlobalMessage<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateGlobalMessage<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/messages");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for CreateGlobalMessage<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganization<'a> {
    client: &'a Client,
    body: types::NewOrg,
}

impl<'a> CreateOrganization<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreateOrganizationResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateOrganizationResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganization<'_> {
    type Output = types::CreateOrganizationResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateOrganizationResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganization<'_> {
    type Output = Result<types::CreateOrganizationResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateOrganizationResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganization<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetOrganization<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Organization> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Organization>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganization<'_> {
    type Output = types::Organization;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Organization, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganization<'_> {
    type Output = Result<types::Organization, Error>;
    type IntoFuture = ResponseFuture<types::Organization>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_organization_details`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeOrganizationDetails<'a> {
    client: &'a Client,
    orgname: String,
    body: types::UpdateOrg,
}

impl<'a> ChangeOrganizationDetails<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Organization> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Organization>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeOrganizationDetails<'_> {
    type Output = types::Organization;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Organization, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeOrganizationDetails<'_> {
    type Output = Result<types::Organization, Error>;
    type IntoFuture = ResponseFuture<types::Organization>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_admined_organization`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteAdminedOrganization<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> DeleteAdminedOrganization<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteAdminedOrganization<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteAdminedOrganization<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_aggregate_org_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetAggregateOrgLogs<'a> {
    client: &'a Client,
    orgname: String,
    performer: Option<String>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> GetAggregateOrgLogs<'a> {
    /// Username for which to filter logs.
    pub fn performer(mut self, value: impl Into<String>) -> Self {
        self.performer = Some(value.into());
        self
    }

    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AggregatedLogs> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AggregatedLogs>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetAggregateOrgLogs<'_> {
    type Output = types::AggregatedLogs;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/aggregatelogs");
        if let Some(value) = &self.performer {
            support::push_query(&mut url, "performer", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AggregatedLogs, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetAggregateOrgLogs<'_> {
    type Output = Result<types::AggregatedLogs, Error>;
    type IntoFuture = ResponseFuture<types::AggregatedLogs>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_applications`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationApplications<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetOrganizationApplications<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationApplicationList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationApplicationList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationApplications<'_> {
    type Output = types::OrganizationApplicationList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/applications");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationApplicationList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationApplications<'_> {
    type Output = Result<types::OrganizationApplicationList, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationApplicationList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_application`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationApplication<'a> {
    client: &'a Client,
    orgname: String,
    body: types::NewApp,
}

impl<'a> CreateOrganizationApplication<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationApplication> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationApplication>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationApplication<'_> {
    type Output = types::OrganizationApplication;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/applications");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationApplication, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationApplication<'_> {
    type Output = Result<types::OrganizationApplication, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationApplication>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_application`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationApplication<'a> {
    client: &'a Client,
    orgname: String,
    client_id: String,
}

impl<'a> GetOrganizationApplication<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationApplication> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationApplication>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationApplication<'_> {
    type Output = types::OrganizationApplication;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/applications/");
        support::push_path(&mut url, "client_id", &self.client_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationApplication, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationApplication<'_> {
    type Output = Result<types::OrganizationApplication, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationApplication>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_organization_application`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateOrganizationApplication<'a> {
    client: &'a Client,
    orgname: String,
    client_id: String,
    body: types::UpdateApp,
}

impl<'a> UpdateOrganizationApplication<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationApplication> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationApplication>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateOrganizationApplication<'_> {
    type Output = types::OrganizationApplication;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/applications/");
        support::push_path(&mut url, "client_id", &self.client_id, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationApplication, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateOrganizationApplication<'_> {
    type Output = Result<types::OrganizationApplication, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationApplication>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_application`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationApplication<'a> {
    client: &'a Client,
    orgname: String,
    client_id: String,
}

impl<'a> DeleteOrganizationApplication<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationApplication<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/applications/");
        support::push_path(&mut url, "client_id", &self.client_id, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationApplication<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_organization_auto_prune_policies`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListOrganizationAutoPrunePolicies<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> ListOrganizationAutoPrunePolicies<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::AutoPrunePolicyList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListOrganizationAutoPrunePolicies<'_> {
    type Output = types::AutoPrunePolicyList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/autoprunepolicy/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListOrganizationAutoPrunePolicies<'_> {
    type Output = Result<types::AutoPrunePolicyList, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationAutoPrunePolicy<'a> {
    client: &'a Client,
    orgname: String,
    body: types::AutoPrunePolicyConfig,
}

impl<'a> CreateOrganizationAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyId> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicyId>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicyId;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/autoprunepolicy/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyId, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicyId, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyId>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationAutoPrunePolicy<'a> {
    client: &'a Client,
    orgname: String,
    policy_uuid: String,
}

impl<'a> GetOrganizationAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicy> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicy>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicy;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicy, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicy, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicy>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_organization_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateOrganizationAutoPrunePolicy<'a> {
    client: &'a Client,
    orgname: String,
    policy_uuid: String,
    body: types::AutoPrunePolicyConfig,
}

impl<'a> UpdateOrganizationAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateOrganizationAutoPrunePolicy<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for UpdateOrganizationAutoPrunePolicy<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationAutoPrunePolicy<'a> {
    client: &'a Client,
    orgname: String,
    policy_uuid: String,
}

impl<'a> DeleteOrganizationAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyId> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicyId>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicyId;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyId, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for DeleteOrganizationAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicyId, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyId>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_collaborators`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationCollaborators<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetOrganizationCollaborators<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationCollaboratorList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationCollaboratorList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationCollaborators<'_> {
    type Output = types::OrganizationCollaboratorList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/collaborators");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationCollaboratorList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationCollaborators<'_> {
    type Output = Result<types::OrganizationCollaboratorList, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationCollaboratorList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::export_org_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ExportOrgLogs<'a> {
    client: &'a Client,
    orgname: String,
    endtime: Option<String>,
    starttime: Option<String>,
    body: types::ExportLogs,
}

impl<'a> ExportOrgLogs<'a> {
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ExportLogsResult> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ExportLogsResult>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ExportOrgLogs<'_> {
    type Output = types::ExportLogsResult;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/exportlogs");
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ExportLogsResult, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ExportOrgLogs<'_> {
    type Output = Result<types::ExportLogsResult, Error>;
    type IntoFuture = ResponseFuture<types::ExportLogsResult>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_org_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListOrgLogs<'a> {
    client: &'a Client,
    orgname: String,
    next_page: Option<String>,
    performer: Option<String>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> ListOrgLogs<'a> {
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Username for which to filter logs.
    pub fn performer(mut self, value: impl Into<String>) -> Self {
        self.performer = Some(value.into());
        self
    }

    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::LogsPage> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::LogsPage>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogsPage, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogEntry, Error>> + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.logs.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListOrgLogs<'_> {
    type Output = types::LogsPage;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/logs");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.performer {
            support::push_query(&mut url, "performer", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::LogsPage, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListOrgLogs<'_> {
    type Output = Result<types::LogsPage, Error>;
    type IntoFuture = ResponseFuture<types::LogsPage>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_members`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationMembers<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetOrganizationMembers<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationMemberList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::OrganizationMemberList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationMembers<'_> {
    type Output = types::OrganizationMemberList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/members");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationMemberList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationMembers<'_> {
    type Output = Result<types::OrganizationMemberList, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationMemberList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_member`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationMember<'a> {
    client: &'a Client,
    orgname: String,
    membername: String,
}

impl<'a> GetOrganizationMember<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::OrganizationMember> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::OrganizationMember>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationMember<'_> {
    type Output = types::OrganizationMember;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/members/");
        support::push_path(&mut url, "membername", &self.membername, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::OrganizationMember, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationMember<'_> {
    type Output = Result<types::OrganizationMember, Error>;
    type IntoFuture = ResponseFuture<types::OrganizationMember>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::remove_organization_member`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RemoveOrganizationMember<'a> {
    client: &'a Client,
    orgname: String,
    membername: String,
}

impl<'a> RemoveOrganizationMember<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RemoveOrganizationMember<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/members/");
        support::push_path(&mut url, "membername", &self.membername, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for RemoveOrganizationMember<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_prototype_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationPrototypePermissions<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetOrganizationPrototypePermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::PrototypeList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::PrototypeList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationPrototypePermissions<'_> {
    type Output = types::PrototypeList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/prototypes");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::PrototypeList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationPrototypePermissions<'_> {
    type Output = Result<types::PrototypeList, Error>;
    type IntoFuture = ResponseFuture<types::PrototypeList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_prototype_permission`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationPrototypePermission<'a> {
    client: &'a Client,
    orgname: String,
    body: types::NewPrototype,
}

impl<'a> CreateOrganizationPrototypePermission<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Prototype> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Prototype>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationPrototypePermission<'_> {
    type Output = types::Prototype;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/prototypes");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Prototype, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationPrototypePermission<'_> {
    type Output = Result<types::Prototype, Error>;
    type IntoFuture = ResponseFuture<types::Prototype>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_organization_prototype_permission`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateOrganizationPrototypePermission<'a> {
    client: &'a Client,
    orgname: String,
    prototypeid: String,
    body: types::PrototypeUpdate,
}

impl<'a> UpdateOrganizationPrototypePermission<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Prototype> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Prototype>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateOrganizationPrototypePermission<'_> {
    type Output = types::Prototype;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/prototypes/");
        support::push_path(&mut url, "prototypeid", &self.prototypeid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Prototype, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateOrganizationPrototypePermission<'_> {
    type Output = Result<types::Prototype, Error>;
    type IntoFuture = ResponseFuture<types::Prototype>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_prototype_permission`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationPrototypePermission<'a> {
    client: &'a Client,
    orgname: String,
    prototypeid: String,
}

impl<'a> DeleteOrganizationPrototypePermission<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationPrototypePermission<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/prototypes/");
        support::push_path(&mut url, "prototypeid", &self.prototypeid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationPrototypePermission<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_proxy_cache_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetProxyCacheConfig<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> GetProxyCacheConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ProxyCacheConfig> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ProxyCacheConfig>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetProxyCacheConfig<'_> {
    type Output = types::ProxyCacheConfig;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/proxycache");
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ProxyCacheConfig, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetProxyCacheConfig<'_> {
    type Output = Result<types::ProxyCacheConfig, Error>;
    type IntoFuture = ResponseFuture<types::ProxyCacheConfig>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_proxy_cache_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateProxyCacheConfig<'a> {
    client: &'a Client,
    orgname: String,
    body: types::NewProxyCacheConfig,
}

impl<'a> CreateProxyCacheConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreateProxyCacheConfigResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateProxyCacheConfigResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateProxyCacheConfig<'_> {
    type Output = types::CreateProxyCacheConfigResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/proxycache");
        let mut request = support::request(self.client, reqwest::Method::POST, url, &[]);
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateProxyCacheConfigResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateProxyCacheConfig<'_> {
    type Output = Result<types::CreateProxyCacheConfigResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateProxyCacheConfigResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_proxy_cache_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteProxyCacheConfig<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> DeleteProxyCacheConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::DeleteProxyCacheConfigResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::DeleteProxyCacheConfigResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteProxyCacheConfig<'_> {
    type Output = types::DeleteProxyCacheConfigResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/proxycache");
        let request = support::request(self.client, reqwest::Method::DELETE, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::DeleteProxyCacheConfigResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for DeleteProxyCacheConfig<'_> {
    type Output = Result<types::DeleteProxyCacheConfigResponse, Error>;
    type IntoFuture = ResponseFuture<types::DeleteProxyCacheConfigResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_organization_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListOrganizationQuota<'a> {
    client: &'a Client,
    orgname: String,
}

impl<'a> ListOrganizationQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListOrganizationQuota<'_> {
    type Output = types::QuotaList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota");
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListOrganizationQuota<'_> {
    type Output = Result<types::QuotaList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationQuota<'a> {
    client: &'a Client,
    orgname: String,
    body: types::NewOrgQuota,
}

impl<'a> CreateOrganizationQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreateOrganizationQuotaResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateOrganizationQuotaResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationQuota<'_> {
    type Output = types::CreateOrganizationQuotaResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateOrganizationQuotaResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationQuota<'_> {
    type Output = Result<types::CreateOrganizationQuotaResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateOrganizationQuotaResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationQuota<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
}

impl<'a> GetOrganizationQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationQuota<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationQuota<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_organization_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeOrganizationQuota<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
    body: types::UpdateOrgQuota,
}

impl<'a> ChangeOrganizationQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeOrganizationQuota<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeOrganizationQuota<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationQuota<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
}

impl<'a> DeleteOrganizationQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationQuota<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationQuota<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_organization_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListOrganizationQuotaLimit<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
}

impl<'a> ListOrganizationQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaLimitList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaLimitList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListOrganizationQuotaLimit<'_> {
    type Output = types::QuotaLimitList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit");
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaLimitList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListOrganizationQuotaLimit<'_> {
    type Output = Result<types::QuotaLimitList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaLimitList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationQuotaLimit<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
    body: types::NewOrgQuotaLimit,
}

impl<'a> CreateOrganizationQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreateOrganizationQuotaLimitResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateOrganizationQuotaLimitResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationQuotaLimit<'_> {
    type Output = types::CreateOrganizationQuotaLimitResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateOrganizationQuotaLimitResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationQuotaLimit<'_> {
    type Output = Result<types::CreateOrganizationQuotaLimitResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateOrganizationQuotaLimitResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationQuotaLimit<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
    limit_id: String,
}

impl<'a> GetOrganizationQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaLimit> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaLimit>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationQuotaLimit<'_> {
    type Output = types::QuotaLimit;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit/");
        support::push_path(&mut url, "limit_id", &self.limit_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaLimit, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationQuotaLimit<'_> {
    type Output = Result<types::QuotaLimit, Error>;
    type IntoFuture = ResponseFuture<types::QuotaLimit>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_organization_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeOrganizationQuotaLimit<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
    limit_id: String,
    body: types::UpdateOrgQuotaLimit,
}

impl<'a> ChangeOrganizationQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeOrganizationQuotaLimit<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit/");
        support::push_path(&mut url, "limit_id", &self.limit_id, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeOrganizationQuotaLimit<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationQuotaLimit<'a> {
    client: &'a Client,
    orgname: String,
    quota_id: String,
    limit_id: String,
}

impl<'a> DeleteOrganizationQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationQuotaLimit<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit/");
        support::push_path(&mut url, "limit_id", &self.limit_id, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationQuotaLimit<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_org_robots`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrgRobots<'a> {
    client: &'a Client,
    orgname: String,
    limit: Option<i64>,
    token: Option<bool>,
    permissions: Option<bool>,
}

impl<'a> GetOrgRobots<'a> {
    /// If specified, the number of robots to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// If false, the robot's token is not returned.
    ///
    /// The server's default: `true`.
    pub fn token(mut self, value: bool) -> Self {
        self.token = Some(value);
        self
    }

    /// Whether to include repositories and teams in which the robots have permission.
    ///
    /// The server's default: `false`.
    pub fn permissions(mut self, value: bool) -> Self {
        self.permissions = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RobotList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RobotList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrgRobots<'_> {
    type Output = types::RobotList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots");
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        if let Some(value) = &self.token {
            support::push_query(&mut url, "token", value);
        }
        if let Some(value) = &self.permissions {
            support::push_query(&mut url, "permissions", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RobotList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrgRobots<'_> {
    type Output = Result<types::RobotList, Error>;
    type IntoFuture = ResponseFuture<types::RobotList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_org_robot`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrgRobot<'a> {
    client: &'a Client,
    orgname: String,
    robot_shortname: String,
}

impl<'a> GetOrgRobot<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrgRobot<'_> {
    type Output = types::Robot;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrgRobot<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_org_robot`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrgRobot<'a> {
    client: &'a Client,
    orgname: String,
    robot_shortname: String,
    body: Option<types::CreateRobot>,
}

impl<'a> CreateOrgRobot<'a> {
    /// The request body.
    pub fn body(mut self, body: types::CreateRobot) -> Self {
        self.body = Some(body);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrgRobot<'_> {
    type Output = types::Robot;

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => serde_json::from_str(text).ok().map(DeclaredError::ApiErrorOrMessage),
            401 => None,
            403 => None,
            404 => None,
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        if let Some(body) = self.body {
            request = request.json(&body);
        }
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrgRobot<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_org_robot`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrgRobot<'a> {
    client: &'a Client,
    orgname: String,
    robot_shortname: String,
}

impl<'a> DeleteOrgRobot<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrgRobot<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrgRobot<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_org_robot_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrgRobotPermissions<'a> {
    client: &'a Client,
    orgname: String,
    robot_shortname: String,
}

impl<'a> GetOrgRobotPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RobotPermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RobotPermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrgRobotPermissions<'_> {
    type Output = types::RobotPermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        url.push_str("/permissions");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RobotPermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrgRobotPermissions<'_> {
    type Output = Result<types::RobotPermissionList, Error>;
    type IntoFuture = ResponseFuture<types::RobotPermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::regenerate_org_robot_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RegenerateOrgRobotToken<'a> {
    client: &'a Client,
    orgname: String,
    robot_shortname: String,
}

impl<'a> RegenerateOrgRobotToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RegenerateOrgRobotToken<'_> {
    type Output = types::Robot;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        url.push_str("/regenerate");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for RegenerateOrgRobotToken<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_organization_team`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateOrganizationTeam<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    body: types::TeamDescription,
}

impl<'a> UpdateOrganizationTeam<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Team> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Team>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateOrganizationTeam<'_> {
    type Output = types::Team;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Team, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateOrganizationTeam<'_> {
    type Output = Result<types::Team, Error>;
    type IntoFuture = ResponseFuture<types::Team>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_team`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationTeam<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
}

impl<'a> DeleteOrganizationTeam<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationTeam<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationTeam<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::invite_team_member_email`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct InviteTeamMemberEmail<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    email: String,
}

impl<'a> InviteTeamMemberEmail<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::TeamMember> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::TeamMember>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for InviteTeamMemberEmail<'_> {
    type Output = types::TeamMember;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/invite/");
        support::push_path(&mut url, "email", &self.email, false)?;
        let request = support::request(self.client, reqwest::Method::PUT, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::TeamMember, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for InviteTeamMemberEmail<'_> {
    type Output = Result<types::TeamMember, Error>;
    type IntoFuture = ResponseFuture<types::TeamMember>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_team_member_email_invite`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteTeamMemberEmailInvite<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    email: String,
}

impl<'a> DeleteTeamMemberEmailInvite<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteTeamMemberEmailInvite<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/invite/");
        support::push_path(&mut url, "email", &self.email, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteTeamMemberEmailInvite<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_team_members`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationTeamMembers<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    include_pending: Option<bool>,
}

impl<'a> GetOrganizationTeamMembers<'a> {
    /// Whether to include pending members (invites); only honoured for organization administrators.
    ///
    /// The server's default: `false`.
    pub fn include_pending(mut self, value: bool) -> Self {
        self.include_pending = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::TeamMemberList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::TeamMemberList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationTeamMembers<'_> {
    type Output = types::TeamMemberList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/members");
        if let Some(value) = &self.include_pending {
            support::push_query(&mut url, "includePending", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::TeamMemberList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationTeamMembers<'_> {
    type Output = Result<types::TeamMemberList, Error>;
    type IntoFuture = ResponseFuture<types::TeamMemberList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_organization_team_member`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateOrganizationTeamMember<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    membername: String,
}

impl<'a> UpdateOrganizationTeamMember<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::TeamMember> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::TeamMember>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateOrganizationTeamMember<'_> {
    type Output = types::TeamMember;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/members/");
        support::push_path(&mut url, "membername", &self.membername, false)?;
        let request = support::request(self.client, reqwest::Method::PUT, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::TeamMember, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateOrganizationTeamMember<'_> {
    type Output = Result<types::TeamMember, Error>;
    type IntoFuture = ResponseFuture<types::TeamMember>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_team_member`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationTeamMember<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    membername: String,
}

impl<'a> DeleteOrganizationTeamMember<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationTeamMember<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/members/");
        support::push_path(&mut url, "membername", &self.membername, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationTeamMember<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_organization_team_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetOrganizationTeamPermissions<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
}

impl<'a> GetOrganizationTeamPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::TeamRepositoryPermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::TeamRepositoryPermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetOrganizationTeamPermissions<'_> {
    type Output = types::TeamRepositoryPermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/permissions");
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::TeamRepositoryPermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetOrganizationTeamPermissions<'_> {
    type Output = Result<types::TeamRepositoryPermissionList, Error>;
    type IntoFuture = ResponseFuture<types::TeamRepositoryPermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::enable_organization_team_sync`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct EnableOrganizationTeamSync<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
    body: types::TeamSyncConfig,
}

impl<'a> EnableOrganizationTeamSync<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Team> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Team>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for EnableOrganizationTeamSync<'_> {
    type Output = types::Team;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/syncing");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Team, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for EnableOrganizationTeamSync<'_> {
    type Output = Result<types::Team, Error>;
    type IntoFuture = ResponseFuture<types::Team>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::disable_organization_team_sync`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DisableOrganizationTeamSync<'a> {
    client: &'a Client,
    orgname: String,
    teamname: String,
}

impl<'a> DisableOrganizationTeamSync<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Team> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Team>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DisableOrganizationTeamSync<'_> {
    type Output = types::Team;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        url.push_str("/syncing");
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Team, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for DisableOrganizationTeamSync<'_> {
    type Output = Result<types::Team, Error>;
    type IntoFuture = ResponseFuture<types::Team>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::validate_proxy_cache_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ValidateProxyCacheConfig<'a> {
    client: &'a Client,
    orgname: String,
    body: types::NewProxyCacheConfig,
}

impl<'a> ValidateProxyCacheConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ValidateProxyCacheConfigResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::ValidateProxyCacheConfigResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ValidateProxyCacheConfig<'_> {
    type Output = types::ValidateProxyCacheConfigResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/organization/");
        support::push_path(&mut url, "orgname", &self.orgname, false)?;
        url.push_str("/validateproxycache");
        let mut request = support::request(self.client, reqwest::Method::POST, url, &[]);
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ValidateProxyCacheConfigResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ValidateProxyCacheConfig<'_> {
    type Output = Result<types::ValidateProxyCacheConfigResponse, Error>;
    type IntoFuture = ResponseFuture<types::ValidateProxyCacheConfigResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repos`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepos<'a> {
    client: &'a Client,
    next_page: Option<String>,
    repo_kind: Option<types::ListReposRepoKind>,
    popularity: Option<bool>,
    last_modified: Option<bool>,
    public: Option<bool>,
    starred: Option<bool>,
    namespace: Option<String>,
}

impl<'a> ListRepos<'a> {
    /// Opaque token from the previous page (its next\_page value).
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// The kind of repositories to return.
    ///
    /// The server's default: `"image"`.
    pub fn repo_kind(mut self, value: types::ListReposRepoKind) -> Self {
        self.repo_kind = Some(value);
        self
    }

    /// Whether to include the repository's popularity metric.
    ///
    /// The server's default: `false`.
    pub fn popularity(mut self, value: bool) -> Self {
        self.popularity = Some(value);
        self
    }

    /// Whether to include when the repository was last modified.
    ///
    /// The server's default: `false`.
    pub fn last_modified(mut self, value: bool) -> Self {
        self.last_modified = Some(value);
        self
    }

    /// Adds any repositories visible to the user by virtue of being public.
    ///
    /// The server's default: `false`.
    pub fn public(mut self, value: bool) -> Self {
        self.public = Some(value);
        self
    }

    /// Filters the repositories returned to those starred by the user.
    ///
    /// The server's default: `false`.
    pub fn starred(mut self, value: bool) -> Self {
        self.starred = Some(value);
        self
    }

    /// Filters the repositories returned to this namespace.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryList>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::RepositoryList, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::RepositoryListItem, Error>,
    > + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.repositories.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListRepos<'_> {
    type Output = types::RepositoryList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.repo_kind {
            support::push_query(&mut url, "repo_kind", value);
        }
        if let Some(value) = &self.popularity {
            support::push_query(&mut url, "popularity", value);
        }
        if let Some(value) = &self.last_modified {
            support::push_query(&mut url, "last_modified", value);
        }
        if let Some(value) = &self.public {
            support::push_query(&mut url, "public", value);
        }
        if let Some(value) = &self.starred {
            support::push_query(&mut url, "starred", value);
        }
        if let Some(value) = &self.namespace {
            support::push_query(&mut url, "namespace", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepos<'_> {
    type Output = Result<types::RepositoryList, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_repo`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateRepo<'a> {
    client: &'a Client,
    body: types::NewRepo,
}

impl<'a> CreateRepo<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreatedRepository> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::CreatedRepository>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateRepo<'_> {
    type Output = types::CreatedRepository;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreatedRepository, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateRepo<'_> {
    type Output = Result<types::CreatedRepository, Error>;
    type IntoFuture = ResponseFuture<types::CreatedRepository>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepo<'a> {
    client: &'a Client,
    repository: String,
    include_tags: Option<bool>,
    include_stats: Option<bool>,
}

impl<'a> GetRepo<'a> {
    /// Whether to include repository tags (at most 500 active tags).
    ///
    /// The server's default: `true`.
    pub fn include_tags(mut self, value: bool) -> Self {
        self.include_tags = Some(value);
        self
    }

    /// Whether to include action statistics.
    ///
    /// The server's default: `false`.
    pub fn include_stats(mut self, value: bool) -> Self {
        self.include_stats = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Repository> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Repository>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepo<'_> {
    type Output = types::Repository;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        if let Some(value) = &self.include_tags {
            support::push_query(&mut url, "includeTags", value);
        }
        if let Some(value) = &self.include_stats {
            support::push_query(&mut url, "includeStats", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Repository, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepo<'_> {
    type Output = Result<types::Repository, Error>;
    type IntoFuture = ResponseFuture<types::Repository>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_repo`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateRepo<'a> {
    client: &'a Client,
    repository: String,
    body: types::RepoUpdate,
}

impl<'a> UpdateRepo<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoSuccess> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoSuccess>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateRepo<'_> {
    type Output = types::RepoSuccess;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoSuccess, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateRepo<'_> {
    type Output = Result<types::RepoSuccess, Error>;
    type IntoFuture = ResponseFuture<types::RepoSuccess>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_repository`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteRepository<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> DeleteRepository<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteRepository<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteRepository<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_aggregate_repo_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetAggregateRepoLogs<'a> {
    client: &'a Client,
    repository: String,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> GetAggregateRepoLogs<'a> {
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AggregatedLogs> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AggregatedLogs>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetAggregateRepoLogs<'_> {
    type Output = types::AggregatedLogs;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/aggregatelogs");
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AggregatedLogs, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetAggregateRepoLogs<'_> {
    type Output = Result<types::AggregatedLogs, Error>;
    type IntoFuture = ResponseFuture<types::AggregatedLogs>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_builds`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuilds<'a> {
    client: &'a Client,
    repository: String,
    since: Option<i64>,
    limit: Option<i64>,
}

impl<'a> GetRepoBuilds<'a> {
    /// Returns all builds since the given unix timecode (seconds).
    pub fn since(mut self, value: i64) -> Self {
        self.since = Some(value);
        self
    }

    /// The maximum number of builds to return.
    ///
    /// The server's default: `5`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuildList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryBuildList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuilds<'_> {
    type Output = types::RepositoryBuildList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        if let Some(value) = &self.since {
            support::push_query(&mut url, "since", value);
        }
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuildList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuilds<'_> {
    type Output = Result<types::RepositoryBuildList, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuildList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::request_repo_build`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RequestRepoBuild<'a> {
    client: &'a Client,
    repository: String,
    body: types::RepositoryBuildRequest,
}

impl<'a> RequestRepoBuild<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    ///
    /// The document declares the response headers `Location`.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RequestRepoBuild<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for RequestRepoBuild<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuild<'a> {
    client: &'a Client,
    repository: String,
    build_uuid: String,
}

impl<'a> GetRepoBuild<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuild<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuild<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::cancel_repo_build`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CancelRepoBuild<'a> {
    client: &'a Client,
    repository: String,
    build_uuid: String,
}

impl<'a> CancelRepoBuild<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CancelRepoBuildResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CancelRepoBuildResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CancelRepoBuild<'_> {
    type Output = types::CancelRepoBuildResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CancelRepoBuildResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CancelRepoBuild<'_> {
    type Output = Result<types::CancelRepoBuildResponse, Error>;
    type IntoFuture = ResponseFuture<types::CancelRepoBuildResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuildLogs<'a> {
    client: &'a Client,
    repository: String,
    build_uuid: String,
    start: Option<i64>,
}

impl<'a> GetRepoBuildLogs<'a> {
    /// Index of the first log entry to return (read by Quay from the query string, not declared in its API description).
    ///
    /// The server's default: `0`.
    pub fn start(mut self, value: i64) -> Self {
        self.start = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuildLogs> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryBuildLogs>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuildLogs<'_> {
    type Output = types::RepositoryBuildLogs;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        url.push_str("/logs");
        if let Some(value) = &self.start {
            support::push_query(&mut url, "start", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuildLogs, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuildLogs<'_> {
    type Output = Result<types::RepositoryBuildLogs, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuildLogs>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build_status`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuildStatus<'a> {
    client: &'a Client,
    repository: String,
    build_uuid: String,
}

impl<'a> GetRepoBuildStatus<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuildStatus<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/build/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        url.push_str("/status");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuildStatus<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_repo_state`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeRepoState<'a> {
    client: &'a Client,
    repository: String,
    body: types::ChangeRepoState,
}

impl<'a> ChangeRepoState<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoSuccess> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoSuccess>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeRepoState<'_> {
    type Output = types::RepoSuccess;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/changestate");
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoSuccess, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeRepoState<'_> {
    type Output = Result<types::RepoSuccess, Error>;
    type IntoFuture = ResponseFuture<types::RepoSuccess>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_repo_visibility`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeRepoVisibility<'a> {
    client: &'a Client,
    repository: String,
    body: types::ChangeVisibility,
}

impl<'a> ChangeRepoVisibility<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoSuccess> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoSuccess>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeRepoVisibility<'_> {
    type Output = types::RepoSuccess;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/changevisibility");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoSuccess, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeRepoVisibility<'_> {
    type Output = Result<types::RepoSuccess, Error>;
    type IntoFuture = ResponseFuture<types::RepoSuccess>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::export_repo_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ExportRepoLogs<'a> {
    client: &'a Client,
    repository: String,
    endtime: Option<String>,
    starttime: Option<String>,
    body: types::ExportLogs,
}

impl<'a> ExportRepoLogs<'a> {
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ExportLogsResult> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ExportLogsResult>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ExportRepoLogs<'_> {
    type Output = types::ExportLogsResult;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/exportlogs");
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ExportLogsResult, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ExportRepoLogs<'_> {
    type Output = Result<types::ExportLogsResult, Error>;
    type IntoFuture = ResponseFuture<types::ExportLogsResult>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoLogs<'a> {
    client: &'a Client,
    repository: String,
    next_page: Option<String>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> ListRepoLogs<'a> {
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::LogsPage> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::LogsPage>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogsPage, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogEntry, Error>> + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.logs.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListRepoLogs<'_> {
    type Output = types::LogsPage;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/logs");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::LogsPage, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepoLogs<'_> {
    type Output = Result<types::LogsPage, Error>;
    type IntoFuture = ResponseFuture<types::LogsPage>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_manifest`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoManifest<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
}

impl<'a> GetRepoManifest<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoManifest> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoManifest>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoManifest<'_> {
    type Output = types::RepoManifest;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoManifest, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoManifest<'_> {
    type Output = Result<types::RepoManifest, Error>;
    type IntoFuture = ResponseFuture<types::RepoManifest>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_manifest_labels`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListManifestLabels<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
    filter: Option<String>,
}

impl<'a> ListManifestLabels<'a> {
    /// If specified, only labels matching the given prefix will be returned.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ManifestLabelList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ManifestLabelList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListManifestLabels<'_> {
    type Output = types::ManifestLabelList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        url.push_str("/labels");
        if let Some(value) = &self.filter {
            support::push_query(&mut url, "filter", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ManifestLabelList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListManifestLabels<'_> {
    type Output = Result<types::ManifestLabelList, Error>;
    type IntoFuture = ResponseFuture<types::ManifestLabelList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::add_manifest_label`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct AddManifestLabel<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
    body: types::AddLabel,
}

impl<'a> AddManifestLabel<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AddedManifestLabel> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    ///
    /// The document declares the response headers `Location`.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AddedManifestLabel>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for AddManifestLabel<'_> {
    type Output = types::AddedManifestLabel;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        url.push_str("/labels");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AddedManifestLabel, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for AddManifestLabel<'_> {
    type Output = Result<types::AddedManifestLabel, Error>;
    type IntoFuture = ResponseFuture<types::AddedManifestLabel>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_manifest_label`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetManifestLabel<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
    labelid: String,
}

impl<'a> GetManifestLabel<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ManifestLabel> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ManifestLabel>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetManifestLabel<'_> {
    type Output = types::ManifestLabel;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        url.push_str("/labels/");
        support::push_path(&mut url, "labelid", &self.labelid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ManifestLabel, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetManifestLabel<'_> {
    type Output = Result<types::ManifestLabel, Error>;
    type IntoFuture = ResponseFuture<types::ManifestLabel>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_manifest_label`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteManifestLabel<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
    labelid: String,
}

impl<'a> DeleteManifestLabel<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteManifestLabel<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        url.push_str("/labels/");
        support::push_path(&mut url, "labelid", &self.labelid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteManifestLabel<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_manifest_security`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoManifestSecurity<'a> {
    client: &'a Client,
    repository: String,
    manifestref: String,
    vulnerabilities: Option<bool>,
}

impl<'a> GetRepoManifestSecurity<'a> {
    /// Include vulnerabilities information.
    ///
    /// The server's default: `false`.
    pub fn vulnerabilities(mut self, value: bool) -> Self {
        self.vulnerabilities = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::SecurityScanResult> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::SecurityScanResult>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoManifestSecurity<'_> {
    type Output = types::SecurityScanResult;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/manifest/");
        support::push_path(&mut url, "manifestref", &self.manifestref, false)?;
        url.push_str("/security");
        if let Some(value) = &self.vulnerabilities {
            support::push_query(&mut url, "vulnerabilities", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::SecurityScanResult, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoManifestSecurity<'_> {
    type Output = Result<types::SecurityScanResult, Error>;
    type IntoFuture = ResponseFuture<types::SecurityScanResult>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_mirror_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoMirrorConfig<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> GetRepoMirrorConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ViewMirrorConfig> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ViewMirrorConfig>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoMirrorConfig<'_> {
    type Output = types::ViewMirrorConfig;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/mirror");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ViewMirrorConfig, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoMirrorConfig<'_> {
    type Output = Result<types::ViewMirrorConfig, Error>;
    type IntoFuture = ResponseFuture<types::ViewMirrorConfig>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_repo_mirror_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeRepoMirrorConfig<'a> {
    client: &'a Client,
    repository: String,
    body: types::UpdateMirrorConfig,
}

impl<'a> ChangeRepoMirrorConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeRepoMirrorConfig<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/mirror");
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for ChangeRepoMirrorConfig<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_repo_mirror_config`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateRepoMirrorConfig<'a> {
    client: &'a Client,
    repository: String,
    body: types::CreateMirrorConfig,
}

impl<'a> CreateRepoMirrorConfig<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateRepoMirrorConfig<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/mirror");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for CreateRepoMirrorConfig<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::sync_cancel`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct SyncCancel<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> SyncCancel<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for SyncCancel<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/mirror/sync-cancel");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for SyncCancel<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::sync_now`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct SyncNow<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> SyncNow<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for SyncNow<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/mirror/sync-now");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for SyncNow<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_notifications`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoNotifications<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> ListRepoNotifications<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryNotificationList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryNotificationList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListRepoNotifications<'_> {
    type Output = types::RepositoryNotificationList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryNotificationList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepoNotifications<'_> {
    type Output = Result<types::RepositoryNotificationList, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryNotificationList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_repo_notification`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateRepoNotification<'a> {
    client: &'a Client,
    repository: String,
    body: types::NotificationCreateRequest,
}

impl<'a> CreateRepoNotification<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryNotification> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryNotification>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateRepoNotification<'_> {
    type Output = types::RepositoryNotification;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryNotification, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateRepoNotification<'_> {
    type Output = Result<types::RepositoryNotification, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryNotification>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_notification`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoNotification<'a> {
    client: &'a Client,
    repository: String,
    uuid: String,
}

impl<'a> GetRepoNotification<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryNotification> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryNotification>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoNotification<'_> {
    type Output = types::RepositoryNotification;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        support::push_path(&mut url, "uuid", &self.uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryNotification, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoNotification<'_> {
    type Output = Result<types::RepositoryNotification, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryNotification>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::reset_repository_notification_failures`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ResetRepositoryNotificationFailures<'a> {
    client: &'a Client,
    repository: String,
    uuid: String,
}

impl<'a> ResetRepositoryNotificationFailures<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ResetRepositoryNotificationFailures<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        support::push_path(&mut url, "uuid", &self.uuid, false)?;
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for ResetRepositoryNotificationFailures<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_repo_notification`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteRepoNotification<'a> {
    client: &'a Client,
    repository: String,
    uuid: String,
}

impl<'a> DeleteRepoNotification<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteRepoNotification<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        support::push_path(&mut url, "uuid", &self.uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteRepoNotification<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::test_repo_notification`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct TestRepoNotification<'a> {
    client: &'a Client,
    repository: String,
    uuid: String,
}

impl<'a> TestRepoNotification<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<serde_json::Map<String, serde_json::Value>> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<serde_json::Map<String, serde_json::Value>>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for TestRepoNotification<'_> {
    type Output = serde_json::Map<String, serde_json::Value>;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/notification/");
        support::push_path(&mut url, "uuid", &self.uuid, false)?;
        url.push_str("/test");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for TestRepoNotification<'_> {
    type Output = Result<serde_json::Map<String, serde_json::Value>, Error>;
    type IntoFuture = ResponseFuture<serde_json::Map<String, serde_json::Value>>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_team_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoTeamPermissions<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> ListRepoTeamPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoTeamPermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepoTeamPermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListRepoTeamPermissions<'_> {
    type Output = types::RepoTeamPermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/team/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoTeamPermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepoTeamPermissions<'_> {
    type Output = Result<types::RepoTeamPermissionList, Error>;
    type IntoFuture = ResponseFuture<types::RepoTeamPermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_team_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetTeamPermissions<'a> {
    client: &'a Client,
    repository: String,
    teamname: String,
}

impl<'a> GetTeamPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoRole> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoRole>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetTeamPermissions<'_> {
    type Output = types::RepoRole;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoRole, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetTeamPermissions<'_> {
    type Output = Result<types::RepoRole, Error>;
    type IntoFuture = ResponseFuture<types::RepoRole>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_team_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeTeamPermissions<'a> {
    client: &'a Client,
    repository: String,
    teamname: String,
    body: types::TeamPermission,
}

impl<'a> ChangeTeamPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoTeamPermission> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoTeamPermission>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeTeamPermissions<'_> {
    type Output = types::RepoTeamPermission;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoTeamPermission, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeTeamPermissions<'_> {
    type Output = Result<types::RepoTeamPermission, Error>;
    type IntoFuture = ResponseFuture<types::RepoTeamPermission>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_team_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteTeamPermissions<'a> {
    client: &'a Client,
    repository: String,
    teamname: String,
}

impl<'a> DeleteTeamPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteTeamPermissions<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/team/");
        support::push_path(&mut url, "teamname", &self.teamname, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteTeamPermissions<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_user_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoUserPermissions<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> ListRepoUserPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoUserPermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepoUserPermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListRepoUserPermissions<'_> {
    type Output = types::RepoUserPermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/user/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoUserPermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepoUserPermissions<'_> {
    type Output = Result<types::RepoUserPermissionList, Error>;
    type IntoFuture = ResponseFuture<types::RepoUserPermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserPermissions<'a> {
    client: &'a Client,
    repository: String,
    username: String,
}

impl<'a> GetUserPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoUserPermission> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoUserPermission>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserPermissions<'_> {
    type Output = types::RepoUserPermission;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/user/");
        support::push_path(&mut url, "username", &self.username, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoUserPermission, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserPermissions<'_> {
    type Output = Result<types::RepoUserPermission, Error>;
    type IntoFuture = ResponseFuture<types::RepoUserPermission>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_user_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeUserPermissions<'a> {
    client: &'a Client,
    repository: String,
    username: String,
    body: types::UserPermission,
}

impl<'a> ChangeUserPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoUserPermission> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepoUserPermission>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeUserPermissions<'_> {
    type Output = types::RepoUserPermission;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/user/");
        support::push_path(&mut url, "username", &self.username, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoUserPermission, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeUserPermissions<'_> {
    type Output = Result<types::RepoUserPermission, Error>;
    type IntoFuture = ResponseFuture<types::RepoUserPermission>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_user_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteUserPermissions<'a> {
    client: &'a Client,
    repository: String,
    username: String,
}

impl<'a> DeleteUserPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteUserPermissions<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/user/");
        support::push_path(&mut url, "username", &self.username, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteUserPermissions<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_transitive_permission`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserTransitivePermission<'a> {
    client: &'a Client,
    repository: String,
    username: String,
}

impl<'a> GetUserTransitivePermission<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepoTransitivePermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepoTransitivePermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserTransitivePermission<'_> {
    type Output = types::RepoTransitivePermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/permissions/user/");
        support::push_path(&mut url, "username", &self.username, false)?;
        url.push_str("/transitive");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepoTransitivePermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserTransitivePermission<'_> {
    type Output = Result<types::RepoTransitivePermissionList, Error>;
    type IntoFuture = ResponseFuture<types::RepoTransitivePermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_tags`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoTags<'a> {
    client: &'a Client,
    repository: String,
    only_active_tags: Option<bool>,
    page: Option<i64>,
    limit: Option<i64>,
    filter_tag_name: Option<String>,
    specific_tag: Option<String>,
}

impl<'a> ListRepoTags<'a> {
    /// Filter to only active tags.
    ///
    /// The server's default: `false`.
    pub fn only_active_tags(mut self, value: bool) -> Self {
        self.only_active_tags = Some(value);
        self
    }

    /// Page index for the results (1-based; values below 1 are treated as 1).
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Limit to the number of results to return per page. Max 100 (values are clamped to 1..100).
    ///
    /// The server's default: `50`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Syntax: `<op>:<name>`. Filters the tag names based on the operation; `<op>` can be
    /// `like` or `eq`. An invalid filter is answered with 400.
    ///
    /// The server's default: `""`.
    pub fn filter_tag_name(mut self, value: impl Into<String>) -> Self {
        self.filter_tag_name = Some(value.into());
        self
    }

    /// Filters the tags to the specific tag.
    ///
    /// The server's default: `""`.
    pub fn specific_tag(mut self, value: impl Into<String>) -> Self {
        self.specific_tag = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::TagList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::TagList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListRepoTags<'_> {
    type Output = types::TagList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tag/");
        if let Some(value) = &self.only_active_tags {
            support::push_query(&mut url, "onlyActiveTags", value);
        }
        if let Some(value) = &self.page {
            support::push_query(&mut url, "page", value);
        }
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        if let Some(value) = &self.filter_tag_name {
            support::push_query(&mut url, "filter_tag_name", value);
        }
        if let Some(value) = &self.specific_tag {
            support::push_query(&mut url, "specificTag", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::TagList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListRepoTags<'_> {
    type Output = Result<types::TagList, Error>;
    type IntoFuture = ResponseFuture<types::TagList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_tag`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeTag<'a> {
    client: &'a Client,
    repository: String,
    tag: String,
    body: types::ChangeTag,
}

impl<'a> ChangeTag<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ChangeTagResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ChangeTagResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeTag<'_> {
    type Output = types::ChangeTagResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tag/");
        support::push_path(&mut url, "tag", &self.tag, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ChangeTagResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeTag<'_> {
    type Output = Result<types::ChangeTagResponse, Error>;
    type IntoFuture = ResponseFuture<types::ChangeTagResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_full_tag`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteFullTag<'a> {
    client: &'a Client,
    repository: String,
    tag: String,
}

impl<'a> DeleteFullTag<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteFullTag<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tag/");
        support::push_path(&mut url, "tag", &self.tag, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteFullTag<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::restore_tag`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RestoreTag<'a> {
    client: &'a Client,
    repository: String,
    tag: String,
    body: types::RestoreTag,
}

impl<'a> RestoreTag<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<serde_json::Map<String, serde_json::Value>> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<serde_json::Map<String, serde_json::Value>>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RestoreTag<'_> {
    type Output = serde_json::Map<String, serde_json::Value>;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tag/");
        support::push_path(&mut url, "tag", &self.tag, false)?;
        url.push_str("/restore");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for RestoreTag<'_> {
    type Output = Result<serde_json::Map<String, serde_json::Value>, Error>;
    type IntoFuture = ResponseFuture<serde_json::Map<String, serde_json::Value>>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_repo_tokens`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListRepoTokens<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> ListRepoTokens<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListRepoTokens<'_> {
    type Output = ();

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => None,
            401 => None,
            403 => None,
            404 => None,
            410 => {
                serde_json::from_str(text).ok().map(DeclaredError::RepoTokenUnsupported)
            }
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tokens/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for ListRepoTokens<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateToken<'a> {
    client: &'a Client,
    repository: String,
    body: types::NewRepoToken,
}

impl<'a> CreateToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateToken<'_> {
    type Output = ();

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => None,
            401 => None,
            403 => None,
            404 => None,
            410 => {
                serde_json::from_str(text).ok().map(DeclaredError::RepoTokenUnsupported)
            }
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tokens/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for CreateToken<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_tokens`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetTokens<'a> {
    client: &'a Client,
    repository: String,
    code: String,
}

impl<'a> GetTokens<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetTokens<'_> {
    type Output = ();

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => None,
            401 => None,
            403 => None,
            404 => None,
            410 => {
                serde_json::from_str(text).ok().map(DeclaredError::RepoTokenUnsupported)
            }
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tokens/");
        support::push_path(&mut url, "code", &self.code, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for GetTokens<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeToken<'a> {
    client: &'a Client,
    repository: String,
    code: String,
    body: types::TokenPermission,
}

impl<'a> ChangeToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeToken<'_> {
    type Output = ();

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => None,
            401 => None,
            403 => None,
            404 => None,
            410 => {
                serde_json::from_str(text).ok().map(DeclaredError::RepoTokenUnsupported)
            }
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tokens/");
        support::push_path(&mut url, "code", &self.code, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for ChangeToken<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteToken<'a> {
    client: &'a Client,
    repository: String,
    code: String,
}

impl<'a> DeleteToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteToken<'_> {
    type Output = ();

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => None,
            401 => None,
            403 => None,
            404 => None,
            410 => {
                serde_json::from_str(text).ok().map(DeclaredError::RepoTokenUnsupported)
            }
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/tokens/");
        support::push_path(&mut url, "code", &self.code, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteToken<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_build_triggers`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListBuildTriggers<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> ListBuildTriggers<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::BuildTriggerList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::BuildTriggerList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListBuildTriggers<'_> {
    type Output = types::BuildTriggerList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::BuildTriggerList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListBuildTriggers<'_> {
    type Output = Result<types::BuildTriggerList, Error>;
    type IntoFuture = ResponseFuture<types::BuildTriggerList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_build_trigger`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetBuildTrigger<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
}

impl<'a> GetBuildTrigger<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::BuildTrigger> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::BuildTrigger>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetBuildTrigger<'_> {
    type Output = types::BuildTrigger;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::BuildTrigger, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetBuildTrigger<'_> {
    type Output = Result<types::BuildTrigger, Error>;
    type IntoFuture = ResponseFuture<types::BuildTrigger>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_build_trigger`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateBuildTrigger<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
    body: types::UpdateTrigger,
}

impl<'a> UpdateBuildTrigger<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::BuildTrigger> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::BuildTrigger>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateBuildTrigger<'_> {
    type Output = types::BuildTrigger;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::BuildTrigger, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateBuildTrigger<'_> {
    type Output = Result<types::BuildTrigger, Error>;
    type IntoFuture = ResponseFuture<types::BuildTrigger>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_build_trigger`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteBuildTrigger<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
}

impl<'a> DeleteBuildTrigger<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteBuildTrigger<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteBuildTrigger<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::activate_build_trigger`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ActivateBuildTrigger<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
    body: types::BuildTriggerActivateRequest,
}

impl<'a> ActivateBuildTrigger<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::BuildTrigger> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::BuildTrigger>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ActivateBuildTrigger<'_> {
    type Output = types::BuildTrigger;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        url.push_str("/activate");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::BuildTrigger, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ActivateBuildTrigger<'_> {
    type Output = Result<types::BuildTrigger, Error>;
    type IntoFuture = ResponseFuture<types::BuildTrigger>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_trigger_recent_builds`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListTriggerRecentBuilds<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
    limit: Option<i64>,
}

impl<'a> ListTriggerRecentBuilds<'a> {
    /// The maximum number of builds to return.
    ///
    /// The server's default: `5`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuildList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryBuildList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListTriggerRecentBuilds<'_> {
    type Output = types::RepositoryBuildList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        url.push_str("/builds");
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuildList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListTriggerRecentBuilds<'_> {
    type Output = Result<types::RepositoryBuildList, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuildList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::manually_start_build_trigger`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ManuallyStartBuildTrigger<'a> {
    client: &'a Client,
    repository: String,
    trigger_uuid: String,
    body: types::RunParameters,
}

impl<'a> ManuallyStartBuildTrigger<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    ///
    /// The document declares the response headers `Location`.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ManuallyStartBuildTrigger<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/repository/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        url.push_str("/trigger/");
        support::push_path(&mut url, "trigger_uuid", &self.trigger_uuid, false)?;
        url.push_str("/start");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ManuallyStartBuildTrigger<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::approve_service_key`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ApproveServiceKey<'a> {
    client: &'a Client,
    kid: String,
    body: types::ApproveServiceKey,
}

impl<'a> ApproveServiceKey<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ApproveServiceKey<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/approvedkeys/");
        support::push_path(&mut url, "kid", &self.kid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for ApproveServiceKey<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_service_keys`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListServiceKeys<'a> {
    client: &'a Client,
}

impl<'a> ListServiceKeys<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ServiceKeyList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ServiceKeyList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListServiceKeys<'_> {
    type Output = types::ServiceKeyList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/keys");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ServiceKeyList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListServiceKeys<'_> {
    type Output = Result<types::ServiceKeyList, Error>;
    type IntoFuture = ResponseFuture<types::ServiceKeyList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_service_key`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateServiceKey<'a> {
    client: &'a Client,
    body: types::CreateServiceKey,
}

impl<'a> CreateServiceKey<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreatedServiceKey> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::CreatedServiceKey>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateServiceKey<'_> {
    type Output = types::CreatedServiceKey;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/keys");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreatedServiceKey, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateServiceKey<'_> {
    type Output = Result<types::CreatedServiceKey, Error>;
    type IntoFuture = ResponseFuture<types::CreatedServiceKey>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_service_key`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetServiceKey<'a> {
    client: &'a Client,
    kid: String,
}

impl<'a> GetServiceKey<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ServiceKey> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ServiceKey>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetServiceKey<'_> {
    type Output = types::ServiceKey;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/keys/");
        support::push_path(&mut url, "kid", &self.kid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ServiceKey, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetServiceKey<'_> {
    type Output = Result<types::ServiceKey, Error>;
    type IntoFuture = ResponseFuture<types::ServiceKey>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_service_key`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateServiceKey<'a> {
    client: &'a Client,
    kid: String,
    body: types::PutServiceKey,
}

impl<'a> UpdateServiceKey<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ServiceKey> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ServiceKey>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateServiceKey<'_> {
    type Output = types::ServiceKey;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/keys/");
        support::push_path(&mut url, "kid", &self.kid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ServiceKey, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for UpdateServiceKey<'_> {
    type Output = Result<types::ServiceKey, Error>;
    type IntoFuture = ResponseFuture<types::ServiceKey>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_service_key`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteServiceKey<'a> {
    client: &'a Client,
    kid: String,
}

impl<'a> DeleteServiceKey<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteServiceKey<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/keys/");
        support::push_path(&mut url, "kid", &self.kid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteServiceKey<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_all_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListAllLogs<'a> {
    client: &'a Client,
    next_page: Option<String>,
    page: Option<i64>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> ListAllLogs<'a> {
    /// Opaque token from the previous page (the `next_page` value of the previous answer).
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// The page number for the logs (declared by Quay; paging is done with `next_page`).
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Latest time to which to get logs, as a date in the form %m/%d/%Y (UTC), e.g. 12/14/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time from which to get logs, as a date in the form %m/%d/%Y (UTC), e.g. 12/12/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::LogsPage> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::LogsPage>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogsPage, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogEntry, Error>> + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.logs.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListAllLogs<'_> {
    type Output = types::LogsPage;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/logs");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.page {
            support::push_query(&mut url, "page", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::LogsPage, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListAllLogs<'_> {
    type Output = Result<types::LogsPage, Error>;
    type IntoFuture = ResponseFuture<types::LogsPage>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_organization_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListOrganizationQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
}

impl<'a> ListOrganizationQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListOrganizationQuotaSuperUser<'_> {
    type Output = types::QuotaList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organization/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListOrganizationQuotaSuperUser<'_> {
    type Output = Result<types::QuotaList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_organization_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateOrganizationQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    body: types::NewNamespaceQuota,
}

impl<'a> CreateOrganizationQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> ResponseFuture<types::CreateOrganizationQuotaSuperUserResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateOrganizationQuotaSuperUserResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateOrganizationQuotaSuperUser<'_> {
    type Output = types::CreateOrganizationQuotaSuperUserResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organization/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateOrganizationQuotaSuperUserResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateOrganizationQuotaSuperUser<'_> {
    type Output = Result<types::CreateOrganizationQuotaSuperUserResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateOrganizationQuotaSuperUserResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_organization_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeOrganizationQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    quota_id: String,
    body: types::UpdateNamespaceQuota,
}

impl<'a> ChangeOrganizationQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeOrganizationQuotaSuperUser<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organization/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeOrganizationQuotaSuperUser<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganizationQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    quota_id: String,
}

impl<'a> DeleteOrganizationQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganizationQuotaSuperUser<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organization/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganizationQuotaSuperUser<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_organization`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeOrganization<'a> {
    client: &'a Client,
    name: String,
    body: types::SuperUserUpdateOrg,
}

impl<'a> ChangeOrganization<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::SuperUserOrganization> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::SuperUserOrganization>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeOrganization<'_> {
    type Output = types::SuperUserOrganization;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organizations/");
        support::push_path(&mut url, "name", &self.name, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::SuperUserOrganization, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeOrganization<'_> {
    type Output = Result<types::SuperUserOrganization, Error>;
    type IntoFuture = ResponseFuture<types::SuperUserOrganization>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_organization`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteOrganization<'a> {
    client: &'a Client,
    name: String,
}

impl<'a> DeleteOrganization<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteOrganization<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/organizations/");
        support::push_path(&mut url, "name", &self.name, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteOrganization<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_registry_size`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRegistrySize<'a> {
    client: &'a Client,
}

impl<'a> GetRegistrySize<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RegistrySize> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RegistrySize>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRegistrySize<'_> {
    type Output = types::RegistrySize;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/registrysize/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RegistrySize, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRegistrySize<'_> {
    type Output = Result<types::RegistrySize, Error>;
    type IntoFuture = ResponseFuture<types::RegistrySize>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::queue_registry_size_calculation`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct QueueRegistrySizeCalculation<'a> {
    client: &'a Client,
}

impl<'a> QueueRegistrySizeCalculation<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for QueueRegistrySizeCalculation<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/registrysize/");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for QueueRegistrySizeCalculation<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_all_users`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListAllUsers<'a> {
    client: &'a Client,
    next_page: Option<String>,
    limit: Option<i64>,
    disabled: Option<bool>,
}

impl<'a> ListAllUsers<'a> {
    /// Opaque token from the previous page (the `next_page` value of the previous answer).
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Limit to the number of results to return per page. Max 100.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// If false, only enabled users will be returned.
    ///
    /// The server's default: `true`.
    pub fn disabled(mut self, value: bool) -> Self {
        self.disabled = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::SuperUserList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::SuperUserList>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::SuperUserList, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<Item = Result<types::SuperUserUser, Error>> + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.users.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListAllUsers<'_> {
    type Output = types::SuperUserList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        if let Some(value) = &self.disabled {
            support::push_query(&mut url, "disabled", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::SuperUserList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListAllUsers<'_> {
    type Output = Result<types::SuperUserList, Error>;
    type IntoFuture = ResponseFuture<types::SuperUserList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_install_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateInstallUser<'a> {
    client: &'a Client,
    body: types::CreateInstallUser,
}

impl<'a> CreateInstallUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreatedInstallUser> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::CreatedInstallUser>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateInstallUser<'_> {
    type Output = types::CreatedInstallUser;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreatedInstallUser, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateInstallUser<'_> {
    type Output = Result<types::CreatedInstallUser, Error>;
    type IntoFuture = ResponseFuture<types::CreatedInstallUser>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_user_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListUserQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
}

impl<'a> ListUserQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListUserQuotaSuperUser<'_> {
    type Output = types::QuotaList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListUserQuotaSuperUser<'_> {
    type Output = Result<types::QuotaList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_user_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateUserQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    body: types::NewNamespaceQuota,
}

impl<'a> CreateUserQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::CreateUserQuotaSuperUserResponse> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::CreateUserQuotaSuperUserResponse>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateUserQuotaSuperUser<'_> {
    type Output = types::CreateUserQuotaSuperUserResponse;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::CreateUserQuotaSuperUserResponse, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateUserQuotaSuperUser<'_> {
    type Output = Result<types::CreateUserQuotaSuperUserResponse, Error>;
    type IntoFuture = ResponseFuture<types::CreateUserQuotaSuperUserResponse>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::change_user_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ChangeUserQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    quota_id: String,
    body: types::UpdateNamespaceQuota,
}

impl<'a> ChangeUserQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ChangeUserQuotaSuperUser<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ChangeUserQuotaSuperUser<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_user_quota_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteUserQuotaSuperUser<'a> {
    client: &'a Client,
    namespace: String,
    quota_id: String,
}

impl<'a> DeleteUserQuotaSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteUserQuotaSuperUser<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/users/");
        support::push_path(&mut url, "namespace", &self.namespace, false)?;
        url.push_str("/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteUserQuotaSuperUser<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuildSuperUser<'a> {
    client: &'a Client,
    build_uuid: String,
}

impl<'a> GetRepoBuildSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuildSuperUser<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        url.push_str("/build");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuildSuperUser<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build_logs_super_user`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuildLogsSuperUser<'a> {
    client: &'a Client,
    build_uuid: String,
    start: Option<i64>,
}

impl<'a> GetRepoBuildLogsSuperUser<'a> {
    /// Index of the first log entry to return (read by Quay without being declared in its API description).
    ///
    /// The server's default: `0`.
    pub fn start(mut self, value: i64) -> Self {
        self.start = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuildLogs> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RepositoryBuildLogs>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuildLogsSuperUser<'_> {
    type Output = types::RepositoryBuildLogs;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        url.push_str("/logs");
        if let Some(value) = &self.start {
            support::push_query(&mut url, "start", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuildLogs, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuildLogsSuperUser<'_> {
    type Output = Result<types::RepositoryBuildLogs, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuildLogs>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_repo_build_status_super_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetRepoBuildStatusSuperUser<'a> {
    client: &'a Client,
    build_uuid: String,
}

impl<'a> GetRepoBuildStatusSuperUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RepositoryBuild> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RepositoryBuild>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetRepoBuildStatusSuperUser<'_> {
    type Output = types::RepositoryBuild;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/superuser/");
        support::push_path(&mut url, "build_uuid", &self.build_uuid, false)?;
        url.push_str("/status");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RepositoryBuild, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetRepoBuildStatusSuperUser<'_> {
    type Output = Result<types::RepositoryBuild, Error>;
    type IntoFuture = ResponseFuture<types::RepositoryBuild>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_logged_in_user`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetLoggedInUser<'a> {
    client: &'a Client,
}

impl<'a> GetLoggedInUser<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::UserView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::UserView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetLoggedInUser<'_> {
    type Output = types::UserView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::UserView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetLoggedInUser<'_> {
    type Output = Result<types::UserView, Error>;
    type IntoFuture = ResponseFuture<types::UserView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_aggregate_user_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetAggregateUserLogs<'a> {
    client: &'a Client,
    performer: Option<String>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> GetAggregateUserLogs<'a> {
    /// Username for which to filter logs.
    pub fn performer(mut self, value: impl Into<String>) -> Self {
        self.performer = Some(value.into());
        self
    }

    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AggregatedLogs> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AggregatedLogs>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetAggregateUserLogs<'_> {
    type Output = types::AggregatedLogs;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/aggregatelogs");
        if let Some(value) = &self.performer {
            support::push_query(&mut url, "performer", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AggregatedLogs, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetAggregateUserLogs<'_> {
    type Output = Result<types::AggregatedLogs, Error>;
    type IntoFuture = ResponseFuture<types::AggregatedLogs>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_app_tokens`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListAppTokens<'a> {
    client: &'a Client,
    expiring: Option<bool>,
}

impl<'a> ListAppTokens<'a> {
    /// If true, only returns those tokens expiring soon.
    pub fn expiring(mut self, value: bool) -> Self {
        self.expiring = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AppTokenList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AppTokenList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListAppTokens<'_> {
    type Output = types::AppTokenList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/apptoken");
        if let Some(value) = &self.expiring {
            support::push_query(&mut url, "expiring", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AppTokenList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListAppTokens<'_> {
    type Output = Result<types::AppTokenList, Error>;
    type IntoFuture = ResponseFuture<types::AppTokenList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_app_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateAppToken<'a> {
    client: &'a Client,
    body: types::NewToken,
}

impl<'a> CreateAppToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AppTokenEnvelope> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AppTokenEnvelope>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateAppToken<'_> {
    type Output = types::AppTokenEnvelope;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/apptoken");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AppTokenEnvelope, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateAppToken<'_> {
    type Output = Result<types::AppTokenEnvelope, Error>;
    type IntoFuture = ResponseFuture<types::AppTokenEnvelope>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_app_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetAppToken<'a> {
    client: &'a Client,
    token_uuid: String,
}

impl<'a> GetAppToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AppTokenEnvelope> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AppTokenEnvelope>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetAppToken<'_> {
    type Output = types::AppTokenEnvelope;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/apptoken/");
        support::push_path(&mut url, "token_uuid", &self.token_uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AppTokenEnvelope, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetAppToken<'_> {
    type Output = Result<types::AppTokenEnvelope, Error>;
    type IntoFuture = ResponseFuture<types::AppTokenEnvelope>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::revoke_app_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RevokeAppToken<'a> {
    client: &'a Client,
    token_uuid: String,
}

impl<'a> RevokeAppToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RevokeAppToken<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/apptoken/");
        support::push_path(&mut url, "token_uuid", &self.token_uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for RevokeAppToken<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_user_auto_prune_policies`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListUserAutoPrunePolicies<'a> {
    client: &'a Client,
}

impl<'a> ListUserAutoPrunePolicies<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::AutoPrunePolicyList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListUserAutoPrunePolicies<'_> {
    type Output = types::AutoPrunePolicyList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/autoprunepolicy/");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListUserAutoPrunePolicies<'_> {
    type Output = Result<types::AutoPrunePolicyList, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_user_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateUserAutoPrunePolicy<'a> {
    client: &'a Client,
    body: types::AutoPrunePolicyConfig,
}

impl<'a> CreateUserAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyId> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicyId>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateUserAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicyId;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/autoprunepolicy/");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyId, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateUserAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicyId, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyId>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserAutoPrunePolicy<'a> {
    client: &'a Client,
    policy_uuid: String,
}

impl<'a> GetUserAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicy> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicy>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicy;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicy, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicy, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicy>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::update_user_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct UpdateUserAutoPrunePolicy<'a> {
    client: &'a Client,
    policy_uuid: String,
    body: types::AutoPrunePolicyConfig,
}

impl<'a> UpdateUserAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for UpdateUserAutoPrunePolicy<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for UpdateUserAutoPrunePolicy<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_user_auto_prune_policy`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteUserAutoPrunePolicy<'a> {
    client: &'a Client,
    policy_uuid: String,
}

impl<'a> DeleteUserAutoPrunePolicy<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::AutoPrunePolicyId> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::AutoPrunePolicyId>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteUserAutoPrunePolicy<'_> {
    type Output = types::AutoPrunePolicyId;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/autoprunepolicy/");
        support::push_path(&mut url, "policy_uuid", &self.policy_uuid, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::AutoPrunePolicyId, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for DeleteUserAutoPrunePolicy<'_> {
    type Output = Result<types::AutoPrunePolicyId, Error>;
    type IntoFuture = ResponseFuture<types::AutoPrunePolicyId>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::export_user_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ExportUserLogs<'a> {
    client: &'a Client,
    endtime: Option<String>,
    starttime: Option<String>,
    body: types::ExportLogs,
}

impl<'a> ExportUserLogs<'a> {
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::ExportLogsResult> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::ExportLogsResult>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ExportUserLogs<'_> {
    type Output = types::ExportLogsResult;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/exportlogs");
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::ExportLogsResult, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ExportUserLogs<'_> {
    type Output = Result<types::ExportLogsResult, Error>;
    type IntoFuture = ResponseFuture<types::ExportLogsResult>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_user_logs`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListUserLogs<'a> {
    client: &'a Client,
    next_page: Option<String>,
    performer: Option<String>,
    endtime: Option<String>,
    starttime: Option<String>,
}

impl<'a> ListUserLogs<'a> {
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Username for which to filter logs.
    pub fn performer(mut self, value: impl Into<String>) -> Self {
        self.performer = Some(value.into());
        self
    }

    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn endtime(mut self, value: impl Into<String>) -> Self {
        self.endtime = Some(value.into());
        self
    }

    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub fn starttime(mut self, value: impl Into<String>) -> Self {
        self.starttime = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::LogsPage> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::LogsPage>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogsPage, Error>> + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<Item = Result<types::LogEntry, Error>> + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.logs.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListUserLogs<'_> {
    type Output = types::LogsPage;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/logs");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        if let Some(value) = &self.performer {
            support::push_query(&mut url, "performer", value);
        }
        if let Some(value) = &self.endtime {
            support::push_query(&mut url, "endtime", value);
        }
        if let Some(value) = &self.starttime {
            support::push_query(&mut url, "starttime", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::LogsPage, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListUserLogs<'_> {
    type Output = Result<types::LogsPage, Error>;
    type IntoFuture = ResponseFuture<types::LogsPage>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_user_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListUserQuota<'a> {
    client: &'a Client,
}

impl<'a> ListUserQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListUserQuota<'_> {
    type Output = types::QuotaList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/quota");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListUserQuota<'_> {
    type Output = Result<types::QuotaList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_quota`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserQuota<'a> {
    client: &'a Client,
    quota_id: String,
}

impl<'a> GetUserQuota<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserQuota<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserQuota<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_user_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListUserQuotaLimit<'a> {
    client: &'a Client,
    quota_id: String,
}

impl<'a> ListUserQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaLimitList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaLimitList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for ListUserQuotaLimit<'_> {
    type Output = types::QuotaLimitList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaLimitList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListUserQuotaLimit<'_> {
    type Output = Result<types::QuotaLimitList, Error>;
    type IntoFuture = ResponseFuture<types::QuotaLimitList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_quota_limit`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserQuotaLimit<'a> {
    client: &'a Client,
    quota_id: String,
    limit_id: String,
}

impl<'a> GetUserQuotaLimit<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::QuotaView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::QuotaView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserQuotaLimit<'_> {
    type Output = types::QuotaView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/quota/");
        support::push_path(&mut url, "quota_id", &self.quota_id, false)?;
        url.push_str("/limit/");
        support::push_path(&mut url, "limit_id", &self.limit_id, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::QuotaView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserQuotaLimit<'_> {
    type Output = Result<types::QuotaView, Error>;
    type IntoFuture = ResponseFuture<types::QuotaView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_robots`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserRobots<'a> {
    client: &'a Client,
    limit: Option<i64>,
    token: Option<bool>,
    permissions: Option<bool>,
}

impl<'a> GetUserRobots<'a> {
    /// If specified, the number of robots to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// If false, the robot's token is not returned.
    ///
    /// The server's default: `true`.
    pub fn token(mut self, value: bool) -> Self {
        self.token = Some(value);
        self
    }

    /// Whether to include repositories and teams in which the robots have permission.
    ///
    /// The server's default: `false`.
    pub fn permissions(mut self, value: bool) -> Self {
        self.permissions = Some(value);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RobotList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::RobotList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserRobots<'_> {
    type Output = types::RobotList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots");
        if let Some(value) = &self.limit {
            support::push_query(&mut url, "limit", value);
        }
        if let Some(value) = &self.token {
            support::push_query(&mut url, "token", value);
        }
        if let Some(value) = &self.permissions {
            support::push_query(&mut url, "permissions", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RobotList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserRobots<'_> {
    type Output = Result<types::RobotList, Error>;
    type IntoFuture = ResponseFuture<types::RobotList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_robot`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserRobot<'a> {
    client: &'a Client,
    robot_shortname: String,
}

impl<'a> GetUserRobot<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserRobot<'_> {
    type Output = types::Robot;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserRobot<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_user_robot`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateUserRobot<'a> {
    client: &'a Client,
    robot_shortname: String,
    body: Option<types::CreateRobot>,
}

impl<'a> CreateUserRobot<'a> {
    /// The request body.
    pub fn body(mut self, body: types::CreateRobot) -> Self {
        self.body = Some(body);
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateUserRobot<'_> {
    type Output = types::Robot;

    fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
        match status {
            400 => serde_json::from_str(text).ok().map(DeclaredError::ApiErrorOrMessage),
            401 => None,
            403 => None,
            404 => None,
            _ => None,
        }
    }

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let mut request = support::request(
            self.client,
            reqwest::Method::PUT,
            url,
            &[&[0]],
        );
        if let Some(body) = self.body {
            request = request.json(&body);
        }
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateUserRobot<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_user_robot`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteUserRobot<'a> {
    client: &'a Client,
    robot_shortname: String,
}

impl<'a> DeleteUserRobot<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteUserRobot<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteUserRobot<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_robot_permissions`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserRobotPermissions<'a> {
    client: &'a Client,
    robot_shortname: String,
}

impl<'a> GetUserRobotPermissions<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::RobotPermissionList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::RobotPermissionList>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserRobotPermissions<'_> {
    type Output = types::RobotPermissionList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        url.push_str("/permissions");
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::RobotPermissionList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserRobotPermissions<'_> {
    type Output = Result<types::RobotPermissionList, Error>;
    type IntoFuture = ResponseFuture<types::RobotPermissionList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::regenerate_user_robot_token`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct RegenerateUserRobotToken<'a> {
    client: &'a Client,
    robot_shortname: String,
}

impl<'a> RegenerateUserRobotToken<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::Robot> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::Robot>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for RegenerateUserRobotToken<'_> {
    type Output = types::Robot;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/robots/");
        support::push_path(&mut url, "robot_shortname", &self.robot_shortname, false)?;
        url.push_str("/regenerate");
        let request = support::request(self.client, reqwest::Method::POST, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::Robot, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for RegenerateUserRobotToken<'_> {
    type Output = Result<types::Robot, Error>;
    type IntoFuture = ResponseFuture<types::Robot>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::list_starred_repos`]: set optional parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct ListStarredRepos<'a> {
    client: &'a Client,
    next_page: Option<String>,
}

impl<'a> ListStarredRepos<'a> {
    /// Opaque token from the previous page (its `next_page`); omit for the first page.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::StarredRepositoryList> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::StarredRepositoryList>> {
        support::send_with_headers(self)
    }

    /// Every page, following the `next_page` token from the first request until
    /// the server sends none (or sends the same token again).
    pub fn pages(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::StarredRepositoryList, Error>,
    > + Send + 'a {
        futures::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else { return Ok(None) };
                let sent = request.next_page.clone();
                let next = request.clone();
                let page = request.send().await?;
                let token = page
                    .next_page
                    .clone()
                    .filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                Ok(Some((page, token.map(|t| next.next_page(t)))))
            },
        )
    }

    /// Every item of every page, fetching pages as the stream is read.
    pub fn items(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::StarredRepository, Error>,
    > + Send + 'a {
        use futures::TryStreamExt;
        self.pages()
            .map_ok(|page| futures::stream::iter(page.repositories.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl support::Prepare for ListStarredRepos<'_> {
    type Output = types::StarredRepositoryList;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/starred");
        if let Some(value) = &self.next_page {
            support::push_query(&mut url, "next_page", value);
        }
        let request = support::request(self.client, reqwest::Method::GET, url, &[&[0]]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::StarredRepositoryList, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for ListStarredRepos<'_> {
    type Output = Result<types::StarredRepositoryList, Error>;
    type IntoFuture = ResponseFuture<types::StarredRepositoryList>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::create_star`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct CreateStar<'a> {
    client: &'a Client,
    body: types::NewStarredRepository,
}

impl<'a> CreateStar<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::StarredRepositoryRef> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(
        self,
    ) -> ResponseFuture<Answer<types::StarredRepositoryRef>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for CreateStar<'_> {
    type Output = types::StarredRepositoryRef;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/starred");
        let mut request = support::request(
            self.client,
            reqwest::Method::POST,
            url,
            &[&[0]],
        );
        let body = self.body;
        request = request.json(&body);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::StarredRepositoryRef, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for CreateStar<'_> {
    type Output = Result<types::StarredRepositoryRef, Error>;
    type IntoFuture = ResponseFuture<types::StarredRepositoryRef>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::delete_star`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct DeleteStar<'a> {
    client: &'a Client,
    repository: String,
}

impl<'a> DeleteStar<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<()> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<()>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for DeleteStar<'_> {
    type Output = ();

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/user/starred/");
        support::push_path(&mut url, "repository", &self.repository, true)?;
        let request = support::request(
            self.client,
            reqwest::Method::DELETE,
            url,
            &[&[0]],
        );
        Ok(request)
    }

    fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<(), Error> {
        support::empty(status, body)
    }
}

impl IntoFuture for DeleteStar<'_> {
    type Output = Result<(), Error>;
    type IntoFuture = ResponseFuture<()>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to [`Client::get_user_information`]: `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: call `.send()` or `.await` it"]
pub struct GetUserInformation<'a> {
    client: &'a Client,
    username: String,
}

impl<'a> GetUserInformation<'a> {
    /// Sends the request and decodes the response.
    pub fn send(self) -> ResponseFuture<types::UserView> {
        support::send(self)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub fn send_with_headers(self) -> ResponseFuture<Answer<types::UserView>> {
        support::send_with_headers(self)
    }
}

impl support::Prepare for GetUserInformation<'_> {
    type Output = types::UserView;

    fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
        let mut url = support::url(self.client);
        url.push_str("/api/v1/users/");
        support::push_path(&mut url, "username", &self.username, false)?;
        let request = support::request(self.client, reqwest::Method::GET, url, &[]);
        Ok(request)
    }

    fn decode(
        status: reqwest::StatusCode,
        body: support::Body,
    ) -> Result<types::UserView, Error> {
        support::json(status, body)
    }
}

impl IntoFuture for GetUserInformation<'_> {
    type Output = Result<types::UserView, Error>;
    type IntoFuture = ResponseFuture<types::UserView>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// The document's security schemes (those its operations use): name, and where
/// the credential travels.
static SECURITY_SCHEMES: [(&str, support::Carrier); 1] = [
    ("oauth2_implicit", support::Carrier::Bearer),
];

impl ClientBuilder {
    /// The credential of the `oauth2_implicit` security scheme.
    ///
    /// A token, sent as `Authorization: Bearer <token>`, by the operations that ask for it.
    ///
    /// OAuth 2 access tokens issued to an application of a Quay organization.
    pub fn oauth2_implicit(self, token: impl Into<String>) -> Self {
        support::set_credential(self, 0, format!("Bearer {}", token.into()))
    }
}

/// The servers the document names, in its order: pass one, filled in with
/// [`Server::default_url`] or [`Server::url_with`], to [`Client::builder`].
pub static SERVERS: [Server; 1] = [
    Server {
        url: "https://{host}",
        description: Some("A Quay registry; paths already carry the `/api/v1` prefix."),
        variables: &[
            ServerVariable {
                name: "host",
                default: "quay.io",
                allowed: &[],
                description: Some("Host name (and optional port) of the Quay registry."),
            },
        ],
    },
];

/// Error bodies in a schema an operation declares for a status, other than the
/// document's error model (see [`ErrorBody::Declared`]).
#[derive(Debug, Clone, PartialEq)]
pub enum DeclaredError {
    /// An error body of this schema.
    ApiErrorOrMessage(types::ApiErrorOrMessage),
    /// An error body of this schema.
    RepoTokenUnsupported(types::RepoTokenUnsupported),
}

use std::sync::Arc;
use std::time::Duration;

/// Everything that can go wrong when calling the API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An argument cannot be sent as given (e.g. an empty path parameter).
    #[error("invalid argument `{name}`: {reason}")]
    InvalidArgument {
        /// The parameter's name in the document.
        name: &'static str,
        /// Why it cannot be sent.
        reason: String,
    },
    /// The request did not complete: connection, TLS, timeout, or reading the body.
    #[error("request failed: {0}")]
    Transport(#[from] reqwest::Error),
    /// The server answered with an error status.
    #[error("the server answered {status}: {body}")]
    Api {
        /// The response status.
        status: reqwest::StatusCode,
        /// The response body, parsed when it has the documented error shape.
        body: ErrorBody,
    },
    /// The server answered with a success status, but the body does not decode.
    #[error("the {status} response body does not decode at `{path}`: {source}")]
    Decode {
        /// The response status.
        status: reqwest::StatusCode,
        /// The body as received.
        body: String,
        /// Where in the body decoding stopped, e.g. `items[2].created` (`.` for the
        /// body itself).
        path: String,
        /// What the decoder found.
        source: serde_json::Error,
    },
}

impl Error {
    /// The response status, for errors that carry one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidArgument { .. } => None,
        }
    }

    /// The error body in the schema the operation declares for its status, when that
    /// is not the document's error model.
    pub fn declared(&self) -> Option<&DeclaredError> {
        match self {
            Error::Api { body: ErrorBody::Declared(e), .. } => Some(e),
            _ => None,
        }
    }

    /// The parsed error body, when the server sent the documented error shape.
    pub fn api_error(&self) -> Option<&ErrorModel> {
        match self {
            Error::Api { body: ErrorBody::Parsed(e), .. } => Some(e),
            _ => None,
        }
    }
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// The documented error shape.
    Parsed(Box<ErrorModel>),
    /// The schema the operation declares for the status, when it is another.
    Declared(Box<DeclaredError>),
    /// Any other body (another JSON shape, HTML, text), as received.
    Raw(String),
}

impl std::fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ErrorBody::Parsed(e) => {
                match serde_json::to_string(e) {
                    Ok(text) => f.write_str(&text),
                    Err(_) => write!(f, "{e:?}"),
                }
            }
            ErrorBody::Declared(e) => write!(f, "{e:?}"),
            ErrorBody::Raw(text) if text.len() > 512 => {
                let cut = (0..=512)
                    .rev()
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(0);
                let shown = &text[..cut];
                write!(f, "{shown}...")
            }
            ErrorBody::Raw(text) => f.write_str(text),
        }
    }
}

/// A decoded success response with its status and headers.
#[derive(Debug, Clone)]
pub struct Answer<T> {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The decoded body.
    pub body: T,
}

/// A request on its way: `.await` it for the decoded response. Each request builder's
/// `send` and `send_with_headers` return one, and `.await` on a builder runs one. It
/// borrows nothing, so it can be moved to another task.
#[must_use = "the request is not sent until the future is awaited"]
pub struct ResponseFuture<T> {
    fetch: support::Fetch,
    decode: fn(support::Fetched) -> Result<T, Error>,
}

impl<T> std::fmt::Debug for ResponseFuture<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}

impl<T> Future for ResponseFuture<T> {
    type Output = Result<T, Error>;

    fn poll(
        self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.get_mut();
        this.fetch.as_mut().poll(cx).map(|fetched| fetched.and_then(this.decode))
    }
}

/// A server the document names: a URL template and its variables. The base URL a
/// [`Client`] is built with can be one of these, filled in, or any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Server {
    /// The URL as the document writes it, with `{variable}`s (it may be relative to
    /// where the document is served).
    pub url: &'static str,
    /// What the document says of it.
    pub description: Option<&'static str>,
    /// The variables of `url`.
    pub variables: &'static [ServerVariable],
}

/// A variable of a [`Server`]'s URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerVariable {
    /// Its name in the URL.
    pub name: &'static str,
    /// The value used when none is given.
    pub default: &'static str,
    /// The values allowed, when the document limits them (else any).
    pub allowed: &'static [&'static str],
    /// What the document says of it.
    pub description: Option<&'static str>,
}

impl Server {
    /// The URL with every variable at its default.
    pub fn default_url(&self) -> String {
        self.fill(&[]).unwrap_or_else(|_| self.url.to_owned())
    }

    /// The URL with the given `(variable, value)` pairs, the other variables at their
    /// defaults. Refuses a variable the server does not have, or a value outside the
    /// variable's allowed values.
    pub fn url_with(&self, values: &[(&str, &str)]) -> Result<String, Error> {
        self.fill(values)
    }

    fn fill(&self, values: &[(&str, &str)]) -> Result<String, Error> {
        for (name, value) in values {
            let Some(variable) = self.variables.iter().find(|v| v.name == *name) else {
                return Err(Error::InvalidArgument {
                    name: "server variable",
                    reason: format!("{} has no variable {name:?}", self.url),
                });
            };
            if !variable.allowed.is_empty() && !variable.allowed.contains(value) {
                return Err(Error::InvalidArgument {
                    name: variable.name,
                    reason: format!("{value:?} is not one of {:?}", variable.allowed),
                });
            }
        }
        let mut url = self.url.to_owned();
        for variable in self.variables {
            let value = values
                .iter()
                .find(|(n, _)| *n == variable.name)
                .map_or(variable.default, |(_, v)| v);
            url = url.replace(&format!("{{{}}}", variable.name), value);
        }
        Ok(url)
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    token: Option<support::Secret>,
    /// The credential of each scheme of `SECURITY_SCHEMES`, as sent.
    credentials: Vec<Option<support::Secret>>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// Sends `Authorization: Bearer <token>` with every request. The token is also the
    /// credential of every bearer-token scheme of the document (`http` bearer, `oauth2`,
    /// `openIdConnect`) that has none of its own.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        let value = format!("Bearer {}", token.into());
        for (slot, (_, carrier)) in self
            .credentials
            .iter_mut()
            .zip(SECURITY_SCHEMES.iter())
        {
            if matches!(carrier, support::Carrier::Bearer) && slot.is_none() {
                *slot = Some(support::Secret(value.clone()));
            }
        }
        self.token = Some(support::Secret(value));
        self
    }

    /// Fails a request that takes longer than this, from connect to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header to send.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Uses this `reqwest::Client` (and its connection pool, proxy and TLS settings).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let base = self.base_url.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base)
            .map_err(|e| Error::InvalidArgument {
                name: "base_url",
                reason: format!("{base:?} is not a URL: {e}"),
            })?;
        if parsed.cannot_be_a_base() || parsed.query().is_some()
            || parsed.fragment().is_some()
        {
            return Err(Error::InvalidArgument {
                name: "base_url",
                reason: format!("{base:?} cannot be a base URL"),
            });
        }
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(token) = &self.token {
            headers
                .insert(
                    reqwest::header::AUTHORIZATION,
                    support::header_value("bearer_token", &token.0)?,
                );
        }
        if let Some(agent) = self.user_agent {
            let value = reqwest::header::HeaderValue::from_str(&agent)
                .map_err(|_| {
                    Error::InvalidArgument {
                        name: "user_agent",
                        reason: "the user agent holds characters a header cannot carry"
                            .to_owned(),
                    }
                })?;
            headers.insert(reqwest::header::USER_AGENT, value);
        }
        let mut credentials = Vec::with_capacity(self.credentials.len());
        for (slot, (name, carrier)) in self
            .credentials
            .into_iter()
            .zip(SECURITY_SCHEMES.iter())
        {
            credentials
                .push(
                    match slot {
                        None => None,
                        Some(secret) => {
                            Some(support::Credential::new(name, *carrier, secret.0)?)
                        }
                    },
                );
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder().build()?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                headers,
                credentials,
                timeout: self.timeout,
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base: String,
    headers: reqwest::header::HeaderMap,
    credentials: Vec<Option<support::Credential>>,
    timeout: Option<Duration>,
}

/// A client of the API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl Client {
    /// Starts configuring a client for the server at `base_url`
    /// (scheme, host, optional port and path prefix, e.g. `https://quay.example.com`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            token: None,
            credentials: vec![None; SECURITY_SCHEMES.len()],
            timeout: None,
            user_agent: None,
            http: None,
        }
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }
}

/// The machinery behind the operations. It lives in its own module, called by path,
/// so that no name an operation, parameter or security scheme takes can clash with it.
mod support {
    use super::{Client, ClientBuilder, DeclaredError, Error, ErrorBody, ErrorModel};

    /// A credential as configured, kept out of `Debug` output.
    #[derive(Clone)]
    pub(super) struct Secret(pub(super) String);

    impl std::fmt::Debug for Secret {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Secret(..)")
        }
    }

    /// Where a security scheme's credential travels.
    #[allow(dead_code, reason = "not every document has every kind of scheme")]
    #[derive(Debug, Clone, Copy)]
    pub(super) enum Carrier {
        /// `Authorization: Bearer <token>`.
        Bearer,
        /// `Authorization: Basic <base64(username:password)>`.
        Basic,
        /// An API key in this header.
        Header(&'static str),
        /// An API key in this query parameter.
        Query(&'static str),
        /// An API key in this cookie.
        Cookie(&'static str),
    }

    /// A checked credential, ready to send.
    #[derive(Debug)]
    pub(super) enum Credential {
        Header(reqwest::header::HeaderName, reqwest::header::HeaderValue),
        Query(&'static str, Secret),
        Cookie(&'static str, Secret),
    }

    impl Credential {
        pub(super) fn new(
            scheme: &'static str,
            carrier: Carrier,
            value: String,
        ) -> Result<Self, Error> {
            Ok(
                match carrier {
                    Carrier::Bearer | Carrier::Basic => {
                        Credential::Header(
                            reqwest::header::AUTHORIZATION,
                            header_value(scheme, &value)?,
                        )
                    }
                    Carrier::Header(name) => {
                        let name = reqwest::header::HeaderName::from_static(name);
                        Credential::Header(name, header_value(scheme, &value)?)
                    }
                    Carrier::Query(name) => Credential::Query(name, Secret(value)),
                    Carrier::Cookie(name) => Credential::Cookie(name, Secret(value)),
                },
            )
        }
    }

    /// A sensitive header value.
    pub(super) fn header_value(
        name: &'static str,
        value: &str,
    ) -> Result<reqwest::header::HeaderValue, Error> {
        let mut value = reqwest::header::HeaderValue::from_str(value)
            .map_err(|_| Error::InvalidArgument {
                name,
                reason: "the credential holds characters a header cannot carry"
                    .to_owned(),
            })?;
        value.set_sensitive(true);
        Ok(value)
    }

    /// Stores the credential of security scheme `index`.
    #[allow(dead_code, reason = "not every document has security schemes")]
    pub(super) fn set_credential(
        mut builder: ClientBuilder,
        index: usize,
        value: String,
    ) -> ClientBuilder {
        builder.credentials[index] = Some(Secret(value));
        builder
    }

    /// `Basic <base64(username:password)>`.
    #[allow(dead_code, reason = "not every document has basic authentication")]
    pub(super) fn basic(username: &str, password: &str) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let input = format!("{username}:{password}");
        let mut out = String::from("Basic ");
        for chunk in input.as_bytes().chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// Starts a request URL: the base URL with room for the path.
    pub(super) fn url(client: &Client) -> String {
        let base = &client.inner.base;
        let mut url = String::with_capacity(base.len() + 96);
        url.push_str(base);
        url
    }

    /// The request for `url`, with the credentials of the first of `security`'s
    /// alternatives (each a list of indices into `SECURITY_SCHEMES`) that the client
    /// has every credential for; none when it has none of them.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn request(
        client: &Client,
        method: reqwest::Method,
        url: String,
        security: &[&[usize]],
    ) -> reqwest::RequestBuilder {
        request_with_cookies(client, method, url, String::new(), security)
    }

    /// [`request`] with cookie parameters (`name=value` pairs joined by `; `).
    pub(super) fn request_with_cookies(
        client: &Client,
        method: reqwest::Method,
        mut url: String,
        mut cookies: String,
        security: &[&[usize]],
    ) -> reqwest::RequestBuilder {
        let inner = &client.inner;
        let chosen = security
            .iter()
            .find(|schemes| {
                schemes
                    .iter()
                    .all(|i| inner.credentials.get(*i).is_some_and(Option::is_some))
            })
            .copied()
            .unwrap_or_default();
        let mut headers = reqwest::header::HeaderMap::new();
        for credential in chosen
            .iter()
            .filter_map(|i| inner.credentials.get(*i).and_then(Option::as_ref))
        {
            match credential {
                Credential::Header(name, value) => {
                    headers.insert(name.clone(), value.clone());
                }
                Credential::Query(name, value) => push_query(&mut url, name, &value.0),
                Credential::Cookie(name, value) => {
                    push_cookie(&mut cookies, name, &value.0)
                }
            }
        }
        if !cookies.is_empty() {
            if let Ok(mut value) = reqwest::header::HeaderValue::from_str(&cookies) {
                value.set_sensitive(true);
                headers.insert(reqwest::header::COOKIE, value);
            }
        }
        let mut request = inner
            .http
            .request(method, url)
            .headers(inner.headers.clone())
            .headers(headers);
        if let Some(timeout) = inner.timeout {
            request = request.timeout(timeout);
        }
        request
    }

    /// Builds a request and decodes its response: implemented by every operation's
    /// request builder.
    pub(super) trait Prepare: Sized {
        /// The decoded success body.
        type Output;

        /// The request, ready to send.
        fn prepare(self) -> Result<reqwest::RequestBuilder, Error>;

        /// The error body of `status` in the schema the operation declares for it, when
        /// that is not the document's error model.
        fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
            let _ = (status, text);
            None
        }

        /// How the success body of `status` is read.
        fn read(status: u16) -> Read {
            let _ = status;
            Read::Bytes
        }

        /// Decodes the success body of `status`, read whole.
        fn decode(
            status: reqwest::StatusCode,
            body: Body,
        ) -> Result<Self::Output, Error>;
    }

    /// Decodes an error body into the schema an operation declares for its status.
    pub(super) type Declared = fn(u16, &str) -> Option<DeclaredError>;

    /// The non-generic part of sending: the request, sent, and its response read whole.
    pub(super) type Fetch = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Fetched, Error>> + Send>,
    >;

    /// A success response read whole.
    pub(super) struct Fetched {
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Body,
    }

    /// How a success body is read.
    #[allow(dead_code, reason = "not every document has text bodies")]
    pub(super) enum Read {
        /// As bytes.
        Bytes,
        /// As text, in the charset of its `Content-Type` (as `reqwest::Response::text`).
        Text,
    }

    /// A success body as read (see [`Read`]).
    pub(super) enum Body {
        Bytes(Vec<u8>),
        Text(String),
    }

    impl Body {
        fn into_bytes(self) -> Vec<u8> {
            match self {
                Body::Bytes(bytes) => bytes,
                Body::Text(text) => text.into_bytes(),
            }
        }

        fn into_text(self) -> String {
            match self {
                Body::Bytes(bytes) => {
                    String::from_utf8(bytes)
                        .unwrap_or_else(|e| {
                            String::from_utf8_lossy(e.as_bytes()).into_owned()
                        })
                }
                Body::Text(text) => text,
            }
        }
    }

    /// Sends an operation's request; the future decodes the success body.
    pub(super) fn send<P: Prepare>(operation: P) -> super::ResponseFuture<P::Output> {
        super::ResponseFuture {
            fetch: start(operation.prepare(), P::declared_error, P::read),
            decode: decode::<P>,
        }
    }

    /// [`send`], keeping the response's status and headers.
    pub(super) fn send_with_headers<P: Prepare>(
        operation: P,
    ) -> super::ResponseFuture<super::Answer<P::Output>> {
        super::ResponseFuture {
            fetch: start(operation.prepare(), P::declared_error, P::read),
            decode: answer::<P>,
        }
    }

    fn decode<P: Prepare>(fetched: Fetched) -> Result<P::Output, Error> {
        P::decode(fetched.status, fetched.body)
    }

    fn answer<P: Prepare>(fetched: Fetched) -> Result<super::Answer<P::Output>, Error> {
        let Fetched { status, headers, body } = fetched;
        let body = P::decode(status, body)?;
        Ok(super::Answer {
            status,
            headers,
            body,
        })
    }

    fn start(
        request: Result<reqwest::RequestBuilder, Error>,
        declared: Declared,
        read: fn(u16) -> Read,
    ) -> Fetch {
        Box::pin(fetch(request, declared, read))
    }

    /// Sends a request and reads the success response whole; error statuses become
    /// [`Error::Api`].
    async fn fetch(
        request: Result<reqwest::RequestBuilder, Error>,
        declared: Declared,
        read: fn(u16) -> Read,
    ) -> Result<Fetched, Error> {
        let mut response = execute(request?, declared).await?;
        let status = response.status();
        if let Read::Text = read(status.as_u16()) {
            let headers = response.headers().clone();
            let body = Body::Text(response.text().await?);
            Ok(Fetched { status, headers, body })
        } else {
            let headers = std::mem::take(response.headers_mut());
            let body = Body::Bytes(response.bytes().await?.into());
            Ok(Fetched { status, headers, body })
        }
    }

    /// Sends a request; error statuses become [`Error::Api`].
    async fn execute(
        request: reqwest::RequestBuilder,
        declared: Declared,
    ) -> Result<reqwest::Response, Error> {
        let response = request.send().await?;
        let status = response.status();
        if status.is_client_error() || status.is_server_error() {
            let text = response.text().await?;
            let body = match declared(status.as_u16(), &text) {
                Some(body) => ErrorBody::Declared(Box::new(body)),
                None => {
                    match serde_json::from_str::<ErrorModel>(&text) {
                        Ok(parsed) => ErrorBody::Parsed(Box::new(parsed)),
                        Err(_) => ErrorBody::Raw(text),
                    }
                }
            };
            return Err(Error::Api { status, body });
        }
        Ok(response)
    }

    /// Decodes a JSON success body. The path to a failure is found by decoding again,
    /// tracking it: tracking every body would cost each response time.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn json<T: serde::de::DeserializeOwned>(
        status: reqwest::StatusCode,
        body: Body,
    ) -> Result<T, Error> {
        let bytes = body.into_bytes();
        if let Ok(value) = serde_json::from_slice(&bytes) {
            return Ok(value);
        }
        serde_path_to_error::deserialize(
                &mut serde_json::Deserializer::from_slice(&bytes),
            )
            .map_err(|e| Error::Decode {
                status,
                body: String::from_utf8_lossy(&bytes).into_owned(),
                path: e.path().to_string(),
                source: e.into_inner(),
            })
    }

    /// Discards a success body.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn empty(status: reqwest::StatusCode, body: Body) -> Result<(), Error> {
        let _ = (status, body);
        Ok(())
    }

    /// A success body as text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn text(
        status: reqwest::StatusCode,
        body: Body,
    ) -> Result<String, Error> {
        let _ = status;
        Ok(body.into_text())
    }

    /// A success body as bytes.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn bytes(
        status: reqwest::StatusCode,
        body: Body,
    ) -> Result<Vec<u8>, Error> {
        let _ = status;
        Ok(body.into_bytes())
    }

    /// Characters a path segment keeps as they are: RFC 3986 unreserved, `:` and `@`,
    /// and the sub-delimiters no common server reads a meaning into (`&`, `+`, `;`
    /// and `=` are encoded).
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b':')
        .remove(b'@')
        .remove(b'!')
        .remove(b'$')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')')
        .remove(b'*')
        .remove(b',');
    /// Appends a path parameter that shares its segment with text after it, which
    /// starts with `stop`: `stop` is encoded in the value too, so that the server can
    /// tell where the value ends (`{name}.zip` sends `a.b` as `a%2Eb`).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path_part(
        url: &mut String,
        name: &'static str,
        value: &str,
        stop: char,
    ) -> Result<(), Error> {
        if value.is_empty() {
            return Err(Error::InvalidArgument {
                name,
                reason: "must not be empty".to_owned(),
            });
        }
        let encoded = percent_encoding::utf8_percent_encode(value, SEGMENT).to_string();
        let mut buffer = [0; 4];
        let stop_text = stop.encode_utf8(&mut buffer);
        let kept = stop.is_ascii()
            && percent_encoding::utf8_percent_encode(stop_text, SEGMENT).to_string()
                == *stop_text;
        if kept {
            url.push_str(&encoded.replace(stop, &format!("%{:02X}", stop as u32)));
        } else {
            url.push_str(&encoded);
        }
        Ok(())
    }

    /// Appends a path parameter, percent-encoded. With `allow_slash`, each `/` in the
    /// value stays literal and separates segments, which must then be non-empty.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path(
        url: &mut String,
        name: &'static str,
        value: &str,
        allow_slash: bool,
    ) -> Result<(), Error> {
        let invalid = |reason: &str| Error::InvalidArgument {
            name,
            reason: reason.to_owned(),
        };
        if value.is_empty() {
            return Err(invalid("must not be empty"));
        }
        let mut first = true;
        let parts: &mut dyn Iterator<Item = &str> = if allow_slash {
            &mut value.split('/')
        } else {
            &mut std::iter::once(value)
        };
        for part in parts {
            if part.is_empty() || part == "." || part == ".." {
                return Err(invalid("has an empty, `.` or `..` path segment"));
            }
            if !first {
                url.push('/');
            }
            first = false;
            url.extend(percent_encoding::utf8_percent_encode(part, SEGMENT));
        }
        Ok(())
    }

    /// What a path segment encodes, and `,`, which separates array items.
    const ITEM: &percent_encoding::AsciiSet = &SEGMENT.add(b',');

    /// Appends an array path parameter filling its segment, `a,b` (simple style): each
    /// item percent-encoded (an item's own `,` too), then joined by `,`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path_items(
        url: &mut String,
        name: &'static str,
        items: &[String],
    ) -> Result<(), Error> {
        if items.is_empty() || items == [""] {
            return Err(Error::InvalidArgument {
                name,
                reason: "must not be empty".to_owned(),
            });
        }
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                url.push(',');
            }
            url.extend(percent_encoding::utf8_percent_encode(item, ITEM));
        }
        Ok(())
    }

    /// Appends `name=value` to the query, starting it with `?` when needed.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_query(
        url: &mut String,
        name: &str,
        value: &dyn std::fmt::Display,
    ) {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
        url.push('=');
        let value = value.to_string();
        url.extend(form_urlencoded::byte_serialize(value.as_bytes()));
    }

    /// Appends an array as one query pair, `name=a,b`: each item encoded, then joined
    /// by `separator` (`,`, `%20` or `|`). An empty array sends nothing.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_query_joined<T: std::fmt::Display>(
        url: &mut String,
        name: &str,
        items: &[T],
        separator: &str,
    ) {
        if items.is_empty() {
            return;
        }
        url.push(if url.contains('?') { '&' } else { '?' });
        url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
        url.push('=');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                url.push_str(separator);
            }
            let item = item.to_string();
            url.extend(form_urlencoded::byte_serialize(item.as_bytes()));
        }
    }

    /// The text a parameter carries for a scalar held as JSON: a string as it is, a
    /// number or boolean as its JSON text. Objects and arrays have no such text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    fn scalar_text(
        name: &'static str,
        value: &serde_json::Value,
    ) -> Result<String, Error> {
        match value {
            serde_json::Value::String(s) => Ok(s.clone()),
            serde_json::Value::Number(n) => Ok(n.to_string()),
            serde_json::Value::Bool(b) => Ok(b.to_string()),
            serde_json::Value::Null => Ok(String::new()),
            _ => {
                Err(Error::InvalidArgument {
                    name,
                    reason: "an object or array cannot be sent as a parameter's text"
                        .to_owned(),
                })
            }
        }
    }

    /// The text of a parameter whose type is a union or enum of scalars, or untyped:
    /// the text of the value it holds.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_text<T: serde::Serialize + ?Sized>(
        name: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::InvalidArgument {
                name,
                reason: e.to_string(),
            })?;
        scalar_text(name, &value)
    }

    /// The texts a union parameter's value travels as in an exploded query: one for a
    /// scalar, one per item for an array.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_text_items<T: serde::Serialize + ?Sized>(
        name: &'static str,
        value: &T,
    ) -> Result<Vec<String>, Error> {
        match serde_json::to_value(value)
            .map_err(|e| Error::InvalidArgument {
                name,
                reason: e.to_string(),
            })?
        {
            serde_json::Value::Array(items) => {
                items.iter().map(|item| scalar_text(name, item)).collect()
            }
            other => Ok(vec![scalar_text(name, & other) ?]),
        }
    }

    /// The texts of an array parameter's items (see [`param_text`]).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_texts<T: serde::Serialize>(
        name: &'static str,
        items: &[T],
    ) -> Result<Vec<String>, Error> {
        items.iter().map(|item| param_text(name, item)).collect()
    }

    /// A `content: application/json` parameter's value: its JSON text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn json_text<T: serde::Serialize + ?Sized>(
        name: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        serde_json::to_string(value)
            .map_err(|e| Error::InvalidArgument {
                name,
                reason: e.to_string(),
            })
    }

    /// An object or map parameter's entries as text pairs, by key (whatever order
    /// `serde_json` keeps); absent and null properties are left out.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn entries<T: serde::Serialize + ?Sized>(
        name: &'static str,
        value: &T,
    ) -> Result<Vec<(String, String)>, Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::InvalidArgument {
                name,
                reason: e.to_string(),
            })?;
        let serde_json::Value::Object(map) = value else {
            return Err(Error::InvalidArgument {
                name,
                reason: "expected an object".to_owned(),
            });
        };
        let mut out = Vec::new();
        for (key, value) in map {
            if value.is_null() {
                continue;
            }
            out.push((key, scalar_text(name, &value)?));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// How an object parameter travels in the query.
    #[allow(dead_code, reason = "not every document needs every style")]
    #[derive(Clone, Copy)]
    pub(super) enum ObjectStyle {
        /// `form`, exploded: each entry a pair of its own, `key=value`.
        Exploded,
        /// `form`, not exploded: one pair, `name=k1,v1,k2,v2`.
        Flat,
    }

    /// A value as bracketed keys under `name` (`deepObject`, and form fields encoded
    /// so): `name[key]=v` for an object's entries (by key) and `name[0]=v` for an
    /// array's items, to any depth, and `name=v` for a scalar. Null properties are left out;
    /// an empty array or object is `name=` (an empty value), so that it is not lost.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn nested_pairs<T: serde::Serialize + ?Sized>(
        name: &'static str,
        value: &T,
    ) -> Result<Vec<(String, String)>, Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::InvalidArgument {
                name,
                reason: e.to_string(),
            })?;
        let mut out = Vec::new();
        nested_into(name, name.to_owned(), &value, &mut out)?;
        Ok(out)
    }

    fn nested_into(
        name: &'static str,
        key: String,
        value: &serde_json::Value,
        out: &mut Vec<(String, String)>,
    ) -> Result<(), Error> {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(text) => out.push((key, text.clone())),
            serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
                out.push((key, value.to_string()))
            }
            serde_json::Value::Array(items) if items.is_empty() => {
                out.push((key, String::new()))
            }
            serde_json::Value::Object(map) if map.is_empty() => {
                out.push((key, String::new()))
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.is_null() {
                        return Err(Error::InvalidArgument {
                            name,
                            reason: format!(
                                "{key}[{i}] is null, which bracketed keys cannot carry"
                            ),
                        });
                    }
                    nested_into(name, format!("{key}[{i}]"), item, out)?;
                }
            }
            serde_json::Value::Object(map) => {
                let mut entries: Vec<_> = map.iter().collect();
                entries.sort_by_key(|(k, _)| *k);
                for (k, v) in entries {
                    if k.is_empty() || k.contains(['[', ']']) {
                        return Err(Error::InvalidArgument {
                            name,
                            reason: format!(
                                "the key {k:?} under {key} is empty or holds `[` or `]`, which delimit bracketed keys"
                            ),
                        });
                    }
                    nested_into(name, format!("{key}[{k}]"), v, out)?;
                }
            }
        }
        Ok(())
    }

    /// Appends a `deepObject` query parameter (see [`nested_pairs`]).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_nested<T: serde::Serialize + ?Sized>(
        url: &mut String,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        for (key, text) in nested_pairs(name, value)? {
            push_query(url, &key, &text);
        }
        Ok(())
    }

    /// Appends an object or map parameter to the query. `reserved` lists the keys an
    /// exploded map's entries cannot take (other parameters'; a name ending in `[`
    /// is a prefix): the server would take them for those.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_object(
        url: &mut String,
        name: &'static str,
        entries: Vec<(String, String)>,
        style: ObjectStyle,
        reserved: &[&str],
    ) -> Result<(), Error> {
        match style {
            ObjectStyle::Exploded => {
                for (key, value) in &entries {
                    let taken = reserved
                        .iter()
                        .any(|r| match r.strip_suffix('[') {
                            Some(prefix) => key.starts_with(&format!("{prefix}[")),
                            None => r == key,
                        });
                    if taken {
                        return Err(Error::InvalidArgument {
                            name,
                            reason: format!(
                                "the key {key:?} is another query parameter's"
                            ),
                        });
                    }
                    push_query(url, key, value);
                }
            }
            ObjectStyle::Flat => {
                if entries.is_empty() {
                    return Ok(());
                }
                let mut items = Vec::new();
                for (key, value) in &entries {
                    items.push(key.as_str());
                    items.push(value.as_str());
                }
                push_query_joined(url, name, &items, ",");
            }
        }
        Ok(())
    }

    /// An object header parameter's value: `k1,v1,k2,v2`, or with `pairs`
    /// (`explode: true`) `k1=v1,k2=v2`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn object_header(
        name: &'static str,
        entries: Vec<(String, String)>,
        pairs: bool,
    ) -> Result<String, Error> {
        let mut out = Vec::new();
        for (key, value) in entries {
            if key.contains([',', '=']) || value.contains(',') {
                return Err(Error::InvalidArgument {
                    name,
                    reason: format!(
                        "{key:?}: `,` and `=` separate keys and values in this header, and cannot be part of one"
                    ),
                });
            }
            if pairs {
                out.push(format!("{key}={value}"));
            } else {
                out.push(key);
                out.push(value);
            }
        }
        Ok(out.join(","))
    }

    /// The items of an array header value, joined by `,`. Header values are not
    /// percent-encoded, so an item holding a `,` cannot be told apart and is refused.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn join<T: std::fmt::Display>(
        name: &'static str,
        items: &[T],
    ) -> Result<String, Error> {
        let items: Vec<String> = items.iter().map(ToString::to_string).collect();
        if let Some(item) = items.iter().find(|item| item.contains(',')) {
            return Err(Error::InvalidArgument {
                name,
                reason: format!(
                    "{item:?}: `,` separates the items of this header, and cannot be part of one"
                ),
            });
        }
        Ok(items.join(","))
    }

    /// The texts of an array's items.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn texts<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
        items.iter().map(ToString::to_string).collect()
    }

    /// Characters a cookie value cannot hold as they are (RFC 6265 `cookie-octet`),
    /// and `%`, which escapes them.
    const COOKIE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b',')
        .add(b';')
        .add(b'\\')
        .add(b'%');
    /// Appends `name=value` to a `Cookie` header, the value percent-encoded.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_cookie(
        cookies: &mut String,
        name: &str,
        value: &dyn std::fmt::Display,
    ) {
        push_cookie_items(cookies, name, &[value.to_string()]);
    }

    /// Appends `name=a,b` to a `Cookie` header: each item percent-encoded (an item's
    /// own `,` too), then joined by `,`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_cookie_items(cookies: &mut String, name: &str, items: &[String]) {
        if !cookies.is_empty() {
            cookies.push_str("; ");
        }
        cookies.push_str(name);
        cookies.push('=');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                cookies.push(',');
            }
            cookies.extend(percent_encoding::utf8_percent_encode(item, COOKIE));
        }
    }
}
