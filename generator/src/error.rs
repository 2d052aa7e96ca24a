//! Errors that name the place in the spec they come from.

use std::fmt;

/// An invalid or unsupported construct in the input document.
///
/// `pointer` is a JSON pointer (RFC 6901) into the document, e.g.
/// `/paths/~1pets/get/responses/200`; for a document that does not parse it is
/// the line and column instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Error {
    /// Where in the spec the problem is.
    pub pointer: String,
    /// What is wrong there.
    pub message: String,
    /// Where `pointer` is in the source text, when the text was at hand.
    pub location: Option<Location>,
}

/// A place in the source text, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The place of a byte offset in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let before = &text[..offset.min(text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some(at) => write!(f, "{} ({at}): {}", self.pointer, self.message),
            None => write!(f, "{}: {}", self.pointer, self.message),
        }
    }
}

impl Error {
    /// An error at `pointer` (a JSON pointer, as text).
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            pointer: pointer.into(),
            message: message.into(),
            location: None,
        }
    }

    pub(crate) fn at(pointer: &Pointer, message: impl Into<String>) -> Self {
        Error::new(pointer.to_string(), message)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A JSON pointer under construction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pointer(String);

impl Pointer {
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// The pointer one level deeper, escaping `~` and `/` as RFC 6901 says.
    pub fn push(&self, token: impl AsRef<str>) -> Self {
        let token = token.as_ref();
        let mut text = String::with_capacity(self.0.len() + 1 + token.len());
        text.push_str(&self.0);
        text.push('/');
        if token.contains(['~', '/']) {
            text.push_str(&token.replace('~', "~0").replace('/', "~1"));
        } else {
            text.push_str(token);
        }
        Pointer(text)
    }

    /// Parses a local `$ref` (`#/components/schemas/Pet`) into a pointer.
    pub fn from_ref(reference: &str) -> Option<Self> {
        reference.strip_prefix('#').map(|p| Pointer(p.to_owned()))
    }

    /// The unescaped reference tokens of a JSON pointer written as text
    /// (`/a~1b/c` -> `["a/b", "c"]`).
    pub fn tokens(text: &str) -> Vec<String> {
        if text.is_empty() || text == "/" {
            return Vec::new();
        }
        text.strip_prefix('/')
            .unwrap_or(text)
            .split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect()
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("/")
        } else {
            f.write_str(&self.0)
        }
    }
}
