//! The curl examples of chapter 1 of the seed (the Quay 3 API guide,
//! lines 1-600 of the text in ../shared/seed), sent as documented (same
//! method, path, headers and body; host and token replaced) to the in-memory example
//! server. Operations the example serves must answer the documented shape; the others
//! answer 501 after the router accepted the request. Every documented request and
//! response body must also decode into the generated models and encode back to the
//! same JSON.
//!
//! OCR slips in the seed are corrected here: `/api/vi/` is `/api/v1/`, curly quotes
//! are straight, `namespacel`/`usert` are `namespace1`/`user1`, `Idapgroup` is
//! `ldapgroup`, `"kind": "Org"` is `"org"`, `"™*"` is `"*"`.

use super::memory::{ALL_SCOPES, MemoryQuay, Tokens};
use quay_server::ServerConfig;
use quay_server::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const TOKEN: &str = "mFCdgS7SAloMcnTsHCGx23vcNsTgziAa4CmmHIsg";

/// Starts the example server with the seed's superuser and returns its origin
/// (`http://127.0.0.1:PORT`), which replaces the seed's hosts.
async fn start() -> String {
    let api = MemoryQuay::new().with_user("quayadmin", "quayadmin@example.com", true);
    let tokens = Tokens::new().with(TOKEN, "quayadmin", ALL_SCOPES);
    let app = quay_server::router(api, tokens, ServerConfig::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

/// `curl -X METHOD [-H ...] [--data BODY] URL`, answering (status, JSON or Null).
async fn curl(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    data: Option<&str>,
) -> (u16, Value) {
    let client = reqwest::Client::new();
    let mut request = client.request(method.parse().unwrap(), url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(data) = data {
        request = request.body(data.to_owned());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{url}: {e}: {text}"))
    };
    (status, body)
}

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

/// Decodes `json` into `T`, encodes it back and expects the same JSON: nothing lost,
/// nothing added, nothing renamed.
fn round_trip<T: DeserializeOwned + Serialize>(json: &str) -> T {
    let original: Value = serde_json::from_str(json).expect("the documented JSON parses");
    let decoded: T = serde_json::from_value(original.clone())
        .unwrap_or_else(|e| panic!("does not decode into {}: {e}", std::any::type_name::<T>()));
    let encoded = serde_json::to_value(&decoded).unwrap();
    assert_eq!(
        encoded,
        original,
        "{} does not encode back to the documented JSON",
        std::any::type_name::<T>()
    );
    decoded
}

/// Every key of `documented` (recursively, first array element as the pattern) is
/// present in `actual` with a value of the same JSON type.
fn assert_shape(actual: &Value, documented: &Value, at: &str) {
    match (actual, documented) {
        (Value::Object(actual), Value::Object(documented)) => {
            for (key, value) in documented {
                let found = actual
                    .get(key)
                    .unwrap_or_else(|| panic!("{at}.{key} is missing from {actual:?}"));
                assert_shape(found, value, &format!("{at}.{key}"));
            }
        }
        (Value::Array(actual), Value::Array(documented)) => {
            if let Some(pattern) = documented.first() {
                assert!(!actual.is_empty(), "{at} is empty");
                for (i, item) in actual.iter().enumerate() {
                    assert_shape(item, pattern, &format!("{at}[{i}]"));
                }
            }
        }
        (Value::String(_), Value::String(_))
        | (Value::Bool(_), Value::Bool(_))
        | (Value::Number(_), Value::Number(_))
        | (_, Value::Null) => {}
        _ => panic!("{at}: {actual} has another type than the documented {documented}"),
    }
}

// --- 1.4.2: list and create superusers -------------------------------------------

const USERS_LIST: &str = r##"{
  "users": [
    {
      "kind": "user",
      "name": "quayadmin",
      "username": "quayadmin",
      "email": "quayadmin@example.com",
      "verified": true,
      "avatar": {"name": "quayadmin", "hash": "357a20e8c56e69d6f9734d23ef9517e8", "color": "#5254a3", "kind": "user"},
      "super_user": true,
      "enabled": true
    }
  ]
}"##;

const USERS_LIST_AFTER: &str = r##"{
  "users": [
    {
      "kind": "user",
      "name": "quayadmin",
      "username": "quayadmin",
      "email": "quayadmin@example.com",
      "verified": true,
      "avatar": {"name": "quayadmin", "hash": "357a20e8c56e69d6f9734d23ef9517e8", "color": "#5254a3", "kind": "user"},
      "super_user": true,
      "enabled": true
    },
    {
      "kind": "user",
      "name": "quaysuper",
      "username": "quaysuper",
      "email": "quaysuper@example.com",
      "verified": true,
      "avatar": {"name": "quaysuper", "hash": "c0e0f155afcef68e58a42243b153df08", "color": "#969696", "kind": "user"},
      "super_user": true,
      "enabled": true
    }
  ]
}"##;

const CREATE_USER: &str = r#"{
"username": "quaysuper",
"email": "quaysuper@example.com"
}"#;

const CREATED_USER: &str = r#"{
  "username": "quaysuper",
  "email": "quaysuper@example.com",
  "password": "EH67NB3Y6PTBED8HOHC6UVHGGGA3ODSE",
  "encrypted_password": "fn37AZAUQHOPTsU+vIO9ISOQxPW9A/boXL4ovZjIFtIUPrBz9i4j9UDOgMjuxQ/0HTfy38goKEpG8zYXVeQh3IOFzuOjSvKic2Vqg7xdtQsU="
}"#;

#[tokio::test]
async fn superuser_users_list_and_create() {
    let origin = start().await;
    // $ curl -X GET -H "Authorization: Bearer <token>" "https://<host>/api/v1/superuser/users/"
    let (status, body) = curl(
        "GET",
        &format!("{origin}/api/v1/superuser/users/"),
        &[("Authorization", &bearer())],
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_shape(&body, &serde_json::from_str(USERS_LIST).unwrap(), "$");
    let list: types::SuperUserList = serde_json::from_value(body).unwrap();
    assert_eq!(list.users.len(), 1);
    assert_eq!(list.users[0].username, "quayadmin");
    assert_eq!(
        list.users[0].email.as_deref(),
        Some("quayadmin@example.com")
    );
    assert!(list.users[0].super_user);

    // $ curl -H "Content-Type: application/json" -H "Authorization: Bearer <token>" -X POST --data '{...}' http://quay-server:8080/api/v1/superuser/users/
    let (status, body) = curl(
        "POST",
        &format!("{origin}/api/v1/superuser/users/"),
        &[
            ("Content-Type", "application/json"),
            ("Authorization", &bearer()),
        ],
        Some(CREATE_USER),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_shape(&body, &serde_json::from_str(CREATED_USER).unwrap(), "$");
    assert_eq!(body["username"], "quaysuper");
    assert_eq!(body["email"], "quaysuper@example.com");

    let (status, body) = curl(
        "GET",
        &format!("{origin}/api/v1/superuser/users/"),
        &[("Authorization", &bearer())],
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_shape(&body, &serde_json::from_str(USERS_LIST_AFTER).unwrap(), "$");
    let names: Vec<&str> = body["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["quayadmin", "quaysuper"]);
}

#[test]
fn superuser_users_bodies_match_the_models() {
    round_trip::<types::SuperUserList>(USERS_LIST);
    round_trip::<types::SuperUserList>(USERS_LIST_AFTER);
    round_trip::<types::CreateInstallUser>(CREATE_USER);
    round_trip::<types::CreatedInstallUser>(CREATED_USER);
}

// --- 1.4.3: superuser logs (outside the example's subset) --------------------------

const LOGS_PAGE: &str = r##"{
  "start_time": "Sun, 12 Dec 2021 11:41:55 -0000",
  "end_time": "Tue, 14 Dec 2021 11:41:55 -0000",
  "logs": [
    {
      "kind": "create_repo",
      "metadata": {"repo": "t21", "namespace": "namespace1"},
      "ip": "10.131.0.13",
      "datetime": "Mon, 13 Dec 2021 11:41:16 -0000",
      "performer": {
        "kind": "user",
        "name": "user1",
        "is_robot": false,
        "avatar": {"name": "user1", "hash": "5d40b245471708144de9760f2f18113d75aa2488ec82e12435b9de34a6565f73", "color": "#ad494a", "kind": "user"}
      },
      "namespace": {
        "kind": "org",
        "name": "namespace1",
        "avatar": {"name": "namespace1", "hash": "6cf18b5c19217bfc6df0e7d788746ff7e8201a68cba333fca0437e42379b984f", "color": "#e377c2", "kind": "org"}
      }
    }
  ],
  "next_page": "gAAAAABhtzGDsH38x7pjWhD8MJg1_2FAgqUw2X9S2LoCLNPHE5QJqBAXAU2gAXYbBQqticWj9el6DUIMN_qg3e310agCvB2VPQ8rY75WeaiUzM3rQIMc4i6EIR78t80UxViNp1RMPIRQYYZyXP9h6ESLZZhqTMs0S-SedaQJ3kVFtkxZgJwHVjgt23Ts2DonVoYwtKgl3bCC5"
}"##;

#[tokio::test]
async fn superuser_logs_are_not_implemented() {
    let origin = start().await;
    // $ curl -X GET -k -H "Authorization: Bearer <token>" https://<host>/api/v1/superuser/logs
    let (status, body) = curl(
        "GET",
        &format!("{origin}/api/v1/superuser/logs"),
        &[("Authorization", &bearer())],
        None,
    )
    .await;
    assert_eq!(status, 501, "{body}");
    assert_eq!(body["title"], "not_implemented");
    assert_eq!(
        body["detail"],
        "listAllLogs is not implemented by this server"
    );

    // ... and the next page: ?next_page=<token from the first page>.
    let page: types::LogsPage = serde_json::from_str(LOGS_PAGE).unwrap();
    let next = page.next_page.unwrap();
    let url = format!("{origin}/api/v1/superuser/logs?next_page={next}");
    let (status, body) = curl("GET", &url, &[("Authorization", &bearer())], None).await;
    assert_eq!(status, 501, "{body}");
    assert_eq!(body["status"], 501);
}

#[test]
fn superuser_logs_body_matches_the_model() {
    let page = round_trip::<types::LogsPage>(LOGS_PAGE);
    assert_eq!(page.logs[0].kind, "create_repo");
    assert_eq!(
        page.logs[0].performer.as_ref().and_then(|p| p.is_robot),
        Some(false)
    );
}

// --- 1.4.4: LDAP team syncing (outside the subset) ---------------------------------

const TEAM_SYNC: &str = r#"{"group_dn": "cn=ldapgroup,ou=Users"}"#;

#[tokio::test]
async fn ldap_team_syncing_is_not_implemented() {
    let origin = start().await;
    let url = format!("{origin}/api/v1/organization/testadminorg/team/newteam/syncing");
    // $ curl -X POST -H "Authorization: Bearer <token>" -H "Content-type: application/json" -d '{"group_dn": ...}' <url>
    let (status, body) = curl(
        "POST",
        &url,
        &[
            ("Authorization", &bearer()),
            ("Content-type", "application/json"),
        ],
        Some(TEAM_SYNC),
    )
    .await;
    assert_eq!(status, 501, "{body}");
    assert_eq!(
        body["detail"],
        "enableOrganizationTeamSync is not implemented by this server"
    );
    // $ curl -X DELETE -H "Authorization: Bearer <token>" <url>
    let (status, body) = curl("DELETE", &url, &[("Authorization", &bearer())], None).await;
    assert_eq!(status, 501, "{body}");
    assert_eq!(
        body["detail"],
        "disableOrganizationTeamSync is not implemented by this server"
    );
}

#[test]
fn team_sync_body_matches_the_model() {
    let config = round_trip::<types::TeamSyncConfig>(TEAM_SYNC);
    assert_eq!(config.group_dn.as_deref(), Some("cn=ldapgroup,ou=Users"));
}

// --- 1.4.5 and 1.4.7: builds (outside the subset) ----------------------------------

const BUILD_REQUEST: &str = r#"{
  "docker_tags": [
    "string"
  ],
  "pull_robot": "string",
  "subdirectory": "string",
  "archive_url": "string"
}"#;

#[tokio::test]
async fn request_build() {
    let origin = start().await;
    let url = format!("{origin}/api/v1/repository/YOURORGNAME/YOURREPONAME/build/");
    // $ curl -X POST https://quay.io/api/v1/repository/YOURORGNAME/YOURREPONAME/build/ -H 'Authorization: Bearer <token>'
    // As printed, the example sends no body, but requestRepoBuild requires one: the
    // router refuses it before the (unimplemented) operation runs, as Quay does.
    let (status, body) = curl("POST", &url, &[("Authorization", &bearer())], None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["detail"], "a JSON request body is required");
    // With the request body of 1.4.5 it reaches the operation.
    let headers = [
        ("Authorization", bearer()),
        ("Content-Type", "application/json".to_owned()),
    ];
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, body) = curl("POST", &url, &headers, Some(BUILD_REQUEST)).await;
    assert_eq!(status, 501, "{body}");
    assert_eq!(
        body["detail"],
        "requestRepoBuild is not implemented by this server"
    );

    // The Python example posts to /api/v1/repository/example/example/image, a path
    // the v1 API does not have. Quay answers 404. The generated router lets the
    // `repository` parameter span any number of segments (it ignores the parameter's
    // `^[^/]+/[^/]+$` pattern), takes the path for `/repository/{repository}` with
    // repository `example/example/image`, and answers 405 (GET, PUT, DELETE).
    // Either way the request is refused before any operation runs.
    let url = format!("{origin}/api/v1/repository/example/example/image");
    let (status, body) = curl("POST", &url, &headers, Some("{}")).await;
    assert!(matches!(status, 404 | 405), "{status}: {body}");
    assert!(
        body["title"] == "not_found" || body["title"] == "method_not_allowed",
        "{body}"
    );
}

#[test]
fn build_request_body_matches_the_model() {
    let build = round_trip::<types::RepositoryBuildRequest>(BUILD_REQUEST);
    assert_eq!(build.docker_tags, Some(vec!["string".to_owned()]));
}

// --- 1.4.6: create a robot ---------------------------------------------------------

#[tokio::test]
async fn create_robot() {
    let origin = start().await;
    // The organization must exist first.
    let (status, _) = curl(
        "POST",
        &format!("{origin}/api/v1/organization/"),
        &[
            ("Authorization", &bearer()),
            ("Content-Type", "application/json"),
        ],
        Some(r#"{"name": "exampleorg"}"#),
    )
    .await;
    assert_eq!(status, 201);
    // $ curl -X PUT https://quay.io/api/v1/organization/{orgname}/robots/{robot_shortname} -H 'Authorization: Bearer <token>'
    let url = format!("{origin}/api/v1/organization/exampleorg/robots/examplebot");
    let (status, body) = curl("PUT", &url, &[("Authorization", &bearer())], None).await;
    assert_eq!(status, 201, "{body}");
    assert_shape(
        &body,
        &json!({"name": "", "created": "", "last_accessed": null, "description": "", "token": "", "unstructured_metadata": {}}),
        "$",
    );
    assert_eq!(body["name"], "exampleorg+examplebot");
    round_trip::<types::Robot>(&body.to_string());
}

// --- 1.4.8: create a repository ----------------------------------------------------

const NEW_REPO: &str = r#"{"namespace":"yournamespace", "repository":"yourreponame",
"description":"descriptionofyourrepo", "visibility": "private"}"#;

#[tokio::test]
async fn create_repository() {
    let origin = start().await;
    let (status, _) = curl(
        "POST",
        &format!("{origin}/api/v1/organization/"),
        &[
            ("Authorization", &bearer()),
            ("Content-Type", "application/json"),
        ],
        Some(r#"{"name": "yournamespace"}"#),
    )
    .await;
    assert_eq!(status, 201);
    // $ curl -X POST https://quay.io/api/v1/repository -H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' -d '{...}'
    let url = format!("{origin}/api/v1/repository");
    let headers = [
        ("Authorization", bearer()),
        ("Content-Type", "application/json".to_owned()),
    ];
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, body) = curl("POST", &url, &headers, Some(NEW_REPO)).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body,
        json!({"namespace": "yournamespace", "name": "yourreponame", "kind": "image"})
    );
    // Sent again, it conflicts.
    let (status, body) = curl("POST", &url, &headers, Some(NEW_REPO)).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["detail"], "Repository already exists");
    // And it is there, private, with its description.
    let (status, body) = curl(
        "GET",
        &format!("{url}/yournamespace/yourreponame"),
        &headers[..1],
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["description"], "descriptionofyourrepo");
    assert_eq!(body["is_public"], false);
    assert_eq!(body["is_organization"], true);
}

#[test]
fn new_repository_body_matches_the_model() {
    let repo = round_trip::<types::NewRepo>(NEW_REPO);
    assert_eq!(repo.visibility, types::NewRepoVisibility::Private);
    round_trip::<types::CreatedRepository>(
        r#"{"namespace": "yournamespace", "name": "yourreponame", "kind": "image"}"#,
    );
}

// --- 1.4.9: mirror configuration (outside the subset) ------------------------------

const MIRROR_MINIMAL: &str = r#"{"external_reference": "quay.io/minio/mc", "external_registry_username": "", "sync_interval":
600, "sync_start_date": "2021-08-06T11:11:39Z", "root_rule": {"rule_kind": "tag_glob_csv",
"rule_value": [ "latest" ]}, "robot_username": "orga+robot"}"#;

const MIRROR_FULL: &str = r#"{"is_enabled": true, "external_reference": "quay.io/minio/mc", "external_registry_username":
"username", "external_registry_password": "password", "external_registry_config":
{"unsigned_images":true, "verify_tls": false, "proxy": {"http_proxy": "http://proxy.tld", "https_proxy":
"https://proxy.tld", "no_proxy": "domain"}}, "sync_interval": 600, "sync_start_date": "2021-08-06T11:11:39Z", "root_rule": {"rule_kind": "tag_glob_csv", "rule_value": [ "*" ]}, "robot_username":
"orga+robot"}"#;

#[tokio::test]
async fn create_mirror_configuration_is_not_implemented() {
    let origin = start().await;
    let url = format!("{origin}/api/v1/repository/orga/repo/mirror");
    let headers = [
        ("Authorization", bearer()),
        ("Content-Type", "application/json".to_owned()),
    ];
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    for body in [MIRROR_MINIMAL, MIRROR_FULL] {
        // $ curl -X POST -H "Authorization: Bearer ${bearer_token}" -H "Content-Type: application/json" --data '{...}' https://${quay_registry}/api/v1/repository/${orga}/${repo}/mirror
        let (status, answer) = curl("POST", &url, &headers, Some(body)).await;
        assert_eq!(status, 501, "{answer}");
        assert_eq!(
            answer["detail"],
            "createRepoMirrorConfig is not implemented by this server"
        );
    }
}

#[test]
fn mirror_bodies_match_the_model() {
    let minimal = round_trip::<types::CreateMirrorConfig>(MIRROR_MINIMAL);
    assert_eq!(
        minimal.external_registry_username,
        Some(Some(String::new()))
    );
    assert_eq!(minimal.root_rule.rule_value, ["latest"]);
    let full = round_trip::<types::CreateMirrorConfig>(MIRROR_FULL);
    assert_eq!(full.is_enabled, Some(true));
    let proxy = full.external_registry_config.and_then(|c| c.proxy).unwrap();
    assert_eq!(proxy.no_proxy, Some(Some("domain".to_owned())));
}
