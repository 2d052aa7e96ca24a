//! How the generated client reports what a server sends back: API errors with the
//! parsed ApiError, error bodies in the schema a status declares (Quay's
//! `{"message": ...}` 400s), other error bodies raw, 401/403 from scope enforcement,
//! bodies that do not decode, and arguments it refuses to send.

use quay_server::{
    Api, Authenticator, ErrorModel, GetRepoParams, GetRepoResponse, Principal, RequestContext,
};

struct Fixed;

impl Api for Fixed {
    async fn get_repo(
        &self,
        _: RequestContext,
        params: GetRepoParams,
    ) -> Result<GetRepoResponse, ErrorModel> {
        Err(quay_server::error(
            axum::http::StatusCode::NOT_FOUND,
            "not_found",
            format!("no repository {}", params.repository),
        ))
    }
}

struct OneToken;

impl Authenticator for OneToken {
    async fn authenticate(&self, token: &str) -> Option<Principal> {
        (token == "reader").then(|| Principal::new("reader", ["repo:read"]))
    }
}

async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    format!("http://{addr}")
}

fn client(base: &str, token: Option<&str>) -> quay_client::Client {
    let builder = quay_client::Client::builder(base);
    let builder = match token {
        Some(t) => builder.bearer_token(t),
        None => builder,
    };
    builder.build().expect("client")
}

#[tokio::test]
async fn api_errors_surface_parsed_with_their_status() {
    let base = serve(quay_server::router(Fixed, OneToken, Default::default())).await;
    let reader = client(&base, Some("reader"));

    let err = reader
        .get_repo("ns/missing")
        .await
        .expect_err("the server answers 404");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let body = err.api_error().expect("an ApiError body");
    assert_eq!(body.status, 404);
    assert_eq!(body.title, "not_found");
    assert_eq!(body.detail, "no repository ns/missing");

    // 401 without a token, 403 for a scope the token lacks: the router's own errors.
    let err = client(&base, None)
        .get_repo("ns/name")
        .await
        .expect_err("401");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(
        err.api_error().map(|e| e.title.as_str()),
        Some("invalid_token")
    );
    let err = reader.delete_repository("ns/name").await.expect_err("403");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    let body = err.api_error().expect("an ApiError body");
    assert_eq!(body.title, "insufficient_scope");
    assert!(body.detail.contains("repo:admin"), "{}", body.detail);

    // An operation the implementation does not provide.
    let err = reader.get_repo_builds("ns/name").await.expect_err("501");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(501));
}

/// Answers `createOrgRobot` as Quay does: 400 with `{"message": ...}` for a robot name
/// it rejects itself, 400 with an ApiError for another bad request.
struct Robots;

impl Api for Robots {
    async fn create_org_robot(
        &self,
        _: RequestContext,
        params: quay_server::CreateOrgRobotParams,
        _: Option<quay_server::types::CreateRobot>,
    ) -> Result<quay_server::CreateOrgRobotResponse, ErrorModel> {
        use quay_server::types::{ApiErrorOrMessage, ErrorMessage};
        let body = if params.robot_shortname.contains('-') {
            ApiErrorOrMessage::ErrorMessage(ErrorMessage {
                message: format!("Invalid robot name: {}", params.robot_shortname),
            })
        } else {
            ApiErrorOrMessage::ApiError(quay_server::error(
                axum::http::StatusCode::BAD_REQUEST,
                "invalid_request",
                "a robot of this name exists",
            ))
        };
        Ok(quay_server::CreateOrgRobotResponse::BadRequest(body))
    }
}

struct Admin;

impl Authenticator for Admin {
    async fn authenticate(&self, token: &str) -> Option<Principal> {
        (token == "admin").then(|| Principal::new("admin", ["org:admin"]))
    }
}

#[tokio::test]
async fn a_400_of_another_shape_decodes_into_the_schema_it_declares() {
    use quay_client::types::ApiErrorOrMessage;
    let base = serve(quay_server::router(Robots, Admin, Default::default())).await;
    let admin = client(&base, Some("admin"));

    // On the wire: Quay's `{"message": ...}`, and nothing else.
    let raw = reqwest::Client::new()
        .put(format!("{base}/api/v1/organization/acme/robots/bad-name"))
        .bearer_auth("admin")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 400);
    assert_eq!(
        raw.text().await.unwrap(),
        r#"{"message":"Invalid robot name: bad-name"}"#
    );

    let err = admin
        .create_org_robot("acme", "bad-name")
        .await
        .expect_err("400");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    match err.declared() {
        Some(quay_client::DeclaredError::ApiErrorOrMessage(ApiErrorOrMessage::ErrorMessage(m))) => {
            assert_eq!(m.message, "Invalid robot name: bad-name")
        }
        other => panic!("expected the declared {{message}} body, got {other:?}"),
    }
    assert!(err.api_error().is_none());
    assert!(err.to_string().contains("Invalid robot name"), "{err}");

    // The other alternative of the same status: the ApiError, still in the declared schema.
    let err = admin
        .create_org_robot("acme", "taken")
        .await
        .expect_err("400");
    match err.declared() {
        Some(quay_client::DeclaredError::ApiErrorOrMessage(ApiErrorOrMessage::ApiError(e))) => {
            assert_eq!((e.status, e.title.as_str()), (400, "invalid_request"))
        }
        other => panic!("expected the declared ApiError body, got {other:?}"),
    }
}

#[tokio::test]
async fn other_error_bodies_stay_raw_and_bad_success_bodies_are_decode_errors() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route(
            "/api/v1/repository/{ns}/{name}",
            get(|| async { (axum::http::StatusCode::GONE, "{\"message\": \"gone\"}") }),
        )
        .route("/api/v1/user/", get(|| async { "not json" }))
        .route(
            "/api/v1/organization/{name}",
            get(|| async { "{\"name\": \"acme\", \"teams\": {\"owners\": {\"name\": 7}}}" }),
        );
    let base = serve(app).await;
    let c = client(&base, Some("t"));

    match c.get_repo("ns/name").await {
        Err(quay_client::Error::Api {
            status,
            body: quay_client::ErrorBody::Raw(text),
        }) => {
            assert_eq!(status.as_u16(), 410);
            assert_eq!(text, "{\"message\": \"gone\"}");
        }
        other => panic!("expected a raw API error, got {other:?}"),
    }
    match c.get_logged_in_user().await {
        Err(quay_client::Error::Decode { status, body, .. }) => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(body, "not json");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    // A value of the wrong type deep inside: the error names where it is.
    match c.get_organization("acme").await {
        Err(quay_client::Error::Decode { path, .. }) => assert_eq!(path, "teams.owners.name"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn arguments_that_cannot_be_sent_are_refused_before_sending() {
    // Nothing listens here: a refused argument must not even try to connect.
    let c = client("http://127.0.0.1:9", None);
    for bad in ["", "ns/", "/name", "ns/../x", "ns/./x"] {
        match c.get_repo(bad).await {
            Err(quay_client::Error::InvalidArgument { name, .. }) => assert_eq!(name, "repository"),
            other => panic!("{bad:?}: expected an invalid argument, got {other:?}"),
        }
    }
    assert!(matches!(
        quay_client::Client::builder("not a url").build(),
        Err(quay_client::Error::InvalidArgument {
            name: "base_url",
            ..
        })
    ));
}
