//! The runtime support code (`generator/runtime/*.rs`), printed at build time.
//!
//! An emitter puts a placeholder item, `__openapi_rs_gen_runtime!("name.rs");`, where
//! a file's support code goes; formatting (`format.rs`) replaces it with the text
//! `build.rs` printed from `runtime/name.rs`. The result is the text formatting the
//! code's tokens in place would give (items print independently), without parsing and
//! printing ~2,500 constant lines on every run.

use proc_macro2::{Literal, TokenStream, TokenTree};
use quote::quote;

macro_rules! printed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("OUT_DIR"), "/runtime/", $name)))),*]
    };
}

/// Each runtime file's name and its text as `prettyplease` prints it.
const PRINTED: &[(&str, &str)] = printed![
    "base64_support.rs",
    "client_support.rs",
    "double_option.rs",
    "enum_support.rs",
    "multipart_client.rs",
    "multipart_server.rs",
    "server_support.rs",
    "struct_support.rs",
    "tagged_support.rs",
    "types_support.rs",
    "validate.rs",
];

const MARKER: &str = "__openapi_rs_gen_runtime";

/// The placeholder item for the runtime file `name` (one of [`PRINTED`]).
pub(crate) fn snippet(name: &str) -> TokenStream {
    debug_assert!(PRINTED.iter().any(|(n, _)| *n == name), "{name}");
    let marker = super::ident(MARKER);
    let name = Literal::string(name);
    quote!(#marker!(#name);)
}

/// The printed text an item stands for, when it is a placeholder.
pub(crate) fn printed(item: &[TokenTree]) -> Option<&'static str> {
    let ([], args) = super::printed::macro_item(item, MARKER)? else {
        return None;
    };
    let name = args.to_string();
    PRINTED
        .iter()
        .find(|(n, _)| Literal::string(n).to_string() == name)
        .map(|(_, text)| *text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What build.rs printed is what formatting the files' tokens prints, in place
    /// among other items too.
    #[test]
    fn printed_text_is_the_formatted_source() {
        let sources: &[(&str, &str)] = &[
            (
                "base64_support.rs",
                include_str!("../../runtime/base64_support.rs"),
            ),
            (
                "client_support.rs",
                include_str!("../../runtime/client_support.rs"),
            ),
            (
                "double_option.rs",
                include_str!("../../runtime/double_option.rs"),
            ),
            (
                "enum_support.rs",
                include_str!("../../runtime/enum_support.rs"),
            ),
            (
                "multipart_client.rs",
                include_str!("../../runtime/multipart_client.rs"),
            ),
            (
                "multipart_server.rs",
                include_str!("../../runtime/multipart_server.rs"),
            ),
            (
                "server_support.rs",
                include_str!("../../runtime/server_support.rs"),
            ),
            (
                "struct_support.rs",
                include_str!("../../runtime/struct_support.rs"),
            ),
            (
                "tagged_support.rs",
                include_str!("../../runtime/tagged_support.rs"),
            ),
            (
                "types_support.rs",
                include_str!("../../runtime/types_support.rs"),
            ),
            ("validate.rs", include_str!("../../runtime/validate.rs")),
        ];
        assert_eq!(sources.len(), PRINTED.len());
        for (name, source) in sources {
            let tokens: TokenStream = source.parse().expect("tokenizes");
            let around = |t: TokenStream| quote!(pub struct Before; #t pub fn after() {});
            let direct = super::super::format_file(around(tokens)).expect("formats");
            let spliced = super::super::format_file(around(snippet(name))).expect("formats");
            assert_eq!(spliced, direct, "{name}");
            assert!(!spliced.contains(MARKER), "{name}");
        }
        assert!(printed(&snippet("validate.rs").into_iter().collect::<Vec<_>>()).is_some());
        assert!(
            printed(
                &quote!(other!("validate.rs");)
                    .into_iter()
                    .collect::<Vec<_>>()
            )
            .is_none()
        );
    }
}
