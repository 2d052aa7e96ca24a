//! The generated client against the generated server over loopback, one module per
//! wire fixture (`fixtures/wire_*.yaml`). The raw request is checked as it arrives,
//! and the typed values as the implementer gets them.
//!
//! One binary rather than a file each: every file of `tests/tests/` is a binary that
//! links the fixture crates, and linking dominates `cargo test`.

#[path = "wire/support.rs"]
mod support;

#[path = "wire/bodies.rs"]
mod bodies;
#[path = "wire/content_types.rs"]
mod content_types;
#[path = "wire/errors.rs"]
mod errors;
#[path = "wire/headers.rs"]
mod headers;
#[path = "wire/nested.rs"]
mod nested;
#[path = "wire/params.rs"]
mod params;
#[path = "wire/paths.rs"]
mod paths;
#[path = "wire/security.rs"]
mod security;
#[path = "wire/servers.rs"]
mod servers;
