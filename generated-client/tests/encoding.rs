//! What the client puts on the wire, byte for byte: a loopback server records the raw
//! request line and body of each call.

use std::sync::{Arc, Mutex};

/// The last request a `Capture` server saw: method, raw path and query, body.
#[derive(Default)]
struct Seen(Mutex<Option<(String, String, String)>>);

/// A server that records every request and answers with `answer` (status, JSON text).
async fn capture(answer: (u16, &'static str)) -> (String, Arc<Seen>) {
    let seen = Arc::new(Seen::default());
    let record = seen.clone();
    let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
        let record = record.clone();
        async move {
            let method = request.method().to_string();
            let uri = request.uri().to_string();
            let body = axum::body::to_bytes(request.into_body(), 1 << 20)
                .await
                .unwrap_or_default();
            *record.0.lock().expect("not poisoned") =
                Some((method, uri, String::from_utf8_lossy(&body).into_owned()));
            (
                axum::http::StatusCode::from_u16(answer.0).expect("a status"),
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                answer.1,
            )
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    (format!("http://{addr}"), seen)
}

fn last(seen: &Seen) -> (String, String, String) {
    seen.0
        .lock()
        .expect("not poisoned")
        .clone()
        .expect("a request arrived")
}

fn client(base: &str) -> quay_client::Client {
    quay_client::Client::builder(base)
        .bearer_token("t")
        .build()
        .expect("client")
}

const REPO: &str = r#"{"namespace":"ns","name":"name","kind":"image","description":null,"is_public":true,
"is_organization":false,"is_starred":false,"is_free_account":true,"can_write":true,"can_admin":true,
"state":"NORMAL","tags":{},"status_token":null}"#;

#[tokio::test]
async fn repository_keeps_its_slash_and_booleans_are_true_false() {
    let (base, seen) = capture((200, REPO)).await;
    let c = client(&base);
    let _ = c
        .get_repo("ns/name")
        .include_tags(true)
        .include_stats(false)
        .await;
    assert_eq!(
        last(&seen).1,
        "/api/v1/repository/ns/name?includeTags=true&includeStats=false"
    );

    // Other reserved characters in the repository are still encoded, segment by segment.
    let _ = c.get_repo("my ns/ü?#").await;
    assert_eq!(last(&seen).1, "/api/v1/repository/my%20ns/%C3%BC%3F%23");
}

#[tokio::test]
async fn other_path_parameters_are_percent_encoded_whole() {
    let (base, seen) = capture((204, "")).await;
    let c = client(&base);
    let _ = c.delete_full_tag("ns/name", "v1/beta?x").await;
    let (method, uri, _) = last(&seen);
    assert_eq!(method, "DELETE");
    assert_eq!(uri, "/api/v1/repository/ns/name/tag/v1%2Fbeta%3Fx");
}

#[tokio::test]
async fn query_values_are_form_encoded() {
    let (base, seen) = capture((200, r#"{"repositories":[]}"#)).await;
    let c = client(&base);
    let _ = c
        .list_repos()
        .namespace("a b&c=d")
        .public(true)
        .next_page("tok/+=")
        .await;
    let uri = last(&seen).1;
    assert!(uri.starts_with("/api/v1/repository?"), "{uri}");
    assert!(uri.contains("namespace=a+b%26c%3Dd"), "{uri}");
    assert!(uri.contains("public=true"), "{uri}");
    assert!(uri.contains("next_page=tok%2F%2B%3D"), "{uri}");
}

#[tokio::test]
async fn bodies_are_json_with_absent_and_null_kept_apart() {
    let (base, seen) = capture((201, r#""Updated""#)).await;
    let c = client(&base);
    let body = quay_client::types::ChangeTag {
        manifest_digest: None,
        expiration: Some(None),
    };
    let _ = c.change_tag("ns/name", "latest", body).await;
    let (method, uri, sent) = last(&seen);
    assert_eq!(
        (method.as_str(), uri.as_str()),
        ("PUT", "/api/v1/repository/ns/name/tag/latest")
    );
    // `None` is left out, `Some(None)` is sent as null.
    assert_eq!(sent, r#"{"expiration":null}"#);

    let (base, seen) = capture((201, r#"{"namespace":"ns","name":"web","kind":"image"}"#)).await;
    let repo = quay_client::types::NewRepo {
        repository: "web".into(),
        visibility: quay_client::types::NewRepoVisibility::Private,
        namespace: Some("ns".into()),
        description: "A web app".into(),
        repo_kind: None,
    };
    client(&base).create_repo(repo).await.expect("201 decodes");
    let sent: serde_json::Value = serde_json::from_str(&last(&seen).2).expect("JSON body");
    assert_eq!(
        sent,
        serde_json::json!({"repository": "web", "visibility": "private", "namespace": "ns", "description": "A web app"})
    );
}

#[tokio::test]
async fn unknown_enum_values_decode_and_encode_unchanged() {
    let value: quay_client::types::NewRepoVisibility =
        serde_json::from_str(r#""internal""#).expect("decodes");
    assert_eq!(
        value,
        quay_client::types::NewRepoVisibility::Unknown("internal".into())
    );
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        r#""internal""#
    );
}
