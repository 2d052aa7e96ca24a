//! What every wire test shares: serving a generated router on loopback with a recorder
//! in front of it that keeps each request exactly as it arrived.

use std::sync::{Arc, Mutex};

/// One request as it arrived at the socket, before the generated router saw it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wire {
    pub method: String,
    /// The raw (still percent-encoded) path.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// Every header line, in arrival order (names are lower case; values that are not
    /// UTF-8 replaced).
    pub headers: Vec<(String, String)>,
    /// The body, as text (bytes that are not UTF-8 replaced).
    pub body: String,
}

impl Wire {
    /// The first value of a header, if it came.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The header lines whose names `keep` selects, sorted (the order of different
    /// headers carries no meaning).
    pub fn headers_where(&self, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        let mut out: Vec<_> = self
            .headers
            .iter()
            .filter(|(name, _)| keep(name))
            .cloned()
            .collect();
        out.sort();
        out
    }
}

/// The requests a served router received, oldest first.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<Vec<Wire>>>);

impl Recorder {
    pub fn first(&self) -> Wire {
        self.0
            .lock()
            .unwrap()
            .first()
            .cloned()
            .expect("a request arrived")
    }

    pub fn last(&self) -> Wire {
        last(&self.0)
    }
}

/// The last entry of a log.
pub fn last<T: Clone>(list: &Mutex<Vec<T>>) -> T {
    list.lock()
        .unwrap()
        .last()
        .cloned()
        .expect("something was recorded")
}

/// Serves `app` on a loopback port behind a new recorder; returns its base URL.
pub async fn serve(app: axum::Router) -> (String, Recorder) {
    let recorder = Recorder::default();
    (serve_recording(app, recorder.clone()).await, recorder)
}

/// Serves `app` on a loopback port, recording into `recorder`; returns its base URL.
pub async fn serve_recording(app: axum::Router, recorder: Recorder) -> String {
    let log = recorder.0;
    let app = app.layer(axum::middleware::from_fn(
        move |request: axum::extract::Request, next: axum::middleware::Next| {
            let log = log.clone();
            async move {
                let (parts, body) = request.into_parts();
                let bytes = axum::body::to_bytes(body, 1 << 20)
                    .await
                    .expect("a body under 1 MiB");
                log.lock().unwrap().push(Wire {
                    method: parts.method.to_string(),
                    path: parts.uri.path().to_owned(),
                    query: parts.uri.query().map(str::to_owned),
                    headers: parts
                        .headers
                        .iter()
                        .map(|(name, value)| {
                            let value = String::from_utf8_lossy(value.as_bytes());
                            (name.to_string(), value.into_owned())
                        })
                        .collect(),
                    body: String::from_utf8_lossy(&bytes).into_owned(),
                });
                next.run(axum::extract::Request::from_parts(parts, bytes.into()))
                    .await
            }
        },
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    format!("http://{addr}")
}

/// A GET sent without the generated client: what the router makes of raw input.
/// Returns the status and the body text.
pub async fn raw_get(base: &str, path_and_query: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut request = reqwest::Client::new().get(format!("{base}{path_and_query}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("the server answers");
    (
        response.status().as_u16(),
        response.text().await.expect("a text body"),
    )
}
