/// A date and time exactly as the server wrote it.
///
/// APIs disagree on date formats: Quay writes RFC 2822 (`Mon, 13 Dec 2021 11:41:16 -0000`)
/// where others write RFC 3339. The text is kept as sent, so every response decodes and
/// re-encodes unchanged; parse it with the date library of your choice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct DateTime(pub String);

/// A calendar date exactly as the server wrote it (usually `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Date(pub String);

impl DateTime {
    /// The text as the server wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for DateTime {
    fn from(s: String) -> Self {
        DateTime(s)
    }
}

impl From<&str> for DateTime {
    fn from(s: &str) -> Self {
        DateTime(s.to_owned())
    }
}

impl Date {
    /// The text as the server wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Date {
    fn from(s: String) -> Self {
        Date(s)
    }
}

impl From<&str> for Date {
    fn from(s: &str) -> Self {
        Date(s.to_owned())
    }
}
