//! Parameters over the wire (fixture `wire_params.yaml`): `$ref`s to scalar
//! components, every array style of the query, header and cookie parameters. The raw
//! request is checked as it arrives, and the typed parameters as the implementer gets
//! them; the router refuses what the document rules out.

use super::support::{self, Recorder, Wire, raw_get as raw};
use quay_tests::wire_params_client as client;
use quay_tests::wire_params_server as server;
use server::{ErrorModel, GetJobParams, RequestContext};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    params: Mutex<Vec<GetJobParams>>,
}

struct Recording(Arc<Log>);

impl server::Api for Recording {
    async fn get_job(
        &self,
        _: RequestContext,
        params: GetJobParams,
    ) -> Result<server::GetJobResponse, ErrorModel> {
        self.0.params.lock().unwrap().push(params);
        Ok(server::GetJobResponse::NoContent)
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

/// The header lines parameters travel in (the client adds others of its own).
fn parameter_headers(wire: &Wire) -> Vec<(String, String)> {
    wire.headers_where(|name| name.starts_with("x-") || name == "cookie")
}

/// Header pairs, sorted (the order of different headers carries no meaning).
fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<_> = list
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn every_place_and_array_style_round_trips() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_job("job-1", "req-1", "sid 1;")
        .limit(5)
        .ids(vec![1, 2])
        .tags(vec!["x".into(), "y".into()])
        .names(vec!["p".into(), "q".into()])
        .colors(vec![client::types::Color::Red, client::types::Color::Green])
        .x_trace(vec![7, 8])
        .x_color(client::types::Color::Green)
        .prefs(vec!["a".into(), "b".into()])
        .await
        .unwrap();

    let wire = wire.first();
    assert_eq!(wire.path, "/jobs/job-1");
    assert_eq!(
        wire.query.as_deref(),
        Some("limit=5&ids=1,2&tags=x%20y&names=p|q&colors=red&colors=green")
    );
    assert_eq!(
        parameter_headers(&wire),
        pairs(&[
            ("cookie", "session=sid%201%3B; prefs=a%2Cb"),
            ("x-color", "green"),
            ("x-request-id", "req-1"),
            ("x-trace", "7,8"),
        ])
    );

    let got = log.params.lock().unwrap()[0].clone();
    assert_eq!(
        got,
        GetJobParams {
            job_id: "job-1".into(),
            limit: Some(5),
            ids: Some(vec![1, 2]),
            tags: Some(vec!["x".into(), "y".into()]),
            names: Some(vec!["p".into(), "q".into()]),
            colors: Some(vec![server::types::Color::Red, server::types::Color::Green]),
            x_request_id: "req-1".into(),
            x_trace: Some(vec![7, 8]),
            x_color: Some(server::types::Color::Green),
            session: "sid 1;".into(),
            prefs: Some(vec!["a".into(), "b".into()]),
        }
    );
}

#[tokio::test]
async fn only_what_is_set_is_sent() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_job("job-2", "req-2", "s").await.unwrap();
    let wire = wire.first();
    assert_eq!(wire.query, None);
    assert_eq!(
        parameter_headers(&wire),
        pairs(&[("x-request-id", "req-2"), ("cookie", "session=s")])
    );
    let got = log.params.lock().unwrap()[0].clone();
    assert_eq!((got.ids, got.x_trace, got.prefs), (None, None, None));
}

#[tokio::test]
async fn header_and_cookie_parameters_are_checked() {
    let (base, log, _) = serve().await;
    let ok = [("x-request-id", "r1"), ("cookie", "session=s")];

    let (status, _) = raw(&base, "/jobs/j1", &ok).await;
    assert_eq!(status, 204);

    // Required header and cookie, missing; a query pair cannot stand in for them.
    let (status, text) = raw(&base, "/jobs/j1?header:X-Request-ID=r1", &ok[1..]).await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("X-Request-ID"), "{text}");
    let (status, text) = raw(&base, "/jobs/j1?cookie:session=s", &ok[..1]).await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("session"), "{text}");

    // The header's pattern, the `$ref`'d bounds and enum, typed array items.
    let (status, text) = raw(
        &base,
        "/jobs/j1",
        &[("x-request-id", "no spaces!"), ("cookie", "session=s")],
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("X-Request-ID"), "{text}");
    let (status, text) = raw(&base, "/jobs/j1?limit=101", &ok).await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("limit"), "{text}");
    let (status, text) = raw(&base, "/jobs/j1?ids=1,x", &ok).await;
    assert_eq!(status, 400, "{text}");
    let mut trace = ok.to_vec();
    trace.push(("x-trace", "1, 2"));
    trace.push(("x-trace", "3"));
    let (status, text) = raw(&base, "/jobs/j1", &trace).await;
    assert_eq!(status, 204, "{text}");
    let last = log.params.lock().unwrap().last().cloned().unwrap();
    assert_eq!(
        last.x_trace,
        Some(vec![1, 2, 3]),
        "header lines and items combine"
    );

    // The `$ref`'d pattern of the path parameter.
    let (status, _) = raw(&base, "/jobs/J_1", &ok).await;
    assert_eq!(status, 404);
}
