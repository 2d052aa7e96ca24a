//! The generated router and the in-memory example implementation over real HTTP:
//! every class of bad input answers the right status and an `ApiError` body naming
//! the culprit, the example's operations behave like Quay's, and concurrent updates
//! are not lost.

#[path = "../../generated-server-stubs/examples/common/memory.rs"]
mod memory;
#[path = "../../generated-server-stubs/examples/common/serve.rs"]
mod serve;

// In this binary rather than a file of its own: each file of `tests/tests/` is a binary
// that links both generated crates, and linking dominates `cargo test`.
#[path = "server_http/hostile.rs"]
mod hostile;
#[path = "server_http/seed_examples.rs"]
mod seed_examples;

use memory::{ALL_SCOPES, MemoryQuay, Tokens};
use quay_server::ServerConfig;
use quay_server::types::ApiError;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Superuser `quayadmin` with every scope.
const ADMIN: &str = "admin-token";
/// Superuser `quayadmin`, `repo:read` only.
const READ_ONLY: &str = "read-token";
/// Plain user `alice` with every scope.
const ALICE: &str = "alice-token";

struct Server {
    base: String,
    client: reqwest::Client,
}

impl Server {
    async fn start() -> Server {
        Server::start_with(MemoryQuay::new(), ServerConfig::default()).await
    }

    async fn start_with(api: MemoryQuay, config: ServerConfig) -> Server {
        let api = api
            .with_user("quayadmin", "quayadmin@example.com", true)
            .with_user("alice", "alice@example.com", false);
        let tokens = Tokens::new()
            .with(ADMIN, "quayadmin", ALL_SCOPES)
            .with(READ_ONLY, "quayadmin", ["repo:read"])
            .with(ALICE, "alice", ALL_SCOPES);
        let app = quay_server::router(api, tokens, config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local address");
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        Server {
            base: format!("http://{addr}/api/v1"),
            client: reqwest::Client::new(),
        }
    }

    fn request(&self, method: Method, path: &str, token: Option<&str>) -> reqwest::RequestBuilder {
        let builder = self.client.request(method, format!("{}{path}", self.base));
        match token {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// Sends a request with the admin token and an optional JSON body.
    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> reqwest::Response {
        self.send_as(ADMIN, method, path, body).await
    }

    async fn send_as(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Response {
        let mut builder = self.request(method, path, Some(token));
        if let Some(body) = body {
            builder = builder.json(&body);
        }
        builder.send().await.expect("request is sent")
    }

    /// Sends, expects `status`, returns the JSON body (`Null` for empty bodies).
    async fn expect(&self, method: Method, path: &str, body: Option<Value>, status: u16) -> Value {
        let response = self.send(method.clone(), path, body).await;
        json_body(response, status, &format!("{method} {path}")).await
    }
}

async fn json_body(response: reqwest::Response, status: u16, what: &str) -> Value {
    let actual = response.status().as_u16();
    let text = response.text().await.expect("body is read");
    assert_eq!(actual, status, "{what}: unexpected status, body {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{what}: body is not JSON ({e}): {text}"))
    }
}

/// Checks an error response: status, JSON content type, and an `ApiError` body whose
/// `status` matches, whose `title` is `title`, and whose `detail` (also repeated in
/// `error_message`) contains every fragment.
async fn assert_error(
    response: reqwest::Response,
    status: u16,
    title: &str,
    fragments: &[&str],
) -> ApiError {
    assert_eq!(response.status().as_u16(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/json");
    let text = response.text().await.expect("body");
    let body: ApiError =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not an ApiError ({e}): {text}"));
    assert_eq!(body.status, i64::from(status), "{text}");
    assert_eq!(body.title, title, "{text}");
    assert_eq!(body.type_, format!("/api/v1/error/{title}"), "{text}");
    assert_eq!(
        body.error_message.as_deref(),
        Some(body.detail.as_str()),
        "{text}"
    );
    for fragment in fragments {
        assert!(
            body.detail.contains(fragment),
            "detail should mention {fragment:?}: {text}"
        );
    }
    body
}

fn new_repo(namespace: &str, name: &str, visibility: &str) -> Value {
    json!({"namespace": namespace, "repository": name, "description": "", "visibility": visibility})
}

// ---------------------------------------------------------------------------
// Bad input, refused by the router before the implementation runs
// ---------------------------------------------------------------------------

#[tokio::test]
async fn malformed_json_body_is_400() {
    let server = Server::start().await;
    let response = server
        .request(Method::POST, "/repository", Some(ADMIN))
        .header("content-type", "application/json")
        .body(r#"{"repository": "r", "visibility": "#)
        .send()
        .await
        .unwrap();
    assert_error(
        response,
        400,
        "invalid_request",
        &["invalid request body", "EOF"],
    )
    .await;

    // Trailing garbage after a valid document is malformed too.
    let response = server
        .request(Method::POST, "/repository", Some(ADMIN))
        .header("content-type", "application/json")
        .body(r#"{"repository": "r", "visibility": "public", "description": ""} x"#)
        .send()
        .await
        .unwrap();
    assert_error(
        response,
        400,
        "invalid_request",
        &["invalid request body", "trailing"],
    )
    .await;

    // A required body that is absent.
    let response = server
        .request(Method::POST, "/repository", Some(ADMIN))
        .send()
        .await
        .unwrap();
    assert_error(
        response,
        400,
        "invalid_request",
        &["a JSON request body is required"],
    )
    .await;
}

#[tokio::test]
async fn wrong_type_in_body_field_is_400_naming_the_field() {
    let server = Server::start().await;
    let body = json!({"repository": "r", "visibility": "public", "description": 5});
    let response = server.send(Method::POST, "/repository", Some(body)).await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["`description`", "invalid type"],
    )
    .await;

    // Nested: a permission role that is a number.
    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "r", "public")),
            201,
        )
        .await;
    let response = server
        .send(
            Method::PUT,
            "/repository/quayadmin/r/permissions/user/alice",
            Some(json!({"role": 1})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["`role`"]).await;
}

#[tokio::test]
async fn missing_required_body_field_is_400_naming_the_field() {
    let server = Server::start().await;
    let body = json!({"repository": "r", "visibility": "public"});
    let response = server.send(Method::POST, "/repository", Some(body)).await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["missing field `description`"],
    )
    .await;
}

#[tokio::test]
async fn unknown_enum_value_in_body_is_400_naming_the_field() {
    let server = Server::start().await;
    let body = json!({"repository": "r", "visibility": "secret", "description": ""});
    let response = server.send(Method::POST, "/repository", Some(body)).await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["`visibility`", "\"secret\"", "public, private"],
    )
    .await;
}

#[tokio::test]
async fn invalid_query_value_is_400_naming_the_parameter() {
    let server = Server::start().await;
    let response = server
        .send(Method::GET, "/repository?public=maybe", None)
        .await;
    assert_error(response, 400, "invalid_request", &["`public`"]).await;

    let response = server
        .send(Method::GET, "/repository/quayadmin/r/tag/?page=two", None)
        .await;
    assert_error(response, 400, "invalid_request", &["`page`"]).await;
}

#[tokio::test]
async fn body_over_the_limit_is_413() {
    let server = Server::start_with(
        MemoryQuay::new(),
        ServerConfig {
            body_limit: 64,
            ..ServerConfig::default()
        },
    )
    .await;
    let body = json!({"repository": "r", "visibility": "public", "description": "x".repeat(200)});
    let response = server.send(Method::POST, "/repository", Some(body)).await;
    assert_error(
        response,
        413,
        "payload_too_large",
        &["larger than 64 bytes"],
    )
    .await;

    // Just under the limit still goes through.
    let small = new_repo("quayadmin", "r", "public");
    assert!(serde_json::to_vec(&small).unwrap().len() <= 128);
    let server = Server::start_with(
        MemoryQuay::new(),
        ServerConfig {
            body_limit: 128,
            ..ServerConfig::default()
        },
    )
    .await;
    server
        .expect(Method::POST, "/repository", Some(small), 201)
        .await;
}

#[tokio::test]
async fn unknown_path_is_404() {
    let server = Server::start().await;
    let response = server.send(Method::GET, "/no/such/thing", None).await;
    assert_error(
        response,
        404,
        "not_found",
        &["no such path: /api/v1/no/such/thing"],
    )
    .await;
    // Outside the API prefix too.
    let response = server
        .client
        .get(server.base.replace("/api/v1", "/elsewhere"))
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "not_found", &["/elsewhere"]).await;
}

#[tokio::test]
async fn wrong_method_is_405_with_allow() {
    let server = Server::start().await;
    let response = server.send(Method::PATCH, "/repository", None).await;
    let allow = response
        .headers()
        .get("allow")
        .expect("Allow header")
        .to_str()
        .unwrap()
        .to_owned();
    let allowed: BTreeSet<&str> = allow.split(", ").collect();
    // HEAD is served wherever GET is.
    assert_eq!(
        allowed,
        BTreeSet::from(["GET", "HEAD", "POST"]),
        "Allow: {allow}"
    );
    assert_error(
        response,
        405,
        "method_not_allowed",
        &["PATCH is not allowed", "GET", "POST"],
    )
    .await;
}

#[tokio::test]
async fn missing_token_is_401() {
    let server = Server::start().await;
    let response = server
        .request(Method::GET, "/user/", None)
        .send()
        .await
        .unwrap();
    assert_error(response, 401, "invalid_token", &["requires a bearer token"]).await;
    // Another scheme counts as no bearer token.
    let response = server
        .request(Method::GET, "/user/", None)
        .basic_auth("quayadmin", Some("pw"))
        .send()
        .await
        .unwrap();
    assert_error(response, 401, "invalid_token", &["requires a bearer token"]).await;
}

#[tokio::test]
async fn bad_token_is_401() {
    let server = Server::start().await;
    let response = server
        .request(Method::GET, "/user/", Some("not-a-token"))
        .send()
        .await
        .unwrap();
    assert_error(response, 401, "invalid_token", &["not valid"]).await;
}

#[tokio::test]
async fn token_without_the_scope_is_403() {
    let server = Server::start().await;
    let response = server
        .send_as(
            READ_ONLY,
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "r", "public")),
        )
        .await;
    assert_error(
        response,
        403,
        "insufficient_scope",
        &["createRepo", "repo:create"],
    )
    .await;
    let response = server
        .send_as(READ_ONLY, Method::GET, "/superuser/users/", None)
        .await;
    assert_error(
        response,
        403,
        "insufficient_scope",
        &["listAllUsers", "super:user"],
    )
    .await;
    // The scope it has works.
    let body = json_body(
        server
            .send_as(READ_ONLY, Method::GET, "/repository?public=true", None)
            .await,
        200,
        "listRepos",
    )
    .await;
    assert_eq!(body, json!({"repositories": []}));
}

#[tokio::test]
async fn public_operations_need_no_token() {
    let server = Server::start().await;
    let response = server
        .request(Method::GET, "/discovery", None)
        .send()
        .await
        .unwrap();
    let discovery = json_body(response, 200, "discovery").await;
    assert!(
        discovery["paths"]["/api/v1/repository"].is_object(),
        "discovery serves the document"
    );

    let response = server
        .request(Method::GET, "/users/alice", None)
        .send()
        .await
        .unwrap();
    let user = json_body(response, 200, "getUserInformation").await;
    assert_eq!(user["username"], "alice");
    assert_eq!(user["anonymous"], false);
    assert!(
        user.get("email").is_none(),
        "public view leaves out the e-mail: {user}"
    );

    let response = server
        .request(Method::GET, "/messages", None)
        .send()
        .await
        .unwrap();
    assert_eq!(
        json_body(response, 200, "getGlobalMessages").await,
        json!({"messages": []})
    );

    // A public operation with a bad token is still served (anonymously).
    let response = server
        .request(Method::GET, "/messages", Some("bogus"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    let response = server
        .request(Method::GET, "/users/nobody", None)
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "not_found", &["user nobody not found"]).await;
}

#[tokio::test]
async fn unimplemented_operation_is_501() {
    let server = Server::start().await;
    let response = server.send(Method::GET, "/superuser/logs", None).await;
    assert_error(
        response,
        501,
        "not_implemented",
        &["listAllLogs is not implemented"],
    )
    .await;
    let response = server
        .send(Method::GET, "/repository/quayadmin/r/build/", None)
        .await;
    assert_error(response, 501, "not_implemented", &["getRepoBuilds"]).await;
}

#[tokio::test]
async fn repository_parameter_with_literal_or_encoded_slash() {
    let server = Server::start().await;
    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "web", "private")),
            201,
        )
        .await;
    let tag = json!({"manifest_digest": "sha256:0123"});
    server
        .expect(
            Method::PUT,
            "/repository/quayadmin%2Fweb/tag/latest",
            Some(tag),
            201,
        )
        .await;

    let literal = server
        .expect(Method::GET, "/repository/quayadmin/web", None, 200)
        .await;
    let encoded = server
        .expect(Method::GET, "/repository/quayadmin%2Fweb", None, 200)
        .await;
    let lower = server
        .expect(Method::GET, "/repository/quayadmin%2fweb", None, 200)
        .await;
    assert_eq!(literal["name"], "web");
    assert_eq!(literal["namespace"], "quayadmin");
    assert_eq!(literal, encoded);
    assert_eq!(literal, lower);
    assert!(literal["tags"]["latest"].is_object(), "{literal}");

    // More than one slash is no repository: the parameter's pattern (^[^/]+/[^/]+$)
    // is part of routing, so the path matches no route, as on Quay.
    let response = server
        .send(Method::GET, "/repository/quayadmin/web/extra", None)
        .await;
    assert_error(
        response,
        404,
        "not_found",
        &["/api/v1/repository/quayadmin/web/extra"],
    )
    .await;

    let literal = server
        .expect(Method::GET, "/repository/quayadmin/web/tag/", None, 200)
        .await;
    let encoded = server
        .expect(Method::GET, "/repository/quayadmin%2Fweb/tag/", None, 200)
        .await;
    assert_eq!(literal, encoded);
    assert_eq!(literal["tags"][0]["name"], "latest");
}

#[tokio::test]
async fn head_for_every_get_route() {
    let server = Server::start().await;
    let get = server.send(Method::GET, "/user/", None).await;
    let length = get.headers()["content-length"].clone();
    let head = server.send(Method::HEAD, "/user/", None).await;
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-length"], length);
    assert_eq!(head.headers()["content-type"], "application/json");
    assert!(head.bytes().await.unwrap().is_empty());
    // HEAD goes through the same checks as GET.
    let head = server
        .request(Method::HEAD, "/user/", None)
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 401);
    // And is listed where GET is.
    let response = server.send(Method::PATCH, "/user/", None).await;
    assert_eq!(response.headers()["allow"], "GET, HEAD");
}

#[tokio::test]
async fn cors_is_off_by_default_and_answers_preflight_when_on() {
    let preflight = |server: &Server| {
        server
            .client
            .request(Method::OPTIONS, format!("{}/repository", server.base))
            .header("Origin", "https://ui.example")
            .header("Access-Control-Request-Method", "POST")
            .header(
                "Access-Control-Request-Headers",
                "authorization, content-type",
            )
            .send()
    };
    let off = Server::start().await;
    let response = preflight(&off).await.unwrap();
    assert_eq!(response.status(), 405);
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );

    let config = ServerConfig {
        cors_allow_origins: vec!["https://ui.example".to_owned()],
        ..ServerConfig::default()
    };
    let on = Server::start_with(MemoryQuay::new(), config).await;
    let response = preflight(&on).await.unwrap();
    assert_eq!(response.status(), 204);
    let headers = response.headers();
    assert_eq!(headers["access-control-allow-origin"], "https://ui.example");
    assert_eq!(headers["access-control-allow-methods"], "GET, POST, HEAD");
    assert_eq!(
        headers["access-control-allow-headers"],
        "authorization, content-type"
    );
    // Answers to the allowed origin say so; other origins get nothing.
    let answer = on
        .request(Method::GET, "/user/", Some(ADMIN))
        .header("Origin", "https://ui.example")
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.headers()["access-control-allow-origin"],
        "https://ui.example"
    );
    assert_eq!(answer.headers()["vary"], "Origin");
    let answer = on
        .request(Method::GET, "/user/", Some(ADMIN))
        .header("Origin", "https://elsewhere.example")
        .send()
        .await
        .unwrap();
    assert!(
        answer
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[tokio::test]
async fn discovery_points_servers_at_the_serving_server() {
    let server = Server::start().await;
    let document = server.expect(Method::GET, "/discovery", None, 200).await;
    let origin = server.base.trim_end_matches("/api/v1");
    assert_eq!(
        document["servers"][0]["url"], origin,
        "{}",
        document["servers"]
    );
    assert_eq!(document["openapi"], "3.0.3");
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
}

#[tokio::test]
async fn malformed_parameter_of_the_most_specific_route_is_404_not_405() {
    let server = Server::start().await;
    // `x/changevisibility` would be a repository for GET, PUT and DELETE on
    // `/repository/{repository}`, but the request is a POST aimed at
    // `/repository/{repository}/changevisibility` with a one-segment repository.
    let response = server
        .send(
            Method::POST,
            "/repository/x/changevisibility",
            Some(json!({"visibility": "public"})),
        )
        .await;
    assert_error(
        response,
        404,
        "not_found",
        &[
            "/api/v1/repository/x/changevisibility",
            "`repository` must match ^[^/]+/[^/]+$",
        ],
    )
    .await;
    // A method that no fitting route serves is still 405 with the route's methods.
    let response = server
        .send(
            Method::PUT,
            "/repository/quayadmin/web/changevisibility",
            None,
        )
        .await;
    assert_error(response, 405, "method_not_allowed", &["allowed: POST"]).await;
    // And GET is the repository `x/changevisibility`, which does not exist.
    let response = server
        .send(Method::GET, "/repository/x/changevisibility", None)
        .await;
    assert_error(
        response,
        404,
        "not_found",
        &["x/changevisibility not found"],
    )
    .await;
}

// ---------------------------------------------------------------------------
// The example's operations
// ---------------------------------------------------------------------------

#[tokio::test]
async fn users() {
    let server = Server::start().await;
    let me = server.expect(Method::GET, "/user/", None, 200).await;
    assert_eq!(me["username"], "quayadmin");
    assert_eq!(me["email"], "quayadmin@example.com");
    assert_eq!(me["super_user"], true);
    assert_eq!(me["avatar"]["kind"], "user");
    let alice = json_body(
        server.send_as(ALICE, Method::GET, "/user/", None).await,
        200,
        "alice",
    )
    .await;
    assert_eq!(alice["super_user"], false);
}

#[tokio::test]
async fn organizations() {
    let server = Server::start().await;
    let created = server
        .expect(
            Method::POST,
            "/organization/",
            Some(json!({"name": "acme", "email": "ops@acme.test"})),
            201,
        )
        .await;
    assert_eq!(created, json!("Created"));
    let response = server
        .send(
            Method::POST,
            "/organization/",
            Some(json!({"name": "acme"})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["already exists"]).await;
    let response = server
        .send(
            Method::POST,
            "/organization/",
            Some(json!({"name": "alice"})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["already exists"]).await;

    let org = server
        .expect(Method::GET, "/organization/acme", None, 200)
        .await;
    assert_eq!(org["name"], "acme");
    assert_eq!(org["email"], "ops@acme.test");
    assert_eq!(org["is_admin"], true);
    assert_eq!(org["avatar"]["kind"], "org");
    // Anonymous callers see no e-mail and are not admins.
    let anonymous = json_body(
        server
            .request(Method::GET, "/organization/acme", None)
            .send()
            .await
            .unwrap(),
        200,
        "anon",
    )
    .await;
    assert_eq!(anonymous["is_admin"], false);
    assert_eq!(anonymous["email"], "");

    let changed = server
        .expect(
            Method::PUT,
            "/organization/acme",
            Some(json!({"email": "new@acme.test", "tag_expiration_s": 3600})),
            200,
        )
        .await;
    assert_eq!(changed["email"], "new@acme.test");
    assert_eq!(changed["tag_expiration_s"], 3600);
    // Alice is no admin of acme.
    let response = server
        .send_as(
            ALICE,
            Method::PUT,
            "/organization/acme",
            Some(json!({"email": "x@y.z"})),
        )
        .await;
    assert_error(response, 403, "insufficient_scope", &["alice", "acme"]).await;

    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("acme", "app", "public")),
            201,
        )
        .await;
    assert_eq!(
        server
            .expect(Method::DELETE, "/organization/acme", None, 204)
            .await,
        Value::Null
    );
    let response = server.send(Method::GET, "/organization/acme", None).await;
    assert_error(response, 404, "not_found", &["organization acme not found"]).await;
    let response = server.send(Method::GET, "/repository/acme/app", None).await;
    assert_error(response, 404, "not_found", &["acme/app"]).await;
    let response = server
        .send(Method::DELETE, "/organization/acme", None)
        .await;
    assert_error(response, 404, "not_found", &["acme"]).await;
}

#[tokio::test]
async fn repositories_and_paging() {
    let server =
        Server::start_with(MemoryQuay::new().with_page_size(2), ServerConfig::default()).await;
    for name in ["a", "b", "c", "d", "e"] {
        let created = server
            .expect(
                Method::POST,
                "/repository",
                Some(new_repo("quayadmin", name, "private")),
                201,
            )
            .await;
        assert_eq!(
            created,
            json!({"namespace": "quayadmin", "name": name, "kind": "image"})
        );
    }
    let response = server
        .send(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "a", "public")),
        )
        .await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["Repository already exists"],
    )
    .await;
    let response = server
        .send(
            Method::POST,
            "/repository",
            Some(new_repo("ghost", "a", "public")),
        )
        .await;
    assert_error(response, 404, "not_found", &["namespace ghost"]).await;
    let response = server
        .send(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "Bad Name", "public")),
        )
        .await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["invalid repository name"],
    )
    .await;
    let response = server
        .send_as(
            ALICE,
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "x", "public")),
        )
        .await;
    assert_error(response, 403, "insufficient_scope", &["alice"]).await;

    // Page through the namespace with next_page.
    let mut names = Vec::new();
    let mut path = "/repository?namespace=quayadmin".to_owned();
    let mut pages = 0;
    loop {
        let page = server.expect(Method::GET, &path, None, 200).await;
        pages += 1;
        let repositories = page["repositories"].as_array().unwrap();
        assert!(repositories.len() <= 2);
        names.extend(
            repositories
                .iter()
                .map(|r| r["name"].as_str().unwrap().to_owned()),
        );
        match page["next_page"].as_str() {
            Some(token) => path = format!("/repository?namespace=quayadmin&next_page={token}"),
            None => break,
        }
    }
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    assert_eq!(pages, 3);
    // A token that does not decode starts over, as in Quay (`decrypt_page_token`
    // answers None): no error, the first page.
    let restarted = server
        .expect(
            Method::GET,
            "/repository?namespace=quayadmin&next_page=zz",
            None,
            200,
        )
        .await;
    assert_eq!(restarted["repositories"][0]["name"], "a", "{restarted}");
    let response = server.send(Method::GET, "/repository", None).await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["namespace, public or starred"],
    )
    .await;

    // Private repositories are invisible to others; public ones are not.
    let alice_view = json_body(
        server
            .send_as(ALICE, Method::GET, "/repository?namespace=quayadmin", None)
            .await,
        200,
        "alice",
    )
    .await;
    assert_eq!(alice_view["repositories"], json!([]));
    let response = server
        .send_as(ALICE, Method::GET, "/repository/quayadmin/a", None)
        .await;
    assert_error(response, 404, "not_found", &["quayadmin/a"]).await;

    assert_eq!(
        server
            .expect(
                Method::POST,
                "/repository/quayadmin/a/changevisibility",
                Some(json!({"visibility": "public"})),
                200
            )
            .await,
        json!({"success": true})
    );
    let alice_view = json_body(
        server
            .send_as(ALICE, Method::GET, "/repository/quayadmin/a", None)
            .await,
        200,
        "alice",
    )
    .await;
    assert_eq!(alice_view["is_public"], true);
    assert_eq!(alice_view["can_write"], false);
    let response = server
        .send_as(
            ALICE,
            Method::PUT,
            "/repository/quayadmin/a",
            Some(json!({"description": "mine"})),
        )
        .await;
    assert_error(response, 403, "insufficient_scope", &["write"]).await;

    assert_eq!(
        server
            .expect(
                Method::PUT,
                "/repository/quayadmin/a",
                Some(json!({"description": "the A"})),
                200
            )
            .await,
        json!({"success": true})
    );
    let repo = server
        .expect(Method::GET, "/repository/quayadmin/a", None, 200)
        .await;
    assert_eq!(repo["description"], "the A");
    assert_eq!(repo["is_public"], true);
    assert_eq!(repo["can_admin"], true);
    assert_eq!(repo["is_organization"], false);

    server
        .expect(Method::DELETE, "/repository/quayadmin/a", None, 204)
        .await;
    let response = server
        .send(Method::GET, "/repository/quayadmin/a", None)
        .await;
    assert_error(
        response,
        404,
        "not_found",
        &["repository quayadmin/a not found"],
    )
    .await;
    let response = server
        .send(Method::DELETE, "/repository/quayadmin/a", None)
        .await;
    assert_error(response, 404, "not_found", &["quayadmin/a"]).await;
}

#[tokio::test]
async fn tags() {
    let server = Server::start().await;
    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "app", "private")),
            201,
        )
        .await;
    for i in 0..5 {
        let body = json!({"manifest_digest": format!("sha256:{i:064x}")});
        let answer = server
            .expect(
                Method::PUT,
                &format!("/repository/quayadmin/app/tag/v{i}"),
                Some(body),
                201,
            )
            .await;
        assert_eq!(answer, json!("Updated"));
    }
    // A new tag needs a manifest; a bad digest is refused.
    let response = server
        .send(
            Method::PUT,
            "/repository/quayadmin/app/tag/new",
            Some(json!({"expiration": 10})),
        )
        .await;
    assert_error(response, 404, "not_found", &["tag new"]).await;
    let response = server
        .send(
            Method::PUT,
            "/repository/quayadmin/app/tag/new",
            Some(json!({"manifest_digest": "latest"})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["manifest_digest"]).await;

    let page = server
        .expect(
            Method::GET,
            "/repository/quayadmin/app/tag/?limit=2&page=2",
            None,
            200,
        )
        .await;
    assert_eq!(page["page"], 2);
    assert_eq!(page["has_additional"], true);
    let names: Vec<&str> = page["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["v2", "v3"]);
    let last = server
        .expect(
            Method::GET,
            "/repository/quayadmin/app/tag/?limit=2&page=3",
            None,
            200,
        )
        .await;
    assert_eq!(last["has_additional"], false);
    let one = server
        .expect(
            Method::GET,
            "/repository/quayadmin/app/tag/?specificTag=v4",
            None,
            200,
        )
        .await;
    assert_eq!(
        one["tags"][0]["manifest_digest"],
        format!("sha256:{:064x}", 4)
    );
    assert_eq!(one["tags"][0]["is_manifest_list"], false);

    server
        .expect(
            Method::DELETE,
            "/repository/quayadmin/app/tag/v4",
            None,
            204,
        )
        .await;
    let response = server
        .send(Method::DELETE, "/repository/quayadmin/app/tag/v4", None)
        .await;
    assert_error(response, 404, "not_found", &["tag v4"]).await;
    let response = server
        .send(Method::GET, "/repository/quayadmin/nope/tag/", None)
        .await;
    assert_error(response, 404, "not_found", &["quayadmin/nope"]).await;
}

#[tokio::test]
async fn robots() {
    let server = Server::start().await;
    server
        .expect(
            Method::POST,
            "/organization/",
            Some(json!({"name": "acme"})),
            201,
        )
        .await;

    let body = json!({"description": "CI", "unstructured_metadata": {"team": "build"}});
    let robot = server
        .expect(
            Method::PUT,
            "/organization/acme/robots/builder",
            Some(body),
            201,
        )
        .await;
    assert_eq!(robot["name"], "acme+builder");
    assert_eq!(robot["description"], "CI");
    assert_eq!(robot["unstructured_metadata"], json!({"team": "build"}));
    assert_eq!(robot["token"].as_str().unwrap().len(), 40);
    let response = server
        .send(Method::PUT, "/organization/acme/robots/builder", None)
        .await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["existing robot", "acme+builder"],
    )
    .await;
    // An invalid name gets Quay's own 400 body, `{"message": ...}`, which the document
    // declares beside ApiError (`ApiErrorOrMessage`).
    let response = server
        .send(Method::PUT, "/organization/acme/robots/Bad-Name", None)
        .await;
    assert_eq!(response.status(), 400);
    let text = response.text().await.unwrap();
    let body: quay_client::types::ApiErrorOrMessage = serde_json::from_str(&text).unwrap();
    assert!(
        matches!(&body, quay_client::types::ApiErrorOrMessage::ErrorMessage(m)
            if m.message.contains("Invalid robot account name `Bad-Name`")),
        "{text}"
    );
    let response = server
        .send(Method::PUT, "/user/robots/Bad-Name", None)
        .await;
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().starts_with(r#"{"message":"#));
    let response = server
        .send(Method::PUT, "/organization/ghost/robots/builder", None)
        .await;
    assert_error(response, 404, "not_found", &["organization ghost"]).await;
    let response = server
        .send_as(ALICE, Method::GET, "/organization/acme/robots", None)
        .await;
    assert_error(response, 403, "insufficient_scope", &["alice"]).await;

    assert_eq!(
        server
            .expect(Method::GET, "/organization/acme/robots/builder", None, 200)
            .await,
        robot
    );
    let list = server
        .expect(
            Method::GET,
            "/organization/acme/robots?token=false",
            None,
            200,
        )
        .await;
    assert_eq!(list["robots"].as_array().unwrap().len(), 1);
    assert_eq!(list["robots"][0]["name"], "acme+builder");
    assert!(list["robots"][0].get("token").is_none());

    // User robots live in the caller's namespace.
    let mine = json_body(
        server
            .send_as(ALICE, Method::PUT, "/user/robots/deployer", None)
            .await,
        201,
        "alice robot",
    )
    .await;
    assert_eq!(mine["name"], "alice+deployer");
    let list = json_body(
        server
            .send_as(ALICE, Method::GET, "/user/robots", None)
            .await,
        200,
        "alice robots",
    )
    .await;
    assert_eq!(list["robots"][0]["name"], "alice+deployer");
    assert_eq!(list["robots"][0]["token"], mine["token"]);
    let admin_list = server.expect(Method::GET, "/user/robots", None, 200).await;
    assert_eq!(admin_list, json!({"robots": []}));
    json_body(
        server
            .send_as(ALICE, Method::GET, "/user/robots/deployer", None)
            .await,
        200,
        "get",
    )
    .await;
    json_body(
        server
            .send_as(ALICE, Method::DELETE, "/user/robots/deployer", None)
            .await,
        204,
        "delete",
    )
    .await;
    let response = server
        .send_as(ALICE, Method::GET, "/user/robots/deployer", None)
        .await;
    assert_error(response, 404, "not_found", &["alice+deployer"]).await;

    server
        .expect(
            Method::DELETE,
            "/organization/acme/robots/builder",
            None,
            204,
        )
        .await;
    let response = server
        .send(Method::DELETE, "/organization/acme/robots/builder", None)
        .await;
    assert_error(response, 404, "not_found", &["acme+builder"]).await;
}

#[tokio::test]
async fn repository_permissions() {
    let server = Server::start().await;
    server
        .expect(
            Method::POST,
            "/organization/",
            Some(json!({"name": "acme"})),
            201,
        )
        .await;
    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("acme", "app", "private")),
            201,
        )
        .await;
    server
        .expect(Method::PUT, "/organization/acme/robots/ci", None, 201)
        .await;

    let base = "/repository/acme/app/permissions/user";
    let response = server
        .send(Method::GET, &format!("{base}/alice"), None)
        .await;
    assert_error(response, 404, "not_found", &["alice has no permission"]).await;

    let granted = server
        .expect(
            Method::PUT,
            &format!("{base}/alice"),
            Some(json!({"role": "write"})),
            200,
        )
        .await;
    assert_eq!(granted["role"], "write");
    assert_eq!(granted["name"], "alice");
    assert_eq!(granted["is_robot"], false);
    assert_eq!(granted["is_org_member"], false);
    let robot = server
        .expect(
            Method::PUT,
            &format!("{base}/acme+ci"),
            Some(json!({"role": "read"})),
            200,
        )
        .await;
    assert_eq!(robot["is_robot"], true);
    assert_eq!(robot["avatar"]["kind"], "robot");
    let response = server
        .send(
            Method::PUT,
            &format!("{base}/nobody"),
            Some(json!({"role": "read"})),
        )
        .await;
    assert_error(response, 404, "not_found", &["user nobody"]).await;
    let response = server
        .send(
            Method::PUT,
            &format!("{base}/alice"),
            Some(json!({"role": "owner"})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["`role`", "\"owner\""]).await;

    assert_eq!(
        server
            .expect(Method::GET, &format!("{base}/alice"), None, 200)
            .await,
        granted
    );
    let list = server
        .expect(Method::GET, &format!("{base}/"), None, 200)
        .await;
    let names: BTreeSet<&str> = list["permissions"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(names, BTreeSet::from(["acme+ci", "alice"]));

    // Write permission lets alice see and change the repository, not administer it.
    let repo = json_body(
        server
            .send_as(ALICE, Method::GET, "/repository/acme/app", None)
            .await,
        200,
        "alice",
    )
    .await;
    assert_eq!(repo["can_write"], true);
    assert_eq!(repo["can_admin"], false);
    let response = server
        .send_as(ALICE, Method::GET, &format!("{base}/"), None)
        .await;
    assert_error(response, 403, "insufficient_scope", &["admin"]).await;

    server
        .expect(Method::DELETE, &format!("{base}/alice"), None, 204)
        .await;
    let response = server
        .send(Method::DELETE, &format!("{base}/alice"), None)
        .await;
    assert_error(response, 404, "not_found", &["alice"]).await;
    let response = server
        .send_as(ALICE, Method::GET, "/repository/acme/app", None)
        .await;
    assert_error(response, 404, "not_found", &["acme/app"]).await;
}

#[tokio::test]
async fn stars() {
    let server =
        Server::start_with(MemoryQuay::new().with_page_size(2), ServerConfig::default()).await;
    for name in ["one", "two", "three"] {
        server
            .expect(
                Method::POST,
                "/repository",
                Some(new_repo("quayadmin", name, "public")),
                201,
            )
            .await;
        let starred = json_body(
            server
                .send_as(
                    ALICE,
                    Method::POST,
                    "/user/starred",
                    Some(json!({"namespace": "quayadmin", "repository": name})),
                )
                .await,
            201,
            "star",
        )
        .await;
        assert_eq!(
            starred,
            json!({"namespace": "quayadmin", "repository": name})
        );
    }
    let response = server
        .send_as(
            ALICE,
            Method::POST,
            "/user/starred",
            Some(json!({"namespace": "quayadmin", "repository": "none"})),
        )
        .await;
    assert_error(response, 404, "not_found", &["quayadmin/none"]).await;

    let first = json_body(
        server
            .send_as(ALICE, Method::GET, "/user/starred", None)
            .await,
        200,
        "starred",
    )
    .await;
    assert_eq!(first["repositories"].as_array().unwrap().len(), 2);
    let token = first["next_page"].as_str().expect("a second page");
    let second = json_body(
        server
            .send_as(
                ALICE,
                Method::GET,
                &format!("/user/starred?next_page={token}"),
                None,
            )
            .await,
        200,
        "p2",
    )
    .await;
    assert_eq!(second["repositories"].as_array().unwrap().len(), 1);
    assert!(second.get("next_page").is_none());

    let starred = json_body(
        server
            .send_as(ALICE, Method::GET, "/repository?starred=true", None)
            .await,
        200,
        "starred",
    )
    .await;
    assert_eq!(starred["repositories"][0]["is_starred"], true);
    let repo = json_body(
        server
            .send_as(ALICE, Method::GET, "/repository/quayadmin/two", None)
            .await,
        200,
        "repo",
    )
    .await;
    assert_eq!(repo["is_starred"], true);

    json_body(
        server
            .send_as(ALICE, Method::DELETE, "/user/starred/quayadmin/two", None)
            .await,
        204,
        "unstar",
    )
    .await;
    json_body(
        server
            .send_as(ALICE, Method::DELETE, "/user/starred/quayadmin%2Fone", None)
            .await,
        204,
        "unstar",
    )
    .await;
    let left = json_body(
        server
            .send_as(ALICE, Method::GET, "/user/starred", None)
            .await,
        200,
        "starred",
    )
    .await;
    assert_eq!(
        left["repositories"],
        json!([{"namespace": "quayadmin", "name": "three", "description": "", "is_public": true}])
    );
}

#[tokio::test]
async fn global_messages() {
    let server = Server::start().await;
    let message = json!({"message": {"content": "maintenance at noon", "media_type": "text/markdown", "severity": "warning"}});
    assert_eq!(
        server
            .expect(Method::POST, "/messages", Some(message), 201)
            .await,
        Value::Null
    );
    let list = server.expect(Method::GET, "/messages", None, 200).await;
    let messages = list["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["content"], "maintenance at noon");
    assert_eq!(messages[0]["severity"], "warning");
    assert_eq!(messages[0]["media_type"], "text/markdown");
    let uuid = messages[0]["uuid"].as_str().unwrap().to_owned();
    assert_eq!(uuid.len(), 36);

    let response = server
        .send(
            Method::POST,
            "/messages",
            Some(
                json!({"message": {"content": "x", "media_type": "text/html", "severity": "info"}}),
            ),
        )
        .await;
    assert_error(
        response,
        400,
        "invalid_request",
        &["`message.media_type`", "text/html"],
    )
    .await;
    let response = server
        .send(Method::POST, "/messages", Some(json!({})))
        .await;
    assert_error(response, 400, "invalid_request", &["message"]).await;
    // super:user scope, but alice is no superuser.
    let response = server
        .send_as(ALICE, Method::DELETE, &format!("/message/{uuid}"), None)
        .await;
    assert_error(
        response,
        403,
        "insufficient_scope",
        &["alice is not a superuser"],
    )
    .await;

    server
        .expect(Method::DELETE, &format!("/message/{uuid}"), None, 204)
        .await;
    let response = server
        .send(Method::DELETE, &format!("/message/{uuid}"), None)
        .await;
    assert_error(response, 404, "not_found", &[uuid.as_str()]).await;
    assert_eq!(
        server.expect(Method::GET, "/messages", None, 200).await,
        json!({"messages": []})
    );
}

#[tokio::test]
async fn superuser_users() {
    let server = Server::start().await;
    let created = server
        .expect(
            Method::POST,
            "/superuser/users/",
            Some(json!({"username": "bob", "email": "bob@example.com"})),
            200,
        )
        .await;
    assert_eq!(created["username"], "bob");
    assert_eq!(created["email"], "bob@example.com");
    assert_eq!(created["password"].as_str().unwrap().len(), 32);
    let response = server
        .send(
            Method::POST,
            "/superuser/users/",
            Some(json!({"username": "bob"})),
        )
        .await;
    assert_error(response, 400, "invalid_request", &["already exists"]).await;

    let first = server
        .expect(Method::GET, "/superuser/users/?limit=2", None, 200)
        .await;
    let names: Vec<&str> = first["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice", "bob"]);
    let token = first["next_page"].as_str().unwrap();
    let rest = server
        .expect(
            Method::GET,
            &format!("/superuser/users/?limit=2&next_page={token}"),
            None,
            200,
        )
        .await;
    assert_eq!(rest["users"][0]["username"], "quayadmin");
    assert_eq!(rest["users"][0]["super_user"], true);

    let response = server
        .send_as(ALICE, Method::GET, "/superuser/users/", None)
        .await;
    assert_error(response, 403, "insufficient_scope", &["not a superuser"]).await;
}

// ---------------------------------------------------------------------------
// Concurrency: no lost updates
// ---------------------------------------------------------------------------

const CLIENTS: usize = 8;
const REQUESTS: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_are_not_lost() {
    let server = std::sync::Arc::new(
        Server::start_with(MemoryQuay::new().with_page_size(7), ServerConfig::default()).await,
    );
    server
        .expect(
            Method::POST,
            "/repository",
            Some(new_repo("quayadmin", "shared", "private")),
            201,
        )
        .await;

    // Each client makes REQUESTS updates on its own connection, all to the same
    // state: tags on one repository, stars in one user's set, permissions on one
    // repository. Stars and permissions need a repository or a user first, created
    // concurrently too.
    let roles = ["read", "write", "admin"];
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let server = server.clone();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let call = |method: Method, path: String, body: Value| {
                client
                    .request(method, format!("{}{path}", server.base))
                    .bearer_auth(ADMIN)
                    .json(&body)
                    .send()
            };
            for r in 0..REQUESTS {
                let status = match r % 3 {
                    0 => {
                        let tag = json!({"manifest_digest": format!("sha256:{c:02}{r:02}")});
                        call(
                            Method::PUT,
                            format!("/repository/quayadmin/shared/tag/c{c}-r{r}"),
                            tag,
                        )
                        .await
                        .unwrap()
                        .status()
                    }
                    1 => {
                        let created = call(
                            Method::POST,
                            "/repository".into(),
                            new_repo("quayadmin", &format!("c{c}-r{r}"), "public"),
                        )
                        .await
                        .unwrap();
                        assert_eq!(created.status(), StatusCode::CREATED);
                        let star =
                            json!({"namespace": "quayadmin", "repository": format!("c{c}-r{r}")});
                        call(Method::POST, "/user/starred".into(), star)
                            .await
                            .unwrap()
                            .status()
                    }
                    _ => {
                        let user = json!({"username": format!("u{c}x{r}")});
                        let created = call(Method::POST, "/superuser/users/".into(), user)
                            .await
                            .unwrap();
                        assert_eq!(created.status(), StatusCode::OK);
                        let role = json!({"role": roles[(r + c) % 3]});
                        call(
                            Method::PUT,
                            format!("/repository/quayadmin/shared/permissions/user/u{c}x{r}"),
                            role,
                        )
                        .await
                        .unwrap()
                        .status()
                    }
                };
                assert!(status.is_success(), "client {c} update {r}: {status}");
            }
        }));
    }
    for task in tasks {
        task.await.expect("client task");
    }

    let (mut want_tags, mut want_stars, mut want_permissions) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for c in 0..CLIENTS {
        for r in 0..REQUESTS {
            match r % 3 {
                0 => want_tags.insert(format!("c{c}-r{r}")),
                1 => want_stars.insert(format!("c{c}-r{r}")),
                _ => want_permissions.insert((format!("u{c}x{r}"), roles[(r + c) % 3].to_owned())),
            };
        }
    }

    let mut tags = BTreeSet::new();
    for page in 1.. {
        let body = server
            .expect(
                Method::GET,
                &format!("/repository/quayadmin/shared/tag/?limit=100&page={page}"),
                None,
                200,
            )
            .await;
        tags.extend(
            body["tags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["name"].as_str().unwrap().to_owned()),
        );
        if body["has_additional"] == false {
            break;
        }
    }
    assert_eq!(tags, want_tags);

    let mut stars = BTreeSet::new();
    let mut path = "/user/starred".to_owned();
    loop {
        let body = server.expect(Method::GET, &path, None, 200).await;
        stars.extend(
            body["repositories"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["name"].as_str().unwrap().to_owned()),
        );
        match body["next_page"].as_str() {
            Some(token) => path = format!("/user/starred?next_page={token}"),
            None => break,
        }
    }
    assert_eq!(stars, want_stars);

    let body = server
        .expect(
            Method::GET,
            "/repository/quayadmin/shared/permissions/user/",
            None,
            200,
        )
        .await;
    let permissions: BTreeSet<(String, String)> = body["permissions"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, p)| (name.clone(), p["role"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(permissions, want_permissions);
}
