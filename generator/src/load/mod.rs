//! Reading a document: YAML or JSON text -> `openapiv3::OpenAPI`, with errors that
//! name the place.
//!
//! 1. `raw.rs`: the text as a JSON value; YAML values JSON cannot hold (`.inf`,
//!    `.nan`, complex keys) are refused at their node, and so is nesting deeper than
//!    `raw::MAX_DEPTH`.
//! 2. The version: 3.0.x is read, 3.1.x is first rewritten into 3.0 form (`v31.rs`);
//!    Swagger 2.0 and others are refused with what to do.
//! 3. Constructs that have no meaning for the generated code and that the typed
//!    model cannot always hold (`callbacks`, `links`) are dropped.
//! 4. `check.rs`: the shape of every object against OpenAPI 3.0, so that a wrong
//!    type or a missing field is named at its own node.
//! 5. `refs.rs`: every `$ref` into `#/components/<section>/<name>` form.
//! 6. The typed parse (`openapiv3`), which can no longer fail deep inside: paths and
//!    the big component maps entry by entry on all cores (`typed`).

mod check;
mod raw;
mod refs;
mod v31;

use crate::error::{Error, Pointer, Result};
use openapiv3::OpenAPI;
use serde::Deserialize;
use serde_json::Value;

pub(crate) use raw::{MAX_DEPTH, locate};

/// Parses an OpenAPI 3.0 document from YAML or JSON text.
pub fn parse(text: &str) -> Result<OpenAPI> {
    parse_unlocated(text).map_err(|e| e.located(text))
}

fn parse_unlocated(text: &str) -> Result<OpenAPI> {
    let mut doc = raw::parse(text)?;
    let root = doc
        .as_object_mut()
        .ok_or_else(|| Error::at(&Pointer::root(), "an OpenAPI document must be a mapping"))?;
    if let Some(version) = root.get("swagger") {
        return Err(Error::at(
            &Pointer::root().push("swagger"),
            format!(
                "Swagger 2.0 documents (swagger: {version}) are not supported; convert the document to OpenAPI 3.0 first (e.g. `npx swagger2openapi`)"
            ),
        ));
    }
    let mut v31 = false;
    match root.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.1.") => v31 = true,
        Some(Value::String(v)) => check_version(v)?,
        Some(other) => {
            return Err(Error::at(
                &Pointer::root().push("openapi"),
                format!("`openapi` must be a version string such as \"3.0.3\", not {other}"),
            ));
        }
        None => {
            return Err(Error::at(
                &Pointer::root(),
                "`openapi` is missing: this does not look like an OpenAPI document",
            ));
        }
    }
    // `version: 1.0` is a number in YAML; the author meant the text.
    if let Some(Value::Object(info)) = root.get_mut("info") {
        if let Some(v @ Value::Number(_)) = info.get_mut("version") {
            *v = Value::String(v.to_string());
        }
    }
    if v31 {
        v31::normalize(&mut doc)?;
    }
    drop_ignored(&mut doc);
    drop_blank_descriptions(&mut doc);
    let sites = check::document(&doc)?;
    refs::normalize(&mut doc, sites)?;
    // Plain serde first: tracking the path of every node costs about a third of the
    // typed parse, and is only needed to say where a failure is.
    if let Some(api) = typed(&doc) {
        return Ok(api);
    }
    serde_path_to_error::deserialize(&doc).map_err(|err| {
        let mut pointer = Pointer::root();
        for seg in err.path().iter() {
            pointer = match seg {
                serde_path_to_error::Segment::Seq { index } => pointer.push(index.to_string()),
                serde_path_to_error::Segment::Map { key } => pointer.push(key),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => pointer,
            };
        }
        Error::at(&pointer, format!("invalid document: {}", err.into_inner()))
    })
}

/// The typed document, its paths and its components' big maps read entry by entry
/// on all cores; `None` when any part fails, to be read again for the error.
///
/// `openapiv3` flattens `paths` and `components` (their extensions sit beside the
/// entries), and serde reads a flattened struct by first copying its whole subtree
/// into a buffer: the bulk of a big document, copied once more before it is read.
/// Reading each entry from the JSON value itself skips that copy, and the entries
/// are independent. The result is what `OpenAPI::deserialize` gives (checked by
/// `typed_parse_reads_as_serde_does`).
fn typed(doc: &Value) -> Option<OpenAPI> {
    use openapiv3::{Components, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
    let root = doc.as_object()?;
    // Everything but the two big objects, read as serde reads it.
    let rest: serde_json::Map<String, Value> = root
        .iter()
        .filter(|(k, _)| *k != "paths" && *k != "components")
        .map(|(k, v)| (k.clone(), v.clone()))
        .chain([("paths".to_owned(), Value::Object(Default::default()))])
        .collect();
    let mut api = OpenAPI::deserialize(&Value::Object(rest)).ok()?;

    // `Paths`: keys starting with `/` are path items, `x-` keys extensions, others
    // ignored (as `openapiv3` does).
    let Some(Value::Object(paths)) = root.get("paths") else {
        return None;
    };
    for (k, v) in paths {
        if k.starts_with("x-") {
            api.paths.extensions.insert(k.clone(), v.clone());
        }
    }
    let items: Vec<(&String, &Value)> = paths.iter().filter(|(k, _)| k.starts_with('/')).collect();

    // `Components`: the four big maps entry by entry, the rest as serde reads it.
    const BIG: [&str; 4] = ["schemas", "responses", "parameters", "requestBodies"];
    let components = match root.get("components") {
        Some(Value::Object(c)) => Some(c),
        Some(_) => return None,
        None => None,
    };
    let empty = serde_json::Map::new();
    let entries = |key: &str| -> Option<Vec<(&String, &Value)>> {
        match components.and_then(|c| c.get(key)) {
            Some(Value::Object(map)) => Some(map.iter().collect()),
            Some(_) => None,
            None => Some(empty.iter().collect()),
        }
    };
    let (schemas, responses, parameters, bodies) = (
        entries("schemas")?,
        entries("responses")?,
        entries("parameters")?,
        entries("requestBodies")?,
    );
    if let Some(c) = components {
        let small: serde_json::Map<String, Value> = c
            .iter()
            .filter(|(k, _)| !BIG.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        api.components = Some(Components::deserialize(&Value::Object(small)).ok()?);
    }

    let (items, schemas, responses, parameters, bodies) = std::thread::scope(|scope| {
        // Path items on one thread, the components on another (about even in real
        // documents; either may be empty).
        let items = scope.spawn(|| read_entries::<ReferenceOr<PathItem>>(&items));
        let schemas = read_entries::<ReferenceOr<Schema>>(&schemas);
        let responses = read_entries::<ReferenceOr<Response>>(&responses);
        let parameters = read_entries::<ReferenceOr<Parameter>>(&parameters);
        let bodies = read_entries::<ReferenceOr<RequestBody>>(&bodies);
        let items = items.join().ok().flatten();
        (items, schemas, responses, parameters, bodies)
    });
    api.paths.paths = items?;
    if let Some(c) = api.components.as_mut() {
        c.schemas = schemas?;
        c.responses = responses?;
        c.parameters = parameters?;
        c.request_bodies = bodies?;
    }
    Some(api)
}

/// Each entry's value read as `T`, in order; `None` if one fails.
fn read_entries<T: serde::de::DeserializeOwned>(
    entries: &[(&String, &Value)],
) -> Option<indexmap::IndexMap<String, T>> {
    entries
        .iter()
        .map(|(k, v)| T::deserialize(*v).ok().map(|t| ((*k).clone(), t)))
        .collect()
}

/// Drops `description`s and `summary`s that are blank (`description: ""`), so that
/// what they describe gets the generated fallback doc instead of an empty one. Values
/// (`default`, `example`, `enum`, ...) and extensions are left as they are, and so is a
/// response's `description`, which OpenAPI requires.
fn drop_blank_descriptions(doc: &mut Value) {
    // Maps whose keys are names (a property called `default` is a schema, not a value).
    const NAMED: &[&str] = &[
        "properties",
        "schemas",
        "parameters",
        "responses",
        "headers",
        "requestBodies",
        "securitySchemes",
        "paths",
        "content",
        "encoding",
        "variables",
    ];
    #[derive(Clone, Copy, PartialEq)]
    enum Node {
        /// An object of the specification (a schema, an operation, ...) or a value.
        Object,
        /// A map from names to objects; `responses` holds response objects.
        Names { responses: bool },
        /// A response object, whose `description` is required.
        Response,
    }
    let mut stack = vec![(doc, Node::Object)];
    while let Some((value, node)) = stack.pop() {
        match value {
            Value::Object(map) => {
                if node == Node::Object {
                    map.retain(|key, value| {
                        !(matches!(key.as_str(), "description" | "summary")
                            && value.as_str().is_some_and(|text| text.trim().is_empty()))
                    });
                }
                for (key, value) in map.iter_mut() {
                    let child = match node {
                        Node::Names { responses: true } => Node::Response,
                        Node::Names { responses: false } => Node::Object,
                        _ if NAMED.contains(&key.as_str()) => Node::Names {
                            responses: key == "responses",
                        },
                        _ if matches!(
                            key.as_str(),
                            "default" | "example" | "examples" | "enum" | "const"
                        ) || key.starts_with("x-") =>
                        {
                            continue;
                        }
                        _ => Node::Object,
                    };
                    stack.push((value, child));
                }
            }
            Value::Array(items) => stack.extend(items.iter_mut().map(|item| (item, Node::Object))),
            _ => {}
        }
    }
}

fn check_version(version: &str) -> Result<()> {
    if version.starts_with("3.0.") {
        return Ok(());
    }
    Err(Error::at(
        &Pointer::root().push("openapi"),
        format!(
            "version {version:?} is not supported; this generator reads OpenAPI 3.0.x and 3.1.x"
        ),
    ))
}

/// Drops `callbacks` and `links`: the generated code has no place for them (see the
/// list of ignored constructs in ARCHITECTURE.md).
fn drop_ignored(doc: &mut Value) {
    if let Some(Value::Object(components)) = doc.get_mut("components") {
        components.remove("callbacks");
        components.remove("links");
        if let Some(Value::Object(responses)) = components.get_mut("responses") {
            for r in responses.values_mut() {
                if let Value::Object(r) = r {
                    r.remove("links");
                }
            }
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            let Value::Object(item) = item else { continue };
            for method in check::METHODS {
                let Some(Value::Object(op)) = item.get_mut(*method) else {
                    continue;
                };
                op.remove("callbacks");
                if let Some(Value::Object(responses)) = op.get_mut("responses") {
                    for r in responses.values_mut() {
                        if let Value::Object(r) = r {
                            r.remove("links");
                        }
                    }
                }
            }
        }
    }
}

impl Error {
    /// The error with the line and column of its pointer in `text` (or of the
    /// nearest enclosing node that is in the text, for a place the loader made up),
    /// when it has none yet.
    pub fn located(mut self, text: &str) -> Self {
        let mut pointer = self.pointer.as_str();
        while self.location.is_none() && !pointer.is_empty() && pointer != "/" {
            self.location = locate(text, pointer);
            pointer = &pointer[..pointer.rfind('/').unwrap_or(0)];
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The typed parse entry by entry gives what serde gives for the whole document:
    /// Quay's spec and every fixture that loads (extensions at every level, refs to
    /// every kind of component, documents without components or paths' extensions).
    #[test]
    fn typed_parse_reads_as_serde_does() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut files = vec![format!("{root}/spec/quay.yaml")];
        let fixtures = std::fs::read_dir(format!("{root}/tests/fixtures")).expect("fixtures");
        for entry in fixtures {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "json") {
                files.push(path.display().to_string());
            }
        }
        // Extensions beside the paths and the components, which serde reads into
        // their own maps.
        let inline = r##"{"openapi": "3.0.3", "info": {"title": "x", "version": "1"},
            "paths": {"x-note": {"a": 1}, "/a": {"x-item": true, "get": {"responses":
                {"200": {"$ref": "#/components/responses/Ok"}}}}},
            "components": {"x-kind": "c", "responses": {"Ok": {"description": "ok"}},
                "parameters": {"P": {"name": "p", "in": "query", "schema": {"type": "string"}}},
                "requestBodies": {"B": {"content": {}}},
                "securitySchemes": {"s": {"type": "http", "scheme": "bearer"}}}}"##;
        let mut compared = 0;
        for file in files.iter().map(String::as_str).chain(["inline"]) {
            let text = match file {
                "inline" => inline.to_owned(),
                _ => std::fs::read_to_string(file).expect("readable"),
            };
            let Ok(mut doc) = raw::parse(&text) else {
                continue;
            };
            if doc
                .get("openapi")
                .and_then(Value::as_str)
                .is_some_and(|v| v.starts_with("3.1."))
            {
                continue;
            }
            drop_ignored(&mut doc);
            let Ok(whole) = OpenAPI::deserialize(&doc) else {
                assert!(
                    typed(&doc).is_none(),
                    "{file}: read entry by entry, not whole"
                );
                continue;
            };
            assert!(typed(&doc) == Some(whole), "{file}: the two reads differ");
            compared += 1;
        }
        assert!(compared >= 26, "only {compared} documents compared");
    }
}
