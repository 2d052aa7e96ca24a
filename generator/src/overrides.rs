//! User types and extra derives: which generated types are replaced by a type of the
//! user's (`Money` -> `rust_decimal::Decimal`), and which derives are added. (Formats
//! map to types through [`crate::Config::formats`], everywhere they occur.)
//!
//! A schema override keeps the type's name in the `types` module as an alias of the
//! user's type (`pub type Money = rust_decimal::Decimal;`), so every use of it follows.

use crate::error::Error;
use crate::model::{Api, TypeDef, TypeKind, TypeRef};
use std::collections::BTreeMap;

/// Type overrides and extra derives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeOptions {
    /// Schema name (as in `#/components/schemas/`) or generated type name -> the path
    /// of the user's type.
    pub schemas: BTreeMap<String, String>,
    /// Derives added to every generated struct, enum and union.
    pub derives_all: Vec<String>,
    /// Schema or type name -> derives added to that type.
    pub derives: BTreeMap<String, Vec<String>>,
}

impl TypeOptions {
    pub fn is_empty(&self) -> bool {
        *self == TypeOptions::default()
    }

    /// Checks that every path and derive is Rust syntax and every name a type of `api`.
    /// The error's pointer is `/`; its message names the configuration entry.
    pub fn check(&self, api: &Api) -> Result<(), Error> {
        let fail = |table: &str, key: &str, what: String| {
            Error::new("/", format!("configuration [{table}] {key:?}: {what}"))
        };
        for (key, path) in &self.schemas {
            if syn::parse_str::<syn::Type>(path).is_err() {
                return Err(fail(
                    "types.schemas",
                    key,
                    format!("{path:?} is not a Rust type"),
                ));
            }
        }
        let all = ("all".to_owned(), self.derives_all.clone());
        for (key, derives) in std::iter::once((&all.0, &all.1)).chain(&self.derives) {
            for d in derives {
                if syn::parse_str::<syn::Path>(d).is_err() {
                    return Err(fail("derives", key, format!("{d:?} is not a derive path")));
                }
            }
        }
        for (table, key) in self
            .schemas
            .keys()
            .map(|k| ("types.schemas", k))
            .chain(self.derives.keys().map(|k| ("derives.types", k)))
        {
            if !api.types.iter().any(|t| matches(t, key)) {
                return Err(fail(
                    table,
                    key,
                    "the document has no schema or generated type of that name".to_owned(),
                ));
            }
        }
        Ok(())
    }

    /// The user's type that replaces `t`, if any.
    pub fn external(&self, t: &TypeDef) -> Option<&str> {
        self.schemas
            .iter()
            .find(|(key, _)| matches(t, key))
            .map(|(_, path)| path.as_str())
    }

    /// The extra derives of `t`, in order, without repeats.
    pub fn derives_of(&self, t: &TypeDef) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let own = self
            .derives
            .iter()
            .filter(|(key, _)| matches(t, key))
            .flat_map(|(_, d)| d);
        for d in self.derives_all.iter().chain(own) {
            if !out.contains(&d.as_str()) {
                out.push(d);
            }
        }
        out
    }
}

/// Whether `key` names `t`: its Rust name, or the schema name of a component.
fn matches(t: &TypeDef, key: &str) -> bool {
    t.name == key
        || t.pointer
            .strip_prefix("/components/schemas/")
            .is_some_and(|s| s.replace("~1", "/").replace("~0", "~") == key)
}

/// Makes the overridden schemas opaque: nothing inside them is generated or checked.
pub fn apply(mut api: Api, options: &TypeOptions) -> Api {
    for t in &mut api.types {
        if options.schemas.keys().any(|k| matches(t, k)) {
            t.kind = TypeKind::Alias {
                target: TypeRef::Json,
            };
        }
    }
    api
}

#[cfg(test)]
mod tests {
    use crate::Config;

    const SPEC: &str = r#"
openapi: 3.0.3
info: { title: Shop, version: "1" }
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Order' } }
components:
  schemas:
    Order:
      type: object
      required: [id, total]
      properties:
        id: { type: string, format: uuid }
        peers: { type: array, items: { type: string, format: uuid } }
        total: { $ref: '#/components/schemas/Money' }
        state: { $ref: '#/components/schemas/State' }
    Money:
      type: object
      properties:
        amount: { type: string }
    State: { type: string, enum: [open, closed] }
"#;

    #[test]
    fn overrides_and_derives() {
        let file = crate::config::ConfigFile::parse(
            r#"
[derives]
all = ["Eq"]
types = { State = ["schemars::JsonSchema"], Order = ["Eq", "serde::Serialize", "serde::Deserialize"] }
[types]
schemas = { Money = "rust_decimal::Decimal" }
formats = { uuid = "uuid::Uuid" }
"#,
        )
        .unwrap();
        let config = file.to_config();
        let out = crate::generate(SPEC, &config).unwrap();
        let types = &out
            .client
            .iter()
            .find(|f| f.path == "src/types.rs")
            .unwrap()
            .contents;
        assert!(
            types.contains("pub type Money = rust_decimal::Decimal;"),
            "{types}"
        );
        assert!(types.contains("pub id: uuid::Uuid,"), "{types}");
        assert!(
            types.contains("pub peers: Option<Vec<uuid::Uuid>>,"),
            "{types}"
        );
        assert!(!types.contains("pub amount"), "{types}");
        // Derives: added once, after the ones already there; serde's traits are
        // implemented already (by the generated encoder and decoder).
        assert!(
            types.contains("#[derive(Debug, Clone, PartialEq, Eq)]\npub struct Order"),
            "{types}"
        );
        assert!(
            types.contains("impl serde::Serialize for Order {"),
            "{types}"
        );
        assert!(
            types.contains("impl<'de> serde::Deserialize<'de> for Order {"),
            "{types}"
        );
        assert!(
            types.contains("#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, schemars::JsonSchema)]\npub enum State"),
            "{types}"
        );
    }

    #[test]
    fn unknown_names_are_refused() {
        let mut config = Config::default();
        config
            .types
            .schemas
            .insert("Mony".into(), "rust_decimal::Decimal".into());
        let err = crate::generate(SPEC, &config).unwrap_err();
        assert_eq!(
            err.message,
            "configuration [types.schemas] \"Mony\": the document has no schema or generated type of that name"
        );
        let mut config = Config::default();
        config.types.derives_all.push("not a path".into());
        let err = crate::generate(SPEC, &config).unwrap_err();
        assert!(
            err.message.contains("is not a derive path"),
            "{}",
            err.message
        );
    }
}
