//! The public surface of the generated Quay crates, as one reviewable snapshot: every
//! client method with its arguments, optional settings and result, and every server
//! trait method. A spec change shows up here as a one-line diff per operation.

use quote::ToTokens;
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn parse(path: &str) -> syn::File {
    let full = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Token text without the spaces `proc_macro2` puts between tokens.
fn tidy(tokens: impl ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut out = text
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace("& ", "&")
        .replace(" ,", ",")
        .replace("' _", "'_")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(",>", ">");
    while out.contains("  ") {
        out = out.replace("  ", " ");
    }
    out
}

fn signature(sig: &syn::Signature) -> String {
    let args: Vec<String> = sig
        .inputs
        .iter()
        .filter_map(|a| match a {
            syn::FnArg::Typed(t) => Some(format!("{}: {}", tidy(&t.pat), tidy(&t.ty))),
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    let ret = match &sig.output {
        syn::ReturnType::Default => String::new(),
        syn::ReturnType::Type(_, t) => format!(" -> {}", tidy(t)),
    };
    format!("{}({}){ret}", sig.ident, args.join(", "))
}

#[test]
fn quay_public_surface() {
    let client = parse("generated-client/src/client.rs");
    // Builder name -> (setters, result of `send`).
    let mut builders: BTreeMap<String, (Vec<String>, String)> = BTreeMap::new();
    let mut methods = Vec::new();
    for item in &client.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let self_ty = match &*imp.self_ty {
            syn::Type::Path(p) => p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default(),
            _ => continue,
        };
        for member in &imp.items {
            let syn::ImplItem::Fn(f) = member else {
                continue;
            };
            if !matches!(f.vis, syn::Visibility::Public(_)) {
                continue;
            }
            if self_ty == "Client" {
                methods.push(f.sig.clone());
            } else {
                let entry = builders.entry(self_ty.clone()).or_default();
                match f.sig.ident.to_string().as_str() {
                    "send" => {
                        // What `.await` gives: `send` returns `ResponseFuture<T>`,
                        // whose output is `Result<T, Error>`.
                        let ret = signature(&f.sig);
                        let ret = ret.trim_start_matches("send()").trim_start_matches(" -> ");
                        entry.1 = match ret
                            .strip_prefix("ResponseFuture<")
                            .and_then(|r| r.strip_suffix('>'))
                        {
                            Some(t) => format!("Result<{t}, Error>"),
                            None => ret.to_owned(),
                        }
                    }
                    // Every builder has it: `send`'s answer with status and headers.
                    "send_with_headers" => {}
                    "pages" | "items" => entry.0.push(format!("{}()", f.sig.ident)),
                    _ => {
                        let arg = f.sig.inputs.iter().find_map(|a| match a {
                            syn::FnArg::Typed(t) => Some(tidy(&t.ty)),
                            syn::FnArg::Receiver(_) => None,
                        });
                        entry
                            .0
                            .push(format!("{}({})", f.sig.ident, arg.unwrap_or_default()));
                    }
                }
            }
        }
    }
    let mut out = String::from("# quay-client: Client methods\n");
    let operation_methods: Vec<_> = methods
        .iter()
        .filter(|sig| {
            matches!(&sig.output, syn::ReturnType::Type(_, t)
                if builders.get(&tidy(t).replace("<'_>", "")).is_some_and(|(_, send)| !send.is_empty()))
        })
        .collect();
    for sig in &operation_methods {
        let syn::ReturnType::Type(_, t) = &sig.output else {
            continue;
        };
        let builder = tidy(t).replace("<'_>", "");
        let (setters, result) = &builders[&builder];
        writeln!(out, "{}", signature(sig)).expect("String");
        if !setters.is_empty() {
            writeln!(out, "    .{}", setters.join(" .")).expect("String");
        }
        writeln!(out, "    => {result}").expect("String");
    }
    assert_eq!(
        operation_methods.len(),
        173,
        "one client method per operation"
    );

    out.push_str("\n# quay-server: trait Api\n");
    let server = parse("generated-server-stubs/src/server.rs");
    let api = server
        .items
        .iter()
        .find_map(|i| match i {
            syn::Item::Trait(t) if t.ident == "Api" => Some(t),
            _ => None,
        })
        .expect("trait Api");
    let mut count = 0;
    for member in &api.items {
        if let syn::TraitItem::Fn(f) = member {
            writeln!(out, "{}", signature(&f.sig)).expect("String");
            count += 1;
        }
    }
    assert_eq!(count, 173, "one trait method per operation");
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("quay.surface", out);
    });
}
