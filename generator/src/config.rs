//! The configuration file (TOML), read by the command-line program and usable from a
//! build script. Every table and key is optional:
//!
//! ```toml
//! [crates]
//! client = "pets-client"        # package names; --client / --server take precedence
//! server = "pets-server"
//! tag-features = true           # a Cargo feature per tag (default: true)
//!
//! [errors]
//! schema = "Problem"            # the schema of error bodies (default: ApiError)
//! type-base = "https://example.com/errors/"   # prefix of the `type` the server writes
//!
//! [operations]                  # which operations to generate (default: all)
//! tags = ["pets"]               # keep the operations with one of these (first) tags
//! include = ["getOwner"]        # ...or one of these operationIds
//! exclude = ["deletePet"]       # then drop these operationIds
//! exclude-tags = ["internal"]   # and the operations with these tags
//!
//! [derives]
//! all = ["Eq"]                  # added to every generated struct, enum and union
//! types = { Pet = ["Hash", "Eq"] }   # per schema (or generated type) name
//!
//! [types]
//! schemas = { Money = "rust_decimal::Decimal" }   # a schema -> a type of yours
//! formats = { uuid = "uuid::Uuid" }               # properties with a format -> a type of yours
//! ```
//!
//! Types that are only reached from dropped operations are not generated. A user type
//! must serialize and deserialize as the schema does; the crate that uses it needs the
//! dependency that provides it.
//!
//! ```
//! let file = openapi_rs_gen::config::ConfigFile::parse(r#"
//! [operations]
//! tags = ["pets"]
//! "#).unwrap();
//! let config = file.to_config();
//! assert_eq!(config.operations.include_tags, ["pets"]);
//! ```

use crate::Config;
use crate::filter::Selection;
use crate::overrides::TypeOptions;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The file, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub crates: Crates,
    #[serde(default)]
    pub errors: Errors,
    #[serde(default)]
    pub operations: Operations,
    #[serde(default)]
    pub derives: Derives,
    #[serde(default)]
    pub types: Types,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Crates {
    pub client: Option<String>,
    pub server: Option<String>,
    /// A Cargo feature per tag in both crates (see [`crate::features`]); on unless
    /// `false`.
    pub tag_features: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Errors {
    pub schema: Option<String>,
    pub type_base: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Operations {
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub exclude_tags: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derives {
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub types: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Types {
    #[serde(default)]
    pub schemas: BTreeMap<String, String>,
    #[serde(default)]
    pub formats: BTreeMap<String, String>,
}

impl ConfigFile {
    /// Parses the file; the error names the line and column.
    pub fn parse(text: &str) -> Result<ConfigFile, String> {
        toml::from_str(text).map_err(|e| {
            let place = e
                .span()
                .map(|span| {
                    let at = crate::Location::of_offset(text, span.start);
                    format!(" ({at})")
                })
                .unwrap_or_default();
            format!("invalid configuration{place}: {}", e.message())
        })
    }

    /// Reads and parses a file; the error starts with its path.
    pub fn read(path: &std::path::Path) -> Result<ConfigFile, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        ConfigFile::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The generator settings. Crate names become the Rust names (`-` -> `_`) used in the
    /// crates' documentation examples.
    pub fn to_config(&self) -> Config {
        let mut config = Config {
            tag_features: self.crates.tag_features.unwrap_or(true),
            ..Config::default()
        };
        if let Some(name) = &self.crates.client {
            config.client_crate = crate::krate::lib_name(name);
        }
        if let Some(name) = &self.crates.server {
            config.server_crate = crate::krate::lib_name(name);
        }
        if let Some(schema) = &self.errors.schema {
            config.error_schema = schema.clone();
        }
        if let Some(base) = &self.errors.type_base {
            config.error_type_base = base.clone();
        }
        config.operations = Selection {
            include: self.operations.include.clone(),
            include_tags: self.operations.tags.clone(),
            exclude: self.operations.exclude.clone(),
            exclude_tags: self.operations.exclude_tags.clone(),
        };
        config.types = TypeOptions {
            schemas: self.types.schemas.clone(),
            derives_all: self.derives.all.clone(),
            derives: self.derives.types.clone(),
        };
        for (format, path) in &self.types.formats {
            let ty = match path.as_str() {
                "String" | "string" => crate::FormatType::String,
                _ => crate::FormatType::Path(path.clone()),
            };
            config.formats.insert(format.clone(), ty);
        }
        config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key() {
        let file = ConfigFile::parse(
            r#"
[crates]
client = "pets-client"
server = "pets-server"
[errors]
schema = "Problem"
type-base = "https://example.com/errors/"
[operations]
tags = ["pets"]
include = ["getOwner"]
exclude = ["deletePet"]
exclude-tags = ["internal"]
[derives]
all = ["Eq"]
types = { Pet = ["Hash"] }
[types]
schemas = { Money = "rust_decimal::Decimal" }
formats = { uuid = "uuid::Uuid" }
"#,
        )
        .unwrap();
        let c = file.to_config();
        assert_eq!(c.client_crate, "pets_client");
        assert_eq!(c.server_crate, "pets_server");
        assert_eq!(c.error_schema, "Problem");
        assert_eq!(c.error_type_base, "https://example.com/errors/");
        assert_eq!(c.operations.include_tags, ["pets"]);
        assert_eq!(c.operations.include, ["getOwner"]);
        assert_eq!(c.operations.exclude, ["deletePet"]);
        assert_eq!(c.operations.exclude_tags, ["internal"]);
        assert_eq!(c.types.derives_all, ["Eq"]);
        assert_eq!(c.types.derives["Pet"], ["Hash"]);
        assert_eq!(c.types.schemas["Money"], "rust_decimal::Decimal");
        assert_eq!(
            c.formats["uuid"],
            crate::FormatType::Path("uuid::Uuid".to_owned())
        );
    }

    #[test]
    fn unknown_key_is_refused_with_its_line() {
        let err = ConfigFile::parse("[operations]\ntags = []\nincluded = [\"x\"]\n").unwrap_err();
        assert!(err.contains("line 3, column 1"), "{err}");
        assert!(err.contains("unknown field `included`"), "{err}");
    }
}
