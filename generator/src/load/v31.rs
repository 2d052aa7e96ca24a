//! OpenAPI 3.1 documents, rewritten into the 3.0 form the rest of the pipeline reads.
//! Every rewrite keeps the meaning:
//!
//! | 3.1 | 3.0 |
//! |---|---|
//! | `type: [T, "null"]` | `type: T`, `nullable: true` |
//! | `type: [A, B]` | `anyOf` of one schema per type |
//! | `type: "null"` | `nullable: true` (any value that is null) |
//! | `oneOf`/`anyOf` with a `{type: "null"}` member | the other members, `nullable: true` |
//! | `const: v` | `enum: [v]` |
//! | numeric `exclusiveMinimum: n` | `minimum: n`, `exclusiveMinimum: true` (and max) |
//! | `$ref` beside other keywords | annotations (`description`, `readOnly`, ...) beside `allOf: [{$ref}, {the constraints}]` |
//! | `contentEncoding: base64` | `format: byte` |
//! | one `patternProperties` entry, no `additionalProperties` | `additionalProperties` |
//! | `paths` absent | `paths: {}` |
//! | `webhooks`, `jsonSchemaDialect`, `$schema`, `$id`, `$comment`, `examples` (in a schema), `contentMediaType`, `unevaluatedProperties`, `propertyNames`, `if`/`then`/`else`, `dependentSchemas`, `dependentRequired`, `contains`, `minContains`, `maxContains` | dropped: no meaning for the generated code |
//!
//! Refused, with the place: `prefixItems` (tuples), `$dynamicRef`, several
//! `patternProperties`.

use crate::error::{Error, Pointer, Result};
use serde_json::{Map, Value};

/// Keywords of JSON Schema 2020-12 that say nothing the generated code can use.
const DROPPED: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "$anchor",
    "$dynamicAnchor",
    "examples",
    "contentMediaType",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "contains",
    "minContains",
    "maxContains",
];

/// Keywords beside a `$ref` that only annotate it.
const ANNOTATIONS: &[&str] = &[
    "description",
    "summary",
    "title",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "default",
];

pub(super) fn normalize(doc: &mut Value) -> Result<()> {
    let Some(root) = doc.as_object_mut() else {
        return Ok(());
    };
    root.insert("openapi".to_owned(), Value::String("3.0.3".to_owned()));
    root.remove("webhooks");
    root.remove("jsonSchemaDialect");
    root.entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
    walk(doc, &Pointer::root())
}

/// Finds the schemas of the document: the values of `schema`, and the entries of
/// `components/schemas`.
fn walk(value: &mut Value, at: &Pointer) -> Result<()> {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let cat = at.push(key);
                if key == "schema" {
                    schema(child, &cat)?;
                } else if key == "schemas" && at.to_string() == "/components" {
                    if let Value::Object(entries) = child {
                        for (name, s) in entries.iter_mut() {
                            schema(s, &cat.push(name))?;
                        }
                    }
                } else if key.starts_with("x-")
                    || matches!(key.as_str(), "example" | "examples" | "default" | "enum")
                {
                    continue;
                } else {
                    walk(child, &cat)?;
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                walk(child, &at.push(i.to_string()))?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn is_null_type(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
        && v.as_object().is_some_and(|o| o.len() == 1)
}

fn schema(value: &mut Value, at: &Pointer) -> Result<()> {
    let Value::Object(s) = value else {
        // `true` is the empty schema; `false` (nothing is valid) has no Rust type.
        if *value == Value::Bool(true) {
            *value = Value::Object(Map::new());
        } else if *value == Value::Bool(false) {
            return Err(Error::at(
                at,
                "the schema `false` allows no value and has no Rust type",
            ));
        }
        return Ok(());
    };
    for key in ["prefixItems", "$dynamicRef"] {
        if s.contains_key(key) {
            return Err(Error::at(
                &at.push(key),
                format!("`{key}` has no Rust type; describe the value without it"),
            ));
        }
    }
    for key in DROPPED {
        s.remove(*key);
    }
    // $ref beside other keywords: the reference becomes an allOf member, so that
    // annotations (a description, readOnly) stay with the property and constraints
    // are merged.
    if s.contains_key("$ref") && s.len() > 1 {
        let mut own = std::mem::take(s);
        let reference = own.remove("$ref").unwrap_or_default();
        let constraints: Map<String, Value> = own
            .iter()
            .filter(|(k, _)| !ANNOTATIONS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        own.retain(|k, _| ANNOTATIONS.contains(&k.as_str()));
        let mut members = vec![Value::Object(Map::from_iter([(
            "$ref".to_owned(),
            reference,
        )]))];
        if !constraints.is_empty() {
            let mut extra = Value::Object(constraints);
            schema(&mut extra, &at.push("allOf").push("1"))?;
            members.push(extra);
        }
        own.insert("allOf".to_owned(), Value::Array(members));
        *s = own;
        return Ok(());
    }
    if let Some(c) = s.remove("const") {
        s.insert("enum".to_owned(), Value::Array(vec![c]));
    }
    if s.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
        s.entry("format")
            .or_insert_with(|| Value::String("byte".to_owned()));
    }
    s.remove("contentEncoding");
    for (key, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = s.get(key).cloned() {
            s.insert(bound.to_owned(), n);
            s.insert(key.to_owned(), Value::Bool(true));
        }
    }
    if let Some(Value::Object(patterns)) = s.remove("patternProperties") {
        if patterns.len() > 1 {
            return Err(Error::at(
                &at.push("patternProperties"),
                "several `patternProperties` have no Rust type; use `additionalProperties`",
            ));
        }
        if let Some((_, inner)) = patterns.into_iter().next() {
            s.entry("additionalProperties").or_insert(inner);
        }
    }
    // Null among the types, or as a member of a union.
    match s.get("type").cloned() {
        Some(Value::Array(types)) => {
            let nullable = types.iter().any(|t| t == "null");
            let others: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
            s.remove("type");
            if nullable {
                s.insert("nullable".to_owned(), Value::Bool(true));
            }
            match others.len() {
                0 => {}
                1 => {
                    s.insert("type".to_owned(), others[0].clone());
                }
                _ => {
                    let nullable = s.remove("nullable");
                    let one_per_type = others
                        .into_iter()
                        .map(|t| {
                            let mut copy = s.clone();
                            copy.insert("type".to_owned(), t);
                            Value::Object(copy)
                        })
                        .collect();
                    let mut union = Map::new();
                    union.insert("anyOf".to_owned(), Value::Array(one_per_type));
                    if let Some(n) = nullable {
                        union.insert("nullable".to_owned(), n);
                    }
                    *s = union;
                }
            }
        }
        Some(Value::String(t)) if t == "null" => {
            s.remove("type");
            s.insert("nullable".to_owned(), Value::Bool(true));
        }
        _ => {}
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = s.get_mut(key) {
            let before = members.len();
            members.retain(|m| !is_null_type(m));
            if members.len() < before {
                s.insert("nullable".to_owned(), Value::Bool(true));
            }
        }
    }
    // The schemas inside.
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = s.get_mut(key) {
            if !child.is_boolean() || key == "items" {
                schema(child, &at.push(key))?;
            }
        }
    }
    for key in ["properties", "$defs"] {
        if let Some(Value::Object(children)) = s.get_mut(key) {
            for (name, child) in children.iter_mut() {
                schema(child, &at.push(key).push(name))?;
            }
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(children)) = s.get_mut(key) {
            for (i, child) in children.iter_mut().enumerate() {
                schema(child, &at.push(key).push(i.to_string()))?;
            }
        }
    }
    Ok(())
}
