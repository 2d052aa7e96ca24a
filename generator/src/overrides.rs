//! User types and extra derives: which generated types are replaced by a type of the
//! user's (`Money` -> `rust_decimal::Decimal`, every `format: uuid` -> `uuid::Uuid`),
//! and which derives are added.
//!
//! A schema override keeps the type's name in the `types` module as an alias of the
//! user's type (`pub type Money = rust_decimal::Decimal;`), so every use of it follows.
//! A format override applies to the properties of objects (and arrays of them) that
//! have the format: [`apply`] points them at a type named after the format, emitted
//! the same way. Parameters keep their built-in types.

use crate::error::Error;
use crate::model::{Api, Field, TypeDef, TypeKind, TypeRef};
use std::collections::BTreeMap;

/// Where the types synthesized for format overrides say they come from.
const FORMAT_POINTER: &str = "/x-openapi-rs-gen/formats/";

/// Type overrides and extra derives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeOptions {
    /// Schema name (as in `#/components/schemas/`) or generated type name -> the path
    /// of the user's type.
    pub schemas: BTreeMap<String, String>,
    /// `format` value -> the path of the user's type.
    pub formats: BTreeMap<String, String>,
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
        let fail = |table: &str, key: &str, what: String| Error {
            pointer: "/".to_owned(),
            message: format!("configuration [{table}] {key:?}: {what}"),
        };
        for (table, map) in [
            ("types.schemas", &self.schemas),
            ("types.formats", &self.formats),
        ] {
            for (key, path) in map {
                if syn::parse_str::<syn::Type>(path).is_err() {
                    return Err(fail(table, key, format!("{path:?} is not a Rust type")));
                }
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
        if let Some(format) = t.pointer.strip_prefix(FORMAT_POINTER) {
            return self.formats.get(format).map(String::as_str);
        }
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

/// Points the properties with an overridden `format` at a type per format, and makes
/// the overridden schemas opaque (their fields no longer walked for validation).
pub fn apply(mut api: Api, options: &TypeOptions) -> Api {
    if options.is_empty() {
        return api;
    }
    for t in &mut api.types {
        if options.schemas.keys().any(|k| matches(t, k)) {
            // The user's type is opaque: nothing inside it is generated or checked.
            t.kind = TypeKind::Alias {
                target: TypeRef::Json,
            };
        }
    }
    if options.formats.is_empty() {
        return api;
    }
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(&api.document_json) else {
        return api;
    };
    let mut used: BTreeMap<String, String> = BTreeMap::new();
    let taken: Vec<String> = api.types.iter().map(|t| t.name.clone()).collect();
    let mut name_for = |format: &str| -> String {
        used.entry(format.to_owned())
            .or_insert_with(|| {
                let mut name = heck::AsUpperCamelCase(format).to_string();
                if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    name = format!("Format{name}");
                }
                while taken.contains(&name) {
                    name.push_str("Format");
                }
                name
            })
            .clone()
    };
    for t in &mut api.types {
        let TypeKind::Struct { fields, .. } = &mut t.kind else {
            continue;
        };
        let Some(props) = doc.pointer(&format!("{}/properties", t.pointer)) else {
            continue;
        };
        for f in fields.iter_mut() {
            let Some(schema) = props.get(&f.wire_name) else {
                continue;
            };
            retype(f, schema, options, &mut name_for);
        }
    }
    for (format, name) in used {
        api.types.push(TypeDef {
            doc: Some(format!(
                "Values of `format: {format}`, as the configuration says."
            )),
            pointer: format!("{FORMAT_POINTER}{format}"),
            kind: TypeKind::Alias {
                target: TypeRef::Json,
            },
            name,
        });
    }
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    api
}

fn retype(
    f: &mut Field,
    schema: &serde_json::Value,
    options: &TypeOptions,
    name_for: &mut impl FnMut(&str) -> String,
) {
    let format_of = |s: &serde_json::Value| {
        s.get("format")
            .and_then(serde_json::Value::as_str)
            .filter(|f| options.formats.contains_key(*f))
            .map(str::to_owned)
    };
    let scalar = |t: &TypeRef| {
        !matches!(
            t,
            TypeRef::Named(_)
                | TypeRef::Vec(_)
                | TypeRef::Map(_)
                | TypeRef::Option(_)
                | TypeRef::Json
                | TypeRef::JsonObject
        )
    };
    if let Some(format) = format_of(schema).filter(|_| scalar(&f.ty)) {
        f.ty = TypeRef::Named(name_for(&format));
        f.constraints = Default::default();
    } else if let (TypeRef::Vec(inner), Some(items)) = (&f.ty, schema.get("items")) {
        if let Some(format) = format_of(items).filter(|_| scalar(inner)) {
            f.ty = TypeRef::Vec(Box::new(TypeRef::Named(name_for(&format))));
        }
    }
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
types = { State = ["schemars::JsonSchema"], Order = ["Eq", "serde::Serialize"] }
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
        assert!(types.contains("pub type Uuid = uuid::Uuid;"), "{types}");
        assert!(types.contains("pub id: Uuid,"), "{types}");
        assert!(types.contains("pub peers: Option<Vec<Uuid>>,"), "{types}");
        assert!(!types.contains("pub amount"), "{types}");
        // Derives: added once, after the ones already there.
        assert!(
            types.contains("#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq)]\npub struct Order"),
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
