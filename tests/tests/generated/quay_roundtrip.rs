// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! Every operation, client to server and back over loopback TCP: the recording
//! server checks the typed inputs it receives, the client the typed answer.
#![allow(clippy::all, clippy::pedantic, unused_qualifications)]

use std::sync::Mutex;

#[derive(Default)]
struct Recorder {
    /// (operationId, parameters as Debug text, body as JSON)
    seen: Mutex<Vec<(&'static str, String, serde_json::Value)>>,
}

impl Recorder {
    fn record(&self, id: &'static str, params: String, body: serde_json::Value) {
        self.seen.lock().expect("not poisoned").push((id, params, body));
    }

    fn take(&self) -> Vec<(&'static str, String, serde_json::Value)> {
        std::mem::take(&mut *self.seen.lock().expect("not poisoned"))
    }
}

struct AllScopes;

impl quay_server::Authenticator for AllScopes {
    async fn authenticate(&self, token: &str) -> Option<quay_server::Principal> {
        (token == "round-trip")
            .then(|| quay_server::Principal::new(
                "tester",
                [
                    "org:admin",
                    "repo:admin",
                    "repo:create",
                    "repo:read",
                    "repo:write",
                    "super:user",
                    "user:admin",
                    "user:read",
                ],
            ))
    }
}

/// The recorder as the server sees it (the test keeps another handle).
struct Recording(std::sync::Arc<Recorder>);

impl quay_server::Api for Recording {
    async fn get_application_information(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetApplicationInformationParams,
    ) -> Result<
        quay_server::GetApplicationInformationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getApplicationInformation",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetApplicationInformationResponse::Ok(quay_server::types::ApplicationInformation {
                name: String::from("name ü/?&=#"),
                description: String::from("description ü/?&=#"),
                uri: String::from("uri ü/?&=#"),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                organization: quay_server::types::Organization {
                    name: String::from("name ü/?&=#"),
                    email: String::from("email ü/?&=#"),
                    avatar: quay_server::types::Avatar {
                        name: String::from("name ü/?&=#"),
                        hash: String::from("hash ü/?&=#"),
                        color: String::from("color ü/?&=#"),
                        kind: quay_server::types::AvatarKind::User,
                    },
                    is_admin: true,
                    is_member: true,
                    teams: Some(
                        std::collections::BTreeMap::from([
                            (
                                String::from("key"),
                                quay_server::types::OrganizationTeam {
                                    name: String::from("name ü/?&=#"),
                                    description: Some(None),
                                    role: quay_server::types::OrganizationTeamRole::Member,
                                    avatar: quay_server::types::Avatar {
                                        name: String::from("name ü/?&=#"),
                                        hash: String::from("hash ü/?&=#"),
                                        color: String::from("color ü/?&=#"),
                                        kind: quay_server::types::AvatarKind::User,
                                    },
                                    can_view: true,
                                    repo_count: Some(1_700_000_000i64),
                                    member_count: Some(1_700_000_000i64),
                                    is_synced: Some(true),
                                },
                            ),
                        ]),
                    ),
                    ordered_teams: Some(vec![String::from("ordered_teams ü/?&=#")]),
                    invoice_email: Some(true),
                    invoice_email_address: Some(None),
                    tag_expiration_s: Some(1_700_000_000i64),
                    is_free_account: Some(true),
                    quotas: Some(
                        vec![
                            quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                            limit_bytes : 1_700_000_000i64, default_config : Some(true),
                            limits : vec![quay_server::types::QuotaLimit { id :
                            1_700_000_000i64, type_ :
                            quay_server::types::QuotaLimitType::Warning, limit_percent :
                            1_700_000_000i64, }], default_config_exists : Some(true), }
                        ],
                    ),
                    quota_report: Some(quay_server::types::QuotaReport {
                        quota_bytes: Some(1_700_000_000i64),
                        configured_quota: Some(None),
                        running_backfill: Some(String::from("running_backfill ü/?&=#")),
                        backfill_status: Some(
                            quay_server::types::QuotaReportBackfillStatus::Waiting,
                        ),
                    }),
                },
            }),
        )
    }

    async fn discovery(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DiscoveryParams,
    ) -> Result<quay_server::DiscoveryResponse, quay_server::ErrorModel> {
        self.0.record("discovery", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::DiscoveryResponse::Ok(
                serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
            ),
        )
    }

    async fn get_matching_entities(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetMatchingEntitiesParams,
    ) -> Result<quay_server::GetMatchingEntitiesResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getMatchingEntities",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetMatchingEntitiesResponse::Ok(quay_server::types::EntitySearchResults {
                results: vec![
                    quay_server::types::EntitySearchResult { name :
                    String::from("name ü/?&=#"), kind :
                    quay_server::types::EntitySearchResultKind::User, is_robot :
                    Some(true), is_org_member : Some(true), title :
                    Some(String::from("title ü/?&=#")), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }
                ],
            }),
        )
    }

    async fn get_error_description(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetErrorDescriptionParams,
    ) -> Result<quay_server::GetErrorDescriptionResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getErrorDescription",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetErrorDescriptionResponse::Ok(quay_server::types::ApiErrorDescription {
                type_: String::from("type ü/?&=#"),
                title: String::from("title ü/?&=#"),
                description: String::from("description ü/?&=#"),
            }),
        )
    }

    async fn conduct_search(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ConductSearchParams,
    ) -> Result<quay_server::ConductSearchResponse, quay_server::ErrorModel> {
        self.0.record("conductSearch", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ConductSearchResponse::Ok(quay_server::types::SearchResults {
                results: vec![
                    quay_server::types::SearchResult { kind :
                    quay_server::types::SearchResultKind::Team, title :
                    Some(String::from("title ü/?&=#")), name :
                    String::from("name ü/?&=#"), short_name :
                    Some(String::from("short_name ü/?&=#")), score : 2.25f64, href :
                    Some(String::from("href ü/?&=#")), avatar : Some(None), organization
                    : Some(quay_server::types::SearchResultOrganization { title :
                    Some(quay_server::types::SearchResultOrganizationTitle::User), kind :
                    Some(quay_server::types::SearchResultOrganizationKind::User), avatar
                    : Some(None), name : Some(String::from("name ü/?&=#")), score :
                    Some(2.25f64), href : Some(String::from("href ü/?&=#")), short_name
                    : Some(String::from("short_name ü/?&=#")), }), namespace :
                    Some(quay_server::types::SearchResultNamespace { title :
                    Some(quay_server::types::SearchResultNamespaceTitle::User), kind :
                    Some(quay_server::types::SearchResultNamespaceKind::User), avatar :
                    Some(None), name : Some(String::from("name ü/?&=#")), score :
                    Some(2.25f64), href : Some(String::from("href ü/?&=#")), short_name
                    : Some(String::from("short_name ü/?&=#")), }), description :
                    Some(None), is_public : Some(true), }
                ],
            }),
        )
    }

    async fn conduct_repo_search(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ConductRepoSearchParams,
    ) -> Result<quay_server::ConductRepoSearchResponse, quay_server::ErrorModel> {
        self.0
            .record("conductRepoSearch", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ConductRepoSearchResponse::Ok(quay_server::types::RepositorySearchResults {
                results: vec![
                    quay_server::types::RepositorySearchResult { kind :
                    quay_server::types::RepositorySearchResultKind::Repository, title :
                    quay_server::types::RepositorySearchResultTitle::Repo, namespace :
                    quay_server::types::RepositorySearchResultNamespace { title :
                    Some(quay_server::types::RepositorySearchResultNamespaceTitle::User),
                    kind :
                    Some(quay_server::types::RepositorySearchResultNamespaceKind::User),
                    avatar : Some(None), name : Some(String::from("name ü/?&=#")), score
                    : Some(2.25f64), href : Some(String::from("href ü/?&=#")),
                    short_name : Some(String::from("short_name ü/?&=#")), }, name :
                    String::from("name ü/?&=#"), description :
                    Some(String::from("description ü/?&=#")), is_public : true, score :
                    2.25f64, href : String::from("href ü/?&=#"), last_modified :
                    Some(1_700_000_000i64), stars : Some(1_700_000_000i64), popularity :
                    Some(2.25f64), }
                ],
                has_additional: true,
                page: 1_700_000_000i64,
                page_size: 1_700_000_000i64,
                start_index: 1_700_000_000i64,
            }),
        )
    }

    async fn delete_global_message(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteGlobalMessageParams,
    ) -> Result<quay_server::DeleteGlobalMessageResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteGlobalMessage",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteGlobalMessageResponse::NoContent)
    }

    async fn get_global_messages(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<quay_server::GetGlobalMessagesResponse, quay_server::ErrorModel> {
        self.0.record("getGlobalMessages", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::GetGlobalMessagesResponse::Ok(quay_server::types::GlobalMessageList {
                messages: vec![
                    quay_server::types::GlobalMessage { uuid :
                    String::from("uuid ü/?&=#"), content :
                    String::from("content ü/?&=#"), severity :
                    quay_server::types::GlobalMessageSeverity::Info, media_type :
                    quay_server::types::GlobalMessageMediaType::TextPlain, }
                ],
            }),
        )
    }

    async fn create_global_message(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::CreateMessage,
    ) -> Result<quay_server::CreateGlobalMessageResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createGlobalMessage",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::CreateGlobalMessageResponse::Created)
    }

    async fn create_organization(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::NewOrg,
    ) -> Result<quay_server::CreateOrganizationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createOrganization",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationResponse::Created(
                quay_server::types::CreateOrganizationResponse::Created,
            ),
        )
    }

    async fn get_organization(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationParams,
    ) -> Result<quay_server::GetOrganizationResponse, quay_server::ErrorModel> {
        self.0.record("getOrganization", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetOrganizationResponse::Ok(quay_server::types::Organization {
                name: String::from("name ü/?&=#"),
                email: String::from("email ü/?&=#"),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                is_admin: true,
                is_member: true,
                teams: Some(
                    std::collections::BTreeMap::from([
                        (
                            String::from("key"),
                            quay_server::types::OrganizationTeam {
                                name: String::from("name ü/?&=#"),
                                description: Some(None),
                                role: quay_server::types::OrganizationTeamRole::Member,
                                avatar: quay_server::types::Avatar {
                                    name: String::from("name ü/?&=#"),
                                    hash: String::from("hash ü/?&=#"),
                                    color: String::from("color ü/?&=#"),
                                    kind: quay_server::types::AvatarKind::User,
                                },
                                can_view: true,
                                repo_count: Some(1_700_000_000i64),
                                member_count: Some(1_700_000_000i64),
                                is_synced: Some(true),
                            },
                        ),
                    ]),
                ),
                ordered_teams: Some(vec![String::from("ordered_teams ü/?&=#")]),
                invoice_email: Some(true),
                invoice_email_address: Some(None),
                tag_expiration_s: Some(1_700_000_000i64),
                is_free_account: Some(true),
                quotas: Some(
                    vec![
                        quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                        limit_bytes : 1_700_000_000i64, default_config : Some(true),
                        limits : vec![quay_server::types::QuotaLimit { id :
                        1_700_000_000i64, type_ :
                        quay_server::types::QuotaLimitType::Warning, limit_percent :
                        1_700_000_000i64, }], default_config_exists : Some(true), }
                    ],
                ),
                quota_report: Some(quay_server::types::QuotaReport {
                    quota_bytes: Some(1_700_000_000i64),
                    configured_quota: Some(None),
                    running_backfill: Some(String::from("running_backfill ü/?&=#")),
                    backfill_status: Some(
                        quay_server::types::QuotaReportBackfillStatus::Waiting,
                    ),
                }),
            }),
        )
    }

    async fn change_organization_details(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeOrganizationDetailsParams,
        body: quay_server::types::UpdateOrg,
    ) -> Result<
        quay_server::ChangeOrganizationDetailsResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "changeOrganizationDetails",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeOrganizationDetailsResponse::Ok(quay_server::types::Organization {
                name: String::from("name ü/?&=#"),
                email: String::from("email ü/?&=#"),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                is_admin: true,
                is_member: true,
                teams: Some(
                    std::collections::BTreeMap::from([
                        (
                            String::from("key"),
                            quay_server::types::OrganizationTeam {
                                name: String::from("name ü/?&=#"),
                                description: Some(None),
                                role: quay_server::types::OrganizationTeamRole::Member,
                                avatar: quay_server::types::Avatar {
                                    name: String::from("name ü/?&=#"),
                                    hash: String::from("hash ü/?&=#"),
                                    color: String::from("color ü/?&=#"),
                                    kind: quay_server::types::AvatarKind::User,
                                },
                                can_view: true,
                                repo_count: Some(1_700_000_000i64),
                                member_count: Some(1_700_000_000i64),
                                is_synced: Some(true),
                            },
                        ),
                    ]),
                ),
                ordered_teams: Some(vec![String::from("ordered_teams ü/?&=#")]),
                invoice_email: Some(true),
                invoice_email_address: Some(None),
                tag_expiration_s: Some(1_700_000_000i64),
                is_free_account: Some(true),
                quotas: Some(
                    vec![
                        quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                        limit_bytes : 1_700_000_000i64, default_config : Some(true),
                        limits : vec![quay_server::types::QuotaLimit { id :
                        1_700_000_000i64, type_ :
                        quay_server::types::QuotaLimitType::Warning, limit_percent :
                        1_700_000_000i64, }], default_config_exists : Some(true), }
                    ],
                ),
                quota_report: Some(quay_server::types::QuotaReport {
                    quota_bytes: Some(1_700_000_000i64),
                    configured_quota: Some(None),
                    running_backfill: Some(String::from("running_backfill ü/?&=#")),
                    backfill_status: Some(
                        quay_server::types::QuotaReportBackfillStatus::Waiting,
                    ),
                }),
            }),
        )
    }

    async fn delete_admined_organization(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteAdminedOrganizationParams,
    ) -> Result<
        quay_server::DeleteAdminedOrganizationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteAdminedOrganization",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteAdminedOrganizationResponse::NoContent)
    }

    async fn get_aggregate_org_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetAggregateOrgLogsParams,
    ) -> Result<quay_server::GetAggregateOrgLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getAggregateOrgLogs",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetAggregateOrgLogsResponse::Ok(quay_server::types::AggregatedLogs {
                aggregated: vec![
                    quay_server::types::AggregatedLogsAggregatedItem { kind :
                    String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    }
                ],
            }),
        )
    }

    async fn get_organization_applications(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationApplicationsParams,
    ) -> Result<
        quay_server::GetOrganizationApplicationsResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationApplications",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationApplicationsResponse::Ok(quay_server::types::OrganizationApplicationList {
                applications: vec![
                    quay_server::types::OrganizationApplication { name :
                    String::from("name ü/?&=#"), description :
                    Some(String::from("description ü/?&=#")), application_uri :
                    Some(String::from("application_uri ü/?&=#")), client_id :
                    String::from("client_id ü/?&=#"), client_secret : Some(None),
                    redirect_uri : Some(None), avatar_email : Some(None), }
                ],
            }),
        )
    }

    async fn create_organization_application(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationApplicationParams,
        body: quay_server::types::NewApp,
    ) -> Result<
        quay_server::CreateOrganizationApplicationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createOrganizationApplication",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationApplicationResponse::Ok(quay_server::types::OrganizationApplication {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                application_uri: Some(String::from("application_uri ü/?&=#")),
                client_id: String::from("client_id ü/?&=#"),
                client_secret: Some(None),
                redirect_uri: Some(None),
                avatar_email: Some(None),
            }),
        )
    }

    async fn get_organization_application(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationApplicationParams,
    ) -> Result<
        quay_server::GetOrganizationApplicationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationApplication",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationApplicationResponse::Ok(quay_server::types::OrganizationApplication {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                application_uri: Some(String::from("application_uri ü/?&=#")),
                client_id: String::from("client_id ü/?&=#"),
                client_secret: Some(None),
                redirect_uri: Some(None),
                avatar_email: Some(None),
            }),
        )
    }

    async fn update_organization_application(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateOrganizationApplicationParams,
        body: quay_server::types::UpdateApp,
    ) -> Result<
        quay_server::UpdateOrganizationApplicationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "updateOrganizationApplication",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateOrganizationApplicationResponse::Ok(quay_server::types::OrganizationApplication {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                application_uri: Some(String::from("application_uri ü/?&=#")),
                client_id: String::from("client_id ü/?&=#"),
                client_secret: Some(None),
                redirect_uri: Some(None),
                avatar_email: Some(None),
            }),
        )
    }

    async fn delete_organization_application(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationApplicationParams,
    ) -> Result<
        quay_server::DeleteOrganizationApplicationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationApplication",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationApplicationResponse::NoContent)
    }

    async fn list_organization_auto_prune_policies(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListOrganizationAutoPrunePoliciesParams,
    ) -> Result<
        quay_server::ListOrganizationAutoPrunePoliciesResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "listOrganizationAutoPrunePolicies",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListOrganizationAutoPrunePoliciesResponse::Ok(quay_server::types::AutoPrunePolicyList {
                policies: vec![
                    quay_server::types::AutoPrunePolicy { uuid :
                    String::from("uuid ü/?&=#"), method :
                    quay_server::types::AutoPrunePolicyMethod::NumberOfTags, value :
                    quay_server::types::AutoPrunePolicyValue::Integer(1_700_000_000i64),
                    }
                ],
            }),
        )
    }

    async fn create_organization_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationAutoPrunePolicyParams,
        body: quay_server::types::AutoPrunePolicyConfig,
    ) -> Result<
        quay_server::CreateOrganizationAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createOrganizationAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationAutoPrunePolicyResponse::Created(quay_server::types::AutoPrunePolicyId {
                uuid: String::from("uuid ü/?&=#"),
            }),
        )
    }

    async fn get_organization_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationAutoPrunePolicyParams,
    ) -> Result<
        quay_server::GetOrganizationAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationAutoPrunePolicyResponse::Ok(quay_server::types::AutoPrunePolicy {
                uuid: String::from("uuid ü/?&=#"),
                method: quay_server::types::AutoPrunePolicyMethod::NumberOfTags,
                value: quay_server::types::AutoPrunePolicyValue::Integer(
                    1_700_000_000i64,
                ),
            }),
        )
    }

    async fn update_organization_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateOrganizationAutoPrunePolicyParams,
        body: quay_server::types::AutoPrunePolicyConfig,
    ) -> Result<
        quay_server::UpdateOrganizationAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "updateOrganizationAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::UpdateOrganizationAutoPrunePolicyResponse::NoContent)
    }

    async fn delete_organization_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationAutoPrunePolicyParams,
    ) -> Result<
        quay_server::DeleteOrganizationAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::DeleteOrganizationAutoPrunePolicyResponse::Ok(quay_server::types::AutoPrunePolicyId {
                uuid: String::from("uuid ü/?&=#"),
            }),
        )
    }

    async fn get_organization_collaborators(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationCollaboratorsParams,
    ) -> Result<
        quay_server::GetOrganizationCollaboratorsResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationCollaborators",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationCollaboratorsResponse::Ok(quay_server::types::OrganizationCollaboratorList {
                collaborators: vec![
                    quay_server::types::OrganizationCollaborator { kind :
                    quay_server::types::OrganizationCollaboratorKind::User, name :
                    String::from("name ü/?&=#"), avatar : quay_server::types::Avatar {
                    name : String::from("name ü/?&=#"), hash :
                    String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
                    kind : quay_server::types::AvatarKind::User, }, repositories :
                    vec![String::from("repositories ü/?&=#")], }
                ],
            }),
        )
    }

    async fn export_org_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ExportOrgLogsParams,
        body: quay_server::types::ExportLogs,
    ) -> Result<quay_server::ExportOrgLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "exportOrgLogs",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ExportOrgLogsResponse::Ok(quay_server::types::ExportLogsResult {
                export_id: String::from("export_id ü/?&=#"),
            }),
        )
    }

    async fn list_org_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListOrgLogsParams,
    ) -> Result<quay_server::ListOrgLogsResponse, quay_server::ErrorModel> {
        self.0.record("listOrgLogs", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListOrgLogsResponse::Ok(quay_server::types::LogsPage {
                start_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                end_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                logs: vec![
                    quay_server::types::LogEntry { kind : String::from("kind ü/?&=#"),
                    metadata : serde_json::json!({ "sample" : true }) .as_object()
                    .cloned().unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")),
                    datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    performer : Some(quay_server::types::LogEntryPerformer { kind :
                    Some(quay_server::types::LogEntryPerformerKind::User), name :
                    Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), namespace :
                    Some(quay_server::types::LogEntryNamespace { kind :
                    Some(quay_server::types::LogEntryNamespaceKind::Org), name :
                    Some(String::from("name ü/?&=#")), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn get_organization_members(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationMembersParams,
    ) -> Result<quay_server::GetOrganizationMembersResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getOrganizationMembers",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationMembersResponse::Ok(quay_server::types::OrganizationMemberList {
                members: vec![
                    quay_server::types::OrganizationMember { name :
                    String::from("name ü/?&=#"), kind :
                    quay_server::types::OrganizationMemberKind::User, avatar :
                    quay_server::types::Avatar { name : String::from("name ü/?&=#"),
                    hash : String::from("hash ü/?&=#"), color :
                    String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }, teams :
                    vec![quay_server::types::OrganizationMemberTeamsItem { name :
                    String::from("name ü/?&=#"), avatar : quay_server::types::Avatar {
                    name : String::from("name ü/?&=#"), hash :
                    String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
                    kind : quay_server::types::AvatarKind::User, }, }], repositories :
                    vec![String::from("repositories ü/?&=#")], }
                ],
            }),
        )
    }

    async fn get_organization_member(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationMemberParams,
    ) -> Result<quay_server::GetOrganizationMemberResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getOrganizationMember",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationMemberResponse::Ok(quay_server::types::OrganizationMember {
                name: String::from("name ü/?&=#"),
                kind: quay_server::types::OrganizationMemberKind::User,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                teams: vec![
                    quay_server::types::OrganizationMemberTeamsItem { name :
                    String::from("name ü/?&=#"), avatar : quay_server::types::Avatar {
                    name : String::from("name ü/?&=#"), hash :
                    String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
                    kind : quay_server::types::AvatarKind::User, }, }
                ],
                repositories: vec![String::from("repositories ü/?&=#")],
            }),
        )
    }

    async fn remove_organization_member(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RemoveOrganizationMemberParams,
    ) -> Result<quay_server::RemoveOrganizationMemberResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "removeOrganizationMember",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::RemoveOrganizationMemberResponse::NoContent)
    }

    async fn get_organization_prototype_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationPrototypePermissionsParams,
    ) -> Result<
        quay_server::GetOrganizationPrototypePermissionsResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationPrototypePermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationPrototypePermissionsResponse::Ok(quay_server::types::PrototypeList {
                prototypes: vec![
                    quay_server::types::Prototype { id : String::from("id ü/?&=#"), role
                    : quay_server::types::PrototypeRole::Read, activating_user :
                    Some(quay_server::types::PrototypeActivatingUser { name :
                    Some(String::from("name ü/?&=#")), is_robot : Some(true), kind :
                    Some(quay_server::types::PrototypeActivatingUserKind::User),
                    is_org_member : Some(true), avatar : Some(quay_server::types::Avatar
                    { name : String::from("name ü/?&=#"), hash :
                    String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
                    kind : quay_server::types::AvatarKind::User, }), }), delegate :
                    quay_server::types::PrototypeDelegate { name :
                    Some(String::from("name ü/?&=#")), kind :
                    Some(quay_server::types::PrototypeDelegateKind::User), is_robot :
                    Some(true), is_org_member : Some(true), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }, }
                ],
            }),
        )
    }

    async fn create_organization_prototype_permission(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationPrototypePermissionParams,
        body: quay_server::types::NewPrototype,
    ) -> Result<
        quay_server::CreateOrganizationPrototypePermissionResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createOrganizationPrototypePermission",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationPrototypePermissionResponse::Ok(quay_server::types::Prototype {
                id: String::from("id ü/?&=#"),
                role: quay_server::types::PrototypeRole::Read,
                activating_user: Some(quay_server::types::PrototypeActivatingUser {
                    name: Some(String::from("name ü/?&=#")),
                    is_robot: Some(true),
                    kind: Some(quay_server::types::PrototypeActivatingUserKind::User),
                    is_org_member: Some(true),
                    avatar: Some(quay_server::types::Avatar {
                        name: String::from("name ü/?&=#"),
                        hash: String::from("hash ü/?&=#"),
                        color: String::from("color ü/?&=#"),
                        kind: quay_server::types::AvatarKind::User,
                    }),
                }),
                delegate: quay_server::types::PrototypeDelegate {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::PrototypeDelegateKind::User),
                    is_robot: Some(true),
                    is_org_member: Some(true),
                    avatar: Some(quay_server::types::Avatar {
                        name: String::from("name ü/?&=#"),
                        hash: String::from("hash ü/?&=#"),
                        color: String::from("color ü/?&=#"),
                        kind: quay_server::types::AvatarKind::User,
                    }),
                },
            }),
        )
    }

    async fn update_organization_prototype_permission(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateOrganizationPrototypePermissionParams,
        body: quay_server::types::PrototypeUpdate,
    ) -> Result<
        quay_server::UpdateOrganizationPrototypePermissionResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "updateOrganizationPrototypePermission",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateOrganizationPrototypePermissionResponse::Ok(quay_server::types::Prototype {
                id: String::from("id ü/?&=#"),
                role: quay_server::types::PrototypeRole::Read,
                activating_user: Some(quay_server::types::PrototypeActivatingUser {
                    name: Some(String::from("name ü/?&=#")),
                    is_robot: Some(true),
                    kind: Some(quay_server::types::PrototypeActivatingUserKind::User),
                    is_org_member: Some(true),
                    avatar: Some(quay_server::types::Avatar {
                        name: String::from("name ü/?&=#"),
                        hash: String::from("hash ü/?&=#"),
                        color: String::from("color ü/?&=#"),
                        kind: quay_server::types::AvatarKind::User,
                    }),
                }),
                delegate: quay_server::types::PrototypeDelegate {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::PrototypeDelegateKind::User),
                    is_robot: Some(true),
                    is_org_member: Some(true),
                    avatar: Some(quay_server::types::Avatar {
                        name: String::from("name ü/?&=#"),
                        hash: String::from("hash ü/?&=#"),
                        color: String::from("color ü/?&=#"),
                        kind: quay_server::types::AvatarKind::User,
                    }),
                },
            }),
        )
    }

    async fn delete_organization_prototype_permission(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationPrototypePermissionParams,
    ) -> Result<
        quay_server::DeleteOrganizationPrototypePermissionResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationPrototypePermission",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationPrototypePermissionResponse::NoContent)
    }

    async fn get_proxy_cache_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetProxyCacheConfigParams,
    ) -> Result<quay_server::GetProxyCacheConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getProxyCacheConfig",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetProxyCacheConfigResponse::Ok(quay_server::types::ProxyCacheConfig {
                upstream_registry: String::from("upstream_registry ü/?&=#"),
                expiration_s: quay_server::types::ProxyCacheConfigExpirationS::Integer(
                    1_700_000_000i64,
                ),
                insecure: quay_server::types::ProxyCacheConfigInsecure::Boolean(true),
            }),
        )
    }

    async fn create_proxy_cache_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateProxyCacheConfigParams,
        body: quay_server::types::NewProxyCacheConfig,
    ) -> Result<quay_server::CreateProxyCacheConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createProxyCacheConfig",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateProxyCacheConfigResponse::Created(
                quay_server::types::CreateProxyCacheConfigResponse::Created,
            ),
        )
    }

    async fn delete_proxy_cache_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteProxyCacheConfigParams,
    ) -> Result<quay_server::DeleteProxyCacheConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteProxyCacheConfig",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::DeleteProxyCacheConfigResponse::Created(
                quay_server::types::DeleteProxyCacheConfigResponse::Deleted,
            ),
        )
    }

    async fn list_organization_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListOrganizationQuotaParams,
    ) -> Result<quay_server::ListOrganizationQuotaResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listOrganizationQuota",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListOrganizationQuotaResponse::Ok(
                vec![
                    quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                    limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
                    vec![quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }], default_config_exists : Some(true), }
                ],
            ),
        )
    }

    async fn create_organization_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationQuotaParams,
        body: quay_server::types::NewOrgQuota,
    ) -> Result<quay_server::CreateOrganizationQuotaResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createOrganizationQuota",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationQuotaResponse::Created(
                quay_server::types::CreateOrganizationQuotaResponse::Created,
            ),
        )
    }

    async fn get_organization_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationQuotaParams,
    ) -> Result<quay_server::GetOrganizationQuotaResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getOrganizationQuota",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationQuotaResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn change_organization_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeOrganizationQuotaParams,
        body: quay_server::types::UpdateOrgQuota,
    ) -> Result<quay_server::ChangeOrganizationQuotaResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeOrganizationQuota",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeOrganizationQuotaResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn delete_organization_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationQuotaParams,
    ) -> Result<quay_server::DeleteOrganizationQuotaResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteOrganizationQuota",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationQuotaResponse::NoContent)
    }

    async fn list_organization_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListOrganizationQuotaLimitParams,
    ) -> Result<
        quay_server::ListOrganizationQuotaLimitResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "listOrganizationQuotaLimit",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListOrganizationQuotaLimitResponse::Ok(
                vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
            ),
        )
    }

    async fn create_organization_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationQuotaLimitParams,
        body: quay_server::types::NewOrgQuotaLimit,
    ) -> Result<
        quay_server::CreateOrganizationQuotaLimitResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createOrganizationQuotaLimit",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationQuotaLimitResponse::Created(
                quay_server::types::CreateOrganizationQuotaLimitResponse::Created,
            ),
        )
    }

    async fn get_organization_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationQuotaLimitParams,
    ) -> Result<
        quay_server::GetOrganizationQuotaLimitResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationQuotaLimit",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationQuotaLimitResponse::Ok(quay_server::types::QuotaLimit {
                id: 1_700_000_000i64,
                type_: quay_server::types::QuotaLimitType::Warning,
                limit_percent: 1_700_000_000i64,
            }),
        )
    }

    async fn change_organization_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeOrganizationQuotaLimitParams,
        body: quay_server::types::UpdateOrgQuotaLimit,
    ) -> Result<
        quay_server::ChangeOrganizationQuotaLimitResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "changeOrganizationQuotaLimit",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeOrganizationQuotaLimitResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn delete_organization_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationQuotaLimitParams,
    ) -> Result<
        quay_server::DeleteOrganizationQuotaLimitResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationQuotaLimit",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationQuotaLimitResponse::NoContent)
    }

    async fn get_org_robots(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrgRobotsParams,
    ) -> Result<quay_server::GetOrgRobotsResponse, quay_server::ErrorModel> {
        self.0.record("getOrgRobots", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetOrgRobotsResponse::Ok(quay_server::types::RobotList {
                robots: vec![
                    quay_server::types::RobotListItem { name :
                    String::from("name ü/?&=#"), created :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    last_accessed :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    description : Some(String::from("description ü/?&=#")), token :
                    Some(None), teams :
                    Some(vec![quay_server::types::RobotListItemTeamsItem { name : None,
                    avatar : None, }]), repositories :
                    Some(vec![String::from("repositories ü/?&=#")]), }
                ],
            }),
        )
    }

    async fn get_org_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrgRobotParams,
    ) -> Result<quay_server::GetOrgRobotResponse, quay_server::ErrorModel> {
        self.0.record("getOrgRobot", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetOrgRobotResponse::Ok(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn create_org_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrgRobotParams,
        body: Option<quay_server::types::CreateRobot>,
    ) -> Result<quay_server::CreateOrgRobotResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createOrgRobot",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrgRobotResponse::Created(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn delete_org_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrgRobotParams,
    ) -> Result<quay_server::DeleteOrgRobotResponse, quay_server::ErrorModel> {
        self.0.record("deleteOrgRobot", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteOrgRobotResponse::NoContent)
    }

    async fn get_org_robot_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrgRobotPermissionsParams,
    ) -> Result<quay_server::GetOrgRobotPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getOrgRobotPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrgRobotPermissionsResponse::Ok(quay_server::types::RobotPermissionList {
                permissions: vec![
                    quay_server::types::RobotPermission { repository :
                    quay_server::types::RobotPermissionRepository { name :
                    Some(String::from("name ü/?&=#")), is_public : Some(true), }, role :
                    quay_server::types::RobotPermissionRole::Read, }
                ],
            }),
        )
    }

    async fn regenerate_org_robot_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RegenerateOrgRobotTokenParams,
    ) -> Result<quay_server::RegenerateOrgRobotTokenResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "regenerateOrgRobotToken",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::RegenerateOrgRobotTokenResponse::Ok(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn update_organization_team(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateOrganizationTeamParams,
        body: quay_server::types::TeamDescription,
    ) -> Result<quay_server::UpdateOrganizationTeamResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "updateOrganizationTeam",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateOrganizationTeamResponse::Ok(quay_server::types::Team {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                can_view: true,
                role: quay_server::types::TeamRole::Member,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                new_team: true,
            }),
        )
    }

    async fn delete_organization_team(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationTeamParams,
    ) -> Result<quay_server::DeleteOrganizationTeamResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteOrganizationTeam",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationTeamResponse::NoContent)
    }

    async fn invite_team_member_email(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::InviteTeamMemberEmailParams,
    ) -> Result<quay_server::InviteTeamMemberEmailResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "inviteTeamMemberEmail",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::InviteTeamMemberEmailResponse::Ok(quay_server::types::TeamMember {
                name: Some(String::from("name ü/?&=#")),
                email: Some(String::from("email ü/?&=#")),
                kind: quay_server::types::TeamMemberKind::User,
                is_robot: Some(true),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                invited: true,
            }),
        )
    }

    async fn delete_team_member_email_invite(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteTeamMemberEmailInviteParams,
    ) -> Result<
        quay_server::DeleteTeamMemberEmailInviteResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteTeamMemberEmailInvite",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteTeamMemberEmailInviteResponse::NoContent)
    }

    async fn get_organization_team_members(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationTeamMembersParams,
    ) -> Result<
        quay_server::GetOrganizationTeamMembersResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationTeamMembers",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationTeamMembersResponse::Ok(quay_server::types::TeamMemberList {
                name: String::from("name ü/?&=#"),
                members: vec![
                    quay_server::types::TeamMember { name :
                    Some(String::from("name ü/?&=#")), email :
                    Some(String::from("email ü/?&=#")), kind :
                    quay_server::types::TeamMemberKind::User, is_robot : Some(true),
                    avatar : quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }, invited : true, }
                ],
                can_edit: true,
                can_sync: Some(quay_server::types::TeamMemberListCanSync {
                    service: Some(String::from("service ü/?&=#")),
                    base_dn: Some(String::from("base_dn ü/?&=#")),
                }),
                synced: Some(quay_server::types::TeamMemberListSynced {
                    service: Some(String::from("service ü/?&=#")),
                    last_updated: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                }),
            }),
        )
    }

    async fn update_organization_team_member(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateOrganizationTeamMemberParams,
    ) -> Result<
        quay_server::UpdateOrganizationTeamMemberResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "updateOrganizationTeamMember",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::UpdateOrganizationTeamMemberResponse::Ok(quay_server::types::TeamMember {
                name: Some(String::from("name ü/?&=#")),
                email: Some(String::from("email ü/?&=#")),
                kind: quay_server::types::TeamMemberKind::User,
                is_robot: Some(true),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                invited: true,
            }),
        )
    }

    async fn delete_organization_team_member(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationTeamMemberParams,
    ) -> Result<
        quay_server::DeleteOrganizationTeamMemberResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationTeamMember",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationTeamMemberResponse::NoContent)
    }

    async fn get_organization_team_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetOrganizationTeamPermissionsParams,
    ) -> Result<
        quay_server::GetOrganizationTeamPermissionsResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getOrganizationTeamPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetOrganizationTeamPermissionsResponse::Ok(quay_server::types::TeamRepositoryPermissionList {
                permissions: vec![
                    quay_server::types::TeamRepositoryPermission { repository :
                    quay_server::types::TeamRepositoryPermissionRepository { name :
                    String::from("name ü/?&=#"), is_public : true, }, role :
                    quay_server::types::TeamRepositoryPermissionRole::Read, }
                ],
            }),
        )
    }

    async fn enable_organization_team_sync(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::EnableOrganizationTeamSyncParams,
        body: quay_server::types::TeamSyncConfig,
    ) -> Result<
        quay_server::EnableOrganizationTeamSyncResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "enableOrganizationTeamSync",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::EnableOrganizationTeamSyncResponse::Ok(quay_server::types::Team {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                can_view: true,
                role: quay_server::types::TeamRole::Member,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                new_team: true,
            }),
        )
    }

    async fn disable_organization_team_sync(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DisableOrganizationTeamSyncParams,
    ) -> Result<
        quay_server::DisableOrganizationTeamSyncResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "disableOrganizationTeamSync",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::DisableOrganizationTeamSyncResponse::Ok(quay_server::types::Team {
                name: String::from("name ü/?&=#"),
                description: Some(String::from("description ü/?&=#")),
                can_view: true,
                role: quay_server::types::TeamRole::Member,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                new_team: true,
            }),
        )
    }

    async fn validate_proxy_cache_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ValidateProxyCacheConfigParams,
        body: quay_server::types::NewProxyCacheConfig,
    ) -> Result<quay_server::ValidateProxyCacheConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "validateProxyCacheConfig",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ValidateProxyCacheConfigResponse::Accepted(
                quay_server::types::ValidateProxyCacheConfigResponse::Valid,
            ),
        )
    }

    async fn list_repos(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListReposParams,
    ) -> Result<quay_server::ListReposResponse, quay_server::ErrorModel> {
        self.0.record("listRepos", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListReposResponse::Ok(quay_server::types::RepositoryList {
                repositories: vec![
                    quay_server::types::RepositoryListItem { namespace :
                    String::from("namespace ü/?&=#"), name :
                    String::from("name ü/?&=#"), description :
                    Some(String::from("description ü/?&=#")), is_public : true, kind :
                    quay_server::types::RepositoryListItemKind::Image, state :
                    Some(quay_server::types::RepositoryListItemState::Normal), quota :
                    Some(None), last_modified : Some(None), popularity : Some(2.25f64),
                    is_starred : Some(true), quota_report :
                    Some(quay_server::types::RepositoryListItemQuotaReport { quota_bytes
                    : Some(1_700_000_000i64), configured_quota : Some(None), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn create_repo(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::NewRepo,
    ) -> Result<quay_server::CreateRepoResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createRepo",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateRepoResponse::Created(quay_server::types::CreatedRepository {
                namespace: String::from("namespace ü/?&=#"),
                name: String::from("name ü/?&=#"),
                kind: quay_server::types::CreatedRepositoryKind::Image,
            }),
        )
    }

    async fn get_repo(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoParams,
    ) -> Result<quay_server::GetRepoResponse, quay_server::ErrorModel> {
        self.0.record("getRepo", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetRepoResponse::Ok(quay_server::types::Repository {
                namespace: String::from("namespace ü/?&=#"),
                name: String::from("name ü/?&=#"),
                kind: quay_server::types::RepositoryKind::Image,
                description: Some(String::from("description ü/?&=#")),
                is_public: true,
                is_organization: true,
                is_starred: true,
                status_token: Some(String::from("status_token ü/?&=#")),
                trust_enabled: Some(true),
                tag_expiration_s: Some(1_700_000_000i64),
                is_free_account: true,
                state: Some(quay_server::types::RepositoryState::Normal),
                can_write: true,
                can_admin: true,
                tags: Some(
                    std::collections::BTreeMap::from([
                        (
                            String::from("key"),
                            quay_server::types::RepositoryTagSummary {
                                name: String::from("name ü/?&=#"),
                                size: Some(None),
                                last_modified: Some(
                                    quay_server::types::DateTime::from(
                                        "Mon, 13 Dec 2021 11:41:16 -0000",
                                    ),
                                ),
                                expiration: Some(
                                    quay_server::types::DateTime::from(
                                        "Mon, 13 Dec 2021 11:41:16 -0000",
                                    ),
                                ),
                                manifest_digest: Some(
                                    String::from("manifest_digest ü/?&=#"),
                                ),
                                image_id: Some(None),
                            },
                        ),
                    ]),
                ),
                stats: Some(
                    vec![
                        quay_server::types::RepositoryStatsItem { date :
                        Some(quay_server::types::Date::from("2021-12-13")), count :
                        Some(1_700_000_000i64), }
                    ],
                ),
                channels: Some(
                    vec![
                        quay_server::types::RepositoryChannelsItem { name :
                        Some(String::from("name ü/?&=#")), release :
                        Some(String::from("release ü/?&=#")), last_modified :
                        Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                        }
                    ],
                ),
                releases: Some(
                    vec![
                        quay_server::types::RepositoryReleasesItem { name :
                        Some(String::from("name ü/?&=#")), last_modified :
                        Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                        channels : Some(vec![String::from("channels ü/?&=#")]), }
                    ],
                ),
            }),
        )
    }

    async fn update_repo(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateRepoParams,
        body: quay_server::types::RepoUpdate,
    ) -> Result<quay_server::UpdateRepoResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "updateRepo",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateRepoResponse::Ok(quay_server::types::RepoSuccess {
                success: true,
            }),
        )
    }

    async fn delete_repository(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteRepositoryParams,
    ) -> Result<quay_server::DeleteRepositoryResponse, quay_server::ErrorModel> {
        self.0
            .record("deleteRepository", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteRepositoryResponse::NoContent)
    }

    async fn get_aggregate_repo_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetAggregateRepoLogsParams,
    ) -> Result<quay_server::GetAggregateRepoLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getAggregateRepoLogs",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetAggregateRepoLogsResponse::Ok(quay_server::types::AggregatedLogs {
                aggregated: vec![
                    quay_server::types::AggregatedLogsAggregatedItem { kind :
                    String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    }
                ],
            }),
        )
    }

    async fn get_repo_builds(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildsParams,
    ) -> Result<quay_server::GetRepoBuildsResponse, quay_server::ErrorModel> {
        self.0.record("getRepoBuilds", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetRepoBuildsResponse::Ok(quay_server::types::RepositoryBuildList {
                builds: vec![
                    quay_server::types::RepositoryBuild { id :
                    String::from("id ü/?&=#"), phase :
                    quay_server::types::RepositoryBuildPhase::Waiting, started :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    display_name : String::from("display_name ü/?&=#"), status :
                    serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default(), subdirectory :
                    String::from("subdirectory ü/?&=#"), dockerfile_path :
                    String::from("dockerfile_path ü/?&=#"), context :
                    String::from("context ü/?&=#"), tags :
                    vec![String::from("tags ü/?&=#")], manual_user :
                    Some(String::from("manual_user ü/?&=#")), is_writer : true, trigger
                    : Some(quay_server::types::RepositoryBuildTrigger { id :
                    Some(String::from("id ü/?&=#")), service :
                    Some(String::from("service ü/?&=#")), is_active : Some(true),
                    build_source : Some(None), repository_url : Some(None), config :
                    Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default()), can_invoke : Some(true), enabled : Some(true),
                    disabled_reason : Some(None), }), trigger_metadata :
                    Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default()), resource_key :
                    Some(String::from("resource_key ü/?&=#")), pull_robot :
                    Some(quay_server::types::RepositoryBuildPullRobot { name :
                    Some(String::from("name ü/?&=#")), kind :
                    Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot : Some(true), }), repository :
                    quay_server::types::RepositoryBuildRepository { namespace :
                    String::from("namespace ü/?&=#"), name :
                    String::from("name ü/?&=#"), }, error :
                    Some(String::from("error ü/?&=#")), archive_url :
                    Some(String::from("archive_url ü/?&=#")), }
                ],
            }),
        )
    }

    async fn request_repo_build(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RequestRepoBuildParams,
        body: quay_server::types::RepositoryBuildRequest,
    ) -> Result<quay_server::RequestRepoBuildResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "requestRepoBuild",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::RequestRepoBuildResponse::Created(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn get_repo_build(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildParams,
    ) -> Result<quay_server::GetRepoBuildResponse, quay_server::ErrorModel> {
        self.0.record("getRepoBuild", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetRepoBuildResponse::Ok(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn cancel_repo_build(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CancelRepoBuildParams,
    ) -> Result<quay_server::CancelRepoBuildResponse, quay_server::ErrorModel> {
        self.0.record("cancelRepoBuild", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::CancelRepoBuildResponse::Created(
                quay_server::types::CancelRepoBuildResponse::Okay,
            ),
        )
    }

    async fn get_repo_build_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildLogsParams,
    ) -> Result<quay_server::GetRepoBuildLogsResponse, quay_server::ErrorModel> {
        self.0
            .record("getRepoBuildLogs", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetRepoBuildLogsResponse::Ok(quay_server::types::RepositoryBuildLogs {
                start: Some(1_700_000_000i64),
                total: Some(1_700_000_000i64),
                logs: Some(
                    vec![
                        serde_json::json!({ "sample" : true }) .as_object().cloned()
                        .unwrap_or_default()
                    ],
                ),
                logs_url: Some(String::from("logs_url ü/?&=#")),
            }),
        )
    }

    async fn get_repo_build_status(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildStatusParams,
    ) -> Result<quay_server::GetRepoBuildStatusResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getRepoBuildStatus",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoBuildStatusResponse::Ok(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn change_repo_state(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeRepoStateParams,
        body: quay_server::types::ChangeRepoState,
    ) -> Result<quay_server::ChangeRepoStateResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeRepoState",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeRepoStateResponse::Ok(quay_server::types::RepoSuccess {
                success: true,
            }),
        )
    }

    async fn change_repo_visibility(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeRepoVisibilityParams,
        body: quay_server::types::ChangeVisibility,
    ) -> Result<quay_server::ChangeRepoVisibilityResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeRepoVisibility",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeRepoVisibilityResponse::Ok(quay_server::types::RepoSuccess {
                success: true,
            }),
        )
    }

    async fn export_repo_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ExportRepoLogsParams,
        body: quay_server::types::ExportLogs,
    ) -> Result<quay_server::ExportRepoLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "exportRepoLogs",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ExportRepoLogsResponse::Ok(quay_server::types::ExportLogsResult {
                export_id: String::from("export_id ü/?&=#"),
            }),
        )
    }

    async fn list_repo_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoLogsParams,
    ) -> Result<quay_server::ListRepoLogsResponse, quay_server::ErrorModel> {
        self.0.record("listRepoLogs", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListRepoLogsResponse::Ok(quay_server::types::LogsPage {
                start_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                end_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                logs: vec![
                    quay_server::types::LogEntry { kind : String::from("kind ü/?&=#"),
                    metadata : serde_json::json!({ "sample" : true }) .as_object()
                    .cloned().unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")),
                    datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    performer : Some(quay_server::types::LogEntryPerformer { kind :
                    Some(quay_server::types::LogEntryPerformerKind::User), name :
                    Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), namespace :
                    Some(quay_server::types::LogEntryNamespace { kind :
                    Some(quay_server::types::LogEntryNamespaceKind::Org), name :
                    Some(String::from("name ü/?&=#")), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn get_repo_manifest(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoManifestParams,
    ) -> Result<quay_server::GetRepoManifestResponse, quay_server::ErrorModel> {
        self.0.record("getRepoManifest", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetRepoManifestResponse::Ok(quay_server::types::RepoManifest {
                digest: String::from("digest ü/?&=#"),
                is_manifest_list: true,
                manifest_data: String::from("manifest_data ü/?&=#"),
                config_media_type: Some(String::from("config_media_type ü/?&=#")),
                layers: Some(
                    vec![
                        quay_server::types::ManifestLayer { index :
                        Some(1_700_000_000i64), compressed_size : Some(None), is_remote :
                        Some(true), urls : Some(None), command : Some(None), comment :
                        Some(None), author : Some(None), blob_digest :
                        Some(String::from("blob_digest ü/?&=#")), created_datetime :
                        Some(None), }
                    ],
                ),
            }),
        )
    }

    async fn list_manifest_labels(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListManifestLabelsParams,
    ) -> Result<quay_server::ListManifestLabelsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listManifestLabels",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListManifestLabelsResponse::Ok(quay_server::types::ManifestLabelList {
                labels: vec![
                    quay_server::types::ManifestLabel { id : String::from("id ü/?&=#"),
                    key : String::from("key ü/?&=#"), value :
                    String::from("value ü/?&=#"), source_type :
                    String::from("source_type ü/?&=#"), media_type :
                    String::from("media_type ü/?&=#"), }
                ],
            }),
        )
    }

    async fn add_manifest_label(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::AddManifestLabelParams,
        body: quay_server::types::AddLabel,
    ) -> Result<quay_server::AddManifestLabelResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "addManifestLabel",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::AddManifestLabelResponse::Created(quay_server::types::AddedManifestLabel {
                label: quay_server::types::ManifestLabel {
                    id: String::from("id ü/?&=#"),
                    key: String::from("key ü/?&=#"),
                    value: String::from("value ü/?&=#"),
                    source_type: String::from("source_type ü/?&=#"),
                    media_type: String::from("media_type ü/?&=#"),
                },
            }),
        )
    }

    async fn get_manifest_label(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetManifestLabelParams,
    ) -> Result<quay_server::GetManifestLabelResponse, quay_server::ErrorModel> {
        self.0
            .record("getManifestLabel", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetManifestLabelResponse::Ok(quay_server::types::ManifestLabel {
                id: String::from("id ü/?&=#"),
                key: String::from("key ü/?&=#"),
                value: String::from("value ü/?&=#"),
                source_type: String::from("source_type ü/?&=#"),
                media_type: String::from("media_type ü/?&=#"),
            }),
        )
    }

    async fn delete_manifest_label(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteManifestLabelParams,
    ) -> Result<quay_server::DeleteManifestLabelResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteManifestLabel",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteManifestLabelResponse::NoContent)
    }

    async fn get_repo_manifest_security(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoManifestSecurityParams,
    ) -> Result<quay_server::GetRepoManifestSecurityResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getRepoManifestSecurity",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoManifestSecurityResponse::Ok(quay_server::types::SecurityScanResult {
                status: quay_server::types::SecurityScanResultStatus::Scanned,
                data: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
            }),
        )
    }

    async fn get_repo_mirror_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoMirrorConfigParams,
    ) -> Result<quay_server::GetRepoMirrorConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getRepoMirrorConfig",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoMirrorConfigResponse::Ok(quay_server::types::ViewMirrorConfig {
                is_enabled: true,
                mirror_type: quay_server::types::ViewMirrorConfigMirrorType::Pull,
                external_reference: String::from("external_reference ü/?&=#"),
                external_registry_username: Some(
                    String::from("external_registry_username ü/?&=#"),
                ),
                external_registry_password: Some(None),
                external_registry_config: quay_server::types::MirrorExternalRegistryConfig {
                    verify_tls: Some(true),
                    unsigned_images: Some(true),
                    proxy: Some(quay_server::types::MirrorExternalRegistryConfigProxy {
                        https_proxy: Some(None),
                        http_proxy: Some(None),
                        no_proxy: Some(None),
                    }),
                },
                sync_interval: 1700000000i64,
                sync_start_date: Some(String::from("sync_start_date ü/?&=#")),
                sync_expiration_date: Some(String::from("sync_expiration_date ü/?&=#")),
                sync_retries_remaining: 1_700_000_000i64,
                sync_status: String::from("sync_status ü/?&=#"),
                root_rule: quay_server::types::MirrorRootRule {
                    rule_kind: quay_server::types::MirrorRootRuleRuleKind::TagGlobCsv,
                    rule_value: vec![String::from("rule_value ü/?&=#")],
                },
                robot_username: Some(String::from("robot_username ü/?&=#")),
            }),
        )
    }

    async fn change_repo_mirror_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeRepoMirrorConfigParams,
        body: quay_server::types::UpdateMirrorConfig,
    ) -> Result<quay_server::ChangeRepoMirrorConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeRepoMirrorConfig",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::ChangeRepoMirrorConfigResponse::Created)
    }

    async fn create_repo_mirror_config(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateRepoMirrorConfigParams,
        body: quay_server::types::CreateMirrorConfig,
    ) -> Result<quay_server::CreateRepoMirrorConfigResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createRepoMirrorConfig",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::CreateRepoMirrorConfigResponse::Created)
    }

    async fn sync_cancel(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::SyncCancelParams,
    ) -> Result<quay_server::SyncCancelResponse, quay_server::ErrorModel> {
        self.0.record("syncCancel", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::SyncCancelResponse::NoContent)
    }

    async fn sync_now(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::SyncNowParams,
    ) -> Result<quay_server::SyncNowResponse, quay_server::ErrorModel> {
        self.0.record("syncNow", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::SyncNowResponse::NoContent)
    }

    async fn list_repo_notifications(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoNotificationsParams,
    ) -> Result<quay_server::ListRepoNotificationsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listRepoNotifications",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListRepoNotificationsResponse::Ok(quay_server::types::RepositoryNotificationList {
                notifications: vec![
                    quay_server::types::RepositoryNotification { id :
                    Some(1_700_000_000i64), uuid : String::from("uuid ü/?&=#"), title :
                    Some(String::from("title ü/?&=#")), event :
                    String::from("event ü/?&=#"), method :
                    String::from("method ü/?&=#"), config : serde_json::json!({ "sample"
                    : true }) .as_object().cloned().unwrap_or_default(), event_config :
                    serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default(), number_of_failures : 1_700_000_000i64, }
                ],
            }),
        )
    }

    async fn create_repo_notification(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateRepoNotificationParams,
        body: quay_server::types::NotificationCreateRequest,
    ) -> Result<quay_server::CreateRepoNotificationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createRepoNotification",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateRepoNotificationResponse::Created(quay_server::types::RepositoryNotification {
                id: Some(1_700_000_000i64),
                uuid: String::from("uuid ü/?&=#"),
                title: Some(String::from("title ü/?&=#")),
                event: String::from("event ü/?&=#"),
                method: String::from("method ü/?&=#"),
                config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                event_config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                number_of_failures: 1_700_000_000i64,
            }),
        )
    }

    async fn get_repo_notification(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoNotificationParams,
    ) -> Result<quay_server::GetRepoNotificationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getRepoNotification",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoNotificationResponse::Ok(quay_server::types::RepositoryNotification {
                id: Some(1_700_000_000i64),
                uuid: String::from("uuid ü/?&=#"),
                title: Some(String::from("title ü/?&=#")),
                event: String::from("event ü/?&=#"),
                method: String::from("method ü/?&=#"),
                config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                event_config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                number_of_failures: 1_700_000_000i64,
            }),
        )
    }

    async fn reset_repository_notification_failures(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ResetRepositoryNotificationFailuresParams,
    ) -> Result<
        quay_server::ResetRepositoryNotificationFailuresResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "resetRepositoryNotificationFailures",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::ResetRepositoryNotificationFailuresResponse::NoContent)
    }

    async fn delete_repo_notification(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteRepoNotificationParams,
    ) -> Result<quay_server::DeleteRepoNotificationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteRepoNotification",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteRepoNotificationResponse::NoContent)
    }

    async fn test_repo_notification(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::TestRepoNotificationParams,
    ) -> Result<quay_server::TestRepoNotificationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "testRepoNotification",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::TestRepoNotificationResponse::Ok(
                serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
            ),
        )
    }

    async fn list_repo_team_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoTeamPermissionsParams,
    ) -> Result<quay_server::ListRepoTeamPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listRepoTeamPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListRepoTeamPermissionsResponse::Ok(quay_server::types::RepoTeamPermissionList {
                permissions: std::collections::BTreeMap::from([
                    (
                        String::from("key"),
                        quay_server::types::RepoTeamPermission {
                            role: quay_server::types::RepoTeamPermissionRole::Read,
                            name: String::from("name ü/?&=#"),
                            avatar: quay_server::types::Avatar {
                                name: String::from("name ü/?&=#"),
                                hash: String::from("hash ü/?&=#"),
                                color: String::from("color ü/?&=#"),
                                kind: quay_server::types::AvatarKind::User,
                            },
                        },
                    ),
                ]),
            }),
        )
    }

    async fn get_team_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetTeamPermissionsParams,
    ) -> Result<quay_server::GetTeamPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getTeamPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetTeamPermissionsResponse::Ok(quay_server::types::RepoRole {
                role: quay_server::types::RepoRoleRole::Read,
            }),
        )
    }

    async fn change_team_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeTeamPermissionsParams,
        body: quay_server::types::TeamPermission,
    ) -> Result<quay_server::ChangeTeamPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeTeamPermissions",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeTeamPermissionsResponse::Ok(quay_server::types::RepoTeamPermission {
                role: quay_server::types::RepoTeamPermissionRole::Read,
                name: String::from("name ü/?&=#"),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
            }),
        )
    }

    async fn delete_team_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteTeamPermissionsParams,
    ) -> Result<quay_server::DeleteTeamPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteTeamPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteTeamPermissionsResponse::NoContent)
    }

    async fn list_repo_user_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoUserPermissionsParams,
    ) -> Result<quay_server::ListRepoUserPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listRepoUserPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListRepoUserPermissionsResponse::Ok(quay_server::types::RepoUserPermissionList {
                permissions: std::collections::BTreeMap::from([
                    (
                        String::from("key"),
                        quay_server::types::RepoUserPermission {
                            role: quay_server::types::RepoUserPermissionRole::Read,
                            name: String::from("name ü/?&=#"),
                            is_robot: true,
                            avatar: quay_server::types::Avatar {
                                name: String::from("name ü/?&=#"),
                                hash: String::from("hash ü/?&=#"),
                                color: String::from("color ü/?&=#"),
                                kind: quay_server::types::AvatarKind::User,
                            },
                            is_org_member: Some(true),
                        },
                    ),
                ]),
            }),
        )
    }

    async fn get_user_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserPermissionsParams,
    ) -> Result<quay_server::GetUserPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getUserPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetUserPermissionsResponse::Ok(quay_server::types::RepoUserPermission {
                role: quay_server::types::RepoUserPermissionRole::Read,
                name: String::from("name ü/?&=#"),
                is_robot: true,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                is_org_member: Some(true),
            }),
        )
    }

    async fn change_user_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeUserPermissionsParams,
        body: quay_server::types::UserPermission,
    ) -> Result<quay_server::ChangeUserPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeUserPermissions",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeUserPermissionsResponse::Ok(quay_server::types::RepoUserPermission {
                role: quay_server::types::RepoUserPermissionRole::Read,
                name: String::from("name ü/?&=#"),
                is_robot: true,
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                is_org_member: Some(true),
            }),
        )
    }

    async fn delete_user_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteUserPermissionsParams,
    ) -> Result<quay_server::DeleteUserPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteUserPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteUserPermissionsResponse::NoContent)
    }

    async fn get_user_transitive_permission(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserTransitivePermissionParams,
    ) -> Result<
        quay_server::GetUserTransitivePermissionResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getUserTransitivePermission",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetUserTransitivePermissionResponse::Ok(quay_server::types::RepoTransitivePermissionList {
                permissions: vec![
                    quay_server::types::RepoRole { role :
                    quay_server::types::RepoRoleRole::Read, }
                ],
            }),
        )
    }

    async fn list_repo_tags(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoTagsParams,
    ) -> Result<quay_server::ListRepoTagsResponse, quay_server::ErrorModel> {
        self.0.record("listRepoTags", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListRepoTagsResponse::Ok(quay_server::types::TagList {
                tags: vec![
                    quay_server::types::Tag { name : String::from("name ü/?&=#"),
                    reversion : true, start_ts : Some(1_700_000_000i64), end_ts :
                    Some(1_700_000_000i64), manifest_digest :
                    String::from("manifest_digest ü/?&=#"), is_manifest_list : true,
                    size : Some(1_700_000_000i64), last_modified :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    expiration :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    }
                ],
                page: 1_700_000_000i64,
                has_additional: true,
            }),
        )
    }

    async fn change_tag(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeTagParams,
        body: quay_server::types::ChangeTag,
    ) -> Result<quay_server::ChangeTagResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeTag",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeTagResponse::Created(
                quay_server::types::ChangeTagResponse::Updated,
            ),
        )
    }

    async fn delete_full_tag(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteFullTagParams,
    ) -> Result<quay_server::DeleteFullTagResponse, quay_server::ErrorModel> {
        self.0.record("deleteFullTag", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteFullTagResponse::NoContent)
    }

    async fn restore_tag(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RestoreTagParams,
        body: quay_server::types::RestoreTag,
    ) -> Result<quay_server::RestoreTagResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "restoreTag",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::RestoreTagResponse::Ok(
                serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
            ),
        )
    }

    async fn list_repo_tokens(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListRepoTokensParams,
    ) -> Result<quay_server::ListRepoTokensResponse, quay_server::ErrorModel> {
        self.0.record("listRepoTokens", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListRepoTokensResponse::Gone(quay_server::types::RepoTokenUnsupported {
                message: String::from("message ü/?&=#"),
            }),
        )
    }

    async fn create_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateTokenParams,
        body: quay_server::types::NewRepoToken,
    ) -> Result<quay_server::CreateTokenResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createToken",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateTokenResponse::Gone(quay_server::types::RepoTokenUnsupported {
                message: String::from("message ü/?&=#"),
            }),
        )
    }

    async fn get_tokens(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetTokensParams,
    ) -> Result<quay_server::GetTokensResponse, quay_server::ErrorModel> {
        self.0.record("getTokens", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetTokensResponse::Gone(quay_server::types::RepoTokenUnsupported {
                message: String::from("message ü/?&=#"),
            }),
        )
    }

    async fn change_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeTokenParams,
        body: quay_server::types::TokenPermission,
    ) -> Result<quay_server::ChangeTokenResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeToken",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeTokenResponse::Gone(quay_server::types::RepoTokenUnsupported {
                message: String::from("message ü/?&=#"),
            }),
        )
    }

    async fn delete_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteTokenParams,
    ) -> Result<quay_server::DeleteTokenResponse, quay_server::ErrorModel> {
        self.0.record("deleteToken", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::DeleteTokenResponse::Gone(quay_server::types::RepoTokenUnsupported {
                message: String::from("message ü/?&=#"),
            }),
        )
    }

    async fn list_build_triggers(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListBuildTriggersParams,
    ) -> Result<quay_server::ListBuildTriggersResponse, quay_server::ErrorModel> {
        self.0
            .record("listBuildTriggers", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListBuildTriggersResponse::Ok(quay_server::types::BuildTriggerList {
                triggers: vec![
                    quay_server::types::BuildTrigger { id : String::from("id ü/?&=#"),
                    service : String::from("service ü/?&=#"), is_active : true,
                    build_source : Some(String::from("build_source ü/?&=#")),
                    repository_url : Some(String::from("repository_url ü/?&=#")), config
                    : serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default(), can_invoke : true, enabled : true,
                    disabled_reason : Some(String::from("disabled_reason ü/?&=#")),
                    pull_robot : Some(quay_server::types::BuildTriggerPullRobot { name :
                    Some(String::from("name ü/?&=#")), kind :
                    Some(String::from("kind ü/?&=#")), is_robot : Some(true), }), }
                ],
            }),
        )
    }

    async fn get_build_trigger(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetBuildTriggerParams,
    ) -> Result<quay_server::GetBuildTriggerResponse, quay_server::ErrorModel> {
        self.0.record("getBuildTrigger", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetBuildTriggerResponse::Ok(quay_server::types::BuildTrigger {
                id: String::from("id ü/?&=#"),
                service: String::from("service ü/?&=#"),
                is_active: true,
                build_source: Some(String::from("build_source ü/?&=#")),
                repository_url: Some(String::from("repository_url ü/?&=#")),
                config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                can_invoke: true,
                enabled: true,
                disabled_reason: Some(String::from("disabled_reason ü/?&=#")),
                pull_robot: Some(quay_server::types::BuildTriggerPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(String::from("kind ü/?&=#")),
                    is_robot: Some(true),
                }),
            }),
        )
    }

    async fn update_build_trigger(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateBuildTriggerParams,
        body: quay_server::types::UpdateTrigger,
    ) -> Result<quay_server::UpdateBuildTriggerResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "updateBuildTrigger",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateBuildTriggerResponse::Ok(quay_server::types::BuildTrigger {
                id: String::from("id ü/?&=#"),
                service: String::from("service ü/?&=#"),
                is_active: true,
                build_source: Some(String::from("build_source ü/?&=#")),
                repository_url: Some(String::from("repository_url ü/?&=#")),
                config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                can_invoke: true,
                enabled: true,
                disabled_reason: Some(String::from("disabled_reason ü/?&=#")),
                pull_robot: Some(quay_server::types::BuildTriggerPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(String::from("kind ü/?&=#")),
                    is_robot: Some(true),
                }),
            }),
        )
    }

    async fn delete_build_trigger(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteBuildTriggerParams,
    ) -> Result<quay_server::DeleteBuildTriggerResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteBuildTrigger",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteBuildTriggerResponse::NoContent)
    }

    async fn activate_build_trigger(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ActivateBuildTriggerParams,
        body: quay_server::types::BuildTriggerActivateRequest,
    ) -> Result<quay_server::ActivateBuildTriggerResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "activateBuildTrigger",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ActivateBuildTriggerResponse::Ok(quay_server::types::BuildTrigger {
                id: String::from("id ü/?&=#"),
                service: String::from("service ü/?&=#"),
                is_active: true,
                build_source: Some(String::from("build_source ü/?&=#")),
                repository_url: Some(String::from("repository_url ü/?&=#")),
                config: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                can_invoke: true,
                enabled: true,
                disabled_reason: Some(String::from("disabled_reason ü/?&=#")),
                pull_robot: Some(quay_server::types::BuildTriggerPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(String::from("kind ü/?&=#")),
                    is_robot: Some(true),
                }),
            }),
        )
    }

    async fn list_trigger_recent_builds(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListTriggerRecentBuildsParams,
    ) -> Result<quay_server::ListTriggerRecentBuildsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listTriggerRecentBuilds",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListTriggerRecentBuildsResponse::Ok(quay_server::types::RepositoryBuildList {
                builds: vec![
                    quay_server::types::RepositoryBuild { id :
                    String::from("id ü/?&=#"), phase :
                    quay_server::types::RepositoryBuildPhase::Waiting, started :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    display_name : String::from("display_name ü/?&=#"), status :
                    serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default(), subdirectory :
                    String::from("subdirectory ü/?&=#"), dockerfile_path :
                    String::from("dockerfile_path ü/?&=#"), context :
                    String::from("context ü/?&=#"), tags :
                    vec![String::from("tags ü/?&=#")], manual_user :
                    Some(String::from("manual_user ü/?&=#")), is_writer : true, trigger
                    : Some(quay_server::types::RepositoryBuildTrigger { id :
                    Some(String::from("id ü/?&=#")), service :
                    Some(String::from("service ü/?&=#")), is_active : Some(true),
                    build_source : Some(None), repository_url : Some(None), config :
                    Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default()), can_invoke : Some(true), enabled : Some(true),
                    disabled_reason : Some(None), }), trigger_metadata :
                    Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default()), resource_key :
                    Some(String::from("resource_key ü/?&=#")), pull_robot :
                    Some(quay_server::types::RepositoryBuildPullRobot { name :
                    Some(String::from("name ü/?&=#")), kind :
                    Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot : Some(true), }), repository :
                    quay_server::types::RepositoryBuildRepository { namespace :
                    String::from("namespace ü/?&=#"), name :
                    String::from("name ü/?&=#"), }, error :
                    Some(String::from("error ü/?&=#")), archive_url :
                    Some(String::from("archive_url ü/?&=#")), }
                ],
            }),
        )
    }

    async fn manually_start_build_trigger(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ManuallyStartBuildTriggerParams,
        body: quay_server::types::RunParameters,
    ) -> Result<
        quay_server::ManuallyStartBuildTriggerResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "manuallyStartBuildTrigger",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ManuallyStartBuildTriggerResponse::Created(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn approve_service_key(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ApproveServiceKeyParams,
        body: quay_server::types::ApproveServiceKey,
    ) -> Result<quay_server::ApproveServiceKeyResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "approveServiceKey",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::ApproveServiceKeyResponse::Created)
    }

    async fn list_service_keys(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<quay_server::ListServiceKeysResponse, quay_server::ErrorModel> {
        self.0.record("listServiceKeys", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::ListServiceKeysResponse::Ok(quay_server::types::ServiceKeyList {
                keys: vec![
                    quay_server::types::ServiceKey { name :
                    Some(String::from("name ü/?&=#")), kid :
                    String::from("kid ü/?&=#"), service :
                    String::from("service ü/?&=#"), jwk : serde_json::json!({ "sample" :
                    true }) .as_object().cloned().unwrap_or_default(), metadata :
                    serde_json::json!({ "sample" : true }) .as_object().cloned()
                    .unwrap_or_default(), created_date :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    expiration_date :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    rotation_duration : Some(1_700_000_000i64), approval :
                    Some(quay_server::types::ServiceKeyApproval { approver : Some(None),
                    approval_type : Some(String::from("approval_type ü/?&=#")),
                    approved_date : Some(None), notes : Some(None), }), }
                ],
            }),
        )
    }

    async fn create_service_key(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::CreateServiceKey,
    ) -> Result<quay_server::CreateServiceKeyResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createServiceKey",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateServiceKeyResponse::Ok(quay_server::types::CreatedServiceKey {
                kid: String::from("kid ü/?&=#"),
                name: String::from("name ü/?&=#"),
                service: String::from("service ü/?&=#"),
                public_key: String::from("public_key ü/?&=#"),
                private_key: String::from("private_key ü/?&=#"),
            }),
        )
    }

    async fn get_service_key(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetServiceKeyParams,
    ) -> Result<quay_server::GetServiceKeyResponse, quay_server::ErrorModel> {
        self.0.record("getServiceKey", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetServiceKeyResponse::Ok(quay_server::types::ServiceKey {
                name: Some(String::from("name ü/?&=#")),
                kid: String::from("kid ü/?&=#"),
                service: String::from("service ü/?&=#"),
                jwk: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                metadata: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                created_date: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                expiration_date: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                rotation_duration: Some(1_700_000_000i64),
                approval: Some(quay_server::types::ServiceKeyApproval {
                    approver: Some(None),
                    approval_type: Some(String::from("approval_type ü/?&=#")),
                    approved_date: Some(None),
                    notes: Some(None),
                }),
            }),
        )
    }

    async fn update_service_key(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateServiceKeyParams,
        body: quay_server::types::PutServiceKey,
    ) -> Result<quay_server::UpdateServiceKeyResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "updateServiceKey",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::UpdateServiceKeyResponse::Ok(quay_server::types::ServiceKey {
                name: Some(String::from("name ü/?&=#")),
                kid: String::from("kid ü/?&=#"),
                service: String::from("service ü/?&=#"),
                jwk: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                metadata: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                created_date: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                expiration_date: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                rotation_duration: Some(1_700_000_000i64),
                approval: Some(quay_server::types::ServiceKeyApproval {
                    approver: Some(None),
                    approval_type: Some(String::from("approval_type ü/?&=#")),
                    approved_date: Some(None),
                    notes: Some(None),
                }),
            }),
        )
    }

    async fn delete_service_key(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteServiceKeyParams,
    ) -> Result<quay_server::DeleteServiceKeyResponse, quay_server::ErrorModel> {
        self.0
            .record("deleteServiceKey", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteServiceKeyResponse::NoContent)
    }

    async fn list_all_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListAllLogsParams,
    ) -> Result<quay_server::ListAllLogsResponse, quay_server::ErrorModel> {
        self.0.record("listAllLogs", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListAllLogsResponse::Ok(quay_server::types::LogsPage {
                start_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                end_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                logs: vec![
                    quay_server::types::LogEntry { kind : String::from("kind ü/?&=#"),
                    metadata : serde_json::json!({ "sample" : true }) .as_object()
                    .cloned().unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")),
                    datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    performer : Some(quay_server::types::LogEntryPerformer { kind :
                    Some(quay_server::types::LogEntryPerformerKind::User), name :
                    Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), namespace :
                    Some(quay_server::types::LogEntryNamespace { kind :
                    Some(quay_server::types::LogEntryNamespaceKind::Org), name :
                    Some(String::from("name ü/?&=#")), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn list_organization_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListOrganizationQuotaSuperUserParams,
    ) -> Result<
        quay_server::ListOrganizationQuotaSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "listOrganizationQuotaSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListOrganizationQuotaSuperUserResponse::Ok(
                vec![
                    quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                    limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
                    vec![quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }], default_config_exists : Some(true), }
                ],
            ),
        )
    }

    async fn create_organization_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateOrganizationQuotaSuperUserParams,
        body: quay_server::types::NewNamespaceQuota,
    ) -> Result<
        quay_server::CreateOrganizationQuotaSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createOrganizationQuotaSuperUser",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateOrganizationQuotaSuperUserResponse::Created(
                quay_server::types::CreateOrganizationQuotaSuperUserResponse::Created,
            ),
        )
    }

    async fn change_organization_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeOrganizationQuotaSuperUserParams,
        body: quay_server::types::UpdateNamespaceQuota,
    ) -> Result<
        quay_server::ChangeOrganizationQuotaSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "changeOrganizationQuotaSuperUser",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeOrganizationQuotaSuperUserResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn delete_organization_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationQuotaSuperUserParams,
    ) -> Result<
        quay_server::DeleteOrganizationQuotaSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteOrganizationQuotaSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationQuotaSuperUserResponse::NoContent)
    }

    async fn change_organization(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeOrganizationParams,
        body: quay_server::types::SuperUserUpdateOrg,
    ) -> Result<quay_server::ChangeOrganizationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeOrganization",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeOrganizationResponse::Ok(quay_server::types::SuperUserOrganization {
                name: String::from("name ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                quotas: Some(
                    vec![
                        quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                        limit_bytes : 1_700_000_000i64, default_config : Some(true),
                        limits : vec![quay_server::types::QuotaLimit { id :
                        1_700_000_000i64, type_ :
                        quay_server::types::QuotaLimitType::Warning, limit_percent :
                        1_700_000_000i64, }], default_config_exists : Some(true), }
                    ],
                ),
                quota_report: Some(quay_server::types::QuotaReport {
                    quota_bytes: Some(1_700_000_000i64),
                    configured_quota: Some(None),
                    running_backfill: Some(String::from("running_backfill ü/?&=#")),
                    backfill_status: Some(
                        quay_server::types::QuotaReportBackfillStatus::Waiting,
                    ),
                }),
            }),
        )
    }

    async fn delete_organization(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteOrganizationParams,
    ) -> Result<quay_server::DeleteOrganizationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteOrganization",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteOrganizationResponse::NoContent)
    }

    async fn get_registry_size(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<quay_server::GetRegistrySizeResponse, quay_server::ErrorModel> {
        self.0.record("getRegistrySize", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::GetRegistrySizeResponse::Ok(quay_server::types::RegistrySize {
                size_bytes: Some(1_700_000_000i64),
                last_ran: Some(None),
                queued: Some(true),
                running: Some(true),
            }),
        )
    }

    async fn queue_registry_size_calculation(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<
        quay_server::QueueRegistrySizeCalculationResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "queueRegistrySizeCalculation",
                String::new(),
                serde_json::Value::Null,
            );
        Ok(quay_server::QueueRegistrySizeCalculationResponse::Created)
    }

    async fn list_all_users(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListAllUsersParams,
    ) -> Result<quay_server::ListAllUsersResponse, quay_server::ErrorModel> {
        self.0.record("listAllUsers", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListAllUsersResponse::Ok(quay_server::types::SuperUserList {
                users: vec![
                    quay_server::types::SuperUserUser { kind :
                    quay_server::types::SuperUserUserKind::User, name :
                    String::from("name ü/?&=#"), username :
                    String::from("username ü/?&=#"), email :
                    Some(String::from("email ü/?&=#")), verified : true, avatar :
                    quay_server::types::Avatar { name : String::from("name ü/?&=#"),
                    hash : String::from("hash ü/?&=#"), color :
                    String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }, super_user : true, enabled :
                    true, quotas : Some(vec![quay_server::types::QuotaView { id : None,
                    limit_bytes : 1_700_000_000i64, default_config : None, limits :
                    vec![quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }], default_config_exists : None, }]), quota_report
                    : Some(quay_server::types::QuotaReport { quota_bytes :
                    Some(1_700_000_000i64), configured_quota : Some(None),
                    running_backfill : Some(String::from("running_backfill ü/?&=#")),
                    backfill_status :
                    Some(quay_server::types::QuotaReportBackfillStatus::Waiting), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn create_install_user(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::CreateInstallUser,
    ) -> Result<quay_server::CreateInstallUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createInstallUser",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateInstallUserResponse::Ok(quay_server::types::CreatedInstallUser {
                username: String::from("username ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
                password: String::from("password ü/?&=#"),
                encrypted_password: String::from("encrypted_password ü/?&=#"),
            }),
        )
    }

    async fn list_user_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListUserQuotaSuperUserParams,
    ) -> Result<quay_server::ListUserQuotaSuperUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listUserQuotaSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListUserQuotaSuperUserResponse::Ok(
                vec![
                    quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                    limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
                    vec![quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }], default_config_exists : Some(true), }
                ],
            ),
        )
    }

    async fn create_user_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateUserQuotaSuperUserParams,
        body: quay_server::types::NewNamespaceQuota,
    ) -> Result<quay_server::CreateUserQuotaSuperUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createUserQuotaSuperUser",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateUserQuotaSuperUserResponse::Created(
                quay_server::types::CreateUserQuotaSuperUserResponse::Created,
            ),
        )
    }

    async fn change_user_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ChangeUserQuotaSuperUserParams,
        body: quay_server::types::UpdateNamespaceQuota,
    ) -> Result<quay_server::ChangeUserQuotaSuperUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "changeUserQuotaSuperUser",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ChangeUserQuotaSuperUserResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn delete_user_quota_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteUserQuotaSuperUserParams,
    ) -> Result<quay_server::DeleteUserQuotaSuperUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "deleteUserQuotaSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(quay_server::DeleteUserQuotaSuperUserResponse::NoContent)
    }

    async fn get_repo_build_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildSuperUserParams,
    ) -> Result<quay_server::GetRepoBuildSuperUserResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getRepoBuildSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoBuildSuperUserResponse::Ok(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn get_repo_build_logs_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildLogsSuperUserParams,
    ) -> Result<
        quay_server::GetRepoBuildLogsSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getRepoBuildLogsSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoBuildLogsSuperUserResponse::Ok(quay_server::types::RepositoryBuildLogs {
                start: Some(1_700_000_000i64),
                total: Some(1_700_000_000i64),
                logs: Some(
                    vec![
                        serde_json::json!({ "sample" : true }) .as_object().cloned()
                        .unwrap_or_default()
                    ],
                ),
                logs_url: Some(String::from("logs_url ü/?&=#")),
            }),
        )
    }

    async fn get_repo_build_status_super_user(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetRepoBuildStatusSuperUserParams,
    ) -> Result<
        quay_server::GetRepoBuildStatusSuperUserResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "getRepoBuildStatusSuperUser",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetRepoBuildStatusSuperUserResponse::Ok(quay_server::types::RepositoryBuild {
                id: String::from("id ü/?&=#"),
                phase: quay_server::types::RepositoryBuildPhase::Waiting,
                started: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                display_name: String::from("display_name ü/?&=#"),
                status: serde_json::json!({ "sample" : true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                subdirectory: String::from("subdirectory ü/?&=#"),
                dockerfile_path: String::from("dockerfile_path ü/?&=#"),
                context: String::from("context ü/?&=#"),
                tags: vec![String::from("tags ü/?&=#")],
                manual_user: Some(String::from("manual_user ü/?&=#")),
                is_writer: true,
                trigger: Some(quay_server::types::RepositoryBuildTrigger {
                    id: Some(String::from("id ü/?&=#")),
                    service: Some(String::from("service ü/?&=#")),
                    is_active: Some(true),
                    build_source: Some(None),
                    repository_url: Some(None),
                    config: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    can_invoke: Some(true),
                    enabled: Some(true),
                    disabled_reason: Some(None),
                }),
                trigger_metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                resource_key: Some(String::from("resource_key ü/?&=#")),
                pull_robot: Some(quay_server::types::RepositoryBuildPullRobot {
                    name: Some(String::from("name ü/?&=#")),
                    kind: Some(quay_server::types::RepositoryBuildPullRobotKind::User),
                    is_robot: Some(true),
                }),
                repository: quay_server::types::RepositoryBuildRepository {
                    namespace: String::from("namespace ü/?&=#"),
                    name: String::from("name ü/?&=#"),
                },
                error: Some(String::from("error ü/?&=#")),
                archive_url: Some(String::from("archive_url ü/?&=#")),
            }),
        )
    }

    async fn get_logged_in_user(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<quay_server::GetLoggedInUserResponse, quay_server::ErrorModel> {
        self.0.record("getLoggedInUser", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::GetLoggedInUserResponse::Ok(quay_server::types::UserView {
                verified: Some(true),
                anonymous: true,
                username: String::from("username ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                organizations: Some(
                    vec![
                        quay_server::types::UserViewOrganizationsItem { name :
                        Some(String::from("name ü/?&=#")), avatar :
                        Some(quay_server::types::Avatar { name :
                        String::from("name ü/?&=#"), hash :
                        String::from("hash ü/?&=#"), color :
                        String::from("color ü/?&=#"), kind :
                        quay_server::types::AvatarKind::User, }), can_create_repo :
                        Some(true), public : Some(true), is_org_admin : Some(true),
                        preferred_namespace : Some(true), }
                    ],
                ),
                logins: Some(
                    vec![
                        quay_server::types::UserViewLoginsItem { service :
                        Some(String::from("service ü/?&=#")), service_identifier :
                        Some(String::from("service_identifier ü/?&=#")), metadata :
                        Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                        .unwrap_or_default()), }
                    ],
                ),
                can_create_repo: Some(true),
                preferred_namespace: Some(true),
                is_me: Some(true),
                invoice_email: Some(true),
                invoice_email_address: Some(None),
                tag_expiration_s: Some(1_700_000_000i64),
                prompts: Some(vec![String::from("prompts ü/?&=#")]),
                company: Some(None),
                family_name: Some(None),
                given_name: Some(None),
                location: Some(None),
                is_free_account: Some(true),
                has_password_set: Some(true),
                quotas: Some(
                    vec![
                        quay_server::types::UserViewQuotasItem { id :
                        Some(1_700_000_000i64), limit_bytes : Some(1_700_000_000i64),
                        limits :
                        Some(vec![quay_server::types::UserViewQuotasItemLimitsItem { id :
                        None, type_ : None, limit_percent : None, }]), }
                    ],
                ),
                quota_report: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                super_user: Some(true),
            }),
        )
    }

    async fn get_aggregate_user_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetAggregateUserLogsParams,
    ) -> Result<quay_server::GetAggregateUserLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getAggregateUserLogs",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetAggregateUserLogsResponse::Ok(quay_server::types::AggregatedLogs {
                aggregated: vec![
                    quay_server::types::AggregatedLogsAggregatedItem { kind :
                    String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    }
                ],
            }),
        )
    }

    async fn list_app_tokens(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListAppTokensParams,
    ) -> Result<quay_server::ListAppTokensResponse, quay_server::ErrorModel> {
        self.0.record("listAppTokens", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListAppTokensResponse::Ok(quay_server::types::AppTokenList {
                tokens: vec![
                    quay_server::types::AppToken { uuid : String::from("uuid ü/?&=#"),
                    title : String::from("title ü/?&=#"), last_accessed :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    created :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    expiration :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    token_code : Some(String::from("token_code ü/?&=#")), }
                ],
                only_expiring: Some(true),
            }),
        )
    }

    async fn create_app_token(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::NewToken,
    ) -> Result<quay_server::CreateAppTokenResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createAppToken",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateAppTokenResponse::Ok(quay_server::types::AppTokenEnvelope {
                token: quay_server::types::AppToken {
                    uuid: String::from("uuid ü/?&=#"),
                    title: String::from("title ü/?&=#"),
                    last_accessed: Some(
                        quay_server::types::DateTime::from(
                            "Mon, 13 Dec 2021 11:41:16 -0000",
                        ),
                    ),
                    created: quay_server::types::DateTime::from(
                        "Mon, 13 Dec 2021 11:41:16 -0000",
                    ),
                    expiration: Some(
                        quay_server::types::DateTime::from(
                            "Mon, 13 Dec 2021 11:41:16 -0000",
                        ),
                    ),
                    token_code: Some(String::from("token_code ü/?&=#")),
                },
            }),
        )
    }

    async fn get_app_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetAppTokenParams,
    ) -> Result<quay_server::GetAppTokenResponse, quay_server::ErrorModel> {
        self.0.record("getAppToken", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetAppTokenResponse::Ok(quay_server::types::AppTokenEnvelope {
                token: quay_server::types::AppToken {
                    uuid: String::from("uuid ü/?&=#"),
                    title: String::from("title ü/?&=#"),
                    last_accessed: Some(
                        quay_server::types::DateTime::from(
                            "Mon, 13 Dec 2021 11:41:16 -0000",
                        ),
                    ),
                    created: quay_server::types::DateTime::from(
                        "Mon, 13 Dec 2021 11:41:16 -0000",
                    ),
                    expiration: Some(
                        quay_server::types::DateTime::from(
                            "Mon, 13 Dec 2021 11:41:16 -0000",
                        ),
                    ),
                    token_code: Some(String::from("token_code ü/?&=#")),
                },
            }),
        )
    }

    async fn revoke_app_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RevokeAppTokenParams,
    ) -> Result<quay_server::RevokeAppTokenResponse, quay_server::ErrorModel> {
        self.0.record("revokeAppToken", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::RevokeAppTokenResponse::NoContent)
    }

    async fn list_user_auto_prune_policies(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<
        quay_server::ListUserAutoPrunePoliciesResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record("listUserAutoPrunePolicies", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::ListUserAutoPrunePoliciesResponse::Ok(quay_server::types::AutoPrunePolicyList {
                policies: vec![
                    quay_server::types::AutoPrunePolicy { uuid :
                    String::from("uuid ü/?&=#"), method :
                    quay_server::types::AutoPrunePolicyMethod::NumberOfTags, value :
                    quay_server::types::AutoPrunePolicyValue::Integer(1_700_000_000i64),
                    }
                ],
            }),
        )
    }

    async fn create_user_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::AutoPrunePolicyConfig,
    ) -> Result<
        quay_server::CreateUserAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "createUserAutoPrunePolicy",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateUserAutoPrunePolicyResponse::Created(quay_server::types::AutoPrunePolicyId {
                uuid: String::from("uuid ü/?&=#"),
            }),
        )
    }

    async fn get_user_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserAutoPrunePolicyParams,
    ) -> Result<quay_server::GetUserAutoPrunePolicyResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getUserAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetUserAutoPrunePolicyResponse::Ok(quay_server::types::AutoPrunePolicy {
                uuid: String::from("uuid ü/?&=#"),
                method: quay_server::types::AutoPrunePolicyMethod::NumberOfTags,
                value: quay_server::types::AutoPrunePolicyValue::Integer(
                    1_700_000_000i64,
                ),
            }),
        )
    }

    async fn update_user_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::UpdateUserAutoPrunePolicyParams,
        body: quay_server::types::AutoPrunePolicyConfig,
    ) -> Result<
        quay_server::UpdateUserAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "updateUserAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(quay_server::UpdateUserAutoPrunePolicyResponse::NoContent)
    }

    async fn delete_user_auto_prune_policy(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteUserAutoPrunePolicyParams,
    ) -> Result<
        quay_server::DeleteUserAutoPrunePolicyResponse,
        quay_server::ErrorModel,
    > {
        self.0
            .record(
                "deleteUserAutoPrunePolicy",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::DeleteUserAutoPrunePolicyResponse::Ok(quay_server::types::AutoPrunePolicyId {
                uuid: String::from("uuid ü/?&=#"),
            }),
        )
    }

    async fn export_user_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ExportUserLogsParams,
        body: quay_server::types::ExportLogs,
    ) -> Result<quay_server::ExportUserLogsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "exportUserLogs",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::ExportUserLogsResponse::Ok(quay_server::types::ExportLogsResult {
                export_id: String::from("export_id ü/?&=#"),
            }),
        )
    }

    async fn list_user_logs(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListUserLogsParams,
    ) -> Result<quay_server::ListUserLogsResponse, quay_server::ErrorModel> {
        self.0.record("listUserLogs", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListUserLogsResponse::Ok(quay_server::types::LogsPage {
                start_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                end_time: quay_server::types::DateTime::from(
                    "Mon, 13 Dec 2021 11:41:16 -0000",
                ),
                logs: vec![
                    quay_server::types::LogEntry { kind : String::from("kind ü/?&=#"),
                    metadata : serde_json::json!({ "sample" : true }) .as_object()
                    .cloned().unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")),
                    datetime :
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                    performer : Some(quay_server::types::LogEntryPerformer { kind :
                    Some(quay_server::types::LogEntryPerformerKind::User), name :
                    Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), namespace :
                    Some(quay_server::types::LogEntryNamespace { kind :
                    Some(quay_server::types::LogEntryNamespaceKind::Org), name :
                    Some(String::from("name ü/?&=#")), avatar :
                    Some(quay_server::types::Avatar { name :
                    String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
                    color : String::from("color ü/?&=#"), kind :
                    quay_server::types::AvatarKind::User, }), }), }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn list_user_quota(
        &self,
        _context: quay_server::RequestContext,
    ) -> Result<quay_server::ListUserQuotaResponse, quay_server::ErrorModel> {
        self.0.record("listUserQuota", String::new(), serde_json::Value::Null);
        Ok(
            quay_server::ListUserQuotaResponse::Ok(
                vec![
                    quay_server::types::QuotaView { id : Some(1_700_000_000i64),
                    limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
                    vec![quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }], default_config_exists : Some(true), }
                ],
            ),
        )
    }

    async fn get_user_quota(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserQuotaParams,
    ) -> Result<quay_server::GetUserQuotaResponse, quay_server::ErrorModel> {
        self.0.record("getUserQuota", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetUserQuotaResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn list_user_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListUserQuotaLimitParams,
    ) -> Result<quay_server::ListUserQuotaLimitResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "listUserQuotaLimit",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::ListUserQuotaLimitResponse::Ok(
                vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
            ),
        )
    }

    async fn get_user_quota_limit(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserQuotaLimitParams,
    ) -> Result<quay_server::GetUserQuotaLimitResponse, quay_server::ErrorModel> {
        self.0
            .record("getUserQuotaLimit", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetUserQuotaLimitResponse::Ok(quay_server::types::QuotaView {
                id: Some(1_700_000_000i64),
                limit_bytes: 1_700_000_000i64,
                default_config: Some(true),
                limits: vec![
                    quay_server::types::QuotaLimit { id : 1_700_000_000i64, type_ :
                    quay_server::types::QuotaLimitType::Warning, limit_percent :
                    1_700_000_000i64, }
                ],
                default_config_exists: Some(true),
            }),
        )
    }

    async fn get_user_robots(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserRobotsParams,
    ) -> Result<quay_server::GetUserRobotsResponse, quay_server::ErrorModel> {
        self.0.record("getUserRobots", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetUserRobotsResponse::Ok(quay_server::types::RobotList {
                robots: vec![
                    quay_server::types::RobotListItem { name :
                    String::from("name ü/?&=#"), created :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    last_accessed :
                    Some(quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
                    description : Some(String::from("description ü/?&=#")), token :
                    Some(None), teams :
                    Some(vec![quay_server::types::RobotListItemTeamsItem { name : None,
                    avatar : None, }]), repositories :
                    Some(vec![String::from("repositories ü/?&=#")]), }
                ],
            }),
        )
    }

    async fn get_user_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserRobotParams,
    ) -> Result<quay_server::GetUserRobotResponse, quay_server::ErrorModel> {
        self.0.record("getUserRobot", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::GetUserRobotResponse::Ok(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn create_user_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::CreateUserRobotParams,
        body: Option<quay_server::types::CreateRobot>,
    ) -> Result<quay_server::CreateUserRobotResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createUserRobot",
                format!("{params:?}"),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateUserRobotResponse::Created(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn delete_user_robot(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteUserRobotParams,
    ) -> Result<quay_server::DeleteUserRobotResponse, quay_server::ErrorModel> {
        self.0.record("deleteUserRobot", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteUserRobotResponse::NoContent)
    }

    async fn get_user_robot_permissions(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserRobotPermissionsParams,
    ) -> Result<quay_server::GetUserRobotPermissionsResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getUserRobotPermissions",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetUserRobotPermissionsResponse::Ok(quay_server::types::RobotPermissionList {
                permissions: vec![
                    quay_server::types::RobotPermission { repository :
                    quay_server::types::RobotPermissionRepository { name :
                    Some(String::from("name ü/?&=#")), is_public : Some(true), }, role :
                    quay_server::types::RobotPermissionRole::Read, }
                ],
            }),
        )
    }

    async fn regenerate_user_robot_token(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::RegenerateUserRobotTokenParams,
    ) -> Result<quay_server::RegenerateUserRobotTokenResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "regenerateUserRobotToken",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::RegenerateUserRobotTokenResponse::Ok(quay_server::types::Robot {
                name: String::from("name ü/?&=#"),
                created: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                last_accessed: Some(
                    quay_server::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
                ),
                description: Some(String::from("description ü/?&=#")),
                token: Some(String::from("token ü/?&=#")),
                unstructured_metadata: Some(None),
            }),
        )
    }

    async fn list_starred_repos(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::ListStarredReposParams,
    ) -> Result<quay_server::ListStarredReposResponse, quay_server::ErrorModel> {
        self.0
            .record("listStarredRepos", format!("{params:?}"), serde_json::Value::Null);
        Ok(
            quay_server::ListStarredReposResponse::Ok(quay_server::types::StarredRepositoryList {
                repositories: vec![
                    quay_server::types::StarredRepository { namespace :
                    String::from("namespace ü/?&=#"), name :
                    String::from("name ü/?&=#"), description :
                    Some(String::from("description ü/?&=#")), is_public : true, }
                ],
                next_page: Some(String::from("next_page ü/?&=#")),
            }),
        )
    }

    async fn create_star(
        &self,
        _context: quay_server::RequestContext,
        body: quay_server::types::NewStarredRepository,
    ) -> Result<quay_server::CreateStarResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "createStar",
                String::new(),
                serde_json::to_value(&body).expect("encodes"),
            );
        Ok(
            quay_server::CreateStarResponse::Created(quay_server::types::StarredRepositoryRef {
                namespace: String::from("namespace ü/?&=#"),
                repository: String::from("repository ü/?&=#"),
            }),
        )
    }

    async fn delete_star(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::DeleteStarParams,
    ) -> Result<quay_server::DeleteStarResponse, quay_server::ErrorModel> {
        self.0.record("deleteStar", format!("{params:?}"), serde_json::Value::Null);
        Ok(quay_server::DeleteStarResponse::NoContent)
    }

    async fn get_user_information(
        &self,
        _context: quay_server::RequestContext,
        params: quay_server::GetUserInformationParams,
    ) -> Result<quay_server::GetUserInformationResponse, quay_server::ErrorModel> {
        self.0
            .record(
                "getUserInformation",
                format!("{params:?}"),
                serde_json::Value::Null,
            );
        Ok(
            quay_server::GetUserInformationResponse::Ok(quay_server::types::UserView {
                verified: Some(true),
                anonymous: true,
                username: String::from("username ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
                avatar: quay_server::types::Avatar {
                    name: String::from("name ü/?&=#"),
                    hash: String::from("hash ü/?&=#"),
                    color: String::from("color ü/?&=#"),
                    kind: quay_server::types::AvatarKind::User,
                },
                organizations: Some(
                    vec![
                        quay_server::types::UserViewOrganizationsItem { name :
                        Some(String::from("name ü/?&=#")), avatar :
                        Some(quay_server::types::Avatar { name :
                        String::from("name ü/?&=#"), hash :
                        String::from("hash ü/?&=#"), color :
                        String::from("color ü/?&=#"), kind :
                        quay_server::types::AvatarKind::User, }), can_create_repo :
                        Some(true), public : Some(true), is_org_admin : Some(true),
                        preferred_namespace : Some(true), }
                    ],
                ),
                logins: Some(
                    vec![
                        quay_server::types::UserViewLoginsItem { service :
                        Some(String::from("service ü/?&=#")), service_identifier :
                        Some(String::from("service_identifier ü/?&=#")), metadata :
                        Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
                        .unwrap_or_default()), }
                    ],
                ),
                can_create_repo: Some(true),
                preferred_namespace: Some(true),
                is_me: Some(true),
                invoice_email: Some(true),
                invoice_email_address: Some(None),
                tag_expiration_s: Some(1_700_000_000i64),
                prompts: Some(vec![String::from("prompts ü/?&=#")]),
                company: Some(None),
                family_name: Some(None),
                given_name: Some(None),
                location: Some(None),
                is_free_account: Some(true),
                has_password_set: Some(true),
                quotas: Some(
                    vec![
                        quay_server::types::UserViewQuotasItem { id :
                        Some(1_700_000_000i64), limit_bytes : Some(1_700_000_000i64),
                        limits :
                        Some(vec![quay_server::types::UserViewQuotasItemLimitsItem { id :
                        None, type_ : None, limit_percent : None, }]), }
                    ],
                ),
                quota_report: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                super_user: Some(true),
            }),
        )
    }
}

#[tokio::test]
async fn every_operation_round_trips() {
    let recorder = std::sync::Arc::new(Recorder::default());
    let app = quay_server::router(
        Recording(recorder.clone()),
        AllScopes,
        quay_server::ServerConfig::default(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    let client = quay_client::Client::builder(format!("http://{addr}"))
        .bearer_token("round-trip")
        .build()
        .expect("client");
    {
        let result = client
            .get_application_information(String::from("client_id ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getApplicationInformation"));
        assert_eq!(
            answer, quay_client::types::ApplicationInformation { name :
            String::from("name ü/?&=#"), description :
            String::from("description ü/?&=#"), uri : String::from("uri ü/?&=#"),
            avatar : quay_client::types::Avatar { name : String::from("name ü/?&=#"),
            hash : String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
            kind : quay_client::types::AvatarKind::User, }, organization :
            quay_client::types::Organization { name : String::from("name ü/?&=#"), email
            : String::from("email ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, is_admin : true, is_member : true, teams :
            Some(std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::OrganizationTeam { name : String::from("name ü/?&=#"),
            description : Some(None), role :
            quay_client::types::OrganizationTeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, can_view : true, repo_count :
            Some(1_700_000_000i64), member_count : Some(1_700_000_000i64), is_synced :
            Some(true), })])), ordered_teams :
            Some(vec![String::from("ordered_teams ü/?&=#")]), invoice_email :
            Some(true), invoice_email_address : Some(None), tag_expiration_s :
            Some(1_700_000_000i64), is_free_account : Some(true), quotas :
            Some(vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }]), quota_report :
            Some(quay_client::types::QuotaReport { quota_bytes : Some(1_700_000_000i64),
            configured_quota : Some(None), running_backfill :
            Some(String::from("running_backfill ü/?&=#")), backfill_status :
            Some(quay_client::types::QuotaReportBackfillStatus::Waiting), }), }, },
            "{}: the typed answer", "getApplicationInformation"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getApplicationInformation"
        );
        assert_eq!(seen[0].0, "getApplicationInformation");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetApplicationInformationParams {
            client_id : String::from("client_id ü?#%2F"), }),
            "{}: parameters arrive intact", "getApplicationInformation"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getApplicationInformation"
        );
    }
    {
        let result = client.discovery().internal(true).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "discovery"));
        assert_eq!(
            answer, serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), "{}: the typed answer", "discovery"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "discovery");
        assert_eq!(seen[0].0, "discovery");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DiscoveryParams { internal :
            Some(true), }), "{}: parameters arrive intact", "discovery"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "discovery"
        );
    }
    {
        let result = client
            .get_matching_entities(String::from("prefix ü?#%2F"))
            .include_orgs(true)
            .include_teams(true)
            .namespace(String::from("namespace ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getMatchingEntities"));
        assert_eq!(
            answer, quay_client::types::EntitySearchResults { results :
            vec![quay_client::types::EntitySearchResult { name :
            String::from("name ü/?&=#"), kind :
            quay_client::types::EntitySearchResultKind::User, is_robot : Some(true),
            is_org_member : Some(true), title : Some(String::from("title ü/?&=#")),
            avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }], }, "{}: the typed answer", "getMatchingEntities"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getMatchingEntities");
        assert_eq!(seen[0].0, "getMatchingEntities");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetMatchingEntitiesParams { prefix :
            String::from("prefix ü?#%2F"), include_orgs : Some(true), include_teams :
            Some(true), namespace : Some(String::from("namespace ü/?&=#")), }),
            "{}: parameters arrive intact", "getMatchingEntities"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getMatchingEntities"
        );
    }
    {
        let result = client
            .get_error_description(String::from("error_type ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getErrorDescription"));
        assert_eq!(
            answer, quay_client::types::ApiErrorDescription { type_ :
            String::from("type ü/?&=#"), title : String::from("title ü/?&=#"),
            description : String::from("description ü/?&=#"), }, "{}: the typed answer",
            "getErrorDescription"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getErrorDescription");
        assert_eq!(seen[0].0, "getErrorDescription");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetErrorDescriptionParams {
            error_type : String::from("error_type ü?#%2F"), }),
            "{}: parameters arrive intact", "getErrorDescription"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getErrorDescription"
        );
    }
    {
        let result = client.conduct_search().query(String::from("query ü/?&=#")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "conductSearch"));
        assert_eq!(
            answer, quay_client::types::SearchResults { results :
            vec![quay_client::types::SearchResult { kind :
            quay_client::types::SearchResultKind::Team, title :
            Some(String::from("title ü/?&=#")), name : String::from("name ü/?&=#"),
            short_name : Some(String::from("short_name ü/?&=#")), score : 2.25f64, href
            : Some(String::from("href ü/?&=#")), avatar : Some(None), organization :
            Some(quay_client::types::SearchResultOrganization { title :
            Some(quay_client::types::SearchResultOrganizationTitle::User), kind :
            Some(quay_client::types::SearchResultOrganizationKind::User), avatar :
            Some(None), name : Some(String::from("name ü/?&=#")), score : Some(2.25f64),
            href : Some(String::from("href ü/?&=#")), short_name :
            Some(String::from("short_name ü/?&=#")), }), namespace :
            Some(quay_client::types::SearchResultNamespace { title :
            Some(quay_client::types::SearchResultNamespaceTitle::User), kind :
            Some(quay_client::types::SearchResultNamespaceKind::User), avatar :
            Some(None), name : Some(String::from("name ü/?&=#")), score : Some(2.25f64),
            href : Some(String::from("href ü/?&=#")), short_name :
            Some(String::from("short_name ü/?&=#")), }), description : Some(None),
            is_public : Some(true), }], }, "{}: the typed answer", "conductSearch"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "conductSearch");
        assert_eq!(seen[0].0, "conductSearch");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ConductSearchParams { query :
            Some(String::from("query ü/?&=#")), }), "{}: parameters arrive intact",
            "conductSearch"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "conductSearch"
        );
    }
    {
        let result = client
            .conduct_repo_search()
            .include_usage(true)
            .page(1_700_000_000i64)
            .query(String::from("query ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "conductRepoSearch"));
        assert_eq!(
            answer, quay_client::types::RepositorySearchResults { results :
            vec![quay_client::types::RepositorySearchResult { kind :
            quay_client::types::RepositorySearchResultKind::Repository, title :
            quay_client::types::RepositorySearchResultTitle::Repo, namespace :
            quay_client::types::RepositorySearchResultNamespace { title :
            Some(quay_client::types::RepositorySearchResultNamespaceTitle::User), kind :
            Some(quay_client::types::RepositorySearchResultNamespaceKind::User), avatar :
            Some(None), name : Some(String::from("name ü/?&=#")), score : Some(2.25f64),
            href : Some(String::from("href ü/?&=#")), short_name :
            Some(String::from("short_name ü/?&=#")), }, name :
            String::from("name ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), is_public : true, score : 2.25f64,
            href : String::from("href ü/?&=#"), last_modified : Some(1_700_000_000i64),
            stars : Some(1_700_000_000i64), popularity : Some(2.25f64), }],
            has_additional : true, page : 1_700_000_000i64, page_size : 1_700_000_000i64,
            start_index : 1_700_000_000i64, }, "{}: the typed answer",
            "conductRepoSearch"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "conductRepoSearch");
        assert_eq!(seen[0].0, "conductRepoSearch");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ConductRepoSearchParams {
            include_usage : Some(true), page : Some(1_700_000_000i64), query :
            Some(String::from("query ü/?&=#")), }), "{}: parameters arrive intact",
            "conductRepoSearch"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "conductRepoSearch"
        );
    }
    {
        let result = client.delete_global_message(String::from("uuid ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteGlobalMessage"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteGlobalMessage");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteGlobalMessage");
        assert_eq!(seen[0].0, "deleteGlobalMessage");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteGlobalMessageParams { uuid :
            String::from("uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteGlobalMessage"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteGlobalMessage"
        );
    }
    {
        let result = client.get_global_messages().await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getGlobalMessages"));
        assert_eq!(
            answer, quay_client::types::GlobalMessageList { messages :
            vec![quay_client::types::GlobalMessage { uuid : String::from("uuid ü/?&=#"),
            content : String::from("content ü/?&=#"), severity :
            quay_client::types::GlobalMessageSeverity::Info, media_type :
            quay_client::types::GlobalMessageMediaType::TextPlain, }], },
            "{}: the typed answer", "getGlobalMessages"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getGlobalMessages");
        assert_eq!(seen[0].0, "getGlobalMessages");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "getGlobalMessages"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getGlobalMessages"
        );
    }
    {
        let result = client
            .create_global_message(quay_client::types::CreateMessage {
                message: quay_client::types::CreateMessageMessage {
                    content: String::from("content ü/?&=#"),
                    media_type: quay_client::types::CreateMessageMessageMediaType::TextPlain,
                    severity: quay_client::types::CreateMessageMessageSeverity::Info,
                },
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createGlobalMessage"));
        assert_eq!(answer, (), "{}: the typed answer", "createGlobalMessage");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createGlobalMessage");
        assert_eq!(seen[0].0, "createGlobalMessage");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact",
            "createGlobalMessage"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::CreateMessage { message
            : quay_server::types::CreateMessageMessage { content :
            String::from("content ü/?&=#"), media_type :
            quay_server::types::CreateMessageMessageMediaType::TextPlain, severity :
            quay_server::types::CreateMessageMessageSeverity::Info, }, })
            .expect("encodes"), "{}: the body arrives intact", "createGlobalMessage"
        );
    }
    {
        let result = client
            .create_organization(quay_client::types::NewOrg {
                name: String::from("name ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
                recaptcha_response: Some(String::from("recaptcha_response ü/?&=#")),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createOrganization"));
        assert_eq!(
            answer, quay_client::types::CreateOrganizationResponse::Created,
            "{}: the typed answer", "createOrganization"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createOrganization");
        assert_eq!(seen[0].0, "createOrganization");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact",
            "createOrganization"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewOrg { name :
            String::from("name ü/?&=#"), email : Some(String::from("email ü/?&=#")),
            recaptcha_response : Some(String::from("recaptcha_response ü/?&=#")), })
            .expect("encodes"), "{}: the body arrives intact", "createOrganization"
        );
    }
    {
        let result = client.get_organization(String::from("orgname ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getOrganization"));
        assert_eq!(
            answer, quay_client::types::Organization { name :
            String::from("name ü/?&=#"), email : String::from("email ü/?&=#"), avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, is_admin : true, is_member : true,
            teams : Some(std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::OrganizationTeam { name : String::from("name ü/?&=#"),
            description : Some(None), role :
            quay_client::types::OrganizationTeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, can_view : true, repo_count :
            Some(1_700_000_000i64), member_count : Some(1_700_000_000i64), is_synced :
            Some(true), })])), ordered_teams :
            Some(vec![String::from("ordered_teams ü/?&=#")]), invoice_email :
            Some(true), invoice_email_address : Some(None), tag_expiration_s :
            Some(1_700_000_000i64), is_free_account : Some(true), quotas :
            Some(vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }]), quota_report :
            Some(quay_client::types::QuotaReport { quota_bytes : Some(1_700_000_000i64),
            configured_quota : Some(None), running_backfill :
            Some(String::from("running_backfill ü/?&=#")), backfill_status :
            Some(quay_client::types::QuotaReportBackfillStatus::Waiting), }), },
            "{}: the typed answer", "getOrganization"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getOrganization");
        assert_eq!(seen[0].0, "getOrganization");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganization"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganization"
        );
    }
    {
        let result = client
            .change_organization_details(
                String::from("orgname ü?#%2F"),
                quay_client::types::UpdateOrg {
                    email: Some(String::from("email ü/?&=#")),
                    invoice_email: Some(true),
                    invoice_email_address: Some(None),
                    tag_expiration_s: Some(1700000000i64),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeOrganizationDetails"));
        assert_eq!(
            answer, quay_client::types::Organization { name :
            String::from("name ü/?&=#"), email : String::from("email ü/?&=#"), avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, is_admin : true, is_member : true,
            teams : Some(std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::OrganizationTeam { name : String::from("name ü/?&=#"),
            description : Some(None), role :
            quay_client::types::OrganizationTeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, can_view : true, repo_count :
            Some(1_700_000_000i64), member_count : Some(1_700_000_000i64), is_synced :
            Some(true), })])), ordered_teams :
            Some(vec![String::from("ordered_teams ü/?&=#")]), invoice_email :
            Some(true), invoice_email_address : Some(None), tag_expiration_s :
            Some(1_700_000_000i64), is_free_account : Some(true), quotas :
            Some(vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }]), quota_report :
            Some(quay_client::types::QuotaReport { quota_bytes : Some(1_700_000_000i64),
            configured_quota : Some(None), running_backfill :
            Some(String::from("running_backfill ü/?&=#")), backfill_status :
            Some(quay_client::types::QuotaReportBackfillStatus::Waiting), }), },
            "{}: the typed answer", "changeOrganizationDetails"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeOrganizationDetails"
        );
        assert_eq!(seen[0].0, "changeOrganizationDetails");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeOrganizationDetailsParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "changeOrganizationDetails"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateOrg { email :
            Some(String::from("email ü/?&=#")), invoice_email : Some(true),
            invoice_email_address : Some(None), tag_expiration_s : Some(1700000000i64),
            }).expect("encodes"), "{}: the body arrives intact",
            "changeOrganizationDetails"
        );
    }
    {
        let result = client
            .delete_admined_organization(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteAdminedOrganization"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteAdminedOrganization");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteAdminedOrganization"
        );
        assert_eq!(seen[0].0, "deleteAdminedOrganization");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteAdminedOrganizationParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "deleteAdminedOrganization"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteAdminedOrganization"
        );
    }
    {
        let result = client
            .get_aggregate_org_logs(String::from("orgname ü?#%2F"))
            .performer(String::from("performer ü/?&=#"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getAggregateOrgLogs"));
        assert_eq!(
            answer, quay_client::types::AggregatedLogs { aggregated :
            vec![quay_client::types::AggregatedLogsAggregatedItem { kind :
            String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), }], },
            "{}: the typed answer", "getAggregateOrgLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getAggregateOrgLogs");
        assert_eq!(seen[0].0, "getAggregateOrgLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetAggregateOrgLogsParams { orgname :
            String::from("orgname ü?#%2F"), performer :
            Some(String::from("performer ü/?&=#")), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "getAggregateOrgLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getAggregateOrgLogs"
        );
    }
    {
        let result = client
            .get_organization_applications(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationApplications"));
        assert_eq!(
            answer, quay_client::types::OrganizationApplicationList { applications :
            vec![quay_client::types::OrganizationApplication { name :
            String::from("name ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), application_uri :
            Some(String::from("application_uri ü/?&=#")), client_id :
            String::from("client_id ü/?&=#"), client_secret : Some(None), redirect_uri :
            Some(None), avatar_email : Some(None), }], }, "{}: the typed answer",
            "getOrganizationApplications"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationApplications"
        );
        assert_eq!(seen[0].0, "getOrganizationApplications");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationApplicationsParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "getOrganizationApplications"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationApplications"
        );
    }
    {
        let result = client
            .create_organization_application(
                String::from("orgname ü?#%2F"),
                quay_client::types::NewApp {
                    name: String::from("name ü/?&=#"),
                    redirect_uri: Some(String::from("redirect_uri ü/?&=#")),
                    application_uri: Some(String::from("application_uri ü/?&=#")),
                    description: Some(String::from("description ü/?&=#")),
                    avatar_email: Some(String::from("avatar_email ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createOrganizationApplication"));
        assert_eq!(
            answer, quay_client::types::OrganizationApplication { name :
            String::from("name ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), application_uri :
            Some(String::from("application_uri ü/?&=#")), client_id :
            String::from("client_id ü/?&=#"), client_secret : Some(None), redirect_uri :
            Some(None), avatar_email : Some(None), }, "{}: the typed answer",
            "createOrganizationApplication"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createOrganizationApplication"
        );
        assert_eq!(seen[0].0, "createOrganizationApplication");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateOrganizationApplicationParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "createOrganizationApplication"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewApp { name :
            String::from("name ü/?&=#"), redirect_uri :
            Some(String::from("redirect_uri ü/?&=#")), application_uri :
            Some(String::from("application_uri ü/?&=#")), description :
            Some(String::from("description ü/?&=#")), avatar_email :
            Some(String::from("avatar_email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "createOrganizationApplication"
        );
    }
    {
        let result = client
            .get_organization_application(
                String::from("orgname ü?#%2F"),
                String::from("client_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationApplication"));
        assert_eq!(
            answer, quay_client::types::OrganizationApplication { name :
            String::from("name ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), application_uri :
            Some(String::from("application_uri ü/?&=#")), client_id :
            String::from("client_id ü/?&=#"), client_secret : Some(None), redirect_uri :
            Some(None), avatar_email : Some(None), }, "{}: the typed answer",
            "getOrganizationApplication"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationApplication"
        );
        assert_eq!(seen[0].0, "getOrganizationApplication");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationApplicationParams {
            orgname : String::from("orgname ü?#%2F"), client_id :
            String::from("client_id ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationApplication"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationApplication"
        );
    }
    {
        let result = client
            .update_organization_application(
                String::from("orgname ü?#%2F"),
                String::from("client_id ü?#%2F"),
                quay_client::types::UpdateApp {
                    name: String::from("name ü/?&=#"),
                    redirect_uri: String::from("redirect_uri ü/?&=#"),
                    application_uri: String::from("application_uri ü/?&=#"),
                    description: Some(String::from("description ü/?&=#")),
                    avatar_email: Some(String::from("avatar_email ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "updateOrganizationApplication"));
        assert_eq!(
            answer, quay_client::types::OrganizationApplication { name :
            String::from("name ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), application_uri :
            Some(String::from("application_uri ü/?&=#")), client_id :
            String::from("client_id ü/?&=#"), client_secret : Some(None), redirect_uri :
            Some(None), avatar_email : Some(None), }, "{}: the typed answer",
            "updateOrganizationApplication"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "updateOrganizationApplication"
        );
        assert_eq!(seen[0].0, "updateOrganizationApplication");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateOrganizationApplicationParams {
            orgname : String::from("orgname ü?#%2F"), client_id :
            String::from("client_id ü?#%2F"), }), "{}: parameters arrive intact",
            "updateOrganizationApplication"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateApp { name :
            String::from("name ü/?&=#"), redirect_uri :
            String::from("redirect_uri ü/?&=#"), application_uri :
            String::from("application_uri ü/?&=#"), description :
            Some(String::from("description ü/?&=#")), avatar_email :
            Some(String::from("avatar_email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "updateOrganizationApplication"
        );
    }
    {
        let result = client
            .delete_organization_application(
                String::from("orgname ü?#%2F"),
                String::from("client_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationApplication"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganizationApplication");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteOrganizationApplication"
        );
        assert_eq!(seen[0].0, "deleteOrganizationApplication");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationApplicationParams {
            orgname : String::from("orgname ü?#%2F"), client_id :
            String::from("client_id ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationApplication"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationApplication"
        );
    }
    {
        let result = client
            .list_organization_auto_prune_policies(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listOrganizationAutoPrunePolicies"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyList { policies :
            vec![quay_client::types::AutoPrunePolicy { uuid :
            String::from("uuid ü/?&=#"), method :
            quay_client::types::AutoPrunePolicyMethod::NumberOfTags, value :
            quay_client::types::AutoPrunePolicyValue::Integer(1_700_000_000i64), }], },
            "{}: the typed answer", "listOrganizationAutoPrunePolicies"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "listOrganizationAutoPrunePolicies"
        );
        assert_eq!(seen[0].0, "listOrganizationAutoPrunePolicies");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::ListOrganizationAutoPrunePoliciesParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "listOrganizationAutoPrunePolicies"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listOrganizationAutoPrunePolicies"
        );
    }
    {
        let result = client
            .create_organization_auto_prune_policy(
                String::from("orgname ü?#%2F"),
                quay_client::types::AutoPrunePolicyConfig {
                    method: quay_client::types::AutoPrunePolicyConfigMethod::NumberOfTags,
                    value: quay_client::types::AutoPrunePolicyConfigValue::Integer(
                        1_700_000_000i64,
                    ),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createOrganizationAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyId { uuid :
            String::from("uuid ü/?&=#"), }, "{}: the typed answer",
            "createOrganizationAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "createOrganizationAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "createOrganizationAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::CreateOrganizationAutoPrunePolicyParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "createOrganizationAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::AutoPrunePolicyConfig {
            method : quay_server::types::AutoPrunePolicyConfigMethod::NumberOfTags, value
            : quay_server::types::AutoPrunePolicyConfigValue::Integer(1_700_000_000i64),
            }).expect("encodes"), "{}: the body arrives intact",
            "createOrganizationAutoPrunePolicy"
        );
    }
    {
        let result = client
            .get_organization_auto_prune_policy(
                String::from("orgname ü?#%2F"),
                String::from("policy_uuid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicy { uuid :
            String::from("uuid ü/?&=#"), method :
            quay_client::types::AutoPrunePolicyMethod::NumberOfTags, value :
            quay_client::types::AutoPrunePolicyValue::Integer(1_700_000_000i64), },
            "{}: the typed answer", "getOrganizationAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "getOrganizationAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "getOrganizationAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationAutoPrunePolicyParams
            { orgname : String::from("orgname ü?#%2F"), policy_uuid :
            String::from("policy_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationAutoPrunePolicy"
        );
    }
    {
        let result = client
            .update_organization_auto_prune_policy(
                String::from("orgname ü?#%2F"),
                String::from("policy_uuid ü?#%2F"),
                quay_client::types::AutoPrunePolicyConfig {
                    method: quay_client::types::AutoPrunePolicyConfigMethod::NumberOfTags,
                    value: quay_client::types::AutoPrunePolicyConfigValue::Integer(
                        1_700_000_000i64,
                    ),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "updateOrganizationAutoPrunePolicy"));
        assert_eq!(
            answer, (), "{}: the typed answer", "updateOrganizationAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "updateOrganizationAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "updateOrganizationAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::UpdateOrganizationAutoPrunePolicyParams { orgname :
            String::from("orgname ü?#%2F"), policy_uuid :
            String::from("policy_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "updateOrganizationAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::AutoPrunePolicyConfig {
            method : quay_server::types::AutoPrunePolicyConfigMethod::NumberOfTags, value
            : quay_server::types::AutoPrunePolicyConfigValue::Integer(1_700_000_000i64),
            }).expect("encodes"), "{}: the body arrives intact",
            "updateOrganizationAutoPrunePolicy"
        );
    }
    {
        let result = client
            .delete_organization_auto_prune_policy(
                String::from("orgname ü?#%2F"),
                String::from("policy_uuid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyId { uuid :
            String::from("uuid ü/?&=#"), }, "{}: the typed answer",
            "deleteOrganizationAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "deleteOrganizationAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "deleteOrganizationAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::DeleteOrganizationAutoPrunePolicyParams { orgname :
            String::from("orgname ü?#%2F"), policy_uuid :
            String::from("policy_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationAutoPrunePolicy"
        );
    }
    {
        let result = client
            .get_organization_collaborators(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationCollaborators"));
        assert_eq!(
            answer, quay_client::types::OrganizationCollaboratorList { collaborators :
            vec![quay_client::types::OrganizationCollaborator { kind :
            quay_client::types::OrganizationCollaboratorKind::User, name :
            String::from("name ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, repositories : vec![String::from("repositories ü/?&=#")], }], },
            "{}: the typed answer", "getOrganizationCollaborators"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationCollaborators"
        );
        assert_eq!(seen[0].0, "getOrganizationCollaborators");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationCollaboratorsParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "getOrganizationCollaborators"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationCollaborators"
        );
    }
    {
        let result = client
            .export_org_logs(
                String::from("orgname ü?#%2F"),
                quay_client::types::ExportLogs {
                    callback_url: Some(String::from("callback_url ü/?&=#")),
                    callback_email: Some(String::from("callback_email ü/?&=#")),
                },
            )
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "exportOrgLogs"));
        assert_eq!(
            answer, quay_client::types::ExportLogsResult { export_id :
            String::from("export_id ü/?&=#"), }, "{}: the typed answer", "exportOrgLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "exportOrgLogs");
        assert_eq!(seen[0].0, "exportOrgLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ExportOrgLogsParams { orgname :
            String::from("orgname ü?#%2F"), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "exportOrgLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ExportLogs {
            callback_url : Some(String::from("callback_url ü/?&=#")), callback_email :
            Some(String::from("callback_email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "exportOrgLogs"
        );
    }
    {
        let result = client
            .list_org_logs(String::from("orgname ü?#%2F"))
            .next_page(String::from("next_page ü/?&=#"))
            .performer(String::from("performer ü/?&=#"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listOrgLogs"));
        assert_eq!(
            answer, quay_client::types::LogsPage { start_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            end_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), logs :
            vec![quay_client::types::LogEntry { kind : String::from("kind ü/?&=#"),
            metadata : serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")), datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            performer : Some(quay_client::types::LogEntryPerformer { kind :
            Some(quay_client::types::LogEntryPerformerKind::User), name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
            Some(quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), namespace :
            Some(quay_client::types::LogEntryNamespace { kind :
            Some(quay_client::types::LogEntryNamespaceKind::Org), name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), }], next_page :
            Some(String::from("next_page ü/?&=#")), }, "{}: the typed answer",
            "listOrgLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listOrgLogs");
        assert_eq!(seen[0].0, "listOrgLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListOrgLogsParams { orgname :
            String::from("orgname ü?#%2F"), next_page :
            Some(String::from("next_page ü/?&=#")), performer :
            Some(String::from("performer ü/?&=#")), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "listOrgLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listOrgLogs"
        );
    }
    {
        let result = client
            .get_organization_members(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationMembers"));
        assert_eq!(
            answer, quay_client::types::OrganizationMemberList { members :
            vec![quay_client::types::OrganizationMember { name :
            String::from("name ü/?&=#"), kind :
            quay_client::types::OrganizationMemberKind::User, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, teams :
            vec![quay_client::types::OrganizationMemberTeamsItem { name :
            String::from("name ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, }], repositories : vec![String::from("repositories ü/?&=#")], }], },
            "{}: the typed answer", "getOrganizationMembers"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationMembers"
        );
        assert_eq!(seen[0].0, "getOrganizationMembers");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationMembersParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "getOrganizationMembers"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationMembers"
        );
    }
    {
        let result = client
            .get_organization_member(
                String::from("orgname ü?#%2F"),
                String::from("membername ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationMember"));
        assert_eq!(
            answer, quay_client::types::OrganizationMember { name :
            String::from("name ü/?&=#"), kind :
            quay_client::types::OrganizationMemberKind::User, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, teams :
            vec![quay_client::types::OrganizationMemberTeamsItem { name :
            String::from("name ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, }], repositories : vec![String::from("repositories ü/?&=#")], },
            "{}: the typed answer", "getOrganizationMember"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationMember"
        );
        assert_eq!(seen[0].0, "getOrganizationMember");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationMemberParams { orgname
            : String::from("orgname ü?#%2F"), membername :
            String::from("membername ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationMember"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationMember"
        );
    }
    {
        let result = client
            .remove_organization_member(
                String::from("orgname ü?#%2F"),
                String::from("membername ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "removeOrganizationMember"));
        assert_eq!(answer, (), "{}: the typed answer", "removeOrganizationMember");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "removeOrganizationMember"
        );
        assert_eq!(seen[0].0, "removeOrganizationMember");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RemoveOrganizationMemberParams {
            orgname : String::from("orgname ü?#%2F"), membername :
            String::from("membername ü?#%2F"), }), "{}: parameters arrive intact",
            "removeOrganizationMember"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "removeOrganizationMember"
        );
    }
    {
        let result = client
            .get_organization_prototype_permissions(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| {
                panic!("{}: {e}", "getOrganizationPrototypePermissions")
            });
        assert_eq!(
            answer, quay_client::types::PrototypeList { prototypes :
            vec![quay_client::types::Prototype { id : String::from("id ü/?&=#"), role :
            quay_client::types::PrototypeRole::Read, activating_user :
            Some(quay_client::types::PrototypeActivatingUser { name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), kind :
            Some(quay_client::types::PrototypeActivatingUserKind::User), is_org_member :
            Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }), delegate : quay_client::types::PrototypeDelegate { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::PrototypeDelegateKind::User), is_robot : Some(true),
            is_org_member : Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }, }], }, "{}: the typed answer", "getOrganizationPrototypePermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "getOrganizationPrototypePermissions"
        );
        assert_eq!(seen[0].0, "getOrganizationPrototypePermissions");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::GetOrganizationPrototypePermissionsParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationPrototypePermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationPrototypePermissions"
        );
    }
    {
        let result = client
            .create_organization_prototype_permission(
                String::from("orgname ü?#%2F"),
                quay_client::types::NewPrototype {
                    role: quay_client::types::NewPrototypeRole::Read,
                    activating_user: Some(quay_client::types::NewPrototypeActivatingUser {
                        name: String::from("name ü/?&=#"),
                    }),
                    delegate: quay_client::types::NewPrototypeDelegate {
                        name: String::from("name ü/?&=#"),
                        kind: quay_client::types::NewPrototypeDelegateKind::User,
                    },
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| {
                panic!("{}: {e}", "createOrganizationPrototypePermission")
            });
        assert_eq!(
            answer, quay_client::types::Prototype { id : String::from("id ü/?&=#"), role
            : quay_client::types::PrototypeRole::Read, activating_user :
            Some(quay_client::types::PrototypeActivatingUser { name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), kind :
            Some(quay_client::types::PrototypeActivatingUserKind::User), is_org_member :
            Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }), delegate : quay_client::types::PrototypeDelegate { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::PrototypeDelegateKind::User), is_robot : Some(true),
            is_org_member : Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }, }, "{}: the typed answer", "createOrganizationPrototypePermission"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "createOrganizationPrototypePermission"
        );
        assert_eq!(seen[0].0, "createOrganizationPrototypePermission");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::CreateOrganizationPrototypePermissionParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "createOrganizationPrototypePermission"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewPrototype { role :
            quay_server::types::NewPrototypeRole::Read, activating_user :
            Some(quay_server::types::NewPrototypeActivatingUser { name :
            String::from("name ü/?&=#"), }), delegate :
            quay_server::types::NewPrototypeDelegate { name :
            String::from("name ü/?&=#"), kind :
            quay_server::types::NewPrototypeDelegateKind::User, }, }).expect("encodes"),
            "{}: the body arrives intact", "createOrganizationPrototypePermission"
        );
    }
    {
        let result = client
            .update_organization_prototype_permission(
                String::from("orgname ü?#%2F"),
                String::from("prototypeid ü?#%2F"),
                quay_client::types::PrototypeUpdate {
                    role: quay_client::types::PrototypeUpdateRole::Read,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| {
                panic!("{}: {e}", "updateOrganizationPrototypePermission")
            });
        assert_eq!(
            answer, quay_client::types::Prototype { id : String::from("id ü/?&=#"), role
            : quay_client::types::PrototypeRole::Read, activating_user :
            Some(quay_client::types::PrototypeActivatingUser { name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), kind :
            Some(quay_client::types::PrototypeActivatingUserKind::User), is_org_member :
            Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }), delegate : quay_client::types::PrototypeDelegate { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::PrototypeDelegateKind::User), is_robot : Some(true),
            is_org_member : Some(true), avatar : Some(quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }), }, }, "{}: the typed answer", "updateOrganizationPrototypePermission"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "updateOrganizationPrototypePermission"
        );
        assert_eq!(seen[0].0, "updateOrganizationPrototypePermission");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::UpdateOrganizationPrototypePermissionParams { orgname :
            String::from("orgname ü?#%2F"), prototypeid :
            String::from("prototypeid ü?#%2F"), }), "{}: parameters arrive intact",
            "updateOrganizationPrototypePermission"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::PrototypeUpdate { role
            : quay_server::types::PrototypeUpdateRole::Read, }).expect("encodes"),
            "{}: the body arrives intact", "updateOrganizationPrototypePermission"
        );
    }
    {
        let result = client
            .delete_organization_prototype_permission(
                String::from("orgname ü?#%2F"),
                String::from("prototypeid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| {
                panic!("{}: {e}", "deleteOrganizationPrototypePermission")
            });
        assert_eq!(
            answer, (), "{}: the typed answer", "deleteOrganizationPrototypePermission"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "deleteOrganizationPrototypePermission"
        );
        assert_eq!(seen[0].0, "deleteOrganizationPrototypePermission");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::DeleteOrganizationPrototypePermissionParams { orgname :
            String::from("orgname ü?#%2F"), prototypeid :
            String::from("prototypeid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationPrototypePermission"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationPrototypePermission"
        );
    }
    {
        let result = client
            .get_proxy_cache_config(String::from("orgname ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getProxyCacheConfig"));
        assert_eq!(
            answer, quay_client::types::ProxyCacheConfig { upstream_registry :
            String::from("upstream_registry ü/?&=#"), expiration_s :
            quay_client::types::ProxyCacheConfigExpirationS::Integer(1_700_000_000i64),
            insecure : quay_client::types::ProxyCacheConfigInsecure::Boolean(true), },
            "{}: the typed answer", "getProxyCacheConfig"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getProxyCacheConfig");
        assert_eq!(seen[0].0, "getProxyCacheConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetProxyCacheConfigParams { orgname :
            String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "getProxyCacheConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getProxyCacheConfig"
        );
    }
    {
        let result = client
            .create_proxy_cache_config(
                String::from("orgname ü?#%2F"),
                quay_client::types::NewProxyCacheConfig {
                    upstream_registry: String::from("upstream_registry ü/?&=#"),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createProxyCacheConfig"));
        assert_eq!(
            answer, quay_client::types::CreateProxyCacheConfigResponse::Created,
            "{}: the typed answer", "createProxyCacheConfig"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createProxyCacheConfig"
        );
        assert_eq!(seen[0].0, "createProxyCacheConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateProxyCacheConfigParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "createProxyCacheConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewProxyCacheConfig {
            upstream_registry : String::from("upstream_registry ü/?&=#"), })
            .expect("encodes"), "{}: the body arrives intact", "createProxyCacheConfig"
        );
    }
    {
        let result = client
            .delete_proxy_cache_config(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteProxyCacheConfig"));
        assert_eq!(
            answer, quay_client::types::DeleteProxyCacheConfigResponse::Deleted,
            "{}: the typed answer", "deleteProxyCacheConfig"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteProxyCacheConfig"
        );
        assert_eq!(seen[0].0, "deleteProxyCacheConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteProxyCacheConfigParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "deleteProxyCacheConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteProxyCacheConfig"
        );
    }
    {
        let result = client
            .list_organization_quota(String::from("orgname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listOrganizationQuota"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }],
            "{}: the typed answer", "listOrganizationQuota"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listOrganizationQuota"
        );
        assert_eq!(seen[0].0, "listOrganizationQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListOrganizationQuotaParams { orgname
            : String::from("orgname ü?#%2F"), }), "{}: parameters arrive intact",
            "listOrganizationQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listOrganizationQuota"
        );
    }
    {
        let result = client
            .create_organization_quota(
                String::from("orgname ü?#%2F"),
                quay_client::types::NewOrgQuota {
                    limit_bytes: 1_700_000_000i64,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createOrganizationQuota"));
        assert_eq!(
            answer, quay_client::types::CreateOrganizationQuotaResponse::Created,
            "{}: the typed answer", "createOrganizationQuota"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createOrganizationQuota"
        );
        assert_eq!(seen[0].0, "createOrganizationQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateOrganizationQuotaParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "createOrganizationQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewOrgQuota {
            limit_bytes : 1_700_000_000i64, }).expect("encodes"),
            "{}: the body arrives intact", "createOrganizationQuota"
        );
    }
    {
        let result = client
            .get_organization_quota(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationQuota"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "getOrganizationQuota"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getOrganizationQuota");
        assert_eq!(seen[0].0, "getOrganizationQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationQuotaParams { orgname
            : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationQuota"
        );
    }
    {
        let result = client
            .change_organization_quota(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                quay_client::types::UpdateOrgQuota {
                    limit_bytes: Some(1_700_000_000i64),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeOrganizationQuota"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "changeOrganizationQuota"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeOrganizationQuota"
        );
        assert_eq!(seen[0].0, "changeOrganizationQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeOrganizationQuotaParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "changeOrganizationQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateOrgQuota {
            limit_bytes : Some(1_700_000_000i64), }).expect("encodes"),
            "{}: the body arrives intact", "changeOrganizationQuota"
        );
    }
    {
        let result = client
            .delete_organization_quota(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationQuota"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganizationQuota");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteOrganizationQuota"
        );
        assert_eq!(seen[0].0, "deleteOrganizationQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationQuotaParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationQuota"
        );
    }
    {
        let result = client
            .list_organization_quota_limit(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listOrganizationQuotaLimit"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], "{}: the typed answer", "listOrganizationQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listOrganizationQuotaLimit"
        );
        assert_eq!(seen[0].0, "listOrganizationQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListOrganizationQuotaLimitParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "listOrganizationQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listOrganizationQuotaLimit"
        );
    }
    {
        let result = client
            .create_organization_quota_limit(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                quay_client::types::NewOrgQuotaLimit {
                    type_: String::from("type ü/?&=#"),
                    threshold_percent: 1700000000i64,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createOrganizationQuotaLimit"));
        assert_eq!(
            answer, quay_client::types::CreateOrganizationQuotaLimitResponse::Created,
            "{}: the typed answer", "createOrganizationQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createOrganizationQuotaLimit"
        );
        assert_eq!(seen[0].0, "createOrganizationQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateOrganizationQuotaLimitParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "createOrganizationQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewOrgQuotaLimit {
            type_ : String::from("type ü/?&=#"), threshold_percent : 1700000000i64, })
            .expect("encodes"), "{}: the body arrives intact",
            "createOrganizationQuotaLimit"
        );
    }
    {
        let result = client
            .get_organization_quota_limit(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                String::from("limit_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationQuotaLimit"));
        assert_eq!(
            answer, quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }, "{}: the typed answer", "getOrganizationQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationQuotaLimit"
        );
        assert_eq!(seen[0].0, "getOrganizationQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationQuotaLimitParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), limit_id :
            String::from("limit_id ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationQuotaLimit"
        );
    }
    {
        let result = client
            .change_organization_quota_limit(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                String::from("limit_id ü?#%2F"),
                quay_client::types::UpdateOrgQuotaLimit {
                    type_: Some(String::from("type ü/?&=#")),
                    threshold_percent: Some(1700000000i64),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeOrganizationQuotaLimit"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "changeOrganizationQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeOrganizationQuotaLimit"
        );
        assert_eq!(seen[0].0, "changeOrganizationQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeOrganizationQuotaLimitParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), limit_id :
            String::from("limit_id ü?#%2F"), }), "{}: parameters arrive intact",
            "changeOrganizationQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateOrgQuotaLimit {
            type_ : Some(String::from("type ü/?&=#")), threshold_percent :
            Some(1700000000i64), }).expect("encodes"), "{}: the body arrives intact",
            "changeOrganizationQuotaLimit"
        );
    }
    {
        let result = client
            .delete_organization_quota_limit(
                String::from("orgname ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                String::from("limit_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationQuotaLimit"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganizationQuotaLimit");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteOrganizationQuotaLimit"
        );
        assert_eq!(seen[0].0, "deleteOrganizationQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationQuotaLimitParams {
            orgname : String::from("orgname ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), limit_id :
            String::from("limit_id ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationQuotaLimit"
        );
    }
    {
        let result = client
            .get_org_robots(String::from("orgname ü?#%2F"))
            .limit(1_700_000_000i64)
            .token(true)
            .permissions(true)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getOrgRobots"));
        assert_eq!(
            answer, quay_client::types::RobotList { robots :
            vec![quay_client::types::RobotListItem { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token : Some(None),
            teams : Some(vec![quay_client::types::RobotListItemTeamsItem { name : None,
            avatar : None, }]), repositories :
            Some(vec![String::from("repositories ü/?&=#")]), }], },
            "{}: the typed answer", "getOrgRobots"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getOrgRobots");
        assert_eq!(seen[0].0, "getOrgRobots");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrgRobotsParams { orgname :
            String::from("orgname ü?#%2F"), limit : Some(1_700_000_000i64), token :
            Some(true), permissions : Some(true), }), "{}: parameters arrive intact",
            "getOrgRobots"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrgRobots"
        );
    }
    {
        let result = client
            .get_org_robot(
                String::from("orgname ü?#%2F"),
                String::from("robot_shortname ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getOrgRobot"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "getOrgRobot"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getOrgRobot");
        assert_eq!(seen[0].0, "getOrgRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrgRobotParams { orgname :
            String::from("orgname ü?#%2F"), robot_shortname :
            String::from("robot_shortname ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrgRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrgRobot"
        );
    }
    {
        let result = client
            .create_org_robot(
                String::from("orgname ü?#%2F"),
                String::from("robot_shortname ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createOrgRobot"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "createOrgRobot"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createOrgRobot");
        assert_eq!(seen[0].0, "createOrgRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateOrgRobotParams { orgname :
            String::from("orgname ü?#%2F"), robot_shortname :
            String::from("robot_shortname ü?#%2F"), }), "{}: parameters arrive intact",
            "createOrgRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "createOrgRobot"
        );
    }
    {
        let result = client
            .delete_org_robot(
                String::from("orgname ü?#%2F"),
                String::from("robot_shortname ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteOrgRobot"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrgRobot");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteOrgRobot");
        assert_eq!(seen[0].0, "deleteOrgRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrgRobotParams { orgname :
            String::from("orgname ü?#%2F"), robot_shortname :
            String::from("robot_shortname ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrgRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrgRobot"
        );
    }
    {
        let result = client
            .get_org_robot_permissions(
                String::from("orgname ü?#%2F"),
                String::from("robot_shortname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrgRobotPermissions"));
        assert_eq!(
            answer, quay_client::types::RobotPermissionList { permissions :
            vec![quay_client::types::RobotPermission { repository :
            quay_client::types::RobotPermissionRepository { name :
            Some(String::from("name ü/?&=#")), is_public : Some(true), }, role :
            quay_client::types::RobotPermissionRole::Read, }], }, "{}: the typed answer",
            "getOrgRobotPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrgRobotPermissions"
        );
        assert_eq!(seen[0].0, "getOrgRobotPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrgRobotPermissionsParams {
            orgname : String::from("orgname ü?#%2F"), robot_shortname :
            String::from("robot_shortname ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrgRobotPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrgRobotPermissions"
        );
    }
    {
        let result = client
            .regenerate_org_robot_token(
                String::from("orgname ü?#%2F"),
                String::from("robot_shortname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "regenerateOrgRobotToken"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "regenerateOrgRobotToken"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "regenerateOrgRobotToken"
        );
        assert_eq!(seen[0].0, "regenerateOrgRobotToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RegenerateOrgRobotTokenParams {
            orgname : String::from("orgname ü?#%2F"), robot_shortname :
            String::from("robot_shortname ü?#%2F"), }), "{}: parameters arrive intact",
            "regenerateOrgRobotToken"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "regenerateOrgRobotToken"
        );
    }
    {
        let result = client
            .update_organization_team(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                quay_client::types::TeamDescription {
                    role: quay_client::types::TeamDescriptionRole::Member,
                    description: Some(String::from("description ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "updateOrganizationTeam"));
        assert_eq!(
            answer, quay_client::types::Team { name : String::from("name ü/?&=#"),
            description : Some(String::from("description ü/?&=#")), can_view : true,
            role : quay_client::types::TeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, new_team : true, },
            "{}: the typed answer", "updateOrganizationTeam"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "updateOrganizationTeam"
        );
        assert_eq!(seen[0].0, "updateOrganizationTeam");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateOrganizationTeamParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "updateOrganizationTeam"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::TeamDescription { role
            : quay_server::types::TeamDescriptionRole::Member, description :
            Some(String::from("description ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "updateOrganizationTeam"
        );
    }
    {
        let result = client
            .delete_organization_team(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationTeam"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganizationTeam");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteOrganizationTeam"
        );
        assert_eq!(seen[0].0, "deleteOrganizationTeam");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationTeamParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationTeam"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationTeam"
        );
    }
    {
        let result = client
            .invite_team_member_email(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                String::from("email ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "inviteTeamMemberEmail"));
        assert_eq!(
            answer, quay_client::types::TeamMember { name :
            Some(String::from("name ü/?&=#")), email :
            Some(String::from("email ü/?&=#")), kind :
            quay_client::types::TeamMemberKind::User, is_robot : Some(true), avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, invited : true, },
            "{}: the typed answer", "inviteTeamMemberEmail"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "inviteTeamMemberEmail"
        );
        assert_eq!(seen[0].0, "inviteTeamMemberEmail");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::InviteTeamMemberEmailParams { orgname
            : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), email : String::from("email ü?#%2F"), }),
            "{}: parameters arrive intact", "inviteTeamMemberEmail"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "inviteTeamMemberEmail"
        );
    }
    {
        let result = client
            .delete_team_member_email_invite(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                String::from("email ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteTeamMemberEmailInvite"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteTeamMemberEmailInvite");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteTeamMemberEmailInvite"
        );
        assert_eq!(seen[0].0, "deleteTeamMemberEmailInvite");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteTeamMemberEmailInviteParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), email : String::from("email ü?#%2F"), }),
            "{}: parameters arrive intact", "deleteTeamMemberEmailInvite"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteTeamMemberEmailInvite"
        );
    }
    {
        let result = client
            .get_organization_team_members(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
            )
            .include_pending(true)
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationTeamMembers"));
        assert_eq!(
            answer, quay_client::types::TeamMemberList { name :
            String::from("name ü/?&=#"), members : vec![quay_client::types::TeamMember {
            name : Some(String::from("name ü/?&=#")), email :
            Some(String::from("email ü/?&=#")), kind :
            quay_client::types::TeamMemberKind::User, is_robot : Some(true), avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, invited : true, }], can_edit : true,
            can_sync : Some(quay_client::types::TeamMemberListCanSync { service :
            Some(String::from("service ü/?&=#")), base_dn :
            Some(String::from("base_dn ü/?&=#")), }), synced :
            Some(quay_client::types::TeamMemberListSynced { service :
            Some(String::from("service ü/?&=#")), last_updated : Some(None), config :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), }), }, "{}: the typed answer",
            "getOrganizationTeamMembers"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getOrganizationTeamMembers"
        );
        assert_eq!(seen[0].0, "getOrganizationTeamMembers");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationTeamMembersParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), include_pending : Some(true), }),
            "{}: parameters arrive intact", "getOrganizationTeamMembers"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationTeamMembers"
        );
    }
    {
        let result = client
            .update_organization_team_member(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                String::from("membername ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "updateOrganizationTeamMember"));
        assert_eq!(
            answer, quay_client::types::TeamMember { name :
            Some(String::from("name ü/?&=#")), email :
            Some(String::from("email ü/?&=#")), kind :
            quay_client::types::TeamMemberKind::User, is_robot : Some(true), avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, invited : true, },
            "{}: the typed answer", "updateOrganizationTeamMember"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "updateOrganizationTeamMember"
        );
        assert_eq!(seen[0].0, "updateOrganizationTeamMember");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateOrganizationTeamMemberParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), membername :
            String::from("membername ü?#%2F"), }), "{}: parameters arrive intact",
            "updateOrganizationTeamMember"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "updateOrganizationTeamMember"
        );
    }
    {
        let result = client
            .delete_organization_team_member(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                String::from("membername ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationTeamMember"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganizationTeamMember");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteOrganizationTeamMember"
        );
        assert_eq!(seen[0].0, "deleteOrganizationTeamMember");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationTeamMemberParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), membername :
            String::from("membername ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationTeamMember"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationTeamMember"
        );
    }
    {
        let result = client
            .get_organization_team_permissions(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getOrganizationTeamPermissions"));
        assert_eq!(
            answer, quay_client::types::TeamRepositoryPermissionList { permissions :
            vec![quay_client::types::TeamRepositoryPermission { repository :
            quay_client::types::TeamRepositoryPermissionRepository { name :
            String::from("name ü/?&=#"), is_public : true, }, role :
            quay_client::types::TeamRepositoryPermissionRole::Read, }], },
            "{}: the typed answer", "getOrganizationTeamPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "getOrganizationTeamPermissions"
        );
        assert_eq!(seen[0].0, "getOrganizationTeamPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetOrganizationTeamPermissionsParams
            { orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "getOrganizationTeamPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getOrganizationTeamPermissions"
        );
    }
    {
        let result = client
            .enable_organization_team_sync(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
                quay_client::types::TeamSyncConfig {
                    group_dn: Some(String::from("group_dn ü/?&=#")),
                    group_id: Some(String::from("group_id ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "enableOrganizationTeamSync"));
        assert_eq!(
            answer, quay_client::types::Team { name : String::from("name ü/?&=#"),
            description : Some(String::from("description ü/?&=#")), can_view : true,
            role : quay_client::types::TeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, new_team : true, },
            "{}: the typed answer", "enableOrganizationTeamSync"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "enableOrganizationTeamSync"
        );
        assert_eq!(seen[0].0, "enableOrganizationTeamSync");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::EnableOrganizationTeamSyncParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "enableOrganizationTeamSync"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::TeamSyncConfig {
            group_dn : Some(String::from("group_dn ü/?&=#")), group_id :
            Some(String::from("group_id ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "enableOrganizationTeamSync"
        );
    }
    {
        let result = client
            .disable_organization_team_sync(
                String::from("orgname ü?#%2F"),
                String::from("teamname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "disableOrganizationTeamSync"));
        assert_eq!(
            answer, quay_client::types::Team { name : String::from("name ü/?&=#"),
            description : Some(String::from("description ü/?&=#")), can_view : true,
            role : quay_client::types::TeamRole::Member, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, new_team : true, },
            "{}: the typed answer", "disableOrganizationTeamSync"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "disableOrganizationTeamSync"
        );
        assert_eq!(seen[0].0, "disableOrganizationTeamSync");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DisableOrganizationTeamSyncParams {
            orgname : String::from("orgname ü?#%2F"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "disableOrganizationTeamSync"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "disableOrganizationTeamSync"
        );
    }
    {
        let result = client
            .validate_proxy_cache_config(
                String::from("orgname ü?#%2F"),
                quay_client::types::NewProxyCacheConfig {
                    upstream_registry: String::from("upstream_registry ü/?&=#"),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "validateProxyCacheConfig"));
        assert_eq!(
            answer, quay_client::types::ValidateProxyCacheConfigResponse::Valid,
            "{}: the typed answer", "validateProxyCacheConfig"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "validateProxyCacheConfig"
        );
        assert_eq!(seen[0].0, "validateProxyCacheConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ValidateProxyCacheConfigParams {
            orgname : String::from("orgname ü?#%2F"), }),
            "{}: parameters arrive intact", "validateProxyCacheConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewProxyCacheConfig {
            upstream_registry : String::from("upstream_registry ü/?&=#"), })
            .expect("encodes"), "{}: the body arrives intact", "validateProxyCacheConfig"
        );
    }
    {
        let result = client
            .list_repos()
            .next_page(String::from("next_page ü/?&=#"))
            .repo_kind(quay_client::types::ListReposRepoKind::Image)
            .popularity(true)
            .last_modified(true)
            .public(true)
            .starred(true)
            .namespace(String::from("namespace ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listRepos"));
        assert_eq!(
            answer, quay_client::types::RepositoryList { repositories :
            vec![quay_client::types::RepositoryListItem { namespace :
            String::from("namespace ü/?&=#"), name : String::from("name ü/?&=#"),
            description : Some(String::from("description ü/?&=#")), is_public : true,
            kind : quay_client::types::RepositoryListItemKind::Image, state :
            Some(quay_client::types::RepositoryListItemState::Normal), quota :
            Some(None), last_modified : Some(None), popularity : Some(2.25f64),
            is_starred : Some(true), quota_report :
            Some(quay_client::types::RepositoryListItemQuotaReport { quota_bytes :
            Some(1_700_000_000i64), configured_quota : Some(None), }), }], next_page :
            Some(String::from("next_page ü/?&=#")), }, "{}: the typed answer",
            "listRepos"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listRepos");
        assert_eq!(seen[0].0, "listRepos");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListReposParams { next_page :
            Some(String::from("next_page ü/?&=#")), repo_kind :
            Some(quay_server::types::ListReposRepoKind::Image), popularity : Some(true),
            last_modified : Some(true), public : Some(true), starred : Some(true),
            namespace : Some(String::from("namespace ü/?&=#")), }),
            "{}: parameters arrive intact", "listRepos"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepos"
        );
    }
    {
        let result = client
            .create_repo(quay_client::types::NewRepo {
                repository: String::from("repository ü/?&=#"),
                visibility: quay_client::types::NewRepoVisibility::Public,
                namespace: Some(String::from("namespace ü/?&=#")),
                description: String::from("description ü/?&=#"),
                repo_kind: Some(None),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createRepo"));
        assert_eq!(
            answer, quay_client::types::CreatedRepository { namespace :
            String::from("namespace ü/?&=#"), name : String::from("name ü/?&=#"), kind
            : quay_client::types::CreatedRepositoryKind::Image, },
            "{}: the typed answer", "createRepo"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createRepo");
        assert_eq!(seen[0].0, "createRepo");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "createRepo"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewRepo { repository :
            String::from("repository ü/?&=#"), visibility :
            quay_server::types::NewRepoVisibility::Public, namespace :
            Some(String::from("namespace ü/?&=#")), description :
            String::from("description ü/?&=#"), repo_kind : Some(None), })
            .expect("encodes"), "{}: the body arrives intact", "createRepo"
        );
    }
    {
        let result = client
            .get_repo(String::from("ns-repository x/name ü"))
            .include_tags(true)
            .include_stats(true)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepo"));
        assert_eq!(
            answer, quay_client::types::Repository { namespace :
            String::from("namespace ü/?&=#"), name : String::from("name ü/?&=#"), kind
            : quay_client::types::RepositoryKind::Image, description :
            Some(String::from("description ü/?&=#")), is_public : true, is_organization
            : true, is_starred : true, status_token :
            Some(String::from("status_token ü/?&=#")), trust_enabled : Some(true),
            tag_expiration_s : Some(1_700_000_000i64), is_free_account : true, state :
            Some(quay_client::types::RepositoryState::Normal), can_write : true,
            can_admin : true, tags :
            Some(std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::RepositoryTagSummary { name :
            String::from("name ü/?&=#"), size : Some(None), last_modified :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            expiration :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            manifest_digest : Some(String::from("manifest_digest ü/?&=#")), image_id :
            Some(None), })])), stats : Some(vec![quay_client::types::RepositoryStatsItem
            { date : Some(quay_client::types::Date::from("2021-12-13")), count :
            Some(1_700_000_000i64), }]), channels :
            Some(vec![quay_client::types::RepositoryChannelsItem { name :
            Some(String::from("name ü/?&=#")), release :
            Some(String::from("release ü/?&=#")), last_modified :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            }]), releases : Some(vec![quay_client::types::RepositoryReleasesItem { name :
            Some(String::from("name ü/?&=#")), last_modified :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            channels : Some(vec![String::from("channels ü/?&=#")]), }]), },
            "{}: the typed answer", "getRepo"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepo");
        assert_eq!(seen[0].0, "getRepo");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoParams { repository :
            String::from("ns-repository x/name ü"), include_tags : Some(true),
            include_stats : Some(true), }), "{}: parameters arrive intact", "getRepo"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact", "getRepo"
        );
    }
    {
        let result = client
            .update_repo(
                String::from("ns-repository x/name ü"),
                quay_client::types::RepoUpdate {
                    description: String::from("description ü/?&=#"),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "updateRepo"));
        assert_eq!(
            answer, quay_client::types::RepoSuccess { success : true, },
            "{}: the typed answer", "updateRepo"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "updateRepo");
        assert_eq!(seen[0].0, "updateRepo");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateRepoParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "updateRepo"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::RepoUpdate {
            description : String::from("description ü/?&=#"), }).expect("encodes"),
            "{}: the body arrives intact", "updateRepo"
        );
    }
    {
        let result = client
            .delete_repository(String::from("ns-repository x/name ü"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteRepository"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteRepository");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteRepository");
        assert_eq!(seen[0].0, "deleteRepository");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteRepositoryParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "deleteRepository"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteRepository"
        );
    }
    {
        let result = client
            .get_aggregate_repo_logs(String::from("ns-repository x/name ü"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getAggregateRepoLogs"));
        assert_eq!(
            answer, quay_client::types::AggregatedLogs { aggregated :
            vec![quay_client::types::AggregatedLogsAggregatedItem { kind :
            String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), }], },
            "{}: the typed answer", "getAggregateRepoLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getAggregateRepoLogs");
        assert_eq!(seen[0].0, "getAggregateRepoLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetAggregateRepoLogsParams {
            repository : String::from("ns-repository x/name ü"), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "getAggregateRepoLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getAggregateRepoLogs"
        );
    }
    {
        let result = client
            .get_repo_builds(String::from("ns-repository x/name ü"))
            .since(1_700_000_000i64)
            .limit(1_700_000_000i64)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuilds"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuildList { builds :
            vec![quay_client::types::RepositoryBuild { id : String::from("id ü/?&=#"),
            phase : quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), }], },
            "{}: the typed answer", "getRepoBuilds"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoBuilds");
        assert_eq!(seen[0].0, "getRepoBuilds");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildsParams { repository :
            String::from("ns-repository x/name ü"), since : Some(1_700_000_000i64),
            limit : Some(1_700_000_000i64), }), "{}: parameters arrive intact",
            "getRepoBuilds"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuilds"
        );
    }
    {
        let result = client
            .request_repo_build(
                String::from("ns-repository x/name ü"),
                quay_client::types::RepositoryBuildRequest {
                    file_id: Some(String::from("file_id ü/?&=#")),
                    archive_url: Some(String::from("archive_url ü/?&=#")),
                    subdirectory: Some(String::from("subdirectory ü/?&=#")),
                    dockerfile_path: Some(String::from("dockerfile_path ü/?&=#")),
                    context: Some(String::from("context ü/?&=#")),
                    pull_robot: Some(String::from("pull_robot ü/?&=#")),
                    docker_tags: Some(vec![String::from("docker_tags ü/?&=#")]),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "requestRepoBuild"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "requestRepoBuild"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "requestRepoBuild");
        assert_eq!(seen[0].0, "requestRepoBuild");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RequestRepoBuildParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "requestRepoBuild"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::RepositoryBuildRequest
            { file_id : Some(String::from("file_id ü/?&=#")), archive_url :
            Some(String::from("archive_url ü/?&=#")), subdirectory :
            Some(String::from("subdirectory ü/?&=#")), dockerfile_path :
            Some(String::from("dockerfile_path ü/?&=#")), context :
            Some(String::from("context ü/?&=#")), pull_robot :
            Some(String::from("pull_robot ü/?&=#")), docker_tags :
            Some(vec![String::from("docker_tags ü/?&=#")]), }).expect("encodes"),
            "{}: the body arrives intact", "requestRepoBuild"
        );
    }
    {
        let result = client
            .get_repo_build(
                String::from("ns-repository x/name ü"),
                String::from("build_uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuild"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuild"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoBuild");
        assert_eq!(seen[0].0, "getRepoBuild");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildParams { repository :
            String::from("ns-repository x/name ü"), build_uuid :
            String::from("build_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getRepoBuild"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuild"
        );
    }
    {
        let result = client
            .cancel_repo_build(
                String::from("ns-repository x/name ü"),
                String::from("build_uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "cancelRepoBuild"));
        assert_eq!(
            answer, quay_client::types::CancelRepoBuildResponse::Okay,
            "{}: the typed answer", "cancelRepoBuild"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "cancelRepoBuild");
        assert_eq!(seen[0].0, "cancelRepoBuild");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CancelRepoBuildParams { repository :
            String::from("ns-repository x/name ü"), build_uuid :
            String::from("build_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "cancelRepoBuild"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "cancelRepoBuild"
        );
    }
    {
        let result = client
            .get_repo_build_logs(
                String::from("ns-repository x/name ü"),
                String::from("build_uuid ü?#%2F"),
            )
            .start(1_700_000_000i64)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuildLogs"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuildLogs { start :
            Some(1_700_000_000i64), total : Some(1_700_000_000i64), logs :
            Some(vec![serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()]), logs_url : Some(String::from("logs_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuildLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoBuildLogs");
        assert_eq!(seen[0].0, "getRepoBuildLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildLogsParams { repository :
            String::from("ns-repository x/name ü"), build_uuid :
            String::from("build_uuid ü?#%2F"), start : Some(1_700_000_000i64), }),
            "{}: parameters arrive intact", "getRepoBuildLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuildLogs"
        );
    }
    {
        let result = client
            .get_repo_build_status(
                String::from("ns-repository x/name ü"),
                String::from("build_uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuildStatus"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuildStatus"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoBuildStatus");
        assert_eq!(seen[0].0, "getRepoBuildStatus");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildStatusParams { repository
            : String::from("ns-repository x/name ü"), build_uuid :
            String::from("build_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getRepoBuildStatus"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuildStatus"
        );
    }
    {
        let result = client
            .change_repo_state(
                String::from("ns-repository x/name ü"),
                quay_client::types::ChangeRepoState {
                    state: quay_client::types::ChangeRepoStateState::Normal,
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "changeRepoState"));
        assert_eq!(
            answer, quay_client::types::RepoSuccess { success : true, },
            "{}: the typed answer", "changeRepoState"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "changeRepoState");
        assert_eq!(seen[0].0, "changeRepoState");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeRepoStateParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "changeRepoState"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ChangeRepoState { state
            : quay_server::types::ChangeRepoStateState::Normal, }).expect("encodes"),
            "{}: the body arrives intact", "changeRepoState"
        );
    }
    {
        let result = client
            .change_repo_visibility(
                String::from("ns-repository x/name ü"),
                quay_client::types::ChangeVisibility {
                    visibility: quay_client::types::ChangeVisibilityVisibility::Public,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeRepoVisibility"));
        assert_eq!(
            answer, quay_client::types::RepoSuccess { success : true, },
            "{}: the typed answer", "changeRepoVisibility"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "changeRepoVisibility");
        assert_eq!(seen[0].0, "changeRepoVisibility");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeRepoVisibilityParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "changeRepoVisibility"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ChangeVisibility {
            visibility : quay_server::types::ChangeVisibilityVisibility::Public, })
            .expect("encodes"), "{}: the body arrives intact", "changeRepoVisibility"
        );
    }
    {
        let result = client
            .export_repo_logs(
                String::from("ns-repository x/name ü"),
                quay_client::types::ExportLogs {
                    callback_url: Some(String::from("callback_url ü/?&=#")),
                    callback_email: Some(String::from("callback_email ü/?&=#")),
                },
            )
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "exportRepoLogs"));
        assert_eq!(
            answer, quay_client::types::ExportLogsResult { export_id :
            String::from("export_id ü/?&=#"), }, "{}: the typed answer",
            "exportRepoLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "exportRepoLogs");
        assert_eq!(seen[0].0, "exportRepoLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ExportRepoLogsParams { repository :
            String::from("ns-repository x/name ü"), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "exportRepoLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ExportLogs {
            callback_url : Some(String::from("callback_url ü/?&=#")), callback_email :
            Some(String::from("callback_email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "exportRepoLogs"
        );
    }
    {
        let result = client
            .list_repo_logs(String::from("ns-repository x/name ü"))
            .next_page(String::from("next_page ü/?&=#"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listRepoLogs"));
        assert_eq!(
            answer, quay_client::types::LogsPage { start_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            end_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), logs :
            vec![quay_client::types::LogEntry { kind : String::from("kind ü/?&=#"),
            metadata : serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")), datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            performer : Some(quay_client::types::LogEntryPerformer { kind :
            Some(quay_client::types::LogEntryPerformerKind::User), name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
            Some(quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), namespace :
            Some(quay_client::types::LogEntryNamespace { kind :
            Some(quay_client::types::LogEntryNamespaceKind::Org), name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), }], next_page :
            Some(String::from("next_page ü/?&=#")), }, "{}: the typed answer",
            "listRepoLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listRepoLogs");
        assert_eq!(seen[0].0, "listRepoLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoLogsParams { repository :
            String::from("ns-repository x/name ü"), next_page :
            Some(String::from("next_page ü/?&=#")), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "listRepoLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoLogs"
        );
    }
    {
        let result = client
            .get_repo_manifest(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoManifest"));
        assert_eq!(
            answer, quay_client::types::RepoManifest { digest :
            String::from("digest ü/?&=#"), is_manifest_list : true, manifest_data :
            String::from("manifest_data ü/?&=#"), config_media_type :
            Some(String::from("config_media_type ü/?&=#")), layers :
            Some(vec![quay_client::types::ManifestLayer { index : Some(1_700_000_000i64),
            compressed_size : Some(None), is_remote : Some(true), urls : Some(None),
            command : Some(None), comment : Some(None), author : Some(None), blob_digest
            : Some(String::from("blob_digest ü/?&=#")), created_datetime : Some(None),
            }]), }, "{}: the typed answer", "getRepoManifest"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoManifest");
        assert_eq!(seen[0].0, "getRepoManifest");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoManifestParams { repository :
            String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), }), "{}: parameters arrive intact",
            "getRepoManifest"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoManifest"
        );
    }
    {
        let result = client
            .list_manifest_labels(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
            )
            .filter(String::from("filter ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listManifestLabels"));
        assert_eq!(
            answer, quay_client::types::ManifestLabelList { labels :
            vec![quay_client::types::ManifestLabel { id : String::from("id ü/?&=#"), key
            : String::from("key ü/?&=#"), value : String::from("value ü/?&=#"),
            source_type : String::from("source_type ü/?&=#"), media_type :
            String::from("media_type ü/?&=#"), }], }, "{}: the typed answer",
            "listManifestLabels"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listManifestLabels");
        assert_eq!(seen[0].0, "listManifestLabels");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListManifestLabelsParams { repository
            : String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), filter :
            Some(String::from("filter ü/?&=#")), }), "{}: parameters arrive intact",
            "listManifestLabels"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listManifestLabels"
        );
    }
    {
        let result = client
            .add_manifest_label(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
                quay_client::types::AddLabel {
                    key: String::from("key ü/?&=#"),
                    value: String::from("value ü/?&=#"),
                    media_type: Some(quay_client::types::AddLabelMediaType::TextPlain),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "addManifestLabel"));
        assert_eq!(
            answer, quay_client::types::AddedManifestLabel { label :
            quay_client::types::ManifestLabel { id : String::from("id ü/?&=#"), key :
            String::from("key ü/?&=#"), value : String::from("value ü/?&=#"),
            source_type : String::from("source_type ü/?&=#"), media_type :
            String::from("media_type ü/?&=#"), }, }, "{}: the typed answer",
            "addManifestLabel"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "addManifestLabel");
        assert_eq!(seen[0].0, "addManifestLabel");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::AddManifestLabelParams { repository :
            String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), }), "{}: parameters arrive intact",
            "addManifestLabel"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::AddLabel { key :
            String::from("key ü/?&=#"), value : String::from("value ü/?&=#"),
            media_type : Some(quay_server::types::AddLabelMediaType::TextPlain), })
            .expect("encodes"), "{}: the body arrives intact", "addManifestLabel"
        );
    }
    {
        let result = client
            .get_manifest_label(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
                String::from("labelid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getManifestLabel"));
        assert_eq!(
            answer, quay_client::types::ManifestLabel { id : String::from("id ü/?&=#"),
            key : String::from("key ü/?&=#"), value : String::from("value ü/?&=#"),
            source_type : String::from("source_type ü/?&=#"), media_type :
            String::from("media_type ü/?&=#"), }, "{}: the typed answer",
            "getManifestLabel"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getManifestLabel");
        assert_eq!(seen[0].0, "getManifestLabel");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetManifestLabelParams { repository :
            String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), labelid :
            String::from("labelid ü?#%2F"), }), "{}: parameters arrive intact",
            "getManifestLabel"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getManifestLabel"
        );
    }
    {
        let result = client
            .delete_manifest_label(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
                String::from("labelid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteManifestLabel"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteManifestLabel");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteManifestLabel");
        assert_eq!(seen[0].0, "deleteManifestLabel");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteManifestLabelParams {
            repository : String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), labelid :
            String::from("labelid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteManifestLabel"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteManifestLabel"
        );
    }
    {
        let result = client
            .get_repo_manifest_security(
                String::from("ns-repository x/name ü"),
                String::from("sha256:0123456789abcdef"),
            )
            .vulnerabilities(true)
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getRepoManifestSecurity"));
        assert_eq!(
            answer, quay_client::types::SecurityScanResult { status :
            quay_client::types::SecurityScanResultStatus::Scanned, data :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), }, "{}: the typed answer", "getRepoManifestSecurity"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getRepoManifestSecurity"
        );
        assert_eq!(seen[0].0, "getRepoManifestSecurity");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoManifestSecurityParams {
            repository : String::from("ns-repository x/name ü"), manifestref :
            String::from("sha256:0123456789abcdef"), vulnerabilities : Some(true), }),
            "{}: parameters arrive intact", "getRepoManifestSecurity"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoManifestSecurity"
        );
    }
    {
        let result = client
            .get_repo_mirror_config(String::from("ns-repository x/name ü"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoMirrorConfig"));
        assert_eq!(
            answer, quay_client::types::ViewMirrorConfig { is_enabled : true, mirror_type
            : quay_client::types::ViewMirrorConfigMirrorType::Pull, external_reference :
            String::from("external_reference ü/?&=#"), external_registry_username :
            Some(String::from("external_registry_username ü/?&=#")),
            external_registry_password : Some(None), external_registry_config :
            quay_client::types::MirrorExternalRegistryConfig { verify_tls : Some(true),
            unsigned_images : Some(true), proxy :
            Some(quay_client::types::MirrorExternalRegistryConfigProxy { https_proxy :
            Some(None), http_proxy : Some(None), no_proxy : Some(None), }), },
            sync_interval : 1700000000i64, sync_start_date :
            Some(String::from("sync_start_date ü/?&=#")), sync_expiration_date :
            Some(String::from("sync_expiration_date ü/?&=#")), sync_retries_remaining :
            1_700_000_000i64, sync_status : String::from("sync_status ü/?&=#"),
            root_rule : quay_client::types::MirrorRootRule { rule_kind :
            quay_client::types::MirrorRootRuleRuleKind::TagGlobCsv, rule_value :
            vec![String::from("rule_value ü/?&=#")], }, robot_username :
            Some(String::from("robot_username ü/?&=#")), }, "{}: the typed answer",
            "getRepoMirrorConfig"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoMirrorConfig");
        assert_eq!(seen[0].0, "getRepoMirrorConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoMirrorConfigParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "getRepoMirrorConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoMirrorConfig"
        );
    }
    {
        let result = client
            .change_repo_mirror_config(
                String::from("ns-repository x/name ü"),
                quay_client::types::UpdateMirrorConfig {
                    is_enabled: Some(true),
                    external_reference: Some(String::from("external_reference ü/?&=#")),
                    external_registry_username: Some(None),
                    external_registry_password: Some(None),
                    sync_start_date: Some(String::from("sync_start_date ü/?&=#")),
                    sync_interval: Some(1700000000i64),
                    robot_username: Some(String::from("robot_username ü/?&=#")),
                    root_rule: Some(quay_client::types::MirrorRootRule {
                        rule_kind: quay_client::types::MirrorRootRuleRuleKind::TagGlobCsv,
                        rule_value: vec![String::from("rule_value ü/?&=#")],
                    }),
                    external_registry_config: Some(quay_client::types::MirrorExternalRegistryConfig {
                        verify_tls: Some(true),
                        unsigned_images: Some(true),
                        proxy: Some(quay_client::types::MirrorExternalRegistryConfigProxy {
                            https_proxy: Some(None),
                            http_proxy: Some(None),
                            no_proxy: Some(None),
                        }),
                    }),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeRepoMirrorConfig"));
        assert_eq!(answer, (), "{}: the typed answer", "changeRepoMirrorConfig");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeRepoMirrorConfig"
        );
        assert_eq!(seen[0].0, "changeRepoMirrorConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeRepoMirrorConfigParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "changeRepoMirrorConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateMirrorConfig {
            is_enabled : Some(true), external_reference :
            Some(String::from("external_reference ü/?&=#")), external_registry_username
            : Some(None), external_registry_password : Some(None), sync_start_date :
            Some(String::from("sync_start_date ü/?&=#")), sync_interval :
            Some(1700000000i64), robot_username :
            Some(String::from("robot_username ü/?&=#")), root_rule :
            Some(quay_server::types::MirrorRootRule { rule_kind :
            quay_server::types::MirrorRootRuleRuleKind::TagGlobCsv, rule_value :
            vec![String::from("rule_value ü/?&=#")], }), external_registry_config :
            Some(quay_server::types::MirrorExternalRegistryConfig { verify_tls :
            Some(true), unsigned_images : Some(true), proxy :
            Some(quay_server::types::MirrorExternalRegistryConfigProxy { https_proxy :
            Some(None), http_proxy : Some(None), no_proxy : Some(None), }), }), })
            .expect("encodes"), "{}: the body arrives intact", "changeRepoMirrorConfig"
        );
    }
    {
        let result = client
            .create_repo_mirror_config(
                String::from("ns-repository x/name ü"),
                quay_client::types::CreateMirrorConfig {
                    is_enabled: Some(true),
                    external_reference: String::from("external_reference ü/?&=#"),
                    external_registry_username: Some(None),
                    external_registry_password: Some(None),
                    sync_start_date: String::from("sync_start_date ü/?&=#"),
                    sync_interval: 1700000000i64,
                    robot_username: Some(String::from("robot_username ü/?&=#")),
                    root_rule: quay_client::types::MirrorRootRule {
                        rule_kind: quay_client::types::MirrorRootRuleRuleKind::TagGlobCsv,
                        rule_value: vec![String::from("rule_value ü/?&=#")],
                    },
                    external_registry_config: Some(quay_client::types::MirrorExternalRegistryConfig {
                        verify_tls: Some(true),
                        unsigned_images: Some(true),
                        proxy: Some(quay_client::types::MirrorExternalRegistryConfigProxy {
                            https_proxy: Some(None),
                            http_proxy: Some(None),
                            no_proxy: Some(None),
                        }),
                    }),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createRepoMirrorConfig"));
        assert_eq!(answer, (), "{}: the typed answer", "createRepoMirrorConfig");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createRepoMirrorConfig"
        );
        assert_eq!(seen[0].0, "createRepoMirrorConfig");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateRepoMirrorConfigParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "createRepoMirrorConfig"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::CreateMirrorConfig {
            is_enabled : Some(true), external_reference :
            String::from("external_reference ü/?&=#"), external_registry_username :
            Some(None), external_registry_password : Some(None), sync_start_date :
            String::from("sync_start_date ü/?&=#"), sync_interval : 1700000000i64,
            robot_username : Some(String::from("robot_username ü/?&=#")), root_rule :
            quay_server::types::MirrorRootRule { rule_kind :
            quay_server::types::MirrorRootRuleRuleKind::TagGlobCsv, rule_value :
            vec![String::from("rule_value ü/?&=#")], }, external_registry_config :
            Some(quay_server::types::MirrorExternalRegistryConfig { verify_tls :
            Some(true), unsigned_images : Some(true), proxy :
            Some(quay_server::types::MirrorExternalRegistryConfigProxy { https_proxy :
            Some(None), http_proxy : Some(None), no_proxy : Some(None), }), }), })
            .expect("encodes"), "{}: the body arrives intact", "createRepoMirrorConfig"
        );
    }
    {
        let result = client.sync_cancel(String::from("ns-repository x/name ü")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "syncCancel"));
        assert_eq!(answer, (), "{}: the typed answer", "syncCancel");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "syncCancel");
        assert_eq!(seen[0].0, "syncCancel");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::SyncCancelParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "syncCancel"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "syncCancel"
        );
    }
    {
        let result = client.sync_now(String::from("ns-repository x/name ü")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "syncNow"));
        assert_eq!(answer, (), "{}: the typed answer", "syncNow");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "syncNow");
        assert_eq!(seen[0].0, "syncNow");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::SyncNowParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "syncNow"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact", "syncNow"
        );
    }
    {
        let result = client
            .list_repo_notifications(String::from("ns-repository x/name ü"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listRepoNotifications"));
        assert_eq!(
            answer, quay_client::types::RepositoryNotificationList { notifications :
            vec![quay_client::types::RepositoryNotification { id :
            Some(1_700_000_000i64), uuid : String::from("uuid ü/?&=#"), title :
            Some(String::from("title ü/?&=#")), event : String::from("event ü/?&=#"),
            method : String::from("method ü/?&=#"), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), event_config :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), number_of_failures : 1_700_000_000i64, }], },
            "{}: the typed answer", "listRepoNotifications"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listRepoNotifications"
        );
        assert_eq!(seen[0].0, "listRepoNotifications");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoNotificationsParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "listRepoNotifications"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoNotifications"
        );
    }
    {
        let result = client
            .create_repo_notification(
                String::from("ns-repository x/name ü"),
                quay_client::types::NotificationCreateRequest {
                    event: String::from("event ü/?&=#"),
                    method: String::from("method ü/?&=#"),
                    config: serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                    event_config: serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                    title: Some(String::from("title ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createRepoNotification"));
        assert_eq!(
            answer, quay_client::types::RepositoryNotification { id :
            Some(1_700_000_000i64), uuid : String::from("uuid ü/?&=#"), title :
            Some(String::from("title ü/?&=#")), event : String::from("event ü/?&=#"),
            method : String::from("method ü/?&=#"), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), event_config :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), number_of_failures : 1_700_000_000i64, },
            "{}: the typed answer", "createRepoNotification"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createRepoNotification"
        );
        assert_eq!(seen[0].0, "createRepoNotification");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateRepoNotificationParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "createRepoNotification"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(&
            quay_server::types::NotificationCreateRequest { event :
            String::from("event ü/?&=#"), method : String::from("method ü/?&=#"),
            config : serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), event_config : serde_json::json!({ "sample" : true })
            .as_object().cloned().unwrap_or_default(), title :
            Some(String::from("title ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "createRepoNotification"
        );
    }
    {
        let result = client
            .get_repo_notification(
                String::from("ns-repository x/name ü"),
                String::from("uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRepoNotification"));
        assert_eq!(
            answer, quay_client::types::RepositoryNotification { id :
            Some(1_700_000_000i64), uuid : String::from("uuid ü/?&=#"), title :
            Some(String::from("title ü/?&=#")), event : String::from("event ü/?&=#"),
            method : String::from("method ü/?&=#"), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), event_config :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), number_of_failures : 1_700_000_000i64, },
            "{}: the typed answer", "getRepoNotification"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRepoNotification");
        assert_eq!(seen[0].0, "getRepoNotification");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoNotificationParams {
            repository : String::from("ns-repository x/name ü"), uuid :
            String::from("uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getRepoNotification"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoNotification"
        );
    }
    {
        let result = client
            .reset_repository_notification_failures(
                String::from("ns-repository x/name ü"),
                String::from("uuid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| {
                panic!("{}: {e}", "resetRepositoryNotificationFailures")
            });
        assert_eq!(
            answer, (), "{}: the typed answer", "resetRepositoryNotificationFailures"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "resetRepositoryNotificationFailures"
        );
        assert_eq!(seen[0].0, "resetRepositoryNotificationFailures");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::ResetRepositoryNotificationFailuresParams { repository :
            String::from("ns-repository x/name ü"), uuid : String::from("uuid ü?#%2F"),
            }), "{}: parameters arrive intact", "resetRepositoryNotificationFailures"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "resetRepositoryNotificationFailures"
        );
    }
    {
        let result = client
            .delete_repo_notification(
                String::from("ns-repository x/name ü"),
                String::from("uuid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteRepoNotification"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteRepoNotification");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteRepoNotification"
        );
        assert_eq!(seen[0].0, "deleteRepoNotification");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteRepoNotificationParams {
            repository : String::from("ns-repository x/name ü"), uuid :
            String::from("uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteRepoNotification"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteRepoNotification"
        );
    }
    {
        let result = client
            .test_repo_notification(
                String::from("ns-repository x/name ü"),
                String::from("uuid ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "testRepoNotification"));
        assert_eq!(
            answer, serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), "{}: the typed answer", "testRepoNotification"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "testRepoNotification");
        assert_eq!(seen[0].0, "testRepoNotification");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::TestRepoNotificationParams {
            repository : String::from("ns-repository x/name ü"), uuid :
            String::from("uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "testRepoNotification"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "testRepoNotification"
        );
    }
    {
        let result = client
            .list_repo_team_permissions(String::from("ns-repository x/name ü"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listRepoTeamPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoTeamPermissionList { permissions :
            std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::RepoTeamPermission { role :
            quay_client::types::RepoTeamPermissionRole::Read, name :
            String::from("name ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, })]), }, "{}: the typed answer", "listRepoTeamPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listRepoTeamPermissions"
        );
        assert_eq!(seen[0].0, "listRepoTeamPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoTeamPermissionsParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "listRepoTeamPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoTeamPermissions"
        );
    }
    {
        let result = client
            .get_team_permissions(
                String::from("ns-repository x/name ü"),
                String::from("teamname ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getTeamPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoRole { role :
            quay_client::types::RepoRoleRole::Read, }, "{}: the typed answer",
            "getTeamPermissions"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getTeamPermissions");
        assert_eq!(seen[0].0, "getTeamPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetTeamPermissionsParams { repository
            : String::from("ns-repository x/name ü"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "getTeamPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getTeamPermissions"
        );
    }
    {
        let result = client
            .change_team_permissions(
                String::from("ns-repository x/name ü"),
                String::from("teamname ü?#%2F"),
                quay_client::types::TeamPermission {
                    role: quay_client::types::TeamPermissionRole::Read,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeTeamPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoTeamPermission { role :
            quay_client::types::RepoTeamPermissionRole::Read, name :
            String::from("name ü/?&=#"), avatar : quay_client::types::Avatar { name :
            String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"), color :
            String::from("color ü/?&=#"), kind : quay_client::types::AvatarKind::User,
            }, }, "{}: the typed answer", "changeTeamPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeTeamPermissions"
        );
        assert_eq!(seen[0].0, "changeTeamPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeTeamPermissionsParams {
            repository : String::from("ns-repository x/name ü"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "changeTeamPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::TeamPermission { role :
            quay_server::types::TeamPermissionRole::Read, }).expect("encodes"),
            "{}: the body arrives intact", "changeTeamPermissions"
        );
    }
    {
        let result = client
            .delete_team_permissions(
                String::from("ns-repository x/name ü"),
                String::from("teamname ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteTeamPermissions"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteTeamPermissions");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteTeamPermissions"
        );
        assert_eq!(seen[0].0, "deleteTeamPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteTeamPermissionsParams {
            repository : String::from("ns-repository x/name ü"), teamname :
            String::from("teamname ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteTeamPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteTeamPermissions"
        );
    }
    {
        let result = client
            .list_repo_user_permissions(String::from("ns-repository x/name ü"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listRepoUserPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoUserPermissionList { permissions :
            std::collections::BTreeMap::from([(String::from("key"),
            quay_client::types::RepoUserPermission { role :
            quay_client::types::RepoUserPermissionRole::Read, name :
            String::from("name ü/?&=#"), is_robot : true, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, is_org_member : Some(true), })]), },
            "{}: the typed answer", "listRepoUserPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listRepoUserPermissions"
        );
        assert_eq!(seen[0].0, "listRepoUserPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoUserPermissionsParams {
            repository : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "listRepoUserPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoUserPermissions"
        );
    }
    {
        let result = client
            .get_user_permissions(
                String::from("ns-repository x/name ü"),
                String::from("username ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoUserPermission { role :
            quay_client::types::RepoUserPermissionRole::Read, name :
            String::from("name ü/?&=#"), is_robot : true, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, is_org_member : Some(true), },
            "{}: the typed answer", "getUserPermissions"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserPermissions");
        assert_eq!(seen[0].0, "getUserPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserPermissionsParams { repository
            : String::from("ns-repository x/name ü"), username :
            String::from("username ü?#%2F"), }), "{}: parameters arrive intact",
            "getUserPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserPermissions"
        );
    }
    {
        let result = client
            .change_user_permissions(
                String::from("ns-repository x/name ü"),
                String::from("username ü?#%2F"),
                quay_client::types::UserPermission {
                    role: quay_client::types::UserPermissionRole::Read,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeUserPermissions"));
        assert_eq!(
            answer, quay_client::types::RepoUserPermission { role :
            quay_client::types::RepoUserPermissionRole::Read, name :
            String::from("name ü/?&=#"), is_robot : true, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, is_org_member : Some(true), },
            "{}: the typed answer", "changeUserPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeUserPermissions"
        );
        assert_eq!(seen[0].0, "changeUserPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeUserPermissionsParams {
            repository : String::from("ns-repository x/name ü"), username :
            String::from("username ü?#%2F"), }), "{}: parameters arrive intact",
            "changeUserPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UserPermission { role :
            quay_server::types::UserPermissionRole::Read, }).expect("encodes"),
            "{}: the body arrives intact", "changeUserPermissions"
        );
    }
    {
        let result = client
            .delete_user_permissions(
                String::from("ns-repository x/name ü"),
                String::from("username ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteUserPermissions"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteUserPermissions");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteUserPermissions"
        );
        assert_eq!(seen[0].0, "deleteUserPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteUserPermissionsParams {
            repository : String::from("ns-repository x/name ü"), username :
            String::from("username ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteUserPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteUserPermissions"
        );
    }
    {
        let result = client
            .get_user_transitive_permission(
                String::from("ns-repository x/name ü"),
                String::from("username ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getUserTransitivePermission"));
        assert_eq!(
            answer, quay_client::types::RepoTransitivePermissionList { permissions :
            vec![quay_client::types::RepoRole { role :
            quay_client::types::RepoRoleRole::Read, }], }, "{}: the typed answer",
            "getUserTransitivePermission"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getUserTransitivePermission"
        );
        assert_eq!(seen[0].0, "getUserTransitivePermission");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserTransitivePermissionParams {
            repository : String::from("ns-repository x/name ü"), username :
            String::from("username ü?#%2F"), }), "{}: parameters arrive intact",
            "getUserTransitivePermission"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserTransitivePermission"
        );
    }
    {
        let result = client
            .list_repo_tags(String::from("ns-repository x/name ü"))
            .only_active_tags(true)
            .page(1_700_000_000i64)
            .limit(1_700_000_000i64)
            .filter_tag_name(String::from("filter_tag_name ü/?&=#"))
            .specific_tag(String::from("specificTag ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listRepoTags"));
        assert_eq!(
            answer, quay_client::types::TagList { tags : vec![quay_client::types::Tag {
            name : String::from("name ü/?&=#"), reversion : true, start_ts :
            Some(1_700_000_000i64), end_ts : Some(1_700_000_000i64), manifest_digest :
            String::from("manifest_digest ü/?&=#"), is_manifest_list : true, size :
            Some(1_700_000_000i64), last_modified :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            expiration :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            }], page : 1_700_000_000i64, has_additional : true, },
            "{}: the typed answer", "listRepoTags"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listRepoTags");
        assert_eq!(seen[0].0, "listRepoTags");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoTagsParams { repository :
            String::from("ns-repository x/name ü"), only_active_tags : Some(true), page
            : Some(1_700_000_000i64), limit : Some(1_700_000_000i64), filter_tag_name :
            Some(String::from("filter_tag_name ü/?&=#")), specific_tag :
            Some(String::from("specificTag ü/?&=#")), }),
            "{}: parameters arrive intact", "listRepoTags"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoTags"
        );
    }
    {
        let result = client
            .change_tag(
                String::from("ns-repository x/name ü"),
                String::from("tag ü?#%2F"),
                quay_client::types::ChangeTag {
                    manifest_digest: Some(None),
                    expiration: Some(None),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "changeTag"));
        assert_eq!(
            answer, quay_client::types::ChangeTagResponse::Updated,
            "{}: the typed answer", "changeTag"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "changeTag");
        assert_eq!(seen[0].0, "changeTag");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeTagParams { repository :
            String::from("ns-repository x/name ü"), tag : String::from("tag ü?#%2F"),
            }), "{}: parameters arrive intact", "changeTag"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ChangeTag {
            manifest_digest : Some(None), expiration : Some(None), }).expect("encodes"),
            "{}: the body arrives intact", "changeTag"
        );
    }
    {
        let result = client
            .delete_full_tag(
                String::from("ns-repository x/name ü"),
                String::from("tag ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteFullTag"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteFullTag");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteFullTag");
        assert_eq!(seen[0].0, "deleteFullTag");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteFullTagParams { repository :
            String::from("ns-repository x/name ü"), tag : String::from("tag ü?#%2F"),
            }), "{}: parameters arrive intact", "deleteFullTag"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteFullTag"
        );
    }
    {
        let result = client
            .restore_tag(
                String::from("ns-repository x/name ü"),
                String::from("tag ü?#%2F"),
                quay_client::types::RestoreTag {
                    manifest_digest: Some(String::from("manifest_digest ü/?&=#")),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "restoreTag"));
        assert_eq!(
            answer, serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), "{}: the typed answer", "restoreTag"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "restoreTag");
        assert_eq!(seen[0].0, "restoreTag");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RestoreTagParams { repository :
            String::from("ns-repository x/name ü"), tag : String::from("tag ü?#%2F"),
            }), "{}: parameters arrive intact", "restoreTag"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::RestoreTag {
            manifest_digest : Some(String::from("manifest_digest ü/?&=#")), })
            .expect("encodes"), "{}: the body arrives intact", "restoreTag"
        );
    }
    {
        let result = client
            .list_repo_tokens(String::from("ns-repository x/name ü"))
            .await;
        let error = result.expect_err("no success is documented");
        assert!(error.status().is_some(), "{}: {error}", "listRepoTokens");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listRepoTokens");
        assert_eq!(seen[0].0, "listRepoTokens");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListRepoTokensParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "listRepoTokens"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listRepoTokens"
        );
    }
    {
        let result = client
            .create_token(
                String::from("ns-repository x/name ü"),
                quay_client::types::NewRepoToken {
                    friendly_name: String::from("friendlyName ü/?&=#"),
                },
            )
            .await;
        let error = result.expect_err("no success is documented");
        assert!(error.status().is_some(), "{}: {error}", "createToken");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createToken");
        assert_eq!(seen[0].0, "createToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateTokenParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "createToken"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewRepoToken {
            friendly_name : String::from("friendlyName ü/?&=#"), }).expect("encodes"),
            "{}: the body arrives intact", "createToken"
        );
    }
    {
        let result = client
            .get_tokens(
                String::from("ns-repository x/name ü"),
                String::from("code ü?#%2F"),
            )
            .await;
        let error = result.expect_err("no success is documented");
        assert!(error.status().is_some(), "{}: {error}", "getTokens");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getTokens");
        assert_eq!(seen[0].0, "getTokens");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetTokensParams { repository :
            String::from("ns-repository x/name ü"), code : String::from("code ü?#%2F"),
            }), "{}: parameters arrive intact", "getTokens"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getTokens"
        );
    }
    {
        let result = client
            .change_token(
                String::from("ns-repository x/name ü"),
                String::from("code ü?#%2F"),
                quay_client::types::TokenPermission {
                    role: quay_client::types::TokenPermissionRole::Read,
                },
            )
            .await;
        let error = result.expect_err("no success is documented");
        assert!(error.status().is_some(), "{}: {error}", "changeToken");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "changeToken");
        assert_eq!(seen[0].0, "changeToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeTokenParams { repository :
            String::from("ns-repository x/name ü"), code : String::from("code ü?#%2F"),
            }), "{}: parameters arrive intact", "changeToken"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::TokenPermission { role
            : quay_server::types::TokenPermissionRole::Read, }).expect("encodes"),
            "{}: the body arrives intact", "changeToken"
        );
    }
    {
        let result = client
            .delete_token(
                String::from("ns-repository x/name ü"),
                String::from("code ü?#%2F"),
            )
            .await;
        let error = result.expect_err("no success is documented");
        assert!(error.status().is_some(), "{}: {error}", "deleteToken");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteToken");
        assert_eq!(seen[0].0, "deleteToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteTokenParams { repository :
            String::from("ns-repository x/name ü"), code : String::from("code ü?#%2F"),
            }), "{}: parameters arrive intact", "deleteToken"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteToken"
        );
    }
    {
        let result = client
            .list_build_triggers(String::from("ns-repository x/name ü"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listBuildTriggers"));
        assert_eq!(
            answer, quay_client::types::BuildTriggerList { triggers :
            vec![quay_client::types::BuildTrigger { id : String::from("id ü/?&=#"),
            service : String::from("service ü/?&=#"), is_active : true, build_source :
            Some(String::from("build_source ü/?&=#")), repository_url :
            Some(String::from("repository_url ü/?&=#")), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), can_invoke :
            true, enabled : true, disabled_reason :
            Some(String::from("disabled_reason ü/?&=#")), pull_robot :
            Some(quay_client::types::BuildTriggerPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(String::from("kind ü/?&=#")), is_robot : Some(true), }), }], },
            "{}: the typed answer", "listBuildTriggers"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listBuildTriggers");
        assert_eq!(seen[0].0, "listBuildTriggers");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListBuildTriggersParams { repository
            : String::from("ns-repository x/name ü"), }),
            "{}: parameters arrive intact", "listBuildTriggers"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listBuildTriggers"
        );
    }
    {
        let result = client
            .get_build_trigger(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getBuildTrigger"));
        assert_eq!(
            answer, quay_client::types::BuildTrigger { id : String::from("id ü/?&=#"),
            service : String::from("service ü/?&=#"), is_active : true, build_source :
            Some(String::from("build_source ü/?&=#")), repository_url :
            Some(String::from("repository_url ü/?&=#")), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), can_invoke :
            true, enabled : true, disabled_reason :
            Some(String::from("disabled_reason ü/?&=#")), pull_robot :
            Some(quay_client::types::BuildTriggerPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(String::from("kind ü/?&=#")), is_robot : Some(true), }), },
            "{}: the typed answer", "getBuildTrigger"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getBuildTrigger");
        assert_eq!(seen[0].0, "getBuildTrigger");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetBuildTriggerParams { repository :
            String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getBuildTrigger"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getBuildTrigger"
        );
    }
    {
        let result = client
            .update_build_trigger(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
                quay_client::types::UpdateTrigger {
                    enabled: true,
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "updateBuildTrigger"));
        assert_eq!(
            answer, quay_client::types::BuildTrigger { id : String::from("id ü/?&=#"),
            service : String::from("service ü/?&=#"), is_active : true, build_source :
            Some(String::from("build_source ü/?&=#")), repository_url :
            Some(String::from("repository_url ü/?&=#")), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), can_invoke :
            true, enabled : true, disabled_reason :
            Some(String::from("disabled_reason ü/?&=#")), pull_robot :
            Some(quay_client::types::BuildTriggerPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(String::from("kind ü/?&=#")), is_robot : Some(true), }), },
            "{}: the typed answer", "updateBuildTrigger"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "updateBuildTrigger");
        assert_eq!(seen[0].0, "updateBuildTrigger");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateBuildTriggerParams { repository
            : String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "updateBuildTrigger"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateTrigger { enabled
            : true, }).expect("encodes"), "{}: the body arrives intact",
            "updateBuildTrigger"
        );
    }
    {
        let result = client
            .delete_build_trigger(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteBuildTrigger"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteBuildTrigger");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteBuildTrigger");
        assert_eq!(seen[0].0, "deleteBuildTrigger");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteBuildTriggerParams { repository
            : String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteBuildTrigger"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteBuildTrigger"
        );
    }
    {
        let result = client
            .activate_build_trigger(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
                quay_client::types::BuildTriggerActivateRequest {
                    config: serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                    pull_robot: Some(String::from("pull_robot ü/?&=#")),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "activateBuildTrigger"));
        assert_eq!(
            answer, quay_client::types::BuildTrigger { id : String::from("id ü/?&=#"),
            service : String::from("service ü/?&=#"), is_active : true, build_source :
            Some(String::from("build_source ü/?&=#")), repository_url :
            Some(String::from("repository_url ü/?&=#")), config : serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default(), can_invoke :
            true, enabled : true, disabled_reason :
            Some(String::from("disabled_reason ü/?&=#")), pull_robot :
            Some(quay_client::types::BuildTriggerPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(String::from("kind ü/?&=#")), is_robot : Some(true), }), },
            "{}: the typed answer", "activateBuildTrigger"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "activateBuildTrigger");
        assert_eq!(seen[0].0, "activateBuildTrigger");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ActivateBuildTriggerParams {
            repository : String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "activateBuildTrigger"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(&
            quay_server::types::BuildTriggerActivateRequest { config :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), pull_robot : Some(String::from("pull_robot ü/?&=#")),
            }).expect("encodes"), "{}: the body arrives intact", "activateBuildTrigger"
        );
    }
    {
        let result = client
            .list_trigger_recent_builds(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
            )
            .limit(1_700_000_000i64)
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listTriggerRecentBuilds"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuildList { builds :
            vec![quay_client::types::RepositoryBuild { id : String::from("id ü/?&=#"),
            phase : quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), }], },
            "{}: the typed answer", "listTriggerRecentBuilds"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listTriggerRecentBuilds"
        );
        assert_eq!(seen[0].0, "listTriggerRecentBuilds");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListTriggerRecentBuildsParams {
            repository : String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), limit : Some(1_700_000_000i64), }),
            "{}: parameters arrive intact", "listTriggerRecentBuilds"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listTriggerRecentBuilds"
        );
    }
    {
        let result = client
            .manually_start_build_trigger(
                String::from("ns-repository x/name ü"),
                String::from("trigger_uuid ü?#%2F"),
                quay_client::types::RunParameters {
                    branch_name: Some(String::from("branch_name ü/?&=#")),
                    commit_sha: Some(String::from("commit_sha ü/?&=#")),
                    refs: Some(None),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "manuallyStartBuildTrigger"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "manuallyStartBuildTrigger"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "manuallyStartBuildTrigger"
        );
        assert_eq!(seen[0].0, "manuallyStartBuildTrigger");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ManuallyStartBuildTriggerParams {
            repository : String::from("ns-repository x/name ü"), trigger_uuid :
            String::from("trigger_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "manuallyStartBuildTrigger"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::RunParameters {
            branch_name : Some(String::from("branch_name ü/?&=#")), commit_sha :
            Some(String::from("commit_sha ü/?&=#")), refs : Some(None), })
            .expect("encodes"), "{}: the body arrives intact",
            "manuallyStartBuildTrigger"
        );
    }
    {
        let result = client
            .approve_service_key(
                String::from("kid ü?#%2F"),
                quay_client::types::ApproveServiceKey {
                    notes: Some(String::from("notes ü/?&=#")),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "approveServiceKey"));
        assert_eq!(answer, (), "{}: the typed answer", "approveServiceKey");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "approveServiceKey");
        assert_eq!(seen[0].0, "approveServiceKey");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ApproveServiceKeyParams { kid :
            String::from("kid ü?#%2F"), }), "{}: parameters arrive intact",
            "approveServiceKey"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ApproveServiceKey {
            notes : Some(String::from("notes ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "approveServiceKey"
        );
    }
    {
        let result = client.list_service_keys().await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listServiceKeys"));
        assert_eq!(
            answer, quay_client::types::ServiceKeyList { keys :
            vec![quay_client::types::ServiceKey { name :
            Some(String::from("name ü/?&=#")), kid : String::from("kid ü/?&=#"),
            service : String::from("service ü/?&=#"), jwk : serde_json::json!({ "sample"
            : true }) .as_object().cloned().unwrap_or_default(), metadata :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), created_date :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration_date :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            rotation_duration : Some(1_700_000_000i64), approval :
            Some(quay_client::types::ServiceKeyApproval { approver : Some(None),
            approval_type : Some(String::from("approval_type ü/?&=#")), approved_date :
            Some(None), notes : Some(None), }), }], }, "{}: the typed answer",
            "listServiceKeys"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listServiceKeys");
        assert_eq!(seen[0].0, "listServiceKeys");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "listServiceKeys"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listServiceKeys"
        );
    }
    {
        let result = client
            .create_service_key(quay_client::types::CreateServiceKey {
                service: String::from("service ü/?&=#"),
                name: Some(String::from("name ü/?&=#")),
                metadata: Some(
                    serde_json::json!({ "sample" : true })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                ),
                notes: Some(String::from("notes ü/?&=#")),
                expiration: Some(2.25f64),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createServiceKey"));
        assert_eq!(
            answer, quay_client::types::CreatedServiceKey { kid :
            String::from("kid ü/?&=#"), name : String::from("name ü/?&=#"), service :
            String::from("service ü/?&=#"), public_key :
            String::from("public_key ü/?&=#"), private_key :
            String::from("private_key ü/?&=#"), }, "{}: the typed answer",
            "createServiceKey"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createServiceKey");
        assert_eq!(seen[0].0, "createServiceKey");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "createServiceKey"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::CreateServiceKey {
            service : String::from("service ü/?&=#"), name :
            Some(String::from("name ü/?&=#")), metadata : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), notes :
            Some(String::from("notes ü/?&=#")), expiration : Some(2.25f64), })
            .expect("encodes"), "{}: the body arrives intact", "createServiceKey"
        );
    }
    {
        let result = client.get_service_key(String::from("kid ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getServiceKey"));
        assert_eq!(
            answer, quay_client::types::ServiceKey { name :
            Some(String::from("name ü/?&=#")), kid : String::from("kid ü/?&=#"),
            service : String::from("service ü/?&=#"), jwk : serde_json::json!({ "sample"
            : true }) .as_object().cloned().unwrap_or_default(), metadata :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), created_date :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration_date :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            rotation_duration : Some(1_700_000_000i64), approval :
            Some(quay_client::types::ServiceKeyApproval { approver : Some(None),
            approval_type : Some(String::from("approval_type ü/?&=#")), approved_date :
            Some(None), notes : Some(None), }), }, "{}: the typed answer",
            "getServiceKey"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getServiceKey");
        assert_eq!(seen[0].0, "getServiceKey");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetServiceKeyParams { kid :
            String::from("kid ü?#%2F"), }), "{}: parameters arrive intact",
            "getServiceKey"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getServiceKey"
        );
    }
    {
        let result = client
            .update_service_key(
                String::from("kid ü?#%2F"),
                quay_client::types::PutServiceKey {
                    name: Some(String::from("name ü/?&=#")),
                    metadata: Some(
                        serde_json::json!({ "sample" : true })
                            .as_object()
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    expiration: Some(None),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "updateServiceKey"));
        assert_eq!(
            answer, quay_client::types::ServiceKey { name :
            Some(String::from("name ü/?&=#")), kid : String::from("kid ü/?&=#"),
            service : String::from("service ü/?&=#"), jwk : serde_json::json!({ "sample"
            : true }) .as_object().cloned().unwrap_or_default(), metadata :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), created_date :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration_date :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            rotation_duration : Some(1_700_000_000i64), approval :
            Some(quay_client::types::ServiceKeyApproval { approver : Some(None),
            approval_type : Some(String::from("approval_type ü/?&=#")), approved_date :
            Some(None), notes : Some(None), }), }, "{}: the typed answer",
            "updateServiceKey"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "updateServiceKey");
        assert_eq!(seen[0].0, "updateServiceKey");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateServiceKeyParams { kid :
            String::from("kid ü?#%2F"), }), "{}: parameters arrive intact",
            "updateServiceKey"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::PutServiceKey { name :
            Some(String::from("name ü/?&=#")), metadata : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), expiration :
            Some(None), }).expect("encodes"), "{}: the body arrives intact",
            "updateServiceKey"
        );
    }
    {
        let result = client.delete_service_key(String::from("kid ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteServiceKey"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteServiceKey");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteServiceKey");
        assert_eq!(seen[0].0, "deleteServiceKey");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteServiceKeyParams { kid :
            String::from("kid ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteServiceKey"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteServiceKey"
        );
    }
    {
        let result = client
            .list_all_logs()
            .next_page(String::from("next_page ü/?&=#"))
            .page(1_700_000_000i64)
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listAllLogs"));
        assert_eq!(
            answer, quay_client::types::LogsPage { start_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            end_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), logs :
            vec![quay_client::types::LogEntry { kind : String::from("kind ü/?&=#"),
            metadata : serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")), datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            performer : Some(quay_client::types::LogEntryPerformer { kind :
            Some(quay_client::types::LogEntryPerformerKind::User), name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
            Some(quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), namespace :
            Some(quay_client::types::LogEntryNamespace { kind :
            Some(quay_client::types::LogEntryNamespaceKind::Org), name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), }], next_page :
            Some(String::from("next_page ü/?&=#")), }, "{}: the typed answer",
            "listAllLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listAllLogs");
        assert_eq!(seen[0].0, "listAllLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListAllLogsParams { next_page :
            Some(String::from("next_page ü/?&=#")), page : Some(1_700_000_000i64),
            endtime : Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "listAllLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listAllLogs"
        );
    }
    {
        let result = client
            .list_organization_quota_super_user(String::from("namespace ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listOrganizationQuotaSuperUser"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }],
            "{}: the typed answer", "listOrganizationQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "listOrganizationQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "listOrganizationQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListOrganizationQuotaSuperUserParams
            { namespace : String::from("namespace ü?#%2F"), }),
            "{}: parameters arrive intact", "listOrganizationQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listOrganizationQuotaSuperUser"
        );
    }
    {
        let result = client
            .create_organization_quota_super_user(
                String::from("namespace ü?#%2F"),
                quay_client::types::NewNamespaceQuota {
                    limit_bytes: 1_700_000_000i64,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createOrganizationQuotaSuperUser"));
        assert_eq!(
            answer,
            quay_client::types::CreateOrganizationQuotaSuperUserResponse::Created,
            "{}: the typed answer", "createOrganizationQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "createOrganizationQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "createOrganizationQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::CreateOrganizationQuotaSuperUserParams { namespace :
            String::from("namespace ü?#%2F"), }), "{}: parameters arrive intact",
            "createOrganizationQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewNamespaceQuota {
            limit_bytes : 1_700_000_000i64, }).expect("encodes"),
            "{}: the body arrives intact", "createOrganizationQuotaSuperUser"
        );
    }
    {
        let result = client
            .change_organization_quota_super_user(
                String::from("namespace ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                quay_client::types::UpdateNamespaceQuota {
                    limit_bytes: Some(1_700_000_000i64),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeOrganizationQuotaSuperUser"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "changeOrganizationQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "changeOrganizationQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "changeOrganizationQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::ChangeOrganizationQuotaSuperUserParams { namespace :
            String::from("namespace ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "changeOrganizationQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateNamespaceQuota {
            limit_bytes : Some(1_700_000_000i64), }).expect("encodes"),
            "{}: the body arrives intact", "changeOrganizationQuotaSuperUser"
        );
    }
    {
        let result = client
            .delete_organization_quota_super_user(
                String::from("namespace ü?#%2F"),
                String::from("quota_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganizationQuotaSuperUser"));
        assert_eq!(
            answer, (), "{}: the typed answer", "deleteOrganizationQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call",
            "deleteOrganizationQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "deleteOrganizationQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}",
            quay_server::DeleteOrganizationQuotaSuperUserParams { namespace :
            String::from("namespace ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganizationQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganizationQuotaSuperUser"
        );
    }
    {
        let result = client
            .change_organization(
                String::from("name ü?#%2F"),
                quay_client::types::SuperUserUpdateOrg {
                    name: Some(String::from("name ü/?&=#")),
                },
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "changeOrganization"));
        assert_eq!(
            answer, quay_client::types::SuperUserOrganization { name :
            String::from("name ü/?&=#"), email : Some(String::from("email ü/?&=#")),
            avatar : quay_client::types::Avatar { name : String::from("name ü/?&=#"),
            hash : String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"),
            kind : quay_client::types::AvatarKind::User, }, quotas :
            Some(vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }]), quota_report :
            Some(quay_client::types::QuotaReport { quota_bytes : Some(1_700_000_000i64),
            configured_quota : Some(None), running_backfill :
            Some(String::from("running_backfill ü/?&=#")), backfill_status :
            Some(quay_client::types::QuotaReportBackfillStatus::Waiting), }), },
            "{}: the typed answer", "changeOrganization"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "changeOrganization");
        assert_eq!(seen[0].0, "changeOrganization");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeOrganizationParams { name :
            String::from("name ü?#%2F"), }), "{}: parameters arrive intact",
            "changeOrganization"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::SuperUserUpdateOrg {
            name : Some(String::from("name ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "changeOrganization"
        );
    }
    {
        let result = client.delete_organization(String::from("name ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteOrganization"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteOrganization");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteOrganization");
        assert_eq!(seen[0].0, "deleteOrganization");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteOrganizationParams { name :
            String::from("name ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteOrganization"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteOrganization"
        );
    }
    {
        let result = client.get_registry_size().await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getRegistrySize"));
        assert_eq!(
            answer, quay_client::types::RegistrySize { size_bytes :
            Some(1_700_000_000i64), last_ran : Some(None), queued : Some(true), running :
            Some(true), }, "{}: the typed answer", "getRegistrySize"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getRegistrySize");
        assert_eq!(seen[0].0, "getRegistrySize");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "getRegistrySize"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRegistrySize"
        );
    }
    {
        let result = client.queue_registry_size_calculation().await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "queueRegistrySizeCalculation"));
        assert_eq!(answer, (), "{}: the typed answer", "queueRegistrySizeCalculation");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "queueRegistrySizeCalculation"
        );
        assert_eq!(seen[0].0, "queueRegistrySizeCalculation");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact",
            "queueRegistrySizeCalculation"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "queueRegistrySizeCalculation"
        );
    }
    {
        let result = client
            .list_all_users()
            .next_page(String::from("next_page ü/?&=#"))
            .limit(100i64)
            .disabled(true)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listAllUsers"));
        assert_eq!(
            answer, quay_client::types::SuperUserList { users :
            vec![quay_client::types::SuperUserUser { kind :
            quay_client::types::SuperUserUserKind::User, name :
            String::from("name ü/?&=#"), username : String::from("username ü/?&=#"),
            email : Some(String::from("email ü/?&=#")), verified : true, avatar :
            quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, super_user : true, enabled : true,
            quotas : Some(vec![quay_client::types::QuotaView { id : None, limit_bytes :
            1_700_000_000i64, default_config : None, limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : None, }]), quota_report :
            Some(quay_client::types::QuotaReport { quota_bytes : Some(1_700_000_000i64),
            configured_quota : Some(None), running_backfill :
            Some(String::from("running_backfill ü/?&=#")), backfill_status :
            Some(quay_client::types::QuotaReportBackfillStatus::Waiting), }), }],
            next_page : Some(String::from("next_page ü/?&=#")), },
            "{}: the typed answer", "listAllUsers"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listAllUsers");
        assert_eq!(seen[0].0, "listAllUsers");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListAllUsersParams { next_page :
            Some(String::from("next_page ü/?&=#")), limit : Some(100i64), disabled :
            Some(true), }), "{}: parameters arrive intact", "listAllUsers"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listAllUsers"
        );
    }
    {
        let result = client
            .create_install_user(quay_client::types::CreateInstallUser {
                username: String::from("username ü/?&=#"),
                email: Some(String::from("email ü/?&=#")),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createInstallUser"));
        assert_eq!(
            answer, quay_client::types::CreatedInstallUser { username :
            String::from("username ü/?&=#"), email :
            Some(String::from("email ü/?&=#")), password :
            String::from("password ü/?&=#"), encrypted_password :
            String::from("encrypted_password ü/?&=#"), }, "{}: the typed answer",
            "createInstallUser"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createInstallUser");
        assert_eq!(seen[0].0, "createInstallUser");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "createInstallUser"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::CreateInstallUser {
            username : String::from("username ü/?&=#"), email :
            Some(String::from("email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "createInstallUser"
        );
    }
    {
        let result = client
            .list_user_quota_super_user(String::from("namespace ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listUserQuotaSuperUser"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }],
            "{}: the typed answer", "listUserQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listUserQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "listUserQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListUserQuotaSuperUserParams {
            namespace : String::from("namespace ü?#%2F"), }),
            "{}: parameters arrive intact", "listUserQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listUserQuotaSuperUser"
        );
    }
    {
        let result = client
            .create_user_quota_super_user(
                String::from("namespace ü?#%2F"),
                quay_client::types::NewNamespaceQuota {
                    limit_bytes: 1_700_000_000i64,
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createUserQuotaSuperUser"));
        assert_eq!(
            answer, quay_client::types::CreateUserQuotaSuperUserResponse::Created,
            "{}: the typed answer", "createUserQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createUserQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "createUserQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateUserQuotaSuperUserParams {
            namespace : String::from("namespace ü?#%2F"), }),
            "{}: parameters arrive intact", "createUserQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewNamespaceQuota {
            limit_bytes : 1_700_000_000i64, }).expect("encodes"),
            "{}: the body arrives intact", "createUserQuotaSuperUser"
        );
    }
    {
        let result = client
            .change_user_quota_super_user(
                String::from("namespace ü?#%2F"),
                String::from("quota_id ü?#%2F"),
                quay_client::types::UpdateNamespaceQuota {
                    limit_bytes: Some(1_700_000_000i64),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "changeUserQuotaSuperUser"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "changeUserQuotaSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "changeUserQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "changeUserQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ChangeUserQuotaSuperUserParams {
            namespace : String::from("namespace ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "changeUserQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::UpdateNamespaceQuota {
            limit_bytes : Some(1_700_000_000i64), }).expect("encodes"),
            "{}: the body arrives intact", "changeUserQuotaSuperUser"
        );
    }
    {
        let result = client
            .delete_user_quota_super_user(
                String::from("namespace ü?#%2F"),
                String::from("quota_id ü?#%2F"),
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteUserQuotaSuperUser"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteUserQuotaSuperUser");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteUserQuotaSuperUser"
        );
        assert_eq!(seen[0].0, "deleteUserQuotaSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteUserQuotaSuperUserParams {
            namespace : String::from("namespace ü?#%2F"), quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "deleteUserQuotaSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteUserQuotaSuperUser"
        );
    }
    {
        let result = client
            .get_repo_build_super_user(String::from("build_uuid ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuildSuperUser"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuildSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getRepoBuildSuperUser"
        );
        assert_eq!(seen[0].0, "getRepoBuildSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildSuperUserParams {
            build_uuid : String::from("build_uuid ü?#%2F"), }),
            "{}: parameters arrive intact", "getRepoBuildSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuildSuperUser"
        );
    }
    {
        let result = client
            .get_repo_build_logs_super_user(String::from("build_uuid ü?#%2F"))
            .start(1_700_000_000i64)
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuildLogsSuperUser"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuildLogs { start :
            Some(1_700_000_000i64), total : Some(1_700_000_000i64), logs :
            Some(vec![serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()]), logs_url : Some(String::from("logs_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuildLogsSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getRepoBuildLogsSuperUser"
        );
        assert_eq!(seen[0].0, "getRepoBuildLogsSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildLogsSuperUserParams {
            build_uuid : String::from("build_uuid ü?#%2F"), start :
            Some(1_700_000_000i64), }), "{}: parameters arrive intact",
            "getRepoBuildLogsSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuildLogsSuperUser"
        );
    }
    {
        let result = client
            .get_repo_build_status_super_user(String::from("build_uuid ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getRepoBuildStatusSuperUser"));
        assert_eq!(
            answer, quay_client::types::RepositoryBuild { id :
            String::from("id ü/?&=#"), phase :
            quay_client::types::RepositoryBuildPhase::Waiting, started :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            display_name : String::from("display_name ü/?&=#"), status :
            serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), subdirectory : String::from("subdirectory ü/?&=#"),
            dockerfile_path : String::from("dockerfile_path ü/?&=#"), context :
            String::from("context ü/?&=#"), tags : vec![String::from("tags ü/?&=#")],
            manual_user : Some(String::from("manual_user ü/?&=#")), is_writer : true,
            trigger : Some(quay_client::types::RepositoryBuildTrigger { id :
            Some(String::from("id ü/?&=#")), service :
            Some(String::from("service ü/?&=#")), is_active : Some(true), build_source :
            Some(None), repository_url : Some(None), config : Some(serde_json::json!({
            "sample" : true }) .as_object().cloned().unwrap_or_default()), can_invoke :
            Some(true), enabled : Some(true), disabled_reason : Some(None), }),
            trigger_metadata : Some(serde_json::json!({ "sample" : true }) .as_object()
            .cloned().unwrap_or_default()), resource_key :
            Some(String::from("resource_key ü/?&=#")), pull_robot :
            Some(quay_client::types::RepositoryBuildPullRobot { name :
            Some(String::from("name ü/?&=#")), kind :
            Some(quay_client::types::RepositoryBuildPullRobotKind::User), is_robot :
            Some(true), }), repository : quay_client::types::RepositoryBuildRepository {
            namespace : String::from("namespace ü/?&=#"), name :
            String::from("name ü/?&=#"), }, error : Some(String::from("error ü/?&=#")),
            archive_url : Some(String::from("archive_url ü/?&=#")), },
            "{}: the typed answer", "getRepoBuildStatusSuperUser"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getRepoBuildStatusSuperUser"
        );
        assert_eq!(seen[0].0, "getRepoBuildStatusSuperUser");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetRepoBuildStatusSuperUserParams {
            build_uuid : String::from("build_uuid ü?#%2F"), }),
            "{}: parameters arrive intact", "getRepoBuildStatusSuperUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getRepoBuildStatusSuperUser"
        );
    }
    {
        let result = client.get_logged_in_user().await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getLoggedInUser"));
        assert_eq!(
            answer, quay_client::types::UserView { verified : Some(true), anonymous :
            true, username : String::from("username ü/?&=#"), email :
            Some(String::from("email ü/?&=#")), avatar : quay_client::types::Avatar {
            name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, organizations :
            Some(vec![quay_client::types::UserViewOrganizationsItem { name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), can_create_repo : Some(true),
            public : Some(true), is_org_admin : Some(true), preferred_namespace :
            Some(true), }]), logins : Some(vec![quay_client::types::UserViewLoginsItem {
            service : Some(String::from("service ü/?&=#")), service_identifier :
            Some(String::from("service_identifier ü/?&=#")), metadata :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), }]), can_create_repo : Some(true), preferred_namespace
            : Some(true), is_me : Some(true), invoice_email : Some(true),
            invoice_email_address : Some(None), tag_expiration_s :
            Some(1_700_000_000i64), prompts :
            Some(vec![String::from("prompts ü/?&=#")]), company : Some(None),
            family_name : Some(None), given_name : Some(None), location : Some(None),
            is_free_account : Some(true), has_password_set : Some(true), quotas :
            Some(vec![quay_client::types::UserViewQuotasItem { id :
            Some(1_700_000_000i64), limit_bytes : Some(1_700_000_000i64), limits :
            Some(vec![quay_client::types::UserViewQuotasItemLimitsItem { id : None, type_
            : None, limit_percent : None, }]), }]), quota_report :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), super_user : Some(true), }, "{}: the typed answer",
            "getLoggedInUser"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getLoggedInUser");
        assert_eq!(seen[0].0, "getLoggedInUser");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "getLoggedInUser"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getLoggedInUser"
        );
    }
    {
        let result = client
            .get_aggregate_user_logs()
            .performer(String::from("performer ü/?&=#"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getAggregateUserLogs"));
        assert_eq!(
            answer, quay_client::types::AggregatedLogs { aggregated :
            vec![quay_client::types::AggregatedLogsAggregatedItem { kind :
            String::from("kind ü/?&=#"), count : 1_700_000_000i64, datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), }], },
            "{}: the typed answer", "getAggregateUserLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getAggregateUserLogs");
        assert_eq!(seen[0].0, "getAggregateUserLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetAggregateUserLogsParams {
            performer : Some(String::from("performer ü/?&=#")), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "getAggregateUserLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getAggregateUserLogs"
        );
    }
    {
        let result = client.list_app_tokens().expiring(true).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listAppTokens"));
        assert_eq!(
            answer, quay_client::types::AppTokenList { tokens :
            vec![quay_client::types::AppToken { uuid : String::from("uuid ü/?&=#"),
            title : String::from("title ü/?&=#"), last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            created :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            token_code : Some(String::from("token_code ü/?&=#")), }], only_expiring :
            Some(true), }, "{}: the typed answer", "listAppTokens"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listAppTokens");
        assert_eq!(seen[0].0, "listAppTokens");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListAppTokensParams { expiring :
            Some(true), }), "{}: parameters arrive intact", "listAppTokens"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listAppTokens"
        );
    }
    {
        let result = client
            .create_app_token(quay_client::types::NewToken {
                title: String::from("title ü/?&=#"),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createAppToken"));
        assert_eq!(
            answer, quay_client::types::AppTokenEnvelope { token :
            quay_client::types::AppToken { uuid : String::from("uuid ü/?&=#"), title :
            String::from("title ü/?&=#"), last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            created :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            token_code : Some(String::from("token_code ü/?&=#")), }, },
            "{}: the typed answer", "createAppToken"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createAppToken");
        assert_eq!(seen[0].0, "createAppToken");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "createAppToken"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewToken { title :
            String::from("title ü/?&=#"), }).expect("encodes"),
            "{}: the body arrives intact", "createAppToken"
        );
    }
    {
        let result = client.get_app_token(String::from("token_uuid ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getAppToken"));
        assert_eq!(
            answer, quay_client::types::AppTokenEnvelope { token :
            quay_client::types::AppToken { uuid : String::from("uuid ü/?&=#"), title :
            String::from("title ü/?&=#"), last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            created :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            expiration :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            token_code : Some(String::from("token_code ü/?&=#")), }, },
            "{}: the typed answer", "getAppToken"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getAppToken");
        assert_eq!(seen[0].0, "getAppToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetAppTokenParams { token_uuid :
            String::from("token_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "getAppToken"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getAppToken"
        );
    }
    {
        let result = client.revoke_app_token(String::from("token_uuid ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "revokeAppToken"));
        assert_eq!(answer, (), "{}: the typed answer", "revokeAppToken");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "revokeAppToken");
        assert_eq!(seen[0].0, "revokeAppToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RevokeAppTokenParams { token_uuid :
            String::from("token_uuid ü?#%2F"), }), "{}: parameters arrive intact",
            "revokeAppToken"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "revokeAppToken"
        );
    }
    {
        let result = client.list_user_auto_prune_policies().await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "listUserAutoPrunePolicies"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyList { policies :
            vec![quay_client::types::AutoPrunePolicy { uuid :
            String::from("uuid ü/?&=#"), method :
            quay_client::types::AutoPrunePolicyMethod::NumberOfTags, value :
            quay_client::types::AutoPrunePolicyValue::Integer(1_700_000_000i64), }], },
            "{}: the typed answer", "listUserAutoPrunePolicies"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "listUserAutoPrunePolicies"
        );
        assert_eq!(seen[0].0, "listUserAutoPrunePolicies");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact",
            "listUserAutoPrunePolicies"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listUserAutoPrunePolicies"
        );
    }
    {
        let result = client
            .create_user_auto_prune_policy(quay_client::types::AutoPrunePolicyConfig {
                method: quay_client::types::AutoPrunePolicyConfigMethod::NumberOfTags,
                value: quay_client::types::AutoPrunePolicyConfigValue::Integer(
                    1_700_000_000i64,
                ),
            })
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "createUserAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyId { uuid :
            String::from("uuid ü/?&=#"), }, "{}: the typed answer",
            "createUserAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "createUserAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "createUserAutoPrunePolicy");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact",
            "createUserAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::AutoPrunePolicyConfig {
            method : quay_server::types::AutoPrunePolicyConfigMethod::NumberOfTags, value
            : quay_server::types::AutoPrunePolicyConfigValue::Integer(1_700_000_000i64),
            }).expect("encodes"), "{}: the body arrives intact",
            "createUserAutoPrunePolicy"
        );
    }
    {
        let result = client
            .get_user_auto_prune_policy(String::from("policy_uuid ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getUserAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicy { uuid :
            String::from("uuid ü/?&=#"), method :
            quay_client::types::AutoPrunePolicyMethod::NumberOfTags, value :
            quay_client::types::AutoPrunePolicyValue::Integer(1_700_000_000i64), },
            "{}: the typed answer", "getUserAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getUserAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "getUserAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserAutoPrunePolicyParams {
            policy_uuid : String::from("policy_uuid ü?#%2F"), }),
            "{}: parameters arrive intact", "getUserAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserAutoPrunePolicy"
        );
    }
    {
        let result = client
            .update_user_auto_prune_policy(
                String::from("policy_uuid ü?#%2F"),
                quay_client::types::AutoPrunePolicyConfig {
                    method: quay_client::types::AutoPrunePolicyConfigMethod::NumberOfTags,
                    value: quay_client::types::AutoPrunePolicyConfigValue::Integer(
                        1_700_000_000i64,
                    ),
                },
            )
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "updateUserAutoPrunePolicy"));
        assert_eq!(answer, (), "{}: the typed answer", "updateUserAutoPrunePolicy");
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "updateUserAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "updateUserAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::UpdateUserAutoPrunePolicyParams {
            policy_uuid : String::from("policy_uuid ü?#%2F"), }),
            "{}: parameters arrive intact", "updateUserAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::AutoPrunePolicyConfig {
            method : quay_server::types::AutoPrunePolicyConfigMethod::NumberOfTags, value
            : quay_server::types::AutoPrunePolicyConfigValue::Integer(1_700_000_000i64),
            }).expect("encodes"), "{}: the body arrives intact",
            "updateUserAutoPrunePolicy"
        );
    }
    {
        let result = client
            .delete_user_auto_prune_policy(String::from("policy_uuid ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "deleteUserAutoPrunePolicy"));
        assert_eq!(
            answer, quay_client::types::AutoPrunePolicyId { uuid :
            String::from("uuid ü/?&=#"), }, "{}: the typed answer",
            "deleteUserAutoPrunePolicy"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "deleteUserAutoPrunePolicy"
        );
        assert_eq!(seen[0].0, "deleteUserAutoPrunePolicy");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteUserAutoPrunePolicyParams {
            policy_uuid : String::from("policy_uuid ü?#%2F"), }),
            "{}: parameters arrive intact", "deleteUserAutoPrunePolicy"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteUserAutoPrunePolicy"
        );
    }
    {
        let result = client
            .export_user_logs(quay_client::types::ExportLogs {
                callback_url: Some(String::from("callback_url ü/?&=#")),
                callback_email: Some(String::from("callback_email ü/?&=#")),
            })
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "exportUserLogs"));
        assert_eq!(
            answer, quay_client::types::ExportLogsResult { export_id :
            String::from("export_id ü/?&=#"), }, "{}: the typed answer",
            "exportUserLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "exportUserLogs");
        assert_eq!(seen[0].0, "exportUserLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ExportUserLogsParams { endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "exportUserLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::ExportLogs {
            callback_url : Some(String::from("callback_url ü/?&=#")), callback_email :
            Some(String::from("callback_email ü/?&=#")), }).expect("encodes"),
            "{}: the body arrives intact", "exportUserLogs"
        );
    }
    {
        let result = client
            .list_user_logs()
            .next_page(String::from("next_page ü/?&=#"))
            .performer(String::from("performer ü/?&=#"))
            .endtime(String::from("endtime ü/?&=#"))
            .starttime(String::from("starttime ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listUserLogs"));
        assert_eq!(
            answer, quay_client::types::LogsPage { start_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            end_time :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"), logs :
            vec![quay_client::types::LogEntry { kind : String::from("kind ü/?&=#"),
            metadata : serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default(), ip : Some(String::from("ip ü/?&=#")), datetime :
            quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"),
            performer : Some(quay_client::types::LogEntryPerformer { kind :
            Some(quay_client::types::LogEntryPerformerKind::User), name :
            Some(String::from("name ü/?&=#")), is_robot : Some(true), avatar :
            Some(quay_client::types::Avatar { name : String::from("name ü/?&=#"), hash :
            String::from("hash ü/?&=#"), color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), namespace :
            Some(quay_client::types::LogEntryNamespace { kind :
            Some(quay_client::types::LogEntryNamespaceKind::Org), name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), }), }], next_page :
            Some(String::from("next_page ü/?&=#")), }, "{}: the typed answer",
            "listUserLogs"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listUserLogs");
        assert_eq!(seen[0].0, "listUserLogs");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListUserLogsParams { next_page :
            Some(String::from("next_page ü/?&=#")), performer :
            Some(String::from("performer ü/?&=#")), endtime :
            Some(String::from("endtime ü/?&=#")), starttime :
            Some(String::from("starttime ü/?&=#")), }), "{}: parameters arrive intact",
            "listUserLogs"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listUserLogs"
        );
    }
    {
        let result = client.list_user_quota().await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listUserQuota"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), }],
            "{}: the typed answer", "listUserQuota"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listUserQuota");
        assert_eq!(seen[0].0, "listUserQuota");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "listUserQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listUserQuota"
        );
    }
    {
        let result = client.get_user_quota(String::from("quota_id ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserQuota"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "getUserQuota"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserQuota");
        assert_eq!(seen[0].0, "getUserQuota");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserQuotaParams { quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "getUserQuota"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserQuota"
        );
    }
    {
        let result = client
            .list_user_quota_limit(String::from("quota_id ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listUserQuotaLimit"));
        assert_eq!(
            answer, vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], "{}: the typed answer", "listUserQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listUserQuotaLimit");
        assert_eq!(seen[0].0, "listUserQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListUserQuotaLimitParams { quota_id :
            String::from("quota_id ü?#%2F"), }), "{}: parameters arrive intact",
            "listUserQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listUserQuotaLimit"
        );
    }
    {
        let result = client
            .get_user_quota_limit(
                String::from("quota_id ü?#%2F"),
                String::from("limit_id ü?#%2F"),
            )
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserQuotaLimit"));
        assert_eq!(
            answer, quay_client::types::QuotaView { id : Some(1_700_000_000i64),
            limit_bytes : 1_700_000_000i64, default_config : Some(true), limits :
            vec![quay_client::types::QuotaLimit { id : 1_700_000_000i64, type_ :
            quay_client::types::QuotaLimitType::Warning, limit_percent :
            1_700_000_000i64, }], default_config_exists : Some(true), },
            "{}: the typed answer", "getUserQuotaLimit"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserQuotaLimit");
        assert_eq!(seen[0].0, "getUserQuotaLimit");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserQuotaLimitParams { quota_id :
            String::from("quota_id ü?#%2F"), limit_id :
            String::from("limit_id ü?#%2F"), }), "{}: parameters arrive intact",
            "getUserQuotaLimit"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserQuotaLimit"
        );
    }
    {
        let result = client
            .get_user_robots()
            .limit(1_700_000_000i64)
            .token(true)
            .permissions(true)
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserRobots"));
        assert_eq!(
            answer, quay_client::types::RobotList { robots :
            vec![quay_client::types::RobotListItem { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token : Some(None),
            teams : Some(vec![quay_client::types::RobotListItemTeamsItem { name : None,
            avatar : None, }]), repositories :
            Some(vec![String::from("repositories ü/?&=#")]), }], },
            "{}: the typed answer", "getUserRobots"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserRobots");
        assert_eq!(seen[0].0, "getUserRobots");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserRobotsParams { limit :
            Some(1_700_000_000i64), token : Some(true), permissions : Some(true), }),
            "{}: parameters arrive intact", "getUserRobots"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserRobots"
        );
    }
    {
        let result = client
            .get_user_robot(String::from("robot_shortname ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserRobot"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "getUserRobot"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserRobot");
        assert_eq!(seen[0].0, "getUserRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserRobotParams { robot_shortname
            : String::from("robot_shortname ü?#%2F"), }),
            "{}: parameters arrive intact", "getUserRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserRobot"
        );
    }
    {
        let result = client
            .create_user_robot(String::from("robot_shortname ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createUserRobot"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "createUserRobot"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createUserRobot");
        assert_eq!(seen[0].0, "createUserRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::CreateUserRobotParams {
            robot_shortname : String::from("robot_shortname ü?#%2F"), }),
            "{}: parameters arrive intact", "createUserRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "createUserRobot"
        );
    }
    {
        let result = client
            .delete_user_robot(String::from("robot_shortname ü?#%2F"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteUserRobot"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteUserRobot");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteUserRobot");
        assert_eq!(seen[0].0, "deleteUserRobot");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteUserRobotParams {
            robot_shortname : String::from("robot_shortname ü?#%2F"), }),
            "{}: parameters arrive intact", "deleteUserRobot"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteUserRobot"
        );
    }
    {
        let result = client
            .get_user_robot_permissions(String::from("robot_shortname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "getUserRobotPermissions"));
        assert_eq!(
            answer, quay_client::types::RobotPermissionList { permissions :
            vec![quay_client::types::RobotPermission { repository :
            quay_client::types::RobotPermissionRepository { name :
            Some(String::from("name ü/?&=#")), is_public : Some(true), }, role :
            quay_client::types::RobotPermissionRole::Read, }], }, "{}: the typed answer",
            "getUserRobotPermissions"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "getUserRobotPermissions"
        );
        assert_eq!(seen[0].0, "getUserRobotPermissions");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserRobotPermissionsParams {
            robot_shortname : String::from("robot_shortname ü?#%2F"), }),
            "{}: parameters arrive intact", "getUserRobotPermissions"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserRobotPermissions"
        );
    }
    {
        let result = client
            .regenerate_user_robot_token(String::from("robot_shortname ü?#%2F"))
            .await;
        let answer = result
            .unwrap_or_else(|e| panic!("{}: {e}", "regenerateUserRobotToken"));
        assert_eq!(
            answer, quay_client::types::Robot { name : String::from("name ü/?&=#"),
            created :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            last_accessed :
            Some(quay_client::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000")),
            description : Some(String::from("description ü/?&=#")), token :
            Some(String::from("token ü/?&=#")), unstructured_metadata : Some(None), },
            "{}: the typed answer", "regenerateUserRobotToken"
        );
        let seen = recorder.take();
        assert_eq!(
            seen.len(), 1, "{}: the server saw one call", "regenerateUserRobotToken"
        );
        assert_eq!(seen[0].0, "regenerateUserRobotToken");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::RegenerateUserRobotTokenParams {
            robot_shortname : String::from("robot_shortname ü?#%2F"), }),
            "{}: parameters arrive intact", "regenerateUserRobotToken"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "regenerateUserRobotToken"
        );
    }
    {
        let result = client
            .list_starred_repos()
            .next_page(String::from("next_page ü/?&=#"))
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "listStarredRepos"));
        assert_eq!(
            answer, quay_client::types::StarredRepositoryList { repositories :
            vec![quay_client::types::StarredRepository { namespace :
            String::from("namespace ü/?&=#"), name : String::from("name ü/?&=#"),
            description : Some(String::from("description ü/?&=#")), is_public : true,
            }], next_page : Some(String::from("next_page ü/?&=#")), },
            "{}: the typed answer", "listStarredRepos"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "listStarredRepos");
        assert_eq!(seen[0].0, "listStarredRepos");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::ListStarredReposParams { next_page :
            Some(String::from("next_page ü/?&=#")), }), "{}: parameters arrive intact",
            "listStarredRepos"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "listStarredRepos"
        );
    }
    {
        let result = client
            .create_star(quay_client::types::NewStarredRepository {
                namespace: String::from("namespace ü/?&=#"),
                repository: String::from("repository ü/?&=#"),
            })
            .await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "createStar"));
        assert_eq!(
            answer, quay_client::types::StarredRepositoryRef { namespace :
            String::from("namespace ü/?&=#"), repository :
            String::from("repository ü/?&=#"), }, "{}: the typed answer", "createStar"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "createStar");
        assert_eq!(seen[0].0, "createStar");
        assert_eq!(
            seen[0].1, String::new(), "{}: parameters arrive intact", "createStar"
        );
        assert_eq!(
            seen[0].2, serde_json::to_value(& quay_server::types::NewStarredRepository {
            namespace : String::from("namespace ü/?&=#"), repository :
            String::from("repository ü/?&=#"), }).expect("encodes"),
            "{}: the body arrives intact", "createStar"
        );
    }
    {
        let result = client.delete_star(String::from("ns-repository x/name ü")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "deleteStar"));
        assert_eq!(answer, (), "{}: the typed answer", "deleteStar");
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "deleteStar");
        assert_eq!(seen[0].0, "deleteStar");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::DeleteStarParams { repository :
            String::from("ns-repository x/name ü"), }), "{}: parameters arrive intact",
            "deleteStar"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "deleteStar"
        );
    }
    {
        let result = client.get_user_information(String::from("username ü?#%2F")).await;
        let answer = result.unwrap_or_else(|e| panic!("{}: {e}", "getUserInformation"));
        assert_eq!(
            answer, quay_client::types::UserView { verified : Some(true), anonymous :
            true, username : String::from("username ü/?&=#"), email :
            Some(String::from("email ü/?&=#")), avatar : quay_client::types::Avatar {
            name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }, organizations :
            Some(vec![quay_client::types::UserViewOrganizationsItem { name :
            Some(String::from("name ü/?&=#")), avatar : Some(quay_client::types::Avatar
            { name : String::from("name ü/?&=#"), hash : String::from("hash ü/?&=#"),
            color : String::from("color ü/?&=#"), kind :
            quay_client::types::AvatarKind::User, }), can_create_repo : Some(true),
            public : Some(true), is_org_admin : Some(true), preferred_namespace :
            Some(true), }]), logins : Some(vec![quay_client::types::UserViewLoginsItem {
            service : Some(String::from("service ü/?&=#")), service_identifier :
            Some(String::from("service_identifier ü/?&=#")), metadata :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), }]), can_create_repo : Some(true), preferred_namespace
            : Some(true), is_me : Some(true), invoice_email : Some(true),
            invoice_email_address : Some(None), tag_expiration_s :
            Some(1_700_000_000i64), prompts :
            Some(vec![String::from("prompts ü/?&=#")]), company : Some(None),
            family_name : Some(None), given_name : Some(None), location : Some(None),
            is_free_account : Some(true), has_password_set : Some(true), quotas :
            Some(vec![quay_client::types::UserViewQuotasItem { id :
            Some(1_700_000_000i64), limit_bytes : Some(1_700_000_000i64), limits :
            Some(vec![quay_client::types::UserViewQuotasItemLimitsItem { id : None, type_
            : None, limit_percent : None, }]), }]), quota_report :
            Some(serde_json::json!({ "sample" : true }) .as_object().cloned()
            .unwrap_or_default()), super_user : Some(true), }, "{}: the typed answer",
            "getUserInformation"
        );
        let seen = recorder.take();
        assert_eq!(seen.len(), 1, "{}: the server saw one call", "getUserInformation");
        assert_eq!(seen[0].0, "getUserInformation");
        assert_eq!(
            seen[0].1, format!("{:?}", quay_server::GetUserInformationParams { username :
            String::from("username ü?#%2F"), }), "{}: parameters arrive intact",
            "getUserInformation"
        );
        assert_eq!(
            seen[0].2, serde_json::Value::Null, "{}: the body arrives intact",
            "getUserInformation"
        );
    }
}
