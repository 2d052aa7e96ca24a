// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! axum server stubs for Red Hat Quay API (version v1).
//!
//! Implement [`Api`] for the operations you serve (the rest answer 501), supply an
//! [`Authenticator`] that maps bearer tokens to principals and their scopes, and
//! serve [`router`]. The router rejects bad input with an error body before your
//! code runs: unknown routes (404), wrong methods (405), missing or invalid tokens
//! (401), missing scopes (403), malformed parameters or bodies (400), oversized
//! bodies (413).
//!
//! # Example
//!
//! ```no_run
//! use quay_server::{Api, Authenticator, ErrorModel, Principal, RequestContext, ServerConfig};
//!
//! struct MyServer;
//!
//! impl Api for MyServer {
//!     async fn get_global_messages(&self, context: RequestContext) -> Result<quay_server::GetGlobalMessagesResponse, ErrorModel> {
//!         Err(quay_server::error(axum::http::StatusCode::NOT_FOUND, "not_found", "nothing here"))
//!     }
//! }
//!
//! struct Tokens;
//!
//! impl Authenticator for Tokens {
//!     async fn authenticate(&self, token: &str) -> Option<Principal> {
//!         (token == "secret").then(|| Principal::new("admin", ["repo:read"]))
//!     }
//! }
//!
//! # async fn serve() -> std::io::Result<()> {
//! let app = quay_server::router(MyServer, Tokens, ServerConfig::default());
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await
//! # }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[rustfmt::skip]
mod server;

#[rustfmt::skip]
pub mod types;

pub use server::*;
