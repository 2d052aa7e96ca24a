//! Hostile clients against the example server, over raw TCP so that every byte is the
//! test's: for each case of the bad-input barrage, the status and the `ApiError` body
//! the server must answer, and that it keeps serving afterwards. Also: a client that
//! never finishes its headers is disconnected, and the example's arithmetic neither
//! panics nor wraps on extreme inputs.

use super::memory::{ALL_SCOPES, MemoryQuay, Tokens};
use super::serve;
use quay_server::ServerConfig;
use quay_server::types::ApiError;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ADMIN: &str = "admin-token";
const READ_ONLY: &str = "read-token";
/// How long the test server waits for request headers.
const HEADER_TIMEOUT: Duration = Duration::from_millis(500);

async fn start() -> SocketAddr {
    let api = MemoryQuay::new().with_user("quayadmin", "quayadmin@example.com", true);
    let tokens = Tokens::new().with(ADMIN, "quayadmin", ALL_SCOPES).with(
        READ_ONLY,
        "quayadmin",
        ["repo:read"],
    );
    let app = quay_server::router(api, tokens, ServerConfig::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(serve::serve(
        listener,
        app,
        HEADER_TIMEOUT,
        std::future::pending(),
    ));
    addr
}

/// A raw HTTP/1.1 exchange: the status and the body of the answer.
struct Answer {
    status: u16,
    head: String,
    body: Vec<u8>,
}

/// Sends `head` (request line and headers, without the blank line) and `body`, with
/// `Connection: close`, and reads the whole answer.
async fn exchange(addr: SocketAddr, head: &str, body: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let mut request = head.as_bytes().to_vec();
    request.extend_from_slice(b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if !body.is_empty() {
        request.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    // The server may answer (413, 431) and close before it has read everything.
    let _ = stream.write_all(&request).await;
    let mut raw = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw));
    let _ = read.await.expect("the server answers within 10 s");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no complete answer to {head:?}: {raw:?}"));
    let head_text = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head_text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {head_text}"));
    Answer {
        status,
        head: head_text,
        body: raw[split + 4..].to_vec(),
    }
}

/// The answer is `status` with an `ApiError` body of that status and `title` whose
/// detail contains every fragment.
fn assert_api_error(answer: &Answer, status: u16, title: &str, fragments: &[&str], case: &str) {
    let text = String::from_utf8_lossy(&answer.body);
    assert_eq!(answer.status, status, "{case}: {}\n{text}", answer.head);
    assert!(
        answer
            .head
            .to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{case}: {}",
        answer.head
    );
    let body: ApiError = serde_json::from_slice(&answer.body)
        .unwrap_or_else(|e| panic!("{case}: not an ApiError ({e}): {text}"));
    assert_eq!(body.status, i64::from(status), "{case}: {text}");
    assert_eq!(body.title, title, "{case}: {text}");
    for fragment in fragments {
        assert!(
            body.detail.contains(fragment),
            "{case}: the detail should mention {fragment:?}: {text}"
        );
    }
    // Messages speak of the API, never of Rust types.
    for rust in [
        "i64",
        "u64",
        "f64",
        "i32",
        "untagged enum",
        "struct ",
        "Option<",
    ] {
        assert!(
            !body.detail.contains(rust),
            "{case}: the detail names a Rust type ({rust}): {text}"
        );
    }
}

fn json_post(path: &str, token: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json"
    )
}

/// A request that must still work after each hostile one.
async fn still_serving(addr: SocketAddr) {
    let answer = exchange(
        addr,
        &format!("GET /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer {ADMIN}"),
        b"",
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.head);
}

#[tokio::test]
async fn malformed_bodies() {
    let addr = start().await;
    let repo = "/api/v1/repository";
    let cases: Vec<(&str, Vec<u8>, &[&str])> = vec![
        (
            "truncated JSON",
            br#"{"repository": "r", "visibility": "#.to_vec(),
            &["invalid request body", "EOF"],
        ),
        (
            "not JSON at all",
            b"repository=r".to_vec(),
            &["invalid request body", "expected value"],
        ),
        (
            "trailing garbage",
            br#"{"repository": "r", "visibility": "public", "description": ""} x"#.to_vec(),
            &["invalid request body", "trailing characters"],
        ),
        (
            "JSON nested 100,000 deep in an unknown field",
            format!("{}1{}", r#"{"x": "#.repeat(100_000), "}".repeat(100_000)).into_bytes(),
            &["invalid request body", "missing field `repository`"],
        ),
        (
            "JSON nested 100,000 deep in a known field",
            format!(
                r#"{{"repository": "r", "visibility": "public", "description": "", "repo_kind": {}1{}}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            &["invalid request body at `repo_kind`", "expected"],
        ),
        (
            "invalid UTF-8 in a string",
            b"{\"repository\": \"r\xff\", \"visibility\": \"public\", \"description\": \"\"}".to_vec(),
            &["invalid request body", "invalid unicode"],
        ),
        (
            "a number where a string belongs",
            br#"{"repository": 5, "visibility": "public", "description": ""}"#.to_vec(),
            &["invalid request body at `repository`", "expected a string"],
        ),
        (
            "a string where the object belongs",
            br#""just a string""#.to_vec(),
            &["invalid request body", "expected an object"],
        ),
    ];
    for (case, body, fragments) in cases {
        let answer = exchange(addr, &json_post(repo, ADMIN), &body).await;
        assert_api_error(&answer, 400, "invalid_request", fragments, case);
    }
    still_serving(addr).await;
}

#[tokio::test]
async fn bodies_of_the_wrong_media_type_or_size() {
    let addr = start().await;
    let body = br#"{"repository": "r", "visibility": "public", "description": ""}"#;
    let post = |content_type: &str| {
        format!("POST /api/v1/repository HTTP/1.1\r\nAuthorization: Bearer {ADMIN}{content_type}")
    };
    for (case, header, got) in [
        (
            "text/plain",
            "\r\nContent-Type: text/plain",
            "\"text/plain\"",
        ),
        ("no Content-Type", "", "no Content-Type"),
        (
            "form",
            "\r\nContent-Type: application/x-www-form-urlencoded",
            "\"application/x-www-form-urlencoded\"",
        ),
    ] {
        let answer = exchange(addr, &post(header), body).await;
        assert_api_error(
            &answer,
            415,
            "unsupported_media_type",
            &["must be sent as application/json", got],
            case,
        );
    }
    // A parameter on the media type, and the +json suffix, are still JSON.
    for header in [
        "\r\nContent-Type: application/json; charset=utf-8",
        "\r\nContent-Type: Application/JSON",
    ] {
        let answer = exchange(addr, &post(header), body).await;
        assert_eq!(answer.status, 201, "{header}: {}", answer.head);
        let _ = exchange(
            addr,
            &format!(
                "DELETE /api/v1/repository/quayadmin/r HTTP/1.1\r\nAuthorization: Bearer {ADMIN}"
            ),
            b"",
        )
        .await;
    }

    // Over the 1 MiB limit: refused on the declared length, before it is read.
    let huge = vec![b' '; 2 * 1024 * 1024];
    let answer = exchange(addr, &post("\r\nContent-Type: application/json"), &huge).await;
    assert_api_error(
        &answer,
        413,
        "payload_too_large",
        &["larger than 1048576 bytes"],
        "2 MiB body",
    );
    // The same without a declared length (chunked): refused while it is read.
    let mut chunked = format!(
        "POST /api/v1/repository HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer {ADMIN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    .into_bytes();
    for _ in 0..40 {
        chunked.extend_from_slice(format!("{:x}\r\n", 65536).as_bytes());
        chunked.extend(std::iter::repeat_n(b' ', 65536));
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(&chunked).await;
    let mut raw = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw)).await;
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 413"), "chunked 2.5 MiB: {text}");
    assert!(
        text.contains("payload_too_large"),
        "chunked 2.5 MiB: {text}"
    );
    still_serving(addr).await;
}

#[tokio::test]
async fn hostile_paths() {
    let addr = start().await;
    let get = |path: &str| format!("GET {path} HTTP/1.1\r\nAuthorization: Bearer {ADMIN}");
    let not_found: [(&str, &str); 6] = [
        ("traversal out of the API", "/api/v1/../../etc/passwd"),
        ("encoded traversal", "/api/v1/%2e%2e/%2e%2e/etc/passwd"),
        (
            "traversal in a parameter",
            "/api/v1/repository/../../../etc/passwd",
        ),
        (
            "double-encoded slash",
            "/api/v1/repository/quayadmin%252Fapp",
        ),
        (
            "invalid UTF-8 in a segment",
            "/api/v1/repository/quayadmin/%FF",
        ),
        ("empty segments", "/api/v1//user/"),
    ];
    for (case, path) in not_found {
        let answer = exchange(addr, &get(path), b"").await;
        assert_api_error(&answer, 404, "not_found", &["no such path"], case);
    }
    // A NUL is just a character of a user name that does not exist.
    let answer = exchange(addr, &get("/api/v1/users/%00"), b"").await;
    assert_api_error(&answer, 404, "not_found", &["user \0 not found"], "NUL");
    // `..` as the two halves of a repository name fits the route: the implementation
    // looks the repository up and does not find it.
    let answer = exchange(addr, &get("/api/v1/repository/../.."), b"").await;
    assert_api_error(&answer, 404, "not_found", &["../.. not found"], "`../..`");
    still_serving(addr).await;
}

#[tokio::test]
async fn hostile_headers_and_methods() {
    let addr = start().await;
    // Tokens and scopes.
    let cases: [(&str, String, u16, &str, &[&str]); 6] = [
        (
            "no token",
            "GET /api/v1/user/ HTTP/1.1".to_owned(),
            401,
            "invalid_token",
            &["requires a bearer token"],
        ),
        (
            "unknown token",
            "GET /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer nope".to_owned(),
            401,
            "invalid_token",
            &["not valid"],
        ),
        (
            "another scheme",
            format!("GET /api/v1/user/ HTTP/1.1\r\nAuthorization: Basic {ADMIN}"),
            401,
            "invalid_token",
            &["requires a bearer token"],
        ),
        (
            "a 100 kB token",
            format!(
                "GET /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer {}",
                "x".repeat(100_000)
            ),
            401,
            "invalid_token",
            &["not valid"],
        ),
        (
            "missing scope",
            format!("GET /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer {READ_ONLY}"),
            403,
            "insufficient_scope",
            &["getLoggedInUser requires the scope user:read"],
        ),
        (
            "unknown method",
            format!("BREW /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer {ADMIN}"),
            405,
            "method_not_allowed",
            &["BREW is not allowed here"],
        ),
    ];
    for (case, head, status, title, fragments) in cases {
        let answer = exchange(addr, &head, b"").await;
        assert_api_error(&answer, status, title, fragments, case);
    }
    let answer = exchange(
        addr,
        &format!("TRACE /api/v1/user/ HTTP/1.1\r\nAuthorization: Bearer {ADMIN}"),
        b"",
    )
    .await;
    assert_api_error(&answer, 405, "method_not_allowed", &["TRACE"], "TRACE");

    // Header sections beyond hyper's limits (about 400 kB, or 100 headers) are refused
    // by hyper itself with 431 and no body, before the router sees the request.
    let huge = format!(
        "GET /api/v1/user/ HTTP/1.1\r\nX-Big: {}",
        "x".repeat(500_000)
    );
    let answer = exchange(addr, &huge, b"").await;
    assert_eq!(answer.status, 431, "a 500 kB header: {}", answer.head);
    let many: String = (0..200).map(|i| format!("\r\nX-H{i}: {i}")).collect();
    let answer = exchange(addr, &format!("GET /api/v1/user/ HTTP/1.1{many}"), b"").await;
    assert_eq!(answer.status, 431, "200 headers: {}", answer.head);
    still_serving(addr).await;
}

#[tokio::test]
async fn half_sent_headers_are_cut_off() {
    let addr = start().await;
    // Several clients start a request and never finish its headers.
    let mut clients = Vec::new();
    for _ in 0..20 {
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        stream
            .write_all(b"GET /api/v1/discovery HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            .await
            .expect("write");
        clients.push(stream);
    }
    let started = Instant::now();
    for mut stream in clients {
        let mut rest = Vec::new();
        // The server closes each connection once the header timeout has passed.
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut rest));
        let _ = read.await.expect("closed within 10 s");
    }
    let elapsed = started.elapsed();
    assert!(
        elapsed >= HEADER_TIMEOUT / 2,
        "closed too early ({elapsed:?}): the timeout should apply, not an error"
    );
    still_serving(addr).await;
}

#[tokio::test]
async fn extreme_numbers_neither_panic_nor_wrap() {
    let addr = start().await;
    let auth = format!("Authorization: Bearer {ADMIN}");
    let created = exchange(
        addr,
        &json_post("/api/v1/repository", ADMIN),
        br#"{"repository": "app", "visibility": "private", "description": ""}"#,
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.head);
    let put_tag = |tag: &str| {
        format!(
            "PUT /api/v1/repository/quayadmin/app/tag/{tag} HTTP/1.1\r\n{auth}\r\nContent-Type: application/json"
        )
    };
    let digest = format!(r#"{{"manifest_digest": "sha256:{:064x}"}}"#, 1);
    let answer = exchange(addr, &put_tag("v1"), digest.as_bytes()).await;
    assert_eq!(answer.status, 201, "{}", answer.head);

    // The last representable page is simply empty.
    let answer = exchange(
        addr,
        &format!(
            "GET /api/v1/repository/quayadmin/app/tag/?page=9223372036854775807&limit=100 HTTP/1.1\r\n{auth}"
        ),
        b"",
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.head);
    let page: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(page["tags"], serde_json::json!([]));
    assert_eq!(page["page"], 9_223_372_036_854_775_807_i64);
    assert_eq!(page["has_additional"], false);

    // One past it is refused in the API's words.
    let answer = exchange(
        addr,
        &format!(
            "GET /api/v1/repository/quayadmin/app/tag/?page=9223372036854775808 HTTP/1.1\r\n{auth}"
        ),
        b"",
    )
    .await;
    assert_api_error(
        &answer,
        400,
        "invalid_request",
        &["invalid parameter `page`"],
        "page beyond 64 bits",
    );

    // Expirations: Quay wants a time in the future that a date can hold.
    for expiration in ["-1e308", "1e308", "0", "-1", "253402300800"] {
        let answer = exchange(
            addr,
            &put_tag("v1"),
            format!(r#"{{"expiration": {expiration}}}"#).as_bytes(),
        )
        .await;
        assert_api_error(
            &answer,
            400,
            "invalid_request",
            &["invalid expiration", "a time in the future"],
            &format!("expiration {expiration}"),
        );
    }
    let answer = exchange(addr, &put_tag("v1"), br#"{"expiration": 253402300799}"#).await;
    assert_eq!(answer.status, 201, "{}", answer.head);
    let answer = exchange(
        addr,
        &format!("GET /api/v1/repository/quayadmin/app/tag/ HTTP/1.1\r\n{auth}"),
        b"",
    )
    .await;
    let page: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(
        page["tags"][0]["expiration"],
        "Fri, 31 Dec 9999 23:59:59 -0000"
    );
    still_serving(addr).await;
}
