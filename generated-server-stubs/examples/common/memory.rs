//! An in-memory implementation of a useful subset of the Quay API.
//!
//! [`MemoryQuay`] implements [`Api`] for users, organizations, repositories, tags,
//! robots, repository permissions, stars, global messages and superuser users; every
//! other operation keeps the generated default and answers 501. [`Tokens`] is a fixed
//! table of bearer tokens. The whole state sits behind one `RwLock` that is never held
//! across an `.await`, so concurrent requests are safe and each handler sees and
//! changes the state atomically.
//!
//! The router has already checked the token, the operation's scope and the shape of
//! every parameter and body before a method here runs: handlers only apply Quay's
//! rules (does the repository exist, may this user administer that namespace, ...).
//!
//! The file is shared: `examples/quay_example.rs` serves it and the tests of
//! `quay-tests` include it with `#[path]`.
#![allow(
    dead_code,
    reason = "each includer uses a different part of this module"
)]
// `ErrorModel` (Quay's `ApiError`) is 128+ bytes; the helpers return it like the
// `Api` methods do.
#![allow(clippy::result_large_err)]

use axum::http::StatusCode;
use quay_server::types::{self, Avatar, AvatarKind, DateTime};
use quay_server::{Api, Authenticator, ErrorModel, Principal, RequestContext, error};
use quay_server::{
    ChangeOrganizationDetailsParams, ChangeOrganizationDetailsResponse, ChangeRepoVisibilityParams,
    ChangeRepoVisibilityResponse, ChangeTagParams, ChangeTagResponse, ChangeUserPermissionsParams,
    ChangeUserPermissionsResponse, CreateGlobalMessageResponse, CreateInstallUserResponse,
    CreateOrgRobotParams, CreateOrgRobotResponse, CreateOrganizationResponse, CreateRepoResponse,
    CreateStarResponse, CreateUserRobotParams, CreateUserRobotResponse,
    DeleteAdminedOrganizationParams, DeleteAdminedOrganizationResponse, DeleteFullTagParams,
    DeleteFullTagResponse, DeleteGlobalMessageParams, DeleteGlobalMessageResponse,
    DeleteOrgRobotParams, DeleteOrgRobotResponse, DeleteRepositoryParams, DeleteRepositoryResponse,
    DeleteStarParams, DeleteStarResponse, DeleteUserPermissionsParams,
    DeleteUserPermissionsResponse, DeleteUserRobotParams, DeleteUserRobotResponse,
    GetGlobalMessagesResponse, GetLoggedInUserResponse, GetOrgRobotParams, GetOrgRobotResponse,
    GetOrgRobotsParams, GetOrgRobotsResponse, GetOrganizationParams, GetOrganizationResponse,
    GetRepoParams, GetRepoResponse, GetUserInformationParams, GetUserInformationResponse,
    GetUserPermissionsParams, GetUserPermissionsResponse, GetUserRobotParams, GetUserRobotResponse,
    GetUserRobotsParams, GetUserRobotsResponse, ListAllUsersParams, ListAllUsersResponse,
    ListRepoTagsParams, ListRepoTagsResponse, ListRepoUserPermissionsParams,
    ListRepoUserPermissionsResponse, ListReposParams, ListReposResponse, ListStarredReposParams,
    ListStarredReposResponse, UpdateRepoParams, UpdateRepoResponse,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The eight OAuth scopes of the Quay API.
pub const ALL_SCOPES: [&str; 8] = [
    "repo:read",
    "repo:write",
    "repo:admin",
    "repo:create",
    "user:read",
    "user:admin",
    "org:admin",
    "super:user",
];

/// Default number of items per page of the listings that page with `next_page`.
const PAGE_SIZE: usize = 100;

// ---------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------

/// A fixed table of bearer tokens, each standing for a user with some scopes.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    tokens: HashMap<String, Principal>,
}

impl Tokens {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `token`, granting `user` the given scopes.
    pub fn with<'a>(
        mut self,
        token: impl Into<String>,
        user: &str,
        scopes: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        self.tokens
            .insert(token.into(), Principal::new(user, scopes));
        self
    }
}

impl Authenticator for Tokens {
    async fn authenticate(&self, token: &str) -> Option<Principal> {
        self.tokens.get(token).cloned()
    }
}

/// A random token of 40 alphanumeric characters, like the ones Quay issues.
///
/// Built from the standard library's randomly keyed hasher: good enough for an
/// example, use a real random number generator in production.
pub fn random_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut token = String::with_capacity(40);
    while token.len() < 40 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(now_nanos());
        hasher.write_usize(token.len());
        let mut bits = hasher.finish();
        for _ in 0..8 {
            token.push(char::from(ALPHABET[(bits % 62) as usize]));
            bits /= 62;
        }
    }
    token.truncate(40);
    token
}

// ---------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------

/// The in-memory Quay: implements [`Api`].
#[derive(Debug)]
pub struct MemoryQuay {
    state: RwLock<State>,
    page_size: usize,
}

#[derive(Debug, Default)]
struct State {
    /// By username.
    users: BTreeMap<String, User>,
    /// By organization name; users and organizations share one namespace.
    orgs: BTreeMap<String, Org>,
    /// By `namespace/name`.
    repos: BTreeMap<String, Repo>,
    /// By full robot name, `namespace+shortname`.
    robots: BTreeMap<String, RobotAccount>,
    /// Username to the `namespace/name` of the repositories they starred.
    stars: BTreeMap<String, BTreeSet<String>>,
    messages: Vec<types::GlobalMessage>,
}

#[derive(Debug)]
struct User {
    email: Option<String>,
    super_user: bool,
    enabled: bool,
}

#[derive(Debug)]
struct Org {
    email: String,
    admins: BTreeSet<String>,
    invoice_email: bool,
    invoice_email_address: Option<String>,
    tag_expiration_s: i64,
}

#[derive(Debug)]
struct Repo {
    namespace: String,
    name: String,
    description: Option<String>,
    public: bool,
    kind: String,
    tags: BTreeMap<String, Tag>,
    /// Direct permissions of users and robots, by name.
    permissions: BTreeMap<String, Role>,
}

#[derive(Debug)]
struct Tag {
    manifest_digest: String,
    start_ts: i64,
    expiration: Option<i64>,
}

#[derive(Debug)]
struct RobotAccount {
    description: String,
    token: String,
    metadata: serde_json::Map<String, serde_json::Value>,
    created: i64,
}

/// What a caller may do with a repository, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Read,
    Write,
    Admin,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Read => "read",
            Role::Write => "write",
            Role::Admin => "admin",
        }
    }
}

impl Default for MemoryQuay {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryQuay {
    /// An empty registry.
    pub fn new() -> Self {
        MemoryQuay {
            state: RwLock::new(State::default()),
            page_size: PAGE_SIZE,
        }
    }

    /// Sets how many items a page of `listRepos`, `listStarredRepos` and
    /// `listAllUsers` holds (default 100).
    pub fn with_page_size(mut self, page_size: usize) -> Self {
        self.page_size = page_size.max(1);
        self
    }

    /// Adds a user account (tokens are configured separately, see [`Tokens`]).
    pub fn with_user(self, username: &str, email: &str, super_user: bool) -> Self {
        self.write().users.insert(
            username.to_owned(),
            User {
                email: Some(email.to_owned()),
                super_user,
                enabled: true,
            },
        );
        self
    }

    /// Never poisoned in practice (handlers do not panic while holding the lock);
    /// if one did, the state is still consistent because every change is a single
    /// map operation, so carry on.
    fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }
}

// ---------------------------------------------------------------------------
// Errors, in the shape Quay answers them
// ---------------------------------------------------------------------------

fn not_found(detail: impl Into<String>) -> ErrorModel {
    error(StatusCode::NOT_FOUND, "not_found", detail)
}

fn bad_request(detail: impl Into<String>) -> ErrorModel {
    error(StatusCode::BAD_REQUEST, "invalid_request", detail)
}

fn forbidden(detail: impl Into<String>) -> ErrorModel {
    error(StatusCode::FORBIDDEN, "insufficient_scope", detail)
}

/// The caller's username. Secured operations always have one (the router refused
/// the request otherwise); this turns the impossible case into a 401, not a panic.
fn caller(context: &RequestContext) -> Result<&str, ErrorModel> {
    context
        .principal
        .as_ref()
        .map(|p| p.name.as_str())
        .ok_or_else(|| {
            error(
                StatusCode::UNAUTHORIZED,
                "invalid_token",
                "this operation requires a bearer token",
            )
        })
}

/// Splits the `repository` path parameter, `namespace/name`.
fn split_repository(repository: &str) -> Result<(&str, &str), ErrorModel> {
    repository
        .split_once('/')
        .filter(|(ns, name)| !ns.is_empty() && !name.is_empty() && !name.contains('/'))
        .ok_or_else(|| {
            bad_request(format!(
                "invalid repository `{repository}`: expected namespace/name"
            ))
        })
}

/// Quay's rule for repository names (lowercase, digits, `.`, `_`, `-`).
fn valid_repo_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name.len() <= 255
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
}

/// Quay answers an invalid robot name with its own 400 body, `{"message": ...}`
/// (`InvalidRobotException` caught in `endpoints/api/robot.py`), not an ApiError.
fn invalid_robot_name(shortname: &str) -> Option<types::ApiErrorOrMessage> {
    (!valid_robot_shortname(shortname)).then(|| {
        types::ApiErrorOrMessage::ErrorMessage(types::ErrorMessage {
            message: format!(
                "Invalid robot account name `{shortname}`: use a lowercase letter, then lowercase letters, digits or `_` (2 to 255 characters)"
            ),
        })
    })
}

/// Quay's rule for robot short names (a lowercase letter, then lowercase, digits, `_`).
fn valid_robot_shortname(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && (2..=255).contains(&name.len())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

// ---------------------------------------------------------------------------
// Rules over the state
// ---------------------------------------------------------------------------

impl State {
    fn is_super_user(&self, who: &str) -> bool {
        self.users.get(who).is_some_and(|u| u.super_user)
    }

    fn namespace_exists(&self, namespace: &str) -> bool {
        self.users.contains_key(namespace) || self.orgs.contains_key(namespace)
    }

    /// The user's own namespace, an organization they administer, or any namespace
    /// for a superuser.
    fn can_admin_namespace(&self, who: &str, namespace: &str) -> bool {
        who == namespace && self.users.contains_key(who)
            || self
                .orgs
                .get(namespace)
                .is_some_and(|o| o.admins.contains(who))
            || self.is_super_user(who)
    }

    /// What `who` may do with `repo`: `None` when it may not even see it.
    fn role(&self, who: Option<&str>, repo: &Repo) -> Option<Role> {
        let by_permission = who.and_then(|w| {
            if self.can_admin_namespace(w, &repo.namespace) {
                Some(Role::Admin)
            } else {
                repo.permissions.get(w).copied()
            }
        });
        let by_visibility = repo.public.then_some(Role::Read);
        by_permission.max(by_visibility)
    }

    /// The repository, if `who` holds at least `needed` on it. Repositories the
    /// caller cannot see are reported missing, as Quay does for private ones.
    fn repo(&self, who: &str, repository: &str, needed: Role) -> Result<&Repo, ErrorModel> {
        let missing = || not_found(format!("repository {repository} not found"));
        let repo = self.repos.get(repository).ok_or_else(missing)?;
        match self.role(Some(who), repo) {
            None => Err(missing()),
            Some(role) if role < needed => Err(forbidden(format!(
                "{who} needs {} permission on {repository}",
                needed.as_str()
            ))),
            Some(_) => Ok(repo),
        }
    }

    fn repo_mut(
        &mut self,
        who: &str,
        repository: &str,
        needed: Role,
    ) -> Result<&mut Repo, ErrorModel> {
        self.repo(who, repository, needed)?;
        Ok(self.repos.get_mut(repository).expect("checked just above"))
    }

    fn avatar_for(&self, name: &str) -> Avatar {
        let kind = if name.contains('+') {
            AvatarKind::Robot
        } else if self.orgs.contains_key(name) {
            AvatarKind::Org
        } else {
            AvatarKind::User
        };
        avatar(name, kind)
    }

    fn user_view(&self, who: &str, full: bool) -> Option<types::UserView> {
        let user = self.users.get(who)?;
        let organizations = self
            .orgs
            .iter()
            .filter(|(_, org)| org.admins.contains(who))
            .map(|(name, _)| types::UserViewOrganizationsItem {
                name: Some(name.clone()),
                avatar: Some(avatar(name, AvatarKind::Org)),
                can_create_repo: Some(true),
                public: Some(false),
                is_org_admin: Some(true),
                preferred_namespace: Some(false),
            })
            .collect();
        Some(types::UserView {
            verified: full.then_some(true),
            anonymous: false,
            username: who.to_owned(),
            email: if full { user.email.clone() } else { None },
            avatar: avatar(who, AvatarKind::User),
            organizations: full.then_some(organizations),
            logins: full.then(Vec::new),
            can_create_repo: full.then_some(true),
            preferred_namespace: full.then_some(false),
            is_me: full.then_some(true),
            invoice_email: full.then_some(false),
            invoice_email_address: None,
            tag_expiration_s: full.then_some(1_209_600),
            prompts: full.then(Vec::new),
            company: None,
            family_name: None,
            given_name: None,
            location: None,
            is_free_account: None,
            has_password_set: full.then_some(true),
            quotas: None,
            quota_report: None,
            super_user: Some(user.super_user),
        })
    }

    fn organization_view(&self, name: &str, who: Option<&str>) -> Option<types::Organization> {
        let org = self.orgs.get(name)?;
        let is_admin = who.is_some_and(|w| self.can_admin_namespace(w, name));
        Some(types::Organization {
            name: name.to_owned(),
            email: if is_admin {
                org.email.clone()
            } else {
                String::new()
            },
            avatar: avatar(name, AvatarKind::Org),
            is_admin,
            is_member: who.is_some_and(|w| org.admins.contains(w)),
            teams: None,
            ordered_teams: None,
            invoice_email: is_admin.then_some(org.invoice_email),
            invoice_email_address: is_admin.then(|| org.invoice_email_address.clone()),
            tag_expiration_s: is_admin.then_some(org.tag_expiration_s),
            is_free_account: Some(true),
            quotas: None,
            quota_report: None,
        })
    }

    fn permission_view(&self, repo: &Repo, name: &str, role: Role) -> types::RepoUserPermission {
        types::RepoUserPermission {
            role: types::RepoUserPermissionRole::from(role.as_str()),
            name: name.to_owned(),
            is_robot: name.contains('+'),
            avatar: self.avatar_for(name),
            is_org_member: self.orgs.get(&repo.namespace).map(|org| {
                org.admins.contains(name) || name.starts_with(&format!("{}+", repo.namespace))
            }),
        }
    }

    fn robot_view(&self, full_name: &str, robot: &RobotAccount) -> types::Robot {
        types::Robot {
            name: full_name.to_owned(),
            created: Some(http_date(robot.created)),
            last_accessed: None,
            description: Some(robot.description.clone()),
            token: Some(robot.token.clone()),
            unstructured_metadata: Some(Some(robot.metadata.clone())),
        }
    }

    fn robot_list(
        &self,
        namespace: &str,
        limit: Option<i64>,
        with_token: bool,
        with_permissions: bool,
    ) -> types::RobotList {
        let prefix = format!("{namespace}+");
        let limit = limit
            .and_then(|l| usize::try_from(l).ok())
            .unwrap_or(usize::MAX);
        let robots = self
            .robots
            .iter()
            .filter(|(name, _)| name.starts_with(&prefix))
            .take(limit)
            .map(|(name, robot)| types::RobotListItem {
                name: name.clone(),
                created: Some(http_date(robot.created)),
                last_accessed: None,
                description: Some(robot.description.clone()),
                token: with_token.then(|| Some(robot.token.clone())),
                teams: with_permissions.then(Vec::new),
                repositories: with_permissions.then(|| {
                    self.repos
                        .values()
                        .filter(|r| r.permissions.contains_key(name))
                        .map(|r| r.name.clone())
                        .collect()
                }),
            })
            .collect();
        types::RobotList { robots }
    }

    fn create_robot(
        &mut self,
        namespace: &str,
        shortname: &str,
        body: Option<types::CreateRobot>,
    ) -> Result<types::Robot, ErrorModel> {
        if !valid_robot_shortname(shortname) {
            return Err(bad_request(format!(
                "invalid robot name `{shortname}`: use a lowercase letter, then lowercase letters, digits or `_` (2 to 255 characters)"
            )));
        }
        let full_name = format!("{namespace}+{shortname}");
        if self.robots.contains_key(&full_name) {
            return Err(bad_request(format!(
                "existing robot with name: {full_name}"
            )));
        }
        let body = body.unwrap_or_default();
        let robot = RobotAccount {
            description: body.description.unwrap_or_default(),
            token: random_token(),
            metadata: body.unstructured_metadata.unwrap_or_default(),
            created: now_secs(),
        };
        let view = self.robot_view(&full_name, &robot);
        self.robots.insert(full_name, robot);
        Ok(view)
    }

    fn robot(&self, namespace: &str, shortname: &str) -> Result<types::Robot, ErrorModel> {
        let full_name = format!("{namespace}+{shortname}");
        let robot = self
            .robots
            .get(&full_name)
            .ok_or_else(|| not_found(format!("robot {full_name} not found")))?;
        Ok(self.robot_view(&full_name, robot))
    }

    fn delete_robot(&mut self, namespace: &str, shortname: &str) -> Result<(), ErrorModel> {
        let full_name = format!("{namespace}+{shortname}");
        self.robots
            .remove(&full_name)
            .ok_or_else(|| not_found(format!("robot {full_name} not found")))?;
        for repo in self.repos.values_mut() {
            repo.permissions.remove(&full_name);
        }
        Ok(())
    }

    fn org_admin(&self, who: &str, orgname: &str) -> Result<(), ErrorModel> {
        if !self.orgs.contains_key(orgname) {
            return Err(not_found(format!("organization {orgname} not found")));
        }
        if !self.can_admin_namespace(who, orgname) {
            return Err(forbidden(format!(
                "{who} is not an administrator of {orgname}"
            )));
        }
        Ok(())
    }

    fn super_user(&self, who: &str) -> Result<(), ErrorModel> {
        if self.is_super_user(who) {
            Ok(())
        } else {
            Err(forbidden(format!("{who} is not a superuser")))
        }
    }
}

/// One page of `items` (sorted by key) after the key `next_page` encodes, and the
/// token of the following page. Tokens are opaque to clients (hex here). Like Quay
/// (`decrypt_page_token` answers `None`), a token that does not decode starts from
/// the first page instead of failing.
fn page<'a, T>(
    items: impl Iterator<Item = (&'a String, T)>,
    next_page: Option<&str>,
    page_size: usize,
) -> Result<(Vec<T>, Option<String>), ErrorModel> {
    let after = next_page.and_then(hex_decode);
    let mut rest = items
        .filter(|(key, _)| after.as_ref().is_none_or(|a| key.as_str() > a.as_str()))
        .peekable();
    let mut page = Vec::new();
    let mut last = None;
    while page.len() < page_size {
        let Some((key, item)) = rest.next() else {
            break;
        };
        last = Some(key);
        page.push(item);
    }
    let next = if rest.peek().is_some() {
        last.map(|k| hex_encode(k))
    } else {
        None
    };
    Ok((page, next))
}

// ---------------------------------------------------------------------------
// The operations
// ---------------------------------------------------------------------------

impl Api for MemoryQuay {
    // --- users ---------------------------------------------------------------

    async fn get_logged_in_user(
        &self,
        context: RequestContext,
    ) -> Result<GetLoggedInUserResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let view = state
            .user_view(who, true)
            .ok_or_else(|| not_found(format!("user {who} not found")))?;
        Ok(view.into())
    }

    async fn get_user_information(
        &self,
        _context: RequestContext,
        params: GetUserInformationParams,
    ) -> Result<GetUserInformationResponse, ErrorModel> {
        let state = self.read();
        let view = state
            .user_view(&params.username, false)
            .ok_or_else(|| not_found(format!("user {} not found", params.username)))?;
        Ok(view.into())
    }

    // --- organizations -------------------------------------------------------

    async fn create_organization(
        &self,
        context: RequestContext,
        body: types::NewOrg,
    ) -> Result<CreateOrganizationResponse, ErrorModel> {
        let who = caller(&context)?;
        if !valid_repo_name(&body.name) {
            return Err(bad_request(format!(
                "invalid organization name `{}`",
                body.name
            )));
        }
        let mut state = self.write();
        if state.namespace_exists(&body.name) {
            return Err(bad_request(
                "A user or organization with this name already exists",
            ));
        }
        state.orgs.insert(
            body.name,
            Org {
                email: body.email.unwrap_or_default(),
                admins: BTreeSet::from([who.to_owned()]),
                invoice_email: false,
                invoice_email_address: None,
                tag_expiration_s: 1_209_600,
            },
        );
        Ok(CreateOrganizationResponse::Created(
            types::CreateOrganizationResponse::Created,
        ))
    }

    async fn get_organization(
        &self,
        context: RequestContext,
        params: GetOrganizationParams,
    ) -> Result<GetOrganizationResponse, ErrorModel> {
        let who = context.principal.as_ref().map(|p| p.name.as_str());
        let state = self.read();
        let view = state
            .organization_view(&params.orgname, who)
            .ok_or_else(|| not_found(format!("organization {} not found", params.orgname)))?;
        Ok(view.into())
    }

    async fn change_organization_details(
        &self,
        context: RequestContext,
        params: ChangeOrganizationDetailsParams,
        body: types::UpdateOrg,
    ) -> Result<ChangeOrganizationDetailsResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.org_admin(who, &params.orgname)?;
        if body.tag_expiration_s.is_some_and(|s| s < 0) {
            return Err(bad_request("tag_expiration_s must not be negative"));
        }
        let org = state
            .orgs
            .get_mut(&params.orgname)
            .expect("checked by org_admin");
        if let Some(email) = body.email {
            org.email = email;
        }
        if let Some(invoice_email) = body.invoice_email {
            org.invoice_email = invoice_email;
        }
        if let Some(address) = body.invoice_email_address {
            org.invoice_email_address = address;
        }
        if let Some(seconds) = body.tag_expiration_s {
            org.tag_expiration_s = seconds;
        }
        let view = state
            .organization_view(&params.orgname, Some(who))
            .expect("exists");
        Ok(view.into())
    }

    async fn delete_admined_organization(
        &self,
        context: RequestContext,
        params: DeleteAdminedOrganizationParams,
    ) -> Result<DeleteAdminedOrganizationResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.org_admin(who, &params.orgname)?;
        let orgname = params.orgname;
        state.orgs.remove(&orgname);
        // Everything the organization owned goes with it.
        let repo_prefix = format!("{orgname}/");
        let robot_prefix = format!("{orgname}+");
        state.repos.retain(|key, _| !key.starts_with(&repo_prefix));
        state
            .robots
            .retain(|name, _| !name.starts_with(&robot_prefix));
        for starred in state.stars.values_mut() {
            starred.retain(|key| !key.starts_with(&repo_prefix));
        }
        Ok(DeleteAdminedOrganizationResponse::NoContent)
    }

    // --- repositories --------------------------------------------------------

    async fn create_repo(
        &self,
        context: RequestContext,
        body: types::NewRepo,
    ) -> Result<CreateRepoResponse, ErrorModel> {
        let who = caller(&context)?;
        let namespace = body.namespace.unwrap_or_else(|| who.to_owned());
        if !valid_repo_name(&body.repository) {
            return Err(bad_request(format!(
                "invalid repository name `{}`: use lowercase letters, digits, `.`, `_` and `-`",
                body.repository
            )));
        }
        let mut state = self.write();
        if !state.namespace_exists(&namespace) {
            return Err(not_found(format!("namespace {namespace} not found")));
        }
        if !state.can_admin_namespace(who, &namespace) {
            return Err(forbidden(format!(
                "{who} may not create repositories in {namespace}"
            )));
        }
        let key = format!("{namespace}/{}", body.repository);
        if state.repos.contains_key(&key) {
            return Err(bad_request("Repository already exists"));
        }
        let kind = match body.repo_kind.flatten() {
            Some(kind) => kind.as_str().to_owned(),
            None => "image".to_owned(),
        };
        state.repos.insert(
            key,
            Repo {
                namespace: namespace.clone(),
                name: body.repository.clone(),
                description: Some(body.description),
                public: body.visibility == types::NewRepoVisibility::Public,
                kind: kind.clone(),
                tags: BTreeMap::new(),
                permissions: BTreeMap::new(),
            },
        );
        Ok(types::CreatedRepository {
            namespace,
            name: body.repository,
            kind: types::CreatedRepositoryKind::from(kind.as_str()),
        }
        .into())
    }

    async fn list_repos(
        &self,
        context: RequestContext,
        params: ListReposParams,
    ) -> Result<ListReposResponse, ErrorModel> {
        let who = caller(&context)?;
        let starred_only = params.starred == Some(true);
        let public = params.public == Some(true);
        if params.namespace.is_none() && !starred_only && !public {
            return Err(bad_request(
                "You must specify either a namespace, public or starred",
            ));
        }
        let state = self.read();
        let no_stars = BTreeSet::new();
        let starred = state.stars.get(who).unwrap_or(&no_stars);
        // The caller sees public repositories and those they hold a permission on.
        let visible = state.repos.iter().filter(|(key, repo)| {
            params
                .namespace
                .as_ref()
                .is_none_or(|ns| *ns == repo.namespace)
                && (!starred_only || starred.contains(*key))
                && params
                    .repo_kind
                    .as_ref()
                    .is_none_or(|k| k.as_str() == repo.kind)
                && state.role(Some(who), repo).is_some()
        });
        let (repos, next_page) = page(visible, params.next_page.as_deref(), self.page_size)?;
        let repositories = repos
            .into_iter()
            .map(|repo| types::RepositoryListItem {
                namespace: repo.namespace.clone(),
                name: repo.name.clone(),
                description: repo.description.clone(),
                is_public: repo.public,
                kind: types::RepositoryListItemKind::from(repo.kind.as_str()),
                state: Some(types::RepositoryListItemState::Normal),
                quota: None,
                last_modified: params
                    .last_modified
                    .filter(|l| *l)
                    .map(|_| repo.tags.values().map(|t| t.start_ts).max()),
                popularity: params.popularity.filter(|p| *p).map(|_| 0.0),
                is_starred: Some(starred.contains(&format!("{}/{}", repo.namespace, repo.name))),
                quota_report: None,
            })
            .collect();
        Ok(types::RepositoryList {
            repositories,
            next_page,
        }
        .into())
    }

    async fn get_repo(
        &self,
        context: RequestContext,
        params: GetRepoParams,
    ) -> Result<GetRepoResponse, ErrorModel> {
        let who = caller(&context)?;
        split_repository(&params.repository)?;
        let state = self.read();
        let repo = state.repo(who, &params.repository, Role::Read)?;
        let role = state.role(Some(who), repo);
        let tags = params.include_tags.unwrap_or(true).then(|| {
            repo.tags
                .iter()
                .map(|(name, tag)| {
                    let summary = types::RepositoryTagSummary {
                        name: name.clone(),
                        size: Some(None),
                        last_modified: Some(http_date(tag.start_ts)),
                        expiration: tag.expiration.map(http_date),
                        manifest_digest: Some(tag.manifest_digest.clone()),
                        image_id: None,
                    };
                    (name.clone(), summary)
                })
                .collect()
        });
        let is_starred = state
            .stars
            .get(who)
            .is_some_and(|s| s.contains(&params.repository));
        Ok(types::Repository {
            namespace: repo.namespace.clone(),
            name: repo.name.clone(),
            kind: types::RepositoryKind::from(repo.kind.as_str()),
            description: repo.description.clone(),
            is_public: repo.public,
            is_organization: state.orgs.contains_key(&repo.namespace),
            is_starred,
            status_token: Some(String::new()),
            trust_enabled: Some(false),
            tag_expiration_s: Some(
                state
                    .orgs
                    .get(&repo.namespace)
                    .map_or(1_209_600, |o| o.tag_expiration_s),
            ),
            is_free_account: true,
            state: Some(types::RepositoryState::Normal),
            can_write: role >= Some(Role::Write),
            can_admin: role >= Some(Role::Admin),
            tags,
            stats: None,
            channels: None,
            releases: None,
        }
        .into())
    }

    async fn update_repo(
        &self,
        context: RequestContext,
        params: UpdateRepoParams,
        body: types::RepoUpdate,
    ) -> Result<UpdateRepoResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state
            .repo_mut(who, &params.repository, Role::Write)?
            .description = Some(body.description);
        Ok(types::RepoSuccess { success: true }.into())
    }

    async fn change_repo_visibility(
        &self,
        context: RequestContext,
        params: ChangeRepoVisibilityParams,
        body: types::ChangeVisibility,
    ) -> Result<ChangeRepoVisibilityResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.repo_mut(who, &params.repository, Role::Admin)?.public =
            body.visibility == types::ChangeVisibilityVisibility::Public;
        Ok(types::RepoSuccess { success: true }.into())
    }

    async fn delete_repository(
        &self,
        context: RequestContext,
        params: DeleteRepositoryParams,
    ) -> Result<DeleteRepositoryResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.repo(who, &params.repository, Role::Admin)?;
        state.repos.remove(&params.repository);
        for starred in state.stars.values_mut() {
            starred.remove(&params.repository);
        }
        Ok(DeleteRepositoryResponse::NoContent)
    }

    // --- tags ----------------------------------------------------------------

    async fn list_repo_tags(
        &self,
        context: RequestContext,
        params: ListRepoTagsParams,
    ) -> Result<ListRepoTagsResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let repo = state.repo(who, &params.repository, Role::Read)?;
        // Quay: pages start at 1, hold `limit` tags (default 50, at most 100).
        let page = params.page.unwrap_or(1).max(1);
        let limit = params.limit.unwrap_or(50).clamp(1, 100);
        let matches = |name: &str| match params.filter_tag_name.as_deref() {
            None => true,
            Some(filter) => match filter.split_once(':') {
                Some(("eq", value)) => name == value,
                Some(("like", value)) => name.contains(value),
                _ => name.contains(filter),
            },
        };
        // A page past the end (however far: `page` may be near `i64::MAX`) is empty.
        let offset = usize::try_from(page - 1)
            .ok()
            .and_then(|p| p.checked_mul(usize::try_from(limit).ok()?))
            .unwrap_or(usize::MAX);
        let mut tags = repo
            .tags
            .iter()
            .filter(|(name, _)| matches(name))
            .filter(|(name, _)| params.specific_tag.as_ref().is_none_or(|t| t == *name))
            .skip(offset)
            .map(|(name, tag)| types::Tag {
                name: name.clone(),
                reversion: false,
                start_ts: Some(tag.start_ts),
                end_ts: tag.expiration,
                manifest_digest: tag.manifest_digest.clone(),
                is_manifest_list: false,
                size: None,
                last_modified: Some(http_date(tag.start_ts)),
                expiration: tag.expiration.map(http_date),
            })
            .take(usize::try_from(limit).unwrap_or(100) + 1)
            .collect::<Vec<_>>();
        let has_additional = tags.len() > usize::try_from(limit).unwrap_or(100);
        tags.truncate(usize::try_from(limit).unwrap_or(100));
        Ok(types::TagList {
            tags,
            page,
            has_additional,
        }
        .into())
    }

    async fn change_tag(
        &self,
        context: RequestContext,
        params: ChangeTagParams,
        body: types::ChangeTag,
    ) -> Result<ChangeTagResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        let repo = state.repo_mut(who, &params.repository, Role::Write)?;
        let digest = body.manifest_digest.flatten();
        if let Some(digest) = &digest {
            if !digest.starts_with("sha256:") {
                return Err(bad_request(format!(
                    "invalid manifest_digest `{digest}`: expected sha256:..."
                )));
            }
        }
        if !repo.tags.contains_key(&params.tag) && digest.is_none() {
            // Like Quay, a missing tag is reported before its expiration is checked.
            return Err(not_found(format!(
                "tag {} not found in {}",
                params.tag, params.repository
            )));
        }
        let expiration = body
            .expiration
            .map(|e| e.map(expiration_time).transpose())
            .transpose()?;
        if let Some(tag) = repo.tags.get_mut(&params.tag) {
            // Point an existing tag elsewhere and/or change its expiration.
            if let Some(digest) = digest {
                tag.manifest_digest = digest;
                tag.start_ts = now_secs();
            }
            if let Some(expiration) = expiration {
                tag.expiration = expiration;
            }
        } else if let Some(digest) = digest {
            // A new tag needs a manifest to point at.
            let tag = Tag {
                manifest_digest: digest,
                start_ts: now_secs(),
                expiration: expiration.flatten(),
            };
            repo.tags.insert(params.tag, tag);
        } else {
            return Err(not_found(format!(
                "tag {} not found in {}",
                params.tag, params.repository
            )));
        }
        Ok(types::ChangeTagResponse::Updated.into())
    }

    async fn delete_full_tag(
        &self,
        context: RequestContext,
        params: DeleteFullTagParams,
    ) -> Result<DeleteFullTagResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        let repo = state.repo_mut(who, &params.repository, Role::Write)?;
        repo.tags.remove(&params.tag).ok_or_else(|| {
            not_found(format!(
                "tag {} not found in {}",
                params.tag, params.repository
            ))
        })?;
        Ok(DeleteFullTagResponse::NoContent)
    }

    // --- robots --------------------------------------------------------------

    async fn get_org_robots(
        &self,
        context: RequestContext,
        params: GetOrgRobotsParams,
    ) -> Result<GetOrgRobotsResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        state.org_admin(who, &params.orgname)?;
        let list = state.robot_list(
            &params.orgname,
            params.limit,
            params.token.unwrap_or(true),
            params.permissions.unwrap_or(false),
        );
        Ok(list.into())
    }

    async fn get_org_robot(
        &self,
        context: RequestContext,
        params: GetOrgRobotParams,
    ) -> Result<GetOrgRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        state.org_admin(who, &params.orgname)?;
        Ok(state
            .robot(&params.orgname, &params.robot_shortname)?
            .into())
    }

    async fn create_org_robot(
        &self,
        context: RequestContext,
        params: CreateOrgRobotParams,
        body: Option<types::CreateRobot>,
    ) -> Result<CreateOrgRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.org_admin(who, &params.orgname)?;
        if let Some(refusal) = invalid_robot_name(&params.robot_shortname) {
            return Ok(CreateOrgRobotResponse::BadRequest(refusal));
        }
        let robot = state.create_robot(&params.orgname, &params.robot_shortname, body)?;
        Ok(CreateOrgRobotResponse::Created(robot))
    }

    async fn delete_org_robot(
        &self,
        context: RequestContext,
        params: DeleteOrgRobotParams,
    ) -> Result<DeleteOrgRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.org_admin(who, &params.orgname)?;
        state.delete_robot(&params.orgname, &params.robot_shortname)?;
        Ok(DeleteOrgRobotResponse::NoContent)
    }

    async fn get_user_robots(
        &self,
        context: RequestContext,
        params: GetUserRobotsParams,
    ) -> Result<GetUserRobotsResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let list = state.robot_list(
            who,
            params.limit,
            params.token.unwrap_or(true),
            params.permissions.unwrap_or(false),
        );
        Ok(list.into())
    }

    async fn get_user_robot(
        &self,
        context: RequestContext,
        params: GetUserRobotParams,
    ) -> Result<GetUserRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        Ok(self.read().robot(who, &params.robot_shortname)?.into())
    }

    async fn create_user_robot(
        &self,
        context: RequestContext,
        params: CreateUserRobotParams,
        body: Option<types::CreateRobot>,
    ) -> Result<CreateUserRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        if let Some(refusal) = invalid_robot_name(&params.robot_shortname) {
            return Ok(CreateUserRobotResponse::BadRequest(refusal));
        }
        let robot = self
            .write()
            .create_robot(who, &params.robot_shortname, body)?;
        Ok(CreateUserRobotResponse::Created(robot))
    }

    async fn delete_user_robot(
        &self,
        context: RequestContext,
        params: DeleteUserRobotParams,
    ) -> Result<DeleteUserRobotResponse, ErrorModel> {
        let who = caller(&context)?;
        self.write().delete_robot(who, &params.robot_shortname)?;
        Ok(DeleteUserRobotResponse::NoContent)
    }

    // --- repository permissions ----------------------------------------------

    async fn list_repo_user_permissions(
        &self,
        context: RequestContext,
        params: ListRepoUserPermissionsParams,
    ) -> Result<ListRepoUserPermissionsResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let repo = state.repo(who, &params.repository, Role::Admin)?;
        let permissions = repo
            .permissions
            .iter()
            .map(|(name, role)| (name.clone(), state.permission_view(repo, name, *role)))
            .collect();
        Ok(types::RepoUserPermissionList { permissions }.into())
    }

    async fn get_user_permissions(
        &self,
        context: RequestContext,
        params: GetUserPermissionsParams,
    ) -> Result<GetUserPermissionsResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let repo = state.repo(who, &params.repository, Role::Admin)?;
        let role = repo.permissions.get(&params.username).ok_or_else(|| {
            not_found(format!(
                "{} has no permission on {}",
                params.username, params.repository
            ))
        })?;
        Ok(state.permission_view(repo, &params.username, *role).into())
    }

    async fn change_user_permissions(
        &self,
        context: RequestContext,
        params: ChangeUserPermissionsParams,
        body: types::UserPermission,
    ) -> Result<ChangeUserPermissionsResponse, ErrorModel> {
        let who = caller(&context)?;
        let role = match body.role {
            types::UserPermissionRole::Read => Role::Read,
            types::UserPermissionRole::Write => Role::Write,
            types::UserPermissionRole::Admin => Role::Admin,
            // The router rejects values the document does not list.
            types::UserPermissionRole::Unknown(other) => {
                return Err(bad_request(format!("invalid role `{other}`")));
            }
        };
        let mut state = self.write();
        let (namespace, _) = split_repository(&params.repository)?;
        let target = params.username.as_str();
        let exists = if target.contains('+') {
            state.robots.contains_key(target)
        } else {
            state.users.contains_key(target)
        };
        if !exists {
            return Err(not_found(format!("user {target} not found")));
        }
        if target
            .split_once('+')
            .is_some_and(|(robot_namespace, _)| robot_namespace != namespace)
        {
            return Err(bad_request(format!(
                "robot {target} belongs to another namespace"
            )));
        }
        state
            .repo_mut(who, &params.repository, Role::Admin)?
            .permissions
            .insert(target.to_owned(), role);
        let repo = &state.repos[&params.repository];
        Ok(state.permission_view(repo, target, role).into())
    }

    async fn delete_user_permissions(
        &self,
        context: RequestContext,
        params: DeleteUserPermissionsParams,
    ) -> Result<DeleteUserPermissionsResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state
            .repo_mut(who, &params.repository, Role::Admin)?
            .permissions
            .remove(&params.username)
            .ok_or_else(|| {
                not_found(format!(
                    "{} has no permission on {}",
                    params.username, params.repository
                ))
            })?;
        Ok(DeleteUserPermissionsResponse::NoContent)
    }

    // --- stars ---------------------------------------------------------------

    async fn create_star(
        &self,
        context: RequestContext,
        body: types::NewStarredRepository,
    ) -> Result<CreateStarResponse, ErrorModel> {
        let who = caller(&context)?;
        let key = format!("{}/{}", body.namespace, body.repository);
        let mut state = self.write();
        state.repo(who, &key, Role::Read)?;
        state.stars.entry(who.to_owned()).or_default().insert(key);
        Ok(CreateStarResponse::Created(types::StarredRepositoryRef {
            namespace: body.namespace,
            repository: body.repository,
        }))
    }

    async fn list_starred_repos(
        &self,
        context: RequestContext,
        params: ListStarredReposParams,
    ) -> Result<ListStarredReposResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        let no_stars = BTreeSet::new();
        let starred = state
            .stars
            .get(who)
            .unwrap_or(&no_stars)
            .iter()
            .filter_map(|key| state.repos.get(key).map(|repo| (key, repo)));
        let (repos, next_page) = page(starred, params.next_page.as_deref(), self.page_size)?;
        let repositories = repos
            .into_iter()
            .map(|repo| types::StarredRepository {
                namespace: repo.namespace.clone(),
                name: repo.name.clone(),
                description: repo.description.clone(),
                is_public: repo.public,
            })
            .collect();
        Ok(types::StarredRepositoryList {
            repositories,
            next_page,
        }
        .into())
    }

    async fn delete_star(
        &self,
        context: RequestContext,
        params: DeleteStarParams,
    ) -> Result<DeleteStarResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.repo(who, &params.repository, Role::Read)?;
        if let Some(starred) = state.stars.get_mut(who) {
            starred.remove(&params.repository);
        }
        Ok(DeleteStarResponse::NoContent)
    }

    // --- global messages -----------------------------------------------------

    async fn get_global_messages(
        &self,
        _context: RequestContext,
    ) -> Result<GetGlobalMessagesResponse, ErrorModel> {
        let messages = self.read().messages.clone();
        Ok(types::GlobalMessageList { messages }.into())
    }

    async fn create_global_message(
        &self,
        context: RequestContext,
        body: types::CreateMessage,
    ) -> Result<CreateGlobalMessageResponse, ErrorModel> {
        let who = caller(&context)?;
        let message = body.message;
        let mut state = self.write();
        state.super_user(who)?;
        state.messages.push(types::GlobalMessage {
            uuid: random_uuid(),
            content: message.content,
            severity: types::GlobalMessageSeverity::from(message.severity.as_str()),
            media_type: types::GlobalMessageMediaType::from(message.media_type.as_str()),
        });
        Ok(CreateGlobalMessageResponse::Created)
    }

    async fn delete_global_message(
        &self,
        context: RequestContext,
        params: DeleteGlobalMessageParams,
    ) -> Result<DeleteGlobalMessageResponse, ErrorModel> {
        let who = caller(&context)?;
        let mut state = self.write();
        state.super_user(who)?;
        let before = state.messages.len();
        state.messages.retain(|m| m.uuid != params.uuid);
        if state.messages.len() == before {
            return Err(not_found(format!("message {} not found", params.uuid)));
        }
        Ok(DeleteGlobalMessageResponse::NoContent)
    }

    // --- superuser -----------------------------------------------------------

    async fn list_all_users(
        &self,
        context: RequestContext,
        params: ListAllUsersParams,
    ) -> Result<ListAllUsersResponse, ErrorModel> {
        let who = caller(&context)?;
        let state = self.read();
        state.super_user(who)?;
        // `disabled=false` leaves out disabled users.
        let include_disabled = params.disabled.unwrap_or(true);
        let users = state
            .users
            .iter()
            .filter(|(_, u)| include_disabled || u.enabled);
        let page_size = params
            .limit
            .and_then(|l| usize::try_from(l).ok())
            .unwrap_or(self.page_size);
        let (users, next_page) = page(
            users.map(|(name, user)| (name, (name, user))),
            params.next_page.as_deref(),
            page_size.max(1),
        )?;
        let users = users
            .into_iter()
            .map(|(name, user)| types::SuperUserUser {
                kind: types::SuperUserUserKind::User,
                name: name.clone(),
                username: name.clone(),
                email: user.email.clone(),
                verified: true,
                avatar: avatar(name, AvatarKind::User),
                super_user: user.super_user,
                enabled: user.enabled,
                quotas: None,
                quota_report: None,
            })
            .collect();
        Ok(types::SuperUserList { users, next_page }.into())
    }

    async fn create_install_user(
        &self,
        context: RequestContext,
        body: types::CreateInstallUser,
    ) -> Result<CreateInstallUserResponse, ErrorModel> {
        let who = caller(&context)?;
        if !valid_repo_name(&body.username) {
            return Err(bad_request(format!("invalid username `{}`", body.username)));
        }
        let mut state = self.write();
        state.super_user(who)?;
        if state.namespace_exists(&body.username) {
            return Err(bad_request(
                "A user or organization with this name already exists",
            ));
        }
        state.users.insert(
            body.username.clone(),
            User {
                email: body.email.clone(),
                super_user: false,
                enabled: true,
            },
        );
        // Quay answers the generated password once; a real server stores only a hash.
        let password = random_token()[..32].to_uppercase();
        let encrypted_password = hex_encode(&format!("{}:{password}", body.username));
        Ok(types::CreatedInstallUser {
            username: body.username,
            email: body.email,
            password,
            encrypted_password,
        }
        .into())
    }
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/// An avatar in Quay's shape: a hash of the name and a colour picked from it.
fn avatar(name: &str, kind: AvatarKind) -> Avatar {
    const COLORS: [&str; 8] = [
        "#5254a3", "#969696", "#ad494a", "#e377c2", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd",
    ];
    // FNV-1a, twice with different seeds, for 32 hex digits.
    let fnv = |seed: u64| {
        name.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4));
    Avatar {
        name: name.to_owned(),
        hash: format!("{a:016x}{b:016x}"),
        color: COLORS[(a % 8) as usize].to_owned(),
        kind,
    }
}

fn random_uuid() -> String {
    let hex: String = random_token()
        .bytes()
        .map(|b| format!("{:x}", b % 16))
        .collect();
    format!(
        "{}-{}-4{}-a{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The latest time Quay can store and print (`datetime.max`, 9999-12-31T23:59:59Z).
const LAST_SECOND: i64 = 253_402_300_799;

/// A tag expiration, in Unix seconds. Like Quay (`RepositoryTag.put`), it must be a
/// time in the future that a date can hold: the past, `-1e308` or `1e308` are refused.
fn expiration_time(seconds: f64) -> Result<i64, ErrorModel> {
    let now = now_secs();
    if !seconds.is_finite() || seconds <= now as f64 || seconds > LAST_SECOND as f64 {
        return Err(bad_request(format!(
            "invalid expiration {seconds}: expected a time in the future, in Unix seconds, \
             from {} to {LAST_SECOND}",
            now + 1
        )));
    }
    // In range, so the conversion neither saturates nor wraps.
    Ok(seconds.floor() as i64)
}

fn now_nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

fn now_secs() -> i64 {
    i64::try_from(now_nanos() / 1_000_000_000).unwrap_or(i64::MAX)
}

/// A Unix time as Quay writes dates: `Mon, 13 Dec 2021 11:41:16 -0000`.
fn http_date(secs: i64) -> DateTime {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    DateTime(format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} -0000",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    ))
}

fn hex_encode(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

fn hex_decode(hex: &str) -> Option<String> {
    if hex.len() % 2 != 0 {
        return None;
    }
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}
