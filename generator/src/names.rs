//! Rust-safe, stable names for everything the spec names.

use std::collections::BTreeSet;

/// Words that cannot be identifiers (or are reserved for the future).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// Type names the generated code uses unqualified; a schema with one of these names
/// gets a `Model` suffix so it cannot shadow them.
pub(crate) const RESERVED_TYPES: &[&str] = &[
    "String",
    "Option",
    "Result",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "Value",
    "Map",
    "BTreeMap",
    "HashMap",
    "DateTime",
    "Date",
    "Bytes",
    "Client",
    "Error",
    "Api",
    "Serialize",
    "Deserialize",
    "Future",
    "Send",
    "Sync",
    "Sized",
    "Copy",
    "Clone",
    "Default",
    "Debug",
    "Display",
    "Formatter",
    "Infallible",
    "FromStr",
    "ToString",
    "Iterator",
    "IntoIterator",
    "Arc",
    "Cow",
    "Principal",
    "RequestContext",
    "Validate",
    // Further items of the `types` module's support code (generator/runtime/); the
    // test `runtime_items_are_reserved` keeps this list complete.
    "Invalid",
    "FirstInvalid",
    "Bounded",
    "EnumVisitor",
    "Base64",
    "FromFields",
    "FieldsVisitor",
    "FieldIndex",
    "Fields",
    "FieldsOut",
    // Prelude and std names the generated code uses unqualified.
    "From",
    "Into",
    "AsRef",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "PhantomData",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "ToOwned",
    "IntoFuture",
];

/// Keeps only ASCII letters, digits and separators, so that casing sees clean words;
/// accented Latin letters lose their accents (`größe` -> `grosse`), other characters
/// separate words.
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(folded) = fold_latin(c) {
            out.push_str(folded);
        } else {
            out.push(' ');
        }
    }
    out
}

/// The ASCII spelling of a Latin-1 or Latin Extended-A letter, if it has one.
fn fold_latin(c: char) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄ", "A"),
        ("àáâãäåāăą", "a"),
        ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"),
        ("ĎĐ", "D"),
        ("ďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚ", "E"),
        ("èéêëēĕėęě", "e"),
        ("ĜĞĠĢ", "G"),
        ("ĝğġģ", "g"),
        ("ĤĦ", "H"),
        ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİ", "I"),
        ("ìíîïĩīĭįı", "i"),
        ("Ĵ", "J"),
        ("ĵ", "j"),
        ("Ķ", "K"),
        ("ķ", "k"),
        ("ĹĻĽĿŁ", "L"),
        ("ĺļľŀł", "l"),
        ("ÑŃŅŇ", "N"),
        ("ñńņň", "n"),
        ("ÒÓÔÕÖØŌŎŐ", "O"),
        ("òóôõöøōŏő", "o"),
        ("ŔŖŘ", "R"),
        ("ŕŗř", "r"),
        ("ŚŜŞŠ", "S"),
        ("śŝşš", "s"),
        ("ŢŤŦ", "T"),
        ("ţťŧ", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
        ("ùúûüũūŭůűų", "u"),
        ("Ŵ", "W"),
        ("ŵ", "w"),
        ("ÝŸŶ", "Y"),
        ("ýÿŷ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("Æ", "AE"),
        ("æ", "ae"),
        ("Œ", "OE"),
        ("œ", "oe"),
        ("ß", "ss"),
        ("Þ", "TH"),
        ("þ", "th"),
        ("Ð", "D"),
        ("ð", "d"),
    ];
    TABLE
        .iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
}

/// `snake_case`, safe as a field, function or module name.
pub fn snake(raw: &str) -> String {
    let mut s = snake_case(&ascii_words(raw));
    if s.is_empty() {
        s = "value".to_owned();
    }
    if s.as_bytes()[0].is_ascii_digit() {
        s.insert(0, '_');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// The words of ASCII text, split as `heck` splits them: at every character that is
/// not a letter or digit, between a lowercase letter and an uppercase one, and
/// before the last of a run of uppercase letters followed by a lowercase one
/// (`HTTPServer` -> `HTTP`, `Server`). Names are ASCII by the time they are cased
/// ([`ascii_words`]), and `heck`'s Unicode casing through `fmt` was most of what
/// lowering a big document's names cost.
fn case_words(s: &str) -> Vec<&str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    let mut out = Vec::new();
    for word in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        let b = word.as_bytes();
        let (mut start, mut mode) = (0, Mode::Boundary);
        for (i, &c) in b.iter().enumerate() {
            let Some(&next) = b.get(i + 1) else {
                out.push(&word[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                out.push(&word[start..=i]);
                (start, mode) = (i + 1, Mode::Boundary);
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                out.push(&word[start..i]);
                (start, mode) = (i, Mode::Boundary);
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

/// `snake_case` of ASCII text, as `heck`'s `to_snake_case`.
fn snake_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for (i, word) in case_words(s).into_iter().enumerate() {
        if i > 0 {
            out.push('_');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// `UpperCamelCase` of ASCII text, as `heck`'s `to_upper_camel_case`.
fn upper_camel_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in case_words(s) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// `UpperCamelCase`, safe as a type or variant name.
pub fn camel(raw: &str) -> String {
    // Keep a sign readable: `-1` and `+1` would both become `1`.
    let raw = raw.replacen('-', "minus ", usize::from(raw.starts_with('-')));
    let mut s = upper_camel_case(&ascii_words(&raw));
    if s.is_empty() {
        s = "Value".to_owned();
    }
    if s.as_bytes()[0].is_ascii_digit() {
        s.insert(0, 'V');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// A type name: camel case, and never one of the names the generated code relies on.
pub fn type_name(raw: &str) -> String {
    let s = camel(raw);
    if RESERVED_TYPES.contains(&s.as_str()) {
        format!("{s}Model")
    } else {
        s
    }
}

/// Hands out names unique within one scope, deterministically: the first taker gets
/// the plain name, later ones a numeric suffix.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks names as used without handing them out.
    pub fn reserve<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        self.taken.extend(names.into_iter().map(str::to_owned));
    }

    /// `base`, or `base2`, `base3`, ... (`base_2` for snake-case names).
    pub fn unique(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let sep = if base.contains('_') || base.starts_with(|c: char| c.is_ascii_lowercase()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII casing agrees with `heck` on every kind of boundary: random text
    /// over letters of both cases, digits and separators.
    #[test]
    fn casing_agrees_with_heck() {
        use heck::{ToSnakeCase, ToUpperCamelCase};
        const ALPHABET: &[u8] = b"aZbYcX09 _-.$@AbCdEFGhIJKlmNOPq";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..200_000 {
            let len = (next() % 16) as usize;
            let text: String = (0..len)
                .map(|_| char::from(ALPHABET[(next() % ALPHABET.len() as u64) as usize]))
                .collect();
            assert_eq!(snake_case(&text), text.to_snake_case(), "{text:?}");
            assert_eq!(
                upper_camel_case(&text),
                text.to_upper_camel_case(),
                "{text:?}"
            );
        }
        for text in [
            "HTTPServer",
            "getHTTPResponseCode",
            "X-Request-ID",
            "ABC",
            "aB",
            "a1B2",
            "v2Beta",
            "__a__b__",
        ] {
            assert_eq!(snake_case(text), text.to_snake_case(), "{text:?}");
            assert_eq!(
                upper_camel_case(text),
                text.to_upper_camel_case(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn snake_names_are_identifiers() {
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(snake("créé"), "cree");
        assert_eq!(snake("ünïcödé"), "unicode");
        assert_eq!(snake("größe"), "grosse");
        assert_eq!(snake("名前"), "value");
        assert_eq!(snake("!!!"), "value");
        assert_eq!(snake("next_page"), "next_page");
        assert_eq!(snake("friendlyName"), "friendly_name");
        assert_eq!(snake("X-Request-ID"), "x_request_id");
    }

    #[test]
    fn camel_names_are_identifiers() {
        assert_eq!(camel("repo:read"), "RepoRead");
        assert_eq!(camel("200"), "V200");
        assert_eq!(camel("-1"), "Minus1");
        assert_eq!(camel("ñandú"), "Nandu");
        assert_eq!(camel(""), "Value");
        assert_eq!(type_name("String"), "StringModel");
        assert_eq!(type_name("option"), "OptionModel");
        assert_eq!(type_name("new_repo"), "NewRepo");
    }

    /// Every type, trait and struct the runtime snippets define is reserved, so that no
    /// schema can take its name in the module the snippet is pasted into.
    #[test]
    fn runtime_items_are_reserved() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
        for name in [
            "types_support.rs",
            "enum_support.rs",
            "validate.rs",
            "double_option.rs",
            "struct_support.rs",
        ] {
            let text = std::fs::read_to_string(dir.join(name)).expect("runtime file");
            let file: syn::File = syn::parse_str(&text).expect("runtime file parses");
            for item in file.items {
                let ident = match item {
                    syn::Item::Struct(s) => s.ident,
                    syn::Item::Enum(e) => e.ident,
                    syn::Item::Trait(t) => t.ident,
                    syn::Item::Type(t) => t.ident,
                    _ => continue,
                };
                let ident = ident.to_string();
                assert!(
                    RESERVED_TYPES.contains(&ident.as_str()),
                    "{name} defines `{ident}`, which RESERVED_TYPES does not list"
                );
                assert_ne!(type_name(&ident), ident);
            }
        }
    }

    #[test]
    fn scope_suffixes_collisions() {
        let mut scope = Scope::new();
        assert_eq!(scope.unique("FooBar"), "FooBar");
        assert_eq!(scope.unique("FooBar"), "FooBar2");
        assert_eq!(scope.unique("foo_bar"), "foo_bar");
        assert_eq!(scope.unique("foo_bar"), "foo_bar_2");
    }
}
