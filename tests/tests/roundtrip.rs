//! The generated round trip of every Quay operation (written by `cargo xtask regen`
//! from spec/quay.yaml; see `openapi_rs_gen::roundtrip_test`).

#[path = "generated/quay_roundtrip.rs"]
#[rustfmt::skip]
mod quay_roundtrip;
