//! Serving a router with a deadline on request headers.
//!
//! `axum::serve` sets no timer on its HTTP/1 connections, so a client that sends half
//! of its headers and then waits (slowloris) holds a connection, and a task, for as long
//! as it likes. [`serve`] drives each connection with hyper's own HTTP/1 builder instead,
//! with a timer and `header_read_timeout`: a connection whose request headers are not
//! complete in time is closed.
//!
//! The file is shared: `examples/quay_example.rs` serves with it and the tests of
//! `quay-tests` include it with `#[path]`.
#![allow(
    dead_code,
    reason = "each includer uses a different part of this module"
)]

use std::time::Duration;

/// How long a client may take to send a request's headers (hyper's default when a
/// timer is set, made explicit).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Accepts connections on `listener` and serves `app` on each until `shutdown`
/// completes; a connection whose request headers take longer than `header_timeout`
/// is closed.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    header_timeout: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: wait and go on, as axum does.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => return Ok(()),
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            // A connection closed by the client or by the timeout is no error of ours.
            let _ = connection.await;
        });
    }
}
