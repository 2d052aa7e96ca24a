//! A runnable in-memory Quay: `cargo run -p quay-server --example quay_example`.
//!
//! Serves users, organizations, repositories, tags, robots, repository permissions,
//! stars, global messages, superuser users and the discovery document (with `servers`
//! pointing here, and CORS open to every origin, so Swagger UI can load it and "Try it
//! out"); every other operation answers 501. The implementation lives in `common/memory.rs`; this file
//! only wires it to the generated router.
//!
//! Options (`--help` prints them):
//! - `--addr HOST:PORT` or `QUAY_EXAMPLE_ADDR` sets the address (default
//!   `127.0.0.1:8080`; the flag wins over the variable).
//! - `QUAY_EXAMPLE_TOKEN` fixes the admin token (default: a random one).
//!
//! It logs one line per request: method, path, status and time taken.
//!
//! It starts with one superuser, `quayadmin`, and prints two tokens for it: one with
//! all eight scopes and one with only `repo:read`. Try:
//!
//! ```text
//! curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/api/v1/superuser/users/
//! curl -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
//!      -d '{"namespace":"quayadmin","repository":"demo","description":"","visibility":"private"}' \
//!      http://127.0.0.1:8080/api/v1/repository
//! ```

#[path = "common/memory.rs"]
mod memory;
#[path = "common/serve.rs"]
mod serve;

use memory::{ALL_SCOPES, MemoryQuay, Tokens, random_token};
use quay_server::ServerConfig;

const DEFAULT_ADDR: &str = "127.0.0.1:8080";
const ADMIN: &str = "quayadmin";

const USAGE: &str = "\
usage: quay_example [--addr HOST:PORT]

An in-memory Quay API server for trying the generated stubs.

options:
  --addr HOST:PORT   address to listen on (default 127.0.0.1:8080; also QUAY_EXAMPLE_ADDR)
  -h, --help         print this help

environment:
  QUAY_EXAMPLE_ADDR  address to listen on, when --addr is not given
  QUAY_EXAMPLE_TOKEN the all-scopes token of the superuser quayadmin (default: random)";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let Some(addr) = address()? else {
        println!("{USAGE}");
        return Ok(());
    };
    let admin_token = std::env::var("QUAY_EXAMPLE_TOKEN")
        .ok()
        .filter(|t| !t.is_empty())
        .unwrap_or_else(random_token);
    let read_token = random_token();

    let api = MemoryQuay::new().with_user(ADMIN, "quayadmin@example.com", true);
    let tokens = Tokens::new()
        .with(admin_token.as_str(), ADMIN, ALL_SCOPES)
        .with(read_token.as_str(), ADMIN, ["repo:read"]);
    // A browser page from any origin (Swagger UI, say) may call this local server.
    let config = ServerConfig {
        cors_allow_origins: vec!["*".to_owned()],
        ..ServerConfig::default()
    };
    let app = quay_server::router(api, tokens, config).layer(axum::middleware::from_fn(log));

    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AddrInUse => format!(
                "{addr} is already in use (another quay_example?); pick another address with \
                 --addr 127.0.0.1:PORT or QUAY_EXAMPLE_ADDR"
            ),
            _ => format!("cannot listen on {addr}: {e}"),
        })?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    println!("Quay example API listening on http://{local}/api/v1/");
    println!("superuser:                 {ADMIN}");
    println!("token (all scopes):        {admin_token}");
    println!("token (repo:read only):    {read_token}");
    println!("try: curl -H \"Authorization: Bearer {admin_token}\" http://{local}/api/v1/user/");

    // Like `axum::serve`, but a client that does not finish its request headers within
    // the timeout is disconnected (see `common/serve.rs`).
    serve::serve(listener, app, serve::HEADER_READ_TIMEOUT, async {
        // Without a signal handler, serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
    .await
    .map_err(|e| e.to_string())
}

/// One line per request: method, path, status, time taken.
async fn log(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let started = std::time::Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    println!(
        "{method} {path} {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// `--addr HOST:PORT` (or `--addr=HOST:PORT`), else `QUAY_EXAMPLE_ADDR`, else the
/// default; `None` for `--help`.
fn address() -> Result<Option<String>, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {}
        [flag] if flag == "--help" || flag == "-h" => return Ok(None),
        [flag, value] if flag == "--addr" => return Ok(Some(value.clone())),
        [flag] if flag.starts_with("--addr=") => {
            return Ok(Some(flag["--addr=".len()..].to_owned()));
        }
        _ => return Err(format!("unexpected arguments {args:?}\n\n{USAGE}")),
    }
    Ok(Some(
        std::env::var("QUAY_EXAMPLE_ADDR")
            .ok()
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| DEFAULT_ADDR.to_owned()),
    ))
}
