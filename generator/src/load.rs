//! Reading a document: YAML or JSON text -> `openapiv3::OpenAPI`, with errors that
//! name the place.

use crate::error::{Error, Pointer, Result};
use openapiv3::OpenAPI;

/// Parses an OpenAPI 3.0 document from YAML or JSON text.
pub fn parse(text: &str) -> Result<OpenAPI> {
    let de = serde_yaml::Deserializer::from_str(text);
    let doc: OpenAPI = serde_path_to_error::deserialize(de).map_err(|err| {
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
    if !doc.openapi.starts_with("3.0.") {
        return Err(Error::at(
            &Pointer::root().push("openapi"),
            format!(
                "version {:?} is not supported; this generator reads OpenAPI 3.0.x",
                doc.openapi
            ),
        ));
    }
    Ok(doc)
}
