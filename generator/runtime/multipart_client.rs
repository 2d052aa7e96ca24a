/// A file to send as a multipart part: its bytes, and the file name and content type
/// that go with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePart {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The file name sent with the part; the part's name when `None`.
    pub file_name: Option<String>,
    /// The content type sent with the part; when `None`, the one the document gives
    /// the part (`application/octet-stream` unless it says otherwise).
    pub content_type: Option<String>,
}

impl FilePart {
    /// A file of these bytes, with the part's defaults for its name and content type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        FilePart { bytes: bytes.into(), file_name: None, content_type: None }
    }

    /// Sends this file name with the file.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// Sends this content type (such as `image/png`) with the file.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl From<Vec<u8>> for FilePart {
    fn from(bytes: Vec<u8>) -> Self {
        FilePart::new(bytes)
    }
}

impl From<&[u8]> for FilePart {
    fn from(bytes: &[u8]) -> Self {
        FilePart::new(bytes)
    }
}

/// The parts of multipart bodies, as the document describes each.
mod multipart_support {
    use super::{Error, FilePart};
    use reqwest::multipart::Part;

    /// A file part: its bytes, its file name (else the part's name) and its content
    /// type (else the document's for the part).
    #[allow(dead_code, reason = "not every document has every kind of part")]
    pub(super) fn file(name: &'static str, file: FilePart, content_type: Option<&'static str>) -> Result<Part, Error> {
        let file_name = file.file_name.unwrap_or_else(|| name.to_owned());
        let part = Part::bytes(file.bytes).file_name(file_name);
        with_type(name, part, file.content_type.as_deref().or(content_type))
    }

    /// A scalar as text.
    #[allow(dead_code, reason = "not every document has every kind of part")]
    pub(super) fn text(name: &'static str, value: &dyn std::fmt::Display, content_type: Option<&'static str>) -> Result<Part, Error> {
        with_type(name, Part::text(value.to_string()), content_type)
    }

    /// A value as JSON text.
    #[allow(dead_code, reason = "not every document has every kind of part")]
    pub(super) fn json<T: serde::Serialize>(name: &'static str, value: &T, content_type: Option<&'static str>) -> Result<Part, Error> {
        let text = serde_json::to_string(value)
            .map_err(|e| Error::InvalidArgument { name, reason: format!("does not encode as JSON: {e}") })?;
        with_type(name, Part::text(text), content_type)
    }

    fn with_type(name: &'static str, part: Part, content_type: Option<&str>) -> Result<Part, Error> {
        match content_type {
            None => Ok(part),
            Some(content_type) => part.mime_str(content_type).map_err(|_| Error::InvalidArgument {
                name,
                reason: format!("{content_type:?} is not a content type"),
            }),
        }
    }
}
