//! Emitters: [`crate::model::Api`] -> Rust source files.
//!
//! The token streams hold a placeholder item where runtime support code goes
//! (`runtime.rs`); formatting them ([`crate::emit_all`]) puts the code there.

pub mod client;
pub(crate) mod format;
pub(crate) mod printed;
pub mod roundtrip;
pub(crate) mod runtime;
pub mod server;
pub mod types;

use crate::model::{Api, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// How a type is spelled from a given module.
#[derive(Clone, Copy)]
pub(crate) enum Ctx {
    /// Inside the `types` module itself.
    Types,
    /// In a sibling module that imports `super::types`.
    Sibling,
}

pub(crate) fn rust_type(t: &TypeRef, ctx: Ctx) -> TokenStream {
    match t {
        TypeRef::Named(n) => {
            let n = ident(n);
            match ctx {
                Ctx::Types => quote!(#n),
                Ctx::Sibling => quote!(types::#n),
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::DateTime => match ctx {
            Ctx::Types => quote!(DateTime),
            Ctx::Sibling => quote!(types::DateTime),
        },
        TypeRef::Date => match ctx {
            Ctx::Types => quote!(Date),
            Ctx::Sibling => quote!(types::Date),
        },
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bytes => quote!(Vec<u8>),
        TypeRef::Base64 => match ctx {
            Ctx::Types => quote!(Base64),
            Ctx::Sibling => quote!(types::Base64),
        },
        // Checked to parse as a type when the model was built.
        TypeRef::External(path) => path.parse().unwrap_or_default(),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner, ctx);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(inner, ctx);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = rust_type(inner, ctx);
            quote!(Option<#inner>)
        }
    }
}

/// Doc attributes for free text from the spec. The text is made safe for rustdoc:
/// no doctests (code fences become `text`), no indented code blocks, no broken
/// intra-doc links or HTML tags, bare URLs wrapped.
pub(crate) fn doc(text: Option<&str>) -> TokenStream {
    match text {
        Some(t) if !t.trim().is_empty() => doc_lines(&sanitize_doc(t)),
        _ => TokenStream::new(),
    }
}

pub(crate) fn doc_lines(lines: &[String]) -> TokenStream {
    doc_attrs(lines, false)
}

/// Like [`doc`], as inner attributes (`//!`).
pub(crate) fn inner_doc(text: Option<&str>) -> TokenStream {
    match text {
        Some(t) if !t.trim().is_empty() => inner_doc_lines(&sanitize_doc(t)),
        _ => TokenStream::new(),
    }
}

pub(crate) fn inner_doc_lines(lines: &[String]) -> TokenStream {
    doc_attrs(lines, true)
}

/// One `#[doc]` (or `#![doc]`) attribute per line, each line after a space, as `///` has.
fn doc_attrs(lines: &[String], inner: bool) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        let l = raw_string(&l);
        if inner {
            quote!(#![doc = #l])
        } else {
            quote!(#[doc = #l])
        }
    });
    quote!(#(#attrs)*)
}

/// `text` as a raw string literal (`r"..."`, `r#"..."#` when it holds a `"`), as
/// `///` comments are: nothing to escape here, nothing to unescape when the file is
/// parsed for formatting, and the same `///` line printed.
pub(crate) fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut hashes = 0;
    if text.contains('"') {
        // One more `#` than the longest run after a quote.
        for (i, _) in text.match_indices('"') {
            let run = text[i + 1..].bytes().take_while(|&b| b == b'#').count();
            hashes = hashes.max(run + 1);
        }
    }
    let fence = "#".repeat(hashes);
    format!("r{fence}\"{text}\"{fence}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(text))
}

pub(crate) fn sanitize_doc(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    // A bare carriage return is not allowed in a doc comment: it ends a line too.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for raw in text.trim().lines() {
        // Other control characters would be invisible, or break the line.
        let raw = &raw.replace(|c: char| c.is_control() && c != '\t', " ");
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            out.push(if in_fence {
                "```".to_owned()
            } else {
                "```text".to_owned()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_owned());
        } else {
            out.push(escape_markdown(line));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    // No runs of blank lines, none at the end.
    out.dedup_by(|a, b| a.is_empty() && b.is_empty());
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// One line of free text (a title, a version) made safe for a doc comment.
pub(crate) fn inline_text(text: &str) -> String {
    escape_markdown(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
    )
}

fn escape_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // Not a heading: free text must not restructure the page it lands on.
    if line.starts_with('#') {
        out.push('\\');
    }
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if !in_code && (rest.starts_with("http://") || rest.starts_with("https://")) {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"' || c == '`')
                .unwrap_or(rest.len());
            let mut url = &rest[..end];
            // Trailing punctuation ends the sentence, not the URL; a closing bracket
            // stays when the URL opened it (`https://host/a_(b)`).
            while let Some(last) = url.chars().last() {
                let balanced = |open: char| url.matches(open).count() >= url.matches(last).count();
                let trim = match last {
                    '.' | ',' | ';' | ':' | '\'' | '!' | '?' => true,
                    ')' => !balanced('('),
                    ']' => !balanced('['),
                    _ => false,
                };
                if !trim {
                    break;
                }
                url = &url[..url.len() - 1];
            }
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        match c {
            '`' => in_code = !in_code,
            '[' | ']' | '<' | '>' | '\\' | '*' | '_' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `#[cfg(feature = "a")]` or `#[cfg(any(feature = "a", feature = "b"))]` for the
/// features that build an item; nothing when it is always built.
pub(crate) fn cfg_features(features: Option<&std::collections::BTreeSet<String>>) -> TokenStream {
    features.map_or_else(TokenStream::new, |set| {
        cfg_text(set).parse().expect("a cfg attribute is Rust")
    })
}

/// The text of [`cfg_features`]' attribute, as `prettyplease` prints it on one line
/// (one source for both).
pub(crate) fn cfg_text(features: &std::collections::BTreeSet<String>) -> String {
    let one = |f: &String| format!("feature = {}", printed::string_literal(f));
    match features.len() {
        1 => format!("#[cfg({})]", features.iter().map(one).collect::<String>()),
        _ => format!(
            "#[cfg(any({}))]",
            features.iter().map(one).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// `items` (a sequence of items) with `cfg` on each, after its doc comments. An item
/// ends at a `;` or at a `{ ... }` block not followed by `;`, at the top level of the
/// stream: the shapes the emitters write (structs, enums, impls, fns, consts, uses).
pub(crate) fn gated(items: TokenStream, cfg: &TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    if cfg.is_empty() {
        return items;
    }
    let tokens: Vec<TokenTree> = items.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tokens.len() {
        // Doc attributes stay first.
        while let (Some(TokenTree::Punct(p)), Some(TokenTree::Group(g))) =
            (tokens.get(i), tokens.get(i + 1))
        {
            let is_doc = p.as_char() == '#'
                && g.delimiter() == Delimiter::Bracket
                && matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(id)) if id == "doc");
            if !is_doc {
                break;
            }
            out.extend([tokens[i].clone(), tokens[i + 1].clone()]);
            i += 2;
        }
        out.extend(cfg.clone());
        while i < tokens.len() {
            let t = tokens[i].clone();
            i += 1;
            let end = match &t {
                TokenTree::Punct(p) => p.as_char() == ';',
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                    !matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ';')
                }
                _ => false,
            };
            out.extend([t]);
            if end {
                break;
            }
        }
    }
    out
}

/// For a crate with tag features: code that only some features use is dead when they
/// are off, which is expected, not a warning. Empty when there are no features.
pub(crate) fn partial_build_allow(api: &Api) -> TokenStream {
    if api.features.names.is_empty() {
        return TokenStream::new();
    }
    let all = api.features.names.keys();
    quote! {
        #[cfg_attr(
            not(all(#(feature = #all),*)),
            allow(dead_code, unused_imports, unused_variables, clippy::match_single_binding, reason = "only some tag features are on")
        )]
    }
}

/// The crate documentation's section on tag features; empty when there are none.
pub(crate) fn features_doc(api: &Api) -> Vec<String> {
    if api.features.names.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        String::new(),
        "# Features".to_owned(),
        String::new(),
        "One Cargo feature per tag of the document, all on by default. Turn the defaults off and"
            .to_owned(),
        "name the features you use to build only their operations and the types they need."
            .to_owned(),
        "Operations without a tag are always built.".to_owned(),
        String::new(),
        "| feature | tags | operations |".to_owned(),
        "|---|---|---|".to_owned(),
    ];
    for (name, tags) in &api.features.names {
        let count = api
            .features
            .operations
            .values()
            .filter(|f| *f == name)
            .count();
        let tags: Vec<String> = tags
            .iter()
            .map(|t| {
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                format!("`{}`", t.replace(['`', '|'], "'"))
            })
            .collect();
        lines.push(format!(
            "| `{name}` | {} | {count} |",
            escape_markdown(&tags.join(", "))
        ));
    }
    lines
}

/// The header every generated file starts with.
pub(crate) fn header(api: &Api) -> String {
    format!(
        "// This file is generated from the OpenAPI document \"{}\" (version {}).\n// Do not edit it by hand: change the document and regenerate.\n\n",
        api.title.replace(char::is_control, " "),
        api.version.replace(char::is_control, " ")
    )
}

/// Formats tokens as a Rust file with `prettyplease`.
pub(crate) fn format_file(tokens: TokenStream) -> Result<String, String> {
    format_file_with(tokens, None, "")
}

/// Formats tokens as a Rust file after `header`, reusing (and adding to) `cache`'s
/// formatted items. The file is written once, header first: a big document's files
/// are tens of megabytes, and each copy is fresh memory.
pub(crate) fn format_file_with(
    tokens: TokenStream,
    cache: Option<&format::Cache>,
    header: &str,
) -> Result<String, String> {
    Ok(space_items(header, &format::unparse_items(tokens, cache)?))
}

/// Puts a blank line between consecutive items, as a person would: `prettyplease`
/// writes them back to back. Runs of `use` (and of one kind of `;`-terminated
/// declaration) stay together.
fn space_items(header: &str, items: &[String]) -> String {
    const ITEM_STARTS: &[&str] = &[
        "///",
        "#[",
        "pub ",
        "pub(",
        "fn ",
        "async fn ",
        "impl ",
        "impl<",
        "const ",
        "type ",
        "struct ",
        "enum ",
        "mod ",
        "trait ",
        "use ",
        "static ",
        "macro_rules!",
    ];
    fn declaration_kind(line: &str) -> Option<&'static str> {
        let line = line.strip_prefix("pub ").unwrap_or(line);
        ["use ", "type ", "const ", "mod ", "static "]
            .into_iter()
            .find(|k| line.starts_with(k))
    }
    // `str::trim_start`, with a fast path for the spaces of indentation.
    fn trim_indent(line: &str) -> &str {
        let rest = &line[line.bytes().take_while(|&b| b == b' ').count()..];
        if rest.starts_with(char::is_whitespace) {
            rest.trim_start()
        } else {
            rest
        }
    }
    let len: usize = items.iter().map(String::len).sum();
    // Blank lines are a small part of a file: the buffer is sized once. What it holds
    // beyond the text is never touched, so costs no memory.
    let mut out = String::with_capacity(header.len() + len + len / 16);
    out.push_str(header);
    // The line before, and its indentation's length.
    let mut prev: Option<(&str, usize)> = None;
    for line in items.iter().flat_map(|item| item.lines()) {
        let cur = trim_indent(line);
        let indent = line.len() - cur.len();
        if let Some((p, p_indent)) = prev {
            let same_indent = indent == p_indent;
            let starts_item = ITEM_STARTS.iter().any(|s| cur.starts_with(s));
            let blank = if p.starts_with("//!") || p.starts_with("#![") {
                !cur.starts_with("//!") && !cur.starts_with("#![") && !cur.is_empty()
            } else if p.starts_with("//") || !same_indent || !starts_item {
                false
            } else if p == "}" {
                true
            } else if p.ends_with(" {}") {
                // An item with an empty block; a run of such one-line items of one
                // kind (`impl Validate for String {}`...) stays together.
                let kind = |l: &str| l.split(' ').next().unwrap_or_default().to_owned();
                !(cur.ends_with(" {}") && kind(p) == kind(cur))
            } else if p.ends_with(';') {
                match declaration_kind(p) {
                    Some(kind) => declaration_kind(cur) != Some(kind),
                    None => true,
                }
            } else {
                false
            };
            if blank {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        prev = Some((cur, indent));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_gated_after_its_docs() {
        let items = quote! {
            /// A pet.
            #[derive(Debug)]
            pub struct Pet { name: String }
            impl Pet { fn f() {} }
            pub struct Unit;
            pub const C: Pet = Pet { name: String::new() };
            #[doc = "x"]
            pub fn g() -> u8 { 1 }
        };
        let cfg = cfg_features(Some(&["a".to_owned()].into()));
        let text = gated(items, &cfg).to_string();
        assert_eq!(
            text.matches("# [cfg (feature = \"a\")]").count(),
            5,
            "{text}"
        );
        assert!(text.starts_with("# [doc = r\" A pet.\"] # [cfg"), "{text}");
        assert!(text.contains("# [doc = \"x\"] # [cfg"), "{text}");
        let two = cfg_features(Some(&["a".to_owned(), "b".to_owned()].into())).to_string();
        assert_eq!(two, "# [cfg (any (feature = \"a\" , feature = \"b\"))]");
        assert!(cfg_features(None).is_empty());
    }

    /// Doc lines become raw string literals that hold the text as it is.
    #[test]
    fn doc_lines_are_raw_strings() {
        for text in ["plain", "a \"quote\"", "\"#x\"## \\n", "tab\there", ""] {
            let lit = raw_string(text);
            assert!(lit.to_string().starts_with('r'), "{lit}");
            let parsed: syn::LitStr = syn::parse2(quote!(#lit)).expect("a string literal");
            assert_eq!(parsed.value(), text);
        }
    }

    #[test]
    fn docs_are_made_safe() {
        let lines = sanitize_doc(
            "Use <hex> and [link]\n    indented\n```\nlet x = 1;\n```\nsee https://quay.io/docs.",
        );
        assert_eq!(
            lines,
            vec![
                "Use \\<hex\\> and \\[link\\]",
                "indented",
                "```text",
                "let x = 1;",
                "```",
                "see <https://quay.io/docs>.",
            ]
        );
        assert_eq!(escape_markdown("`a[0]` [b]"), "`a[0]` \\[b\\]");
    }
}
