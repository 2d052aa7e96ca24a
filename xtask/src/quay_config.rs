//! The generator settings for the Quay crates: one definition, used by `cargo xtask
//! regen` and by the generator's benchmarks (which include this file by path).

use openapi_rs_gen::{Config, FormatType};
use std::collections::BTreeMap;

/// How spec/quay.yaml becomes quay-client and quay-server.
pub fn quay_config() -> Config {
    Config {
        error_schema: "ApiError".to_owned(),
        error_type_base: "/api/v1/error/".to_owned(),
        discovery_operation: Some("discovery".to_owned()),
        client_crate: "quay_client".to_owned(),
        server_crate: "quay_server".to_owned(),
        // Dates stay the text Quay sends (RFC 2822 date-times), as Quay's clients
        // have always seen them.
        formats: BTreeMap::from([
            ("rfc2822".to_owned(), FormatType::DateTimeText),
            ("date".to_owned(), FormatType::DateText),
        ]),
    }
}
