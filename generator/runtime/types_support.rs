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

macro_rules! text_newtype {
    ($name:ident) => {
        impl $name {
            /// The text as the server wrote it.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }
    };
}

text_newtype!(DateTime);
text_newtype!(Date);

