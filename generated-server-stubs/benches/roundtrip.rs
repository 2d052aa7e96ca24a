//! Loopback round trips: the generated client calling the generated server, against
//! a hand-written reqwest client calling hand-written axum handlers that do the same
//! work (same JSON on the wire, same path/query/body parsing, same bearer-token and
//! scope check).
//!
//! ```sh
//! cargo bench -p quay-server --bench roundtrip
//! ```
//!
//! Two requests: `getRepo` (`GET /api/v1/repository/myorg/myrepo?includeTags=true`,
//! answered with a repository and ten tags) and `createRepo` (`POST
//! /api/v1/repository` with a `NewRepo` JSON body, answered 201). divan times each
//! pair; after it, an interleaved run (rounds of A then B, median of the rounds)
//! prints the generated/hand-written ratios.

use divan::{Bencher, black_box};
// `.await` on a generated request goes through `IntoFuture`; `block_on` wants a future.
use std::future::IntoFuture as _;
use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const TOKEN: &str = "secret";
const TAGS: usize = 10;

/// The scopes the token grants, as a real authenticator would look them up.
const SCOPES: [&str; 2] = ["repo:read", "repo:create"];

// ---------------------------------------------------------------------------
// Generated: quay_server::Api + quay_client::Client.

mod generated {
    use super::{SCOPES, TAGS, TOKEN};
    use quay_server::types::{
        CreatedRepository, CreatedRepositoryKind, Repository, RepositoryKind, RepositoryState,
        RepositoryTagSummary,
    };
    use quay_server::{
        Api, Authenticator, CreateRepoResponse, ErrorModel, GetRepoParams, GetRepoResponse,
        Principal, RequestContext,
    };

    pub struct Server;

    impl Api for Server {
        async fn get_repo(
            &self,
            _context: RequestContext,
            params: GetRepoParams,
        ) -> Result<GetRepoResponse, ErrorModel> {
            let (namespace, name) = params
                .repository
                .split_once('/')
                .expect("the router matched ns/name");
            let tags = params.include_tags.unwrap_or(true).then(|| {
                (0..TAGS)
                    .map(|i| {
                        let tag = RepositoryTagSummary {
                            name: format!("v1.{i}"),
                            size: Some(Some(1_048_576 + i as i64)),
                            last_modified: Some("Mon, 13 Dec 2021 11:41:16 -0000".into()),
                            expiration: None,
                            manifest_digest: Some(format!("sha256:{i:064x}")),
                            image_id: Some(None),
                        };
                        (tag.name.clone(), tag)
                    })
                    .collect()
            });
            Ok(GetRepoResponse::Ok(Repository {
                namespace: namespace.to_owned(),
                name: name.to_owned(),
                kind: RepositoryKind::Image,
                description: Some("A repository for benchmarks.".to_owned()),
                is_public: true,
                is_organization: true,
                is_starred: false,
                status_token: None,
                trust_enabled: Some(false),
                tag_expiration_s: Some(1_209_600),
                is_free_account: false,
                state: Some(RepositoryState::Normal),
                can_write: true,
                can_admin: true,
                tags,
                stats: None,
                channels: None,
                releases: None,
            }))
        }

        async fn create_repo(
            &self,
            _context: RequestContext,
            body: quay_server::types::NewRepo,
        ) -> Result<CreateRepoResponse, ErrorModel> {
            Ok(CreateRepoResponse::Created(CreatedRepository {
                namespace: body.namespace.unwrap_or_else(|| "admin".to_owned()),
                name: body.repository,
                kind: CreatedRepositoryKind::Image,
            }))
        }
    }

    pub struct Tokens;

    impl Authenticator for Tokens {
        async fn authenticate(&self, token: &str) -> Option<Principal> {
            (token == TOKEN).then(|| Principal::new("admin", SCOPES))
        }
    }

    pub fn new_repo() -> quay_client::types::NewRepo {
        quay_client::types::NewRepo {
            repository: "newrepo".to_owned(),
            visibility: quay_client::types::NewRepoVisibility::Private,
            namespace: Some("myorg".to_owned()),
            description: "Created by the benchmark.".to_owned(),
            repo_kind: Some(Some(quay_client::types::NewRepoRepoKind::Image)),
        }
    }
}

// ---------------------------------------------------------------------------
// Hand-written: the same JSON shapes, axum extractors and a plain reqwest client.

mod hand {
    use super::{SCOPES, TAGS, TOKEN};
    use axum::Json;
    use axum::extract::{Path, Query};
    use axum::http::{HeaderMap, StatusCode, header};
    use axum::response::{IntoResponse, Response};
    use serde::{Deserialize, Serialize};
    use std::collections::{BTreeMap, BTreeSet};

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Kind {
        Image,
        Application,
    }

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum State {
        Normal,
        ReadOnly,
        Mirror,
    }

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Visibility {
        Public,
        Private,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct Tag {
        pub name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_modified: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiration: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub manifest_digest: Option<String>,
        #[serde(default)]
        pub image_id: Option<String>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct Repository {
        pub namespace: String,
        pub name: String,
        pub kind: Kind,
        pub description: Option<String>,
        pub is_public: bool,
        pub is_organization: bool,
        pub is_starred: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status_token: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trust_enabled: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag_expiration_s: Option<i64>,
        pub is_free_account: bool,
        pub state: Option<State>,
        pub can_write: bool,
        pub can_admin: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<BTreeMap<String, Tag>>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct NewRepo {
        pub repository: String,
        pub visibility: Visibility,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub namespace: Option<String>,
        pub description: String,
        #[serde(default)]
        pub repo_kind: Option<Kind>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct CreatedRepository {
        pub namespace: String,
        pub name: String,
        pub kind: Kind,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct ApiError {
        pub status: i64,
        pub title: String,
        pub detail: String,
        #[serde(rename = "type")]
        pub type_: String,
    }

    #[derive(Deserialize)]
    pub struct GetRepoQuery {
        #[serde(rename = "includeTags")]
        include_tags: Option<bool>,
        #[serde(rename = "includeStats")]
        include_stats: Option<bool>,
    }

    pub struct Principal {
        _name: String,
        scopes: BTreeSet<String>,
    }

    fn api_error(status: StatusCode, title: &str, detail: String) -> ApiError {
        ApiError {
            status: i64::from(status.as_u16()),
            title: title.to_owned(),
            type_: format!("/api/v1/error/{title}"),
            detail,
        }
    }

    fn error_response(e: ApiError) -> Response {
        let status =
            StatusCode::from_u16(e.status as u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, Json(e)).into_response()
    }

    /// The bearer token, its principal, and the scope.
    fn authorize(headers: &HeaderMap, scope: &str) -> Result<Principal, ApiError> {
        let token = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .ok_or_else(|| {
                api_error(StatusCode::UNAUTHORIZED, "invalid_token", "no token".into())
            })?;
        let principal = (token == TOKEN)
            .then(|| Principal {
                _name: "admin".to_owned(),
                scopes: SCOPES.iter().map(|s| (*s).to_owned()).collect(),
            })
            .ok_or_else(|| {
                api_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_token",
                    "bad token".into(),
                )
            })?;
        if !principal.scopes.contains(scope) {
            return Err(api_error(
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                format!("requires {scope}"),
            ));
        }
        Ok(principal)
    }

    pub async fn get_repo(
        headers: HeaderMap,
        Path((namespace, name)): Path<(String, String)>,
        Query(query): Query<GetRepoQuery>,
    ) -> Response {
        if let Err(e) = authorize(&headers, "repo:read") {
            return error_response(e);
        }
        let _ = query.include_stats;
        let tags = query.include_tags.unwrap_or(true).then(|| {
            (0..TAGS)
                .map(|i| {
                    let tag = Tag {
                        name: format!("v1.{i}"),
                        size: Some(1_048_576 + i as i64),
                        last_modified: Some("Mon, 13 Dec 2021 11:41:16 -0000".into()),
                        expiration: None,
                        manifest_digest: Some(format!("sha256:{i:064x}")),
                        image_id: None,
                    };
                    (tag.name.clone(), tag)
                })
                .collect()
        });
        Json(Repository {
            namespace,
            name,
            kind: Kind::Image,
            description: Some("A repository for benchmarks.".to_owned()),
            is_public: true,
            is_organization: true,
            is_starred: false,
            status_token: None,
            trust_enabled: Some(false),
            tag_expiration_s: Some(1_209_600),
            is_free_account: false,
            state: Some(State::Normal),
            can_write: true,
            can_admin: true,
            tags,
        })
        .into_response()
    }

    pub async fn create_repo(headers: HeaderMap, Json(body): Json<NewRepo>) -> Response {
        if let Err(e) = authorize(&headers, "repo:create") {
            return error_response(e);
        }
        if body.repository.is_empty() {
            let e = api_error(StatusCode::BAD_REQUEST, "invalid_request", "empty".into());
            return error_response(e);
        }
        let created = CreatedRepository {
            namespace: body.namespace.unwrap_or_else(|| "admin".to_owned()),
            name: body.repository,
            kind: Kind::Image,
        };
        (StatusCode::CREATED, Json(created)).into_response()
    }

    pub fn router() -> axum::Router {
        axum::Router::new()
            .route("/api/v1/repository", axum::routing::post(create_repo))
            .route(
                "/api/v1/repository/{namespace}/{name}",
                axum::routing::get(get_repo),
            )
    }

    /// A hand-written client: a base URL, a token and a reqwest client.
    pub struct Client {
        pub http: reqwest::Client,
        pub base: String,
        pub token: String,
    }

    #[derive(Debug)]
    #[allow(dead_code, reason = "read through Debug when a request fails")]
    pub enum Error {
        Http(reqwest::Error),
        Api(reqwest::StatusCode, String),
        Decode(serde_json::Error),
    }

    impl From<reqwest::Error> for Error {
        fn from(e: reqwest::Error) -> Self {
            Error::Http(e)
        }
    }

    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    impl Client {
        async fn decode<T: serde::de::DeserializeOwned>(
            response: reqwest::Response,
        ) -> Result<T, Error> {
            let status = response.status();
            if status.is_client_error() || status.is_server_error() {
                return Err(Error::Api(status, response.text().await?));
            }
            let bytes = response.bytes().await?;
            serde_json::from_slice(&bytes).map_err(Error::Decode)
        }

        pub async fn get_repo(
            &self,
            namespace: &str,
            name: &str,
            include_tags: bool,
        ) -> Result<Repository, Error> {
            let url = format!(
                "{}/api/v1/repository/{}/{}",
                self.base,
                percent_encoding::utf8_percent_encode(namespace, SEGMENT),
                percent_encoding::utf8_percent_encode(name, SEGMENT),
            );
            let response = self
                .http
                .get(url)
                .bearer_auth(&self.token)
                .query(&[("includeTags", include_tags)])
                .send()
                .await?;
            Self::decode(response).await
        }

        pub async fn create_repo(&self, body: &NewRepo) -> Result<CreatedRepository, Error> {
            let response = self
                .http
                .post(format!("{}/api/v1/repository", self.base))
                .bearer_auth(&self.token)
                .json(body)
                .send()
                .await?;
            Self::decode(response).await
        }
    }

    pub fn new_repo() -> NewRepo {
        NewRepo {
            repository: "newrepo".to_owned(),
            visibility: Visibility::Private,
            namespace: Some("myorg".to_owned()),
            description: "Created by the benchmark.".to_owned(),
            repo_kind: Some(Kind::Image),
        }
    }
}

// ---------------------------------------------------------------------------
// The two servers on one background runtime; the clients on the bench thread.

struct Env {
    client_rt: tokio::runtime::Runtime,
    generated: quay_client::Client,
    hand: hand::Client,
    /// The generated client calling the hand-written server, and the other way
    /// round: they tell whether a difference comes from the client or the server.
    generated_to_hand: quay_client::Client,
    hand_to_generated: hand::Client,
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<(SocketAddr, SocketAddr)>();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("server runtime");
            rt.block_on(async move {
                let generated = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let hand = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send((generated.local_addr().unwrap(), hand.local_addr().unwrap()))
                    .unwrap();
                let app = quay_server::router(
                    generated::Server,
                    generated::Tokens,
                    quay_server::ServerConfig::default(),
                );
                tokio::spawn(async move { axum::serve(generated, app).await });
                axum::serve(hand, hand::router()).await
            })
        });
        let (generated_addr, hand_addr) = rx.recv().expect("servers started");
        let client_rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("client runtime");
        let generated = quay_client::Client::builder(format!("http://{generated_addr}"))
            .bearer_token(TOKEN)
            .build()
            .expect("client");
        let hand = hand::Client {
            http: reqwest::Client::new(),
            base: format!("http://{hand_addr}"),
            token: TOKEN.to_owned(),
        };
        let generated_to_hand = quay_client::Client::builder(format!("http://{hand_addr}"))
            .bearer_token(TOKEN)
            .build()
            .expect("client");
        let hand_to_generated = hand::Client {
            http: reqwest::Client::new(),
            base: format!("http://{generated_addr}"),
            token: TOKEN.to_owned(),
        };
        let env = Env {
            client_rt,
            generated,
            hand,
            generated_to_hand,
            hand_to_generated,
        };
        // Both pairs answer, with the same content, before anything is timed.
        let a = get_generated(&env);
        let b = get_hand(&env);
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::to_value(&b).unwrap()
        );
        assert_eq!(a.tags.as_ref().map(|t| t.len()), Some(TAGS));
        create_generated(&env);
        create_hand(&env);
        env
    })
}

fn get_generated(env: &Env) -> quay_client::types::Repository {
    get_with_generated_client(env, &env.generated)
}

fn get_with_generated_client(
    env: &Env,
    client: &quay_client::Client,
) -> quay_client::types::Repository {
    env.client_rt
        .block_on(
            client
                .get_repo("myorg/myrepo")
                .include_tags(true)
                .into_future(),
        )
        .expect("getRepo")
}

fn get_hand(env: &Env) -> hand::Repository {
    get_with_hand_client(env, &env.hand)
}

fn get_with_hand_client(env: &Env, client: &hand::Client) -> hand::Repository {
    env.client_rt
        .block_on(client.get_repo("myorg", "myrepo", true))
        .expect("getRepo")
}

fn create_generated(env: &Env) -> quay_client::types::CreatedRepository {
    env.client_rt
        .block_on(
            env.generated
                .create_repo(generated::new_repo())
                .into_future(),
        )
        .expect("createRepo")
}

fn create_hand(env: &Env) -> hand::CreatedRepository {
    let body = hand::new_repo();
    env.client_rt
        .block_on(env.hand.create_repo(&body))
        .expect("createRepo")
}

#[divan::bench]
fn get_repo_generated(bencher: Bencher) {
    let env = env();
    bencher.bench_local(|| get_generated(black_box(env)));
}

#[divan::bench]
fn get_repo_hand_written(bencher: Bencher) {
    let env = env();
    bencher.bench_local(|| get_hand(black_box(env)));
}

#[divan::bench]
fn create_repo_generated(bencher: Bencher) {
    let env = env();
    bencher.bench_local(|| create_generated(black_box(env)));
}

#[divan::bench]
fn create_repo_hand_written(bencher: Bencher) {
    let env = env();
    bencher.bench_local(|| create_hand(black_box(env)));
}

/// Mean time of one request over `n` requests.
fn per_request<T>(n: u32, mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    start.elapsed() / n
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Rounds of generated then hand-written, so drift hits both alike.
fn compare(label: &str, env: &Env, generated: fn(&Env), hand: fn(&Env)) {
    const ROUNDS: usize = 21;
    const PER_ROUND: u32 = 1_000;
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        // Alternate which goes first.
        if round % 2 == 0 {
            a.push(per_request(PER_ROUND, || generated(env)));
            b.push(per_request(PER_ROUND, || hand(env)));
        } else {
            b.push(per_request(PER_ROUND, || hand(env)));
            a.push(per_request(PER_ROUND, || generated(env)));
        }
    }
    let (a, b) = (median(a), median(b));
    println!(
        "| {label} | {:.1} | {:.1} | {:.3} |",
        a.as_secs_f64() * 1e6,
        b.as_secs_f64() * 1e6,
        a.as_secs_f64() / b.as_secs_f64()
    );
}

fn main() {
    // `ROUNDTRIP_PROFILE=<bench name>` sends 5,000 of that request and nothing else:
    // for `valgrind --tool=callgrind` (or perf) on this binary.
    if let Ok(name) = std::env::var("ROUNDTRIP_PROFILE") {
        let env = env();
        let f: fn(&Env) = match name.as_str() {
            "get_repo_generated" => |e| drop(get_generated(e)),
            "get_repo_hand_written" => |e| drop(get_hand(e)),
            "create_repo_generated" => |e| drop(create_generated(e)),
            "create_repo_hand_written" => |e| drop(create_hand(e)),
            other => panic!("ROUNDTRIP_PROFILE={other:?}: not a benchmark name"),
        };
        for _ in 0..5_000 {
            f(env);
        }
        return;
    }
    divan::main();
    // `cargo bench` passes `--bench`; `cargo test --benches` runs each bench once only.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let env = env();
    println!("\nInterleaved comparison (21 rounds of 1,000 requests each; medians):\n");
    println!("| request | generated µs | hand-written µs | generated / hand-written |");
    println!("|---|---:|---:|---:|");
    compare(
        "getRepo (GET, includeTags=true, 10 tags)",
        env,
        |e| drop(get_generated(e)),
        |e| drop(get_hand(e)),
    );
    compare(
        "createRepo (POST, NewRepo JSON, 201)",
        env,
        |e| drop(create_generated(e)),
        |e| drop(create_hand(e)),
    );
    println!("\ngetRepo, crossed (which side costs what):\n");
    println!("| pair | first µs | second µs | first / second |");
    println!("|---|---:|---:|---:|");
    compare(
        "generated server: generated client / hand-written client",
        env,
        |e| drop(get_generated(e)),
        |e| drop(get_with_hand_client(e, &e.hand_to_generated)),
    );
    compare(
        "hand-written server: generated client / hand-written client",
        env,
        |e| drop(get_with_generated_client(e, &e.generated_to_hand)),
        |e| drop(get_hand(e)),
    );
    compare(
        "generated client: generated server / hand-written server",
        env,
        |e| drop(get_generated(e)),
        |e| drop(get_with_generated_client(e, &e.generated_to_hand)),
    );
    compare(
        "hand-written client: generated server / hand-written server",
        env,
        |e| drop(get_with_hand_client(e, &e.hand_to_generated)),
        |e| drop(get_hand(e)),
    );
}
