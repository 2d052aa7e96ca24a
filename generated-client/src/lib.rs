// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! A typed client for Red Hat Quay API (version v1).
//!
//! The Red Hat Quay v1 REST API (Quay 3.10), served under `/api/v1`.
//!
//! Calls authenticate with an OAuth 2 bearer token (`Authorization: Bearer <token>`)
//! created for an application of an organization. Each operation names the one scope it
//! needs; operations with `security: []` need no scope (Quay may still check who calls).
//! Dates in responses are RFC 2822 strings such as `Mon, 13 Dec 2021 11:41:16 -0000`
//! (`format: rfc2822`). See README.md next to this file for the conventions and the
//! vendor extensions (`x-allow-slash`, `x-pagination`, `x-seed`, `x-date-format`).
//!
//! Every operation is a method of [`Client`] that returns a request builder:
//! set optional parameters on it, then `.await` it (or call `.send()`).
//! Errors of every kind are one [`Error`]; see its variants.
//!
//! # Example
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = quay_client::Client::builder("https://api.example.com")
//!     .bearer_token("token")
//!     .build()?;
//! let answer = client.discovery().await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[rustfmt::skip]
mod client;

#[rustfmt::skip]
pub mod types;

pub use client::*;
