// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! The server side: implement [`Api`] (and [`Authenticator`]), then serve [`router`].
#![allow(clippy::result_large_err)]

use super::types;
use std::future::Future;

/// The body of error responses.
pub type ErrorModel = types::ApiError;

/// Prefix of the `type` of error bodies the router writes.
const ERROR_TYPE_BASE: &str = "/api/v1/error/";

/// The OpenAPI document this crate was generated from, as JSON.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

fn api_error(status: u16, title: &str, detail: String) -> ErrorModel {
    #[allow(clippy::needless_update)]
    types::ApiError {
        status: i64::from(status),
        title: title.to_owned(),
        error_message: Some(detail.clone()),
        error_type: Some(title.to_owned()),
        type_: format!("{ERROR_TYPE_BASE}{title}"),
        detail,
        ..Default::default()
    }
}

fn error_status(e: &ErrorModel) -> u16 {
    u16::try_from(e.status).unwrap_or(500)
}

/// One method per operation of the document. Every method has a default that
/// answers 501 Not Implemented, so an implementation provides only what it serves.
///
/// The router calls a method only after the request passed authentication, the
/// operation's scope check, and decoding and validation of its parameters and body.
pub trait Api: Send + Sync + 'static {
    /// Get public information on an OAuth application.
    ///
    /// Get information on the specified application: its name, description, URI, avatar and owning organization. Needs no authentication.
    ///
    /// `GET /api/v1/app/{client_id}` (operation `getApplicationInformation`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_application_information(
        &self,
        context: RequestContext,
        params: GetApplicationInformationParams,
    ) -> impl Future<
        Output = Result<GetApplicationInformationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getApplicationInformation"))
        }
    }

    /// Describe the API.
    ///
    /// The API's description. Quay itself answers with its endpoints as a Swagger 2.0 document; a server generated from this description, such as the example server, answers with this OpenAPI 3.0.3 document, its `servers` pointing at the server that answers. No authentication is needed.
    ///
    /// `GET /api/v1/discovery` (operation `discovery`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers with this server's OpenAPI document, its `servers` pointing at this server.
    fn discovery(
        &self,
        context: RequestContext,
        params: DiscoveryParams,
    ) -> impl Future<Output = Result<DiscoveryResponse, ErrorModel>> + Send {
        async move {
            let document = openapi_document(&context.headers);
            let _ = (context, params);
            document.map(DiscoveryResponse::Ok)
        }
    }

    /// Find entities by prefix.
    ///
    /// Get a list of entities that match the specified prefix.
    ///
    /// `GET /api/v1/entities/{prefix}` (operation `getMatchingEntities`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_matching_entities(
        &self,
        context: RequestContext,
        params: GetMatchingEntitiesParams,
    ) -> impl Future<Output = Result<GetMatchingEntitiesResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getMatchingEntities"))
        }
    }

    /// Describe an error type.
    ///
    /// Get a detailed description of the error.
    ///
    /// `GET /api/v1/error/{error_type}` (operation `getErrorDescription`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_error_description(
        &self,
        context: RequestContext,
        params: GetErrorDescriptionParams,
    ) -> impl Future<Output = Result<GetErrorDescriptionResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getErrorDescription"))
        }
    }

    /// Search entities and resources.
    ///
    /// Get a list of entities and resources that match the specified query: teams and robots (for an authenticated user), repositories, users and organizations, sorted by score. An empty query returns no results.
    ///
    /// `GET /api/v1/find/all` (operation `conductSearch`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn conduct_search(
        &self,
        context: RequestContext,
        params: ConductSearchParams,
    ) -> impl Future<Output = Result<ConductSearchResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("conductSearch"))
        }
    }

    /// Search repositories.
    ///
    /// Get a list of apps and repositories that match the specified query. Pages hold SEARCH\_RESULTS\_PER\_PAGE results (default 10); page is clamped to 1..SEARCH\_MAX\_RESULT\_PAGE\_COUNT (default 10); has\_additional tells whether another page follows.
    ///
    /// `GET /api/v1/find/repositories` (operation `conductRepoSearch`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn conduct_repo_search(
        &self,
        context: RequestContext,
        params: ConductRepoSearchParams,
    ) -> impl Future<Output = Result<ConductRepoSearchResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("conductRepoSearch"))
        }
    }

    /// Delete a global message.
    ///
    /// Delete a message. Superusers only; requires a fresh login.
    ///
    /// `DELETE /api/v1/message/{uuid}` (operation `deleteGlobalMessage`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_global_message(
        &self,
        context: RequestContext,
        params: DeleteGlobalMessageParams,
    ) -> impl Future<Output = Result<DeleteGlobalMessageResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteGlobalMessage"))
        }
    }

    /// List the global messages.
    ///
    /// Return a super users messages. No authentication is needed.
    ///
    /// `GET /api/v1/messages` (operation `getGlobalMessages`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_global_messages(
        &self,
        context: RequestContext,
    ) -> impl Future<Output = Result<GetGlobalMessagesResponse, ErrorModel>> + Send {
        async move {
            let _ = context;
            Err(not_implemented("getGlobalMessages"))
        }
    }

    /// Create a global message.
    ///
    /// Create a message shown to all users. Superusers only; requires a fresh login.
    ///
    /// `POST /api/v1/messages` (operation `createGlobalMessage`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_global_message(
        &self,
        context: RequestContext,
        body: types::CreateMessage,
    ) -> impl Future<Output = Result<CreateGlobalMessageResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createGlobalMessage"))
        }
    }

    /// Create a new organization.
    ///
    /// Create a new organization owned by the authenticated user. Fails with 400 if a user or organization with this name already exists. When `FEATURE_MAILING` is enabled an `email` is required; when `FEATURE_RECAPTCHA` is enabled a valid `recaptcha_response` is required (unless the user is whitelisted). Restricted users cannot create organizations, and with `FEATURE_SUPERUSERS_ORG_CREATION_ONLY` only superusers can.
    ///
    /// `POST /api/v1/organization/` (operation `createOrganization`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization(
        &self,
        context: RequestContext,
        body: types::NewOrg,
    ) -> impl Future<Output = Result<CreateOrganizationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createOrganization"))
        }
    }

    /// Get an organization.
    ///
    /// Get the details for the specified organization. Team details are included only for members; e-mail, invoicing and tag-expiration fields only for administrators; quota fields only for members when quota management is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}` (operation `getOrganization`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization(
        &self,
        context: RequestContext,
        params: GetOrganizationParams,
    ) -> impl Future<Output = Result<GetOrganizationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganization"))
        }
    }

    /// Change the details of an organization.
    ///
    /// Change the details for the specified organization: contact e-mail, invoice e-mail settings and the tag expiration (the latter only when `FEATURE_CHANGE_TAG_EXPIRATION` is enabled). Requires organization administrator (or superuser).
    ///
    /// `PUT /api/v1/organization/{orgname}` (operation `changeOrganizationDetails`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_organization_details(
        &self,
        context: RequestContext,
        params: ChangeOrganizationDetailsParams,
        body: types::UpdateOrg,
    ) -> impl Future<
        Output = Result<ChangeOrganizationDetailsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeOrganizationDetails"))
        }
    }

    /// Delete an organization.
    ///
    /// Deletes the specified organization (it is marked for deletion and garbage-collected in the background). Requires organization administrator (or superuser) and a fresh login.
    ///
    /// `DELETE /api/v1/organization/{orgname}` (operation `deleteAdminedOrganization`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_admined_organization(
        &self,
        context: RequestContext,
        params: DeleteAdminedOrganizationParams,
    ) -> impl Future<
        Output = Result<DeleteAdminedOrganizationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteAdminedOrganization"))
        }
    }

    /// Get the aggregated logs of an organization.
    ///
    /// Gets the aggregated logs for the specified organization. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/aggregatelogs` (operation `getAggregateOrgLogs`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_aggregate_org_logs(
        &self,
        context: RequestContext,
        params: GetAggregateOrgLogsParams,
    ) -> impl Future<Output = Result<GetAggregateOrgLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getAggregateOrgLogs"))
        }
    }

    /// List the OAuth applications of an organization.
    ///
    /// List the applications for the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/applications` (operation `getOrganizationApplications`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_applications(
        &self,
        context: RequestContext,
        params: GetOrganizationApplicationsParams,
    ) -> impl Future<
        Output = Result<GetOrganizationApplicationsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationApplications"))
        }
    }

    /// Create an OAuth application.
    ///
    /// Creates a new application under this organization.
    ///
    /// `POST /api/v1/organization/{orgname}/applications` (operation `createOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_application(
        &self,
        context: RequestContext,
        params: CreateOrganizationApplicationParams,
        body: types::NewApp,
    ) -> impl Future<
        Output = Result<CreateOrganizationApplicationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationApplication"))
        }
    }

    /// Get an OAuth application.
    ///
    /// Retrieves the application with the specified client\_id under the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/applications/{client_id}` (operation `getOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_application(
        &self,
        context: RequestContext,
        params: GetOrganizationApplicationParams,
    ) -> impl Future<
        Output = Result<GetOrganizationApplicationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationApplication"))
        }
    }

    /// Update an OAuth application.
    ///
    /// Updates an application under this organization.
    ///
    /// `PUT /api/v1/organization/{orgname}/applications/{client_id}` (operation `updateOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_organization_application(
        &self,
        context: RequestContext,
        params: UpdateOrganizationApplicationParams,
        body: types::UpdateApp,
    ) -> impl Future<
        Output = Result<UpdateOrganizationApplicationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateOrganizationApplication"))
        }
    }

    /// Delete an OAuth application.
    ///
    /// Deletes the application under this organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/applications/{client_id}` (operation `deleteOrganizationApplication`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_application(
        &self,
        context: RequestContext,
        params: DeleteOrganizationApplicationParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationApplicationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationApplication"))
        }
    }

    /// List the auto-prune policies of an organization.
    ///
    /// Lists the auto-prune policies for the organization. Available when FEATURE\_AUTO\_PRUNE is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/autoprunepolicy/` (operation `listOrganizationAutoPrunePolicies`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_organization_auto_prune_policies(
        &self,
        context: RequestContext,
        params: ListOrganizationAutoPrunePoliciesParams,
    ) -> impl Future<
        Output = Result<ListOrganizationAutoPrunePoliciesResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listOrganizationAutoPrunePolicies"))
        }
    }

    /// Create an auto-prune policy for an organization.
    ///
    /// Creates an auto-prune policy for the organization. A namespace can hold only one policy; creating a second one fails with 400.
    ///
    /// `POST /api/v1/organization/{orgname}/autoprunepolicy/` (operation `createOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_auto_prune_policy(
        &self,
        context: RequestContext,
        params: CreateOrganizationAutoPrunePolicyParams,
        body: types::AutoPrunePolicyConfig,
    ) -> impl Future<
        Output = Result<CreateOrganizationAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationAutoPrunePolicy"))
        }
    }

    /// Get an auto-prune policy of an organization.
    ///
    /// Fetches the auto-prune policy for the organization.
    ///
    /// `GET /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `getOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_auto_prune_policy(
        &self,
        context: RequestContext,
        params: GetOrganizationAutoPrunePolicyParams,
    ) -> impl Future<
        Output = Result<GetOrganizationAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationAutoPrunePolicy"))
        }
    }

    /// Update an auto-prune policy of an organization.
    ///
    /// Updates the auto-prune policy for the organization.
    ///
    /// `PUT /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `updateOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_organization_auto_prune_policy(
        &self,
        context: RequestContext,
        params: UpdateOrganizationAutoPrunePolicyParams,
        body: types::AutoPrunePolicyConfig,
    ) -> impl Future<
        Output = Result<UpdateOrganizationAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateOrganizationAutoPrunePolicy"))
        }
    }

    /// Delete an auto-prune policy of an organization.
    ///
    /// Deletes the auto-prune policy for the organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/autoprunepolicy/{policy_uuid}` (operation `deleteOrganizationAutoPrunePolicy`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_auto_prune_policy(
        &self,
        context: RequestContext,
        params: DeleteOrganizationAutoPrunePolicyParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationAutoPrunePolicy"))
        }
    }

    /// List outside collaborators of an organization.
    ///
    /// List outside collaborators of the specified organization: users that do not belong to any team in the organization but have direct permissions on one or more of its repositories.
    ///
    /// `GET /api/v1/organization/{orgname}/collaborators` (operation `getOrganizationCollaborators`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_collaborators(
        &self,
        context: RequestContext,
        params: GetOrganizationCollaboratorsParams,
    ) -> impl Future<
        Output = Result<GetOrganizationCollaboratorsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationCollaborators"))
        }
    }

    /// Export the logs of an organization.
    ///
    /// Exports the logs for the specified organization. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/organization/{orgname}/exportlogs` (operation `exportOrgLogs`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn export_org_logs(
        &self,
        context: RequestContext,
        params: ExportOrgLogsParams,
        body: types::ExportLogs,
    ) -> impl Future<Output = Result<ExportOrgLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("exportOrgLogs"))
        }
    }

    /// List the logs of an organization.
    ///
    /// List the logs for the specified organization.
    ///
    /// `GET /api/v1/organization/{orgname}/logs` (operation `listOrgLogs`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_org_logs(
        &self,
        context: RequestContext,
        params: ListOrgLogsParams,
    ) -> impl Future<Output = Result<ListOrgLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listOrgLogs"))
        }
    }

    /// List the members of an organization.
    ///
    /// List the human members of the specified organization (robots are left out), with their teams and direct repository permissions.
    ///
    /// `GET /api/v1/organization/{orgname}/members` (operation `getOrganizationMembers`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_members(
        &self,
        context: RequestContext,
        params: GetOrganizationMembersParams,
    ) -> impl Future<
        Output = Result<GetOrganizationMembersResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationMembers"))
        }
    }

    /// Get a member of an organization.
    ///
    /// Retrieves the details of a member of the organization (a user on one of its teams, or a robot of the organization): its teams and the repositories it has direct permissions on.
    ///
    /// `GET /api/v1/organization/{orgname}/members/{membername}` (operation `getOrganizationMember`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_member(
        &self,
        context: RequestContext,
        params: GetOrganizationMemberParams,
    ) -> impl Future<Output = Result<GetOrganizationMemberResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationMember"))
        }
    }

    /// Remove a member from an organization.
    ///
    /// Removes a member from an organization, revoking all its repository privileges and removing it from all teams in the organization.
    ///
    /// `DELETE /api/v1/organization/{orgname}/members/{membername}` (operation `removeOrganizationMember`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn remove_organization_member(
        &self,
        context: RequestContext,
        params: RemoveOrganizationMemberParams,
    ) -> impl Future<
        Output = Result<RemoveOrganizationMemberResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("removeOrganizationMember"))
        }
    }

    /// List the default permissions (prototypes) of an organization.
    ///
    /// List the existing prototypes for this organization.
    ///
    /// `GET /api/v1/organization/{orgname}/prototypes` (operation `getOrganizationPrototypePermissions`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_prototype_permissions(
        &self,
        context: RequestContext,
        params: GetOrganizationPrototypePermissionsParams,
    ) -> impl Future<
        Output = Result<GetOrganizationPrototypePermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationPrototypePermissions"))
        }
    }

    /// Create a default permission (prototype).
    ///
    /// Create a new permission prototype.
    ///
    /// `POST /api/v1/organization/{orgname}/prototypes` (operation `createOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_prototype_permission(
        &self,
        context: RequestContext,
        params: CreateOrganizationPrototypePermissionParams,
        body: types::NewPrototype,
    ) -> impl Future<
        Output = Result<CreateOrganizationPrototypePermissionResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationPrototypePermission"))
        }
    }

    /// Update the role of a default permission (prototype).
    ///
    /// Update the role of an existing permission prototype.
    ///
    /// `PUT /api/v1/organization/{orgname}/prototypes/{prototypeid}` (operation `updateOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_organization_prototype_permission(
        &self,
        context: RequestContext,
        params: UpdateOrganizationPrototypePermissionParams,
        body: types::PrototypeUpdate,
    ) -> impl Future<
        Output = Result<UpdateOrganizationPrototypePermissionResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateOrganizationPrototypePermission"))
        }
    }

    /// Delete a default permission (prototype).
    ///
    /// Delete an existing permission prototype.
    ///
    /// `DELETE /api/v1/organization/{orgname}/prototypes/{prototypeid}` (operation `deleteOrganizationPrototypePermission`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_prototype_permission(
        &self,
        context: RequestContext,
        params: DeleteOrganizationPrototypePermissionParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationPrototypePermissionResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationPrototypePermission"))
        }
    }

    /// Get the proxy cache configuration of an organization.
    ///
    /// Retrieves the proxy cache configuration of the organization. If none is configured, every field is an empty string. Requires organization membership. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/proxycache` (operation `getProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_proxy_cache_config(
        &self,
        context: RequestContext,
        params: GetProxyCacheConfigParams,
    ) -> impl Future<Output = Result<GetProxyCacheConfigResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getProxyCacheConfig"))
        }
    }

    /// Create the proxy cache configuration of an organization.
    ///
    /// Creates proxy cache configuration for the organization. Fails with 400 if one already exists. Requires organization administrator. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/proxycache` (operation `createProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_proxy_cache_config(
        &self,
        context: RequestContext,
        params: CreateProxyCacheConfigParams,
        body: types::NewProxyCacheConfig,
    ) -> impl Future<
        Output = Result<CreateProxyCacheConfigResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createProxyCacheConfig"))
        }
    }

    /// Delete the proxy cache configuration of an organization.
    ///
    /// Delete proxy cache configuration for the organization. 404 if none exists. Requires organization administrator. Note: Quay answers 201 with the JSON string "Deleted". Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/proxycache` (operation `deleteProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_proxy_cache_config(
        &self,
        context: RequestContext,
        params: DeleteProxyCacheConfigParams,
    ) -> impl Future<
        Output = Result<DeleteProxyCacheConfigResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteProxyCacheConfig"))
        }
    }

    /// List the quotas of an organization.
    ///
    /// Lists the storage quotas of the organization (at most one is supported). If none is defined and a system default (`DEFAULT_SYSTEM_REJECT_QUOTA_BYTES`) is configured, the system default is returned with `default_config: true`. Requires organization membership or superuser. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota` (operation `listOrganizationQuota`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_organization_quota(
        &self,
        context: RequestContext,
        params: ListOrganizationQuotaParams,
    ) -> impl Future<Output = Result<ListOrganizationQuotaResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listOrganizationQuota"))
        }
    }

    /// Create an organization quota.
    ///
    /// Create a new organization quota. Only one quota per organization is supported; a second one is refused with 400. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/quota` (operation `createOrganizationQuota`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_quota(
        &self,
        context: RequestContext,
        params: CreateOrganizationQuotaParams,
        body: types::NewOrgQuota,
    ) -> impl Future<
        Output = Result<CreateOrganizationQuotaResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationQuota"))
        }
    }

    /// Get an organization quota.
    ///
    /// Returns the given quota of the organization with its limits. Requires organization membership or superuser. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}` (operation `getOrganizationQuota`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_quota(
        &self,
        context: RequestContext,
        params: GetOrganizationQuotaParams,
    ) -> impl Future<Output = Result<GetOrganizationQuotaResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationQuota"))
        }
    }

    /// Change an organization quota.
    ///
    /// Changes the size limit of the given organization quota. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `PUT /api/v1/organization/{orgname}/quota/{quota_id}` (operation `changeOrganizationQuota`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_organization_quota(
        &self,
        context: RequestContext,
        params: ChangeOrganizationQuotaParams,
        body: types::UpdateOrgQuota,
    ) -> impl Future<
        Output = Result<ChangeOrganizationQuotaResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeOrganizationQuota"))
        }
    }

    /// Delete an organization quota.
    ///
    /// Deletes the given organization quota and its limits. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/quota/{quota_id}` (operation `deleteOrganizationQuota`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_quota(
        &self,
        context: RequestContext,
        params: DeleteOrganizationQuotaParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationQuotaResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationQuota"))
        }
    }

    /// List the limits of an organization quota.
    ///
    /// Lists the limits (warning and reject thresholds) of the given organization quota. Requires organization membership. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}/limit` (operation `listOrganizationQuotaLimit`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_organization_quota_limit(
        &self,
        context: RequestContext,
        params: ListOrganizationQuotaLimitParams,
    ) -> impl Future<
        Output = Result<ListOrganizationQuotaLimitResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listOrganizationQuotaLimit"))
        }
    }

    /// Create a limit on an organization quota.
    ///
    /// Creates a new limit (a `Warning` or `Reject` threshold, in percent of the quota) on the given organization quota. An identical limit is refused with 400. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/quota/{quota_id}/limit` (operation `createOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_quota_limit(
        &self,
        context: RequestContext,
        params: CreateOrganizationQuotaLimitParams,
        body: types::NewOrgQuotaLimit,
    ) -> impl Future<
        Output = Result<CreateOrganizationQuotaLimitResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationQuotaLimit"))
        }
    }

    /// Get a limit of an organization quota.
    ///
    /// Returns the given limit of the given organization quota. Requires organization membership. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `getOrganizationQuotaLimit`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_quota_limit(
        &self,
        context: RequestContext,
        params: GetOrganizationQuotaLimitParams,
    ) -> impl Future<
        Output = Result<GetOrganizationQuotaLimitResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationQuotaLimit"))
        }
    }

    /// Change a limit of an organization quota.
    ///
    /// Changes the type and/or threshold of the given limit. Superuser only. Quay answers with the whole parent quota (quota view with all its limits). Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `PUT /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `changeOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_organization_quota_limit(
        &self,
        context: RequestContext,
        params: ChangeOrganizationQuotaLimitParams,
        body: types::UpdateOrgQuotaLimit,
    ) -> impl Future<
        Output = Result<ChangeOrganizationQuotaLimitResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeOrganizationQuotaLimit"))
        }
    }

    /// Delete a limit of an organization quota.
    ///
    /// Deletes the given limit of the given organization quota. Superuser only. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `DELETE /api/v1/organization/{orgname}/quota/{quota_id}/limit/{limit_id}` (operation `deleteOrganizationQuotaLimit`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_quota_limit(
        &self,
        context: RequestContext,
        params: DeleteOrganizationQuotaLimitParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationQuotaLimitResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationQuotaLimit"))
        }
    }

    /// List an organization's robots.
    ///
    /// List the organization's robots. Tokens and permissions are only included for organization administrators.
    ///
    /// `GET /api/v1/organization/{orgname}/robots` (operation `getOrgRobots`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_org_robots(
        &self,
        context: RequestContext,
        params: GetOrgRobotsParams,
    ) -> impl Future<Output = Result<GetOrgRobotsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrgRobots"))
        }
    }

    /// Get one of an organization's robots.
    ///
    /// Returns the organization's robot with the specified name.
    ///
    /// `GET /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `getOrgRobot`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_org_robot(
        &self,
        context: RequestContext,
        params: GetOrgRobotParams,
    ) -> impl Future<Output = Result<GetOrgRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrgRobot"))
        }
    }

    /// Create a robot in an organization.
    ///
    /// Create a new robot in the organization. The body is optional.
    ///
    /// `PUT /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `createOrgRobot`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_org_robot(
        &self,
        context: RequestContext,
        params: CreateOrgRobotParams,
        body: Option<types::CreateRobot>,
    ) -> impl Future<Output = Result<CreateOrgRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrgRobot"))
        }
    }

    /// Delete one of an organization's robots.
    ///
    /// Delete an existing organization robot. Fails with 400 while the robot is used by a repository mirror.
    ///
    /// `DELETE /api/v1/organization/{orgname}/robots/{robot_shortname}` (operation `deleteOrgRobot`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_org_robot(
        &self,
        context: RequestContext,
        params: DeleteOrgRobotParams,
    ) -> impl Future<Output = Result<DeleteOrgRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrgRobot"))
        }
    }

    /// List the repository permissions of an organization's robot.
    ///
    /// Returns the list of repository permissions for the org's robot.
    ///
    /// `GET /api/v1/organization/{orgname}/robots/{robot_shortname}/permissions` (operation `getOrgRobotPermissions`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_org_robot_permissions(
        &self,
        context: RequestContext,
        params: GetOrgRobotPermissionsParams,
    ) -> impl Future<
        Output = Result<GetOrgRobotPermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrgRobotPermissions"))
        }
    }

    /// Regenerate the token of an organization's robot.
    ///
    /// Regenerates the token for an organization robot.
    ///
    /// `POST /api/v1/organization/{orgname}/robots/{robot_shortname}/regenerate` (operation `regenerateOrgRobotToken`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn regenerate_org_robot_token(
        &self,
        context: RequestContext,
        params: RegenerateOrgRobotTokenParams,
    ) -> impl Future<
        Output = Result<RegenerateOrgRobotTokenResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("regenerateOrgRobotToken"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_organization_team(
        &self,
        context: RequestContext,
        params: UpdateOrganizationTeamParams,
        body: types::TeamDescription,
    ) -> impl Future<
        Output = Result<UpdateOrganizationTeamResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateOrganizationTeam"))
        }
    }

    /// Delete a team.
    ///
    /// Delete the specified team.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}` (operation `deleteOrganizationTeam`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_team(
        &self,
        context: RequestContext,
        params: DeleteOrganizationTeamParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationTeamResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationTeam"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn invite_team_member_email(
        &self,
        context: RequestContext,
        params: InviteTeamMemberEmailParams,
    ) -> impl Future<Output = Result<InviteTeamMemberEmailResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("inviteTeamMemberEmail"))
        }
    }

    /// Delete an email invitation to a team.
    ///
    /// Delete an invite of an email address to join a team.
    ///
    /// `DELETE /api/v1/organization/{orgname}/team/{teamname}/invite/{email}` (operation `deleteTeamMemberEmailInvite`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_team_member_email_invite(
        &self,
        context: RequestContext,
        params: DeleteTeamMemberEmailInviteParams,
    ) -> impl Future<
        Output = Result<DeleteTeamMemberEmailInviteResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteTeamMemberEmailInvite"))
        }
    }

    /// List the members of a team.
    ///
    /// Retrieve the list of members for the specified team.
    ///
    /// `GET /api/v1/organization/{orgname}/team/{teamname}/members` (operation `getOrganizationTeamMembers`)
    ///
    /// Requires `org:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_team_members(
        &self,
        context: RequestContext,
        params: GetOrganizationTeamMembersParams,
    ) -> impl Future<
        Output = Result<GetOrganizationTeamMembersResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationTeamMembers"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_organization_team_member(
        &self,
        context: RequestContext,
        params: UpdateOrganizationTeamMemberParams,
    ) -> impl Future<
        Output = Result<UpdateOrganizationTeamMemberResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("updateOrganizationTeamMember"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_team_member(
        &self,
        context: RequestContext,
        params: DeleteOrganizationTeamMemberParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationTeamMemberResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationTeamMember"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_organization_team_permissions(
        &self,
        context: RequestContext,
        params: GetOrganizationTeamPermissionsParams,
    ) -> impl Future<
        Output = Result<GetOrganizationTeamPermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getOrganizationTeamPermissions"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn enable_organization_team_sync(
        &self,
        context: RequestContext,
        params: EnableOrganizationTeamSyncParams,
        body: types::TeamSyncConfig,
    ) -> impl Future<
        Output = Result<EnableOrganizationTeamSyncResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("enableOrganizationTeamSync"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn disable_organization_team_sync(
        &self,
        context: RequestContext,
        params: DisableOrganizationTeamSyncParams,
    ) -> impl Future<
        Output = Result<DisableOrganizationTeamSyncResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("disableOrganizationTeamSync"))
        }
    }

    /// Validate a proxy cache configuration.
    ///
    /// Validates a proxy cache configuration for the organization by contacting the upstream registry (`/v2/`) with the given credentials, without saving it. Answers 202 with "Valid" when the login succeeds, 202 with "Anonymous" when the registry answers 401 (anonymous access), and 400 otherwise. Requires organization administrator. Available only when `FEATURE_PROXY_CACHE` is enabled.
    ///
    /// `POST /api/v1/organization/{orgname}/validateproxycache` (operation `validateProxyCacheConfig`)
    ///
    /// Public: needs no authentication.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn validate_proxy_cache_config(
        &self,
        context: RequestContext,
        params: ValidateProxyCacheConfigParams,
        body: types::NewProxyCacheConfig,
    ) -> impl Future<
        Output = Result<ValidateProxyCacheConfigResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("validateProxyCacheConfig"))
        }
    }

    /// List repositories.
    ///
    /// Fetch the list of repositories visible to the current user under a variety of situations. At least one of namespace, starred or public must be given, otherwise the call fails with 400. Results come in pages of up to 100 repositories; follow next\_page for the rest.
    ///
    /// `GET /api/v1/repository` (operation `listRepos`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repos(
        &self,
        context: RequestContext,
        params: ListReposParams,
    ) -> impl Future<Output = Result<ListReposResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepos"))
        }
    }

    /// Create a repository.
    ///
    /// Create a new repository. Without namespace, the repository is created in the namespace of the calling user.
    ///
    /// `POST /api/v1/repository` (operation `createRepo`)
    ///
    /// Requires `repo:create`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_repo(
        &self,
        context: RequestContext,
        body: types::NewRepo,
    ) -> impl Future<Output = Result<CreateRepoResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createRepo"))
        }
    }

    /// Get a repository.
    ///
    /// Fetch the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}` (operation `getRepo`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo(
        &self,
        context: RequestContext,
        params: GetRepoParams,
    ) -> impl Future<Output = Result<GetRepoResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepo"))
        }
    }

    /// Update the description of a repository.
    ///
    /// Update the description in the specified repository.
    ///
    /// `PUT /api/v1/repository/{repository}` (operation `updateRepo`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_repo(
        &self,
        context: RequestContext,
        params: UpdateRepoParams,
        body: types::RepoUpdate,
    ) -> impl Future<Output = Result<UpdateRepoResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateRepo"))
        }
    }

    /// Delete a repository.
    ///
    /// Delete a repository. The repository is marked for deletion and garbage-collected; queued builds are removed.
    ///
    /// `DELETE /api/v1/repository/{repository}` (operation `deleteRepository`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_repository(
        &self,
        context: RequestContext,
        params: DeleteRepositoryParams,
    ) -> impl Future<Output = Result<DeleteRepositoryResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteRepository"))
        }
    }

    /// Get the aggregated logs of a repository.
    ///
    /// Returns the aggregated logs for the specified repository. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/repository/{repository}/aggregatelogs` (operation `getAggregateRepoLogs`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_aggregate_repo_logs(
        &self,
        context: RequestContext,
        params: GetAggregateRepoLogsParams,
    ) -> impl Future<Output = Result<GetAggregateRepoLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getAggregateRepoLogs"))
        }
    }

    /// List the builds of a repository.
    ///
    /// Get the list of repository builds.
    ///
    /// `GET /api/v1/repository/{repository}/build/` (operation `getRepoBuilds`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_builds(
        &self,
        context: RequestContext,
        params: GetRepoBuildsParams,
    ) -> impl Future<Output = Result<GetRepoBuildsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuilds"))
        }
    }

    /// Request a repository build.
    ///
    /// Request that a repository be built and pushed from the specified input. Either `file_id` or `archive_url` is required. Answers 429 when the maximum queued build rate is exceeded.
    ///
    /// `POST /api/v1/repository/{repository}/build/` (operation `requestRepoBuild`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn request_repo_build(
        &self,
        context: RequestContext,
        params: RequestRepoBuildParams,
        body: types::RepositoryBuildRequest,
    ) -> impl Future<Output = Result<RequestRepoBuildResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("requestRepoBuild"))
        }
    }

    /// Get information about a repository build.
    ///
    /// Returns information about a build.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}` (operation `getRepoBuild`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build(
        &self,
        context: RequestContext,
        params: GetRepoBuildParams,
    ) -> impl Future<Output = Result<GetRepoBuildResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuild"))
        }
    }

    /// Cancel a repository build.
    ///
    /// Cancels a repository build. Fails with 400 if the build is already running or has finished.
    ///
    /// `DELETE /api/v1/repository/{repository}/build/{build_uuid}` (operation `cancelRepoBuild`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn cancel_repo_build(
        &self,
        context: RequestContext,
        params: CancelRepoBuildParams,
    ) -> impl Future<Output = Result<CancelRepoBuildResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("cancelRepoBuild"))
        }
    }

    /// Get the logs of a repository build.
    ///
    /// Return the build logs for the build specified by the build uuid. Needs write permission on the repository unless the registry lets readers see build logs. Once the logs are archived the answer only carries `logs_url`.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}/logs` (operation `getRepoBuildLogs`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build_logs(
        &self,
        context: RequestContext,
        params: GetRepoBuildLogsParams,
    ) -> impl Future<Output = Result<GetRepoBuildLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuildLogs"))
        }
    }

    /// Get the status of a repository build.
    ///
    /// Return the status for the builds specified by the build uuids.
    ///
    /// `GET /api/v1/repository/{repository}/build/{build_uuid}/status` (operation `getRepoBuildStatus`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build_status(
        &self,
        context: RequestContext,
        params: GetRepoBuildStatusParams,
    ) -> impl Future<Output = Result<GetRepoBuildStatusResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuildStatus"))
        }
    }

    /// Change the state of a repository.
    ///
    /// Change the state of a repository. Available when FEATURE\_REPO\_MIRROR is enabled.
    ///
    /// `PUT /api/v1/repository/{repository}/changestate` (operation `changeRepoState`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_repo_state(
        &self,
        context: RequestContext,
        params: ChangeRepoStateParams,
        body: types::ChangeRepoState,
    ) -> impl Future<Output = Result<ChangeRepoStateResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeRepoState"))
        }
    }

    /// Change the visibility of a repository.
    ///
    /// Change the visibility of a repository to `public` or `private`; Quay answers `{"success": true}`.
    ///
    /// `POST /api/v1/repository/{repository}/changevisibility` (operation `changeRepoVisibility`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_repo_visibility(
        &self,
        context: RequestContext,
        params: ChangeRepoVisibilityParams,
        body: types::ChangeVisibility,
    ) -> impl Future<Output = Result<ChangeRepoVisibilityResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeRepoVisibility"))
        }
    }

    /// Export the logs of a repository.
    ///
    /// Queues an export of the logs for the specified repository. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/repository/{repository}/exportlogs` (operation `exportRepoLogs`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn export_repo_logs(
        &self,
        context: RequestContext,
        params: ExportRepoLogsParams,
        body: types::ExportLogs,
    ) -> impl Future<Output = Result<ExportRepoLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("exportRepoLogs"))
        }
    }

    /// List the logs of a repository.
    ///
    /// List the logs for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/logs` (operation `listRepoLogs`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_logs(
        &self,
        context: RequestContext,
        params: ListRepoLogsParams,
    ) -> impl Future<Output = Result<ListRepoLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoLogs"))
        }
    }

    /// Get a manifest of a repository.
    ///
    /// Return the manifest with the given digest, its raw bytes and (for a single-image manifest) its layers.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}` (operation `getRepoManifest`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_manifest(
        &self,
        context: RequestContext,
        params: GetRepoManifestParams,
    ) -> impl Future<Output = Result<GetRepoManifestResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoManifest"))
        }
    }

    /// List the labels of a manifest.
    ///
    /// List the labels of the manifest, optionally only those whose key starts with a prefix.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/labels` (operation `listManifestLabels`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_manifest_labels(
        &self,
        context: RequestContext,
        params: ListManifestLabelsParams,
    ) -> impl Future<Output = Result<ListManifestLabelsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listManifestLabels"))
        }
    }

    /// Add a label to a manifest.
    ///
    /// Adds a new label into the tag manifest. Keys with a reserved prefix are refused.
    ///
    /// `POST /api/v1/repository/{repository}/manifest/{manifestref}/labels` (operation `addManifestLabel`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn add_manifest_label(
        &self,
        context: RequestContext,
        params: AddManifestLabelParams,
        body: types::AddLabel,
    ) -> impl Future<Output = Result<AddManifestLabelResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("addManifestLabel"))
        }
    }

    /// Get one label of a manifest.
    ///
    /// Retrieves the label with the specific ID under the manifest.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/labels/{labelid}` (operation `getManifestLabel`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_manifest_label(
        &self,
        context: RequestContext,
        params: GetManifestLabelParams,
    ) -> impl Future<Output = Result<GetManifestLabelResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getManifestLabel"))
        }
    }

    /// Delete a label from a manifest.
    ///
    /// Deletes an existing label from a manifest.
    ///
    /// `DELETE /api/v1/repository/{repository}/manifest/{manifestref}/labels/{labelid}` (operation `deleteManifestLabel`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_manifest_label(
        &self,
        context: RequestContext,
        params: DeleteManifestLabelParams,
    ) -> impl Future<Output = Result<DeleteManifestLabelResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteManifestLabel"))
        }
    }

    /// Get the security scan of a manifest.
    ///
    /// Fetches the features and vulnerabilities (if any) for a repository manifest. Available when FEATURE\_SECURITY\_SCANNER is enabled.
    ///
    /// `GET /api/v1/repository/{repository}/manifest/{manifestref}/security` (operation `getRepoManifestSecurity`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_manifest_security(
        &self,
        context: RequestContext,
        params: GetRepoManifestSecurityParams,
    ) -> impl Future<
        Output = Result<GetRepoManifestSecurityResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoManifestSecurity"))
        }
    }

    /// Get the mirroring configuration of a repository.
    ///
    /// Return the Mirror configuration for a given Repository.
    ///
    /// `GET /api/v1/repository/{repository}/mirror` (operation `getRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_mirror_config(
        &self,
        context: RequestContext,
        params: GetRepoMirrorConfigParams,
    ) -> impl Future<Output = Result<GetRepoMirrorConfigResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoMirrorConfig"))
        }
    }

    /// Change the mirroring configuration of a repository.
    ///
    /// Allow users to modifying the repository's mirroring configuration. Only the fields given are changed; a password can only be set together with a username.
    ///
    /// `PUT /api/v1/repository/{repository}/mirror` (operation `changeRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_repo_mirror_config(
        &self,
        context: RequestContext,
        params: ChangeRepoMirrorConfigParams,
        body: types::UpdateMirrorConfig,
    ) -> impl Future<
        Output = Result<ChangeRepoMirrorConfigResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeRepoMirrorConfig"))
        }
    }

    /// Create the mirroring configuration of a repository.
    ///
    /// Create a RepoMirrorConfig for a given Repository. `robot_username` must name a robot of the repository's namespace; it is granted write permission on the repository. Answers 409 (body `{"detail": ...}`) when the repository already has a mirroring configuration.
    ///
    /// `POST /api/v1/repository/{repository}/mirror` (operation `createRepoMirrorConfig`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_repo_mirror_config(
        &self,
        context: RequestContext,
        params: CreateRepoMirrorConfigParams,
        body: types::CreateMirrorConfig,
    ) -> impl Future<
        Output = Result<CreateRepoMirrorConfigResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createRepoMirrorConfig"))
        }
    }

    /// Cancel the running synchronization of a mirrored repository.
    ///
    /// Update the sync\_status for a given Repository's mirroring configuration: a sync that is running or requested is cancelled and the status goes back to NEVER\_RUN. Answers 404 when there is nothing to cancel.
    ///
    /// `POST /api/v1/repository/{repository}/mirror/sync-cancel` (operation `syncCancel`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn sync_cancel(
        &self,
        context: RequestContext,
        params: SyncCancelParams,
    ) -> impl Future<Output = Result<SyncCancelResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("syncCancel"))
        }
    }

    /// Synchronize a mirrored repository now.
    ///
    /// Update the sync\_status for a given Repository's mirroring configuration: the status becomes SYNC\_NOW so that the mirror worker synchronizes at once. Answers 404 while a sync is running.
    ///
    /// `POST /api/v1/repository/{repository}/mirror/sync-now` (operation `syncNow`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn sync_now(
        &self,
        context: RequestContext,
        params: SyncNowParams,
    ) -> impl Future<Output = Result<SyncNowResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("syncNow"))
        }
    }

    /// List the notifications of a repository.
    ///
    /// List the notifications for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/notification/` (operation `listRepoNotifications`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_notifications(
        &self,
        context: RequestContext,
        params: ListRepoNotificationsParams,
    ) -> impl Future<Output = Result<ListRepoNotificationsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoNotifications"))
        }
    }

    /// Create a notification on a repository.
    ///
    /// Create a notification on the specified repository. The method configuration is validated (e.g. the e-mail address must be authorized).
    ///
    /// `POST /api/v1/repository/{repository}/notification/` (operation `createRepoNotification`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_repo_notification(
        &self,
        context: RequestContext,
        params: CreateRepoNotificationParams,
        body: types::NotificationCreateRequest,
    ) -> impl Future<
        Output = Result<CreateRepoNotificationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createRepoNotification"))
        }
    }

    /// Get a notification of a repository.
    ///
    /// Get information for the specified notification.
    ///
    /// `GET /api/v1/repository/{repository}/notification/{uuid}` (operation `getRepoNotification`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_notification(
        &self,
        context: RequestContext,
        params: GetRepoNotificationParams,
    ) -> impl Future<Output = Result<GetRepoNotificationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoNotification"))
        }
    }

    /// Reset the failure count of a notification.
    ///
    /// Resets repository notification to 0 failures.
    ///
    /// `POST /api/v1/repository/{repository}/notification/{uuid}` (operation `resetRepositoryNotificationFailures`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn reset_repository_notification_failures(
        &self,
        context: RequestContext,
        params: ResetRepositoryNotificationFailuresParams,
    ) -> impl Future<
        Output = Result<ResetRepositoryNotificationFailuresResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("resetRepositoryNotificationFailures"))
        }
    }

    /// Delete a notification of a repository.
    ///
    /// Deletes the specified notification.
    ///
    /// `DELETE /api/v1/repository/{repository}/notification/{uuid}` (operation `deleteRepoNotification`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_repo_notification(
        &self,
        context: RequestContext,
        params: DeleteRepoNotificationParams,
    ) -> impl Future<
        Output = Result<DeleteRepoNotificationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteRepoNotification"))
        }
    }

    /// Send a test notification.
    ///
    /// Queues a test notification for this repository.
    ///
    /// `POST /api/v1/repository/{repository}/notification/{uuid}/test` (operation `testRepoNotification`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn test_repo_notification(
        &self,
        context: RequestContext,
        params: TestRepoNotificationParams,
    ) -> impl Future<Output = Result<TestRepoNotificationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("testRepoNotification"))
        }
    }

    /// List the team permissions of a repository.
    ///
    /// List all team permissions on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/team/` (operation `listRepoTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_team_permissions(
        &self,
        context: RequestContext,
        params: ListRepoTeamPermissionsParams,
    ) -> impl Future<
        Output = Result<ListRepoTeamPermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoTeamPermissions"))
        }
    }

    /// Get the permission of a team.
    ///
    /// Fetch the permission of the specified team on the repository. Quay answers with the role only.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `getTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_team_permissions(
        &self,
        context: RequestContext,
        params: GetTeamPermissionsParams,
    ) -> impl Future<Output = Result<GetTeamPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getTeamPermissions"))
        }
    }

    /// Set the permission of a team.
    ///
    /// Update (or create) the permission of the specified team on the repository.
    ///
    /// `PUT /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `changeTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_team_permissions(
        &self,
        context: RequestContext,
        params: ChangeTeamPermissionsParams,
        body: types::TeamPermission,
    ) -> impl Future<Output = Result<ChangeTeamPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeTeamPermissions"))
        }
    }

    /// Delete the permission of a team.
    ///
    /// Delete the permission of the specified team on the repository.
    ///
    /// `DELETE /api/v1/repository/{repository}/permissions/team/{teamname}` (operation `deleteTeamPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_team_permissions(
        &self,
        context: RequestContext,
        params: DeleteTeamPermissionsParams,
    ) -> impl Future<Output = Result<DeleteTeamPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteTeamPermissions"))
        }
    }

    /// List the user permissions of a repository.
    ///
    /// List all user (and robot) permissions on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/` (operation `listRepoUserPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_user_permissions(
        &self,
        context: RequestContext,
        params: ListRepoUserPermissionsParams,
    ) -> impl Future<
        Output = Result<ListRepoUserPermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoUserPermissions"))
        }
    }

    /// Get the permission of a user.
    ///
    /// Get the direct permission of the specified user on the repository.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/{username}` (operation `getUserPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_permissions(
        &self,
        context: RequestContext,
        params: GetUserPermissionsParams,
    ) -> impl Future<Output = Result<GetUserPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserPermissions"))
        }
    }

    /// Set the permission of a user.
    ///
    /// Update (or create) the permission of the specified user on the repository.
    ///
    /// `PUT /api/v1/repository/{repository}/permissions/user/{username}` (operation `changeUserPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_user_permissions(
        &self,
        context: RequestContext,
        params: ChangeUserPermissionsParams,
        body: types::UserPermission,
    ) -> impl Future<Output = Result<ChangeUserPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeUserPermissions"))
        }
    }

    /// Delete the permission of a user.
    ///
    /// Delete the permission of the specified user on the repository.
    ///
    /// `DELETE /api/v1/repository/{repository}/permissions/user/{username}` (operation `deleteUserPermissions`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_user_permissions(
        &self,
        context: RequestContext,
        params: DeleteUserPermissionsParams,
    ) -> impl Future<Output = Result<DeleteUserPermissionsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteUserPermissions"))
        }
    }

    /// Get the transitive permissions of a user.
    ///
    /// Get the permissions the specified user has on the repository, either directly or via a team. 404 if the user has none.
    ///
    /// `GET /api/v1/repository/{repository}/permissions/user/{username}/transitive` (operation `getUserTransitivePermission`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_transitive_permission(
        &self,
        context: RequestContext,
        params: GetUserTransitivePermissionParams,
    ) -> impl Future<
        Output = Result<GetUserTransitivePermissionResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserTransitivePermission"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_tags(
        &self,
        context: RequestContext,
        params: ListRepoTagsParams,
    ) -> impl Future<Output = Result<ListRepoTagsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoTags"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_tag(
        &self,
        context: RequestContext,
        params: ChangeTagParams,
        body: types::ChangeTag,
    ) -> impl Future<Output = Result<ChangeTagResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeTag"))
        }
    }

    /// Delete a repository tag.
    ///
    /// Delete the specified repository tag.
    ///
    /// `DELETE /api/v1/repository/{repository}/tag/{tag}` (operation `deleteFullTag`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_full_tag(
        &self,
        context: RequestContext,
        params: DeleteFullTagParams,
    ) -> impl Future<Output = Result<DeleteFullTagResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteFullTag"))
        }
    }

    /// Restore a tag to a previous image.
    ///
    /// Restores a repository tag back to a previous image (manifest) in the repository.
    ///
    /// `POST /api/v1/repository/{repository}/tag/{tag}/restore` (operation `restoreTag`)
    ///
    /// Requires `repo:write`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn restore_tag(
        &self,
        context: RequestContext,
        params: RestoreTagParams,
        body: types::RestoreTag,
    ) -> impl Future<Output = Result<RestoreTagResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("restoreTag"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_repo_tokens(
        &self,
        context: RequestContext,
        params: ListRepoTokensParams,
    ) -> impl Future<Output = Result<ListRepoTokensResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listRepoTokens"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_token(
        &self,
        context: RequestContext,
        params: CreateTokenParams,
        body: types::NewRepoToken,
    ) -> impl Future<Output = Result<CreateTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createToken"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_tokens(
        &self,
        context: RequestContext,
        params: GetTokensParams,
    ) -> impl Future<Output = Result<GetTokensResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getTokens"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_token(
        &self,
        context: RequestContext,
        params: ChangeTokenParams,
        body: types::TokenPermission,
    ) -> impl Future<Output = Result<ChangeTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeToken"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_token(
        &self,
        context: RequestContext,
        params: DeleteTokenParams,
    ) -> impl Future<Output = Result<DeleteTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteToken"))
        }
    }

    /// List the build triggers of a repository.
    ///
    /// List the triggers for the specified repository.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/` (operation `listBuildTriggers`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_build_triggers(
        &self,
        context: RequestContext,
        params: ListBuildTriggersParams,
    ) -> impl Future<Output = Result<ListBuildTriggersResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listBuildTriggers"))
        }
    }

    /// Get a build trigger.
    ///
    /// Get information for the specified build trigger.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `getBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_build_trigger(
        &self,
        context: RequestContext,
        params: GetBuildTriggerParams,
    ) -> impl Future<Output = Result<GetBuildTriggerResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getBuildTrigger"))
        }
    }

    /// Enable or disable a build trigger.
    ///
    /// Updates the specified build trigger (enables or disables it). The trigger must be active.
    ///
    /// `PUT /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `updateBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_build_trigger(
        &self,
        context: RequestContext,
        params: UpdateBuildTriggerParams,
        body: types::UpdateTrigger,
    ) -> impl Future<Output = Result<UpdateBuildTriggerResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateBuildTrigger"))
        }
    }

    /// Delete a build trigger.
    ///
    /// Delete the specified build trigger (deactivating it at the source first if it is active).
    ///
    /// `DELETE /api/v1/repository/{repository}/trigger/{trigger_uuid}` (operation `deleteBuildTrigger`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_build_trigger(
        &self,
        context: RequestContext,
        params: DeleteBuildTriggerParams,
    ) -> impl Future<Output = Result<DeleteBuildTriggerResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteBuildTrigger"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn activate_build_trigger(
        &self,
        context: RequestContext,
        params: ActivateBuildTriggerParams,
        body: types::BuildTriggerActivateRequest,
    ) -> impl Future<Output = Result<ActivateBuildTriggerResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("activateBuildTrigger"))
        }
    }

    /// List the recent builds of a trigger.
    ///
    /// List the builds started by the specified trigger.
    ///
    /// `GET /api/v1/repository/{repository}/trigger/{trigger_uuid}/builds` (operation `listTriggerRecentBuilds`)
    ///
    /// Requires `repo:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_trigger_recent_builds(
        &self,
        context: RequestContext,
        params: ListTriggerRecentBuildsParams,
    ) -> impl Future<
        Output = Result<ListTriggerRecentBuildsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listTriggerRecentBuilds"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn manually_start_build_trigger(
        &self,
        context: RequestContext,
        params: ManuallyStartBuildTriggerParams,
        body: types::RunParameters,
    ) -> impl Future<
        Output = Result<ManuallyStartBuildTriggerResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("manuallyStartBuildTrigger"))
        }
    }

    /// Approve a service key.
    ///
    /// Approves a service key on behalf of the calling superuser. Approving a key that is already approved also succeeds.
    ///
    /// `POST /api/v1/superuser/approvedkeys/{kid}` (operation `approveServiceKey`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn approve_service_key(
        &self,
        context: RequestContext,
        params: ApproveServiceKeyParams,
        body: types::ApproveServiceKey,
    ) -> impl Future<Output = Result<ApproveServiceKeyResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("approveServiceKey"))
        }
    }

    /// List all service keys.
    ///
    /// Lists every service key of the installation, approved or not, expired or not.
    ///
    /// `GET /api/v1/superuser/keys` (operation `listServiceKeys`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_service_keys(
        &self,
        context: RequestContext,
    ) -> impl Future<Output = Result<ListServiceKeysResponse, ErrorModel>> + Send {
        async move {
            let _ = context;
            Err(not_implemented("listServiceKeys"))
        }
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_service_key(
        &self,
        context: RequestContext,
        body: types::CreateServiceKey,
    ) -> impl Future<Output = Result<CreateServiceKeyResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createServiceKey"))
        }
    }

    /// Get a service key.
    ///
    /// Returns a service key, whether approved, expired or not.
    ///
    /// `GET /api/v1/superuser/keys/{kid}` (operation `getServiceKey`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_service_key(
        &self,
        context: RequestContext,
        params: GetServiceKeyParams,
    ) -> impl Future<Output = Result<GetServiceKeyResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getServiceKey"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_service_key(
        &self,
        context: RequestContext,
        params: UpdateServiceKeyParams,
        body: types::PutServiceKey,
    ) -> impl Future<Output = Result<UpdateServiceKeyResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateServiceKey"))
        }
    }

    /// Delete a service key.
    ///
    /// Deletes a service key.
    ///
    /// `DELETE /api/v1/superuser/keys/{kid}` (operation `deleteServiceKey`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_service_key(
        &self,
        context: RequestContext,
        params: DeleteServiceKeyParams,
    ) -> impl Future<Output = Result<DeleteServiceKeyResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteServiceKey"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_all_logs(
        &self,
        context: RequestContext,
        params: ListAllLogsParams,
    ) -> impl Future<Output = Result<ListAllLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listAllLogs"))
        }
    }

    /// List an organization's quotas.
    ///
    /// Lists the quotas of an organization (at most one), each with its limits.
    ///
    /// `GET /api/v1/superuser/organization/{namespace}/quota` (operation `listOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_organization_quota_super_user(
        &self,
        context: RequestContext,
        params: ListOrganizationQuotaSuperUserParams,
    ) -> impl Future<
        Output = Result<ListOrganizationQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listOrganizationQuotaSuperUser"))
        }
    }

    /// Create a quota for an organization.
    ///
    /// Creates the storage quota of an organization. A namespace can have only one quota; creating a second one fails with 400.
    ///
    /// `POST /api/v1/superuser/organization/{namespace}/quota` (operation `createOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_organization_quota_super_user(
        &self,
        context: RequestContext,
        params: CreateOrganizationQuotaSuperUserParams,
        body: types::NewNamespaceQuota,
    ) -> impl Future<
        Output = Result<CreateOrganizationQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createOrganizationQuotaSuperUser"))
        }
    }

    /// Change an organization's quota.
    ///
    /// Changes the storage limit of a quota of an organization. Returns the updated quota.
    ///
    /// `PUT /api/v1/superuser/organization/{namespace}/quota/{quota_id}` (operation `changeOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_organization_quota_super_user(
        &self,
        context: RequestContext,
        params: ChangeOrganizationQuotaSuperUserParams,
        body: types::UpdateNamespaceQuota,
    ) -> impl Future<
        Output = Result<ChangeOrganizationQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeOrganizationQuotaSuperUser"))
        }
    }

    /// Delete an organization's quota.
    ///
    /// Deletes a quota of an organization.
    ///
    /// `DELETE /api/v1/superuser/organization/{namespace}/quota/{quota_id}` (operation `deleteOrganizationQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization_quota_super_user(
        &self,
        context: RequestContext,
        params: DeleteOrganizationQuotaSuperUserParams,
    ) -> impl Future<
        Output = Result<DeleteOrganizationQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganizationQuotaSuperUser"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_organization(
        &self,
        context: RequestContext,
        params: ChangeOrganizationParams,
        body: types::SuperUserUpdateOrg,
    ) -> impl Future<Output = Result<ChangeOrganizationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeOrganization"))
        }
    }

    /// Delete an organization.
    ///
    /// Deletes the specified organization (it is marked for deletion and removed in the background).
    ///
    /// `DELETE /api/v1/superuser/organizations/{name}` (operation `deleteOrganization`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_organization(
        &self,
        context: RequestContext,
        params: DeleteOrganizationParams,
    ) -> impl Future<Output = Result<DeleteOrganizationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteOrganization"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_registry_size(
        &self,
        context: RequestContext,
    ) -> impl Future<Output = Result<GetRegistrySizeResponse, ErrorModel>> + Send {
        async move {
            let _ = context;
            Err(not_implemented("getRegistrySize"))
        }
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn queue_registry_size_calculation(
        &self,
        context: RequestContext,
    ) -> impl Future<
        Output = Result<QueueRegistrySizeCalculationResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = context;
            Err(not_implemented("queueRegistrySizeCalculation"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_all_users(
        &self,
        context: RequestContext,
        params: ListAllUsersParams,
    ) -> impl Future<Output = Result<ListAllUsersResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listAllUsers"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_install_user(
        &self,
        context: RequestContext,
        body: types::CreateInstallUser,
    ) -> impl Future<Output = Result<CreateInstallUserResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createInstallUser"))
        }
    }

    /// List a user's quotas.
    ///
    /// Lists the quotas of a user namespace (at most one), each with its limits.
    ///
    /// `GET /api/v1/superuser/users/{namespace}/quota` (operation `listUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_user_quota_super_user(
        &self,
        context: RequestContext,
        params: ListUserQuotaSuperUserParams,
    ) -> impl Future<
        Output = Result<ListUserQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listUserQuotaSuperUser"))
        }
    }

    /// Create a quota for a user.
    ///
    /// Creates the storage quota of a user namespace. A namespace can have only one quota; creating a second one fails with 400.
    ///
    /// `POST /api/v1/superuser/users/{namespace}/quota` (operation `createUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_user_quota_super_user(
        &self,
        context: RequestContext,
        params: CreateUserQuotaSuperUserParams,
        body: types::NewNamespaceQuota,
    ) -> impl Future<
        Output = Result<CreateUserQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createUserQuotaSuperUser"))
        }
    }

    /// Change a user's quota.
    ///
    /// Changes the storage limit of a quota of a user namespace. Returns the updated quota.
    ///
    /// `PUT /api/v1/superuser/users/{namespace}/quota/{quota_id}` (operation `changeUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn change_user_quota_super_user(
        &self,
        context: RequestContext,
        params: ChangeUserQuotaSuperUserParams,
        body: types::UpdateNamespaceQuota,
    ) -> impl Future<
        Output = Result<ChangeUserQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("changeUserQuotaSuperUser"))
        }
    }

    /// Delete a user's quota.
    ///
    /// Deletes a quota of a user namespace.
    ///
    /// `DELETE /api/v1/superuser/users/{namespace}/quota/{quota_id}` (operation `deleteUserQuotaSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_user_quota_super_user(
        &self,
        context: RequestContext,
        params: DeleteUserQuotaSuperUserParams,
    ) -> impl Future<
        Output = Result<DeleteUserQuotaSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteUserQuotaSuperUser"))
        }
    }

    /// Get a build.
    ///
    /// Returns information about a build.
    ///
    /// `GET /api/v1/superuser/{build_uuid}/build` (operation `getRepoBuildSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build_super_user(
        &self,
        context: RequestContext,
        params: GetRepoBuildSuperUserParams,
    ) -> impl Future<Output = Result<GetRepoBuildSuperUserResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuildSuperUser"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build_logs_super_user(
        &self,
        context: RequestContext,
        params: GetRepoBuildLogsSuperUserParams,
    ) -> impl Future<
        Output = Result<GetRepoBuildLogsSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuildLogsSuperUser"))
        }
    }

    /// Get the status of a build.
    ///
    /// Return the status for the builds specified by the build uuids.
    ///
    /// `GET /api/v1/superuser/{build_uuid}/status` (operation `getRepoBuildStatusSuperUser`)
    ///
    /// Requires `super:user`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_repo_build_status_super_user(
        &self,
        context: RequestContext,
        params: GetRepoBuildStatusSuperUserParams,
    ) -> impl Future<
        Output = Result<GetRepoBuildStatusSuperUserResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getRepoBuildStatusSuperUser"))
        }
    }

    /// Get the authenticated user.
    ///
    /// Get user information for the authenticated user.
    ///
    /// `GET /api/v1/user/` (operation `getLoggedInUser`)
    ///
    /// Requires `user:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_logged_in_user(
        &self,
        context: RequestContext,
    ) -> impl Future<Output = Result<GetLoggedInUserResponse, ErrorModel>> + Send {
        async move {
            let _ = context;
            Err(not_implemented("getLoggedInUser"))
        }
    }

    /// Get the aggregated logs of the current user.
    ///
    /// Returns the aggregated logs for the current user. Available when aggregated log count retrieval is enabled.
    ///
    /// `GET /api/v1/user/aggregatelogs` (operation `getAggregateUserLogs`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_aggregate_user_logs(
        &self,
        context: RequestContext,
        params: GetAggregateUserLogsParams,
    ) -> impl Future<Output = Result<GetAggregateUserLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getAggregateUserLogs"))
        }
    }

    /// List the app specific tokens of the current user.
    ///
    /// Lists the app specific tokens for the current user. The token codes themselves are not included.
    ///
    /// `GET /api/v1/user/apptoken` (operation `listAppTokens`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_app_tokens(
        &self,
        context: RequestContext,
        params: ListAppTokensParams,
    ) -> impl Future<Output = Result<ListAppTokensResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listAppTokens"))
        }
    }

    /// Create a new app specific token for the current user.
    ///
    /// Create a new app specific token for user. Requires a fresh login. The answer carries the token code.
    ///
    /// `POST /api/v1/user/apptoken` (operation `createAppToken`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_app_token(
        &self,
        context: RequestContext,
        body: types::NewToken,
    ) -> impl Future<Output = Result<CreateAppTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createAppToken"))
        }
    }

    /// Get one app specific token of the current user.
    ///
    /// Returns a specific app token for the user, including its token code. Requires a fresh login.
    ///
    /// `GET /api/v1/user/apptoken/{token_uuid}` (operation `getAppToken`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_app_token(
        &self,
        context: RequestContext,
        params: GetAppTokenParams,
    ) -> impl Future<Output = Result<GetAppTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getAppToken"))
        }
    }

    /// Revoke an app specific token of the current user.
    ///
    /// Revokes a specific app token for the user. Requires a fresh login.
    ///
    /// `DELETE /api/v1/user/apptoken/{token_uuid}` (operation `revokeAppToken`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn revoke_app_token(
        &self,
        context: RequestContext,
        params: RevokeAppTokenParams,
    ) -> impl Future<Output = Result<RevokeAppTokenResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("revokeAppToken"))
        }
    }

    /// List the auto-prune policies of the current user.
    ///
    /// Lists the auto-prune policies for the currently logged in user.
    ///
    /// `GET /api/v1/user/autoprunepolicy/` (operation `listUserAutoPrunePolicies`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_user_auto_prune_policies(
        &self,
        context: RequestContext,
    ) -> impl Future<
        Output = Result<ListUserAutoPrunePoliciesResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = context;
            Err(not_implemented("listUserAutoPrunePolicies"))
        }
    }

    /// Create an auto-prune policy for the current user.
    ///
    /// Creates the auto-prune policy for the currently logged in user. A namespace can hold only one policy; creating a second one fails with 400.
    ///
    /// `POST /api/v1/user/autoprunepolicy/` (operation `createUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_user_auto_prune_policy(
        &self,
        context: RequestContext,
        body: types::AutoPrunePolicyConfig,
    ) -> impl Future<
        Output = Result<CreateUserAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createUserAutoPrunePolicy"))
        }
    }

    /// Get an auto-prune policy of the current user.
    ///
    /// Fetches the auto-prune policy for the currently logged in user.
    ///
    /// `GET /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `getUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_auto_prune_policy(
        &self,
        context: RequestContext,
        params: GetUserAutoPrunePolicyParams,
    ) -> impl Future<
        Output = Result<GetUserAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserAutoPrunePolicy"))
        }
    }

    /// Update an auto-prune policy of the current user.
    ///
    /// Updates the auto-prune policy for the currently logged in user.
    ///
    /// `PUT /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `updateUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn update_user_auto_prune_policy(
        &self,
        context: RequestContext,
        params: UpdateUserAutoPrunePolicyParams,
        body: types::AutoPrunePolicyConfig,
    ) -> impl Future<
        Output = Result<UpdateUserAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("updateUserAutoPrunePolicy"))
        }
    }

    /// Delete an auto-prune policy of the current user.
    ///
    /// Deletes the auto-prune policy for the currently logged in user.
    ///
    /// `DELETE /api/v1/user/autoprunepolicy/{policy_uuid}` (operation `deleteUserAutoPrunePolicy`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_user_auto_prune_policy(
        &self,
        context: RequestContext,
        params: DeleteUserAutoPrunePolicyParams,
    ) -> impl Future<
        Output = Result<DeleteUserAutoPrunePolicyResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteUserAutoPrunePolicy"))
        }
    }

    /// Export the logs of the current user.
    ///
    /// Queues an export of the logs for the current user. Available when log export is enabled. Give `callback_url` and/or `callback_email` to be told where to download the export.
    ///
    /// `POST /api/v1/user/exportlogs` (operation `exportUserLogs`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn export_user_logs(
        &self,
        context: RequestContext,
        params: ExportUserLogsParams,
        body: types::ExportLogs,
    ) -> impl Future<Output = Result<ExportUserLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("exportUserLogs"))
        }
    }

    /// List the logs of the current user.
    ///
    /// List the logs for the current user.
    ///
    /// `GET /api/v1/user/logs` (operation `listUserLogs`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_user_logs(
        &self,
        context: RequestContext,
        params: ListUserLogsParams,
    ) -> impl Future<Output = Result<ListUserLogsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listUserLogs"))
        }
    }

    /// List the quotas of the authenticated user.
    ///
    /// Lists the storage quotas defined for the namespace of the authenticated user, each with its limits. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota` (operation `listUserQuota`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_user_quota(
        &self,
        context: RequestContext,
    ) -> impl Future<Output = Result<ListUserQuotaResponse, ErrorModel>> + Send {
        async move {
            let _ = context;
            Err(not_implemented("listUserQuota"))
        }
    }

    /// Get one quota of the authenticated user.
    ///
    /// Returns the storage quota with the given ID defined for the namespace of the authenticated user, with its limits. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}` (operation `getUserQuota`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_quota(
        &self,
        context: RequestContext,
        params: GetUserQuotaParams,
    ) -> impl Future<Output = Result<GetUserQuotaResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserQuota"))
        }
    }

    /// List the limits of a quota of the authenticated user.
    ///
    /// Lists the limits (warning and reject thresholds) of the given quota of the authenticated user. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}/limit` (operation `listUserQuotaLimit`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_user_quota_limit(
        &self,
        context: RequestContext,
        params: ListUserQuotaLimitParams,
    ) -> impl Future<Output = Result<ListUserQuotaLimitResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listUserQuotaLimit"))
        }
    }

    /// Get one limit of a quota of the authenticated user.
    ///
    /// Looks up the given limit of the given quota of the authenticated user. Note: Quay answers with the whole parent quota (quota view with all its limits), not with the single limit; 404 if the limit does not exist. Available only when `FEATURE_QUOTA_MANAGEMENT` (and `FEATURE_SUPER_USERS`) is enabled.
    ///
    /// `GET /api/v1/user/quota/{quota_id}/limit/{limit_id}` (operation `getUserQuotaLimit`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_quota_limit(
        &self,
        context: RequestContext,
        params: GetUserQuotaLimitParams,
    ) -> impl Future<Output = Result<GetUserQuotaLimitResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserQuotaLimit"))
        }
    }

    /// List the current user's robots.
    ///
    /// List the available robots for the user.
    ///
    /// `GET /api/v1/user/robots` (operation `getUserRobots`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_robots(
        &self,
        context: RequestContext,
        params: GetUserRobotsParams,
    ) -> impl Future<Output = Result<GetUserRobotsResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserRobots"))
        }
    }

    /// Get one of the current user's robots.
    ///
    /// Returns the user's robot with the specified name.
    ///
    /// `GET /api/v1/user/robots/{robot_shortname}` (operation `getUserRobot`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_robot(
        &self,
        context: RequestContext,
        params: GetUserRobotParams,
    ) -> impl Future<Output = Result<GetUserRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserRobot"))
        }
    }

    /// Create a robot for the current user.
    ///
    /// Create a new user robot with the specified name. The body is optional.
    ///
    /// `PUT /api/v1/user/robots/{robot_shortname}` (operation `createUserRobot`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_user_robot(
        &self,
        context: RequestContext,
        params: CreateUserRobotParams,
        body: Option<types::CreateRobot>,
    ) -> impl Future<Output = Result<CreateUserRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params, body);
            Err(not_implemented("createUserRobot"))
        }
    }

    /// Delete one of the current user's robots.
    ///
    /// Delete an existing robot. Fails with 400 while the robot is used by a repository mirror.
    ///
    /// `DELETE /api/v1/user/robots/{robot_shortname}` (operation `deleteUserRobot`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_user_robot(
        &self,
        context: RequestContext,
        params: DeleteUserRobotParams,
    ) -> impl Future<Output = Result<DeleteUserRobotResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteUserRobot"))
        }
    }

    /// List the repository permissions of a user's robot.
    ///
    /// Returns the list of repository permissions for the user's robot.
    ///
    /// `GET /api/v1/user/robots/{robot_shortname}/permissions` (operation `getUserRobotPermissions`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_robot_permissions(
        &self,
        context: RequestContext,
        params: GetUserRobotPermissionsParams,
    ) -> impl Future<
        Output = Result<GetUserRobotPermissionsResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserRobotPermissions"))
        }
    }

    /// Regenerate the token of a user's robot.
    ///
    /// Regenerates the token for a user's robot.
    ///
    /// `POST /api/v1/user/robots/{robot_shortname}/regenerate` (operation `regenerateUserRobotToken`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn regenerate_user_robot_token(
        &self,
        context: RequestContext,
        params: RegenerateUserRobotTokenParams,
    ) -> impl Future<
        Output = Result<RegenerateUserRobotTokenResponse, ErrorModel>,
    > + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("regenerateUserRobotToken"))
        }
    }

    /// List starred repositories.
    ///
    /// List all repositories starred by the authenticated user, 100 per page.
    ///
    /// `GET /api/v1/user/starred` (operation `listStarredRepos`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn list_starred_repos(
        &self,
        context: RequestContext,
        params: ListStarredReposParams,
    ) -> impl Future<Output = Result<ListStarredReposResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("listStarredRepos"))
        }
    }

    /// Star a repository.
    ///
    /// Star a repository for the authenticated user.
    ///
    /// `POST /api/v1/user/starred` (operation `createStar`)
    ///
    /// Requires `repo:read`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn create_star(
        &self,
        context: RequestContext,
        body: types::NewStarredRepository,
    ) -> impl Future<Output = Result<CreateStarResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, body);
            Err(not_implemented("createStar"))
        }
    }

    /// Unstar a repository.
    ///
    /// Removes a star from a repository.
    ///
    /// `DELETE /api/v1/user/starred/{repository}` (operation `deleteStar`)
    ///
    /// Requires `user:admin`.
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn delete_star(
        &self,
        context: RequestContext,
        params: DeleteStarParams,
    ) -> impl Future<Output = Result<DeleteStarResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("deleteStar"))
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
    ///
    /// Unless implemented, answers 501 Not Implemented.
    fn get_user_information(
        &self,
        context: RequestContext,
        params: GetUserInformationParams,
    ) -> impl Future<Output = Result<GetUserInformationResponse, ErrorModel>> + Send {
        async move {
            let _ = (context, params);
            Err(not_implemented("getUserInformation"))
        }
    }
}

/// What [`Api::get_application_information`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetApplicationInformationResponse {
    /// 200: The application information.
    Ok(types::ApplicationInformation),
}

impl IntoApiResponse for GetApplicationInformationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ApplicationInformation> for GetApplicationInformationResponse {
    fn from(body: types::ApplicationInformation) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_application_information`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetApplicationInformationParams {
    /// The OAuth client ID.
    pub client_id: String,
}

impl FromParams for GetApplicationInformationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let client_id = read.one(Place::Path, "client_id");
        let Some(client_id) = client_id else {
            return Err(read.failure());
        };
        read.finish(GetApplicationInformationParams {
            client_id,
        })
    }
}

impl types::Validate for GetApplicationInformationParams {}

/// What [`Api::discovery`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DiscoveryResponse {
    /// 200: Successful invocation: the Swagger 2.0 description of the API.
    Ok(serde_json::Map<String, serde_json::Value>),
}

impl IntoApiResponse for DiscoveryResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for DiscoveryResponse {
    fn from(body: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::discovery`].
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoveryParams {
    /// Whether to include internal APIs.
    ///
    /// When absent, the document's default is `false`.
    pub internal: Option<bool>,
}

impl FromParams for DiscoveryParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let internal = read.opt(Place::Query, "internal");
        read.finish(DiscoveryParams { internal })
    }
}

impl types::Validate for DiscoveryParams {}

/// What [`Api::get_matching_entities`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetMatchingEntitiesResponse {
    /// 200: Successful invocation
    Ok(types::EntitySearchResults),
}

impl IntoApiResponse for GetMatchingEntitiesResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::EntitySearchResults> for GetMatchingEntitiesResponse {
    fn from(body: types::EntitySearchResults) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_matching_entities`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetMatchingEntitiesParams {
    /// The prefix of the entities being looked up.
    pub prefix: String,
    /// Whether to include orgs names.
    ///
    /// When absent, the document's default is `false`.
    pub include_orgs: Option<bool>,
    /// Whether to include team names.
    ///
    /// When absent, the document's default is `false`.
    pub include_teams: Option<bool>,
    /// Namespace to use when querying for org entities.
    ///
    /// When absent, the document's default is `""`.
    pub namespace: Option<String>,
}

impl FromParams for GetMatchingEntitiesParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let prefix = read.one(Place::Path, "prefix");
        let include_orgs = read.opt(Place::Query, "includeOrgs");
        let include_teams = read.opt(Place::Query, "includeTeams");
        let namespace = read.opt(Place::Query, "namespace");
        let Some(prefix) = prefix else {
            return Err(read.failure());
        };
        read.finish(GetMatchingEntitiesParams {
            prefix,
            include_orgs,
            include_teams,
            namespace,
        })
    }
}

impl types::Validate for GetMatchingEntitiesParams {}

/// What [`Api::get_error_description`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetErrorDescriptionResponse {
    /// 200: Successful invocation
    Ok(types::ApiErrorDescription),
}

impl IntoApiResponse for GetErrorDescriptionResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ApiErrorDescription> for GetErrorDescriptionResponse {
    fn from(body: types::ApiErrorDescription) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_error_description`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetErrorDescriptionParams {
    /// The error code identifying the type of error.
    pub error_type: String,
}

impl FromParams for GetErrorDescriptionParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let error_type = read.one(Place::Path, "error_type");
        let Some(error_type) = error_type else {
            return Err(read.failure());
        };
        read.finish(GetErrorDescriptionParams {
            error_type,
        })
    }
}

impl types::Validate for GetErrorDescriptionParams {}

/// What [`Api::conduct_search`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ConductSearchResponse {
    /// 200: Successful invocation
    Ok(types::SearchResults),
}

impl IntoApiResponse for ConductSearchResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::SearchResults> for ConductSearchResponse {
    fn from(body: types::SearchResults) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::conduct_search`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConductSearchParams {
    /// The search query.
    ///
    /// When absent, the document's default is `""`.
    pub query: Option<String>,
}

impl FromParams for ConductSearchParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let query = read.opt(Place::Query, "query");
        read.finish(ConductSearchParams { query })
    }
}

impl types::Validate for ConductSearchParams {}

/// What [`Api::conduct_repo_search`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ConductRepoSearchResponse {
    /// 200: Successful invocation
    Ok(types::RepositorySearchResults),
}

impl IntoApiResponse for ConductRepoSearchResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositorySearchResults> for ConductRepoSearchResponse {
    fn from(body: types::RepositorySearchResults) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::conduct_repo_search`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConductRepoSearchParams {
    /// Whether to include usage metadata (last\_modified, stars, popularity).
    ///
    /// When absent, the document's default is `false`.
    pub include_usage: Option<bool>,
    /// The page.
    ///
    /// When absent, the document's default is `1`.
    pub page: Option<i64>,
    /// The search query.
    ///
    /// When absent, the document's default is `""`.
    pub query: Option<String>,
}

impl FromParams for ConductRepoSearchParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let include_usage = read.opt(Place::Query, "includeUsage");
        let page = read.opt(Place::Query, "page");
        let query = read.opt(Place::Query, "query");
        read.finish(ConductRepoSearchParams {
            include_usage,
            page,
            query,
        })
    }
}

impl types::Validate for ConductRepoSearchParams {}

/// What [`Api::delete_global_message`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteGlobalMessageResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteGlobalMessageResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_global_message`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteGlobalMessageParams {
    /// The UUID of the message.
    pub uuid: String,
}

impl FromParams for DeleteGlobalMessageParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let uuid = read.one(Place::Path, "uuid");
        let Some(uuid) = uuid else {
            return Err(read.failure());
        };
        read.finish(DeleteGlobalMessageParams { uuid })
    }
}

impl types::Validate for DeleteGlobalMessageParams {}

/// What [`Api::get_global_messages`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetGlobalMessagesResponse {
    /// 200: Successful invocation
    Ok(types::GlobalMessageList),
}

impl IntoApiResponse for GetGlobalMessagesResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::GlobalMessageList> for GetGlobalMessagesResponse {
    fn from(body: types::GlobalMessageList) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::create_global_message`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateGlobalMessageResponse {
    /// 201: Successful creation
    Created,
}

impl IntoApiResponse for CreateGlobalMessageResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created => StatusCode::CREATED.into_response(),
        }
    }
}

/// What [`Api::create_organization`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationResponse {
    /// 201: Created; the body is the JSON string "Created".
    Created(types::CreateOrganizationResponse),
}

impl IntoApiResponse for CreateOrganizationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateOrganizationResponse> for CreateOrganizationResponse {
    fn from(body: types::CreateOrganizationResponse) -> Self {
        Self::Created(body)
    }
}

/// What [`Api::get_organization`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationResponse {
    /// 200: The organization.
    Ok(types::Organization),
}

impl IntoApiResponse for GetOrganizationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Organization> for GetOrganizationResponse {
    fn from(body: types::Organization) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetOrganizationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationParams { orgname })
    }
}

impl types::Validate for GetOrganizationParams {}

/// What [`Api::change_organization_details`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeOrganizationDetailsResponse {
    /// 200: The updated organization, with its teams.
    Ok(types::Organization),
}

impl IntoApiResponse for ChangeOrganizationDetailsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Organization> for ChangeOrganizationDetailsResponse {
    fn from(body: types::Organization) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_organization_details`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOrganizationDetailsParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for ChangeOrganizationDetailsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ChangeOrganizationDetailsParams {
            orgname,
        })
    }
}

impl types::Validate for ChangeOrganizationDetailsParams {}

/// What [`Api::delete_admined_organization`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAdminedOrganizationResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteAdminedOrganizationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_admined_organization`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAdminedOrganizationParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for DeleteAdminedOrganizationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(DeleteAdminedOrganizationParams {
            orgname,
        })
    }
}

impl types::Validate for DeleteAdminedOrganizationParams {}

/// What [`Api::get_aggregate_org_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAggregateOrgLogsResponse {
    /// 200: Successful invocation
    Ok(types::AggregatedLogs),
}

impl IntoApiResponse for GetAggregateOrgLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AggregatedLogs> for GetAggregateOrgLogsResponse {
    fn from(body: types::AggregatedLogs) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_aggregate_org_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetAggregateOrgLogsParams {
    /// The name of the organization.
    pub orgname: String,
    /// Username for which to filter logs.
    pub performer: Option<String>,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for GetAggregateOrgLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let performer = read.opt(Place::Query, "performer");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetAggregateOrgLogsParams {
            orgname,
            performer,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for GetAggregateOrgLogsParams {}

/// What [`Api::get_organization_applications`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationApplicationsResponse {
    /// 200: The applications.
    Ok(types::OrganizationApplicationList),
}

impl IntoApiResponse for GetOrganizationApplicationsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationApplicationList> for GetOrganizationApplicationsResponse {
    fn from(body: types::OrganizationApplicationList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_applications`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationApplicationsParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetOrganizationApplicationsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationApplicationsParams {
            orgname,
        })
    }
}

impl types::Validate for GetOrganizationApplicationsParams {}

/// What [`Api::create_organization_application`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationApplicationResponse {
    /// 200: The new application, with its client ID and secret.
    Ok(types::OrganizationApplication),
}

impl IntoApiResponse for CreateOrganizationApplicationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationApplication> for CreateOrganizationApplicationResponse {
    fn from(body: types::OrganizationApplication) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::create_organization_application`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationApplicationParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for CreateOrganizationApplicationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationApplicationParams {
            orgname,
        })
    }
}

impl types::Validate for CreateOrganizationApplicationParams {}

/// What [`Api::get_organization_application`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationApplicationResponse {
    /// 200: The application.
    Ok(types::OrganizationApplication),
}

impl IntoApiResponse for GetOrganizationApplicationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationApplication> for GetOrganizationApplicationResponse {
    fn from(body: types::OrganizationApplication) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_application`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationApplicationParams {
    /// The name of the organization.
    pub orgname: String,
    /// The OAuth client ID.
    pub client_id: String,
}

impl FromParams for GetOrganizationApplicationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let client_id = read.one(Place::Path, "client_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(client_id) = client_id else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationApplicationParams {
            orgname,
            client_id,
        })
    }
}

impl types::Validate for GetOrganizationApplicationParams {}

/// What [`Api::update_organization_application`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationApplicationResponse {
    /// 200: The updated application.
    Ok(types::OrganizationApplication),
}

impl IntoApiResponse for UpdateOrganizationApplicationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationApplication> for UpdateOrganizationApplicationResponse {
    fn from(body: types::OrganizationApplication) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_organization_application`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationApplicationParams {
    /// The name of the organization.
    pub orgname: String,
    /// The OAuth client ID.
    pub client_id: String,
}

impl FromParams for UpdateOrganizationApplicationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let client_id = read.one(Place::Path, "client_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(client_id) = client_id else {
            return Err(read.failure());
        };
        read.finish(UpdateOrganizationApplicationParams {
            orgname,
            client_id,
        })
    }
}

impl types::Validate for UpdateOrganizationApplicationParams {}

/// What [`Api::delete_organization_application`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationApplicationResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationApplicationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_application`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationApplicationParams {
    /// The name of the organization.
    pub orgname: String,
    /// The OAuth client ID.
    pub client_id: String,
}

impl FromParams for DeleteOrganizationApplicationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let client_id = read.one(Place::Path, "client_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(client_id) = client_id else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationApplicationParams {
            orgname,
            client_id,
        })
    }
}

impl types::Validate for DeleteOrganizationApplicationParams {}

/// What [`Api::list_organization_auto_prune_policies`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrganizationAutoPrunePoliciesResponse {
    /// 200: Successful invocation
    Ok(types::AutoPrunePolicyList),
}

impl IntoApiResponse for ListOrganizationAutoPrunePoliciesResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicyList> for ListOrganizationAutoPrunePoliciesResponse {
    fn from(body: types::AutoPrunePolicyList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_organization_auto_prune_policies`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrganizationAutoPrunePoliciesParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for ListOrganizationAutoPrunePoliciesParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ListOrganizationAutoPrunePoliciesParams {
            orgname,
        })
    }
}

impl types::Validate for ListOrganizationAutoPrunePoliciesParams {}

/// What [`Api::create_organization_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationAutoPrunePolicyResponse {
    /// 201: Successful creation
    Created(types::AutoPrunePolicyId),
}

impl IntoApiResponse for CreateOrganizationAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::AutoPrunePolicyId> for CreateOrganizationAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicyId) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_organization_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationAutoPrunePolicyParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for CreateOrganizationAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationAutoPrunePolicyParams {
            orgname,
        })
    }
}

impl types::Validate for CreateOrganizationAutoPrunePolicyParams {}

/// What [`Api::get_organization_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationAutoPrunePolicyResponse {
    /// 200: Successful invocation
    Ok(types::AutoPrunePolicy),
}

impl IntoApiResponse for GetOrganizationAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicy> for GetOrganizationAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicy) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationAutoPrunePolicyParams {
    /// The name of the organization.
    pub orgname: String,
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for GetOrganizationAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationAutoPrunePolicyParams {
            orgname,
            policy_uuid,
        })
    }
}

impl types::Validate for GetOrganizationAutoPrunePolicyParams {}

/// What [`Api::update_organization_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationAutoPrunePolicyResponse {
    /// 204: Successful update; no body.
    NoContent,
}

impl IntoApiResponse for UpdateOrganizationAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::update_organization_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationAutoPrunePolicyParams {
    /// The name of the organization.
    pub orgname: String,
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for UpdateOrganizationAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(UpdateOrganizationAutoPrunePolicyParams {
            orgname,
            policy_uuid,
        })
    }
}

impl types::Validate for UpdateOrganizationAutoPrunePolicyParams {}

/// What [`Api::delete_organization_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationAutoPrunePolicyResponse {
    /// 200: Successful deletion; the body names the deleted policy.
    Ok(types::AutoPrunePolicyId),
}

impl IntoApiResponse for DeleteOrganizationAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicyId> for DeleteOrganizationAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicyId) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::delete_organization_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationAutoPrunePolicyParams {
    /// The name of the organization.
    pub orgname: String,
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for DeleteOrganizationAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationAutoPrunePolicyParams {
            orgname,
            policy_uuid,
        })
    }
}

impl types::Validate for DeleteOrganizationAutoPrunePolicyParams {}

/// What [`Api::get_organization_collaborators`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationCollaboratorsResponse {
    /// 200: The outside collaborators.
    Ok(types::OrganizationCollaboratorList),
}

impl IntoApiResponse for GetOrganizationCollaboratorsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationCollaboratorList> for GetOrganizationCollaboratorsResponse {
    fn from(body: types::OrganizationCollaboratorList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_collaborators`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationCollaboratorsParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetOrganizationCollaboratorsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationCollaboratorsParams {
            orgname,
        })
    }
}

impl types::Validate for GetOrganizationCollaboratorsParams {}

/// What [`Api::export_org_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportOrgLogsResponse {
    /// 200: Successful invocation: the export was queued.
    Ok(types::ExportLogsResult),
}

impl IntoApiResponse for ExportOrgLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ExportLogsResult> for ExportOrgLogsResponse {
    fn from(body: types::ExportLogsResult) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::export_org_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOrgLogsParams {
    /// The name of the organization.
    pub orgname: String,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ExportOrgLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ExportOrgLogsParams {
            orgname,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ExportOrgLogsParams {}

/// What [`Api::list_org_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrgLogsResponse {
    /// 200: Successful invocation
    Ok(types::LogsPage),
}

impl IntoApiResponse for ListOrgLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::LogsPage> for ListOrgLogsResponse {
    fn from(body: types::LogsPage) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_org_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrgLogsParams {
    /// The name of the organization.
    pub orgname: String,
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub next_page: Option<String>,
    /// Username for which to filter logs.
    pub performer: Option<String>,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ListOrgLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let next_page = read.opt(Place::Query, "next_page");
        let performer = read.opt(Place::Query, "performer");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ListOrgLogsParams {
            orgname,
            next_page,
            performer,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ListOrgLogsParams {}

/// What [`Api::get_organization_members`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationMembersResponse {
    /// 200: The members.
    Ok(types::OrganizationMemberList),
}

impl IntoApiResponse for GetOrganizationMembersResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationMemberList> for GetOrganizationMembersResponse {
    fn from(body: types::OrganizationMemberList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_members`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationMembersParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetOrganizationMembersParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationMembersParams {
            orgname,
        })
    }
}

impl types::Validate for GetOrganizationMembersParams {}

/// What [`Api::get_organization_member`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationMemberResponse {
    /// 200: The member.
    Ok(types::OrganizationMember),
}

impl IntoApiResponse for GetOrganizationMemberResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::OrganizationMember> for GetOrganizationMemberResponse {
    fn from(body: types::OrganizationMember) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_member`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationMemberParams {
    /// The name of the organization.
    pub orgname: String,
    /// The username of the organization member.
    pub membername: String,
}

impl FromParams for GetOrganizationMemberParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let membername = read.one(Place::Path, "membername");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(membername) = membername else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationMemberParams {
            orgname,
            membername,
        })
    }
}

impl types::Validate for GetOrganizationMemberParams {}

/// What [`Api::remove_organization_member`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveOrganizationMemberResponse {
    /// 204: Removed.
    NoContent,
}

impl IntoApiResponse for RemoveOrganizationMemberResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::remove_organization_member`].
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveOrganizationMemberParams {
    /// The name of the organization.
    pub orgname: String,
    /// The username of the organization member.
    pub membername: String,
}

impl FromParams for RemoveOrganizationMemberParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let membername = read.one(Place::Path, "membername");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(membername) = membername else {
            return Err(read.failure());
        };
        read.finish(RemoveOrganizationMemberParams {
            orgname,
            membername,
        })
    }
}

impl types::Validate for RemoveOrganizationMemberParams {}

/// What [`Api::get_organization_prototype_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationPrototypePermissionsResponse {
    /// 200: Successful invocation
    Ok(types::PrototypeList),
}

impl IntoApiResponse for GetOrganizationPrototypePermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::PrototypeList> for GetOrganizationPrototypePermissionsResponse {
    fn from(body: types::PrototypeList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_prototype_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationPrototypePermissionsParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetOrganizationPrototypePermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationPrototypePermissionsParams {
            orgname,
        })
    }
}

impl types::Validate for GetOrganizationPrototypePermissionsParams {}

/// What [`Api::create_organization_prototype_permission`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationPrototypePermissionResponse {
    /// 200: Successful invocation; the new prototype.
    Ok(types::Prototype),
}

impl IntoApiResponse for CreateOrganizationPrototypePermissionResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Prototype> for CreateOrganizationPrototypePermissionResponse {
    fn from(body: types::Prototype) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::create_organization_prototype_permission`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationPrototypePermissionParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for CreateOrganizationPrototypePermissionParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationPrototypePermissionParams {
            orgname,
        })
    }
}

impl types::Validate for CreateOrganizationPrototypePermissionParams {}

/// What [`Api::update_organization_prototype_permission`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationPrototypePermissionResponse {
    /// 200: Successful invocation; the updated prototype.
    Ok(types::Prototype),
}

impl IntoApiResponse for UpdateOrganizationPrototypePermissionResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Prototype> for UpdateOrganizationPrototypePermissionResponse {
    fn from(body: types::Prototype) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_organization_prototype_permission`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationPrototypePermissionParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the prototype.
    pub prototypeid: String,
}

impl FromParams for UpdateOrganizationPrototypePermissionParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let prototypeid = read.one(Place::Path, "prototypeid");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(prototypeid) = prototypeid else {
            return Err(read.failure());
        };
        read.finish(UpdateOrganizationPrototypePermissionParams {
            orgname,
            prototypeid,
        })
    }
}

impl types::Validate for UpdateOrganizationPrototypePermissionParams {}

/// What [`Api::delete_organization_prototype_permission`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationPrototypePermissionResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationPrototypePermissionResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_prototype_permission`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationPrototypePermissionParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the prototype.
    pub prototypeid: String,
}

impl FromParams for DeleteOrganizationPrototypePermissionParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let prototypeid = read.one(Place::Path, "prototypeid");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(prototypeid) = prototypeid else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationPrototypePermissionParams {
            orgname,
            prototypeid,
        })
    }
}

impl types::Validate for DeleteOrganizationPrototypePermissionParams {}

/// What [`Api::get_proxy_cache_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetProxyCacheConfigResponse {
    /// 200: The proxy cache configuration.
    Ok(types::ProxyCacheConfig),
}

impl IntoApiResponse for GetProxyCacheConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ProxyCacheConfig> for GetProxyCacheConfigResponse {
    fn from(body: types::ProxyCacheConfig) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_proxy_cache_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetProxyCacheConfigParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for GetProxyCacheConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetProxyCacheConfigParams {
            orgname,
        })
    }
}

impl types::Validate for GetProxyCacheConfigParams {}

/// What [`Api::create_proxy_cache_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateProxyCacheConfigResponse {
    /// 201: Created; the body is the JSON string "Created".
    Created(types::CreateProxyCacheConfigResponse),
}

impl IntoApiResponse for CreateProxyCacheConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateProxyCacheConfigResponse> for CreateProxyCacheConfigResponse {
    fn from(body: types::CreateProxyCacheConfigResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_proxy_cache_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProxyCacheConfigParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for CreateProxyCacheConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(CreateProxyCacheConfigParams {
            orgname,
        })
    }
}

impl types::Validate for CreateProxyCacheConfigParams {}

/// What [`Api::delete_proxy_cache_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteProxyCacheConfigResponse {
    /// 201: Deleted; the body is the JSON string "Deleted".
    Created(types::DeleteProxyCacheConfigResponse),
}

impl IntoApiResponse for DeleteProxyCacheConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::DeleteProxyCacheConfigResponse> for DeleteProxyCacheConfigResponse {
    fn from(body: types::DeleteProxyCacheConfigResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::delete_proxy_cache_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteProxyCacheConfigParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for DeleteProxyCacheConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(DeleteProxyCacheConfigParams {
            orgname,
        })
    }
}

impl types::Validate for DeleteProxyCacheConfigParams {}

/// What [`Api::list_organization_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrganizationQuotaResponse {
    /// 200: The quotas of the organization.
    Ok(types::QuotaList),
}

impl IntoApiResponse for ListOrganizationQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaList> for ListOrganizationQuotaResponse {
    fn from(body: types::QuotaList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_organization_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrganizationQuotaParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for ListOrganizationQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ListOrganizationQuotaParams {
            orgname,
        })
    }
}

impl types::Validate for ListOrganizationQuotaParams {}

/// What [`Api::create_organization_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationQuotaResponse {
    /// 201: Created; the body is the JSON string "Created".
    Created(types::CreateOrganizationQuotaResponse),
}

impl IntoApiResponse for CreateOrganizationQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateOrganizationQuotaResponse> for CreateOrganizationQuotaResponse {
    fn from(body: types::CreateOrganizationQuotaResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_organization_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationQuotaParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for CreateOrganizationQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationQuotaParams {
            orgname,
        })
    }
}

impl types::Validate for CreateOrganizationQuotaParams {}

/// What [`Api::get_organization_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationQuotaResponse {
    /// 200: The quota.
    Ok(types::QuotaView),
}

impl IntoApiResponse for GetOrganizationQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for GetOrganizationQuotaResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationQuotaParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for GetOrganizationQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationQuotaParams {
            orgname,
            quota_id,
        })
    }
}

impl types::Validate for GetOrganizationQuotaParams {}

/// What [`Api::change_organization_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeOrganizationQuotaResponse {
    /// 200: The updated quota.
    Ok(types::QuotaView),
}

impl IntoApiResponse for ChangeOrganizationQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for ChangeOrganizationQuotaResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_organization_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOrganizationQuotaParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for ChangeOrganizationQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(ChangeOrganizationQuotaParams {
            orgname,
            quota_id,
        })
    }
}

impl types::Validate for ChangeOrganizationQuotaParams {}

/// What [`Api::delete_organization_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationQuotaResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationQuotaParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for DeleteOrganizationQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationQuotaParams {
            orgname,
            quota_id,
        })
    }
}

impl types::Validate for DeleteOrganizationQuotaParams {}

/// What [`Api::list_organization_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrganizationQuotaLimitResponse {
    /// 200: The quota limits.
    Ok(types::QuotaLimitList),
}

impl IntoApiResponse for ListOrganizationQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaLimitList> for ListOrganizationQuotaLimitResponse {
    fn from(body: types::QuotaLimitList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_organization_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrganizationQuotaLimitParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for ListOrganizationQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(ListOrganizationQuotaLimitParams {
            orgname,
            quota_id,
        })
    }
}

impl types::Validate for ListOrganizationQuotaLimitParams {}

/// What [`Api::create_organization_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationQuotaLimitResponse {
    /// 201: Created; the body is the JSON string "Created".
    Created(types::CreateOrganizationQuotaLimitResponse),
}

impl IntoApiResponse for CreateOrganizationQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateOrganizationQuotaLimitResponse>
for CreateOrganizationQuotaLimitResponse {
    fn from(body: types::CreateOrganizationQuotaLimitResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_organization_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationQuotaLimitParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for CreateOrganizationQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationQuotaLimitParams {
            orgname,
            quota_id,
        })
    }
}

impl types::Validate for CreateOrganizationQuotaLimitParams {}

/// What [`Api::get_organization_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationQuotaLimitResponse {
    /// 200: The quota limit.
    Ok(types::QuotaLimit),
}

impl IntoApiResponse for GetOrganizationQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaLimit> for GetOrganizationQuotaLimitResponse {
    fn from(body: types::QuotaLimit) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationQuotaLimitParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
    /// The ID of the quota limit.
    pub limit_id: String,
}

impl FromParams for GetOrganizationQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let limit_id = read.one(Place::Path, "limit_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        let Some(limit_id) = limit_id else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationQuotaLimitParams {
            orgname,
            quota_id,
            limit_id,
        })
    }
}

impl types::Validate for GetOrganizationQuotaLimitParams {}

/// What [`Api::change_organization_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeOrganizationQuotaLimitResponse {
    /// 200: The parent quota, with all its limits.
    Ok(types::QuotaView),
}

impl IntoApiResponse for ChangeOrganizationQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for ChangeOrganizationQuotaLimitResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_organization_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOrganizationQuotaLimitParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
    /// The ID of the quota limit.
    pub limit_id: String,
}

impl FromParams for ChangeOrganizationQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let limit_id = read.one(Place::Path, "limit_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        let Some(limit_id) = limit_id else {
            return Err(read.failure());
        };
        read.finish(ChangeOrganizationQuotaLimitParams {
            orgname,
            quota_id,
            limit_id,
        })
    }
}

impl types::Validate for ChangeOrganizationQuotaLimitParams {}

/// What [`Api::delete_organization_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationQuotaLimitResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationQuotaLimitParams {
    /// The name of the organization.
    pub orgname: String,
    /// The ID of the quota.
    pub quota_id: String,
    /// The ID of the quota limit.
    pub limit_id: String,
}

impl FromParams for DeleteOrganizationQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let quota_id = read.one(Place::Path, "quota_id");
        let limit_id = read.one(Place::Path, "limit_id");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        let Some(limit_id) = limit_id else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationQuotaLimitParams {
            orgname,
            quota_id,
            limit_id,
        })
    }
}

impl types::Validate for DeleteOrganizationQuotaLimitParams {}

/// What [`Api::get_org_robots`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrgRobotsResponse {
    /// 200: Successful invocation
    Ok(types::RobotList),
}

impl IntoApiResponse for GetOrgRobotsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RobotList> for GetOrgRobotsResponse {
    fn from(body: types::RobotList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_org_robots`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrgRobotsParams {
    /// The name of the organization.
    pub orgname: String,
    /// If specified, the number of robots to return.
    pub limit: Option<i64>,
    /// If false, the robot's token is not returned.
    ///
    /// When absent, the document's default is `true`.
    pub token: Option<bool>,
    /// Whether to include repositories and teams in which the robots have permission.
    ///
    /// When absent, the document's default is `false`.
    pub permissions: Option<bool>,
}

impl FromParams for GetOrgRobotsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let limit = read.opt(Place::Query, "limit");
        let token = read.opt(Place::Query, "token");
        let permissions = read.opt(Place::Query, "permissions");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(GetOrgRobotsParams {
            orgname,
            limit,
            token,
            permissions,
        })
    }
}

impl types::Validate for GetOrgRobotsParams {}

/// What [`Api::get_org_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrgRobotResponse {
    /// 200: Successful invocation
    Ok(types::Robot),
}

impl IntoApiResponse for GetOrgRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Robot> for GetOrgRobotResponse {
    fn from(body: types::Robot) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_org_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrgRobotParams {
    /// The name of the organization.
    pub orgname: String,
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for GetOrgRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(GetOrgRobotParams {
            orgname,
            robot_shortname,
        })
    }
}

impl types::Validate for GetOrgRobotParams {}

/// What [`Api::create_org_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrgRobotResponse {
    /// 201: Successful creation
    Created(types::Robot),
    /// 400: Bad Request: an ApiError, or, where Quay catches a model exception itself (an invalid robot name, for one), `{"message": "..."}`.
    BadRequest(types::ApiErrorOrMessage),
}

impl IntoApiResponse for CreateOrgRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
            Self::BadRequest(body) => json_response(StatusCode::BAD_REQUEST, &body),
        }
    }
}

impl From<types::Robot> for CreateOrgRobotResponse {
    fn from(body: types::Robot) -> Self {
        Self::Created(body)
    }
}

impl From<types::ApiErrorOrMessage> for CreateOrgRobotResponse {
    fn from(body: types::ApiErrorOrMessage) -> Self {
        Self::BadRequest(body)
    }
}

/// The parameters of [`Api::create_org_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrgRobotParams {
    /// The name of the organization.
    pub orgname: String,
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for CreateOrgRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(CreateOrgRobotParams {
            orgname,
            robot_shortname,
        })
    }
}

impl types::Validate for CreateOrgRobotParams {}

/// What [`Api::delete_org_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrgRobotResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteOrgRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_org_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrgRobotParams {
    /// The name of the organization.
    pub orgname: String,
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for DeleteOrgRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(DeleteOrgRobotParams {
            orgname,
            robot_shortname,
        })
    }
}

impl types::Validate for DeleteOrgRobotParams {}

/// What [`Api::get_org_robot_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrgRobotPermissionsResponse {
    /// 200: Successful invocation
    Ok(types::RobotPermissionList),
}

impl IntoApiResponse for GetOrgRobotPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RobotPermissionList> for GetOrgRobotPermissionsResponse {
    fn from(body: types::RobotPermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_org_robot_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrgRobotPermissionsParams {
    /// The name of the organization.
    pub orgname: String,
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for GetOrgRobotPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(GetOrgRobotPermissionsParams {
            orgname,
            robot_shortname,
        })
    }
}

impl types::Validate for GetOrgRobotPermissionsParams {}

/// What [`Api::regenerate_org_robot_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateOrgRobotTokenResponse {
    /// 200: Successful invocation; the robot with its new token.
    Ok(types::Robot),
}

impl IntoApiResponse for RegenerateOrgRobotTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Robot> for RegenerateOrgRobotTokenResponse {
    fn from(body: types::Robot) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::regenerate_org_robot_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct RegenerateOrgRobotTokenParams {
    /// The name of the organization.
    pub orgname: String,
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for RegenerateOrgRobotTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(RegenerateOrgRobotTokenParams {
            orgname,
            robot_shortname,
        })
    }
}

impl types::Validate for RegenerateOrgRobotTokenParams {}

/// What [`Api::update_organization_team`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationTeamResponse {
    /// 200: The team as it now is.
    Ok(types::Team),
}

impl IntoApiResponse for UpdateOrganizationTeamResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Team> for UpdateOrganizationTeamResponse {
    fn from(body: types::Team) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_organization_team`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationTeamParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
}

impl FromParams for UpdateOrganizationTeamParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(UpdateOrganizationTeamParams {
            orgname,
            teamname,
        })
    }
}

impl types::Validate for UpdateOrganizationTeamParams {}

/// What [`Api::delete_organization_team`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationTeamResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationTeamResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_team`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationTeamParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
}

impl FromParams for DeleteOrganizationTeamParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationTeamParams {
            orgname,
            teamname,
        })
    }
}

impl types::Validate for DeleteOrganizationTeamParams {}

/// What [`Api::invite_team_member_email`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum InviteTeamMemberEmailResponse {
    /// 200: The invitation (as a team member entry with `invited` true).
    Ok(types::TeamMember),
}

impl IntoApiResponse for InviteTeamMemberEmailResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::TeamMember> for InviteTeamMemberEmailResponse {
    fn from(body: types::TeamMember) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::invite_team_member_email`].
#[derive(Debug, Clone, PartialEq)]
pub struct InviteTeamMemberEmailParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
    /// The email address to invite.
    pub email: String,
}

impl FromParams for InviteTeamMemberEmailParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let email = read.one(Place::Path, "email");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        let Some(email) = email else {
            return Err(read.failure());
        };
        read.finish(InviteTeamMemberEmailParams {
            orgname,
            teamname,
            email,
        })
    }
}

impl types::Validate for InviteTeamMemberEmailParams {}

/// What [`Api::delete_team_member_email_invite`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTeamMemberEmailInviteResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteTeamMemberEmailInviteResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_team_member_email_invite`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTeamMemberEmailInviteParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
    /// The invited email address.
    pub email: String,
}

impl FromParams for DeleteTeamMemberEmailInviteParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let email = read.one(Place::Path, "email");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        let Some(email) = email else {
            return Err(read.failure());
        };
        read.finish(DeleteTeamMemberEmailInviteParams {
            orgname,
            teamname,
            email,
        })
    }
}

impl types::Validate for DeleteTeamMemberEmailInviteParams {}

/// What [`Api::get_organization_team_members`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationTeamMembersResponse {
    /// 200: The team's members.
    Ok(types::TeamMemberList),
}

impl IntoApiResponse for GetOrganizationTeamMembersResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::TeamMemberList> for GetOrganizationTeamMembersResponse {
    fn from(body: types::TeamMemberList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_team_members`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationTeamMembersParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
    /// Whether to include pending members (invites); only honoured for organization administrators.
    ///
    /// When absent, the document's default is `false`.
    pub include_pending: Option<bool>,
}

impl FromParams for GetOrganizationTeamMembersParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let include_pending = read.opt(Place::Query, "includePending");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationTeamMembersParams {
            orgname,
            teamname,
            include_pending,
        })
    }
}

impl types::Validate for GetOrganizationTeamMembersParams {}

/// What [`Api::update_organization_team_member`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationTeamMemberResponse {
    /// 200: The member that was added or invited.
    Ok(types::TeamMember),
}

impl IntoApiResponse for UpdateOrganizationTeamMemberResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::TeamMember> for UpdateOrganizationTeamMemberResponse {
    fn from(body: types::TeamMember) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_organization_team_member`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationTeamMemberParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
    /// The username of the team member.
    pub membername: String,
}

impl FromParams for UpdateOrganizationTeamMemberParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let membername = read.one(Place::Path, "membername");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        let Some(membername) = membername else {
            return Err(read.failure());
        };
        read.finish(UpdateOrganizationTeamMemberParams {
            orgname,
            teamname,
            membername,
        })
    }
}

impl types::Validate for UpdateOrganizationTeamMemberParams {}

/// What [`Api::delete_organization_team_member`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationTeamMemberResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationTeamMemberResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_team_member`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationTeamMemberParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
    /// The username of the team member.
    pub membername: String,
}

impl FromParams for DeleteOrganizationTeamMemberParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let membername = read.one(Place::Path, "membername");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        let Some(membername) = membername else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationTeamMemberParams {
            orgname,
            teamname,
            membername,
        })
    }
}

impl types::Validate for DeleteOrganizationTeamMemberParams {}

/// What [`Api::get_organization_team_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationTeamPermissionsResponse {
    /// 200: The team's repository permissions.
    Ok(types::TeamRepositoryPermissionList),
}

impl IntoApiResponse for GetOrganizationTeamPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::TeamRepositoryPermissionList>
for GetOrganizationTeamPermissionsResponse {
    fn from(body: types::TeamRepositoryPermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_organization_team_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationTeamPermissionsParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
}

impl FromParams for GetOrganizationTeamPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(GetOrganizationTeamPermissionsParams {
            orgname,
            teamname,
        })
    }
}

impl types::Validate for GetOrganizationTeamPermissionsParams {}

/// What [`Api::enable_organization_team_sync`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum EnableOrganizationTeamSyncResponse {
    /// 200: The team, now synced.
    Ok(types::Team),
}

impl IntoApiResponse for EnableOrganizationTeamSyncResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Team> for EnableOrganizationTeamSyncResponse {
    fn from(body: types::Team) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::enable_organization_team_sync`].
#[derive(Debug, Clone, PartialEq)]
pub struct EnableOrganizationTeamSyncParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
}

impl FromParams for EnableOrganizationTeamSyncParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(EnableOrganizationTeamSyncParams {
            orgname,
            teamname,
        })
    }
}

impl types::Validate for EnableOrganizationTeamSyncParams {}

/// What [`Api::disable_organization_team_sync`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DisableOrganizationTeamSyncResponse {
    /// 200: The team, no longer synced.
    Ok(types::Team),
}

impl IntoApiResponse for DisableOrganizationTeamSyncResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Team> for DisableOrganizationTeamSyncResponse {
    fn from(body: types::Team) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::disable_organization_team_sync`].
#[derive(Debug, Clone, PartialEq)]
pub struct DisableOrganizationTeamSyncParams {
    /// The name of the organization.
    pub orgname: String,
    /// The name of the team.
    pub teamname: String,
}

impl FromParams for DisableOrganizationTeamSyncParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let teamname = read.one(Place::Path, "teamname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(DisableOrganizationTeamSyncParams {
            orgname,
            teamname,
        })
    }
}

impl types::Validate for DisableOrganizationTeamSyncParams {}

/// What [`Api::validate_proxy_cache_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ValidateProxyCacheConfigResponse {
    /// 202: Accepted; the body is the JSON string "Valid" or "Anonymous".
    Accepted(types::ValidateProxyCacheConfigResponse),
}

impl IntoApiResponse for ValidateProxyCacheConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Accepted(body) => json_response(StatusCode::ACCEPTED, &body),
        }
    }
}

impl From<types::ValidateProxyCacheConfigResponse> for ValidateProxyCacheConfigResponse {
    fn from(body: types::ValidateProxyCacheConfigResponse) -> Self {
        Self::Accepted(body)
    }
}

/// The parameters of [`Api::validate_proxy_cache_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct ValidateProxyCacheConfigParams {
    /// The name of the organization.
    pub orgname: String,
}

impl FromParams for ValidateProxyCacheConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let orgname = read.one(Place::Path, "orgname");
        let Some(orgname) = orgname else {
            return Err(read.failure());
        };
        read.finish(ValidateProxyCacheConfigParams {
            orgname,
        })
    }
}

impl types::Validate for ValidateProxyCacheConfigParams {}

/// What [`Api::list_repos`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListReposResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryList),
}

impl IntoApiResponse for ListReposResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryList> for ListReposResponse {
    fn from(body: types::RepositoryList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repos`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListReposParams {
    /// Opaque token from the previous page (its next\_page value).
    pub next_page: Option<String>,
    /// The kind of repositories to return.
    ///
    /// When absent, the document's default is `"image"`.
    pub repo_kind: Option<types::ListReposRepoKind>,
    /// Whether to include the repository's popularity metric.
    ///
    /// When absent, the document's default is `false`.
    pub popularity: Option<bool>,
    /// Whether to include when the repository was last modified.
    ///
    /// When absent, the document's default is `false`.
    pub last_modified: Option<bool>,
    /// Adds any repositories visible to the user by virtue of being public.
    ///
    /// When absent, the document's default is `false`.
    pub public: Option<bool>,
    /// Filters the repositories returned to those starred by the user.
    ///
    /// When absent, the document's default is `false`.
    pub starred: Option<bool>,
    /// Filters the repositories returned to this namespace.
    pub namespace: Option<String>,
}

impl FromParams for ListReposParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let next_page = read.opt(Place::Query, "next_page");
        let repo_kind = read.opt(Place::Query, "repo_kind");
        let popularity = read.opt(Place::Query, "popularity");
        let last_modified = read.opt(Place::Query, "last_modified");
        let public = read.opt(Place::Query, "public");
        let starred = read.opt(Place::Query, "starred");
        let namespace = read.opt(Place::Query, "namespace");
        read.finish(ListReposParams {
            next_page,
            repo_kind,
            popularity,
            last_modified,
            public,
            starred,
            namespace,
        })
    }
}

impl types::Validate for ListReposParams {
    fn validate(&self) -> Result<(), types::Invalid> {
        #[allow(unused_imports)]
        use types::Validate as _;
        let mut checks = types::FirstInvalid::default();
        checks.at("repo_kind", self.repo_kind.validate());
        checks.done()
    }
}

/// What [`Api::create_repo`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRepoResponse {
    /// 201: Successful creation
    Created(types::CreatedRepository),
}

impl IntoApiResponse for CreateRepoResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreatedRepository> for CreateRepoResponse {
    fn from(body: types::CreatedRepository) -> Self {
        Self::Created(body)
    }
}

/// What [`Api::get_repo`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoResponse {
    /// 200: Successful invocation
    Ok(types::Repository),
}

impl IntoApiResponse for GetRepoResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Repository> for GetRepoResponse {
    fn from(body: types::Repository) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Whether to include repository tags (at most 500 active tags).
    ///
    /// When absent, the document's default is `true`.
    pub include_tags: Option<bool>,
    /// Whether to include action statistics.
    ///
    /// When absent, the document's default is `false`.
    pub include_stats: Option<bool>,
}

impl FromParams for GetRepoParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let include_tags = read.opt(Place::Query, "includeTags");
        let include_stats = read.opt(Place::Query, "includeStats");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(GetRepoParams {
            repository,
            include_tags,
            include_stats,
        })
    }
}

impl types::Validate for GetRepoParams {}

/// What [`Api::update_repo`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRepoResponse {
    /// 200: Successful invocation
    Ok(types::RepoSuccess),
}

impl IntoApiResponse for UpdateRepoResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoSuccess> for UpdateRepoResponse {
    fn from(body: types::RepoSuccess) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_repo`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRepoParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for UpdateRepoParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(UpdateRepoParams { repository })
    }
}

impl types::Validate for UpdateRepoParams {}

/// What [`Api::delete_repository`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRepositoryResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteRepositoryResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_repository`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRepositoryParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for DeleteRepositoryParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(DeleteRepositoryParams {
            repository,
        })
    }
}

impl types::Validate for DeleteRepositoryParams {}

/// What [`Api::get_aggregate_repo_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAggregateRepoLogsResponse {
    /// 200: Successful invocation
    Ok(types::AggregatedLogs),
}

impl IntoApiResponse for GetAggregateRepoLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AggregatedLogs> for GetAggregateRepoLogsResponse {
    fn from(body: types::AggregatedLogs) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_aggregate_repo_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetAggregateRepoLogsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for GetAggregateRepoLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(GetAggregateRepoLogsParams {
            repository,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for GetAggregateRepoLogsParams {}

/// What [`Api::get_repo_builds`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildsResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryBuildList),
}

impl IntoApiResponse for GetRepoBuildsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuildList> for GetRepoBuildsResponse {
    fn from(body: types::RepositoryBuildList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_builds`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Returns all builds since the given unix timecode (seconds).
    pub since: Option<i64>,
    /// The maximum number of builds to return.
    ///
    /// When absent, the document's default is `5`.
    pub limit: Option<i64>,
}

impl FromParams for GetRepoBuildsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let since = read.opt(Place::Query, "since");
        let limit = read.opt(Place::Query, "limit");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildsParams {
            repository,
            since,
            limit,
        })
    }
}

impl types::Validate for GetRepoBuildsParams {}

/// What [`Api::request_repo_build`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RequestRepoBuildResponse {
    /// 201: Successful creation: the queued build.
    Created(types::RepositoryBuild),
}

impl IntoApiResponse for RequestRepoBuildResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::RepositoryBuild> for RequestRepoBuildResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::request_repo_build`].
#[derive(Debug, Clone, PartialEq)]
pub struct RequestRepoBuildParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for RequestRepoBuildParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(RequestRepoBuildParams {
            repository,
        })
    }
}

impl types::Validate for RequestRepoBuildParams {}

/// What [`Api::get_repo_build`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryBuild),
}

impl IntoApiResponse for GetRepoBuildResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuild> for GetRepoBuildResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build.
    pub build_uuid: String,
}

impl FromParams for GetRepoBuildParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let build_uuid = read.one(Place::Path, "build_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildParams {
            repository,
            build_uuid,
        })
    }
}

impl types::Validate for GetRepoBuildParams {}

/// What [`Api::cancel_repo_build`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CancelRepoBuildResponse {
    /// 201: The build was cancelled; the body is the JSON string "Okay".
    Created(types::CancelRepoBuildResponse),
}

impl IntoApiResponse for CancelRepoBuildResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CancelRepoBuildResponse> for CancelRepoBuildResponse {
    fn from(body: types::CancelRepoBuildResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::cancel_repo_build`].
#[derive(Debug, Clone, PartialEq)]
pub struct CancelRepoBuildParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build.
    pub build_uuid: String,
}

impl FromParams for CancelRepoBuildParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let build_uuid = read.one(Place::Path, "build_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(CancelRepoBuildParams {
            repository,
            build_uuid,
        })
    }
}

impl types::Validate for CancelRepoBuildParams {}

/// What [`Api::get_repo_build_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildLogsResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryBuildLogs),
}

impl IntoApiResponse for GetRepoBuildLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuildLogs> for GetRepoBuildLogsResponse {
    fn from(body: types::RepositoryBuildLogs) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildLogsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build.
    pub build_uuid: String,
    /// Index of the first log entry to return (read by Quay from the query string, not declared in its API description).
    ///
    /// When absent, the document's default is `0`.
    pub start: Option<i64>,
}

impl FromParams for GetRepoBuildLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let build_uuid = read.one(Place::Path, "build_uuid");
        let start = read.opt(Place::Query, "start");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildLogsParams {
            repository,
            build_uuid,
            start,
        })
    }
}

impl types::Validate for GetRepoBuildLogsParams {}

/// What [`Api::get_repo_build_status`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildStatusResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryBuild),
}

impl IntoApiResponse for GetRepoBuildStatusResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuild> for GetRepoBuildStatusResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build_status`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildStatusParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build.
    pub build_uuid: String,
}

impl FromParams for GetRepoBuildStatusParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let build_uuid = read.one(Place::Path, "build_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildStatusParams {
            repository,
            build_uuid,
        })
    }
}

impl types::Validate for GetRepoBuildStatusParams {}

/// What [`Api::change_repo_state`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeRepoStateResponse {
    /// 200: Successful invocation
    Ok(types::RepoSuccess),
}

impl IntoApiResponse for ChangeRepoStateResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoSuccess> for ChangeRepoStateResponse {
    fn from(body: types::RepoSuccess) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_repo_state`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRepoStateParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ChangeRepoStateParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ChangeRepoStateParams {
            repository,
        })
    }
}

impl types::Validate for ChangeRepoStateParams {}

/// What [`Api::change_repo_visibility`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeRepoVisibilityResponse {
    /// 200: Successful invocation
    Ok(types::RepoSuccess),
}

impl IntoApiResponse for ChangeRepoVisibilityResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoSuccess> for ChangeRepoVisibilityResponse {
    fn from(body: types::RepoSuccess) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_repo_visibility`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRepoVisibilityParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ChangeRepoVisibilityParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ChangeRepoVisibilityParams {
            repository,
        })
    }
}

impl types::Validate for ChangeRepoVisibilityParams {}

/// What [`Api::export_repo_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportRepoLogsResponse {
    /// 200: Successful invocation: the export was queued.
    Ok(types::ExportLogsResult),
}

impl IntoApiResponse for ExportRepoLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ExportLogsResult> for ExportRepoLogsResponse {
    fn from(body: types::ExportLogsResult) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::export_repo_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRepoLogsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ExportRepoLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ExportRepoLogsParams {
            repository,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ExportRepoLogsParams {}

/// What [`Api::list_repo_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoLogsResponse {
    /// 200: Successful invocation
    Ok(types::LogsPage),
}

impl IntoApiResponse for ListRepoLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::LogsPage> for ListRepoLogsResponse {
    fn from(body: types::LogsPage) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repo_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoLogsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub next_page: Option<String>,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ListRepoLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let next_page = read.opt(Place::Query, "next_page");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoLogsParams {
            repository,
            next_page,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ListRepoLogsParams {}

/// What [`Api::get_repo_manifest`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoManifestResponse {
    /// 200: Successful invocation
    Ok(types::RepoManifest),
}

impl IntoApiResponse for GetRepoManifestResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoManifest> for GetRepoManifestResponse {
    fn from(body: types::RepoManifest) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_manifest`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoManifestParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
}

impl FromParams for GetRepoManifestParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        read.finish(GetRepoManifestParams {
            repository,
            manifestref,
        })
    }
}

impl types::Validate for GetRepoManifestParams {}

/// What [`Api::list_manifest_labels`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListManifestLabelsResponse {
    /// 200: Successful invocation
    Ok(types::ManifestLabelList),
}

impl IntoApiResponse for ListManifestLabelsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ManifestLabelList> for ListManifestLabelsResponse {
    fn from(body: types::ManifestLabelList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_manifest_labels`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListManifestLabelsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
    /// If specified, only labels matching the given prefix will be returned.
    pub filter: Option<String>,
}

impl FromParams for ListManifestLabelsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let filter = read.opt(Place::Query, "filter");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        read.finish(ListManifestLabelsParams {
            repository,
            manifestref,
            filter,
        })
    }
}

impl types::Validate for ListManifestLabelsParams {}

/// What [`Api::add_manifest_label`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum AddManifestLabelResponse {
    /// 201: Successful creation: the new label.
    Created(types::AddedManifestLabel),
}

impl IntoApiResponse for AddManifestLabelResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::AddedManifestLabel> for AddManifestLabelResponse {
    fn from(body: types::AddedManifestLabel) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::add_manifest_label`].
#[derive(Debug, Clone, PartialEq)]
pub struct AddManifestLabelParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
}

impl FromParams for AddManifestLabelParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        read.finish(AddManifestLabelParams {
            repository,
            manifestref,
        })
    }
}

impl types::Validate for AddManifestLabelParams {}

/// What [`Api::get_manifest_label`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetManifestLabelResponse {
    /// 200: Successful invocation
    Ok(types::ManifestLabel),
}

impl IntoApiResponse for GetManifestLabelResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ManifestLabel> for GetManifestLabelResponse {
    fn from(body: types::ManifestLabel) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_manifest_label`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetManifestLabelParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
    /// The ID of the label.
    pub labelid: String,
}

impl FromParams for GetManifestLabelParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let labelid = read.one(Place::Path, "labelid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        let Some(labelid) = labelid else {
            return Err(read.failure());
        };
        read.finish(GetManifestLabelParams {
            repository,
            manifestref,
            labelid,
        })
    }
}

impl types::Validate for GetManifestLabelParams {}

/// What [`Api::delete_manifest_label`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteManifestLabelResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteManifestLabelResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_manifest_label`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteManifestLabelParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
    /// The ID of the label.
    pub labelid: String,
}

impl FromParams for DeleteManifestLabelParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let labelid = read.one(Place::Path, "labelid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        let Some(labelid) = labelid else {
            return Err(read.failure());
        };
        read.finish(DeleteManifestLabelParams {
            repository,
            manifestref,
            labelid,
        })
    }
}

impl types::Validate for DeleteManifestLabelParams {}

/// What [`Api::get_repo_manifest_security`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoManifestSecurityResponse {
    /// 200: Successful invocation
    Ok(types::SecurityScanResult),
}

impl IntoApiResponse for GetRepoManifestSecurityResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::SecurityScanResult> for GetRepoManifestSecurityResponse {
    fn from(body: types::SecurityScanResult) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_manifest_security`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoManifestSecurityParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The digest of the manifest, e.g. sha256:\<hex\>
    pub manifestref: String,
    /// Include vulnerabilities information.
    ///
    /// When absent, the document's default is `false`.
    pub vulnerabilities: Option<bool>,
}

impl FromParams for GetRepoManifestSecurityParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let manifestref = read.one(Place::Path, "manifestref");
        let vulnerabilities = read.opt(Place::Query, "vulnerabilities");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(manifestref) = manifestref else {
            return Err(read.failure());
        };
        read.finish(GetRepoManifestSecurityParams {
            repository,
            manifestref,
            vulnerabilities,
        })
    }
}

impl types::Validate for GetRepoManifestSecurityParams {}

/// What [`Api::get_repo_mirror_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoMirrorConfigResponse {
    /// 200: Successful invocation
    Ok(types::ViewMirrorConfig),
}

impl IntoApiResponse for GetRepoMirrorConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ViewMirrorConfig> for GetRepoMirrorConfigResponse {
    fn from(body: types::ViewMirrorConfig) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_mirror_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoMirrorConfigParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for GetRepoMirrorConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(GetRepoMirrorConfigParams {
            repository,
        })
    }
}

impl types::Validate for GetRepoMirrorConfigParams {}

/// What [`Api::change_repo_mirror_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeRepoMirrorConfigResponse {
    /// 201: The configuration was updated (no body).
    Created,
}

impl IntoApiResponse for ChangeRepoMirrorConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created => StatusCode::CREATED.into_response(),
        }
    }
}

/// The parameters of [`Api::change_repo_mirror_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRepoMirrorConfigParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ChangeRepoMirrorConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ChangeRepoMirrorConfigParams {
            repository,
        })
    }
}

impl types::Validate for ChangeRepoMirrorConfigParams {}

/// What [`Api::create_repo_mirror_config`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRepoMirrorConfigResponse {
    /// 201: Successful creation (no body).
    Created,
}

impl IntoApiResponse for CreateRepoMirrorConfigResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created => StatusCode::CREATED.into_response(),
        }
    }
}

/// The parameters of [`Api::create_repo_mirror_config`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRepoMirrorConfigParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for CreateRepoMirrorConfigParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(CreateRepoMirrorConfigParams {
            repository,
        })
    }
}

impl types::Validate for CreateRepoMirrorConfigParams {}

/// What [`Api::sync_cancel`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum SyncCancelResponse {
    /// 204: The synchronization was cancelled.
    NoContent,
}

impl IntoApiResponse for SyncCancelResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::sync_cancel`].
#[derive(Debug, Clone, PartialEq)]
pub struct SyncCancelParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for SyncCancelParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(SyncCancelParams { repository })
    }
}

impl types::Validate for SyncCancelParams {}

/// What [`Api::sync_now`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum SyncNowResponse {
    /// 204: The synchronization was requested.
    NoContent,
}

impl IntoApiResponse for SyncNowResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::sync_now`].
#[derive(Debug, Clone, PartialEq)]
pub struct SyncNowParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for SyncNowParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(SyncNowParams { repository })
    }
}

impl types::Validate for SyncNowParams {}

/// What [`Api::list_repo_notifications`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoNotificationsResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryNotificationList),
}

impl IntoApiResponse for ListRepoNotificationsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryNotificationList> for ListRepoNotificationsResponse {
    fn from(body: types::RepositoryNotificationList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repo_notifications`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoNotificationsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ListRepoNotificationsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoNotificationsParams {
            repository,
        })
    }
}

impl types::Validate for ListRepoNotificationsParams {}

/// What [`Api::create_repo_notification`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRepoNotificationResponse {
    /// 201: Successful creation
    Created(types::RepositoryNotification),
}

impl IntoApiResponse for CreateRepoNotificationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::RepositoryNotification> for CreateRepoNotificationResponse {
    fn from(body: types::RepositoryNotification) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_repo_notification`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRepoNotificationParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for CreateRepoNotificationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(CreateRepoNotificationParams {
            repository,
        })
    }
}

impl types::Validate for CreateRepoNotificationParams {}

/// What [`Api::get_repo_notification`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoNotificationResponse {
    /// 200: Successful invocation
    Ok(types::RepositoryNotification),
}

impl IntoApiResponse for GetRepoNotificationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryNotification> for GetRepoNotificationResponse {
    fn from(body: types::RepositoryNotification) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_notification`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoNotificationParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the notification.
    pub uuid: String,
}

impl FromParams for GetRepoNotificationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let uuid = read.one(Place::Path, "uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(uuid) = uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoNotificationParams {
            repository,
            uuid,
        })
    }
}

impl types::Validate for GetRepoNotificationParams {}

/// What [`Api::reset_repository_notification_failures`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ResetRepositoryNotificationFailuresResponse {
    /// 204: Successful invocation; no body.
    NoContent,
}

impl IntoApiResponse for ResetRepositoryNotificationFailuresResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::reset_repository_notification_failures`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRepositoryNotificationFailuresParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the notification.
    pub uuid: String,
}

impl FromParams for ResetRepositoryNotificationFailuresParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let uuid = read.one(Place::Path, "uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(uuid) = uuid else {
            return Err(read.failure());
        };
        read.finish(ResetRepositoryNotificationFailuresParams {
            repository,
            uuid,
        })
    }
}

impl types::Validate for ResetRepositoryNotificationFailuresParams {}

/// What [`Api::delete_repo_notification`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRepoNotificationResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteRepoNotificationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_repo_notification`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRepoNotificationParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the notification.
    pub uuid: String,
}

impl FromParams for DeleteRepoNotificationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let uuid = read.one(Place::Path, "uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(uuid) = uuid else {
            return Err(read.failure());
        };
        read.finish(DeleteRepoNotificationParams {
            repository,
            uuid,
        })
    }
}

impl types::Validate for DeleteRepoNotificationParams {}

/// What [`Api::test_repo_notification`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum TestRepoNotificationResponse {
    /// 200: Successful invocation; the body is an empty object.
    Ok(serde_json::Map<String, serde_json::Value>),
}

impl IntoApiResponse for TestRepoNotificationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for TestRepoNotificationResponse {
    fn from(body: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::test_repo_notification`].
#[derive(Debug, Clone, PartialEq)]
pub struct TestRepoNotificationParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the notification.
    pub uuid: String,
}

impl FromParams for TestRepoNotificationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let uuid = read.one(Place::Path, "uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(uuid) = uuid else {
            return Err(read.failure());
        };
        read.finish(TestRepoNotificationParams {
            repository,
            uuid,
        })
    }
}

impl types::Validate for TestRepoNotificationParams {}

/// What [`Api::list_repo_team_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoTeamPermissionsResponse {
    /// 200: The team permissions, keyed by team name.
    Ok(types::RepoTeamPermissionList),
}

impl IntoApiResponse for ListRepoTeamPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoTeamPermissionList> for ListRepoTeamPermissionsResponse {
    fn from(body: types::RepoTeamPermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repo_team_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoTeamPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ListRepoTeamPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoTeamPermissionsParams {
            repository,
        })
    }
}

impl types::Validate for ListRepoTeamPermissionsParams {}

/// What [`Api::get_team_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetTeamPermissionsResponse {
    /// 200: The role of the team.
    Ok(types::RepoRole),
}

impl IntoApiResponse for GetTeamPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoRole> for GetTeamPermissionsResponse {
    fn from(body: types::RepoRole) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_team_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetTeamPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the team to which the permission applies.
    pub teamname: String,
}

impl FromParams for GetTeamPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let teamname = read.one(Place::Path, "teamname");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(GetTeamPermissionsParams {
            repository,
            teamname,
        })
    }
}

impl types::Validate for GetTeamPermissionsParams {}

/// What [`Api::change_team_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeTeamPermissionsResponse {
    /// 200: The new permission of the team.
    Ok(types::RepoTeamPermission),
}

impl IntoApiResponse for ChangeTeamPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoTeamPermission> for ChangeTeamPermissionsResponse {
    fn from(body: types::RepoTeamPermission) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_team_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeTeamPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the team to which the permission applies.
    pub teamname: String,
}

impl FromParams for ChangeTeamPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let teamname = read.one(Place::Path, "teamname");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(ChangeTeamPermissionsParams {
            repository,
            teamname,
        })
    }
}

impl types::Validate for ChangeTeamPermissionsParams {}

/// What [`Api::delete_team_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTeamPermissionsResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteTeamPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_team_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTeamPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the team to which the permission applies.
    pub teamname: String,
}

impl FromParams for DeleteTeamPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let teamname = read.one(Place::Path, "teamname");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(teamname) = teamname else {
            return Err(read.failure());
        };
        read.finish(DeleteTeamPermissionsParams {
            repository,
            teamname,
        })
    }
}

impl types::Validate for DeleteTeamPermissionsParams {}

/// What [`Api::list_repo_user_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoUserPermissionsResponse {
    /// 200: The user permissions, keyed by username.
    Ok(types::RepoUserPermissionList),
}

impl IntoApiResponse for ListRepoUserPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoUserPermissionList> for ListRepoUserPermissionsResponse {
    fn from(body: types::RepoUserPermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repo_user_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoUserPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ListRepoUserPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoUserPermissionsParams {
            repository,
        })
    }
}

impl types::Validate for ListRepoUserPermissionsParams {}

/// What [`Api::get_user_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserPermissionsResponse {
    /// 200: The permission of the user.
    Ok(types::RepoUserPermission),
}

impl IntoApiResponse for GetUserPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoUserPermission> for GetUserPermissionsResponse {
    fn from(body: types::RepoUserPermission) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The username of the user to which the permission applies.
    pub username: String,
}

impl FromParams for GetUserPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let username = read.one(Place::Path, "username");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(username) = username else {
            return Err(read.failure());
        };
        read.finish(GetUserPermissionsParams {
            repository,
            username,
        })
    }
}

impl types::Validate for GetUserPermissionsParams {}

/// What [`Api::change_user_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeUserPermissionsResponse {
    /// 200: The new permission of the user.
    Ok(types::RepoUserPermission),
}

impl IntoApiResponse for ChangeUserPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoUserPermission> for ChangeUserPermissionsResponse {
    fn from(body: types::RepoUserPermission) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_user_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeUserPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The username of the user to which the permission applies.
    pub username: String,
}

impl FromParams for ChangeUserPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let username = read.one(Place::Path, "username");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(username) = username else {
            return Err(read.failure());
        };
        read.finish(ChangeUserPermissionsParams {
            repository,
            username,
        })
    }
}

impl types::Validate for ChangeUserPermissionsParams {}

/// What [`Api::delete_user_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserPermissionsResponse {
    /// 204: Deleted.
    NoContent,
}

impl IntoApiResponse for DeleteUserPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_user_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserPermissionsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The username of the user to which the permission applies.
    pub username: String,
}

impl FromParams for DeleteUserPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let username = read.one(Place::Path, "username");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(username) = username else {
            return Err(read.failure());
        };
        read.finish(DeleteUserPermissionsParams {
            repository,
            username,
        })
    }
}

impl types::Validate for DeleteUserPermissionsParams {}

/// What [`Api::get_user_transitive_permission`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserTransitivePermissionResponse {
    /// 200: The roles of the user on the repository.
    Ok(types::RepoTransitivePermissionList),
}

impl IntoApiResponse for GetUserTransitivePermissionResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepoTransitivePermissionList> for GetUserTransitivePermissionResponse {
    fn from(body: types::RepoTransitivePermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_transitive_permission`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserTransitivePermissionParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The username of the user to which the permission applies.
    pub username: String,
}

impl FromParams for GetUserTransitivePermissionParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let username = read.one(Place::Path, "username");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(username) = username else {
            return Err(read.failure());
        };
        read.finish(GetUserTransitivePermissionParams {
            repository,
            username,
        })
    }
}

impl types::Validate for GetUserTransitivePermissionParams {}

/// What [`Api::list_repo_tags`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoTagsResponse {
    /// 200: One page of the repository's tag history.
    Ok(types::TagList),
}

impl IntoApiResponse for ListRepoTagsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::TagList> for ListRepoTagsResponse {
    fn from(body: types::TagList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_repo_tags`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoTagsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// Filter to only active tags.
    ///
    /// When absent, the document's default is `false`.
    pub only_active_tags: Option<bool>,
    /// Page index for the results (1-based; values below 1 are treated as 1).
    ///
    /// When absent, the document's default is `1`.
    pub page: Option<i64>,
    /// Limit to the number of results to return per page. Max 100 (values are clamped to 1..100).
    ///
    /// When absent, the document's default is `50`.
    pub limit: Option<i64>,
    /// Syntax: `<op>:<name>`. Filters the tag names based on the operation; `<op>` can be
    /// `like` or `eq`. An invalid filter is answered with 400.
    ///
    /// When absent, the document's default is `""`.
    pub filter_tag_name: Option<String>,
    /// Filters the tags to the specific tag.
    ///
    /// When absent, the document's default is `""`.
    pub specific_tag: Option<String>,
}

impl FromParams for ListRepoTagsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let only_active_tags = read.opt(Place::Query, "onlyActiveTags");
        let page = read.opt(Place::Query, "page");
        let limit = read.opt(Place::Query, "limit");
        let filter_tag_name = read.opt(Place::Query, "filter_tag_name");
        let specific_tag = read.opt(Place::Query, "specificTag");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoTagsParams {
            repository,
            only_active_tags,
            page,
            limit,
            filter_tag_name,
            specific_tag,
        })
    }
}

impl types::Validate for ListRepoTagsParams {}

/// What [`Api::change_tag`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeTagResponse {
    /// 201: The tag was updated; the body is the JSON string "Updated".
    Created(types::ChangeTagResponse),
}

impl IntoApiResponse for ChangeTagResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::ChangeTagResponse> for ChangeTagResponse {
    fn from(body: types::ChangeTagResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::change_tag`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeTagParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the tag.
    pub tag: String,
}

impl FromParams for ChangeTagParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let tag = read.one(Place::Path, "tag");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(tag) = tag else {
            return Err(read.failure());
        };
        read.finish(ChangeTagParams { repository, tag })
    }
}

impl types::Validate for ChangeTagParams {}

/// What [`Api::delete_full_tag`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteFullTagResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteFullTagResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_full_tag`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFullTagParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the tag.
    pub tag: String,
}

impl FromParams for DeleteFullTagParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let tag = read.one(Place::Path, "tag");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(tag) = tag else {
            return Err(read.failure());
        };
        read.finish(DeleteFullTagParams {
            repository,
            tag,
        })
    }
}

impl types::Validate for DeleteFullTagParams {}

/// What [`Api::restore_tag`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreTagResponse {
    /// 200: The tag was restored; the body is an empty JSON object.
    Ok(serde_json::Map<String, serde_json::Value>),
}

impl IntoApiResponse for RestoreTagResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for RestoreTagResponse {
    fn from(body: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::restore_tag`].
#[derive(Debug, Clone, PartialEq)]
pub struct RestoreTagParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The name of the tag.
    pub tag: String,
}

impl FromParams for RestoreTagParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let tag = read.one(Place::Path, "tag");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(tag) = tag else {
            return Err(read.failure());
        };
        read.finish(RestoreTagParams {
            repository,
            tag,
        })
    }
}

impl types::Validate for RestoreTagParams {}

/// What [`Api::list_repo_tokens`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListRepoTokensResponse {
    /// 410: Gone: access tokens are no longer supported.
    Gone(types::RepoTokenUnsupported),
}

impl IntoApiResponse for ListRepoTokensResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Gone(body) => json_response(StatusCode::GONE, &body),
        }
    }
}

impl From<types::RepoTokenUnsupported> for ListRepoTokensResponse {
    fn from(body: types::RepoTokenUnsupported) -> Self {
        Self::Gone(body)
    }
}

/// The parameters of [`Api::list_repo_tokens`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListRepoTokensParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ListRepoTokensParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListRepoTokensParams { repository })
    }
}

impl types::Validate for ListRepoTokensParams {}

/// What [`Api::create_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTokenResponse {
    /// 410: Gone: access tokens are no longer supported.
    Gone(types::RepoTokenUnsupported),
}

impl IntoApiResponse for CreateTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Gone(body) => json_response(StatusCode::GONE, &body),
        }
    }
}

impl From<types::RepoTokenUnsupported> for CreateTokenResponse {
    fn from(body: types::RepoTokenUnsupported) -> Self {
        Self::Gone(body)
    }
}

/// The parameters of [`Api::create_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTokenParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for CreateTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(CreateTokenParams { repository })
    }
}

impl types::Validate for CreateTokenParams {}

/// What [`Api::get_tokens`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetTokensResponse {
    /// 410: Gone: access tokens are no longer supported.
    Gone(types::RepoTokenUnsupported),
}

impl IntoApiResponse for GetTokensResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Gone(body) => json_response(StatusCode::GONE, &body),
        }
    }
}

impl From<types::RepoTokenUnsupported> for GetTokensResponse {
    fn from(body: types::RepoTokenUnsupported) -> Self {
        Self::Gone(body)
    }
}

/// The parameters of [`Api::get_tokens`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetTokensParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The token code.
    pub code: String,
}

impl FromParams for GetTokensParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let code = read.one(Place::Path, "code");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(code) = code else {
            return Err(read.failure());
        };
        read.finish(GetTokensParams {
            repository,
            code,
        })
    }
}

impl types::Validate for GetTokensParams {}

/// What [`Api::change_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeTokenResponse {
    /// 410: Gone: access tokens are no longer supported.
    Gone(types::RepoTokenUnsupported),
}

impl IntoApiResponse for ChangeTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Gone(body) => json_response(StatusCode::GONE, &body),
        }
    }
}

impl From<types::RepoTokenUnsupported> for ChangeTokenResponse {
    fn from(body: types::RepoTokenUnsupported) -> Self {
        Self::Gone(body)
    }
}

/// The parameters of [`Api::change_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeTokenParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The token code.
    pub code: String,
}

impl FromParams for ChangeTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let code = read.one(Place::Path, "code");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(code) = code else {
            return Err(read.failure());
        };
        read.finish(ChangeTokenParams {
            repository,
            code,
        })
    }
}

impl types::Validate for ChangeTokenParams {}

/// What [`Api::delete_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTokenResponse {
    /// 410: Gone: access tokens are no longer supported.
    Gone(types::RepoTokenUnsupported),
}

impl IntoApiResponse for DeleteTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Gone(body) => json_response(StatusCode::GONE, &body),
        }
    }
}

impl From<types::RepoTokenUnsupported> for DeleteTokenResponse {
    fn from(body: types::RepoTokenUnsupported) -> Self {
        Self::Gone(body)
    }
}

/// The parameters of [`Api::delete_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTokenParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The token code.
    pub code: String,
}

impl FromParams for DeleteTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let code = read.one(Place::Path, "code");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(code) = code else {
            return Err(read.failure());
        };
        read.finish(DeleteTokenParams {
            repository,
            code,
        })
    }
}

impl types::Validate for DeleteTokenParams {}

/// What [`Api::list_build_triggers`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListBuildTriggersResponse {
    /// 200: The repository's triggers.
    Ok(types::BuildTriggerList),
}

impl IntoApiResponse for ListBuildTriggersResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::BuildTriggerList> for ListBuildTriggersResponse {
    fn from(body: types::BuildTriggerList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_build_triggers`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListBuildTriggersParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for ListBuildTriggersParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(ListBuildTriggersParams {
            repository,
        })
    }
}

impl types::Validate for ListBuildTriggersParams {}

/// What [`Api::get_build_trigger`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetBuildTriggerResponse {
    /// 200: The trigger.
    Ok(types::BuildTrigger),
}

impl IntoApiResponse for GetBuildTriggerResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::BuildTrigger> for GetBuildTriggerResponse {
    fn from(body: types::BuildTrigger) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_build_trigger`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetBuildTriggerParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
}

impl FromParams for GetBuildTriggerParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(GetBuildTriggerParams {
            repository,
            trigger_uuid,
        })
    }
}

impl types::Validate for GetBuildTriggerParams {}

/// What [`Api::update_build_trigger`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateBuildTriggerResponse {
    /// 200: The updated trigger (this view omits the configuration: `config` is empty and
    /// `build_source`/`repository_url` are null).
    Ok(types::BuildTrigger),
}

impl IntoApiResponse for UpdateBuildTriggerResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::BuildTrigger> for UpdateBuildTriggerResponse {
    fn from(body: types::BuildTrigger) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_build_trigger`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBuildTriggerParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
}

impl FromParams for UpdateBuildTriggerParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(UpdateBuildTriggerParams {
            repository,
            trigger_uuid,
        })
    }
}

impl types::Validate for UpdateBuildTriggerParams {}

/// What [`Api::delete_build_trigger`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteBuildTriggerResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteBuildTriggerResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_build_trigger`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBuildTriggerParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
}

impl FromParams for DeleteBuildTriggerParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(DeleteBuildTriggerParams {
            repository,
            trigger_uuid,
        })
    }
}

impl types::Validate for DeleteBuildTriggerParams {}

/// What [`Api::activate_build_trigger`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ActivateBuildTriggerResponse {
    /// 200: The activated trigger.
    Ok(types::BuildTrigger),
}

impl IntoApiResponse for ActivateBuildTriggerResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::BuildTrigger> for ActivateBuildTriggerResponse {
    fn from(body: types::BuildTrigger) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::activate_build_trigger`].
#[derive(Debug, Clone, PartialEq)]
pub struct ActivateBuildTriggerParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
}

impl FromParams for ActivateBuildTriggerParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(ActivateBuildTriggerParams {
            repository,
            trigger_uuid,
        })
    }
}

impl types::Validate for ActivateBuildTriggerParams {}

/// What [`Api::list_trigger_recent_builds`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListTriggerRecentBuildsResponse {
    /// 200: The trigger's most recent builds.
    Ok(types::RepositoryBuildList),
}

impl IntoApiResponse for ListTriggerRecentBuildsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuildList> for ListTriggerRecentBuildsResponse {
    fn from(body: types::RepositoryBuildList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_trigger_recent_builds`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListTriggerRecentBuildsParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
    /// The maximum number of builds to return.
    ///
    /// When absent, the document's default is `5`.
    pub limit: Option<i64>,
}

impl FromParams for ListTriggerRecentBuildsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let limit = read.opt(Place::Query, "limit");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(ListTriggerRecentBuildsParams {
            repository,
            trigger_uuid,
            limit,
        })
    }
}

impl types::Validate for ListTriggerRecentBuildsParams {}

/// What [`Api::manually_start_build_trigger`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ManuallyStartBuildTriggerResponse {
    /// 201: The build that was started.
    Created(types::RepositoryBuild),
}

impl IntoApiResponse for ManuallyStartBuildTriggerResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::RepositoryBuild> for ManuallyStartBuildTriggerResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::manually_start_build_trigger`].
#[derive(Debug, Clone, PartialEq)]
pub struct ManuallyStartBuildTriggerParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
    /// The UUID of the build trigger.
    pub trigger_uuid: String,
}

impl FromParams for ManuallyStartBuildTriggerParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let trigger_uuid = read.one(Place::Path, "trigger_uuid");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        let Some(trigger_uuid) = trigger_uuid else {
            return Err(read.failure());
        };
        read.finish(ManuallyStartBuildTriggerParams {
            repository,
            trigger_uuid,
        })
    }
}

impl types::Validate for ManuallyStartBuildTriggerParams {}

/// What [`Api::approve_service_key`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ApproveServiceKeyResponse {
    /// 201: The key is approved.
    Created,
}

impl IntoApiResponse for ApproveServiceKeyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created => StatusCode::CREATED.into_response(),
        }
    }
}

/// The parameters of [`Api::approve_service_key`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApproveServiceKeyParams {
    /// The unique identifier for a service key.
    pub kid: String,
}

impl FromParams for ApproveServiceKeyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let kid = read.one(Place::Path, "kid");
        let Some(kid) = kid else {
            return Err(read.failure());
        };
        read.finish(ApproveServiceKeyParams { kid })
    }
}

impl types::Validate for ApproveServiceKeyParams {}

/// What [`Api::list_service_keys`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListServiceKeysResponse {
    /// 200: The service keys.
    Ok(types::ServiceKeyList),
}

impl IntoApiResponse for ListServiceKeysResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ServiceKeyList> for ListServiceKeysResponse {
    fn from(body: types::ServiceKeyList) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::create_service_key`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateServiceKeyResponse {
    /// 200: The key was created and approved; the body carries its key pair.
    Ok(types::CreatedServiceKey),
}

impl IntoApiResponse for CreateServiceKeyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::CreatedServiceKey> for CreateServiceKeyResponse {
    fn from(body: types::CreatedServiceKey) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::get_service_key`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetServiceKeyResponse {
    /// 200: The service key.
    Ok(types::ServiceKey),
}

impl IntoApiResponse for GetServiceKeyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ServiceKey> for GetServiceKeyResponse {
    fn from(body: types::ServiceKey) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_service_key`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceKeyParams {
    /// The unique identifier for a service key.
    pub kid: String,
}

impl FromParams for GetServiceKeyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let kid = read.one(Place::Path, "kid");
        let Some(kid) = kid else {
            return Err(read.failure());
        };
        read.finish(GetServiceKeyParams { kid })
    }
}

impl types::Validate for GetServiceKeyParams {}

/// What [`Api::update_service_key`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateServiceKeyResponse {
    /// 200: The updated service key.
    Ok(types::ServiceKey),
}

impl IntoApiResponse for UpdateServiceKeyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ServiceKey> for UpdateServiceKeyResponse {
    fn from(body: types::ServiceKey) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::update_service_key`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateServiceKeyParams {
    /// The unique identifier for a service key.
    pub kid: String,
}

impl FromParams for UpdateServiceKeyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let kid = read.one(Place::Path, "kid");
        let Some(kid) = kid else {
            return Err(read.failure());
        };
        read.finish(UpdateServiceKeyParams { kid })
    }
}

impl types::Validate for UpdateServiceKeyParams {}

/// What [`Api::delete_service_key`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteServiceKeyResponse {
    /// 204: The key was deleted.
    NoContent,
}

impl IntoApiResponse for DeleteServiceKeyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_service_key`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteServiceKeyParams {
    /// The unique identifier for a service key.
    pub kid: String,
}

impl FromParams for DeleteServiceKeyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let kid = read.one(Place::Path, "kid");
        let Some(kid) = kid else {
            return Err(read.failure());
        };
        read.finish(DeleteServiceKeyParams { kid })
    }
}

impl types::Validate for DeleteServiceKeyParams {}

/// What [`Api::list_all_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListAllLogsResponse {
    /// 200: One page of usage logs.
    Ok(types::LogsPage),
}

impl IntoApiResponse for ListAllLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::LogsPage> for ListAllLogsResponse {
    fn from(body: types::LogsPage) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_all_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListAllLogsParams {
    /// Opaque token from the previous page (the `next_page` value of the previous answer).
    pub next_page: Option<String>,
    /// The page number for the logs (declared by Quay; paging is done with `next_page`).
    ///
    /// When absent, the document's default is `1`.
    pub page: Option<i64>,
    /// Latest time to which to get logs, as a date in the form %m/%d/%Y (UTC), e.g. 12/14/2021.
    pub endtime: Option<String>,
    /// Earliest time from which to get logs, as a date in the form %m/%d/%Y (UTC), e.g. 12/12/2021.
    pub starttime: Option<String>,
}

impl FromParams for ListAllLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let next_page = read.opt(Place::Query, "next_page");
        let page = read.opt(Place::Query, "page");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        read.finish(ListAllLogsParams {
            next_page,
            page,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ListAllLogsParams {}

/// What [`Api::list_organization_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrganizationQuotaSuperUserResponse {
    /// 200: The quotas of the namespace.
    Ok(types::QuotaList),
}

impl IntoApiResponse for ListOrganizationQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaList> for ListOrganizationQuotaSuperUserResponse {
    fn from(body: types::QuotaList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_organization_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrganizationQuotaSuperUserParams {
    /// The name of the organization whose quotas are listed.
    pub namespace: String,
}

impl FromParams for ListOrganizationQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        read.finish(ListOrganizationQuotaSuperUserParams {
            namespace,
        })
    }
}

impl types::Validate for ListOrganizationQuotaSuperUserParams {}

/// What [`Api::create_organization_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationQuotaSuperUserResponse {
    /// 201: The quota was created. Quay answers with the JSON string "Created".
    Created(types::CreateOrganizationQuotaSuperUserResponse),
}

impl IntoApiResponse for CreateOrganizationQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateOrganizationQuotaSuperUserResponse>
for CreateOrganizationQuotaSuperUserResponse {
    fn from(body: types::CreateOrganizationQuotaSuperUserResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_organization_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationQuotaSuperUserParams {
    /// The name of the organization that gets the quota.
    pub namespace: String,
}

impl FromParams for CreateOrganizationQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        read.finish(CreateOrganizationQuotaSuperUserParams {
            namespace,
        })
    }
}

impl types::Validate for CreateOrganizationQuotaSuperUserParams {}

/// What [`Api::change_organization_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeOrganizationQuotaSuperUserResponse {
    /// 200: The updated quota.
    Ok(types::QuotaView),
}

impl IntoApiResponse for ChangeOrganizationQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for ChangeOrganizationQuotaSuperUserResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_organization_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOrganizationQuotaSuperUserParams {
    /// The name of the organization whose quota is changed.
    pub namespace: String,
    /// The identifier of the quota.
    pub quota_id: String,
}

impl FromParams for ChangeOrganizationQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(ChangeOrganizationQuotaSuperUserParams {
            namespace,
            quota_id,
        })
    }
}

impl types::Validate for ChangeOrganizationQuotaSuperUserParams {}

/// What [`Api::delete_organization_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationQuotaSuperUserResponse {
    /// 204: The quota was deleted.
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationQuotaSuperUserParams {
    /// The name of the organization whose quota is deleted.
    pub namespace: String,
    /// The identifier of the quota.
    pub quota_id: String,
}

impl FromParams for DeleteOrganizationQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationQuotaSuperUserParams {
            namespace,
            quota_id,
        })
    }
}

impl types::Validate for DeleteOrganizationQuotaSuperUserParams {}

/// What [`Api::change_organization`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeOrganizationResponse {
    /// 200: The updated organization.
    Ok(types::SuperUserOrganization),
}

impl IntoApiResponse for ChangeOrganizationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::SuperUserOrganization> for ChangeOrganizationResponse {
    fn from(body: types::SuperUserOrganization) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_organization`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOrganizationParams {
    /// The name of the organization being managed.
    pub name: String,
}

impl FromParams for ChangeOrganizationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let name = read.one(Place::Path, "name");
        let Some(name) = name else {
            return Err(read.failure());
        };
        read.finish(ChangeOrganizationParams { name })
    }
}

impl types::Validate for ChangeOrganizationParams {}

/// What [`Api::delete_organization`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationResponse {
    /// 204: The organization was deleted.
    NoContent,
}

impl IntoApiResponse for DeleteOrganizationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_organization`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationParams {
    /// The name of the organization being managed.
    pub name: String,
}

impl FromParams for DeleteOrganizationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let name = read.one(Place::Path, "name");
        let Some(name) = name else {
            return Err(read.failure());
        };
        read.finish(DeleteOrganizationParams { name })
    }
}

impl types::Validate for DeleteOrganizationParams {}

/// What [`Api::get_registry_size`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRegistrySizeResponse {
    /// 200: The registry size.
    Ok(types::RegistrySize),
}

impl IntoApiResponse for GetRegistrySizeResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RegistrySize> for GetRegistrySizeResponse {
    fn from(body: types::RegistrySize) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::queue_registry_size_calculation`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum QueueRegistrySizeCalculationResponse {
    /// 201: A calculation of the registry size was queued.
    Created,
    /// 202: A calculation was already queued; nothing new was queued.
    Accepted,
}

impl IntoApiResponse for QueueRegistrySizeCalculationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created => StatusCode::CREATED.into_response(),
            Self::Accepted => StatusCode::ACCEPTED.into_response(),
        }
    }
}

/// What [`Api::list_all_users`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListAllUsersResponse {
    /// 200: The users of the installation.
    Ok(types::SuperUserList),
}

impl IntoApiResponse for ListAllUsersResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::SuperUserList> for ListAllUsersResponse {
    fn from(body: types::SuperUserList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_all_users`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListAllUsersParams {
    /// Opaque token from the previous page (the `next_page` value of the previous answer).
    pub next_page: Option<String>,
    /// Limit to the number of results to return per page. Max 100.
    pub limit: Option<i64>,
    /// If false, only enabled users will be returned.
    ///
    /// When absent, the document's default is `true`.
    pub disabled: Option<bool>,
}

impl FromParams for ListAllUsersParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let next_page = read.opt(Place::Query, "next_page");
        let limit = read.opt(Place::Query, "limit");
        let disabled = read.opt(Place::Query, "disabled");
        read.finish(ListAllUsersParams {
            next_page,
            limit,
            disabled,
        })
    }
}

impl types::Validate for ListAllUsersParams {
    fn validate(&self) -> Result<(), types::Invalid> {
        #[allow(unused_imports)]
        use types::Validate as _;
        let mut checks = types::FirstInvalid::default();
        checks
            .at(
                "limit",
                types::check_bounds(
                    self.limit.as_ref(),
                    None,
                    Some((100.0, false)),
                    None,
                    None,
                ),
            );
        checks.done()
    }
}

/// What [`Api::create_install_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateInstallUserResponse {
    /// 200: The user was created; the body carries its generated password.
    Ok(types::CreatedInstallUser),
}

impl IntoApiResponse for CreateInstallUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::CreatedInstallUser> for CreateInstallUserResponse {
    fn from(body: types::CreatedInstallUser) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::list_user_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListUserQuotaSuperUserResponse {
    /// 200: The quotas of the namespace.
    Ok(types::QuotaList),
}

impl IntoApiResponse for ListUserQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaList> for ListUserQuotaSuperUserResponse {
    fn from(body: types::QuotaList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_user_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListUserQuotaSuperUserParams {
    /// The name of the user whose quotas are listed.
    pub namespace: String,
}

impl FromParams for ListUserQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        read.finish(ListUserQuotaSuperUserParams {
            namespace,
        })
    }
}

impl types::Validate for ListUserQuotaSuperUserParams {}

/// What [`Api::create_user_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserQuotaSuperUserResponse {
    /// 201: The quota was created. Quay answers with the JSON string "Created".
    Created(types::CreateUserQuotaSuperUserResponse),
}

impl IntoApiResponse for CreateUserQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::CreateUserQuotaSuperUserResponse> for CreateUserQuotaSuperUserResponse {
    fn from(body: types::CreateUserQuotaSuperUserResponse) -> Self {
        Self::Created(body)
    }
}

/// The parameters of [`Api::create_user_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserQuotaSuperUserParams {
    /// The name of the user who gets the quota.
    pub namespace: String,
}

impl FromParams for CreateUserQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        read.finish(CreateUserQuotaSuperUserParams {
            namespace,
        })
    }
}

impl types::Validate for CreateUserQuotaSuperUserParams {}

/// What [`Api::change_user_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeUserQuotaSuperUserResponse {
    /// 200: The updated quota.
    Ok(types::QuotaView),
}

impl IntoApiResponse for ChangeUserQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for ChangeUserQuotaSuperUserResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::change_user_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeUserQuotaSuperUserParams {
    /// The name of the user whose quota is changed.
    pub namespace: String,
    /// The identifier of the quota.
    pub quota_id: String,
}

impl FromParams for ChangeUserQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(ChangeUserQuotaSuperUserParams {
            namespace,
            quota_id,
        })
    }
}

impl types::Validate for ChangeUserQuotaSuperUserParams {}

/// What [`Api::delete_user_quota_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserQuotaSuperUserResponse {
    /// 204: The quota was deleted.
    NoContent,
}

impl IntoApiResponse for DeleteUserQuotaSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_user_quota_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserQuotaSuperUserParams {
    /// The name of the user whose quota is deleted.
    pub namespace: String,
    /// The identifier of the quota.
    pub quota_id: String,
}

impl FromParams for DeleteUserQuotaSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let namespace = read.one(Place::Path, "namespace");
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(namespace) = namespace else {
            return Err(read.failure());
        };
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(DeleteUserQuotaSuperUserParams {
            namespace,
            quota_id,
        })
    }
}

impl types::Validate for DeleteUserQuotaSuperUserParams {}

/// What [`Api::get_repo_build_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildSuperUserResponse {
    /// 200: The build.
    Ok(types::RepositoryBuild),
}

impl IntoApiResponse for GetRepoBuildSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuild> for GetRepoBuildSuperUserResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildSuperUserParams {
    /// The UUID of the build.
    pub build_uuid: String,
}

impl FromParams for GetRepoBuildSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let build_uuid = read.one(Place::Path, "build_uuid");
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildSuperUserParams {
            build_uuid,
        })
    }
}

impl types::Validate for GetRepoBuildSuperUserParams {}

/// What [`Api::get_repo_build_logs_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildLogsSuperUserResponse {
    /// 200: The build logs, or the URL of their archive.
    Ok(types::RepositoryBuildLogs),
}

impl IntoApiResponse for GetRepoBuildLogsSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuildLogs> for GetRepoBuildLogsSuperUserResponse {
    fn from(body: types::RepositoryBuildLogs) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build_logs_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildLogsSuperUserParams {
    /// The UUID of the build.
    pub build_uuid: String,
    /// Index of the first log entry to return (read by Quay without being declared in its API description).
    ///
    /// When absent, the document's default is `0`.
    pub start: Option<i64>,
}

impl FromParams for GetRepoBuildLogsSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let build_uuid = read.one(Place::Path, "build_uuid");
        let start = read.opt(Place::Query, "start");
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildLogsSuperUserParams {
            build_uuid,
            start,
        })
    }
}

impl types::Validate for GetRepoBuildLogsSuperUserParams {}

/// What [`Api::get_repo_build_status_super_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBuildStatusSuperUserResponse {
    /// 200: The build and its status.
    Ok(types::RepositoryBuild),
}

impl IntoApiResponse for GetRepoBuildStatusSuperUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RepositoryBuild> for GetRepoBuildStatusSuperUserResponse {
    fn from(body: types::RepositoryBuild) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_repo_build_status_super_user`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBuildStatusSuperUserParams {
    /// The UUID of the build.
    pub build_uuid: String,
}

impl FromParams for GetRepoBuildStatusSuperUserParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let build_uuid = read.one(Place::Path, "build_uuid");
        let Some(build_uuid) = build_uuid else {
            return Err(read.failure());
        };
        read.finish(GetRepoBuildStatusSuperUserParams {
            build_uuid,
        })
    }
}

impl types::Validate for GetRepoBuildStatusSuperUserParams {}

/// What [`Api::get_logged_in_user`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetLoggedInUserResponse {
    /// 200: The authenticated user.
    Ok(types::UserView),
}

impl IntoApiResponse for GetLoggedInUserResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::UserView> for GetLoggedInUserResponse {
    fn from(body: types::UserView) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::get_aggregate_user_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAggregateUserLogsResponse {
    /// 200: Successful invocation
    Ok(types::AggregatedLogs),
}

impl IntoApiResponse for GetAggregateUserLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AggregatedLogs> for GetAggregateUserLogsResponse {
    fn from(body: types::AggregatedLogs) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_aggregate_user_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetAggregateUserLogsParams {
    /// Username for which to filter logs.
    pub performer: Option<String>,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for GetAggregateUserLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let performer = read.opt(Place::Query, "performer");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        read.finish(GetAggregateUserLogsParams {
            performer,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for GetAggregateUserLogsParams {}

/// What [`Api::list_app_tokens`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListAppTokensResponse {
    /// 200: Successful invocation
    Ok(types::AppTokenList),
}

impl IntoApiResponse for ListAppTokensResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AppTokenList> for ListAppTokensResponse {
    fn from(body: types::AppTokenList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_app_tokens`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListAppTokensParams {
    /// If true, only returns those tokens expiring soon.
    pub expiring: Option<bool>,
}

impl FromParams for ListAppTokensParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let expiring = read.opt(Place::Query, "expiring");
        read.finish(ListAppTokensParams { expiring })
    }
}

impl types::Validate for ListAppTokensParams {}

/// What [`Api::create_app_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAppTokenResponse {
    /// 200: Successful invocation: the new token, including its code.
    Ok(types::AppTokenEnvelope),
}

impl IntoApiResponse for CreateAppTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AppTokenEnvelope> for CreateAppTokenResponse {
    fn from(body: types::AppTokenEnvelope) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::get_app_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAppTokenResponse {
    /// 200: Successful invocation
    Ok(types::AppTokenEnvelope),
}

impl IntoApiResponse for GetAppTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AppTokenEnvelope> for GetAppTokenResponse {
    fn from(body: types::AppTokenEnvelope) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_app_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetAppTokenParams {
    /// The uuid of the app specific token.
    pub token_uuid: String,
}

impl FromParams for GetAppTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let token_uuid = read.one(Place::Path, "token_uuid");
        let Some(token_uuid) = token_uuid else {
            return Err(read.failure());
        };
        read.finish(GetAppTokenParams { token_uuid })
    }
}

impl types::Validate for GetAppTokenParams {}

/// What [`Api::revoke_app_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeAppTokenResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for RevokeAppTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::revoke_app_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeAppTokenParams {
    /// The uuid of the app specific token.
    pub token_uuid: String,
}

impl FromParams for RevokeAppTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let token_uuid = read.one(Place::Path, "token_uuid");
        let Some(token_uuid) = token_uuid else {
            return Err(read.failure());
        };
        read.finish(RevokeAppTokenParams { token_uuid })
    }
}

impl types::Validate for RevokeAppTokenParams {}

/// What [`Api::list_user_auto_prune_policies`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListUserAutoPrunePoliciesResponse {
    /// 200: Successful invocation
    Ok(types::AutoPrunePolicyList),
}

impl IntoApiResponse for ListUserAutoPrunePoliciesResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicyList> for ListUserAutoPrunePoliciesResponse {
    fn from(body: types::AutoPrunePolicyList) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::create_user_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserAutoPrunePolicyResponse {
    /// 201: Successful creation
    Created(types::AutoPrunePolicyId),
}

impl IntoApiResponse for CreateUserAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::AutoPrunePolicyId> for CreateUserAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicyId) -> Self {
        Self::Created(body)
    }
}

/// What [`Api::get_user_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserAutoPrunePolicyResponse {
    /// 200: Successful invocation
    Ok(types::AutoPrunePolicy),
}

impl IntoApiResponse for GetUserAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicy> for GetUserAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicy) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserAutoPrunePolicyParams {
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for GetUserAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(GetUserAutoPrunePolicyParams {
            policy_uuid,
        })
    }
}

impl types::Validate for GetUserAutoPrunePolicyParams {}

/// What [`Api::update_user_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserAutoPrunePolicyResponse {
    /// 204: Successful update; no body.
    NoContent,
}

impl IntoApiResponse for UpdateUserAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::update_user_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserAutoPrunePolicyParams {
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for UpdateUserAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(UpdateUserAutoPrunePolicyParams {
            policy_uuid,
        })
    }
}

impl types::Validate for UpdateUserAutoPrunePolicyParams {}

/// What [`Api::delete_user_auto_prune_policy`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserAutoPrunePolicyResponse {
    /// 200: Successful deletion; the body names the deleted policy.
    Ok(types::AutoPrunePolicyId),
}

impl IntoApiResponse for DeleteUserAutoPrunePolicyResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::AutoPrunePolicyId> for DeleteUserAutoPrunePolicyResponse {
    fn from(body: types::AutoPrunePolicyId) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::delete_user_auto_prune_policy`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserAutoPrunePolicyParams {
    /// The unique ID of the policy.
    pub policy_uuid: String,
}

impl FromParams for DeleteUserAutoPrunePolicyParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let policy_uuid = read.one(Place::Path, "policy_uuid");
        let Some(policy_uuid) = policy_uuid else {
            return Err(read.failure());
        };
        read.finish(DeleteUserAutoPrunePolicyParams {
            policy_uuid,
        })
    }
}

impl types::Validate for DeleteUserAutoPrunePolicyParams {}

/// What [`Api::export_user_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportUserLogsResponse {
    /// 200: Successful invocation: the export was queued.
    Ok(types::ExportLogsResult),
}

impl IntoApiResponse for ExportUserLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::ExportLogsResult> for ExportUserLogsResponse {
    fn from(body: types::ExportLogsResult) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::export_user_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExportUserLogsParams {
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ExportUserLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        read.finish(ExportUserLogsParams {
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ExportUserLogsParams {}

/// What [`Api::list_user_logs`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListUserLogsResponse {
    /// 200: Successful invocation
    Ok(types::LogsPage),
}

impl IntoApiResponse for ListUserLogsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::LogsPage> for ListUserLogsResponse {
    fn from(body: types::LogsPage) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_user_logs`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListUserLogsParams {
    /// Opaque token from the previous page (its `next_page` field); omit it for the first page.
    pub next_page: Option<String>,
    /// Username for which to filter logs.
    pub performer: Option<String>,
    /// Latest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub endtime: Option<String>,
    /// Earliest time for logs, in the form "%m/%d/%Y" (UTC), e.g. 12/13/2021.
    pub starttime: Option<String>,
}

impl FromParams for ListUserLogsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let next_page = read.opt(Place::Query, "next_page");
        let performer = read.opt(Place::Query, "performer");
        let endtime = read.opt(Place::Query, "endtime");
        let starttime = read.opt(Place::Query, "starttime");
        read.finish(ListUserLogsParams {
            next_page,
            performer,
            endtime,
            starttime,
        })
    }
}

impl types::Validate for ListUserLogsParams {}

/// What [`Api::list_user_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListUserQuotaResponse {
    /// 200: The quotas of the user.
    Ok(types::QuotaList),
}

impl IntoApiResponse for ListUserQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaList> for ListUserQuotaResponse {
    fn from(body: types::QuotaList) -> Self {
        Self::Ok(body)
    }
}

/// What [`Api::get_user_quota`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserQuotaResponse {
    /// 200: The quota.
    Ok(types::QuotaView),
}

impl IntoApiResponse for GetUserQuotaResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for GetUserQuotaResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_quota`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserQuotaParams {
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for GetUserQuotaParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(GetUserQuotaParams { quota_id })
    }
}

impl types::Validate for GetUserQuotaParams {}

/// What [`Api::list_user_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListUserQuotaLimitResponse {
    /// 200: The quota limits.
    Ok(types::QuotaLimitList),
}

impl IntoApiResponse for ListUserQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaLimitList> for ListUserQuotaLimitResponse {
    fn from(body: types::QuotaLimitList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_user_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListUserQuotaLimitParams {
    /// The ID of the quota.
    pub quota_id: String,
}

impl FromParams for ListUserQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let quota_id = read.one(Place::Path, "quota_id");
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        read.finish(ListUserQuotaLimitParams {
            quota_id,
        })
    }
}

impl types::Validate for ListUserQuotaLimitParams {}

/// What [`Api::get_user_quota_limit`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserQuotaLimitResponse {
    /// 200: The parent quota of the limit, with all its limits.
    Ok(types::QuotaView),
}

impl IntoApiResponse for GetUserQuotaLimitResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::QuotaView> for GetUserQuotaLimitResponse {
    fn from(body: types::QuotaView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_quota_limit`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserQuotaLimitParams {
    /// The ID of the quota.
    pub quota_id: String,
    /// The ID of the quota limit.
    pub limit_id: String,
}

impl FromParams for GetUserQuotaLimitParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let quota_id = read.one(Place::Path, "quota_id");
        let limit_id = read.one(Place::Path, "limit_id");
        let Some(quota_id) = quota_id else {
            return Err(read.failure());
        };
        let Some(limit_id) = limit_id else {
            return Err(read.failure());
        };
        read.finish(GetUserQuotaLimitParams {
            quota_id,
            limit_id,
        })
    }
}

impl types::Validate for GetUserQuotaLimitParams {}

/// What [`Api::get_user_robots`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserRobotsResponse {
    /// 200: Successful invocation
    Ok(types::RobotList),
}

impl IntoApiResponse for GetUserRobotsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RobotList> for GetUserRobotsResponse {
    fn from(body: types::RobotList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_robots`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserRobotsParams {
    /// If specified, the number of robots to return.
    pub limit: Option<i64>,
    /// If false, the robot's token is not returned.
    ///
    /// When absent, the document's default is `true`.
    pub token: Option<bool>,
    /// Whether to include repositories and teams in which the robots have permission.
    ///
    /// When absent, the document's default is `false`.
    pub permissions: Option<bool>,
}

impl FromParams for GetUserRobotsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let limit = read.opt(Place::Query, "limit");
        let token = read.opt(Place::Query, "token");
        let permissions = read.opt(Place::Query, "permissions");
        read.finish(GetUserRobotsParams {
            limit,
            token,
            permissions,
        })
    }
}

impl types::Validate for GetUserRobotsParams {}

/// What [`Api::get_user_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserRobotResponse {
    /// 200: Successful invocation
    Ok(types::Robot),
}

impl IntoApiResponse for GetUserRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Robot> for GetUserRobotResponse {
    fn from(body: types::Robot) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserRobotParams {
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for GetUserRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(GetUserRobotParams {
            robot_shortname,
        })
    }
}

impl types::Validate for GetUserRobotParams {}

/// What [`Api::create_user_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserRobotResponse {
    /// 201: Successful creation
    Created(types::Robot),
    /// 400: Bad Request: an ApiError, or, where Quay catches a model exception itself (an invalid robot name, for one), `{"message": "..."}`.
    BadRequest(types::ApiErrorOrMessage),
}

impl IntoApiResponse for CreateUserRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
            Self::BadRequest(body) => json_response(StatusCode::BAD_REQUEST, &body),
        }
    }
}

impl From<types::Robot> for CreateUserRobotResponse {
    fn from(body: types::Robot) -> Self {
        Self::Created(body)
    }
}

impl From<types::ApiErrorOrMessage> for CreateUserRobotResponse {
    fn from(body: types::ApiErrorOrMessage) -> Self {
        Self::BadRequest(body)
    }
}

/// The parameters of [`Api::create_user_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserRobotParams {
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for CreateUserRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(CreateUserRobotParams {
            robot_shortname,
        })
    }
}

impl types::Validate for CreateUserRobotParams {}

/// What [`Api::delete_user_robot`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserRobotResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteUserRobotResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_user_robot`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserRobotParams {
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for DeleteUserRobotParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(DeleteUserRobotParams {
            robot_shortname,
        })
    }
}

impl types::Validate for DeleteUserRobotParams {}

/// What [`Api::get_user_robot_permissions`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserRobotPermissionsResponse {
    /// 200: Successful invocation
    Ok(types::RobotPermissionList),
}

impl IntoApiResponse for GetUserRobotPermissionsResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::RobotPermissionList> for GetUserRobotPermissionsResponse {
    fn from(body: types::RobotPermissionList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_robot_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserRobotPermissionsParams {
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for GetUserRobotPermissionsParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(GetUserRobotPermissionsParams {
            robot_shortname,
        })
    }
}

impl types::Validate for GetUserRobotPermissionsParams {}

/// What [`Api::regenerate_user_robot_token`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateUserRobotTokenResponse {
    /// 200: Successful invocation; the robot with its new token.
    Ok(types::Robot),
}

impl IntoApiResponse for RegenerateUserRobotTokenResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::Robot> for RegenerateUserRobotTokenResponse {
    fn from(body: types::Robot) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::regenerate_user_robot_token`].
#[derive(Debug, Clone, PartialEq)]
pub struct RegenerateUserRobotTokenParams {
    /// The short name for the robot, without any user or organization prefix.
    pub robot_shortname: String,
}

impl FromParams for RegenerateUserRobotTokenParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let robot_shortname = read.one(Place::Path, "robot_shortname");
        let Some(robot_shortname) = robot_shortname else {
            return Err(read.failure());
        };
        read.finish(RegenerateUserRobotTokenParams {
            robot_shortname,
        })
    }
}

impl types::Validate for RegenerateUserRobotTokenParams {}

/// What [`Api::list_starred_repos`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum ListStarredReposResponse {
    /// 200: One page of starred repositories.
    Ok(types::StarredRepositoryList),
}

impl IntoApiResponse for ListStarredReposResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::StarredRepositoryList> for ListStarredReposResponse {
    fn from(body: types::StarredRepositoryList) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::list_starred_repos`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListStarredReposParams {
    /// Opaque token from the previous page (its `next_page`); omit for the first page.
    pub next_page: Option<String>,
}

impl FromParams for ListStarredReposParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let next_page = read.opt(Place::Query, "next_page");
        read.finish(ListStarredReposParams {
            next_page,
        })
    }
}

impl types::Validate for ListStarredReposParams {}

/// What [`Api::create_star`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateStarResponse {
    /// 201: The repository is starred.
    Created(types::StarredRepositoryRef),
}

impl IntoApiResponse for CreateStarResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Created(body) => json_response(StatusCode::CREATED, &body),
        }
    }
}

impl From<types::StarredRepositoryRef> for CreateStarResponse {
    fn from(body: types::StarredRepositoryRef) -> Self {
        Self::Created(body)
    }
}

/// What [`Api::delete_star`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteStarResponse {
    /// 204: Deleted
    NoContent,
}

impl IntoApiResponse for DeleteStarResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// The parameters of [`Api::delete_star`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStarParams {
    /// The full path of the repository, e.g. namespace/name.
    pub repository: String,
}

impl FromParams for DeleteStarParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let repository = read.one(Place::Path, "repository");
        let Some(repository) = repository else {
            return Err(read.failure());
        };
        read.finish(DeleteStarParams { repository })
    }
}

impl types::Validate for DeleteStarParams {}

/// What [`Api::get_user_information`] answers (errors travel as `Err`).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserInformationResponse {
    /// 200: The user.
    Ok(types::UserView),
}

impl IntoApiResponse for GetUserInformationResponse {
    fn into_api_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, &body),
        }
    }
}

impl From<types::UserView> for GetUserInformationResponse {
    fn from(body: types::UserView) -> Self {
        Self::Ok(body)
    }
}

/// The parameters of [`Api::get_user_information`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserInformationParams {
    /// The username of the user.
    pub username: String,
}

impl FromParams for GetUserInformationParams {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        let mut read = given.reader();
        let username = read.one(Place::Path, "username");
        let Some(username) = username else {
            return Err(read.failure());
        };
        read.finish(GetUserInformationParams {
            username,
        })
    }
}

impl types::Validate for GetUserInformationParams {}

/// The security requirements of operations, each written once: alternatives,
/// any one of which suffices, each the schemes (by index into
/// `SECURITY_SCHEMES`) that must all be satisfied, with the scopes they grant.
const REQUIRES_REPO_READ: Requirement = &[&[(0, &["repo:read"])]];
const REQUIRES_SUPER_USER: Requirement = &[&[(0, &["super:user"])]];
const REQUIRES_USER_ADMIN: Requirement = &[&[(0, &["user:admin"])]];
const REQUIRES_ORG_ADMIN: Requirement = &[&[(0, &["org:admin"])]];
const REQUIRES_REPO_CREATE: Requirement = &[&[(0, &["repo:create"])]];
const REQUIRES_REPO_WRITE: Requirement = &[&[(0, &["repo:write"])]];
const REQUIRES_REPO_ADMIN: Requirement = &[&[(0, &["repo:admin"])]];
const REQUIRES_USER_READ: Requirement = &[&[(0, &["user:read"])]];

static OPS: [OpMeta; 173] = [
    OpMeta {
        id: "getApplicationInformation",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "discovery",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "getMatchingEntities",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "getErrorDescription",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "conductSearch",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "conductRepoSearch",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "deleteGlobalMessage",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getGlobalMessages",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "createGlobalMessage",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrganization",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganization",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "changeOrganizationDetails",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteAdminedOrganization",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getAggregateOrgLogs",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationApplications",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationApplication",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationApplication",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateOrganizationApplication",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationApplication",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listOrganizationAutoPrunePolicies",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationAutoPrunePolicy",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationAutoPrunePolicy",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateOrganizationAutoPrunePolicy",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationAutoPrunePolicy",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationCollaborators",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "exportOrgLogs",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listOrgLogs",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationMembers",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationMember",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "removeOrganizationMember",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationPrototypePermissions",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationPrototypePermission",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateOrganizationPrototypePermission",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationPrototypePermission",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getProxyCacheConfig",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "createProxyCacheConfig",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "deleteProxyCacheConfig",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "listOrganizationQuota",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationQuota",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationQuota",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "changeOrganizationQuota",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationQuota",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listOrganizationQuotaLimit",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationQuotaLimit",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationQuotaLimit",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "changeOrganizationQuotaLimit",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationQuotaLimit",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrgRobots",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrgRobot",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrgRobot",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrgRobot",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrgRobotPermissions",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "regenerateOrgRobotToken",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateOrganizationTeam",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationTeam",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "inviteTeamMemberEmail",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteTeamMemberEmailInvite",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationTeamMembers",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateOrganizationTeamMember",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationTeamMember",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getOrganizationTeamPermissions",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "enableOrganizationTeamSync",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "disableOrganizationTeamSync",
        security: REQUIRES_ORG_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "validateProxyCacheConfig",
        security: &[],
        anonymous: true,
        sources: &[],
    },
    OpMeta {
        id: "listRepos",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createRepo",
        security: REQUIRES_REPO_CREATE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepo",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateRepo",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteRepository",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getAggregateRepoLogs",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuilds",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "requestRepoBuild",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuild",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "cancelRepoBuild",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuildLogs",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuildStatus",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeRepoState",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeRepoVisibility",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "exportRepoLogs",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoLogs",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoManifest",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listManifestLabels",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "addManifestLabel",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getManifestLabel",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteManifestLabel",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoManifestSecurity",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoMirrorConfig",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeRepoMirrorConfig",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createRepoMirrorConfig",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "syncCancel",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "syncNow",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoNotifications",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createRepoNotification",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoNotification",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "resetRepositoryNotificationFailures",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteRepoNotification",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "testRepoNotification",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoTeamPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getTeamPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeTeamPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteTeamPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoUserPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeUserPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteUserPermissions",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserTransitivePermission",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoTags",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeTag",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteFullTag",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "restoreTag",
        security: REQUIRES_REPO_WRITE,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listRepoTokens",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createToken",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getTokens",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeToken",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteToken",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listBuildTriggers",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getBuildTrigger",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateBuildTrigger",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteBuildTrigger",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "activateBuildTrigger",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listTriggerRecentBuilds",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "manuallyStartBuildTrigger",
        security: REQUIRES_REPO_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "approveServiceKey",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listServiceKeys",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createServiceKey",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getServiceKey",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateServiceKey",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteServiceKey",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listAllLogs",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listOrganizationQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createOrganizationQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeOrganizationQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganizationQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeOrganization",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteOrganization",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRegistrySize",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "queueRegistrySizeCalculation",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listAllUsers",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createInstallUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listUserQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createUserQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "changeUserQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteUserQuotaSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuildSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuildLogsSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getRepoBuildStatusSuperUser",
        security: REQUIRES_SUPER_USER,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getLoggedInUser",
        security: REQUIRES_USER_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getAggregateUserLogs",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listAppTokens",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createAppToken",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getAppToken",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "revokeAppToken",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listUserAutoPrunePolicies",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createUserAutoPrunePolicy",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserAutoPrunePolicy",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "updateUserAutoPrunePolicy",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteUserAutoPrunePolicy",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "exportUserLogs",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listUserLogs",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listUserQuota",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserQuota",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listUserQuotaLimit",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserQuotaLimit",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserRobots",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserRobot",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createUserRobot",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteUserRobot",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserRobotPermissions",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "regenerateUserRobotToken",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "listStarredRepos",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "createStar",
        security: REQUIRES_REPO_READ,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "deleteStar",
        security: REQUIRES_USER_ADMIN,
        anonymous: false,
        sources: &[],
    },
    OpMeta {
        id: "getUserInformation",
        security: &[],
        anonymous: true,
        sources: &[],
    },
];

/// The document's security schemes (those its operations use): name, and where
/// the credential travels.
static SECURITY_SCHEMES: [(&str, Carrier); 1] = [("oauth2_implicit", Carrier::Bearer)];

/// The `pattern`s that path and query parameters must match.
static PATTERNS: [&str; 2] = ["^[^/]+/[^/]+$", "^[A-Za-z0-9_+.-]+:[A-Fa-f0-9]+$"];

use regex_lite as pattern_engine;

/// Routes: path template segments and the operations served there, most
/// specific first.
static ROUTES: [Route; 107] = [
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("registrysize"),
            Seg::Lit(""),
        ],
        &[("GET", 135), ("POST", 136)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("users"),
            Seg::Lit(""),
        ],
        &[("GET", 137), ("POST", 138)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("autoprunepolicy"),
            Seg::Lit(""),
        ],
        &[("GET", 152), ("POST", 153)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("organization"),
            Seg::Param("namespace", None),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
        ],
        &[("PUT", 131), ("DELETE", 132)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("users"),
            Seg::Param("namespace", None),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
        ],
        &[("PUT", 141), ("DELETE", 142)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
            Seg::Lit("limit"),
            Seg::Param("limit_id", None),
        ],
        &[("GET", 162)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("organization"),
            Seg::Param("namespace", None),
            Seg::Lit("quota"),
        ],
        &[("GET", 129), ("POST", 130)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("users"),
            Seg::Param("namespace", None),
            Seg::Lit("quota"),
        ],
        &[("GET", 139), ("POST", 140)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
            Seg::Lit("limit"),
        ],
        &[("GET", 161)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
            Seg::Lit("permissions"),
        ],
        &[("GET", 167)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
            Seg::Lit("regenerate"),
        ],
        &[("POST", 168)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("approvedkeys"),
            Seg::Param("kid", None),
        ],
        &[("POST", 122)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("keys"),
            Seg::Param("kid", None),
        ],
        &[("GET", 125), ("PUT", 126), ("DELETE", 127)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("organizations"),
            Seg::Param("name", None),
        ],
        &[("PUT", 133), ("DELETE", 134)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("apptoken"),
            Seg::Param("token_uuid", None),
        ],
        &[("GET", 150), ("DELETE", 151)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("autoprunepolicy"),
            Seg::Param("policy_uuid", None),
        ],
        &[("GET", 154), ("PUT", 155), ("DELETE", 156)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
        ],
        &[("GET", 160)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
        ],
        &[("GET", 164), ("PUT", 165), ("DELETE", 166)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("starred"),
            Seg::Slash("repository", Some(0)),
        ],
        &[("DELETE", 171)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("find"),
            Seg::Lit("all"),
        ],
        &[("GET", 4)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("find"),
            Seg::Lit("repositories"),
        ],
        &[("GET", 5)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Lit(""),
        ],
        &[("POST", 9)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("keys"),
        ],
        &[("GET", 123), ("POST", 124)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Lit("logs"),
        ],
        &[("GET", 128)],
    ),
    (
        &[Seg::Lit(""), Seg::Lit("api"), Seg::Lit("v1"), Seg::Lit("user"), Seg::Lit("")],
        &[("GET", 146)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("aggregatelogs"),
        ],
        &[("GET", 147)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("apptoken"),
        ],
        &[("GET", 148), ("POST", 149)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("exportlogs"),
        ],
        &[("POST", 157)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("logs"),
        ],
        &[("GET", 158)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("quota"),
        ],
        &[("GET", 159)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("robots"),
        ],
        &[("GET", 163)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("user"),
            Seg::Lit("starred"),
        ],
        &[("GET", 169), ("POST", 170)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("autoprunepolicy"),
            Seg::Lit(""),
        ],
        &[("GET", 19), ("POST", 20)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
            Seg::Lit("limit"),
            Seg::Param("limit_id", None),
        ],
        &[("GET", 44), ("PUT", 45), ("DELETE", 46)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
            Seg::Lit("invite"),
            Seg::Param("email", None),
        ],
        &[("PUT", 55), ("DELETE", 56)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
            Seg::Lit("members"),
            Seg::Param("membername", None),
        ],
        &[("PUT", 58), ("DELETE", 59)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
            Seg::Lit("limit"),
        ],
        &[("GET", 42), ("POST", 43)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
            Seg::Lit("permissions"),
        ],
        &[("GET", 51)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
            Seg::Lit("regenerate"),
        ],
        &[("POST", 52)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
            Seg::Lit("members"),
        ],
        &[("GET", 57)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
            Seg::Lit("permissions"),
        ],
        &[("GET", 60)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
            Seg::Lit("syncing"),
        ],
        &[("POST", 61), ("DELETE", 62)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("applications"),
            Seg::Param("client_id", None),
        ],
        &[("GET", 16), ("PUT", 17), ("DELETE", 18)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("autoprunepolicy"),
            Seg::Param("policy_uuid", None),
        ],
        &[("GET", 21), ("PUT", 22), ("DELETE", 23)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("members"),
            Seg::Param("membername", None),
        ],
        &[("GET", 28), ("DELETE", 29)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("prototypes"),
            Seg::Param("prototypeid", None),
        ],
        &[("PUT", 32), ("DELETE", 33)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("quota"),
            Seg::Param("quota_id", None),
        ],
        &[("GET", 39), ("PUT", 40), ("DELETE", 41)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("robots"),
            Seg::Param("robot_shortname", None),
        ],
        &[("GET", 48), ("PUT", 49), ("DELETE", 50)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
        ],
        &[("PUT", 53), ("DELETE", 54)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("aggregatelogs"),
        ],
        &[("GET", 13)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("applications"),
        ],
        &[("GET", 14), ("POST", 15)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("collaborators"),
        ],
        &[("GET", 24)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("exportlogs"),
        ],
        &[("POST", 25)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("logs"),
        ],
        &[("GET", 26)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("members"),
        ],
        &[("GET", 27)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("prototypes"),
        ],
        &[("GET", 30), ("POST", 31)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("proxycache"),
        ],
        &[("GET", 34), ("POST", 35), ("DELETE", 36)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("quota"),
        ],
        &[("GET", 37), ("POST", 38)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("robots"),
        ],
        &[("GET", 47)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
            Seg::Lit("validateproxycache"),
        ],
        &[("POST", 63)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Param("build_uuid", None),
            Seg::Lit("build"),
        ],
        &[("GET", 143)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Param("build_uuid", None),
            Seg::Lit("logs"),
        ],
        &[("GET", 144)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("superuser"),
            Seg::Param("build_uuid", None),
            Seg::Lit("status"),
        ],
        &[("GET", 145)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("app"),
            Seg::Param("client_id", None),
        ],
        &[("GET", 0)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("entities"),
            Seg::Param("prefix", None),
        ],
        &[("GET", 2)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("error"),
            Seg::Param("error_type", None),
        ],
        &[("GET", 3)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("message"),
            Seg::Param("uuid", None),
        ],
        &[("DELETE", 6)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("organization"),
            Seg::Param("orgname", None),
        ],
        &[("GET", 10), ("PUT", 11), ("DELETE", 12)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("users"),
            Seg::Param("username", None),
        ],
        &[("GET", 172)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("permissions"),
            Seg::Lit("team"),
            Seg::Lit(""),
        ],
        &[("GET", 97)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("permissions"),
            Seg::Lit("user"),
            Seg::Lit(""),
        ],
        &[("GET", 101)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("permissions"),
            Seg::Lit("user"),
            Seg::Param("username", None),
            Seg::Lit("transitive"),
        ],
        &[("GET", 105)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("permissions"),
            Seg::Lit("team"),
            Seg::Param("teamname", None),
        ],
        &[("GET", 98), ("PUT", 99), ("DELETE", 100)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("permissions"),
            Seg::Lit("user"),
            Seg::Param("username", None),
        ],
        &[("GET", 102), ("PUT", 103), ("DELETE", 104)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("build"),
            Seg::Lit(""),
        ],
        &[("GET", 70), ("POST", 71)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("mirror"),
            Seg::Lit("sync-cancel"),
        ],
        &[("POST", 89)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("mirror"),
            Seg::Lit("sync-now"),
        ],
        &[("POST", 90)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("notification"),
            Seg::Lit(""),
        ],
        &[("GET", 91), ("POST", 92)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("tag"),
            Seg::Lit(""),
        ],
        &[("GET", 106)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("tokens"),
            Seg::Lit(""),
        ],
        &[("GET", 110), ("POST", 111)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("trigger"),
            Seg::Lit(""),
        ],
        &[("GET", 115)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("manifest"),
            Seg::Param("manifestref", Some(1)),
            Seg::Lit("labels"),
            Seg::Param("labelid", None),
        ],
        &[("GET", 83), ("DELETE", 84)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("build"),
            Seg::Param("build_uuid", None),
            Seg::Lit("logs"),
        ],
        &[("GET", 74)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("build"),
            Seg::Param("build_uuid", None),
            Seg::Lit("status"),
        ],
        &[("GET", 75)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("manifest"),
            Seg::Param("manifestref", Some(1)),
            Seg::Lit("labels"),
        ],
        &[("GET", 81), ("POST", 82)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("manifest"),
            Seg::Param("manifestref", Some(1)),
            Seg::Lit("security"),
        ],
        &[("GET", 85)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("notification"),
            Seg::Param("uuid", None),
            Seg::Lit("test"),
        ],
        &[("POST", 96)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("tag"),
            Seg::Param("tag", None),
            Seg::Lit("restore"),
        ],
        &[("POST", 109)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("trigger"),
            Seg::Param("trigger_uuid", None),
            Seg::Lit("activate"),
        ],
        &[("POST", 119)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("trigger"),
            Seg::Param("trigger_uuid", None),
            Seg::Lit("builds"),
        ],
        &[("GET", 120)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("trigger"),
            Seg::Param("trigger_uuid", None),
            Seg::Lit("start"),
        ],
        &[("POST", 121)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("build"),
            Seg::Param("build_uuid", None),
        ],
        &[("GET", 72), ("DELETE", 73)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("manifest"),
            Seg::Param("manifestref", Some(1)),
        ],
        &[("GET", 80)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("notification"),
            Seg::Param("uuid", None),
        ],
        &[("GET", 93), ("POST", 94), ("DELETE", 95)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("tag"),
            Seg::Param("tag", None),
        ],
        &[("PUT", 107), ("DELETE", 108)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("tokens"),
            Seg::Param("code", None),
        ],
        &[("GET", 112), ("PUT", 113), ("DELETE", 114)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("trigger"),
            Seg::Param("trigger_uuid", None),
        ],
        &[("GET", 116), ("PUT", 117), ("DELETE", 118)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("aggregatelogs"),
        ],
        &[("GET", 69)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("changestate"),
        ],
        &[("PUT", 76)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("changevisibility"),
        ],
        &[("POST", 77)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("exportlogs"),
        ],
        &[("POST", 78)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("logs"),
        ],
        &[("GET", 79)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
            Seg::Lit("mirror"),
        ],
        &[("GET", 86), ("PUT", 87), ("POST", 88)],
    ),
    (
        &[
            Seg::Lit(""),
            Seg::Lit("api"),
            Seg::Lit("v1"),
            Seg::Lit("repository"),
            Seg::Slash("repository", Some(0)),
        ],
        &[("GET", 66), ("PUT", 67), ("DELETE", 68)],
    ),
    (
        &[Seg::Lit(""), Seg::Lit("api"), Seg::Lit("v1"), Seg::Lit("discovery")],
        &[("GET", 1)],
    ),
    (
        &[Seg::Lit(""), Seg::Lit("api"), Seg::Lit("v1"), Seg::Lit("messages")],
        &[("GET", 7), ("POST", 8)],
    ),
    (
        &[Seg::Lit(""), Seg::Lit("api"), Seg::Lit("v1"), Seg::Lit("repository")],
        &[("GET", 64), ("POST", 65)],
    ),
];

/// Decodes and validates the parameters of operation `index` and binds its
/// method of `api`.
fn bind_operation<'a, A: Api>(
    api: &'a A,
    index: usize,
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
) -> Result<Bound<'a>, ErrorModel> {
    match index {
        0 => bind_params(meta, parts, path, api, A::get_application_information),
        1 => bind_params(meta, parts, path, api, A::discovery),
        2 => bind_params(meta, parts, path, api, A::get_matching_entities),
        3 => bind_params(meta, parts, path, api, A::get_error_description),
        4 => bind_params(meta, parts, path, api, A::conduct_search),
        5 => bind_params(meta, parts, path, api, A::conduct_repo_search),
        6 => bind_params(meta, parts, path, api, A::delete_global_message),
        7 => bind_context(meta, parts, path, api, A::get_global_messages),
        8 => bind_body(meta, parts, path, api, A::create_global_message, Json),
        9 => bind_body(meta, parts, path, api, A::create_organization, Json),
        10 => bind_params(meta, parts, path, api, A::get_organization),
        11 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::change_organization_details,
                Json,
            )
        }
        12 => bind_params(meta, parts, path, api, A::delete_admined_organization),
        13 => bind_params(meta, parts, path, api, A::get_aggregate_org_logs),
        14 => bind_params(meta, parts, path, api, A::get_organization_applications),
        15 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_organization_application,
                Json,
            )
        }
        16 => bind_params(meta, parts, path, api, A::get_organization_application),
        17 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::update_organization_application,
                Json,
            )
        }
        18 => bind_params(meta, parts, path, api, A::delete_organization_application),
        19 => {
            bind_params(meta, parts, path, api, A::list_organization_auto_prune_policies)
        }
        20 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_organization_auto_prune_policy,
                Json,
            )
        }
        21 => bind_params(meta, parts, path, api, A::get_organization_auto_prune_policy),
        22 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::update_organization_auto_prune_policy,
                Json,
            )
        }
        23 => {
            bind_params(meta, parts, path, api, A::delete_organization_auto_prune_policy)
        }
        24 => bind_params(meta, parts, path, api, A::get_organization_collaborators),
        25 => bind_params_body(meta, parts, path, api, A::export_org_logs, Json),
        26 => bind_params(meta, parts, path, api, A::list_org_logs),
        27 => bind_params(meta, parts, path, api, A::get_organization_members),
        28 => bind_params(meta, parts, path, api, A::get_organization_member),
        29 => bind_params(meta, parts, path, api, A::remove_organization_member),
        30 => {
            bind_params(
                meta,
                parts,
                path,
                api,
                A::get_organization_prototype_permissions,
            )
        }
        31 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_organization_prototype_permission,
                Json,
            )
        }
        32 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::update_organization_prototype_permission,
                Json,
            )
        }
        33 => {
            bind_params(
                meta,
                parts,
                path,
                api,
                A::delete_organization_prototype_permission,
            )
        }
        34 => bind_params(meta, parts, path, api, A::get_proxy_cache_config),
        35 => {
            bind_params_body(meta, parts, path, api, A::create_proxy_cache_config, Json)
        }
        36 => bind_params(meta, parts, path, api, A::delete_proxy_cache_config),
        37 => bind_params(meta, parts, path, api, A::list_organization_quota),
        38 => {
            bind_params_body(meta, parts, path, api, A::create_organization_quota, Json)
        }
        39 => bind_params(meta, parts, path, api, A::get_organization_quota),
        40 => {
            bind_params_body(meta, parts, path, api, A::change_organization_quota, Json)
        }
        41 => bind_params(meta, parts, path, api, A::delete_organization_quota),
        42 => bind_params(meta, parts, path, api, A::list_organization_quota_limit),
        43 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_organization_quota_limit,
                Json,
            )
        }
        44 => bind_params(meta, parts, path, api, A::get_organization_quota_limit),
        45 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::change_organization_quota_limit,
                Json,
            )
        }
        46 => bind_params(meta, parts, path, api, A::delete_organization_quota_limit),
        47 => bind_params(meta, parts, path, api, A::get_org_robots),
        48 => bind_params(meta, parts, path, api, A::get_org_robot),
        49 => {
            bind_params_body(meta, parts, path, api, A::create_org_robot, Optional(Json))
        }
        50 => bind_params(meta, parts, path, api, A::delete_org_robot),
        51 => bind_params(meta, parts, path, api, A::get_org_robot_permissions),
        52 => bind_params(meta, parts, path, api, A::regenerate_org_robot_token),
        53 => bind_params_body(meta, parts, path, api, A::update_organization_team, Json),
        54 => bind_params(meta, parts, path, api, A::delete_organization_team),
        55 => bind_params(meta, parts, path, api, A::invite_team_member_email),
        56 => bind_params(meta, parts, path, api, A::delete_team_member_email_invite),
        57 => bind_params(meta, parts, path, api, A::get_organization_team_members),
        58 => bind_params(meta, parts, path, api, A::update_organization_team_member),
        59 => bind_params(meta, parts, path, api, A::delete_organization_team_member),
        60 => bind_params(meta, parts, path, api, A::get_organization_team_permissions),
        61 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::enable_organization_team_sync,
                Json,
            )
        }
        62 => bind_params(meta, parts, path, api, A::disable_organization_team_sync),
        63 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::validate_proxy_cache_config,
                Json,
            )
        }
        64 => bind_params(meta, parts, path, api, A::list_repos),
        65 => bind_body(meta, parts, path, api, A::create_repo, Json),
        66 => bind_params(meta, parts, path, api, A::get_repo),
        67 => bind_params_body(meta, parts, path, api, A::update_repo, Json),
        68 => bind_params(meta, parts, path, api, A::delete_repository),
        69 => bind_params(meta, parts, path, api, A::get_aggregate_repo_logs),
        70 => bind_params(meta, parts, path, api, A::get_repo_builds),
        71 => bind_params_body(meta, parts, path, api, A::request_repo_build, Json),
        72 => bind_params(meta, parts, path, api, A::get_repo_build),
        73 => bind_params(meta, parts, path, api, A::cancel_repo_build),
        74 => bind_params(meta, parts, path, api, A::get_repo_build_logs),
        75 => bind_params(meta, parts, path, api, A::get_repo_build_status),
        76 => bind_params_body(meta, parts, path, api, A::change_repo_state, Json),
        77 => bind_params_body(meta, parts, path, api, A::change_repo_visibility, Json),
        78 => bind_params_body(meta, parts, path, api, A::export_repo_logs, Json),
        79 => bind_params(meta, parts, path, api, A::list_repo_logs),
        80 => bind_params(meta, parts, path, api, A::get_repo_manifest),
        81 => bind_params(meta, parts, path, api, A::list_manifest_labels),
        82 => bind_params_body(meta, parts, path, api, A::add_manifest_label, Json),
        83 => bind_params(meta, parts, path, api, A::get_manifest_label),
        84 => bind_params(meta, parts, path, api, A::delete_manifest_label),
        85 => bind_params(meta, parts, path, api, A::get_repo_manifest_security),
        86 => bind_params(meta, parts, path, api, A::get_repo_mirror_config),
        87 => {
            bind_params_body(meta, parts, path, api, A::change_repo_mirror_config, Json)
        }
        88 => {
            bind_params_body(meta, parts, path, api, A::create_repo_mirror_config, Json)
        }
        89 => bind_params(meta, parts, path, api, A::sync_cancel),
        90 => bind_params(meta, parts, path, api, A::sync_now),
        91 => bind_params(meta, parts, path, api, A::list_repo_notifications),
        92 => bind_params_body(meta, parts, path, api, A::create_repo_notification, Json),
        93 => bind_params(meta, parts, path, api, A::get_repo_notification),
        94 => {
            bind_params(
                meta,
                parts,
                path,
                api,
                A::reset_repository_notification_failures,
            )
        }
        95 => bind_params(meta, parts, path, api, A::delete_repo_notification),
        96 => bind_params(meta, parts, path, api, A::test_repo_notification),
        97 => bind_params(meta, parts, path, api, A::list_repo_team_permissions),
        98 => bind_params(meta, parts, path, api, A::get_team_permissions),
        99 => bind_params_body(meta, parts, path, api, A::change_team_permissions, Json),
        100 => bind_params(meta, parts, path, api, A::delete_team_permissions),
        101 => bind_params(meta, parts, path, api, A::list_repo_user_permissions),
        102 => bind_params(meta, parts, path, api, A::get_user_permissions),
        103 => bind_params_body(meta, parts, path, api, A::change_user_permissions, Json),
        104 => bind_params(meta, parts, path, api, A::delete_user_permissions),
        105 => bind_params(meta, parts, path, api, A::get_user_transitive_permission),
        106 => bind_params(meta, parts, path, api, A::list_repo_tags),
        107 => bind_params_body(meta, parts, path, api, A::change_tag, Json),
        108 => bind_params(meta, parts, path, api, A::delete_full_tag),
        109 => bind_params_body(meta, parts, path, api, A::restore_tag, Json),
        110 => bind_params(meta, parts, path, api, A::list_repo_tokens),
        111 => bind_params_body(meta, parts, path, api, A::create_token, Json),
        112 => bind_params(meta, parts, path, api, A::get_tokens),
        113 => bind_params_body(meta, parts, path, api, A::change_token, Json),
        114 => bind_params(meta, parts, path, api, A::delete_token),
        115 => bind_params(meta, parts, path, api, A::list_build_triggers),
        116 => bind_params(meta, parts, path, api, A::get_build_trigger),
        117 => bind_params_body(meta, parts, path, api, A::update_build_trigger, Json),
        118 => bind_params(meta, parts, path, api, A::delete_build_trigger),
        119 => bind_params_body(meta, parts, path, api, A::activate_build_trigger, Json),
        120 => bind_params(meta, parts, path, api, A::list_trigger_recent_builds),
        121 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::manually_start_build_trigger,
                Json,
            )
        }
        122 => bind_params_body(meta, parts, path, api, A::approve_service_key, Json),
        123 => bind_context(meta, parts, path, api, A::list_service_keys),
        124 => bind_body(meta, parts, path, api, A::create_service_key, Json),
        125 => bind_params(meta, parts, path, api, A::get_service_key),
        126 => bind_params_body(meta, parts, path, api, A::update_service_key, Json),
        127 => bind_params(meta, parts, path, api, A::delete_service_key),
        128 => bind_params(meta, parts, path, api, A::list_all_logs),
        129 => bind_params(meta, parts, path, api, A::list_organization_quota_super_user),
        130 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_organization_quota_super_user,
                Json,
            )
        }
        131 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::change_organization_quota_super_user,
                Json,
            )
        }
        132 => {
            bind_params(meta, parts, path, api, A::delete_organization_quota_super_user)
        }
        133 => bind_params_body(meta, parts, path, api, A::change_organization, Json),
        134 => bind_params(meta, parts, path, api, A::delete_organization),
        135 => bind_context(meta, parts, path, api, A::get_registry_size),
        136 => bind_context(meta, parts, path, api, A::queue_registry_size_calculation),
        137 => bind_params(meta, parts, path, api, A::list_all_users),
        138 => bind_body(meta, parts, path, api, A::create_install_user, Json),
        139 => bind_params(meta, parts, path, api, A::list_user_quota_super_user),
        140 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_user_quota_super_user,
                Json,
            )
        }
        141 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::change_user_quota_super_user,
                Json,
            )
        }
        142 => bind_params(meta, parts, path, api, A::delete_user_quota_super_user),
        143 => bind_params(meta, parts, path, api, A::get_repo_build_super_user),
        144 => bind_params(meta, parts, path, api, A::get_repo_build_logs_super_user),
        145 => bind_params(meta, parts, path, api, A::get_repo_build_status_super_user),
        146 => bind_context(meta, parts, path, api, A::get_logged_in_user),
        147 => bind_params(meta, parts, path, api, A::get_aggregate_user_logs),
        148 => bind_params(meta, parts, path, api, A::list_app_tokens),
        149 => bind_body(meta, parts, path, api, A::create_app_token, Json),
        150 => bind_params(meta, parts, path, api, A::get_app_token),
        151 => bind_params(meta, parts, path, api, A::revoke_app_token),
        152 => bind_context(meta, parts, path, api, A::list_user_auto_prune_policies),
        153 => bind_body(meta, parts, path, api, A::create_user_auto_prune_policy, Json),
        154 => bind_params(meta, parts, path, api, A::get_user_auto_prune_policy),
        155 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::update_user_auto_prune_policy,
                Json,
            )
        }
        156 => bind_params(meta, parts, path, api, A::delete_user_auto_prune_policy),
        157 => bind_params_body(meta, parts, path, api, A::export_user_logs, Json),
        158 => bind_params(meta, parts, path, api, A::list_user_logs),
        159 => bind_context(meta, parts, path, api, A::list_user_quota),
        160 => bind_params(meta, parts, path, api, A::get_user_quota),
        161 => bind_params(meta, parts, path, api, A::list_user_quota_limit),
        162 => bind_params(meta, parts, path, api, A::get_user_quota_limit),
        163 => bind_params(meta, parts, path, api, A::get_user_robots),
        164 => bind_params(meta, parts, path, api, A::get_user_robot),
        165 => {
            bind_params_body(
                meta,
                parts,
                path,
                api,
                A::create_user_robot,
                Optional(Json),
            )
        }
        166 => bind_params(meta, parts, path, api, A::delete_user_robot),
        167 => bind_params(meta, parts, path, api, A::get_user_robot_permissions),
        168 => bind_params(meta, parts, path, api, A::regenerate_user_robot_token),
        169 => bind_params(meta, parts, path, api, A::list_starred_repos),
        170 => bind_body(meta, parts, path, api, A::create_star, Json),
        171 => bind_params(meta, parts, path, api, A::delete_star),
        172 => bind_params(meta, parts, path, api, A::get_user_information),
        _ => Err(not_implemented("unknown operation")),
    }
}

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Who sent a request, as the [`Authenticator`] established it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The user, robot or application the token belongs to.
    pub name: String,
    /// The OAuth scopes the token grants.
    pub scopes: BTreeSet<String>,
}

impl Principal {
    /// A principal with the given scopes.
    pub fn new(
        name: impl Into<String>,
        scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Principal {
            name: name.into(),
            scopes: scopes.into_iter().map(Into::into).collect(),
        }
    }

    /// Whether the token grants `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(scope)
    }
}

/// What an operation gets beside its typed inputs.
#[derive(Debug, Clone)]
pub struct RequestContext {
    /// The authenticated caller: always set for secured operations; set for public
    /// ones when the request carried a valid token.
    pub principal: Option<Principal>,
    /// The request headers.
    pub headers: HeaderMap,
    /// The operationId being served.
    pub operation_id: &'static str,
    /// Headers to send with the response (success or error): set them here.
    pub response_headers: ResponseHeaders,
}

/// Headers an operation adds to its response. A header set here replaces one of the
/// same name the router would send (such as `content-type`).
#[derive(Debug, Clone, Default)]
pub struct ResponseHeaders(Arc<std::sync::Mutex<HeaderMap>>);

impl ResponseHeaders {
    /// Sets `name` to `value`, replacing earlier values of `name`.
    pub fn insert(&self, name: header::HeaderName, value: HeaderValue) {
        self.lock().insert(name, value);
    }

    /// Adds a value of `name`, keeping earlier ones.
    pub fn append(&self, name: header::HeaderName, value: HeaderValue) {
        self.lock().append(name, value);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HeaderMap> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A credential as a request carried it, for one security scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credential<'a> {
    /// `Authorization: Bearer <token>`: `http` bearer, `oauth2` and `openIdConnect` schemes.
    Bearer(&'a str),
    /// `Authorization: Basic ...`, decoded.
    Basic {
        /// The user name (before the first `:`).
        username: &'a str,
        /// The password.
        password: &'a str,
    },
    /// An `apiKey` scheme's key, from the header, query parameter or cookie it names.
    ApiKey(&'a str),
}

/// Turns credentials into a [`Principal`]; supplied by the implementer.
///
/// Implement [`Authenticator::authenticate`] for bearer tokens only, or
/// [`Authenticator::authenticate_credential`] to see every scheme.
pub trait Authenticator: Send + Sync + 'static {
    /// The principal a bearer token stands for, or `None` when the token is not valid.
    /// By default no token is valid.
    fn authenticate(
        &self,
        token: &str,
    ) -> impl std::future::Future<Output = Option<Principal>> + Send {
        let _ = token;
        async { None }
    }

    /// The principal `credential` stands for, received for the security scheme named
    /// `scheme` in the document; `None` when it is not valid. By default bearer tokens
    /// go to [`Authenticator::authenticate`] and other credentials are not valid.
    fn authenticate_credential(
        &self,
        scheme: &str,
        credential: Credential<'_>,
    ) -> impl std::future::Future<Output = Option<Principal>> + Send {
        let _ = scheme;
        async move {
            match credential {
                Credential::Bearer(token) => self.authenticate(token).await,
                _ => None,
            }
        }
    }
}

/// Settings of the router.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted, in bytes; larger ones get 413. Default 1 MiB.
    pub body_limit: usize,
    /// Origins whose pages may call the API from a browser (CORS), such as
    /// `https://editor.example.com`; `*` allows every origin. Requests from these origins
    /// get `Access-Control-Allow-Origin`, and their preflight `OPTIONS` requests are
    /// answered with the methods of the path. Empty (the default): no CORS.
    pub cors_allow_origins: Vec<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            body_limit: 1024 * 1024,
            cors_allow_origins: Vec::new(),
        }
    }
}

/// A request body of a content type the router does not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body as received.
    pub bytes: Vec<u8>,
}

/// Builds an error body with the given status.
pub fn error(status: StatusCode, title: &str, detail: impl Into<String>) -> ErrorModel {
    api_error(status.as_u16(), title, detail.into())
}

fn not_implemented(operation_id: &str) -> ErrorModel {
    error(
        StatusCode::NOT_IMPLEMENTED,
        "not_implemented",
        format!("{operation_id} is not implemented by this server"),
    )
}

fn bad_request(detail: String) -> ErrorModel {
    error(StatusCode::BAD_REQUEST, "invalid_request", detail)
}

/// A decoding error in the API's words: serde names the Rust types it decodes into
/// (`expected i64`, `expected struct NewRepo`, `untagged enum ...Value`), which mean
/// nothing to a client; say what JSON or text was expected instead.
fn api_words(message: &str) -> String {
    if message.contains("did not match any variant of untagged enum") {
        return "the value matches none of the types allowed here".to_owned();
    }
    let mut out = message.to_owned();
    for (rust, api) in [
        (
            "expected i64",
            "expected an integer from -9223372036854775808 to 9223372036854775807",
        ),
        ("expected i32", "expected an integer from -2147483648 to 2147483647"),
        ("expected u64", "expected an integer from 0 to 18446744073709551615"),
        ("expected u32", "expected an integer from 0 to 4294967295"),
        ("expected u16", "expected an integer from 0 to 65535"),
        ("expected u8", "expected an integer from 0 to 255"),
        ("expected f64", "expected a number"),
        ("expected f32", "expected a number"),
        ("invalid digit found in string", "expected an integer"),
        (
            "cannot parse integer from empty string",
            "expected an integer, got an empty value",
        ),
        (
            "number too large to fit in target type",
            "expected an integer from -9223372036854775808 to 9223372036854775807",
        ),
        (
            "number too small to fit in target type",
            "expected an integer from -9223372036854775808 to 9223372036854775807",
        ),
        ("invalid float literal", "expected a number"),
        ("provided string was not `true` or `false`", "expected true or false"),
    ] {
        out = out.replace(rust, api);
    }
    for (rust, api) in [
        ("expected struct ", "expected an object"),
        ("expected tuple struct ", "expected a value of another type"),
        ("expected unit struct ", "expected null"),
        ("expected enum ", "expected one of the allowed values"),
        ("expected a map", "expected an object"),
        ("expected a sequence", "expected an array"),
    ] {
        while let Some(at) = out.find(rust) {
            let name = &out[at + rust.len()..];
            let name_len = if rust.ends_with(' ') {
                name.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(name.len())
            } else {
                0
            };
            out.replace_range(at..at + rust.len() + name_len, api);
        }
    }
    out
}

/// The JSON response for an error body; the status comes from the body.
pub fn error_response(e: &ErrorModel) -> Response {
    let status = StatusCode::from_u16(error_status(e))
        .ok()
        .filter(|s| s.is_client_error() || s.is_server_error())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    json_response(status, e)
}

/// A JSON response.
pub fn json_response<T: serde::Serialize + ?Sized>(
    status: StatusCode,
    value: &T,
) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => {
            (
                status,
                [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
                bytes,
            )
                .into_response()
        }
        Err(e) => {
            let body = api_error(
                500,
                "internal_error",
                format!("the response does not encode: {e}"),
            );
            let bytes = serde_json::to_vec(&body).unwrap_or_default();
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
                bytes,
            )
                .into_response()
        }
    }
}

#[allow(dead_code, reason = "not every document has every kind of body")]
fn bytes_response(
    status: StatusCode,
    content_type: &'static str,
    bytes: Vec<u8>,
) -> Response {
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))], bytes)
        .into_response()
}

/// An operation's answer, turned into an HTTP response.
pub trait IntoApiResponse {
    /// The HTTP response.
    fn into_api_response(self) -> Response;
}

/// Operations with no parameters take this.
#[allow(dead_code, reason = "not every document has an operation without parameters")]
#[derive(Debug, Clone, Copy, Default)]
struct NoParams {}

impl types::Validate for NoParams {}

/// A request body that is its own type, read and checked before the operation runs:
/// raw bytes, text, and the bodies of several content types.
#[allow(dead_code, reason = "not every document has raw, text or multi-type bodies")]
trait FromBody: Sized {
    fn from_body(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Self, ErrorModel>;
}

/// How an operation's body of type `T` is read: each marker below names one way.
/// The router passes the marker beside the operation's method, whose signature
/// gives `T`.
trait Decode<T> {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel>;
}

/// A JSON body, decoded and validated.
#[allow(dead_code, reason = "not every document has JSON bodies")]
struct Json;

/// A body of the operation's own type ([`FromBody`]).
#[allow(dead_code, reason = "not every document has raw, text or multi-type bodies")]
struct Own;

/// An optional body: an empty one is `None`, another is read by the inner marker.
#[allow(dead_code, reason = "not every document has optional bodies")]
struct Optional<D>(D);

impl<T: FromBody> Decode<T> for Own {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        T::from_body(bytes, headers)
    }
}

impl<T, D: Decode<T>> Decode<Option<T>> for Optional<D> {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Option<T>, ErrorModel> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            D::decode(bytes, headers).map(Some)
        }
    }
}

/// Refuses a body sent as another media type than the operation declares (415): a
/// body labelled `text/plain`, or not labelled at all, is not read as JSON.
#[allow(dead_code, reason = "not every document has JSON or form bodies")]
fn check_content_type(headers: &HeaderMap, expected: &str) -> Result<(), ErrorModel> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        });
    let fits = given
        .as_deref()
        .is_some_and(|t| {
            t == expected
                || expected == "application/json" && t.starts_with("application/")
                    && t.ends_with("+json")
        });
    if fits {
        return Ok(());
    }
    let got = match given {
        Some(t) if !t.is_empty() => format!("Content-Type {t:?}"),
        _ => "no Content-Type".to_owned(),
    };
    Err(
        error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("the request body must be sent as {expected}; got {got}"),
        ),
    )
}

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for Json {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(bad_request("a JSON request body is required".to_owned()));
        }
        check_content_type(headers, "application/json")?;
        json_value(bytes)
    }
}

/// Which of several content types the body came as: the index of the first list
/// holding the request's media type (a list may hold a wildcard such as `*/*` or
/// `application/*+json`, tried after every exact one). 415 for another, and for none.
#[allow(dead_code, reason = "not every document has bodies of several content types")]
fn body_choice(
    bytes: &[u8],
    headers: &HeaderMap,
    choices: &[&[&str]],
) -> Result<usize, ErrorModel> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|t| !t.is_empty());
    let fits = |pattern: &str, given: &str| match pattern.split_once('*') {
        Some((head, tail)) => {
            given.len() >= head.len() + tail.len() && given.starts_with(head)
                && given.ends_with(tail)
        }
        None => pattern == given,
    };
    if let Some(given) = &given {
        let exact = choices.iter().position(|list| list.iter().any(|t| *t == given));
        if let Some(index) = exact
            .or_else(|| {
                choices.iter().position(|list| list.iter().any(|t| fits(t, given)))
            })
        {
            return Ok(index);
        }
    }
    if given.is_none() && bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(bad_request("a request body is required".to_owned()));
    }
    let declared: Vec<&str> = choices
        .iter()
        .flat_map(|list| list.iter().copied())
        .collect();
    let got = match given {
        Some(t) => format!("Content-Type {t:?}"),
        None => "no Content-Type".to_owned(),
    };
    Err(
        error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!(
                "the request body must be sent as one of {}; got {got}", declared
                .join(", ")
            ),
        ),
    )
}

/// A JSON body decoded and validated, whatever JSON media type it came as.
#[allow(dead_code, reason = "not every document has JSON bodies")]
fn json_value<T: serde::de::DeserializeOwned + types::Validate>(
    bytes: Vec<u8>,
) -> Result<T, ErrorModel> {
    let value: T = match serde_json::from_slice(&bytes) {
        Ok(value) => value,
        Err(_) => json_error(&bytes)?,
    };
    value
        .validate()
        .map_err(|e| {
            if e.path.is_empty() {
                bad_request(format!("invalid request body: {}", e.message))
            } else {
                bad_request(
                    format!("invalid request body at `{}`: {}", e.path, e.message),
                )
            }
        })?;
    Ok(value)
}

/// Decodes a JSON body that failed to decode, tracking the path, for the error.
#[allow(dead_code, reason = "not every document has JSON bodies")]
fn json_error<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ErrorModel> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| {
            let path = e.path().to_string();
            if path == "." || path.is_empty() {
                bad_request(
                    format!(
                        "invalid request body: {}", api_words(& e.inner().to_string())
                    ),
                )
            } else {
                bad_request(
                    format!(
                        "invalid request body at `{path}`: {}", api_words(& e.inner()
                        .to_string())
                    ),
                )
            }
        })?;
    de.end()
        .map_err(|e| bad_request(
            format!("invalid request body: {}", api_words(& e.to_string())),
        ))?;
    Ok(value)
}

/// A form body (`application/x-www-form-urlencoded`), decoded and validated.
#[allow(dead_code, reason = "not every document has form bodies")]
struct Form;

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for Form {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if !bytes.is_empty() {
            check_content_type(headers, "application/x-www-form-urlencoded")?;
        }
        form_value(bytes)
    }
}

/// A form body some of whose fields travel as bracketed keys (`deepObject`).
#[allow(dead_code, reason = "not every document has nested form bodies")]
struct NestedForm;

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for NestedForm {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if !bytes.is_empty() {
            check_content_type(headers, "application/x-www-form-urlencoded")?;
        }
        nested_form_value(bytes)
    }
}

/// A form body with bracketed fields, decoded and validated: each key is a field's
/// name, then bracketed keys below it (`card[exp][month]=1`, see [`Tree`]).
#[allow(dead_code, reason = "not every document has nested form bodies")]
fn nested_form_value<T: serde::de::DeserializeOwned + types::Validate>(
    bytes: Vec<u8>,
) -> Result<T, ErrorModel> {
    let mut tree = Tree::default();
    for (key, value) in form_urlencoded::parse(&bytes) {
        let (field, path) = key.find('[').map_or((&*key, ""), |at| key.split_at(at));
        let place = tree.children.entry(field.to_owned()).or_default();
        place
            .insert(path, value.into_owned())
            .map_err(|e| bad_request(format!("invalid form field `{key}`: {e}")))?;
    }
    tree.decode()
        .map_err(|(path, message)| match path.is_empty() {
            true => bad_request(format!("invalid form body: {message}")),
            false => bad_request(format!("invalid form field `{path}`: {message}")),
        })
}

/// A form body decoded and validated.
#[allow(dead_code, reason = "not every document has form bodies")]
fn form_value<T: serde::de::DeserializeOwned + types::Validate>(
    bytes: Vec<u8>,
) -> Result<T, ErrorModel> {
    let value: T = serde_html_form::from_bytes(&bytes)
        .or_else(|_| serde_path_to_error::deserialize(
            serde_html_form::Deserializer::from_bytes(&bytes),
        ))
        .map_err(|e| bad_request(
            format!(
                "invalid form field `{}`: {}", e.path(), api_words(& e.inner()
                .to_string())
            ),
        ))?;
    value
        .validate()
        .map_err(|e| bad_request(
            format!("invalid form field `{}`: {}", e.path, e.message),
        ))?;
    Ok(value)
}

impl FromBody for RawBody {
    fn from_body(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Self, ErrorModel> {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok(RawBody { content_type, bytes })
    }
}

impl FromBody for String {
    fn from_body(bytes: Vec<u8>, _: &HeaderMap) -> Result<Self, ErrorModel> {
        String::from_utf8(bytes)
            .map_err(|_| bad_request("the request body is not UTF-8 text".to_owned()))
    }
}

/// One piece of a route: a literal segment, a parameter, or a parameter that may
/// span several segments (`x-allow-slash`).
#[allow(dead_code, reason = "not every document has path parameters")]
#[derive(Debug)]
enum Seg {
    Lit(&'static str),
    /// A parameter's name, and the index of its `pattern` in `PATTERNS`.
    Param(&'static str, Option<usize>),
    Slash(&'static str, Option<usize>),
    /// An array parameter filling the segment: items separated by `,` (simple style).
    List(&'static str),
    /// Parameters sharing one segment with text.
    Mixed(&'static [Part]),
}

/// A part of a segment that parameters share with text. A parameter's value ends
/// where the text after it first appears (the client encodes that text's first
/// character inside values).
#[allow(dead_code, reason = "not every document has parameters sharing a segment")]
#[derive(Debug)]
enum Part {
    Lit(&'static str),
    Param(&'static str, Option<usize>),
}

/// The `pattern`s of `PATTERNS`, compiled on first use.
static COMPILED: std::sync::LazyLock<Vec<Option<pattern_engine::Regex>>> = std::sync::LazyLock::new(||
PATTERNS.iter().map(|p| pattern_engine::Regex::new(p).ok()).collect());

/// Whether `value` matches pattern `index` (the generator checked every pattern compiles).
#[allow(dead_code, reason = "not every document has patterns")]
fn matches_pattern(index: Option<usize>, value: &str) -> bool {
    index
        .and_then(|i| COMPILED.get(i))
        .and_then(Option::as_ref)
        .is_none_or(|re| re.is_match(value))
}

/// A parameter value that must match pattern `index`.
#[allow(dead_code, reason = "not every document has patterns")]
fn check_pattern(index: usize, value: &str) -> Result<(), types::Invalid> {
    if matches_pattern(Some(index), value) {
        Ok(())
    } else {
        Err(
            types::Invalid::new(
                format!(
                    "{value:?} does not match the pattern {}", PATTERNS.get(index)
                    .copied().unwrap_or_default()
                ),
            ),
        )
    }
}

/// Who may call an operation: alternatives, any one of which suffices, each the
/// schemes (by index into `SECURITY_SCHEMES`) that must all be satisfied, with the
/// scopes each must grant. Empty for public operations.
type Requirement = &'static [&'static [(usize, &'static [&'static str])]];

/// What the router knows of each operation.
struct OpMeta {
    id: &'static str,
    /// Who may call it: `&[]`, or a shared `REQUIRES_..` / `REQUIREMENT_n` constant.
    security: Requirement,
    /// Whether a request without credentials is served.
    anonymous: bool,
    /// Parameters that are not plain path or query pairs.
    sources: &'static [ParamSource],
}

/// A header or cookie parameter, or a query parameter that is not one plain pair.
#[allow(dead_code, reason = "not every document has every kind of parameter")]
struct ParamSource {
    /// The parameter's name in the request.
    name: &'static str,
    /// Query, header or cookie.
    place: Place,
    shape: Shape,
}

/// How a parameter's value is laid out in the request.
#[allow(dead_code, reason = "not every document has every kind of parameter")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One value, as it is.
    Plain,
    /// The items of an array in one value, separated by this character.
    Split(char),
    /// An object's properties, each its own query key (`form`, exploded).
    Exploded(&'static [&'static str]),
    /// A map's entries, each its own query key: every key that no other parameter
    /// (nor an API key) claims.
    Map,
    /// An object as one value, keys and values alternating: `k1,v1,k2,v2`.
    Flat,
    /// `deepObject`: `name[key]=value`.
    Deep,
    /// A header object with `explode`: `k1=v1,k2=v2`.
    Pairs,
    /// A query key the operation uses otherwise (a plain parameter, an API key),
    /// which a map beside it must not take.
    Claimed,
}

impl Shape {
    /// True for objects and maps, whose entries the router gathers apart.
    fn is_object(self) -> bool {
        matches!(
            self, Shape::Exploded(_) | Shape::Map | Shape::Flat | Shape::Deep |
            Shape::Pairs
        )
    }
}

/// Where a security scheme's credential travels.
#[allow(dead_code, reason = "not every document has every kind of scheme")]
#[derive(Debug, Clone, Copy)]
enum Carrier {
    Bearer,
    Basic,
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
}

/// A credential read from a request.
enum Presented {
    Bearer(String),
    Basic(String, String),
    ApiKey(String),
}

impl Presented {
    fn credential(&self) -> Credential<'_> {
        match self {
            Presented::Bearer(token) => Credential::Bearer(token),
            Presented::Basic(username, password) => {
                Credential::Basic {
                    username,
                    password,
                }
            }
            Presented::ApiKey(key) => Credential::ApiKey(key),
        }
    }
}

/// The credential the request carries for a scheme, if any.
fn presented(parts: &axum::http::request::Parts, carrier: Carrier) -> Option<Presented> {
    let authorization = |scheme: &str| {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(s, _)| s.eq_ignore_ascii_case(scheme))
            .map(|(_, value)| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let key = match carrier {
        Carrier::Bearer => return authorization("bearer").map(Presented::Bearer),
        Carrier::Basic => {
            let decoded = base64_decode(&authorization("basic")?)?;
            let (username, password) = String::from_utf8(decoded)
                .ok()?
                .split_once(':')
                .map(|(u, p)| (u.to_owned(), p.to_owned()))?;
            return Some(Presented::Basic(username, password));
        }
        Carrier::Header(name) => {
            parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
        }
        Carrier::Query(name) => {
            parts
                .uri
                .query()
                .and_then(|q| {
                    form_urlencoded::parse(q.as_bytes())
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.into_owned())
                })
        }
        Carrier::Cookie(name) => cookie(&parts.headers, name),
    };
    key.filter(|k| !k.is_empty()).map(Presented::ApiKey)
}

/// The value of cookie `name`, percent-decoded.
#[allow(dead_code, reason = "not every document has cookies")]
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    cookie_raw(headers, name)
        .and_then(|v| percent_encoding::percent_decode_str(v).decode_utf8().ok())
        .map(|v| v.into_owned())
}

/// The value of cookie `name` as it came (without its quotes).
#[allow(dead_code, reason = "not every document has cookies")]
fn cookie_raw<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
}

/// Standard base64, padded (the `Basic` credential).
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// How an error message names a scheme's credential.
fn describe(carrier: Carrier) -> String {
    match carrier {
        Carrier::Bearer => "a bearer token".to_owned(),
        Carrier::Basic => "HTTP basic credentials".to_owned(),
        Carrier::Header(name) => format!("the {name} header"),
        Carrier::Query(name) => format!("the {name} query parameter"),
        Carrier::Cookie(name) => format!("the {name} cookie"),
    }
}

type PathParams = Vec<(&'static str, String)>;

/// A path template's segments and the operations served there, by method.
type Route = (&'static [Seg], &'static [(&'static str, usize)]);

fn decode_segment(raw: &str) -> Option<std::borrow::Cow<'_, str>> {
    percent_encoding::percent_decode_str(raw).decode_utf8().ok()
}

/// Where a path parameter sits among the raw segments: `from..to`, or the byte range
/// `span` of segment `from` for a parameter sharing its segment.
struct Capture {
    name: &'static str,
    pattern: Option<usize>,
    from: usize,
    to: usize,
    span: Option<(usize, usize)>,
    /// An array's items, split on the raw text before each is decoded.
    list: bool,
}

/// Matches a request path against a route. The search compares raw segments only
/// (no allocation, no pattern); once a route fits, its parameters are decoded and
/// checked against their patterns, and a failure there resumes the search.
fn match_route(raw: &[&str], route: &[Seg], out: &mut PathParams) -> bool {
    match_route_in(raw, route, &mut Vec::new(), out)
}

/// Like [`match_route`], reusing `captures` from route to route (one allocation per
/// request, not one per route tried).
fn match_route_in(
    raw: &[&str],
    route: &[Seg],
    captures: &mut Vec<Capture>,
    out: &mut PathParams,
) -> bool {
    let spans = route.iter().any(|s| matches!(s, Seg::Slash(..)));
    if raw.len() < route.len() || (!spans && raw.len() != route.len()) {
        return false;
    }
    if spans {
        for (seg, text) in route.iter().rev().zip(raw.iter().rev()) {
            match seg {
                Seg::Lit(lit) if lit != text => return false,
                Seg::Slash(..) => break,
                _ => {}
            }
        }
    }
    captures.clear();
    match_from(raw, 0, route, captures, out)
}

fn match_from(
    raw: &[&str],
    at: usize,
    route: &[Seg],
    captures: &mut Vec<Capture>,
    out: &mut PathParams,
) -> bool {
    let Some((first, rest)) = route.split_first() else {
        return at == raw.len() && decode_captures(raw, captures, out);
    };
    match first {
        Seg::Lit(lit) => {
            raw.get(at) == Some(lit) && match_from(raw, at + 1, rest, captures, out)
        }
        Seg::Param(name, pattern) => {
            if raw.get(at).is_none_or(|s| s.is_empty()) {
                return false;
            }
            captures
                .push(Capture {
                    name,
                    pattern: *pattern,
                    from: at,
                    to: at + 1,
                    span: None,
                    list: false,
                });
            match_from(raw, at + 1, rest, captures, out)
                || {
                    captures.pop();
                    false
                }
        }
        Seg::List(name) => {
            if raw.get(at).is_none_or(|s| s.is_empty()) {
                return false;
            }
            captures
                .push(Capture {
                    name,
                    pattern: None,
                    from: at,
                    to: at + 1,
                    span: None,
                    list: true,
                });
            match_from(raw, at + 1, rest, captures, out)
                || {
                    captures.pop();
                    false
                }
        }
        Seg::Mixed(parts) => {
            let Some(segment) = raw.get(at) else { return false };
            let start = captures.len();
            let mut offset = 0;
            for (i, part) in parts.iter().enumerate() {
                let tail = &segment[offset..];
                match part {
                    Part::Lit(text) => {
                        if !tail.starts_with(text) {
                            captures.truncate(start);
                            return false;
                        }
                        offset += text.len();
                    }
                    Part::Param(name, pattern) => {
                        let end = match parts.get(i + 1) {
                            Some(Part::Lit(next)) => tail.find(next),
                            _ => Some(tail.len()),
                        };
                        let Some(end) = end.filter(|end| *end > 0) else {
                            captures.truncate(start);
                            return false;
                        };
                        let span = Some((offset, offset + end));
                        captures
                            .push(Capture {
                                name,
                                pattern: *pattern,
                                from: at,
                                to: at + 1,
                                span,
                                list: false,
                            });
                        offset += end;
                    }
                }
            }
            if offset != segment.len() {
                captures.truncate(start);
                return false;
            }
            match_from(raw, at + 1, rest, captures, out)
                || {
                    captures.truncate(start);
                    false
                }
        }
        Seg::Slash(name, pattern) => {
            for to in at + 1..=raw.len() {
                if raw[to - 1].is_empty() {
                    break;
                }
                captures
                    .push(Capture {
                        name,
                        pattern: *pattern,
                        from: at,
                        to,
                        span: None,
                        list: false,
                    });
                if match_from(raw, to, rest, captures, out) {
                    return true;
                }
                captures.pop();
            }
            false
        }
    }
}

/// Decodes the captured parameters into `out`; false when one is not UTF-8 or misses
/// its pattern.
fn decode_captures(raw: &[&str], captures: &[Capture], out: &mut PathParams) -> bool {
    out.clear();
    for c in captures {
        if c.list {
            for item in raw.get(c.from).copied().unwrap_or_default().split(',') {
                match decode_segment(item) {
                    Some(text) => out.push((c.name, text.into_owned())),
                    None => {
                        out.clear();
                        return false;
                    }
                }
            }
            continue;
        }
        let mut value = String::new();
        if let Some((start, end)) = c.span {
            match raw
                .get(c.from)
                .and_then(|s| s.get(start..end))
                .and_then(decode_segment)
            {
                Some(text) => value.push_str(&text),
                None => return false,
            }
        }
        let whole = if c.span.is_some() { &[][..] } else { &raw[c.from..c.to] };
        for (i, segment) in whole.iter().enumerate() {
            if i > 0 {
                value.push('/');
            }
            match decode_segment(segment) {
                Some(text) => value.push_str(&text),
                None => return false,
            }
        }
        if !matches_pattern(c.pattern, &value) {
            out.clear();
            return false;
        }
        out.push((c.name, value));
    }
    true
}

/// Everything the router shares between requests.
struct Shared<A, U> {
    api: A,
    authenticator: U,
    config: ServerConfig,
}

/// Builds the router: every operation of the document, with parsing, validation and
/// scope checks done before the [`Api`] method runs. Unknown paths answer 404 and
/// known paths with another method 405, both with error bodies.
pub fn router<A: Api, U: Authenticator>(
    api: A,
    authenticator: U,
    config: ServerConfig,
) -> axum::Router {
    let shared = Arc::new(Shared {
        api,
        authenticator,
        config,
    });
    axum::Router::new().fallback(dispatch::<A, U>).with_state(shared)
}

/// CORS around the routing: preflight requests are answered here, and answers to an
/// allowed origin say so.
async fn dispatch<A: Api, U: Authenticator>(
    State(shared): State<Arc<Shared<A, U>>>,
    request: Request,
) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .filter(|o| {
            shared
                .config
                .cors_allow_origins
                .iter()
                .any(|a| a == "*" || a.as_bytes() == o.as_bytes())
        })
        .cloned();
    let Some(origin) = origin else {
        return route(shared, request).await;
    };
    let allow_origin = if shared.config.cors_allow_origins.iter().any(|a| a == "*") {
        HeaderValue::from_static("*")
    } else {
        origin
    };
    let preflight = request.method() == axum::http::Method::OPTIONS
        && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        preflight_response(request.uri().path(), request.headers())
    } else {
        route(shared, request).await
    };
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, allow_origin);
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    response
}

/// The answer to a CORS preflight: the path's methods, and the request headers asked for.
fn preflight_response(path: &str, request_headers: &HeaderMap) -> Response {
    let raw: Vec<&str> = path.split('/').collect();
    let mut methods: Vec<&str> = ROUTES
        .iter()
        .filter(|(segments, _)| match_route(&raw, segments, &mut PathParams::new()))
        .flat_map(|(_, methods)| methods.iter().map(|(m, _)| *m))
        .collect();
    if methods.is_empty() {
        return error_response(
            &error(StatusCode::NOT_FOUND, "not_found", format!("no such path: {path}")),
        );
    }
    if methods.contains(&"GET") {
        methods.push("HEAD");
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&methods.join(", ")) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, value);
    }
    let asked = request_headers.get(header::ACCESS_CONTROL_REQUEST_HEADERS).cloned();
    headers
        .insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            asked
                .unwrap_or_else(|| HeaderValue::from_static(
                    "authorization, content-type",
                )),
        );
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    response
}

/// The OpenAPI document this server serves, with `servers` pointing at the server that
/// answers (from the `Host` header, and `X-Forwarded-Proto` when a proxy set it), so that
/// tools such as Swagger UI send their requests here.
#[allow(dead_code, reason = "not every document has a discovery operation")]
fn openapi_document<T: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
) -> Result<T, ErrorModel> {
    let broken = |e: serde_json::Error| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            format!("the bundled document does not parse: {e}"),
        )
    };
    let mut document: serde_json::Value = serde_json::from_str(OPENAPI_JSON)
        .map_err(broken)?;
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        });
    if let (Some(host), Some(object)) = (host, document.as_object_mut()) {
        let scheme = match headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok())
        {
            Some("https") => "https",
            _ => "http",
        };
        object
            .insert(
                "servers".to_owned(),
                serde_json::json!(
                    [{ "url" : format!("{scheme}://{host}"), "description" :
                    "the server that serves this document" }]
                ),
            );
    }
    serde_json::from_value(document).map_err(broken)
}

/// The routes by their leading literal segments (`/api/v1/repository` for
/// `/api/v1/repository/{repository}`): a path can only fit the routes whose literal
/// prefix it starts with, so routing tries those alone, in the table's order.
struct RouteIndex {
    by_prefix: std::collections::HashMap<String, Vec<usize>>,
}

static ROUTE_INDEX: std::sync::LazyLock<RouteIndex> = std::sync::LazyLock::new(|| {
    let mut by_prefix: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (index, (segments, _)) in ROUTES.iter().enumerate() {
        let literals: Vec<&str> = segments
            .iter()
            .map_while(|segment| match segment {
                Seg::Lit(text) => Some(*text),
                _ => None,
            })
            .collect();
        by_prefix.entry(literals.join("/")).or_default().push(index);
    }
    RouteIndex { by_prefix }
});

impl RouteIndex {
    /// The indices in `ROUTES` of the routes `path` may fit, in the table's order.
    fn candidates(&self, path: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for end in path.match_indices('/').map(|(at, _)| at).chain([path.len()]) {
            if let Some(routes) = self.by_prefix.get(&path[..end]) {
                out.extend_from_slice(routes);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

async fn route<A: Api, U: Authenticator>(
    shared: Arc<Shared<A, U>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let method = if parts.method == axum::http::Method::HEAD {
        "GET"
    } else {
        parts.method.as_str()
    };
    let raw: Vec<&str> = parts.uri.path().split('/').collect();
    let mut params = PathParams::new();
    let mut captures = Vec::new();
    let mut found = None;
    for (segments, methods) in ROUTE_INDEX
        .candidates(parts.uri.path())
        .into_iter()
        .map(|i| &ROUTES[i])
    {
        params.clear();
        if !match_route_in(&raw, segments, &mut captures, &mut params) {
            continue;
        }
        if let Some((_, index)) = methods.iter().find(|(m, _)| *m == method) {
            found = Some(*index);
            break;
        }
    }
    let Some(index) = found else {
        if let Some(detail) = near_miss(&raw, method) {
            return error_response(&error(StatusCode::NOT_FOUND, "not_found", detail));
        }
        let mut methods: Vec<&str> = ROUTES
            .iter()
            .filter(|(segments, _)| match_route(&raw, segments, &mut PathParams::new()))
            .flat_map(|(_, methods)| methods.iter().map(|(m, _)| *m))
            .collect();
        if methods.contains(&"GET") {
            methods.push("HEAD");
        }
        if methods.is_empty() {
            return error_response(
                &error(
                    StatusCode::NOT_FOUND,
                    "not_found",
                    format!("no such path: {}", parts.uri.path()),
                ),
            );
        }
        let mut response = error_response(
            &error(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                format!(
                    "{} is not allowed here; allowed: {}", parts.method, methods
                    .join(", ")
                ),
            ),
        );
        if let Ok(value) = HeaderValue::from_str(&methods.join(", ")) {
            response.headers_mut().insert(header::ALLOW, value);
        }
        return response;
    };
    call(&shared, index, parts, body, params).await
}

/// Called when no route serves the request: whether the most specific route that the
/// path fits by shape serves `method` but refused a parameter. Then the request is aimed
/// at that route with a malformed parameter (`POST /api/v1/repository/x/changevisibility`:
/// one segment where `repository` needs `namespace/name`), so it is 404 naming the
/// parameter, not 405 from a less specific route that the path happens to fit (here
/// `/api/v1/repository/{repository}` with `x/changevisibility`).
fn near_miss(raw: &[&str], method: &str) -> Option<String> {
    fn fits(raw: &[&str], route: &[Seg]) -> bool {
        let Some((first, rest)) = route.split_first() else {
            return raw.is_empty();
        };
        match first {
            Seg::Lit(lit) => raw.first() == Some(lit) && fits(&raw[1..], rest),
            Seg::Param(..) | Seg::List(_) | Seg::Mixed(_) => {
                raw.first().is_some_and(|s| !s.is_empty()) && fits(&raw[1..], rest)
            }
            Seg::Slash(..) => {
                (1..=raw.len())
                    .take_while(|&to| !raw[to - 1].is_empty())
                    .any(|to| fits(&raw[to..], rest))
            }
        }
    }
    let (segments, methods) = ROUTES.iter().find(|(segments, _)| fits(raw, segments))?;
    if !methods.iter().any(|(m, _)| *m == method) {
        return None;
    }
    let expected: Vec<String> = segments
        .iter()
        .filter_map(|seg| match seg {
            Seg::Param(name, Some(i)) | Seg::Slash(name, Some(i)) => {
                Some(
                    format!(
                        "`{name}` must match {}", PATTERNS.get(* i).copied()
                        .unwrap_or_default()
                    ),
                )
            }
            Seg::Param(name, None) | Seg::Slash(name, None) | Seg::List(name) => {
                Some(format!("`{name}` must be UTF-8"))
            }
            Seg::Lit(_) | Seg::Mixed(_) => None,
        })
        .collect();
    Some(format!("no such path: {}; {}", raw.join("/"), expected.join(", ")))
}

/// Authenticates the request by the operation's security requirements: the first
/// alternative whose every scheme has a valid credential with its scopes names the
/// caller (the first scheme's principal, with the scopes of all). Public operations
/// still name a caller that sent a valid credential of any scheme.
async fn authorize<A, U: Authenticator>(
    shared: &Shared<A, U>,
    parts: &axum::http::request::Parts,
    meta: &OpMeta,
) -> Result<Option<Principal>, ErrorModel> {
    if meta.security.is_empty() {
        for (name, carrier) in &SECURITY_SCHEMES {
            if let Some(credential) = presented(parts, *carrier) {
                if let Some(principal) = shared
                    .authenticator
                    .authenticate_credential(name, credential.credential())
                    .await
                {
                    return Ok(Some(principal));
                }
            }
        }
        return Ok(None);
    }
    let (mut rejected, mut forbidden) = (false, false);
    'alternatives: for requirement in meta.security {
        let mut caller: Option<Principal> = None;
        let mut scoped = true;
        for (index, scopes) in requirement.iter() {
            let Some((name, carrier)) = SECURITY_SCHEMES.get(*index) else {
                continue 'alternatives
            };
            let Some(credential) = presented(parts, *carrier) else {
                continue 'alternatives
            };
            let Some(principal) = shared
                .authenticator
                .authenticate_credential(name, credential.credential())
                .await else {
                rejected = true;
                continue 'alternatives;
            };
            scoped &= scopes.iter().all(|s| principal.has_scope(s));
            match &mut caller {
                Some(first) => first.scopes.extend(principal.scopes),
                None => caller = Some(principal),
            }
        }
        if scoped {
            return Ok(caller);
        }
        forbidden = true;
    }
    if meta.anonymous {
        return Ok(None);
    }
    if forbidden {
        let needed: Vec<String> = meta
            .security
            .iter()
            .map(|requirement| {
                requirement
                    .iter()
                    .flat_map(|(_, scopes)| scopes.iter().copied())
                    .collect::<Vec<_>>()
                    .join(" and ")
            })
            .collect();
        return Err(
            error(
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                format!("{} requires the scope {}", meta.id, needed.join(" or ")),
            ),
        );
    }
    let carriers = || {
        meta
            .security
            .iter()
            .flat_map(|r| r.iter())
            .filter_map(|(i, _)| SECURITY_SCHEMES.get(*i).map(|s| s.1))
    };
    let bearer_only = carriers().all(|c| matches!(c, Carrier::Bearer));
    if rejected {
        let what = if bearer_only {
            "the bearer token is"
        } else {
            "the credentials are"
        };
        return Err(
            error(StatusCode::UNAUTHORIZED, "invalid_token", format!("{what} not valid")),
        );
    }
    let mut alternatives: Vec<String> = Vec::new();
    for requirement in meta.security {
        let text = requirement
            .iter()
            .filter_map(|(i, _)| SECURITY_SCHEMES.get(*i).map(|s| describe(s.1)))
            .collect::<Vec<_>>()
            .join(" and ");
        if !alternatives.contains(&text) {
            alternatives.push(text);
        }
    }
    Err(
        error(
            StatusCode::UNAUTHORIZED,
            "invalid_token",
            format!("this operation requires {}", alternatives.join(" or ")),
        ),
    )
}

/// Path, query, header and cookie parameters, decoded into the operation's parameter
/// struct.
fn parse_params<'r, P: FromParams + types::Validate>(
    path: &'r PathParams,
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    sources: &[ParamSource],
) -> Result<P, ErrorModel> {
    let given = gather_params(path, query, headers, sources)?;
    let params = P::from_params(&given)?;
    params
        .validate()
        .map_err(|e| bad_request(
            format!("invalid parameter `{}`: {}", e.path, e.message),
        ))?;
    Ok(params)
}

/// Gathers an operation's parameters from the request: path captures, query pairs,
/// header and cookie values, each under its place and name, with arrays split into
/// their items and the entries of object and map parameters set apart.
fn gather_params<'r>(
    path: &'r PathParams,
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    sources: &[ParamSource],
) -> Result<GivenParams<'r>, ErrorModel> {
    use std::borrow::Cow;
    let mut values: Vec<(Place, Cow<'r, str>, Cow<'r, str>)> = path
        .iter()
        .map(|(name, value)| (
            Place::Path,
            Cow::Borrowed(*name),
            Cow::Borrowed(value.as_str()),
        ))
        .collect();
    let query = query.unwrap_or_default();
    if sources.is_empty() {
        values
            .extend(
                form_urlencoded::parse(query.as_bytes())
                    .map(|(key, value)| (Place::Query, key, value)),
            );
        return Ok(GivenParams {
            values,
            objects: Vec::new(),
        });
    }
    let mut objects: Vec<Entries> = sources.iter().map(|_| Vec::new()).collect();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let key = form_decode(raw_key);
        let value = form_decode(raw);
        let query_source = |f: &dyn Fn(&ParamSource) -> bool| {
            sources.iter().position(|s| s.place == Place::Query && f(s))
        };
        let owner = query_source(
                &|s| s.name == key && !matches!(s.shape, Shape::Exploded(_) | Shape::Map),
            )
            .or_else(|| query_source(
                &|s| {
                    matches!(
                        s.shape, Shape::Exploded(properties) if properties.contains(&&*
                        key)
                    )
                },
            ))
            .or_else(|| query_source(
                &|s| s.shape == Shape::Deep && deep_key(s.name, &key).is_some(),
            ))
            .or_else(|| query_source(&|s| s.shape == Shape::Map));
        let Some(index) = owner else {
            values.push((Place::Query, Cow::Owned(key), Cow::Owned(value)));
            continue;
        };
        let source = &sources[index];
        match source.shape {
            Shape::Split(separator) => {
                for item in raw.split(raw_separator(separator)) {
                    values
                        .push((
                            Place::Query,
                            Cow::Owned(key.clone()),
                            Cow::Owned(form_decode(item)),
                        ));
                }
            }
            Shape::Exploded(_) | Shape::Map => objects[index].push((key, value)),
            Shape::Deep => {
                match deep_key(source.name, &key) {
                    Some(path) => objects[index].push((path.to_owned(), value)),
                    None => {
                        return Err(
                            bad_request(
                                format!(
                                    "invalid parameter `{}`: expected `{}[key]=value` pairs",
                                    source.name, source.name
                                ),
                            ),
                        );
                    }
                }
            }
            Shape::Flat => {
                objects[index].extend(flat_entries(source.name, raw, form_decode)?)
            }
            Shape::Plain | Shape::Pairs | Shape::Claimed => {
                values.push((Place::Query, Cow::Owned(key), Cow::Owned(value)))
            }
        }
    }
    for (index, source) in sources.iter().enumerate() {
        let value = match source.place {
            Place::Path | Place::Query => continue,
            Place::Header => {
                let mut lines = Vec::new();
                for line in headers.get_all(source.name) {
                    let text = line
                        .to_str()
                        .map_err(|_| {
                            bad_request(
                                format!(
                                    "invalid parameter `{}`: the header is not visible ASCII",
                                    source.name
                                ),
                            )
                        })?;
                    lines.push(text.trim());
                }
                if lines.is_empty() {
                    continue;
                }
                lines.join(",")
            }
            Place::Cookie => {
                match cookie_raw(headers, source.name) {
                    Some(value) => value.to_owned(),
                    None => continue,
                }
            }
        };
        let decode = |text: &str| match source.place {
            Place::Cookie => percent_decode(text),
            _ => text.to_owned(),
        };
        match source.shape {
            Shape::Split(separator) => {
                for item in value.split(separator) {
                    values
                        .push((
                            source.place,
                            Cow::Borrowed(source.name),
                            Cow::Owned(decode(item.trim())),
                        ));
                }
            }
            Shape::Flat => {
                objects[index].extend(flat_entries(source.name, &value, decode)?)
            }
            Shape::Pairs => {
                for item in value
                    .split(',')
                    .map(str::trim)
                    .filter(|item| !item.is_empty())
                {
                    let Some((key, value)) = item.split_once('=') else {
                        return Err(
                            bad_request(
                                format!(
                                    "invalid parameter `{}`: expected `key=value` items separated by `,`",
                                    source.name
                                ),
                            ),
                        );
                    };
                    objects[index]
                        .push((key.trim().to_owned(), value.trim().to_owned()));
                }
            }
            _ => {
                values
                    .push((
                        source.place,
                        Cow::Borrowed(source.name),
                        Cow::Owned(decode(&value)),
                    ))
            }
        }
    }
    let objects = sources
        .iter()
        .zip(objects)
        .filter(|(source, _)| source.shape.is_object())
        .map(|(source, entries)| (source.place, source.name, entries))
        .collect();
    Ok(GivenParams { values, objects })
}

/// Where a parameter is given.
#[allow(dead_code, reason = "not every document has parameters in every place")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Path,
    Query,
    Header,
    Cookie,
}

/// How a parameter's values are read into its type.
#[allow(dead_code, reason = "not every document has parameters of every kind")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// Each value parsed as the type asks (numbers, booleans, strings, enums); an
    /// array takes every value given.
    Plain,
    /// A union or mixed enum of scalars, or an untyped value (see [`text_value`]).
    Text,
    /// `content: application/json`: the value is JSON text.
    Json,
    /// An object or map, from the entries the router gathered for it.
    Object,
    /// A `deepObject`, from its bracketed keys.
    Nested,
}

/// An operation's parameters as the request gave them, before decoding.
struct GivenParams<'r> {
    /// Path captures, query pairs and header and cookie values (split into items where
    /// the parameter is an array): place, name, value.
    values: Vec<(Place, std::borrow::Cow<'r, str>, std::borrow::Cow<'r, str>)>,
    /// The entries gathered for object and map parameters: place, name, entries.
    objects: Vec<(Place, &'static str, Entries)>,
}

/// The entries of an object or map parameter (keys and values as text), or the
/// bracketed keys and values of a `deepObject`.
type Entries = Vec<(String, String)>;

/// An operation's parameter struct, read from the request's parameters.
trait FromParams: Sized {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel>;
}

impl FromParams for NoParams {
    fn from_params(_: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        Ok(NoParams {})
    }
}

/// Reads an operation's parameters one plain call each: a value, or `None` with the
/// first error kept, which [`ParamReader::finish`] returns. (A `?` per parameter costs
/// the compiler several times more, in every `from_params`.)
#[allow(dead_code, reason = "not every document has parameters")]
struct ParamReader<'g, 'r> {
    given: &'g GivenParams<'r>,
    error: Option<ErrorModel>,
}

#[allow(dead_code, reason = "not every document has every kind of parameter")]
impl ParamReader<'_, '_> {
    /// A read's value; `None` when it failed (its error kept if it is the first), or
    /// when it is absent (a missing parameter's error kept if it is `required`).
    fn keep<T>(
        &mut self,
        name: &str,
        required: bool,
        read: Result<Option<T>, ErrorModel>,
    ) -> Option<T> {
        let error = match read {
            Ok(Some(value)) => return Some(value),
            Ok(None) if !required => return None,
            Ok(None) => missing_param(name),
            Err(error) => error,
        };
        self.error.get_or_insert(error);
        None
    }

    /// A required parameter read as its type asks ([`Read::Plain`]).
    fn one<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
    ) -> Option<T> {
        self.one_as(place, name, Read::Plain)
    }

    /// An optional parameter read as its type asks ([`Read::Plain`]).
    fn opt<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
    ) -> Option<T> {
        self.opt_as(place, name, Read::Plain)
    }

    /// A required parameter: `None` (and a 400 kept) when it is absent or does not
    /// decode.
    fn one_as<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
        read: Read,
    ) -> Option<T> {
        let read = self.given.read(place, name, read, true);
        self.keep(name, true, read)
    }

    /// An optional parameter: `None` when absent; a 400 kept when given and it does not
    /// decode (`?limit=` is a malformed integer, not an absent one).
    fn opt_as<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
        read: Read,
    ) -> Option<T> {
        let read = self.given.read(place, name, read, false);
        self.keep(name, false, read)
    }

    /// A required array of unions or mixed enums of scalars, or of untyped values:
    /// each item read as in [`text_value`].
    fn each<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
    ) -> Option<Vec<T>> {
        let read = self.given.items(place, name);
        self.keep(name, true, read)
    }

    /// Like [`ParamReader::each`], for an optional parameter.
    fn each_opt<T: serde::de::DeserializeOwned + types::Validate>(
        &mut self,
        place: Place,
        name: &'static str,
    ) -> Option<Vec<T>> {
        let read = self.given.items(place, name);
        self.keep(name, false, read)
    }

    /// The parameters read, or the first error.
    fn finish<P>(self, params: P) -> Result<P, ErrorModel> {
        match self.error {
            None => Ok(params),
            Some(error) => Err(error),
        }
    }

    /// The first error, once a required parameter came out `None`.
    fn failure(self) -> ErrorModel {
        self.error
            .unwrap_or_else(|| bad_request("a required parameter is missing".to_owned()))
    }
}

impl GivenParams<'_> {
    /// A reader of this request's parameters.
    #[allow(dead_code, reason = "not every document has parameters")]
    fn reader(&self) -> ParamReader<'_, '_> {
        ParamReader {
            given: self,
            error: None,
        }
    }

    /// The items of an array of unions or mixed enums of scalars, or of untyped values,
    /// each read as in [`text_value`]; `None` when none is given.
    #[allow(dead_code, reason = "not every document has arrays of unions")]
    fn items<T: serde::de::DeserializeOwned + types::Validate>(
        &self,
        place: Place,
        name: &'static str,
    ) -> Result<Option<Vec<T>>, ErrorModel> {
        let mut items = self.texts(place, name).map(from_text).peekable();
        if items.peek().is_none() {
            return Ok(None);
        }
        items
            .collect::<Result<_, _>>()
            .map(Some)
            .map_err(|message| invalid_param(name, &message))
    }

    /// The values given for one parameter, in the order they came.
    fn texts(&self, place: Place, name: &str) -> impl Iterator<Item = &str> {
        self.values
            .iter()
            .filter(move |(p, n, _)| *p == place && n == name)
            .map(|(_, _, value)| value.as_ref())
    }

    /// A parameter's value, read as `read` says; `None` when it is absent (a required
    /// object decodes even from no entries).
    fn read<T: serde::de::DeserializeOwned + types::Validate>(
        &self,
        place: Place,
        name: &'static str,
        read: Read,
        required: bool,
    ) -> Result<Option<T>, ErrorModel> {
        let invalid = |message: String| invalid_param(name, &message);
        if let Read::Object | Read::Nested = read {
            let entries = self
                .objects
                .iter()
                .find(|(p, n, _)| *p == place && *n == name)
                .map_or(&[][..], |(_, _, entries)| entries);
            if entries.is_empty() && !required {
                return Ok(None);
            }
            let value = match read {
                Read::Object => object_value(entries),
                _ => nested_value(entries),
            };
            return value.map(Some).map_err(invalid);
        }
        let mut texts = self.texts(place, name);
        let Some(first) = texts.next() else {
            return Ok(None);
        };
        let value = match read {
            Read::Plain => {
                T::deserialize(Texts { first, rest: texts }).map_err(|e| e.to_string())
            }
            Read::Json => {
                match texts.next() {
                    None => {
                        serde_json::from_str(first)
                            .map_err(|e| format!("expected JSON: {e}"))
                    }
                    Some(_) => Err(GIVEN_TWICE.to_owned()),
                }
            }
            _ => {
                let all: Vec<&str> = std::iter::once(first).chain(texts).collect();
                text_value(&all)
            }
        };
        value.map(Some).map_err(invalid)
    }
}

/// The answer to a required parameter the request does not give.
fn missing_param(name: &str) -> ErrorModel {
    bad_request(format!("missing parameter `{name}`"))
}

/// The answer to a parameter whose value does not decode.
fn invalid_param(name: &str, message: &str) -> ErrorModel {
    bad_request(format!("invalid parameter `{name}`: {}", api_words(message)))
}

/// The bracketed keys after `name` (`[a][0]`), or nothing for `name` itself, for a
/// `deepObject` parameter `name`.
#[allow(dead_code, reason = "not every document has deepObject parameters")]
fn deep_key<'k>(name: &str, key: &'k str) -> Option<&'k str> {
    key.strip_prefix(name).filter(|rest| rest.is_empty() || rest.starts_with('['))
}

/// The entries of an object sent as `k1,v1,k2,v2`, split on the raw text and then
/// each key and value decoded by `decode`.
#[allow(dead_code, reason = "not every document has object parameters")]
fn flat_entries(
    name: &str,
    raw: &str,
    decode: impl Fn(&str) -> String,
) -> Result<Vec<(String, String)>, ErrorModel> {
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = raw.split(',').map(str::trim).collect();
    if items.len() % 2 != 0 {
        return Err(
            bad_request(
                format!(
                    "invalid parameter `{name}`: expected keys and values alternating, separated by `,`"
                ),
            ),
        );
    }
    Ok(items.chunks(2).map(|pair| (decode(pair[0]), decode(pair[1]))).collect())
}

/// One key or value of a query string, decoded (`+` is a space).
fn form_decode(raw: &str) -> String {
    if raw.contains('+') {
        percent_decode(&raw.replace('+', " "))
    } else {
        percent_decode(raw)
    }
}

/// Percent-decoded text; bytes that are not UTF-8 become U+FFFD.
#[allow(dead_code, reason = "not every document has parameters")]
fn percent_decode(raw: &str) -> String {
    percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

/// How a query array's delimiter appears in the raw query: a space as `%20` (an item's
/// own spaces are sent as `+`), the others as they are (an item's own are encoded).
#[allow(dead_code, reason = "not every document has delimited arrays")]
fn raw_separator(separator: char) -> &'static str {
    match separator {
        ' ' => "%20",
        '|' => "|",
        _ => ",",
    }
}

/// One parameter value as text, decoded into the type the document gives it: numbers
/// and booleans are parsed where the type asks for them. Where the type accepts
/// anything (a union, an untyped value), `guess` reads a number or boolean as such,
/// and without it everything is a string.
#[allow(dead_code, reason = "not every document has parameters of every type")]
#[derive(Clone, Copy)]
struct Text<'a> {
    text: &'a str,
    guess: bool,
}

type TextError = serde::de::value::Error;

#[allow(dead_code, reason = "not every document has parameters of every type")]
impl Text<'_> {
    fn parse<T: std::str::FromStr>(self, what: &str) -> Result<T, TextError> {
        self.text
            .parse()
            .map_err(|_| <TextError as serde::de::Error>::custom(
                format!("expected {what}, found {:?}", self.text),
            ))
    }

    fn float(self) -> Result<f64, TextError> {
        let value: f64 = self.parse("a number")?;
        if value.is_finite() {
            Ok(value)
        } else {
            Err(
                <TextError as serde::de::Error>::custom(
                    format!("expected a number, found {:?}", self.text),
                ),
            )
        }
    }
}

impl<'de> serde::de::IntoDeserializer<'de, TextError> for Text<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> serde::Deserializer<'de> for Text<'_> {
    type Error = TextError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        if self.guess {
            match self.text {
                "true" => return visitor.visit_bool(true),
                "false" => return visitor.visit_bool(false),
                _ => {}
            }
            let number = (self.text.trim() == self.text)
                .then(|| serde_json::from_str::<serde_json::Number>(self.text).ok())
                .flatten();
            if let Some(number) = number {
                if let Some(n) = number.as_i64() {
                    return visitor.visit_i64(n);
                }
                if let Some(n) = number.as_u64() {
                    return visitor.visit_u64(n);
                }
                if let Some(n) = number.as_f64() {
                    return visitor.visit_f64(n);
                }
            }
        }
        visitor.visit_str(self.text)
    }

    fn deserialize_bool<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_bool(self.parse("true or false")?)
    }

    fn deserialize_i8<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_i8(self.parse("an integer")?)
    }

    fn deserialize_i16<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_i16(self.parse("an integer")?)
    }

    fn deserialize_i32<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_i32(self.parse("an integer")?)
    }

    fn deserialize_i64<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_i64(self.parse("an integer")?)
    }

    fn deserialize_u8<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_u8(self.parse("an integer")?)
    }

    fn deserialize_u16<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_u16(self.parse("an integer")?)
    }

    fn deserialize_u32<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_u32(self.parse("an integer")?)
    }

    fn deserialize_u64<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_u64(self.parse("an integer")?)
    }

    fn deserialize_f32<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_f64<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_char<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_str<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_string<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_identifier<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor
            .visit_enum(serde::de::value::StrDeserializer::<TextError>::new(self.text))
    }
    serde::forward_to_deserialize_any! {
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct ignored_any
    }
}

/// Decodes a parameter's text twice at most: numbers and booleans read as such
/// first, then everything as a string, and keeps the first value that decodes and
/// passes validation (`oneOf: [integer, string]` takes `3` as the integer and `x` as
/// the string; an enum of `"1"` and `true` takes `1` as the string). When neither
/// passes, the first that decodes is kept for validation to report.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn either_reading<T: types::Validate, E: std::fmt::Display>(
    attempt: impl Fn(bool) -> Result<T, E>,
) -> Result<T, String> {
    match attempt(true) {
        Ok(value) if value.validate().is_ok() => Ok(value),
        first => {
            match attempt(false) {
                Ok(value) if value.validate().is_ok() => Ok(value),
                second => first.or(second).map_err(|e| e.to_string()),
            }
        }
    }
}

/// One value of a union or mixed enum of scalars, or of an untyped value (see
/// [`either_reading`]).
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn from_text<T: serde::de::DeserializeOwned + types::Validate>(
    text: &str,
) -> Result<T, String> {
    either_reading(|guess| T::deserialize(Text { text, guess }))
}

/// A union or mixed enum of scalars, or an untyped value, from its texts. A union
/// with an array alternative (exploded in the query) takes one value as a scalar
/// where it can, and repeated values as the array.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn text_value<T: serde::de::DeserializeOwned + types::Validate>(
    texts: &[&str],
) -> Result<T, String> {
    either_reading(|guess| {
        let items = || serde::de::value::SeqDeserializer::new(
            texts.iter().map(|text| Text { text, guess }),
        );
        match texts {
            [text] => {
                T::deserialize(Text { text, guess })
                    .or_else(|first| T::deserialize(items()).map_err(|_| first))
            }
            _ => T::deserialize(items()),
        }
    })
}

/// The message for a parameter of one value given more than once.
const GIVEN_TWICE: &str = "expected one value, given more than once";

/// A parameter's values, read as its type asks: one value for a scalar, each value an
/// item for an array.
struct Texts<'t, I> {
    first: &'t str,
    rest: I,
}

impl<'t, I: Iterator<Item = &'t str>> Texts<'t, I> {
    /// The one value, for a type that takes one.
    fn one(mut self) -> Result<Text<'t>, TextError> {
        match self.rest.next() {
            None => {
                Ok(Text {
                    text: self.first,
                    guess: false,
                })
            }
            Some(_) => Err(<TextError as serde::de::Error>::custom(GIVEN_TWICE)),
        }
    }
}

macro_rules! texts_forward_one {
    ($($method:ident)*) => {
        $(fn $method < V : serde::de::Visitor <'de >> (self, visitor : V) -> Result <
        V::Value, TextError > { self.one() ?.$method (visitor) })*
    };
}

impl<'de, 't, I: Iterator<Item = &'t str>> serde::Deserializer<'de> for Texts<'t, I> {
    type Error = TextError;

    fn deserialize_seq<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        let items = std::iter::once(self.first)
            .chain(self.rest)
            .map(|text| Text { text, guess: false });
        visitor.visit_seq(serde::de::value::SeqDeserializer::new(items))
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.one()?.deserialize_enum(name, variants, visitor)
    }
    texts_forward_one! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_identifier
    }
    serde::forward_to_deserialize_any! {
        bytes byte_buf unit unit_struct tuple tuple_struct map struct ignored_any
    }
}

/// An object or map parameter, from the entries the router gathered for it.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn object_value<T: serde::de::DeserializeOwned + types::Validate>(
    entries: &[(String, String)],
) -> Result<T, String> {
    let decode = |guess: bool| {
        let map = || serde::de::value::MapDeserializer::new(
            entries.iter().map(|(key, text)| (key.as_str(), Text { text, guess })),
        );
        T::deserialize(map())
            .or_else(|_| {
                serde_path_to_error::deserialize::<_, T>(map())
                    .map_err(|e| {
                        let path = e.path().to_string();
                        if path == "." || path.is_empty() {
                            e.into_inner().to_string()
                        } else {
                            format!("{path}: {}", e.into_inner())
                        }
                    })
            })
    };
    either_reading(decode)
}

/// A `deepObject` parameter, from its bracketed keys (`[a][0]`, or empty for a value
/// given as `name=value`) as the router gathered them.
#[allow(dead_code, reason = "not every document has deepObject parameters")]
fn nested_value<T: serde::de::DeserializeOwned + types::Validate>(
    entries: &[(String, String)],
) -> Result<T, String> {
    let mut tree = Tree::default();
    for (path, value) in entries {
        tree.insert(path, value.clone())?;
    }
    tree.decode()
        .map_err(|(path, message)| match path.is_empty() {
            true => message,
            false => format!("`{path}`: {message}"),
        })
}

/// Values sent as bracketed keys: `card[exp][month]=1`, `items[0][price]=p`,
/// `expand[]=a` (the next item). A place holds the values given for it and the keys
/// below it; an array is a place whose keys are all indices, read in their order (so
/// `a[0]`, `a[5]` is two items). A lone empty value (`name=`) reads as an empty array
/// or object where one is expected.
#[allow(dead_code, reason = "not every document has bracketed keys")]
#[derive(Default)]
struct Tree {
    values: Vec<String>,
    children: std::collections::BTreeMap<String, Tree>,
}

/// How deep bracketed keys may nest.
#[allow(dead_code, reason = "not every document has bracketed keys")]
const TREE_DEPTH: usize = 32;

/// How many places [`Tree::decode`] reads again as text at most: each try decodes
/// the whole value, so a hostile one with many failing unions stays cheap.
#[allow(dead_code, reason = "not every document has bracketed keys")]
const TREE_RETRIES: usize = 32;

#[allow(dead_code, reason = "not every document has bracketed keys")]
impl Tree {
    /// Files `value` under the bracketed keys of `path` (`[a][0]`; empty for this place).
    fn insert(&mut self, path: &str, value: String) -> Result<(), String> {
        let mut place = self;
        let mut rest = path;
        let mut depth = 0;
        while !rest.is_empty() {
            let Some((key, after)) = rest
                .strip_prefix('[')
                .and_then(|r| r.split_once(']')) else {
                return Err(
                    format!("expected bracketed keys such as `[key]`, found {rest:?}"),
                );
            };
            depth += 1;
            if depth > TREE_DEPTH {
                return Err(format!("keys nest deeper than {TREE_DEPTH} levels"));
            }
            let key = if key.is_empty() {
                place.children.len().to_string()
            } else {
                key.to_owned()
            };
            rest = after;
            place = place.children.entry(key).or_default();
        }
        place.values.push(value);
        Ok(())
    }

    /// The value this place holds, validated; an error names the path below it
    /// (`card.exp.month`, `items[0].price`) when there is one.
    ///
    /// Numbers and booleans are read as such where the type accepts anything (a
    /// union, an untyped value), as [`either_reading`] does, but place by place: a
    /// union that does not decode so is read again with its values as text, the
    /// rest as before (`metadata[k]=7` into a map of strings beside `created=7`
    /// into a union of an integer and an object).
    fn decode<T: serde::de::DeserializeOwned + types::Validate>(
        &self,
    ) -> Result<T, (String, String)> {
        let report = |e: serde_path_to_error::Error<TextError>| {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            (path, api_words(&e.into_inner().to_string()))
        };
        let mut plain: Vec<&Tree> = Vec::new();
        let mut first = None;
        let value = loop {
            match serde_path_to_error::deserialize::<
                _,
                T,
            >(TreeDe::new(self, true, &plain)) {
                Ok(value) => break value,
                Err(e) => {
                    let place = self
                        .place(e.path())
                        .filter(|p| !plain.iter().any(|q| std::ptr::eq(*p, *q)));
                    let error = first.take().unwrap_or(e);
                    match place {
                        Some(place) if plain.len() < TREE_RETRIES => {
                            plain.push(place);
                            first = Some(error);
                        }
                        _ => return Err(report(error)),
                    }
                }
            }
        };
        match value.validate() {
            Ok(()) => Ok(value),
            Err(invalid) => {
                match serde_path_to_error::deserialize::<
                    _,
                    T,
                >(TreeDe::new(self, false, &[])) {
                    Ok(other) if other.validate().is_ok() => Ok(other),
                    _ => Err((invalid.path, invalid.message)),
                }
            }
        }
    }

    /// The place a decoding error's path leads to, when it leads to one.
    fn place(&self, path: &serde_path_to_error::Path) -> Option<&Tree> {
        let mut at = self;
        for segment in path.iter() {
            at = match segment {
                serde_path_to_error::Segment::Map { key } => at.children.get(key)?,
                serde_path_to_error::Segment::Seq { index } => *at.items()?.get(*index)?,
                serde_path_to_error::Segment::Enum { .. } => at,
                serde_path_to_error::Segment::Unknown => return None,
            };
        }
        Some(at)
    }

    /// The items of an array: every key an index (`[]` counts as the next one).
    fn items(&self) -> Option<Vec<&Tree>> {
        let mut items = Vec::with_capacity(self.children.len());
        for (key, child) in &self.children {
            items.push((key.parse::<u64>().ok()?, child));
        }
        items.sort_by_key(|(index, _)| *index);
        Some(items.into_iter().map(|(_, child)| child).collect())
    }

    /// Whether this place holds one empty value and nothing below (`name=`).
    fn is_empty_value(&self) -> bool {
        self.children.is_empty() && self.values.len() == 1 && self.values[0].is_empty()
    }
}

/// Decodes a [`Tree`] place into the type asked for; a single value is read as
/// [`Text`] is.
#[allow(dead_code, reason = "not every document has bracketed keys")]
#[derive(Clone, Copy)]
struct TreeDe<'a> {
    tree: &'a Tree,
    guess: bool,
    /// Places (and all below them) read without guessing.
    plain: &'a [&'a Tree],
}

#[allow(dead_code, reason = "not every document has bracketed keys")]
impl<'a> TreeDe<'a> {
    fn new(tree: &'a Tree, guess: bool, plain: &'a [&'a Tree]) -> Self {
        let guess = guess && !plain.iter().any(|p| std::ptr::eq(*p, tree));
        TreeDe { tree, guess, plain }
    }

    /// The one value at this place.
    fn text(self) -> Result<Text<'a>, TextError> {
        let fail = |m: String| Err(<TextError as serde::de::Error>::custom(m));
        match (self.tree.values.as_slice(), self.tree.children.is_empty()) {
            ([text], true) => Ok(Text { text, guess: self.guess }),
            (_, false) => fail("expected a value, found bracketed keys".to_owned()),
            ([], true) => fail("expected a value".to_owned()),
            (values, true) => fail(format!("expected one value, found {}", values.len())),
        }
    }

    fn seq<'de, V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        let (guess, plain) = (self.guess, self.plain);
        if self.tree.children.is_empty() {
            if self.tree.is_empty_value() {
                return visitor
                    .visit_seq(
                        serde::de::value::SeqDeserializer::new(
                            std::iter::empty::<Text<'a>>(),
                        ),
                    );
            }
            return visitor
                .visit_seq(
                    serde::de::value::SeqDeserializer::new(
                        self.tree.values.iter().map(|text| Text { text, guess }),
                    ),
                );
        }
        if !self.tree.values.is_empty() {
            return Err(
                <TextError as serde::de::Error>::custom(
                    "expected indexed items, found a value beside them",
                ),
            );
        }
        let Some(items) = self.tree.items() else {
            return Err(
                <TextError as serde::de::Error>::custom(
                    "expected indexed items (`[0]`, `[1]`, ...), found other keys",
                ),
            );
        };
        visitor
            .visit_seq(
                serde::de::value::SeqDeserializer::new(
                    items.into_iter().map(|tree| TreeDe::new(tree, guess, plain)),
                ),
            )
    }

    fn map<'de, V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        let (guess, plain) = (self.guess, self.plain);
        if !self.tree.values.is_empty() && !self.tree.is_empty_value() {
            return Err(
                <TextError as serde::de::Error>::custom(
                    "expected bracketed keys (`[key]=value`), found a value",
                ),
            );
        }
        visitor
            .visit_map(
                serde::de::value::MapDeserializer::new(
                    self
                        .tree
                        .children
                        .iter()
                        .map(|(key, tree)| (
                            key.as_str(),
                            TreeDe::new(tree, guess, plain),
                        )),
                ),
            )
    }
}

impl<'de> serde::de::IntoDeserializer<'de, TextError> for TreeDe<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

macro_rules! tree_scalars {
    ($($method:ident)*) => {
        $(fn $method < V : serde::de::Visitor <'de >> (self, visitor : V) -> Result <
        V::Value, TextError > { self.text() ?.$method (visitor) })*
    };
}

impl<'de> serde::Deserializer<'de> for TreeDe<'_> {
    type Error = TextError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        if self.tree.children.is_empty() {
            return self.text()?.deserialize_any(visitor);
        }
        if self.tree.items().is_some() { self.seq(visitor) } else { self.map(visitor) }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_tuple<V: serde::de::Visitor<'de>>(
        self,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_tuple_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_map<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.map(visitor)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.map(visitor)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.text()?.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_unit_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        self.text()?.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_ignored_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_unit()
    }
    tree_scalars! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_identifier
    }
}

/// Reads a request body up to the configured limit.
async fn read_body(
    body: Body,
    headers: &HeaderMap,
    limit: usize,
) -> Result<Vec<u8>, ErrorModel> {
    let too_large = || error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("the request body is larger than {limit} bytes"),
    );
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => Ok(bytes.to_vec()),
        Err(e) => {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
            while let Some(s) = source {
                if s.is::<http_body_util::LengthLimitError>() {
                    return Err(too_large());
                }
                source = s.source();
            }
            Err(bad_request(format!("the request body could not be read: {e}")))
        }
    }
}

/// The implementer's answer to a request, as a response.
type Answering<'a> = std::pin::Pin<
    Box<dyn Future<Output = Result<Response, ErrorModel>> + Send + 'a>,
>;

/// An operation with its parameters decoded and validated: given the request context
/// and the body read whole, it decodes the body and starts the implementer's method.
type Bound<'a> = Box<
    dyn FnOnce(RequestContext, Vec<u8>) -> Result<Answering<'a>, ErrorModel> + Send + 'a,
>;

/// The shared path of every operation: authorize, decode, validate, call, answer.
/// Only this function is async; what differs by operation (decoding, the call, the
/// response) is synchronous behind [`Bound`], so the futures are `Send` by their
/// types, not by a proof for each operation.
async fn call<A: Api, U: Authenticator>(
    shared: &Shared<A, U>,
    index: usize,
    parts: axum::http::request::Parts,
    body: Body,
    path: PathParams,
) -> Response {
    let Some(meta) = OPS.get(index) else {
        return error_response(&not_implemented("unknown operation"));
    };
    let response_headers = ResponseHeaders::default();
    let result = async {
        let principal = authorize(shared, &parts, meta).await?;
        let bound = bind_operation(&shared.api, index, meta, &parts, &path)?;
        let bytes = read_body(body, &parts.headers, shared.config.body_limit).await?;
        let context = RequestContext {
            principal,
            headers: parts.headers,
            operation_id: meta.id,
            response_headers: response_headers.clone(),
        };
        bound(context, bytes)?.await
    }
        .await;
    let mut response = result.unwrap_or_else(|e| error_response(&e));
    let extra = std::mem::take(&mut *response_headers.lock());
    if !extra.is_empty() {
        response.headers_mut().extend(extra);
    }
    response
}

/// Decodes and validates an operation's parameters, and binds its method: the body
/// is read (by `D`) when the bound method is called.
fn bind<'a, P, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    _: D,
    call: F,
) -> Result<Bound<'a>, ErrorModel>
where
    P: FromParams + types::Validate + Send + 'a,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(RequestContext, P, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    let params = parse_params::<
        P,
    >(path, parts.uri.query(), &parts.headers, meta.sources)?;
    Ok(
        Box::new(move |context: RequestContext, bytes: Vec<u8>| {
            let body = D::decode(bytes, &context.headers)?;
            let answer = call(context, params, body);
            Ok(Box::pin(Respond(Box::pin(answer))) as Answering<'a>)
        }),
    )
}

/// An operation without a body: whatever was sent is ignored.
#[allow(dead_code, reason = "not every document has an operation without a body")]
struct Ignore;

impl Decode<()> for Ignore {
    fn decode(_: Vec<u8>, _: &HeaderMap) -> Result<(), ErrorModel> {
        Ok(())
    }
}

/// Binds a method taking only the request's context.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_context<'a, A, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(meta, parts, path, Ignore, move |context, _: NoParams, ()| method(api, context))
}

/// Binds a method taking the context and the operation's parameters.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_params<'a, A, P, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    P: FromParams + types::Validate + Send + 'a,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, P) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(
        meta,
        parts,
        path,
        Ignore,
        move |context, params, ()| method(api, context, params),
    )
}

/// Binds a method taking the context and the body, read by `D`.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_body<'a, A, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
    read: D,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(
        meta,
        parts,
        path,
        read,
        move |context, _: NoParams, body| method(api, context, body),
    )
}

/// Binds a method taking the context, the parameters and the body, read by `D`.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_params_body<'a, A, P, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
    read: D,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    P: FromParams + types::Validate + Send + 'a,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, P, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(
        meta,
        parts,
        path,
        read,
        move |context, params, body| method(api, context, params, body),
    )
}

/// The implementer's future, its answer turned into a response.
struct Respond<F>(std::pin::Pin<Box<F>>);

impl<F, R> Future for Respond<F>
where
    F: Future<Output = Result<R, ErrorModel>>,
    R: IntoApiResponse,
{
    type Output = Result<Response, ErrorModel>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        self.get_mut()
            .0
            .as_mut()
            .poll(cx)
            .map(|answer| answer.map(IntoApiResponse::into_api_response))
    }
}
