//! Parameters over the wire (fixture `wire_params.yaml`): `$ref`s to scalar
//! components, every array style of the query, header and cookie parameters, objects
//! and maps in every query style and in headers, unions of scalars (and GitHub's union
//! of a string and an array), enums of booleans, and `content` parameters. The raw
//! request is checked as it arrives, and the typed parameters as the implementer gets
//! them; the router refuses what the document rules out.

use super::support::{self, Recorder, Wire, raw_get as raw};
use quay_tests::wire_params_client as client;
use quay_tests::wire_params_server as server;
use server::{ErrorModel, GetJobParams, RequestContext, SearchParams};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    params: Mutex<Vec<GetJobParams>>,
    search: Mutex<Vec<SearchParams>>,
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

    async fn search(
        &self,
        _: RequestContext,
        params: SearchParams,
    ) -> Result<server::SearchResponse, ErrorModel> {
        self.0.search.lock().unwrap().push(params);
        Ok(server::SearchResponse::NoContent)
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
            ("cookie", "session=sid%201%3B; prefs=a,b"),
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

fn map<V: Clone>(entries: &[(&str, V)]) -> BTreeMap<String, V> {
    entries
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

#[tokio::test]
async fn objects_maps_unions_and_json_round_trip() {
    use client::types as c;
    use server::types as s;
    let (base, log, wire) = serve().await;
    let cl = client::Client::builder(&base).build().unwrap();
    let filter = |name: &str, age: Option<i32>, color: Option<c::Color>| c::Filter {
        name: name.into(),
        age,
        color,
    };
    cl.search(filter("x y", Some(3), None))
        .flat(filter("a", Some(1), Some(c::Color::Red)))
        .deep(filter("d&e", None, Some(c::Color::Green)))
        .labels(map(&[("k", 1), ("z", 2)]))
        .meta(map(&[("m", "v".to_owned())]))
        .severity(c::Severity::Integer(3))
        .severities(vec![
            c::Severity::Severity2(c::Severity2::Low),
            c::Severity::Integer(5),
        ])
        .cwes(c::Cwes::Array(vec!["79".into(), "284".into()]))
        .flag(c::SearchFlag::True)
        .where_(filter("w", Some(9), None))
        .x_dims(c::SearchXDims {
            w: Some(4),
            h: Some(6),
        })
        .x_pairs(map(&[("a", "1".to_owned()), ("b", "2".to_owned())]))
        .x_json(vec![1, 2])
        .await
        .unwrap();

    let wire = wire.first();
    assert_eq!(wire.path, "/search");
    assert_eq!(
        wire.query.as_deref(),
        Some(concat!(
            "age=3&name=x+y",
            "&flat=age,1,color,red,name,a",
            "&deep%5Bcolor%5D=green&deep%5Bname%5D=d%26e",
            "&k=1&z=2",
            "&meta%5Bm%5D=v",
            "&severity=3",
            "&severities=low,5",
            "&cwes=79&cwes=284",
            "&flag=true",
            "&where=%7B%22name%22%3A%22w%22%2C%22age%22%3A9%7D",
        ))
    );
    assert_eq!(
        parameter_headers(&wire),
        pairs(&[
            ("x-dims", "h,6,w,4"),
            ("x-json", "[1,2]"),
            ("x-pairs", "a=1,b=2"),
        ])
    );

    let got = log.search.lock().unwrap()[0].clone();
    let filter = |name: &str, age: Option<i32>, color: Option<s::Color>| s::Filter {
        name: name.into(),
        age,
        color,
    };
    assert_eq!(
        got,
        SearchParams {
            filter: filter("x y", Some(3), None),
            flat: Some(filter("a", Some(1), Some(s::Color::Red))),
            deep: Some(filter("d&e", None, Some(s::Color::Green))),
            labels: Some(map(&[("k", 1), ("z", 2)])),
            meta: Some(map(&[("m", "v".to_owned())])),
            severity: Some(s::Severity::Integer(3)),
            severities: Some(vec![
                s::Severity::Severity2(s::Severity2::Low),
                s::Severity::Integer(5),
            ]),
            cwes: Some(s::Cwes::Array(vec!["79".into(), "284".into()])),
            flag: Some(s::SearchFlag::True),
            mode: None,
            where_: Some(filter("w", Some(9), None)),
            x_dims: Some(s::SearchXDims {
                w: Some(4),
                h: Some(6),
            }),
            x_pairs: Some(map(&[("a", "1".to_owned()), ("b", "2".to_owned())])),
            x_json: Some(vec![1, 2]),
        }
    );
}

#[tokio::test]
async fn what_a_map_takes_and_how_unions_decode() {
    let (base, log, _) = serve().await;
    let last = || log.search.lock().unwrap().last().cloned().unwrap();

    // The exploded map takes the keys no other parameter claims, and only those.
    let (status, text) = raw(&base, "/search?name=n&severity=low&lbl=5&age=2", &[]).await;
    assert_eq!(status, 204, "{text}");
    let got = last();
    assert_eq!(got.labels, Some(map(&[("lbl", 5)])));
    assert_eq!(
        got.severity,
        Some(server::types::Severity::Severity2(
            server::types::Severity2::Low
        ))
    );
    assert_eq!(got.filter.age, Some(2));
    // No entries: an optional map is absent, not empty.
    raw(&base, "/search?name=n", &[]).await;
    assert_eq!(last().labels, None);

    // One value is the string alternative, repeated values the array (GitHub's `cwes`).
    raw(&base, "/search?name=n&cwes=79", &[]).await;
    assert_eq!(last().cwes, Some(server::types::Cwes::String("79".into())));
    raw(&base, "/search?name=n&cwes=79&cwes=22", &[]).await;
    assert_eq!(
        last().cwes,
        Some(server::types::Cwes::Array(vec!["79".into(), "22".into()]))
    );

    // deepObject keys in the brackets as they are, or percent-encoded.
    raw(&base, "/search?name=n&deep[name]=a&deep%5Bage%5D=4", &[]).await;
    let deep = last().deep.unwrap();
    assert_eq!((deep.name.as_str(), deep.age), ("a", Some(4)));

    // A union of an integer and a string enum: a number is the integer.
    raw(&base, "/search?name=n&severity=42", &[]).await;
    assert_eq!(last().severity, Some(server::types::Severity::Integer(42)));

    // An enum of the string "1" and the number 2: each text is the value it can be.
    raw(&base, "/search?name=n&mode=1", &[]).await;
    assert_eq!(last().mode.map(|m| m.value()), Some(serde_json::json!("1")));
    raw(&base, "/search?name=n&mode=2", &[]).await;
    assert_eq!(last().mode.map(|m| m.value()), Some(serde_json::json!(2)));
}

#[tokio::test]
async fn malformed_objects_unions_and_json_are_refused() {
    let (base, _, _) = serve().await;
    for (query, headers, name) in [
        // A required object with a required property missing, or a bound broken.
        ("/search?age=3", &[][..], "filter"),
        ("/search?name=n&age=-1", &[], "filter"),
        ("/search?name=&age=1", &[], "filter"),
        ("/search?name=n&age=x", &[], "filter"),
        // Keys and values that do not pair up; a deepObject key without brackets.
        ("/search?name=n&flat=name,a,age", &[], "flat"),
        ("/search?name=n&deep=x", &[], "deep"),
        ("/search?name=n&deep[age]=old", &[], "deep"),
        // A map value of the wrong type; a closed set of values.
        ("/search?name=n&other=x", &[], "labels"),
        ("/search?name=n&severity=medium", &[], "severity"),
        ("/search?name=n&severities=low,3.5", &[], "severities"),
        ("/search?name=n&flag=false", &[], "flag"),
        ("/search?name=n&mode=3", &[], "mode"),
        // JSON text that is not JSON, or not the schema.
        ("/search?name=n&where=%7Bname", &[], "where"),
        ("/search?name=n&where=%7B%22age%22%3A1%7D", &[], "where"),
        ("/search?name=n", &[("x-json", "[1,\"a\"]")], "X-Json"),
        // Header objects: an odd list, an item without `=`, a value of the wrong type.
        ("/search?name=n", &[("x-dims", "w,1,h")], "X-Dims"),
        ("/search?name=n", &[("x-dims", "w,wide")], "X-Dims"),
        ("/search?name=n", &[("x-pairs", "a")], "X-Pairs"),
    ] {
        let (status, text) = raw(&base, query, headers).await;
        assert_eq!(status, 400, "{query} {headers:?}: {text}");
        assert!(text.contains(name), "{query} {headers:?}: {text}");
    }
}

#[tokio::test]
async fn the_client_refuses_what_the_style_cannot_carry() {
    let (base, log, _) = serve().await;
    let cl = client::Client::builder(&base).build().unwrap();
    let filter = client::types::Filter {
        name: "n".into(),
        age: None,
        color: None,
    };
    // A map entry under another parameter's key would be read as that parameter.
    let e = cl
        .search(filter.clone())
        .labels(map(&[("severity", 1)]))
        .await
        .unwrap_err();
    assert!(
        matches!(e, client::Error::InvalidArgument { name: "labels", .. }),
        "{e}"
    );
    assert!(log.search.lock().unwrap().is_empty(), "nothing was served");
}

/// A delimiter inside an item is percent-encoded by the client, and the server splits
/// on the raw text before decoding, so the item stays whole.
#[tokio::test]
async fn a_delimiter_inside_an_item_stays_in_the_item() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_job("j", "r", "s")
        .tags(vec!["x y".into(), "z".into()])
        .names(vec!["p|q".into(), "r".into()])
        .prefs(vec!["a,b".into(), "c".into()])
        .await
        .unwrap();
    let first = wire.first();
    assert_eq!(first.query.as_deref(), Some("tags=x+y%20z&names=p%7Cq|r"));
    assert_eq!(
        first.headers_where(|name| name == "cookie"),
        pairs(&[("cookie", "session=s; prefs=a%2Cb,c")])
    );
    let got = log.params.lock().unwrap()[0].clone();
    assert_eq!(got.tags, Some(vec!["x y".to_owned(), "z".to_owned()]));
    assert_eq!(got.names, Some(vec!["p|q".to_owned(), "r".to_owned()]));
    assert_eq!(got.prefs, Some(vec!["a,b".to_owned(), "c".to_owned()]));

    let filter = client::types::Filter {
        name: "x,y".into(),
        age: Some(3),
        color: None,
    };
    c.search(filter.clone()).flat(filter).await.unwrap();
    let query = wire.last().query.unwrap();
    assert!(query.contains("&flat=age,3,name,x%2Cy"), "{query}");
    let got = log.search.lock().unwrap()[0].clone();
    assert_eq!(got.flat.unwrap().name, "x,y");

    // Raw requests: `ids=1%2C2` is one item, not a number.
    let ok = [("x-request-id", "r1"), ("cookie", "session=s")];
    let (status, text) = raw(&base, "/jobs/j1?ids=1%2C2", &ok).await;
    assert_eq!(status, 400, "{text}");
    let (status, text) = raw(&base, "/jobs/j1?names=a%7Cb|c%20d&tags=e+f%20g", &ok).await;
    assert_eq!(status, 204, "{text}");
    let last = log.params.lock().unwrap().last().cloned().unwrap();
    assert_eq!(last.names, Some(vec!["a|b".to_owned(), "c d".to_owned()]));
    assert_eq!(last.tags, Some(vec!["e f".to_owned(), "g".to_owned()]));
}

#[tokio::test]
async fn patterns_with_unicode_classes_are_enforced() {
    let (base, _, _) = serve().await;
    // Past the check, the operation is not implemented (501).
    let (status, body) = raw(&base, "/cities?name=Zo%C3%AB", &[]).await;
    assert_eq!(status, 501, "{body}");
    let (status, _) = raw(&base, "/cities?name=%C3%89vora-12", &[]).await;
    assert_eq!(status, 501);
    // `\d` is ASCII: Arabic-Indic digits (U+0661, U+0662) are not digits here.
    for bad in [
        "/cities?name=zoe",
        "/cities?name=Zo1",
        "/cities?name=Zoe-%D9%A1%D9%A2",
    ] {
        let (status, body) = raw(&base, bad, &[]).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body.contains("name"), "{body}");
    }
}
