//! Reading a document: YAML or JSON text -> `openapiv3::OpenAPI`, with errors that
//! name the place.

use crate::error::{Error, Pointer, Result};
use openapiv3::OpenAPI;

/// Parses an OpenAPI 3.0 document from YAML or JSON text.
pub fn parse(text: &str) -> Result<OpenAPI> {
    // The version first: a document of another version fails the typed parse with an
    // error about some construct deep inside, when the real problem is the version.
    let raw: serde_yaml::Value = serde_yaml::from_str(text).map_err(|err| {
        let place = match err.location() {
            Some(loc) => format!(" (line {}, column {})", loc.line(), loc.column()),
            None => String::new(),
        };
        Error {
            pointer: Pointer::root().to_string(),
            message: format!("invalid document{place}: {err}"),
        }
    })?;
    if let Some(version) = raw.get("swagger") {
        return Err(Error::at(
            &Pointer::root().push("swagger"),
            format!(
                "Swagger 2.0 documents (swagger: {}) are not supported; convert the document to OpenAPI 3.0.x",
                serde_json::to_string(version).unwrap_or_default()
            ),
        ));
    }
    if let Some(version) = raw.get("openapi").and_then(serde_yaml::Value::as_str) {
        check_version(version)?;
    }
    // From the parsed value, not the text again: half the time, and the JSON pointer
    // names the place (a syntax error already has its line above).
    let doc: OpenAPI = serde_path_to_error::deserialize(raw).map_err(|err| {
        let mut pointer = Pointer::root();
        for seg in err.path().iter() {
            pointer = match seg {
                serde_path_to_error::Segment::Seq { index } => pointer.push(index.to_string()),
                serde_path_to_error::Segment::Map { key } => pointer.push(key),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => pointer,
            };
        }
        let inner = err.into_inner();
        let place = match inner.location() {
            Some(loc) => format!(" (line {}, column {})", loc.line(), loc.column()),
            None => String::new(),
        };
        Error {
            pointer: pointer.to_string(),
            message: format!("invalid document{place}: {inner}"),
        }
    })?;
    check_version(&doc.openapi)?;
    Ok(doc)
}

fn check_version(version: &str) -> Result<()> {
    if version.starts_with("3.0.") {
        return Ok(());
    }
    Err(Error::at(
        &Pointer::root().push("openapi"),
        format!("version {version:?} is not supported; this generator reads OpenAPI 3.0.x"),
    ))
}
