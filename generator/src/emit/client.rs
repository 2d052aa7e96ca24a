//! The client crate: a `Client` with one request builder per operation.

use super::printed::{self, Lines};
use super::runtime::snippet;
use super::{Ctx, doc, doc_lines, ident, inner_doc, inner_doc_lines, rust_type, sanitize_doc};
use crate::model::{
    Api, ArrayStyle, BodyChoice, BodyKind, MultipartPart, Operation, Param, ParamLocation,
    ParamStyle, PartKind, Presence, ResponseBody, SchemeKind, Security, SecurityScheme, Segment,
    TypeKind, TypeRef,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

const SUPPORT: &str = "client_support.rs";
/// Why a request builder is `#[must_use]`.
const MUST_USE: &str = "a request does nothing until it is sent: call `.send()` or `.await` it";
/// Emitted only for documents with multipart bodies.
const MULTIPART: &str = "multipart_client.rs";

/// Whether an operation of the document sends a multipart body.
pub(crate) fn has_multipart(api: &Api) -> bool {
    api.operations
        .iter()
        .any(|o| o.body.as_ref().and_then(|b| b.multipart()).is_some())
}

/// Sends `body` as `application/x-www-form-urlencoded`: each field `name=value`, an
/// array as one pair per item (style form, exploded), a `nested` field as bracketed
/// keys (`name[key]=value`, `name[0]=value`, to any depth), absent and null fields
/// left out, in the order of the schema's properties.
fn form_send(api: &Api, t: &TypeRef, nested: &[String], content_type: &str) -> TokenStream {
    let pairs = match t {
        TypeRef::Map(_) => quote! {
            for (name, value) in &body {
                form.append_pair(name, &value.to_string());
            }
        },
        TypeRef::Named(n) => {
            let fields = match api.types.iter().find(|d| &d.name == n).map(|d| &d.kind) {
                Some(TypeKind::Struct { fields, .. }) => fields.as_slice(),
                _ => &[],
            };
            // Through named aliases to the type itself (an array, or any JSON value).
            let plain = |t: &TypeRef| super::types::rust_identity(api, t);
            let pairs = fields.iter().map(|f| {
                let n = ident(&f.rust_name);
                let wire = &f.wire_name;
                // A value of any type is sent when it is a scalar; an object or array
                // has no form encoding.
                let one = |value: TokenStream, t: &TypeRef| {
                    if plain(t) == TypeRef::Json {
                        quote! {
                            match #value {
                                serde_json::Value::Null => {}
                                serde_json::Value::String(text) => { form.append_pair(#wire, text); }
                                serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
                                    form.append_pair(#wire, &#value.to_string());
                                }
                                _ => {
                                    return Err(Error::InvalidArgument {
                                        name: #wire,
                                        reason: "an object or array has no form encoding: send it as text".to_owned(),
                                    });
                                }
                            }
                        }
                    } else {
                        quote!(form.append_pair(#wire, &#value.to_string());)
                    }
                };
                let each = match plain(&f.ty) {
                    // Bracketed keys under the field's name, to any depth.
                    _ if nested.contains(wire) => quote! {
                        for (key, text) in support::nested_pairs(#wire, value)? {
                            form.append_pair(&key, &text);
                        }
                    },
                    TypeRef::Vec(inner) => {
                        let item = one(quote!(item), &inner);
                        quote!(for item in value { #item })
                    }
                    t => one(quote!(value), &t),
                };
                match f.presence() {
                    Presence::Required => quote!({ let value = &body.#n; #each }),
                    Presence::Optional | Presence::RequiredNullable => {
                        quote!(if let Some(value) = &body.#n { #each })
                    }
                    Presence::OptionalNullable => {
                        quote!(if let Some(Some(value)) = &body.#n { #each })
                    }
                }
            });
            quote!(#(#pairs)*)
        }
        _ => TokenStream::new(),
    };
    quote! {{
        let mut form = form_urlencoded::Serializer::new(String::new());
        #pairs
        request.header(reqwest::header::CONTENT_TYPE, #content_type).body(form.finish())
    }}
}

/// Adds a part's value (`#owner.#field`) to `form`, one part per item of an array.
fn part_send(part: &MultipartPart, owner: &TokenStream) -> TokenStream {
    let pname = ident(&part.rust_name);
    let wire = &part.wire_name;
    let ct = match &part.content_type {
        Some(ct) => quote!(Some(#ct)),
        None => quote!(None),
    };
    // The part for `value`: a `FilePart` by value, other values by reference.
    let add = |value: TokenStream| match &part.kind {
        PartKind::File => quote!(multipart_support::file(#wire, #value, #ct)?),
        PartKind::Text(_) => quote!(multipart_support::text(#wire, &#value, #ct)?),
        PartKind::Json(_) => quote!(multipart_support::json(#wire, &#value, #ct)?),
    };
    let one = add(quote!(value));
    let send_each = quote!(form = form.part(#wire, #one););
    match (part.required, part.repeated) {
        (_, true) => quote!(for value in #owner.#pname { #send_each }),
        (true, false) => {
            let whole = add(quote!(#owner.#pname));
            quote!(form = form.part(#wire, #whole);)
        }
        (false, false) => quote!(if let Some(value) = #owner.#pname { #send_each }),
    }
}

/// The Rust type of a multipart part's field: one value, a list, or an option.
fn part_type(part: &MultipartPart) -> TokenStream {
    let one = match &part.kind {
        PartKind::File => quote!(FilePart),
        PartKind::Text(t) | PartKind::Json(t) => rust_type(t, Ctx::Sibling),
    };
    match (part.repeated, part.required) {
        (true, _) => quote!(Vec<#one>),
        (false, true) => one,
        (false, false) => quote!(Option<#one>),
    }
}

/// The body enum of an operation that takes several content types (the caller picks
/// one by its variant), the struct of its multipart parts if it has some, and the
/// expression that puts the chosen `body` on `request`.
fn choice_body(api: &Api, op: &Operation, choices: &[BodyChoice]) -> (TokenStream, TokenStream) {
    let name = format_ident!("{}Body", op.type_stem);
    let parts_name = format_ident!("{}Parts", op.type_stem);
    let mut items = TokenStream::new();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for c in choices {
        let v = ident(&c.variant);
        let ct = &c.content_type;
        let concrete = !ct.contains('*');
        let sent = if concrete {
            format!(" Sent as `{ct}`.")
        } else {
            String::new()
        };
        let (ty, send) = match &c.kind {
            BodyKind::Json(t) if concrete => (
                rust_type(t, Ctx::Sibling),
                quote!(request.header(reqwest::header::CONTENT_TYPE, #ct).json(&body)),
            ),
            BodyKind::Json(t) => (rust_type(t, Ctx::Sibling), quote!(request.json(&body))),
            BodyKind::Form { ty, nested } => {
                (rust_type(ty, Ctx::Sibling), form_send(api, ty, nested, ct))
            }
            BodyKind::Multipart(parts) => {
                let fields = parts.iter().map(|part| {
                    let n = ident(&part.rust_name);
                    let ty = part_type(part);
                    let mut text = part.doc.clone().unwrap_or_else(|| {
                        format!(
                            "The `{}` part of the form.",
                            part.wire_name.replace('`', "'")
                        )
                    });
                    text.push_str(&part_doc(part, true));
                    let d = doc(Some(&text));
                    quote!(#d pub #n: #ty,)
                });
                let text = format!(
                    " The parts of the multipart body of [`Client::{}`] ([`{name}::{}`]).",
                    op.fn_name, c.variant
                );
                items.extend(quote! {
                    #[doc = #text]
                    #[derive(Debug, Clone, PartialEq)]
                    pub struct #parts_name { #(#fields)* }
                });
                let sends = parts.iter().map(|part| part_send(part, &quote!(body)));
                (
                    quote!(#parts_name),
                    quote!({
                        let mut form = reqwest::multipart::Form::new();
                        #(#sends)*
                        request.multipart(form)
                    }),
                )
            }
            BodyKind::Text | BodyKind::Bytes | BodyKind::Choice(_) => {
                let ty = if matches!(c.kind, BodyKind::Text) {
                    quote!(String)
                } else {
                    quote!(Vec<u8>)
                };
                (
                    ty,
                    quote!(request.header(reqwest::header::CONTENT_TYPE, #ct).body(body)),
                )
            }
        };
        variants.push(quote!(#[doc = #sent] #v(#ty),));
        arms.push(quote!(#name::#v(body) => #send,));
    }
    let text = format!(
        " The request body of [`Client::{}`]: one of the content types the operation takes.",
        op.fn_name
    );
    items.extend(quote! {
        #[doc = #text]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#variants)* }
    });
    (items, quote!(match body { #(#arms)* }))
}

/// How a multipart part travels, for its documentation: with the content type sent
/// on the client, without it on the server (`sent` false).
pub(crate) fn part_doc(part: &MultipartPart, sent: bool) -> String {
    let what = match &part.kind {
        PartKind::File => "a file",
        PartKind::Text(_) => "text",
        PartKind::Json(_) => "JSON",
    };
    let verb = if sent { "Sent" } else { "Received" };
    let mut text = format!("\n\n{verb} as {what}");
    if let Some(ct) = part.content_type.as_ref().filter(|_| sent) {
        let default = if part.kind == PartKind::File {
            ", unless the file names its own"
        } else {
            ""
        };
        text.push_str(&format!(" (`{}`{default})", ct.replace('`', "'")));
    }
    if part.repeated {
        text.push_str(", one part per item");
    }
    text.push('.');
    text
}

/// The documentation of an operation: summary, description, route and scope.
pub(crate) fn operation_doc(op: &Operation) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(s) = &op.summary {
        lines.extend(sanitize_doc(s));
    }
    if let Some(d) = &op.description {
        if op.summary.as_deref().map(str::trim) != Some(d.trim()) {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(sanitize_doc(d));
        }
    }
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(
        "`{} {}` (operation `{}`)",
        op.method.as_str(),
        op.path.replace('`', "'"),
        op.operation_id
    ));
    lines.push(String::new());
    lines.push(security_doc(&op.security));
    for (content_type, why) in op.body.iter().flat_map(|b| &b.left_out) {
        lines.push(String::new());
        lines.extend(sanitize_doc(&format!(
            "The document also allows the body as `{}`, which is not generated ({}).",
            content_type.replace('`', "'"),
            why.replace('`', "'")
        )));
    }
    if op.deprecated {
        lines.push(String::new());
        lines.push("Deprecated by the document.".to_owned());
    }
    lines
}

/// One sentence on what an operation asks of its caller.
fn security_doc(security: &Security) -> String {
    let Security::Required {
        alternatives,
        optional,
    } = security
    else {
        return "Public: needs no authentication.".to_owned();
    };
    let alts: Vec<String> = alternatives
        .iter()
        .map(|uses| {
            uses.iter()
                .map(|u| {
                    if u.scopes.is_empty() {
                        format!("`{}` credentials", u.scheme.name.replace('`', "'"))
                    } else {
                        u.scopes
                            .iter()
                            .map(|s| format!("`{}`", s.replace('`', "'")))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    }
                })
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect();
    if *optional {
        format!(
            "Authentication is optional; when sent, it is {}.",
            alts.join(", or ")
        )
    } else {
        format!("Requires {}.", alts.join(", or "))
    }
}

/// The security schemes the operations use, by name: their index is their place in
/// the generated `SECURITY_SCHEMES` tables of both crates.
pub(crate) fn schemes(api: &Api) -> Vec<&SecurityScheme> {
    let mut out: Vec<&SecurityScheme> = Vec::new();
    for op in &api.operations {
        if let Security::Required { alternatives, .. } = &op.security {
            for u in alternatives.iter().flatten() {
                if !out.iter().any(|s| s.name == u.scheme.name) {
                    out.push(&u.scheme);
                }
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The client's table of security schemes and the builder's setter for each.
fn emit_schemes(api: &Api) -> TokenStream {
    let schemes = schemes(api);
    let count = proc_macro2::Literal::usize_unsuffixed(schemes.len());
    let entries = schemes.iter().map(|s| {
        let name = &s.name;
        let carrier = match &s.kind {
            SchemeKind::Bearer => quote!(support::Carrier::Bearer),
            SchemeKind::Basic => quote!(support::Carrier::Basic),
            SchemeKind::ApiKey { location, name } => match location {
                ParamLocation::Header => {
                    let lower = name.to_ascii_lowercase();
                    quote!(support::Carrier::Header(#lower))
                }
                ParamLocation::Query => quote!(support::Carrier::Query(#name)),
                _ => quote!(support::Carrier::Cookie(#name)),
            },
        };
        quote!((#name, #carrier))
    });
    let setters = schemes.iter().enumerate().map(|(i, s)| {
        let setter = ident(&s.setter);
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        let scheme = s.name.replace('`', "'");
        let (what, sig, value) = match &s.kind {
            SchemeKind::Bearer => (
                "A token, sent as `Authorization: Bearer <token>`".to_owned(),
                quote!(token: impl Into<String>),
                quote!(format!("Bearer {}", token.into())),
            ),
            SchemeKind::Basic => (
                "A user name and password, sent as HTTP basic authentication".to_owned(),
                quote!(username: impl AsRef<str>, password: impl AsRef<str>),
                quote!(support::basic(username.as_ref(), password.as_ref())),
            ),
            SchemeKind::ApiKey { location, name } => (
                format!(
                    "An API key, sent in the `{}` {}",
                    name.replace('`', "'"),
                    match location {
                        ParamLocation::Header => "header",
                        ParamLocation::Query => "query parameter",
                        _ => "cookie",
                    }
                ),
                quote!(key: impl Into<String>),
                quote!(key.into()),
            ),
        };
        let mut text = format!(
            "The credential of the `{scheme}` security scheme.\n\n{what}, by the operations that ask for it."
        );
        if let Some(d) = &s.doc {
            text.push_str("\n\n");
            text.push_str(d);
        }
        let d = doc(Some(&text));
        quote! {
            #d
            pub fn #setter(self, #sig) -> Self {
                support::set_credential(self, #i, #value)
            }
        }
    });
    let setters: Vec<_> = setters.collect();
    let impl_block = (!setters.is_empty()).then(|| quote! { impl ClientBuilder { #(#setters)* } });
    quote! {
        /// The document's security schemes (those its operations use): name, and where
        /// the credential travels.
        static SECURITY_SCHEMES: [(&str, support::Carrier); #count] = [#(#entries),*];

        #impl_block
    }
}

/// The error bodies operations declare in a schema other than the error model, each
/// with its variant name in `DeclaredError`, in document order.
fn declared_errors(api: &Api) -> Vec<(&TypeRef, String)> {
    let error = TypeRef::Named(api.error.type_name.clone());
    let mut scope = crate::names::Scope::new();
    let mut out: Vec<(&TypeRef, String)> = Vec::new();
    for op in &api.operations {
        for r in op.responses.iter().filter(|r| !r.status.is_success()) {
            let ResponseBody::Json(t) = &r.body else {
                continue;
            };
            if *t == error || out.iter().any(|(seen, _)| *seen == t) {
                continue;
            }
            let base = match t {
                TypeRef::Named(n) => n.clone(),
                TypeRef::Json | TypeRef::JsonObject => "Json".to_owned(),
                TypeRef::String => "Text".to_owned(),
                _ => "Value".to_owned(),
            };
            out.push((t, scope.unique(&base)));
        }
    }
    out
}

/// `DeclaredError`: one variant per error body schema other than the error model.
fn emit_declared(api: &Api, declared: &[(&TypeRef, String)]) -> TokenStream {
    let variants = declared.iter().map(|(t, name)| {
        let v = ident(name);
        let ty = rust_type(t, Ctx::Sibling);
        let cfg = match t {
            TypeRef::Named(n) => super::cfg_features(api.features.of_type(n)),
            _ => TokenStream::new(),
        };
        quote!(#[doc = " An error body of this schema."] #cfg #v(#ty),)
    });
    quote! {
        /// Error bodies in a schema an operation declares for a status, other than the
        /// document's error model (see [`ErrorBody::Declared`]).
        #[derive(Debug, Clone, PartialEq)]
        pub enum DeclaredError { #(#variants)* }
    }
}

/// An operation's `declared_error` (see [`declared_error_arms`]).
fn declared_error_fn(api: &Api, op: &Operation, all: &[(&TypeRef, String)]) -> TokenStream {
    let Some(arms) = declared_error_arms(api, op, all) else {
        return TokenStream::new();
    };
    let arms: TokenStream = arms
        .iter()
        .map(|(pattern, value)| format!("{pattern} => {value},"))
        .collect::<String>()
        .parse()
        .expect("the arms are Rust");
    quote! {
        fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
            match status {
                #arms
            }
        }
    }
}

/// The arms (pattern, value) of an operation's `declared_error`, in order, the last
/// `_`: the error statuses it declares in another schema than the error model,
/// decoded into it; `None` when it declares none.
fn declared_error_arms(
    api: &Api,
    op: &Operation,
    all: &[(&TypeRef, String)],
) -> Option<Vec<(String, String)>> {
    let error = TypeRef::Named(api.error.type_name.clone());
    let errors: Vec<_> = op
        .responses
        .iter()
        .filter(|r| !r.status.is_success())
        .collect();
    if !errors
        .iter()
        .any(|r| matches!(&r.body, ResponseBody::Json(t) if *t != error))
    {
        return None;
    }
    let mut arms: Vec<(String, String)> = errors
        .iter()
        .map(|r| {
            let pat = match r.status {
                crate::model::Status::Code(c) => c.to_string(),
                crate::model::Status::Range(d) => format!("{}..={}", d * 100, d * 100 + 99),
                crate::model::Status::Default => "_".to_owned(),
            };
            let value = match &r.body {
                ResponseBody::Json(t) if *t != error => all
                    .iter()
                    .find(|(seen, _)| *seen == t)
                    .map(|(_, n)| {
                        format!(
                            "serde_json::from_str(text).ok().map(DeclaredError::{})",
                            ident(n)
                        )
                    })
                    .expect("every declared error body has a variant"),
                _ => "None".to_owned(),
            };
            (pat, value)
        })
        .collect();
    if !errors
        .iter()
        .any(|r| r.status == crate::model::Status::Default)
    {
        arms.push(("_".to_owned(), "None".to_owned()));
    }
    Some(arms)
}

/// `SERVERS`: the document's servers.
fn emit_servers(api: &Api) -> TokenStream {
    let opt = |text: &Option<String>| match text {
        Some(t) => quote!(Some(#t)),
        None => quote!(None),
    };
    let servers = api.servers.iter().map(|s| {
        let url = &s.url;
        let description = opt(&s.description);
        let variables = s.variables.iter().map(|v| {
            let name = &v.name;
            let default = &v.default;
            let allowed = &v.allowed;
            let description = opt(&v.description);
            quote!(ServerVariable { name: #name, default: #default, allowed: &[#(#allowed),*], description: #description })
        });
        quote!(Server { url: #url, description: #description, variables: &[#(#variables),*] })
    });
    let count = proc_macro2::Literal::usize_unsuffixed(api.servers.len());
    quote! {
        /// The servers the document names, in its order: pass one, filled in with
        /// [`Server::default_url`] or [`Server::url_with`], to [`Client::builder`].
        pub static SERVERS: [Server; #count] = [#(#servers),*];
    }
}

/// How a success response decodes: the members of the operation's
/// `support::Prepare` impl that say so.
struct Outcome {
    /// The decoded type.
    ty: TokenStream,
    /// The body of `Prepare::decode`, from `status` and `body`.
    decode: TokenStream,
    /// `Prepare::read`, when some success body is text.
    read: TokenStream,
    /// For the printed `Prepare` impl, when every success has one body: the decoding
    /// expression, and whether that body is text.
    text: Option<(&'static str, bool)>,
}

/// The type of a success body, and the expression that decodes it from `status` and
/// `body`.
fn body_decode(body: &ResponseBody) -> (TokenStream, TokenStream) {
    match body {
        ResponseBody::Empty => (quote!(()), quote!(support::empty(status, body))),
        ResponseBody::Json(t) => (
            rust_type(t, Ctx::Sibling),
            quote!(support::json(status, body)),
        ),
        ResponseBody::Text => (quote!(String), quote!(support::text(status, body))),
        ResponseBody::Bytes => (quote!(Vec<u8>), quote!(support::bytes(status, body))),
    }
}

/// `Prepare::read` for success bodies read as text (`texts[i]` for the i-th arm of
/// `pats`); nothing when none is.
fn read_fn(pats: &[TokenStream], texts: &[bool]) -> TokenStream {
    let read = |text: bool| {
        if text {
            quote!(support::Read::Text)
        } else {
            quote!(support::Read::Bytes)
        }
    };
    if !texts.iter().any(|t| *t) {
        return TokenStream::new();
    }
    if texts.iter().all(|t| *t) {
        return quote! {
            fn read(_: u16) -> support::Read {
                support::Read::Text
            }
        };
    }
    let arms = pats.iter().zip(texts).map(|(pat, text)| {
        let value = read(*text);
        quote!(#pat => #value,)
    });
    quote! {
        fn read(status: u16) -> support::Read {
            match status { #(#arms)* }
        }
    }
}

fn outcome(op: &Operation, enums: &mut Vec<TokenStream>) -> Outcome {
    let successes: Vec<_> = op.successes().collect();
    let first = successes.first().map(|r| &r.body);
    if successes.iter().all(|r| Some(&r.body) == first) {
        let body = first.unwrap_or(&ResponseBody::Empty);
        let (ty, decode) = body_decode(body);
        let read = read_fn(&[quote!(_)], &[matches!(body, ResponseBody::Text)]);
        let text = match body {
            ResponseBody::Empty => "support::empty(status, body)",
            ResponseBody::Json(_) => "support::json(status, body)",
            ResponseBody::Text => "support::text(status, body)",
            ResponseBody::Bytes => "support::bytes(status, body)",
        };
        return Outcome {
            ty,
            decode,
            read,
            text: Some((text, matches!(body, ResponseBody::Text))),
        };
    }
    let name = format_ident!("{}Response", op.type_stem);
    let variants = successes.iter().map(|r| {
        let v = ident(&r.variant);
        let d = doc(Some(
            &format!("{:?}: {}", r.status, r.doc)
                .replace("Code(", "")
                .replace(')', ""),
        ));
        match &r.body {
            ResponseBody::Empty => quote!(#d #v,),
            b => {
                let (ty, _) = body_decode(b);
                quote!(#d #v(#ty),)
            }
        }
    });
    let text = format!(" The success responses of [`Client::{}`].", op.fn_name);
    enums.push(quote! {
        #[doc = #text]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#variants)* }
    });
    let arms = successes.iter().enumerate().map(|(i, r)| {
        let v = ident(&r.variant);
        let (_, decode) = body_decode(&r.body);
        let pat = match r.status {
            crate::model::Status::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(c);
                quote!(#c)
            }
            crate::model::Status::Range(d) => {
                let (lo, hi) = (
                    proc_macro2::Literal::u16_unsuffixed(d * 100),
                    proc_macro2::Literal::u16_unsuffixed(d * 100 + 99),
                );
                quote!(#lo..=#hi)
            }
            crate::model::Status::Default => quote!(_),
        };
        let pat = if i == 0 { quote!(_) } else { pat };
        let build = match &r.body {
            ResponseBody::Empty => quote!({ #decode?; #name::#v }),
            _ => quote!(#name::#v(#decode?)),
        };
        (pat, build, matches!(r.body, ResponseBody::Text))
    });
    // The first documented success also takes any undocumented 2xx, so it goes last.
    let mut arms: Vec<_> = arms.collect();
    arms.rotate_left(1);
    let pats: Vec<_> = arms.iter().map(|(pat, _, _)| pat.clone()).collect();
    let texts: Vec<_> = arms.iter().map(|(_, _, text)| *text).collect();
    let arms = arms
        .into_iter()
        .map(|(pat, build, _)| quote!(#pat => #build,));
    Outcome {
        ty: quote!(#name),
        decode: quote!(Ok(match status.as_u16() { #(#arms)* })),
        read: read_fn(&pats, &texts),
        text: None,
    }
}

/// True for parameter types (or array items) that have no `Display` of their own and
/// travel as the text of the scalar they hold: unions of scalars and untyped values.
pub(crate) fn needs_text(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Vec(inner) => needs_text(api, inner),
        TypeRef::Json => true,
        TypeRef::Named(n) => api
            .types
            .iter()
            .find(|d| &d.name == n)
            .is_some_and(|d| matches!(d.kind, TypeKind::Union { .. })),
        _ => false,
    }
}

/// The query keys an exploded map parameter must leave to the operation's other
/// parameters and API keys (a key ending in `[` is a `deepObject` prefix).
pub(crate) fn claimed_query_keys(op: &Operation, map: &Param) -> Vec<String> {
    let mut keys = Vec::new();
    for p in op.params_in(ParamLocation::Query) {
        if std::ptr::eq(p, map) {
            continue;
        }
        keys.push(p.wire_name.clone());
        match &p.style {
            ParamStyle::Exploded(Some(properties)) => keys.extend(properties.iter().cloned()),
            ParamStyle::Deep => keys.push(format!("{}[", p.wire_name)),
            _ => {}
        }
    }
    if let Security::Required { alternatives, .. } = &op.security {
        for u in alternatives.iter().flatten() {
            if let SchemeKind::ApiKey {
                location: ParamLocation::Query,
                name,
            } = &u.scheme.kind
            {
                keys.push(name.clone());
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

fn param_field_type(p: &Param) -> TokenStream {
    let t = rust_type(&p.ty, Ctx::Sibling);
    if p.required { t } else { quote!(Option<#t>) }
}

/// Positional (required) arguments come as `impl Into<String>` for strings.
fn arg(p: &Param) -> (TokenStream, TokenStream) {
    let name = ident(&p.rust_name);
    if p.ty == TypeRef::String {
        (quote!(#name: impl Into<String>), quote!(#name.into()))
    } else {
        let t = rust_type(&p.ty, Ctx::Sibling);
        (quote!(#name: #t), quote!(#name))
    }
}

pub fn emit(api: &Api) -> TokenStream {
    let mut methods = Vec::new();
    let mut builders = Vec::new();
    let mut enums = Vec::new();
    // Computed once: both are needed by every operation.
    let scheme_list = schemes(api);
    let declared = declared_errors(api);
    for op in &api.operations {
        let cfg = super::cfg_features(api.features.of_operation(&op.operation_id).as_ref());
        let first_enum = enums.len();
        let (m, b) = emit_operation(api, op, &scheme_list, &declared, &mut enums);
        methods.push(super::gated(m, &cfg));
        builders.push(super::gated(b, &cfg));
        for e in &mut enums[first_enum..] {
            *e = super::gated(std::mem::take(e), &cfg);
        }
    }
    let error_model = ident(&api.error.type_name);
    let support = snippet(SUPPORT);
    let schemes = emit_schemes(api);
    let servers = emit_servers(api);
    let declared = emit_declared(api, &declared);
    let multipart = has_multipart(api).then(|| snippet(MULTIPART));
    quote! {
        //! The client: [`Client`] and one request builder per operation.
        use super::types;
        use std::future::{Future, IntoFuture};
        use std::pin::Pin;

        /// The body of error responses.
        pub type ErrorModel = types::#error_model;

        impl Client {
            #(#methods)*
        }

        #(#builders)*
        #(#enums)*
        #schemes
        #servers
        #declared
        #multipart
        #support
    }
}

fn emit_operation(
    api: &Api,
    op: &Operation,
    schemes: &[&SecurityScheme],
    declared_errors: &[(&TypeRef, String)],
    enums: &mut Vec<TokenStream>,
) -> (TokenStream, TokenStream) {
    let fn_name = ident(&op.fn_name);
    let builder = ident(&op.type_stem);
    let doc_text = operation_doc(op);
    let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
    let optional: Vec<&Param> = op.params.iter().filter(|p| !p.required).collect();

    // Body: required bodies are arguments, optional ones a setter.
    let mut body_field = TokenStream::new();
    let mut body_arg = TokenStream::new();
    let mut body_init = TokenStream::new();
    let mut body_setter = TokenStream::new();
    let mut body_send = TokenStream::new();
    let mut extra_fields = Vec::new();
    // The same as text, for the printed items; `None` where a piece is not printed
    // (multipart and non-JSON bodies).
    let mut body_text: Option<Option<BodyText>> = Some(None);
    if let Some(body) = &op.body {
        let ct = &body.content_type;
        match &body.kind {
            BodyKind::Multipart(parts) => {
                let mut form = Vec::new();
                for part in parts {
                    let pname = ident(&part.rust_name);
                    let wire = &part.wire_name;
                    let one = match &part.kind {
                        PartKind::File => quote!(FilePart),
                        PartKind::Text(t) | PartKind::Json(t) => rust_type(t, Ctx::Sibling),
                    };
                    let ty = if part.repeated {
                        quote!(Vec<#one>)
                    } else {
                        one
                    };
                    // A single file is taken as anything that makes one (bytes, say).
                    let (arg_ty, take) = match (&part.kind, part.repeated) {
                        (PartKind::File, false) => {
                            (quote!(impl Into<FilePart>), quote!(value.into()))
                        }
                        _ => (ty.clone(), quote!(value)),
                    };
                    let mut text = part.doc.clone().unwrap_or_else(|| {
                        format!("The `{}` part of the form.", wire.replace('`', "'"))
                    });
                    text.push_str(&part_doc(part, true));
                    let pdoc = doc(Some(&text));
                    match (part.required, part.repeated) {
                        (true, _) => {
                            extra_fields.push(quote!(#pname: #ty,));
                            body_arg.extend(quote!(#pname: #arg_ty,));
                            if part.kind == PartKind::File && !part.repeated {
                                body_init.extend(quote!(#pname: #pname.into(),));
                            } else {
                                body_init.extend(quote!(#pname,));
                            }
                        }
                        (false, true) => {
                            extra_fields.push(quote!(#pname: #ty,));
                            body_init.extend(quote!(#pname: Vec::new(),));
                            body_setter.extend(quote! {
                                #pdoc
                                pub fn #pname(mut self, value: #arg_ty) -> Self { self.#pname = #take; self }
                            });
                        }
                        (false, false) => {
                            extra_fields.push(quote!(#pname: Option<#ty>,));
                            body_init.extend(quote!(#pname: None,));
                            body_setter.extend(quote! {
                                #pdoc
                                pub fn #pname(mut self, value: #arg_ty) -> Self { self.#pname = Some(#take); self }
                            });
                        }
                    }
                    form.push(part_send(part, &quote!(self)));
                }
                body_text = None;
                body_send = quote! {
                    let mut form = reqwest::multipart::Form::new();
                    #(#form)*
                    request = request.multipart(form);
                };
            }
            kind => {
                let (ty, send) = match kind {
                    BodyKind::Json(t) => (rust_type(t, Ctx::Sibling), quote!(request.json(&body))),
                    BodyKind::Form { ty, nested } => {
                        (rust_type(ty, Ctx::Sibling), form_send(api, ty, nested, ct))
                    }
                    BodyKind::Bytes => (
                        quote!(Vec<u8>),
                        quote!(request.header(reqwest::header::CONTENT_TYPE, #ct).body(body)),
                    ),
                    BodyKind::Text => (
                        quote!(String),
                        quote!(request.header(reqwest::header::CONTENT_TYPE, #ct).body(body)),
                    ),
                    BodyKind::Choice(choices) => {
                        let (items, send) = choice_body(api, op, choices);
                        enums.push(items);
                        let name = format_ident!("{}Body", op.type_stem);
                        (quote!(#name), send)
                    }
                    BodyKind::Multipart(_) => unreachable!("handled above"),
                };
                let bdoc = doc(body.doc.as_deref());
                body_text = printed::type_text(&ty).map(|ty| {
                    let mut docs = vec!["The request body.".to_owned()];
                    if let Some(d) = body.doc.as_deref().filter(|d| !d.trim().is_empty()) {
                        docs.extend(sanitize_doc(d));
                    }
                    Some(BodyText {
                        ty,
                        required: body.required,
                        send: matches!(kind, BodyKind::Json(_))
                            .then(|| "request = request.json(&body);".to_owned()),
                        docs,
                    })
                });
                if body.required {
                    body_field = quote!(body: #ty,);
                    body_arg = quote!(body: #ty,);
                    body_init = quote!(body,);
                    body_send = quote!(let body = self.body; request = #send;);
                } else {
                    body_field = quote!(body: Option<#ty>,);
                    body_init = quote!(body: None,);
                    body_setter = quote! {
                        /// The request body.
                        #bdoc
                        pub fn body(mut self, body: #ty) -> Self { self.body = Some(body); self }
                    };
                    body_send = quote!(if let Some(body) = self.body { request = #send; });
                }
            }
        }
    }

    let fields = op.params.iter().map(|p| {
        let n = ident(&p.rust_name);
        let t = param_field_type(p);
        quote!(#n: #t,)
    });
    let args = required.iter().map(|p| arg(p).0);
    let inits = op.params.iter().map(|p| {
        let n = ident(&p.rust_name);
        if p.required {
            if p.ty == TypeRef::String {
                quote!(#n: #n.into(),)
            } else {
                quote!(#n,)
            }
        } else {
            quote!(#n: None,)
        }
    });
    let setters = optional.iter().map(|p| {
        let n = ident(&p.rust_name);
        let pdoc = doc(Some(&setter_doc(p)));
        if p.ty == TypeRef::String {
            quote!(#pdoc pub fn #n(mut self, value: impl Into<String>) -> Self { self.#n = Some(value.into()); self })
        } else {
            let t = rust_type(&p.ty, Ctx::Sibling);
            quote!(#pdoc pub fn #n(mut self, value: #t) -> Self { self.#n = Some(value); self })
        }
    });

    // URL building (tokens only when the item is formatted from them).
    let url_tokens = || {
        let mut url = Vec::new();
        for (k, seg) in op.segments.iter().enumerate() {
            match seg {
                Segment::Literal(l) => match l.chars().collect::<Vec<_>>().as_slice() {
                    [c] => url.push(quote!(url.push(#c);)),
                    _ => url.push(quote!(url.push_str(#l);)),
                },
                Segment::Param(i) => {
                    let p = &op.params[*i];
                    let n = ident(&p.rust_name);
                    let wire = &p.wire_name;
                    let slash = p.allow_slash;
                    if p.travels_as_items() {
                        let items = if needs_text(api, &p.ty) {
                            quote!(&support::param_texts(#wire, &self.#n)?)
                        } else {
                            quote!(&support::texts(&self.#n))
                        };
                        url.push(quote!(support::push_path_items(&mut url, #wire, #items)?;));
                        continue;
                    }
                    let value = if p.style == ParamStyle::Json {
                        quote!(&support::json_text(#wire, &self.#n)?)
                    } else if needs_text(api, &p.ty) {
                        quote!(&support::param_text(#wire, &self.#n)?)
                    } else if p.ty == TypeRef::String {
                        quote!(&self.#n)
                    } else {
                        quote!(&self.#n.to_string())
                    };
                    // Text after the value in the same segment: the value must not hide its start.
                    let stop = match op.segments.get(k + 1) {
                        Some(Segment::Literal(next)) => next.chars().next().filter(|c| *c != '/'),
                        _ => None,
                    };
                    match stop {
                        Some(stop) => url.push(
                            quote!(support::push_path_part(&mut url, #wire, #value, #stop)?;),
                        ),
                        None => {
                            url.push(quote!(support::push_path(&mut url, #wire, #value, #slash)?;))
                        }
                    }
                }
            }
        }
        url
    };
    let query = op.params_in(ParamLocation::Query).map(|p| {
        let n = ident(&p.rust_name);
        let wire = &p.wire_name;
        let separator = match p.array_style {
            ArrayStyle::Delimited(' ') => Some("%20".to_owned()),
            ArrayStyle::Delimited(c) => Some(c.to_string()),
            ArrayStyle::Repeated => None,
        };
        let object = |style: TokenStream, reserved: Vec<String>| {
            quote!(support::push_object(&mut url, #wire, support::entries(#wire, value)?, support::ObjectStyle::#style, &[#(#reserved),*])?;)
        };
        let body = match &p.style {
            ParamStyle::Json => {
                quote!(support::push_query(&mut url, #wire, &support::json_text(#wire, value)?);)
            }
            ParamStyle::Exploded(Some(_)) => object(quote!(Exploded), Vec::new()),
            ParamStyle::Exploded(None) => object(quote!(Exploded), claimed_query_keys(op, p)),
            ParamStyle::Flat => object(quote!(Flat), Vec::new()),
            // `Pairs` is a header style: it never reaches the query.
            ParamStyle::Deep | ParamStyle::Pairs => {
                quote!(support::push_nested(&mut url, #wire, value)?;)
            }
            ParamStyle::Plain if needs_text(api, &p.ty) => match (&p.ty, separator) {
                (TypeRef::Vec(_), Some(sep)) => {
                    quote!(support::push_query_joined(&mut url, #wire, &support::param_texts(#wire, value)?, #sep);)
                }
                (TypeRef::Vec(_), None) => quote! {
                    for value in support::param_texts(#wire, value)? { support::push_query(&mut url, #wire, &value); }
                },
                (TypeRef::Named(_), None) => quote! {
                    for value in support::param_text_items(#wire, value)? { support::push_query(&mut url, #wire, &value); }
                },
                _ => quote!(support::push_query(&mut url, #wire, &support::param_text(#wire, value)?);),
            },
            ParamStyle::Plain => {
                return match (&p.ty, p.required, separator) {
                    (TypeRef::Vec(_), true, Some(sep)) => {
                        quote!(support::push_query_joined(&mut url, #wire, &self.#n, #sep);)
                    }
                    (TypeRef::Vec(_), false, Some(sep)) => quote! {
                        if let Some(value) = &self.#n { support::push_query_joined(&mut url, #wire, value, #sep); }
                    },
                    (TypeRef::Vec(_), true, None) => quote!(for value in &self.#n { support::push_query(&mut url, #wire, value); }),
                    (TypeRef::Vec(_), false, None) => {
                        quote!(for value in self.#n.iter().flatten() { support::push_query(&mut url, #wire, value); })
                    }
                    (_, true, _) => quote!(support::push_query(&mut url, #wire, &self.#n);),
                    (_, false, _) => quote!(if let Some(value) = &self.#n { support::push_query(&mut url, #wire, value); }),
                };
            }
        };
        if p.required {
            quote!({ let value = &self.#n; #body })
        } else {
            quote!(if let Some(value) = &self.#n { #body })
        }
    });
    let text_of = |p: &Param| {
        let wire = &p.wire_name;
        match (&p.style, &p.ty) {
            (ParamStyle::Json, _) => quote!(support::json_text(#wire, value)?),
            (ParamStyle::Flat, _) => {
                quote!(support::object_header(#wire, support::entries(#wire, value)?, false)?)
            }
            (ParamStyle::Pairs, _) => {
                quote!(support::object_header(#wire, support::entries(#wire, value)?, true)?)
            }
            (_, TypeRef::Vec(_)) if needs_text(api, &p.ty) => {
                quote!(support::join(#wire, &support::param_texts(#wire, value)?)?)
            }
            _ if needs_text(api, &p.ty) => quote!(support::param_text(#wire, value)?),
            (_, TypeRef::Vec(_)) => quote!(support::join(#wire, value)?),
            _ => quote!(value.to_string()),
        }
    };
    let headers = op.params_in(ParamLocation::Header).map(|p| {
        let n = ident(&p.rust_name);
        let wire = &p.wire_name;
        let value = text_of(p);
        if p.required {
            quote!({ let value = &self.#n; request = request.header(#wire, #value); })
        } else {
            quote!(if let Some(value) = &self.#n { request = request.header(#wire, #value); })
        }
    });
    let cookie_params: Vec<TokenStream> = op
        .params_in(ParamLocation::Cookie)
        .map(|p| {
            let n = ident(&p.rust_name);
            let wire = &p.wire_name;
            let push = match (&p.style, &p.ty) {
                (ParamStyle::Plain, TypeRef::Vec(_)) if needs_text(api, &p.ty) => quote! {
                    support::push_cookie_items(&mut cookies, #wire, &support::param_texts(#wire, value)?);
                },
                (ParamStyle::Plain, TypeRef::Vec(_)) => quote! {
                    support::push_cookie_items(&mut cookies, #wire, &support::texts(value));
                },
                _ => {
                    let value = text_of(p);
                    quote!(support::push_cookie(&mut cookies, #wire, &#value);)
                }
            };
            if p.required {
                quote!({ let value = &self.#n; #push })
            } else {
                quote!(if let Some(value) = &self.#n { #push })
            }
        })
        .collect();
    let method = format_ident!("{}", op.method.as_str());
    // The per-operation code is synchronous (build the request, decode the body read
    // whole); the one async path is shared: compiling an async state machine per
    // operation was most of the crate's build.
    let declared: Vec<String> = {
        let mut names: Vec<String> = Vec::new();
        for r in op.successes() {
            for h in &r.headers {
                if !names.iter().any(|n| n.eq_ignore_ascii_case(&h.name)) {
                    names.push(h.name.clone());
                }
            }
        }
        names
    };
    let mut headers_text =
        "Sends the request and decodes the response, keeping its status and headers.".to_owned();
    if !declared.is_empty() {
        let list: Vec<String> = declared
            .iter()
            .map(|n| format!("`{}`", n.replace('`', "'")))
            .collect();
        headers_text.push_str(&format!(
            "\n\nThe document declares the response headers {}.",
            list.join(", ")
        ));
    }
    let Outcome {
        ty: ret,
        decode: decode_body,
        read: read_fn,
        text: outcome_text,
    } = outcome(op, enums);
    // The future is one named type for every operation, so that it is `Send` by its
    // fields: an opaque future per operation made the compiler prove that once each.
    let send_fn = || {
        let headers_doc = doc(Some(&headers_text));
        quote! {
            /// Sends the request and decodes the response.
            pub fn send(self) -> ResponseFuture<#ret> {
                support::send(self)
            }

            #headers_doc
            pub fn send_with_headers(self) -> ResponseFuture<Answer<#ret>> {
                support::send_with_headers(self)
            }
        }
    };
    let pagination = op.pagination.as_ref().map(|pg| {
        let page = rust_type(&TypeRef::Named(pg.page_type.clone()), Ctx::Sibling);
        let item = rust_type(&pg.item_type, Ctx::Sibling);
        let token_setter = ident(&op.params[pg.token_param].rust_name);
        let token_field = ident(&pg.token_field);
        let items_field = ident(&pg.items_field);
        let page_def = api.types.iter().find(|t| t.name == pg.page_type);
        let field = |name: &str| match page_def.map(|d| &d.kind) {
            Some(TypeKind::Struct { fields, .. }) => fields
                .iter()
                .find(|f| f.rust_name == name)
                .map(|f| f.presence()),
            _ => None,
        };
        let token_expr = match field(&pg.token_field) {
            Some(Presence::OptionalNullable) => quote!(page.#token_field.clone().flatten()),
            Some(Presence::Required) => quote!(Some(page.#token_field.clone())),
            _ => quote!(page.#token_field.clone()),
        };
        let items_expr = match field(&pg.items_field) {
            Some(Presence::Required) => quote!(page.#items_field),
            Some(Presence::OptionalNullable) => {
                quote!(page.#items_field.flatten().unwrap_or_default())
            }
            _ => quote!(page.#items_field.unwrap_or_default()),
        };
        quote! {
            /// Every page, following the `next_page` token from the first request until
            /// the server sends none (or sends the same token again).
            pub fn pages(self) -> impl futures::Stream<Item = Result<#page, Error>> + Send + 'a {
                futures::stream::try_unfold(Some(self), |state| async move {
                    let Some(request) = state else { return Ok(None) };
                    let sent = request.#token_setter.clone();
                    let next = request.clone();
                    let page = request.send().await?;
                    let token = #token_expr.filter(|t| !t.is_empty() && Some(t) != sent.as_ref());
                    Ok(Some((page, token.map(|t| next.#token_setter(t)))))
                })
            }

            /// Every item of every page, fetching pages as the stream is read.
            pub fn items(self) -> impl futures::Stream<Item = Result<#item, Error>> + Send + 'a {
                use futures::TryStreamExt;
                self.pages()
                    .map_ok(|page| futures::stream::iter(#items_expr.into_iter().map(Ok)))
                    .try_flatten()
            }
        }
    });
    let wire_method = quote!(reqwest::Method::#method);
    let must_use = MUST_USE;
    let has_setters = !optional.is_empty()
        || op.body.as_ref().is_some_and(|b| !b.required)
        || matches!(op.body.as_ref().map(|b| &b.kind), Some(BodyKind::Multipart(parts)) if parts.iter().any(|p| !p.required));
    let builder_doc = if has_setters {
        format!(
            " A request to [`Client::{}`]: set optional parameters, then `.await` it.",
            op.fn_name
        )
    } else {
        format!(" A request to [`Client::{}`]: `.await` it.", op.fn_name)
    };
    let has_mut_request = op.body.is_some() || op.params_in(ParamLocation::Header).next().is_some();
    let request_binding = if has_mut_request {
        quote!(let mut request)
    } else {
        quote!(let request)
    };
    let security: TokenStream = security_text(schemes, &op.security)
        .parse()
        .expect("security indices are Rust");
    let (cookies, request_call) = if cookie_params.is_empty() {
        (
            TokenStream::new(),
            quote!(support::request(self.client, #wire_method, url, #security)),
        )
    } else {
        (
            quote!(let mut cookies = String::new(); #(#cookie_params)*),
            quote!(support::request_with_cookies(self.client, #wire_method, url, cookies, #security)),
        )
    };
    // The printed items (`None` where one is not printed).
    let body_text = body_text.as_ref().map(Option::as_ref);
    let ret_text = printed::type_text(&ret);
    let method_text = body_text.and_then(|body| print_client_method(op, &doc_text, body));
    let method_fn = printed::impl_item(method_text, || {
        let docs = doc_lines(&doc_text);
        quote! {
            #docs
            pub fn #fn_name(&self, #(#args,)* #body_arg) -> #builder<'_> {
                #builder { client: self, #(#inits)* #body_init }
            }
        }
    });
    let into_future = printed::item(print_into_future(&builder.to_string(), &ret), || {
        quote! {
            impl IntoFuture for #builder<'_> {
                type Output = Result<#ret, Error>;
                type IntoFuture = ResponseFuture<#ret>;

                fn into_future(self) -> Self::IntoFuture {
                    self.send()
                }
            }
        }
    });
    let struct_text = body_text.and_then(|body| print_builder_struct(op, &builder_doc, body));
    let builder_struct = printed::item(struct_text, || {
        quote! {
            #[doc = #builder_doc]
            #[derive(Debug, Clone)]
            #[must_use = #must_use]
            pub struct #builder<'a> {
                client: &'a Client,
                #(#fields)*
                #body_field
                #(#extra_fields)*
            }
        }
    });
    let impl_text = match (body_text, &ret_text) {
        (Some(body), Some(ret)) if pagination.is_none() => {
            print_builder_impl(op, ret, &sanitize_doc(&headers_text), body)
        }
        _ => None,
    };
    let builder_impl = printed::item(impl_text, || {
        let send_fn_tokens = send_fn();
        quote! {
            impl<'a> #builder<'a> {
                #(#setters)*
                #body_setter

                #send_fn_tokens

                #pagination
            }
        }
    });
    let prepare_text = match (body_text, &ret_text, outcome_text) {
        (Some(body), Some(ret), Some((decode, text))) if cookie_params.is_empty() => {
            let declared = declared_error_arms(api, op, declared_errors);
            print_prepare(
                api,
                op,
                schemes,
                ret,
                decode,
                text,
                declared.as_deref(),
                body,
            )
        }
        _ => None,
    };
    let prepare = printed::item(prepare_text, || {
        let url_tokens = url_tokens();
        let declared_fn = declared_error_fn(api, op, declared_errors);
        quote! {
            impl support::Prepare for #builder<'_> {
                type Output = #ret;

                #declared_fn
                #read_fn

                fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {
                    let mut url = support::url(self.client);
                    #(#url_tokens)*
                    #(#query)*
                    #cookies
                    #request_binding = #request_call;
                    #(#headers)*
                    #body_send
                    Ok(request)
                }

                fn decode(status: reqwest::StatusCode, body: support::Body) -> Result<#ret, Error> {
                    #decode_body
                }
            }
        }
    });
    let builder_def = quote! {
        #builder_struct
        #builder_impl
        #prepare
        #into_future
    };
    (method_fn, builder_def)
}

/// The text of a request builder's `IntoFuture` impl.
fn print_into_future(builder: &str, ret: &TokenStream) -> Option<String> {
    let ret = printed::type_text(ret)?;
    let mut out = Lines::new();
    out.impl_header(0, "impl IntoFuture", &format!("{builder}<'_>"))?;
    out.typed(
        1,
        "type Output = ",
        &format!("Result<{ret}, Error>"),
        ";",
        1,
    )?;
    out.typed(
        1,
        "type IntoFuture = ",
        &format!("ResponseFuture<{ret}>"),
        ";",
        1,
    )?;
    out.fixed(1, "fn into_future(self) -> Self::IntoFuture {");
    out.fixed(2, "self.send()");
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

/// What the printed items need of an operation's body (JSON, form, text or bytes;
/// a multipart body is not printed).
struct BodyText {
    /// Its type.
    ty: String,
    required: bool,
    /// The statement that sends it, for a JSON body.
    send: Option<String>,
    /// The optional body's setter's doc lines.
    docs: Vec<String>,
}

/// The doc text of an optional parameter's setter: its description, and the
/// server's default.
fn setter_doc(p: &Param) -> String {
    let mut text = p
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` parameter.", p.wire_name));
    if let Some(d) = &p.default {
        text.push_str(&format!("\n\nThe server's default: `{d}`."));
    }
    text
}

/// A parameter's type as its field holds it (`Option<T>` when optional).
fn param_field_text(p: &Param) -> Option<String> {
    printed::type_text(&param_field_type(p))
}

/// A method's signature, `{head}(args) -> {ret} {`, as [`Lines::signature`] lays it
/// out.
fn signature(out: &mut Lines, indent: usize, head: &str, args: &[String], ret: &str) -> Option<()> {
    out.signature(indent, head, args, Some(ret), " {")
}

/// The text of the operation's method of `Client`: its required parameters and
/// body as arguments, the builder made from them.
fn print_client_method(op: &Operation, docs: &[String], body: Option<&BodyText>) -> Option<String> {
    let mut args = vec!["&self".to_owned()];
    let mut inits = vec!["client: self".to_owned()];
    for p in &op.params {
        let n = ident(&p.rust_name).to_string();
        match (p.required, p.ty == TypeRef::String) {
            (true, true) => {
                args.push(format!("{n}: impl Into<String>"));
                inits.push(format!("{n}: {n}.into()"));
            }
            (true, false) => {
                let ty = printed::type_text(&rust_type(&p.ty, Ctx::Sibling))?;
                args.push(format!("{n}: {ty}"));
                inits.push(n);
            }
            (false, _) => inits.push(format!("{n}: None")),
        }
    }
    match body {
        Some(b) if b.required => {
            args.push(format!("body: {}", b.ty));
            inits.push("body".to_owned());
        }
        Some(_) => inits.push("body: None".to_owned()),
        None => {}
    }
    let builder = ident(&op.type_stem).to_string();
    let name = ident(&op.fn_name).to_string();
    let mut out = Lines::new();
    out.doc(1, docs);
    signature(
        &mut out,
        1,
        &format!("pub fn {name}"),
        &args,
        &format!("{builder}<'_>"),
    )?;
    out.struct_literal(2, "", &builder, &inits, "")?;
    out.fixed(1, "}");
    Some(out.finish())
}

/// The text of a request builder's struct.
fn print_builder_struct(op: &Operation, doc: &str, body: Option<&BodyText>) -> Option<String> {
    let builder = ident(&op.type_stem).to_string();
    let mut out = Lines::new();
    out.doc(0, &[doc.trim_start().to_owned()]);
    out.fixed(0, "#[derive(Debug, Clone)]");
    out.line(
        0,
        &format!("#[must_use = {}]", printed::string_literal(MUST_USE)),
    )?;
    out.typed(0, "pub struct ", &format!("{builder}<'a>"), " {", 2)?;
    out.fixed(1, "client: &'a Client,");
    for p in &op.params {
        let n = ident(&p.rust_name);
        out.typed(1, &format!("{n}: "), &param_field_text(p)?, ",", 1)?;
    }
    match body {
        Some(b) if b.required => out.typed(1, "body: ", &b.ty, ",", 1)?,
        Some(b) => out.typed(1, "body: ", &format!("Option<{}>", b.ty), ",", 1)?,
        None => {}
    }
    out.fixed(0, "}");
    Some(out.finish())
}

/// The text of a request builder's methods: a setter per optional parameter (and
/// an optional body), `send` and `send_with_headers` (not for paginated operations).
fn print_builder_impl(
    op: &Operation,
    ret: &str,
    headers_doc: &[String],
    body: Option<&BodyText>,
) -> Option<String> {
    let builder = ident(&op.type_stem).to_string();
    let mut out = Lines::new();
    out.generic_impl(0, &["'a"], &format!("{builder}<'a>"))?;
    let setter =
        |out: &mut Lines, docs: &[String], name: &str, arg: &str, ty: &str, value: &str| {
            out.doc(1, docs);
            signature(
                out,
                1,
                &format!("pub fn {name}"),
                &["mut self".to_owned(), format!("{arg}: {ty}")],
                "Self",
            )?;
            out.line(2, &format!("self.{name} = Some({value});"))?;
            out.fixed(2, "self");
            out.fixed(1, "}");
            Some(())
        };
    for p in op.params.iter().filter(|p| !p.required) {
        let n = ident(&p.rust_name).to_string();
        let docs = sanitize_doc(&setter_doc(p));
        if p.ty == TypeRef::String {
            setter(
                &mut out,
                &docs,
                &n,
                "value",
                "impl Into<String>",
                "value.into()",
            )?;
        } else {
            let ty = printed::type_text(&rust_type(&p.ty, Ctx::Sibling))?;
            setter(&mut out, &docs, &n, "value", &ty, "value")?;
        }
    }
    if let Some(b) = body.filter(|b| !b.required) {
        setter(&mut out, &b.docs, "body", "body", &b.ty, "body")?;
    }
    let send_doc = ["Sends the request and decodes the response.".to_owned()];
    for (docs, name, output) in [
        (&send_doc[..], "send", ret.to_owned()),
        (headers_doc, "send_with_headers", format!("Answer<{ret}>")),
    ] {
        out.doc(1, docs);
        let tail = format!("ResponseFuture<{output}>");
        signature(
            &mut out,
            1,
            &format!("pub fn {name}"),
            &["self".to_owned()],
            &tail,
        )?;
        out.line(2, &format!("support::{name}(self)"))?;
        out.fixed(1, "}");
    }
    out.fixed(0, "}");
    Some(out.finish())
}

/// The text of a builder's `Prepare` impl, for an operation whose successes have one
/// body (`decode` decodes it) and that sends no cookies; `declared`: the arms of its
/// `declared_error`, if it has one.
#[allow(clippy::too_many_arguments)]
fn print_prepare(
    api: &Api,
    op: &Operation,
    schemes: &[&SecurityScheme],
    ret: &str,
    decode: &str,
    read_text: bool,
    declared: Option<&[(String, String)]>,
    body: Option<&BodyText>,
) -> Option<String> {
    let builder = ident(&op.type_stem).to_string();
    let lit = printed::string_literal;
    let mut out = Lines::new();
    out.impl_header(0, "impl support::Prepare", &format!("{builder}<'_>"))?;
    out.typed(1, "type Output = ", ret, ";", 1)?;
    if let Some(arms) = declared {
        out.fixed(
            1,
            "fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {",
        );
        out.fixed(2, "match status {");
        for (pat, value) in arms {
            if out.arm(3, pat, value).is_some() {
                continue;
            }
            // Too long, the value goes in a block; longer still, its chain breaks
            // a method per line.
            out.line(3, &format!("{pat} => {{"))?;
            if out.line(4, value).is_none() {
                let (first, rest) = value.split_once(".ok()")?;
                out.line(4, first)?;
                out.fixed(5, ".ok()");
                out.line(5, rest)?;
            }
            out.fixed(3, "}");
        }
        out.fixed(2, "}");
        out.fixed(1, "}");
    }
    if read_text {
        out.fixed(1, "fn read(_: u16) -> support::Read {");
        out.fixed(2, "support::Read::Text");
        out.fixed(1, "}");
    }
    out.fixed(
        1,
        "fn prepare(self) -> Result<reqwest::RequestBuilder, Error> {",
    );
    out.fixed(2, "let mut url = support::url(self.client);");
    let url = |s: &str| vec!["&mut url".to_owned(), s.to_owned()];
    for (k, seg) in op.segments.iter().enumerate() {
        match seg {
            Segment::Literal(l) => match l.chars().collect::<Vec<_>>().as_slice() {
                [c] => out.call(
                    2,
                    "url.push",
                    &[proc_macro2::Literal::character(*c).to_string()],
                    ";",
                )?,
                _ => out.call(2, "url.push_str", &[lit(l)], ";")?,
            },
            Segment::Param(i) => {
                let p = &op.params[*i];
                let n = ident(&p.rust_name);
                let wire = lit(&p.wire_name);
                if p.travels_as_items() {
                    let items = if needs_text(api, &p.ty) {
                        format!("&support::param_texts({wire}, &self.{n})?")
                    } else {
                        format!("&support::texts(&self.{n})")
                    };
                    let mut args = url(&wire);
                    args.push(items);
                    out.call(2, "support::push_path_items", &args, "?;")?;
                    continue;
                }
                let value = if p.style == ParamStyle::Json {
                    format!("&support::json_text({wire}, &self.{n})?")
                } else if needs_text(api, &p.ty) {
                    format!("&support::param_text({wire}, &self.{n})?")
                } else if p.ty == TypeRef::String {
                    format!("&self.{n}")
                } else {
                    format!("&self.{n}.to_string()")
                };
                let stop = match op.segments.get(k + 1) {
                    Some(Segment::Literal(next)) => next.chars().next().filter(|c| *c != '/'),
                    _ => None,
                };
                let mut args = url(&wire);
                args.push(value);
                match stop {
                    Some(stop) => {
                        args.push(proc_macro2::Literal::character(stop).to_string());
                        out.call(2, "support::push_path_part", &args, "?;")?;
                    }
                    None => {
                        args.push(p.allow_slash.to_string());
                        out.call(2, "support::push_path", &args, "?;")?;
                    }
                }
            }
        }
    }
    for p in op.params_in(ParamLocation::Query) {
        print_query(&mut out, api, op, p)?;
    }
    let mutable = if body.is_some() || op.params_in(ParamLocation::Header).next().is_some() {
        "let mut request = "
    } else {
        "let request = "
    };
    let method = format!("reqwest::Method::{}", op.method.as_str());
    let security = security_text(schemes, &op.security);
    out.call(
        2,
        &format!("{mutable}support::request"),
        &["self.client".to_owned(), method, "url".to_owned(), security],
        ";",
    )?;
    for p in op.params_in(ParamLocation::Header) {
        let n = ident(&p.rust_name);
        let set = format!(
            "request = request.header({}, {});",
            lit(&p.wire_name),
            value_text(api, p)
        );
        if p.required {
            out.fixed(2, "{");
            out.line(3, &format!("let value = &self.{n};"))?;
            out.line(3, &set)?;
            out.fixed(2, "}");
        } else {
            out.line(2, &format!("if let Some(value) = &self.{n} {{"))?;
            out.line(3, &set)?;
            out.fixed(2, "}");
        }
    }
    if let Some(b) = body {
        let send = b.send.as_deref()?;
        if b.required {
            out.fixed(2, "let body = self.body;");
            out.line(2, send)?;
        } else {
            out.fixed(2, "if let Some(body) = self.body {");
            out.line(3, send)?;
            out.fixed(2, "}");
        }
    }
    out.fixed(2, "Ok(request)");
    out.fixed(1, "}");
    signature(
        &mut out,
        1,
        "fn decode",
        &[
            "status: reqwest::StatusCode".to_owned(),
            "body: support::Body".to_owned(),
        ],
        &format!("Result<{ret}, Error>"),
    )?;
    out.fixed(2, decode);
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

/// A query parameter's statements in `prepare`, as the tokens of `emit_operation`
/// write them.
fn print_query(out: &mut Lines, api: &Api, op: &Operation, p: &Param) -> Option<()> {
    let lit = printed::string_literal;
    let n = ident(&p.rust_name);
    let wire = lit(&p.wire_name);
    let separator = match p.array_style {
        ArrayStyle::Delimited(' ') => Some("%20".to_owned()),
        ArrayStyle::Delimited(c) => Some(c.to_string()),
        ArrayStyle::Repeated => None,
    };
    let args = |more: &[String]| {
        let mut a = vec!["&mut url".to_owned(), wire.clone()];
        a.extend(more.iter().cloned());
        a
    };
    // A plain parameter of a type with `Display` is pushed straight from its field.
    if p.style == ParamStyle::Plain && !needs_text(api, &p.ty) {
        let field = format!("&self.{n}");
        match (&p.ty, p.required, separator) {
            (TypeRef::Vec(_), true, Some(sep)) => {
                return out.call(
                    2,
                    "support::push_query_joined",
                    &args(&[field, lit(&sep)]),
                    ";",
                );
            }
            (TypeRef::Vec(_), false, Some(sep)) => {
                out.line(2, &format!("if let Some(value) = &self.{n} {{"))?;
                out.call(
                    3,
                    "support::push_query_joined",
                    &args(&["value".to_owned(), lit(&sep)]),
                    ";",
                )?;
            }
            (TypeRef::Vec(_), true, None) => {
                out.line(2, &format!("for value in &self.{n} {{"))?;
                out.call(3, "support::push_query", &args(&["value".to_owned()]), ";")?;
            }
            (TypeRef::Vec(_), false, None) => {
                out.line(2, &format!("for value in self.{n}.iter().flatten() {{"))?;
                out.call(3, "support::push_query", &args(&["value".to_owned()]), ";")?;
            }
            (_, true, _) => return out.call(2, "support::push_query", &args(&[field]), ";"),
            (_, false, _) => {
                out.line(2, &format!("if let Some(value) = &self.{n} {{"))?;
                out.call(3, "support::push_query", &args(&["value".to_owned()]), ";")?;
            }
        }
        out.fixed(2, "}");
        return Some(());
    }
    // Any other: statements on `value`, in a block that binds it to the field (or
    // `if let`, for an optional parameter).
    if p.required {
        out.fixed(2, "{");
        out.line(3, &format!("let value = &self.{n};"))?;
    } else {
        out.line(2, &format!("if let Some(value) = &self.{n} {{"))?;
    }
    let object = |out: &mut Lines, style: &str, reserved: Vec<String>| {
        let reserved: Vec<String> = reserved.iter().map(|r| lit(r)).collect();
        let reserved = format!("&[{}]", reserved.join(", "));
        out.call(
            3,
            "support::push_object",
            &args(&[
                format!("support::entries({wire}, value)?"),
                format!("support::ObjectStyle::{style}"),
                reserved,
            ]),
            "?;",
        )
    };
    match &p.style {
        ParamStyle::Json => out.call(
            3,
            "support::push_query",
            &args(&[format!("&support::json_text({wire}, value)?")]),
            ";",
        )?,
        ParamStyle::Exploded(Some(_)) => object(out, "Exploded", Vec::new())?,
        ParamStyle::Exploded(None) => object(out, "Exploded", claimed_query_keys(op, p))?,
        ParamStyle::Flat => object(out, "Flat", Vec::new())?,
        ParamStyle::Deep | ParamStyle::Pairs => out.call(
            3,
            "support::push_nested",
            &args(&["value".to_owned()]),
            "?;",
        )?,
        ParamStyle::Plain => match (&p.ty, separator) {
            (TypeRef::Vec(_), Some(sep)) => out.call(
                3,
                "support::push_query_joined",
                &args(&[format!("&support::param_texts({wire}, value)?"), lit(&sep)]),
                ";",
            )?,
            (TypeRef::Vec(_), None) | (TypeRef::Named(_), None) => {
                let items = if matches!(p.ty, TypeRef::Vec(_)) {
                    "param_texts"
                } else {
                    "param_text_items"
                };
                out.line(
                    3,
                    &format!("for value in support::{items}({wire}, value)? {{"),
                )?;
                out.call(4, "support::push_query", &args(&["&value".to_owned()]), ";")?;
                out.fixed(3, "}");
            }
            _ => out.call(
                3,
                "support::push_query",
                &args(&[format!("&support::param_text({wire}, value)?")]),
                ";",
            )?,
        },
    }
    out.fixed(2, "}");
    Some(())
}

/// The text a header parameter's `value` is sent as.
fn value_text(api: &Api, p: &Param) -> String {
    let wire = printed::string_literal(&p.wire_name);
    match (&p.style, &p.ty) {
        (ParamStyle::Json, _) => format!("support::json_text({wire}, value)?"),
        (ParamStyle::Flat, _) => {
            format!("support::object_header({wire}, support::entries({wire}, value)?, false)?")
        }
        (ParamStyle::Pairs, _) => {
            format!("support::object_header({wire}, support::entries({wire}, value)?, true)?")
        }
        (_, TypeRef::Vec(_)) if needs_text(api, &p.ty) => {
            format!("support::join({wire}, &support::param_texts({wire}, value)?)?")
        }
        _ if needs_text(api, &p.ty) => format!("support::param_text({wire}, value)?"),
        (_, TypeRef::Vec(_)) => format!("support::join({wire}, value)?"),
        _ => "value.to_string()".to_owned(),
    }
}

/// An operation's security alternatives as indices into `schemes`:
/// `&[&[0], &[1, 2]]`.
fn security_text(schemes: &[&SecurityScheme], security: &Security) -> String {
    let Security::Required { alternatives, .. } = security else {
        return "&[]".to_owned();
    };
    let alts: Vec<String> = alternatives
        .iter()
        .map(|uses| {
            let idx: Vec<String> = uses
                .iter()
                .map(|u| {
                    schemes
                        .iter()
                        .position(|s| s.name == u.scheme.name)
                        .expect("every scheme an operation uses is listed")
                        .to_string()
                })
                .collect();
            format!("&[{}]", idx.join(", "))
        })
        .collect();
    format!("&[{}]", alts.join(", "))
}

/// The crate root of the client.
pub fn emit_lib(api: &Api, crate_name: &str) -> TokenStream {
    let title = format!(
        " A typed client for {} (version {}).",
        super::inline_text(&api.title),
        super::inline_text(&api.version)
    );
    let desc = inner_doc(api.description.as_deref());
    // One that every build has, when there is one.
    let example_op = api
        .operations
        .iter()
        .filter(|o| {
            o.params.iter().all(|p| !p.required)
                && o.body.is_none()
                && o.method == crate::model::Method::Get
        })
        .min_by_key(|o| api.features.operations.contains_key(&o.operation_id))
        .map(|o| o.fn_name.clone());
    let example = match example_op {
        Some(name) => vec![
            "# Example".to_owned(),
            String::new(),
            "```no_run".to_owned(),
            "# async fn run() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
            format!("let client = {crate_name}::Client::builder(\"https://api.example.com\")"),
            "    .bearer_token(\"token\")".to_owned(),
            "    .build()?;".to_owned(),
            format!("let answer = client.{name}().await?;"),
            "println!(\"{answer:?}\");".to_owned(),
            "# Ok(())".to_owned(),
            "# }".to_owned(),
            "```".to_owned(),
        ],
        None => Vec::new(),
    };
    // Paragraphs, each after a blank line.
    let desc = if desc.is_empty() {
        desc
    } else {
        quote!(#![doc = ""] #desc)
    };
    let example = if example.is_empty() {
        TokenStream::new()
    } else {
        let lines = inner_doc_lines(&example);
        quote!(#![doc = ""] #lines)
    };
    // Without operations, the support code has nothing to serve.
    let no_operations = api.operations.is_empty().then(|| {
        quote!(#[allow(dead_code, unused_imports, unused_variables, reason = "the document has no operations")])
    });
    let features = inner_doc_lines(&super::features_doc(api));
    let partial = super::partial_build_allow(api);
    quote! {
        #![doc = #title]
        #desc
        //!
        //! Every operation is a method of [`Client`] that returns a request builder:
        //! set optional parameters on it, then `.await` it (or call `.send()`).
        //! Errors of every kind are one [`Error`]; see its variants.
        #example
        #features
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]

        // Formatted by the generator; rustfmt would only churn it.
        #[rustfmt::skip]
        #no_operations
        #partial
        mod client;
        #[rustfmt::skip]
        #partial
        pub mod types;

        pub use client::*;
    }
}
