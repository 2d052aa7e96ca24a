//! Request bodies (fixture `wire_bodies.yaml`): a top-level nullable body travels as
//! `null` or a value, and the implementer gets `None` or the value.

use super::support::{self, Recorder, last};
use quay_tests::wire_bodies_client as client;
use quay_tests::wire_bodies_server as server;
use server::{ErrorModel, RequestContext, types};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    /// What the implementer received, as Debug text.
    seen: Mutex<Vec<String>>,
}

struct Recording(Arc<Log>);

impl server::Api for Recording {
    async fn put_note(
        &self,
        _: RequestContext,
        body: Option<types::Note>,
    ) -> Result<server::PutNoteResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutNoteResponse::NoContent)
    }

    async fn put_count(
        &self,
        _: RequestContext,
        body: Option<Option<i64>>,
    ) -> Result<server::PutCountResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutCountResponse::NoContent)
    }
}

struct Nobody;

impl server::Authenticator for Nobody {}

async fn serve() -> (String, Arc<Log>, Recorder) {
    let log = Arc::new(Log::default());
    let app = server::router(
        Recording(log.clone()),
        Nobody,
        server::ServerConfig::default(),
    );
    let (base, wire) = support::serve(app).await;
    (base, log, wire)
}

#[tokio::test]
async fn a_nullable_body_is_null_or_a_value() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    c.put_note(None).await.unwrap();
    assert_eq!(wire.last().body, "null");
    assert_eq!(last(&log.seen), "None");

    let note = client::types::Note { text: "hi".into() };
    c.put_note(Some(note)).await.unwrap();
    assert_eq!(wire.last().body, r#"{"text":"hi"}"#);
    assert_eq!(last(&log.seen), r#"Some(Note { text: "hi" })"#);

    // Optional and nullable: absent, null, or a value.
    c.put_count().await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("".into(), "None".into())
    );
    c.put_count().body(None).await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("null".into(), "Some(None)".into())
    );
    c.put_count().body(Some(3)).await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("3".into(), "Some(Some(3))".into())
    );
}

#[tokio::test]
async fn the_value_is_still_checked_and_required() {
    let (base, _, _) = serve().await;
    let http = reqwest::Client::new();
    let put = |body: &'static str| {
        http.put(format!("{base}/notes"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    assert_eq!(put("null").await.unwrap().status().as_u16(), 204);
    assert_eq!(put("").await.unwrap().status().as_u16(), 400, "required");
    assert_eq!(
        put(r#"{"text":"far too long"}"#)
            .await
            .unwrap()
            .status()
            .as_u16(),
        400,
        "maxLength"
    );
}
