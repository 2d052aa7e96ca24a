//! Response headers (fixture `wire_headers.yaml`): the implementer sets them through
//! its request context, the client reads them with the status and decoded body.

use super::support;
use axum::http::{HeaderValue, header::HeaderName};
use quay_tests::wire_headers_client as client;
use quay_tests::wire_headers_server as server;
use server::{ErrorModel, RequestContext};

struct Things;

impl server::Api for Things {
    async fn list_things(
        &self,
        context: RequestContext,
    ) -> Result<server::ListThingsResponse, ErrorModel> {
        let set = &context.response_headers;
        set.insert(
            HeaderName::from_static("x-rate-limit"),
            HeaderValue::from_static("41"),
        );
        set.insert(
            HeaderName::from_static("etag"),
            HeaderValue::from_static("\"v7\""),
        );
        set.append(
            HeaderName::from_static("x-note"),
            HeaderValue::from_static("a"),
        );
        set.append(
            HeaderName::from_static("x-note"),
            HeaderValue::from_static("b"),
        );
        Ok(vec!["one".to_owned()].into())
    }

    async fn put_thing(
        &self,
        context: RequestContext,
    ) -> Result<server::PutThingResponse, ErrorModel> {
        context.response_headers.insert(
            HeaderName::from_static("location"),
            HeaderValue::from_static("/things/7"),
        );
        if context.headers.contains_key("x-fail") {
            context.response_headers.insert(
                HeaderName::from_static("retry-after"),
                HeaderValue::from_static("30"),
            );
            return Err(server::error(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "try later",
            ));
        }
        Ok(server::PutThingResponse::Created(7))
    }
}

struct Nobody;

impl server::Authenticator for Nobody {}

async fn serve() -> String {
    let app = server::router(Things, Nobody, server::ServerConfig::default());
    support::serve(app).await.0
}

#[tokio::test]
async fn the_client_reads_what_the_implementer_set() {
    let base = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    let answer = c.list_things().send_with_headers().await.unwrap();
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(answer.body, vec!["one".to_owned()]);
    assert_eq!(answer.headers["x-rate-limit"], "41");
    assert_eq!(answer.headers["etag"], "\"v7\"");
    let notes: Vec<_> = answer.headers.get_all("x-note").iter().collect();
    assert_eq!(notes, ["a", "b"]);
    assert_eq!(answer.headers["content-type"], "application/json");

    let created = c.put_thing().send_with_headers().await.unwrap();
    assert_eq!(created.status.as_u16(), 201);
    assert_eq!(created.body, client::PutThingResponse::Created(7));
    assert_eq!(created.headers["location"], "/things/7");
    assert_eq!(
        c.put_thing().await.unwrap(),
        client::PutThingResponse::Created(7)
    );
}

#[tokio::test]
async fn error_responses_carry_the_headers_too() {
    let base = serve().await;
    let response = reqwest::Client::new()
        .post(format!("{base}/things"))
        .header("x-fail", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(response.headers()["retry-after"], "30");
    assert_eq!(response.headers()["location"], "/things/7");
}

#[tokio::test]
async fn a_sent_request_is_a_future_that_owns_what_it_needs() {
    let base = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    // `send` builds the request at once; the future borrows neither the client nor the
    // builder, and is `Send`, so it runs on another task after both are gone.
    let pending = c.put_thing().send_with_headers();
    let plain = c.list_things().send();
    drop(c);
    let created = tokio::spawn(pending).await.unwrap().unwrap();
    assert_eq!(created.status.as_u16(), 201);
    assert_eq!(created.body, client::PutThingResponse::Created(7));
    assert_eq!(created.headers["location"], "/things/7");
    let listed = tokio::spawn(plain).await.unwrap().unwrap();
    assert_eq!(listed, vec!["one".to_owned()]);
}
