//! The server crate: the `Api` trait, a response type per operation, and a router
//! that authorizes, decodes and validates every request before calling the trait.

use super::client::operation_doc;
use super::printed::{self, Lines};
use super::runtime::snippet;
use super::{Ctx, doc, doc_lines, ident, inner_doc_lines, rust_type, sanitize_doc};
use crate::Config;
use crate::error::Error;
use crate::model::{
    Api, BodyKind, Operation, ParamLocation, ParamStyle, PartKind, ResponseBody, SchemeKind,
    Security, Segment, Status, TypeRef,
};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

const SUPPORT: &str = "server_support.rs";
/// Emitted only for documents with multipart bodies.
const MULTIPART: &str = "multipart_server.rs";

/// Responses that are the error model travel as `Err(ErrorModel)`; every other
/// documented response is a variant of the operation's response enum.
fn variants<'o>(api: &Api, op: &'o Operation) -> Vec<&'o crate::model::Response> {
    let error = TypeRef::Named(api.error.type_name.clone());
    op.responses
        .iter()
        .filter(|r| {
            r.status.is_success() || !matches!(&r.body, ResponseBody::Json(t) if *t == error)
        })
        .collect()
}

fn body_type(body: &ResponseBody) -> Option<TokenStream> {
    match body {
        ResponseBody::Empty => None,
        ResponseBody::Json(t) => Some(rust_type(t, Ctx::Sibling)),
        ResponseBody::Text => Some(quote!(String)),
        ResponseBody::Bytes => Some(quote!(Vec<u8>)),
    }
}

/// The name of `http::StatusCode`'s constant for a common status.
fn status_const(code: u16) -> Option<&'static str> {
    Some(match code {
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        203 => "NON_AUTHORITATIVE_INFORMATION",
        204 => "NO_CONTENT",
        205 => "RESET_CONTENT",
        206 => "PARTIAL_CONTENT",
        301 => "MOVED_PERMANENTLY",
        302 => "FOUND",
        303 => "SEE_OTHER",
        304 => "NOT_MODIFIED",
        307 => "TEMPORARY_REDIRECT",
        308 => "PERMANENT_REDIRECT",
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        409 => "CONFLICT",
        410 => "GONE",
        413 => "PAYLOAD_TOO_LARGE",
        422 => "UNPROCESSABLE_ENTITY",
        429 => "TOO_MANY_REQUESTS",
        500 => "INTERNAL_SERVER_ERROR",
        501 => "NOT_IMPLEMENTED",
        503 => "SERVICE_UNAVAILABLE",
        _ => return None,
    })
}

fn status_tokens(status: Status) -> TokenStream {
    match status {
        Status::Code(c) => match status_const(c) {
            Some(name) => {
                let name = ident(name);
                quote!(StatusCode::#name)
            }
            None => {
                let c = Literal::u16_unsuffixed(c);
                quote!(StatusCode::from_u16(#c).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
            }
        },
        _ => quote!(status),
    }
}

fn response_enum(api: &Api, op: &Operation) -> TokenStream {
    let name = format_ident!("{}Response", op.type_stem);
    let vs = variants(api, op);
    // Each variant: its doc text, and its name and members (without the doc) when
    // it prints.
    type Printed = (String, Vec<String>);
    let variant_parts: Vec<(String, Option<Printed>)> = vs
        .iter()
        .map(|r| {
            let v = &r.variant;
            let text = match r.status {
                Status::Code(c) => format!("{c}: {}", r.doc),
                Status::Range(d) => format!("{d}XX: {}", r.doc),
                Status::Default => format!("Any other status: {}", r.doc),
            };
            let status = if matches!(r.status, Status::Code(_)) {
                ""
            } else {
                "StatusCode"
            };
            let members = match body_type(&r.body) {
                None => Some(vec![status.to_owned()]),
                Some(t) => printed::type_text(&t)
                    .map(|t| [status.to_owned(), t].into_iter().collect::<Vec<_>>()),
            };
            let members = members.map(|m| {
                let m: Vec<String> = m.into_iter().filter(|m| !m.is_empty()).collect();
                (ident(v).to_string(), m)
            });
            (text, members)
        })
        .collect();
    let defs = vs.iter().zip(&variant_parts).map(|(r, (text, _))| {
        let d = doc(Some(text));
        let v = ident(&r.variant);
        let status_field = (!matches!(r.status, Status::Code(_))).then(|| quote!(StatusCode,));
        match body_type(&r.body) {
            None if status_field.is_some() => quote!(#d #v(StatusCode),),
            None => quote!(#d #v,),
            Some(t) => quote!(#d #v(#status_field #t),),
        }
    });
    let arms = vs.iter().map(|r| {
        let v = ident(&r.variant);
        let status = status_tokens(r.status);
        let ranged = !matches!(r.status, Status::Code(_));
        let (pat, value) = match (&r.body, ranged) {
            (ResponseBody::Empty, false) => (quote!(Self::#v), None),
            (ResponseBody::Empty, true) => (quote!(Self::#v(status)), None),
            (_, false) => (quote!(Self::#v(body)), Some(())),
            (_, true) => (quote!(Self::#v(status, body)), Some(())),
        };
        let make = match (&r.body, value) {
            (ResponseBody::Empty, _) | (_, None) => quote!(#status.into_response()),
            (ResponseBody::Json(_), _) => quote!(json_response(#status, &body)),
            (ResponseBody::Text, _) => {
                quote!(bytes_response(#status, "text/plain; charset=utf-8", body.into_bytes()))
            }
            (ResponseBody::Bytes, _) => {
                quote!(bytes_response(#status, "application/octet-stream", body))
            }
        };
        quote!(#pat => #make,)
    });
    // `From` for the common case: one variant with a body of that type. Types are
    // compared as the compiler sees them: aliases of one type (several error schemas
    // that are all any JSON value, say) are that type, and text is a `String`.
    let identity = |body: &ResponseBody| match body {
        ResponseBody::Empty => None,
        ResponseBody::Json(t) => Some(super::types::rust_identity(api, t)),
        ResponseBody::Text => Some(TypeRef::String),
        ResponseBody::Bytes => Some(TypeRef::Bytes),
    };
    let froms = vs
        .iter()
        .filter(|r| matches!(r.status, Status::Code(_)))
        .filter_map(|r| {
            let t = body_type(&r.body)?;
            let same = vs
                .iter()
                .filter(|o| identity(&o.body) == identity(&r.body))
                .count();
            (same == 1).then(|| {
                let v = ident(&r.variant);
                let text = print_from_body(&name.to_string(), &v.to_string(), &t);
                printed::item(text, || {
                    quote! {
                        impl From<#t> for #name {
                            fn from(body: #t) -> Self { Self::#v(body) }
                        }
                    }
                })
            })
        });
    let text = format!(
        " What [`Api::{}`] answers (errors travel as `Err`).",
        op.fn_name
    );
    let derive = if vs.is_empty() {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Debug, Clone, PartialEq)])
    };
    let into_response = printed::item(print_into_api_response(&name.to_string(), &vs), || {
        let body = if vs.is_empty() {
            quote!(match self {})
        } else {
            quote!(match self { #(#arms)* })
        };
        quote! {
            impl IntoApiResponse for #name {
                fn into_api_response(self) -> Response { #body }
            }
        }
    });
    let enum_text = (|| {
        let mut out = Lines::new();
        let derive = if vs.is_empty() {
            "#[derive(Debug)]"
        } else {
            "#[derive(Debug, Clone, PartialEq)]"
        };
        let docs = [text.trim_start().to_owned()];
        if !out.definition(&docs, derive, "enum", &name.to_string(), !vs.is_empty())? {
            return Some(out.finish());
        }
        for (doc_text, parts) in &variant_parts {
            out.doc(1, &sanitize_doc(doc_text));
            let (variant, members) = parts.as_ref()?;
            out.tuple_variant(1, variant, members)?;
        }
        out.fixed(0, "}");
        Some(out.finish())
    })();
    let definition = printed::item(enum_text, || {
        quote! {
            #[doc = #text]
            #derive
            pub enum #name { #(#defs)* }
        }
    });
    quote! {
        #definition
        #into_response
        #(#froms)*
    }
}

/// What a default method of the `Api` trait is printed from.
struct TraitMethod<'a> {
    docs: &'a [String],
    name: &'a str,
    /// The arguments after `&self`, as written.
    args: &'a [String],
    response: &'a str,
    /// What `let _ = ...;` discards: `context` or a tuple of the arguments.
    unused: &'a str,
    operation_id: &'a str,
}

/// The text of a default `Api` method that answers 501, at the trait's indentation.
fn print_trait_method(m: &TraitMethod<'_>) -> Option<String> {
    let mut out = Lines::new();
    out.doc(1, m.docs);
    let ret = format!("impl Future<Output = Result<{}, ErrorModel>>", m.response);
    let flat = format!(
        "fn {}(&self, {}) -> {ret} + Send {{",
        m.name,
        m.args.join(", ")
    );
    if 4 + flat.len() <= printed::MARGIN {
        // Never seen with these return types; left to the tokens.
        return None;
    }
    let args: Vec<String> = std::iter::once("&self".to_owned())
        .chain(m.args.iter().cloned())
        .collect();
    out.signature(1, &format!("fn {}", m.name), &args, Some(&ret), " + Send {")?;
    out.fixed(2, "async move {");
    out.line(3, &format!("let _ = {};", m.unused))?;
    let id = printed::string_literal(m.operation_id);
    out.nested_call(3, &["Err", "not_implemented"], &id, "")?;
    out.fixed(2, "}");
    out.fixed(1, "}");
    Some(out.finish())
}

/// The text of a response enum's `IntoApiResponse` impl: one arm per variant.
fn print_into_api_response(name: &str, variants: &[&crate::model::Response]) -> Option<String> {
    let mut out = Lines::new();
    out.impl_header(0, "impl IntoApiResponse", name)?;
    out.fixed(1, "fn into_api_response(self) -> Response {");
    if variants.is_empty() {
        out.fixed(2, "match self {}");
    } else {
        out.fixed(2, "match self {");
        for r in variants {
            let v = ident(&r.variant);
            let status = match r.status {
                Status::Code(c) => format!("StatusCode::{}", status_const(c)?),
                _ => "status".to_owned(),
            };
            let ranged = !matches!(r.status, Status::Code(_));
            let pattern = match (&r.body, ranged) {
                (ResponseBody::Empty, false) => format!("Self::{v}"),
                (ResponseBody::Empty, true) => format!("Self::{v}(status)"),
                (_, false) => format!("Self::{v}(body)"),
                (_, true) => format!("Self::{v}(status, body)"),
            };
            let make = match &r.body {
                ResponseBody::Empty => format!("{status}.into_response()"),
                ResponseBody::Json(_) => format!("json_response({status}, &body)"),
                ResponseBody::Text => format!(
                    "bytes_response({status}, \"text/plain; charset=utf-8\", body.into_bytes())"
                ),
                ResponseBody::Bytes => {
                    format!("bytes_response({status}, \"application/octet-stream\", body)")
                }
            };
            // Too long, a call goes in a block (a method call's layout is another
            // matter: such an item is formatted from tokens).
            if out.arm(3, &pattern, &make).is_none() {
                if make.ends_with(".into_response()") {
                    return None;
                }
                out.line(3, &format!("{pattern} => {{"))?;
                out.line(4, &make)?;
                out.fixed(3, "}");
            }
        }
        out.fixed(2, "}");
    }
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

/// The text of `impl From<Body> for Response`, for the variant that has that body.
fn print_from_body(name: &str, variant: &str, body: &TokenStream) -> Option<String> {
    let body = printed::type_text(body)?;
    let mut out = Lines::new();
    out.impl_header(0, &format!("impl From<{body}>"), name)?;
    out.line(1, &format!("fn from(body: {body}) -> Self {{"))?;
    out.line(2, &format!("Self::{variant}(body)"))?;
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

fn params_struct(api: &Api, op: &Operation, patterns: &mut Patterns) -> Option<TokenStream> {
    if op.params.is_empty() {
        return None;
    }
    let name = format_ident!("{}Params", op.type_stem);
    // Each field: its name, type and doc text.
    let field_parts: Vec<_> = op
        .params
        .iter()
        .map(|p| {
            let n = ident(&p.rust_name);
            let t = rust_type(&p.ty, Ctx::Sibling);
            let t = if p.required { t } else { quote!(Option<#t>) };
            let wire = &p.wire_name;
            let mut text = p
                .doc
                .clone()
                .unwrap_or_else(|| format!("The `{wire}` parameter."));
            if let Some(d) = &p.default {
                text.push_str(&format!(
                    "\n\nWhen absent, the document's default is `{d}`."
                ));
            }
            (n, t, text)
        })
        .collect();
    let fields = field_parts.iter().map(|(n, t, text)| {
        let d = doc(Some(text));
        quote!(#d pub #n: #t,)
    });
    // Each field read by the router's shared decoder: from where, and how.
    let reads: Vec<ParamRead> = op
        .params
        .iter()
        .map(|p| {
            let read = match &p.style {
                ParamStyle::Json => Some("Json"),
                // Each item of an array read as a union is its own value.
                ParamStyle::Plain if text_typed(api, &p.ty) => {
                    (!matches!(p.ty, TypeRef::Vec(_))).then_some("Text")
                }
                ParamStyle::Plain => Some("Plain"),
                ParamStyle::Deep => Some("Nested"),
                _ => Some("Object"),
            };
            // Plain reads take the short methods; `read` is then the other kinds only.
            let (method, read) = match (read, p.required) {
                (None, true) => ("each", None),
                (None, false) => ("each_opt", None),
                (Some("Plain"), true) => ("one", None),
                (Some("Plain"), false) => ("opt", None),
                (Some(read), true) => ("one_as", Some(read)),
                (Some(read), false) => ("opt_as", Some(read)),
            };
            ParamRead {
                field: ident(&p.rust_name),
                method,
                place: place_name(p.location),
                wire: &p.wire_name,
                read,
                required: p.required,
            }
        })
        .collect();
    // The reader is `read`, unless a parameter is.
    let mut reader = "read".to_owned();
    while op
        .params
        .iter()
        .any(|p| ident(&p.rust_name) == reader.as_str())
    {
        reader.push('_');
    }
    let checks = op
        .params
        .iter()
        .filter(|p| super::types::needs_validation(api, &p.ty))
        .map(|p| {
            let n = ident(&p.rust_name);
            let wire = &p.wire_name;
            quote!(checks.at(#wire, self.#n.validate());)
        })
        .collect::<Vec<_>>();
    // Parameters with a `pattern` (path parameters are checked while routing).
    let pattern_checks = op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
        .filter_map(|p| {
            let pattern = p.pattern.as_ref()?;
            let i = Literal::usize_unsuffixed(patterns.index(pattern));
            let n = ident(&p.rust_name);
            let wire = &p.wire_name;
            Some(match (&p.ty, p.required) {
                (TypeRef::String, true) => quote!(checks.at(#wire, check_pattern(#i, &self.#n));),
                (TypeRef::String, false) => quote! {
                    if let Some(value) = &self.#n { checks.at(#wire, check_pattern(#i, value)); }
                },
                _ => return None,
            })
        })
        .collect::<Vec<_>>();
    let bounds_checks = op
        .params
        .iter()
        .filter_map(|p| {
            let n = ident(&p.rust_name);
            let wire = &p.wire_name;
            let value = if p.required {
                quote!(Some(&self.#n))
            } else {
                quote!(self.#n.as_ref())
            };
            let check =
                super::types::bounds_check(api, &p.constraints, &p.ty, value, quote!(types::))?;
            Some(quote!(checks.at(#wire, #check);))
        })
        .collect::<Vec<_>>();
    let checks: Vec<TokenStream> = checks
        .into_iter()
        .chain(pattern_checks)
        .chain(bounds_checks)
        .collect();
    let text = format!(" The parameters of [`Api::{}`].", op.fn_name);
    let from_params = printed::item(
        print_from_params(&name.to_string(), &reader, &reads),
        || {
            let reader = ident(&reader);
            let lets = reads.iter().map(|r| {
                let ParamRead {
                    field,
                    method,
                    place,
                    wire,
                    read,
                    required: _,
                } = r;
                let (method, place) = (ident(method), ident(place));
                match read {
                    Some(read) => {
                        let read = ident(read);
                        quote!(let #field = #reader.#method(Place::#place, #wire, Read::#read);)
                    }
                    None => quote!(let #field = #reader.#method(Place::#place, #wire);),
                }
            });
            let unpack = reads.iter().filter(|r| r.required).map(|r| {
                let field = &r.field;
                quote!(let Some(#field) = #field else { return Err(#reader.failure()); };)
            });
            let fields = reads.iter().map(|r| &r.field);
            quote! {
                impl FromParams for #name {
                    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {
                        let mut #reader = given.reader();
                        #(#lets)*
                        #(#unpack)*
                        #reader.finish(#name { #(#fields),* })
                    }
                }
            }
        },
    );
    // Parameters without rules take the trait's `Ok(())`.
    let validate = if checks.is_empty() {
        let text = printed::empty_impl("impl types::Validate", &name.to_string());
        printed::item(text, || quote!(impl types::Validate for #name {}))
    } else {
        quote! {
            impl types::Validate for #name {
                fn validate(&self) -> Result<(), types::Invalid> {
                    #[allow(unused_imports)]
                    use types::Validate as _;
                    let mut checks = types::FirstInvalid::default();
                    #(#checks)*
                    checks.done()
                }
            }
        }
    };
    let definition = printed::item(
        (|| {
            let mut out = Lines::new();
            let docs = [text.trim_start().to_owned()];
            let derive = "#[derive(Debug, Clone, PartialEq)]";
            out.definition(&docs, derive, "struct", &name.to_string(), true)?;
            for (n, t, text) in &field_parts {
                out.doc(1, &sanitize_doc(text));
                out.typed(1, &format!("pub {n}: "), &printed::type_text(t)?, ",", 1)?;
            }
            out.fixed(0, "}");
            Some(out.finish())
        })(),
        || {
            quote! {
                #[doc = #text]
                #[derive(Debug, Clone, PartialEq)]
                pub struct #name { #(#fields)* }
            }
        },
    );
    Some(quote! {
        #definition
        #from_params
        #validate
    })
}

/// How the router reads one field of an operation's parameters:
/// `let field = read.method(Place::place, "wire"[, Read::read]);`, unpacked after
/// the reads when required.
struct ParamRead<'a> {
    field: proc_macro2::Ident,
    method: &'static str,
    place: &'static str,
    wire: &'a str,
    /// The `Read` kind, for the `_as` methods.
    read: Option<&'static str>,
    required: bool,
}

/// The text of a parameters struct's `FromParams` impl.
fn print_from_params(name: &str, reader: &str, reads: &[ParamRead]) -> Option<String> {
    // `prettyplease` keeps `read.finish(Name {` together only for a receiver of at
    // most four characters; a renamed reader (`read_`) is formatted from tokens.
    if reader.len() > 4 {
        return None;
    }
    let mut out = Lines::new();
    out.impl_header(0, "impl FromParams", name)?;
    out.fixed(
        1,
        "fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel> {",
    );
    out.line(2, &format!("let mut {reader} = given.reader();"))?;
    for r in reads {
        let wire = printed::string_literal(r.wire);
        let (field, method, place) = (&r.field, r.method, r.place);
        let mut args = vec![format!("Place::{place}"), wire];
        if let Some(read) = r.read {
            args.push(format!("Read::{read}"));
        }
        out.method_call(2, &format!("let {field} = "), reader, method, &args, ";")?;
    }
    for r in reads.iter().filter(|r| r.required) {
        let field = &r.field;
        out.let_else(2, &format!("Some({field})"), &field.to_string())?;
        out.line(3, &format!("return Err({reader}.failure());"))?;
        out.line(2, "};")?;
    }
    let members: Vec<String> = reads.iter().map(|r| r.field.to_string()).collect();
    out.struct_literal(2, &format!("{reader}.finish("), name, &members, ")")?;
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

/// The name of the runtime's `Place` of a parameter.
fn place_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "Path",
        ParamLocation::Query => "Query",
        ParamLocation::Header => "Header",
        ParamLocation::Cookie => "Cookie",
    }
}

/// True for parameter types (or array items) whose text the router decodes by trying
/// a number or boolean before a string: unions and mixed enums of scalars, and
/// untyped values.
fn text_typed(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Vec(inner) => text_typed(api, inner),
        TypeRef::Json => true,
        TypeRef::Named(n) => api.type_def(n).is_some_and(|d| {
            matches!(
                d.kind,
                crate::model::TypeKind::Union { .. } | crate::model::TypeKind::ValueEnum { .. }
            )
        }),
        _ => false,
    }
}

/// A parameter the router finds other than as a plain path or query pair: its name,
/// its `Place`'s name, and its `Shape` as text.
struct Source {
    name: String,
    place: &'static str,
    shape: String,
}

impl Source {
    /// `ParamSource { .. }` on one line.
    fn text(&self) -> String {
        format!(
            "ParamSource {{ name: {}, place: Place::{}, shape: {} }}",
            printed::string_literal(&self.name),
            self.place,
            self.shape
        )
    }
}

/// Where the router finds the parameters that are not plain path or query pairs.
fn param_sources(op: &Operation) -> Vec<Source> {
    let has_map = op
        .params_in(ParamLocation::Query)
        .any(|p| p.style == ParamStyle::Exploded(None));
    let mut sources: Vec<Source> = op
        .params
        .iter()
        .filter_map(|p| {
            if p.location == ParamLocation::Path {
                return None;
            }
            let shape = match (&p.style, &p.ty, p.array_style) {
                (ParamStyle::Exploded(Some(properties)), _, _) => {
                    let names: Vec<String> = properties
                        .iter()
                        .map(|n| printed::string_literal(n))
                        .collect();
                    format!("Shape::Exploded(&[{}])", names.join(", "))
                }
                (ParamStyle::Exploded(None), _, _) => "Shape::Map".to_owned(),
                (ParamStyle::Flat, _, _) => "Shape::Flat".to_owned(),
                (ParamStyle::Deep, _, _) => "Shape::Deep".to_owned(),
                (ParamStyle::Pairs, _, _) => "Shape::Pairs".to_owned(),
                (ParamStyle::Plain, TypeRef::Vec(_), crate::model::ArrayStyle::Delimited(c)) => {
                    format!("Shape::Split({})", Literal::character(c))
                }
                _ if p.location == ParamLocation::Query && has_map => "Shape::Claimed".to_owned(),
                _ if p.location == ParamLocation::Query => return None,
                _ => "Shape::Plain".to_owned(),
            };
            Some(Source {
                name: p.wire_name.clone(),
                place: place_name(p.location),
                shape,
            })
        })
        .collect();
    if has_map {
        if let Security::Required { alternatives, .. } = &op.security {
            let mut names: Vec<&str> = Vec::new();
            for u in alternatives.iter().flatten() {
                if let SchemeKind::ApiKey {
                    location: ParamLocation::Query,
                    name,
                } = &u.scheme.kind
                {
                    if !names.contains(&name.as_str())
                        && !op
                            .params_in(ParamLocation::Query)
                            .any(|p| &p.wire_name == name)
                    {
                        names.push(name);
                    }
                }
            }
            for name in names {
                sources.push(Source {
                    name: name.to_owned(),
                    place: "Query",
                    shape: "Shape::Claimed".to_owned(),
                });
            }
        }
    }
    sources
}

/// The Rust type of the body argument, and the `Decode` marker that reads it, as
/// text (`Own` for a type that reads itself, `FromBody`).
fn body_arg(op: &Operation) -> Option<(TokenStream, String)> {
    let body = op.body.as_ref()?;
    let (arg, marker) = match &body.kind {
        BodyKind::Json(t) => (rust_type(t, Ctx::Sibling), "Json"),
        BodyKind::Form { ty, nested } if nested.is_empty() => (rust_type(ty, Ctx::Sibling), "Form"),
        BodyKind::Form { ty, .. } => (rust_type(ty, Ctx::Sibling), "NestedForm"),
        BodyKind::Multipart(_) => {
            let t = format_ident!("{}Parts", op.type_stem);
            (quote!(#t), "Multipart")
        }
        BodyKind::Bytes => (quote!(RawBody), "Own"),
        BodyKind::Text => (quote!(String), "Own"),
        BodyKind::Choice(_) => {
            let t = format_ident!("{}Body", op.type_stem);
            (quote!(#t), "Own")
        }
    };
    Some(if body.required {
        (arg, marker.to_owned())
    } else {
        // An optional body: empty is `None`, else read by the marker.
        (quote!(Option<#arg>), format!("Optional({marker})"))
    })
}

/// The typed parts of a multipart body: a struct with a field per part, decoded from
/// the parts received and validated.
fn parts_struct(api: &Api, op: &Operation) -> Option<TokenStream> {
    let parts = op.body.as_ref()?.multipart()?;
    let name = format_ident!("{}Parts", op.type_stem);
    let fields = parts.iter().map(|part| {
        let n = ident(&part.rust_name);
        let one = match &part.kind {
            PartKind::File => quote!(FilePart),
            PartKind::Text(t) | PartKind::Json(t) => rust_type(t, Ctx::Sibling),
        };
        let ty = match (part.repeated, part.required) {
            (true, _) => quote!(Vec<#one>),
            (false, true) => one,
            (false, false) => quote!(Option<#one>),
        };
        let mut text = part
            .doc
            .clone()
            .unwrap_or_else(|| format!("The `{}` part.", part.wire_name.replace('`', "'")));
        text.push_str(&super::client::part_doc(part, false));
        let d = doc(Some(&text));
        quote!(#d pub #n: #ty,)
    });
    let takes = parts.iter().map(|part| {
        let n = ident(&part.rust_name);
        let wire = &part.wire_name;
        let take = match (&part.kind, part.repeated) {
            (PartKind::File, false) => quote!(parts.file(#wire)?),
            (PartKind::File, true) => quote!(parts.files(#wire)),
            (PartKind::Text(_), false) => quote!(parts.text(#wire)?),
            (PartKind::Text(_), true) => quote!(parts.texts(#wire)?),
            (PartKind::Json(_), _) => quote!(parts.json(#wire)?),
        };
        let take = match (part.required, part.repeated) {
            (true, false) => quote!(required_part(#wire, #take)?),
            (true, true) => quote!(some_parts(#wire, #take)?),
            (false, _) => take,
        };
        quote!(#n: #take,)
    });
    let checks: Vec<TokenStream> = parts
        .iter()
        .filter_map(|part| {
            let n = ident(&part.rust_name);
            let wire = &part.wire_name;
            let value = if part.required || part.repeated {
                quote!(Some(&self.#n))
            } else {
                quote!(self.#n.as_ref())
            };
            let own = part.value_type().map(|t| {
                if part.repeated {
                    TypeRef::Vec(Box::new(t.clone()))
                } else {
                    t.clone()
                }
            });
            let own = own?;
            let mut out = TokenStream::new();
            if super::types::needs_validation(api, &own) {
                out.extend(quote!(checks.at(#wire, self.#n.validate());));
            }
            if let Some(check) =
                super::types::bounds_check(api, &part.constraints, &own, value, quote!(types::))
            {
                out.extend(quote!(checks.at(#wire, #check);));
            }
            (!out.is_empty()).then_some(out)
        })
        .collect();
    let validate_body = if checks.is_empty() {
        quote!(Ok(()))
    } else {
        quote! {
            #[allow(unused_imports)]
            use types::Validate as _;
            let mut checks = types::FirstInvalid::default();
            #(#checks)*
            checks.done()
        }
    };
    let text = format!(
        " The parts of the multipart body of [`Api::{}`].",
        op.fn_name
    );
    Some(quote! {
        #[doc = #text]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name { #(#fields)* }

        impl FromParts for #name {
            fn from_parts(parts: &mut ReceivedParts) -> Result<Self, ErrorModel> {
                Ok(#name { #(#takes)* })
            }
        }

        impl types::Validate for #name {
            fn validate(&self) -> Result<(), types::Invalid> {
                #validate_body
            }
        }
    })
}

/// The body of an operation that takes several content types: an enum with a variant
/// per content type, decoded by the request's `Content-Type` (415 for another).
fn body_enum(op: &Operation) -> Option<TokenStream> {
    let BodyKind::Choice(choices) = &op.body.as_ref()?.kind else {
        return None;
    };
    let name = format_ident!("{}Body", op.type_stem);
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut accepted = Vec::new();
    for (i, c) in choices.iter().enumerate() {
        let v = ident(&c.variant);
        let types: Vec<&String> = std::iter::once(&c.content_type).chain(&c.also).collect();
        let list = types
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let (ty, decode) = match &c.kind {
            BodyKind::Json(t) => {
                let t = rust_type(t, Ctx::Sibling);
                (t.clone(), quote!(json_value::<#t>(bytes)))
            }
            BodyKind::Form { ty, nested } if nested.is_empty() => {
                let t = rust_type(ty, Ctx::Sibling);
                (t.clone(), quote!(form_value::<#t>(bytes)))
            }
            BodyKind::Form { ty, .. } => {
                let t = rust_type(ty, Ctx::Sibling);
                (t.clone(), quote!(nested_form_value::<#t>(bytes)))
            }
            BodyKind::Multipart(_) => {
                let t = format_ident!("{}Parts", op.type_stem);
                (
                    quote!(#t),
                    quote!(<Multipart as Decode<#t>>::decode(bytes, headers)),
                )
            }
            BodyKind::Text => (quote!(String), quote!(String::from_body(bytes, headers))),
            BodyKind::Bytes | BodyKind::Choice(_) => {
                (quote!(RawBody), quote!(RawBody::from_body(bytes, headers)))
            }
        };
        let text = format!(" Received as {list}.");
        variants.push(quote!(#[doc = #text] #v(#ty),));
        let index = if i + 1 == choices.len() {
            quote!(_)
        } else {
            let i = Literal::usize_unsuffixed(i);
            quote!(#i)
        };
        arms.push(quote!(#index => #decode.map(#name::#v),));
        accepted.push(quote!(&[#(#types),*]));
    }
    let text = format!(
        " The request body of [`Api::{}`], in the content type the request says it is.",
        op.fn_name
    );
    Some(quote! {
        #[doc = #text]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#variants)* }

        impl FromBody for #name {
            fn from_body(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Self, ErrorModel> {
                match body_choice(&bytes, headers, &[#(#accepted),*])? {
                    #(#arms)*
                }
            }
        }
    })
}

/// The security requirements operations share, each written once as a constant
/// named after what it asks (`REQUIRES_REPO_READ`) or, when that name would be long,
/// not plain ASCII or taken, numbered by first use (`REQUIREMENT_0`).
#[derive(Default)]
struct Requirements {
    /// Each requirement (alternatives, each the schemes' indices in `SECURITY_SCHEMES`
    /// with their scopes) and its constant's name.
    consts: Vec<(RequirementKey, String)>,
    numbered: usize,
}

/// Alternatives, each the schemes (by index) that must all be satisfied, with scopes.
type RequirementKey = Vec<Vec<(usize, Vec<String>)>>;

impl Requirements {
    /// The name of the constant holding `requirement`, `alternatives` by index.
    fn name(
        &mut self,
        requirement: RequirementKey,
        alternatives: &[Vec<crate::model::SchemeUse>],
        several_schemes: bool,
    ) -> &str {
        use heck::ToShoutySnakeCase;
        if let Some(i) = self.consts.iter().position(|(r, _)| *r == requirement) {
            return &self.consts[i].1;
        }
        // The scheme's name when the document has several or the use has no scopes.
        let words: Vec<String> = alternatives
            .iter()
            .map(|uses| {
                let all: Vec<String> = uses
                    .iter()
                    .map(|u| {
                        let mut w = Vec::new();
                        if several_schemes || u.scopes.is_empty() {
                            w.push(u.scheme.name.clone());
                        }
                        w.extend(u.scopes.iter().cloned());
                        w.join(" ")
                    })
                    .collect();
                all.join(" and ")
            })
            .collect();
        let derived = format!("REQUIRES_{}", words.join(" or ").to_shouty_snake_case());
        let fits = (10..=40).contains(&derived.len())
            && derived
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !self.consts.iter().any(|(_, n)| *n == derived);
        let name = if fits {
            derived
        } else {
            self.numbered += 1;
            format!("REQUIREMENT_{}", self.numbered - 1)
        };
        self.consts.push((requirement, name));
        &self.consts[self.consts.len() - 1].1
    }

    /// The constants, in order of first use. `OPS` lists every operation, gated or
    /// not, so they are never gated.
    fn items(&self) -> TokenStream {
        let items = self
            .consts
            .iter()
            .enumerate()
            .map(|(k, (requirement, name))| {
                let name = ident(name);
                let alts = requirement.iter().map(|uses| {
                    let uses = uses.iter().map(|(i, scopes)| {
                        let i = Literal::usize_unsuffixed(*i);
                        quote!((#i, &[#(#scopes),*]))
                    });
                    quote!(&[#(#uses),*])
                });
                let doc = (k == 0).then(|| {
                    quote! {
                        /// The security requirements of operations, each written once: alternatives,
                        /// any one of which suffices, each the schemes (by index into
                        /// `SECURITY_SCHEMES`) that must all be satisfied, with the scopes they grant.
                    }
                });
                quote! {
                    #doc
                    const #name: Requirement = &[#(#alts),*];
                }
            });
        quote!(#(#items)*)
    }
}

/// What `OPS` and `bind_operation` say of one operation, as text: printed when every
/// entry's layout is known, else parsed into tokens and formatted.
struct OpEntry {
    id: String,
    /// `&[]`, or the name of its requirement's constant.
    security: String,
    anonymous: bool,
    sources: Vec<Source>,
    /// The tag features gating its arm of `bind_operation`.
    features: Option<BTreeSet<String>>,
    /// The binder for its method's shape, and the binder's arguments.
    binder: &'static str,
    args: Vec<String>,
}

impl OpEntry {
    /// The `OpMeta` on one line.
    fn meta_text(&self) -> String {
        let sources: Vec<String> = self.sources.iter().map(Source::text).collect();
        format!(
            "OpMeta {{ id: {}, security: {}, anonymous: {}, sources: &[{}] }},",
            printed::string_literal(&self.id),
            self.security,
            self.anonymous,
            sources.join(", ")
        )
    }

    /// The arm of `bind_operation` on one line.
    fn arm_text(&self, index: usize) -> String {
        let cfg = self.features.as_ref().map(super::cfg_text);
        format!(
            "{} {index} => {}({}),",
            cfg.unwrap_or_default(),
            self.binder,
            self.args.join(", ")
        )
    }
}

/// The distinct `pattern`s of path and query parameters, by first use.
#[derive(Default)]
struct Patterns(Vec<String>);

impl Patterns {
    fn index(&mut self, pattern: &str) -> usize {
        match self.0.iter().position(|p| p == pattern) {
            Some(i) => i,
            None => {
                self.0.push(pattern.to_owned());
                self.0.len() - 1
            }
        }
    }

    /// A parameter's pattern in a route, as text: `Some(index)` or `None`.
    fn of(&mut self, p: &crate::model::Param) -> String {
        match &p.pattern {
            Some(pattern) => format!("Some({})", self.index(pattern)),
            None => "None".to_owned(),
        }
    }
}

/// One `/`-separated piece of a route: literal text, a whole-segment parameter, or
/// parameters sharing the segment with text (`{name}.zip`, `{a}.{b}`, `{id}:publish`).
enum Piece<'o> {
    Lit(String),
    Param(&'o crate::model::Param),
    Mixed(Vec<Part<'o>>),
}

/// A part of a segment shared by parameters and text.
enum Part<'o> {
    Lit(String),
    Param(&'o crate::model::Param),
}

/// The model's path template as route pieces, one per segment.
fn route_pieces(op: &Operation) -> Result<Vec<Piece<'_>>, Error> {
    let refuse = |why: &str| {
        Error::new(
            op.pointer.clone(),
            format!("the server cannot route {:?}: {why}", op.path),
        )
    };
    let mut segments: Vec<Vec<Part<'_>>> = vec![Vec::new()];
    for segment in &op.segments {
        match segment {
            Segment::Literal(text) => {
                for (i, part) in text.split('/').enumerate() {
                    if i > 0 {
                        segments.push(Vec::new());
                    }
                    if !part.is_empty() {
                        if let Some(last) = segments.last_mut() {
                            last.push(Part::Lit(part.to_owned()));
                        }
                    }
                }
            }
            Segment::Param(index) => {
                if let Some(last) = segments.last_mut() {
                    last.push(Part::Param(&op.params[*index]));
                }
            }
        }
    }
    segments
        .into_iter()
        .map(|mut parts| {
            Ok(match parts.as_slice() {
                [] => Piece::Lit(String::new()),
                [Part::Lit(text)] => Piece::Lit(text.clone()),
                [Part::Param(p)] => Piece::Param(p),
                _ => {
                    for pair in parts.windows(2) {
                        if let [Part::Param(a), Part::Param(b)] = pair {
                            return Err(refuse(&format!(
                                "{{{}}} and {{{}}} follow each other with no text between them",
                                a.wire_name, b.wire_name
                            )));
                        }
                    }
                    if parts
                        .iter()
                        .any(|p| matches!(p, Part::Param(p) if p.allow_slash))
                    {
                        return Err(refuse(
                            "a parameter with x-allow-slash must fill whole segments",
                        ));
                    }
                    Piece::Mixed(std::mem::take(&mut parts))
                }
            })
        })
        .collect()
}

/// Routing order: literal before shared segment before parameter before a parameter
/// spanning segments.
fn piece_rank(piece: &Piece<'_>) -> u8 {
    match piece {
        Piece::Lit(_) => 0,
        Piece::Mixed(_) => 1,
        Piece::Param(p) if p.allow_slash => 3,
        Piece::Param(_) => 2,
    }
}

/// A route's segments, as text.
fn route_segments(pieces: &[Piece<'_>], patterns: &mut Patterns) -> Vec<String> {
    let lit = printed::string_literal;
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(text) => format!("Seg::Lit({})", lit(text)),
            Piece::Param(p) => {
                let (wire, pattern) = (lit(&p.wire_name), patterns.of(p));
                if p.allow_slash {
                    format!("Seg::Slash({wire}, {pattern})")
                } else if p.travels_as_items() {
                    format!("Seg::List({wire})")
                } else {
                    format!("Seg::Param({wire}, {pattern})")
                }
            }
            Piece::Mixed(parts) => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|part| match part {
                        Part::Lit(text) => format!("Part::Lit({})", lit(text)),
                        Part::Param(p) => {
                            format!("Part::Param({}, {})", lit(&p.wire_name), patterns.of(p))
                        }
                    })
                    .collect();
                format!("Seg::Mixed(&[{}])", parts.join(", "))
            }
        })
        .collect()
}

/// `ROUTES`' doc comment.
const ROUTES_DOC: &str = "/// Routes: path template segments and the operations served there, most\n/// specific first.\n";

/// A route's segments and the methods served there (`("GET", 3)`), as text.
type RouteText = (Vec<String>, Vec<String>);

/// `ROUTES` as `prettyplease` prints it: a route per element, whole when it fits,
/// else its two lists one per line, each whole or an item per line. `None` for an
/// item too long for its line, or a table short enough for one line.
fn print_routes(routes: &[RouteText]) -> Option<String> {
    let mut out = Lines::new();
    out.fixed(0, &format!("static ROUTES: [Route; {}] = [", routes.len()));
    let mut whole = 0;
    for (k, (segs, methods)) in routes.iter().enumerate() {
        let last = k + 1 == routes.len();
        whole += usize::from(out.tuple_of_lists(1, &[segs, methods], last)?);
    }
    out.fixed(0, "];");
    // A table that fits on one line is not broken at all: left to the tokens.
    if whole == routes.len() && routes_text(routes).len() <= printed::MARGIN {
        return None;
    }
    Some(format!("{ROUTES_DOC}{}", out.finish()))
}

/// `ROUTES` on one line, without its doc comment: what its tokens are parsed from
/// when it is not printed.
fn routes_text(routes: &[RouteText]) -> String {
    let entries: Vec<String> = routes
        .iter()
        .map(|(segs, methods)| format!("(&[{}], &[{}])", segs.join(", "), methods.join(", ")))
        .collect();
    format!(
        "static ROUTES: [Route; {}] = [{}];",
        routes.len(),
        entries.join(", ")
    )
}

pub fn emit(api: &Api, config: &Config) -> Result<TokenStream, Error> {
    let error_model = ident(&api.error.type_name);
    let mut items = Vec::new();
    let mut trait_methods = Vec::new();
    let mut entries: Vec<OpEntry> = Vec::new();
    // (specificity rank, path, segment tokens, methods served)
    type Route = (Vec<u8>, String, Vec<String>, Vec<(String, usize)>);
    let mut routes: Vec<Route> = Vec::new();
    let mut patterns = Patterns::default();
    let mut requirements = Requirements::default();
    let schemes = super::client::schemes(api);

    for (index, op) in api.operations.iter().enumerate() {
        let cfg = super::cfg_features(api.features.of_operation(&op.operation_id).as_ref());
        items.push(super::gated(response_enum(api, op), &cfg));
        if let Some(b) = body_enum(op) {
            items.push(super::gated(b, &cfg));
        }
        if let Some(p) = parts_struct(api, op) {
            items.push(super::gated(p, &cfg));
        }
        let params = params_struct(api, op, &mut patterns);
        let has_params = params.is_some();
        if let Some(p) = params {
            items.push(super::gated(p, &cfg));
        }
        let fn_name = ident(&op.fn_name);
        let resp = format_ident!("{}Response", op.type_stem);
        let params_ty = format_ident!("{}Params", op.type_stem);
        let body = body_arg(op);
        let mut args = vec![quote!(context: RequestContext)];
        let mut names = vec!["context"];
        if has_params {
            args.push(quote!(params: #params_ty));
            names.push("params");
        }
        if let Some((ty, _)) = &body {
            args.push(quote!(body: #ty));
            names.push("body");
        }
        // What the default body discards: `context`, or a tuple of the arguments.
        let unused_text = match names.as_slice() {
            [one] => (*one).to_owned(),
            _ => format!("({})", names.join(", ")),
        };
        let unused: TokenStream = if let [one] = names.as_slice() {
            let one = ident(one);
            quote!(#one)
        } else {
            let names = names.iter().map(|n| ident(n));
            quote!((#(#names),*))
        };
        let id = &op.operation_id;
        let mut lines = operation_doc(op);
        let discovery = config.discovery_operation.as_deref() == Some(id.as_str());
        let success_json = op.successes().find_map(|r| match &r.body {
            ResponseBody::Json(TypeRef::Json | TypeRef::JsonObject) => Some(r.variant.clone()),
            _ => None,
        });
        let printable = !(discovery && success_json.is_some());
        let default_body = match (discovery, success_json) {
            (true, Some(variant)) => {
                lines.push(String::new());
                lines.push(
                    "Unless implemented, answers with this server's OpenAPI document, its `servers` pointing at this server.".to_owned(),
                );
                let v = ident(&variant);
                quote! {
                    let document = openapi_document(&context.headers);
                    let _ = #unused;
                    document.map(#resp::#v)
                }
            }
            _ => {
                lines.push(String::new());
                lines.push("Unless implemented, answers 501 Not Implemented.".to_owned());
                quote! {
                    let _ = #unused;
                    Err(not_implemented(#id))
                }
            }
        };
        let text = printable
            .then(|| {
                let mut arg_texts = vec!["context: RequestContext".to_owned()];
                if has_params {
                    arg_texts.push(format!("params: {params_ty}"));
                }
                if let Some((ty, _)) = &body {
                    arg_texts.push(format!("body: {}", printed::type_text(ty)?));
                }
                print_trait_method(&TraitMethod {
                    docs: &lines,
                    name: &fn_name.to_string(),
                    args: &arg_texts,
                    response: &resp.to_string(),
                    unused: &unused_text,
                    operation_id: id,
                })
            })
            .flatten();
        let method = printed::trait_item(text, || {
            let docs = doc_lines(&lines);
            quote! {
                #docs
                fn #fn_name(&self, #(#args),*) -> impl Future<Output = Result<#resp, ErrorModel>> + Send {
                    async move { #default_body }
                }
            }
        });
        trait_methods.push(super::gated(method, &cfg));
        let (security, anonymous) = match &op.security {
            Security::None => ("&[]".to_owned(), true),
            Security::Required {
                alternatives,
                optional,
            } => {
                let requirement = alternatives
                    .iter()
                    .map(|uses| {
                        uses.iter()
                            .map(|u| {
                                let i = schemes
                                    .iter()
                                    .position(|s| s.name == u.scheme.name)
                                    .expect("every scheme an operation uses is listed");
                                (i, u.scopes.clone())
                            })
                            .collect()
                    })
                    .collect();
                let name = requirements.name(requirement, alternatives, schemes.len() > 1);
                (name.to_owned(), *optional)
            }
        };
        // The method itself, by path: a binder per shape of its arguments.
        let (binder, marker) = match (has_params, &body) {
            (false, None) => ("bind_context", None),
            (true, None) => ("bind_params", None),
            (false, Some((_, marker))) => ("bind_body", Some(marker.clone())),
            (true, Some((_, marker))) => ("bind_params_body", Some(marker.clone())),
        };
        let args = ["meta", "parts", "path", "api", &format!("A::{fn_name}")]
            .into_iter()
            .map(str::to_owned)
            .chain(marker)
            .collect();
        entries.push(OpEntry {
            id: id.clone(),
            security,
            anonymous,
            sources: param_sources(op),
            features: api.features.of_operation(&op.operation_id),
            binder,
            args,
        });
        let pieces = route_pieces(op)?;
        let segs = route_segments(&pieces, &mut patterns);
        let rank: Vec<u8> = pieces.iter().map(piece_rank).collect();
        match routes.iter_mut().find(|r| r.1 == op.path) {
            Some(route) => route.3.push((op.method.as_str().to_owned(), index)),
            None => routes.push((
                rank,
                op.path.clone(),
                segs,
                vec![(op.method.as_str().to_owned(), index)],
            )),
        }
    }
    // Literal segments before parameters, and a route before its own prefix, so that a
    // parameter spanning segments (`x-allow-slash`) cannot swallow a longer route's tail.
    routes.sort_by(|a, b| {
        let common =
            a.0.iter()
                .zip(&b.0)
                .map(|(x, y)| x.cmp(y))
                .find(|o| o.is_ne());
        common
            .unwrap_or_else(|| b.0.len().cmp(&a.0.len()))
            .then_with(|| a.1.cmp(&b.1))
    });
    let route_texts: Vec<RouteText> = routes
        .into_iter()
        .map(|(_, _, segs, methods)| {
            let methods = methods
                .iter()
                .map(|(m, i)| format!("({}, {i})", printed::string_literal(m)))
                .collect();
            (segs, methods)
        })
        .collect();
    let routes_item = printed::item(print_routes(&route_texts), || {
        format!("{ROUTES_DOC}{}", routes_text(&route_texts))
            .parse()
            .expect("ROUTES is Rust")
    });
    let requirement_consts = requirements.items();
    let pattern_count = Literal::usize_unsuffixed(patterns.0.len());
    // regex-lite, and the `regex` crate for a pattern that needs Unicode classes
    // (see `Api::needs_full_regex`).
    let pattern_engine = if api.needs_full_regex() {
        quote! {
            /// Each pattern with its engine: regex-lite, or the `regex` crate for one
            /// that needs Unicode classes.
            mod pattern_engine {
                pub(super) enum Regex {
                    Lite(regex_lite::Regex),
                    Full(regex::Regex),
                }

                impl Regex {
                    pub(super) fn new(pattern: &str) -> Result<Self, regex::Error> {
                        match regex_lite::Regex::new(pattern) {
                            Ok(re) => Ok(Regex::Lite(re)),
                            Err(_) => regex::Regex::new(pattern).map(Regex::Full),
                        }
                    }

                    pub(super) fn is_match(&self, text: &str) -> bool {
                        match self {
                            Regex::Lite(re) => re.is_match(text),
                            Regex::Full(re) => re.is_match(text),
                        }
                    }
                }
            }
        }
    } else {
        quote!(
            use regex_lite as pattern_engine;
        )
    };
    let pattern_list = patterns.0.iter().map(|p| crate::model::engine_pattern(p).0);
    let support = snippet(SUPPORT);
    let multipart = super::client::has_multipart(api).then(|| snippet(MULTIPART));
    let scheme_count = Literal::usize_unsuffixed(schemes.len());
    let scheme_entries = schemes.iter().map(|s| {
        let name = &s.name;
        let carrier = match &s.kind {
            SchemeKind::Bearer => quote!(Carrier::Bearer),
            SchemeKind::Basic => quote!(Carrier::Basic),
            SchemeKind::ApiKey { location, name } => match location {
                ParamLocation::Header => quote!(Carrier::Header(#name)),
                ParamLocation::Query => quote!(Carrier::Query(#name)),
                _ => quote!(Carrier::Cookie(#name)),
            },
        };
        quote!((#name, #carrier))
    });
    let error_fn = error_constructor(api);
    let error_type_base = api.error.type_field.as_ref().map(|_| {
        let base = &config.error_type_base;
        quote! {
            /// Prefix of the `type` of error bodies the router writes.
            const ERROR_TYPE_BASE: &str = #base;
        }
    });
    let ops = printed::item(print_ops(&entries), || {
        let metas: String = entries.iter().map(OpEntry::meta_text).collect();
        format!("static OPS: [OpMeta; {}] = [{metas}];", entries.len())
            .parse()
            .expect("OPS is Rust")
    });
    let bind_operation = printed::item(print_bind_operation(&entries), || {
        let arms: String = entries
            .iter()
            .enumerate()
            .map(|(i, e)| e.arm_text(i))
            .collect();
        format!("{BIND_OPERATION_HEAD}{arms} {BIND_OPERATION_TAIL}")
            .parse()
            .expect("bind_operation is Rust")
    });
    Ok(quote! {
        //! The server side: implement [`Api`] (and [`Authenticator`]), then serve [`router`].
        // Errors are the document's error body, by value, as implementers return them.
        #![allow(clippy::result_large_err)]
        use super::types;
        use std::future::Future;

        /// The body of error responses.
        pub type ErrorModel = types::#error_model;

        #error_type_base

        /// The OpenAPI document this crate was generated from, as JSON.
        pub const OPENAPI_JSON: &str = include_str!("openapi.json");

        #error_fn

        /// One method per operation of the document. Every method has a default that
        /// answers 501 Not Implemented, so an implementation provides only what it serves.
        ///
        /// The router calls a method only after the request passed authentication, the
        /// operation's scope check, and decoding and validation of its parameters and body.
        pub trait Api: Send + Sync + 'static {
            #(#trait_methods)*
        }

        #(#items)*

        #requirement_consts

        #ops

        /// The document's security schemes (those its operations use): name, and where
        /// the credential travels.
        static SECURITY_SCHEMES: [(&str, Carrier); #scheme_count] = [#(#scheme_entries),*];

        /// The `pattern`s that path and query parameters must match.
        static PATTERNS: [&str; #pattern_count] = [#(#pattern_list),*];

        #pattern_engine

        #routes_item

        #bind_operation

        #multipart
        #support
    })
}

/// `bind_operation` down to its `match`, as `prettyplease` prints it.
const BIND_OPERATION_HEAD: &str = "\
/// Decodes and validates the parameters of operation `index` and binds its
/// method of `api`.
fn bind_operation<'a, A: Api>(
    api: &'a A,
    index: usize,
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
) -> Result<Bound<'a>, ErrorModel> {
    match index {
";

/// The end of `bind_operation`, after its arms.
const BIND_OPERATION_TAIL: &str = "_ => Err(not_implemented(\"unknown operation\")),\n    }\n}\n";

/// `OPS` as `prettyplease` prints it. An entry is a struct literal wider than it keeps
/// on one line, so a member per line; a member whose value has no break in it (a
/// string, a name, `&[]`) stays whole past the margin; the parameter sources, each a
/// struct literal of their own, break the same way. Without entries, `[]` stays on
/// one line: left to the tokens.
fn print_ops(entries: &[OpEntry]) -> Option<String> {
    if entries.is_empty() {
        return None;
    }
    let mut out = Lines::new();
    for e in entries {
        out.fixed(1, "OpMeta {");
        out.unbreakable(2, &format!("id: {},", printed::string_literal(&e.id)));
        out.unbreakable(2, &format!("security: {},", e.security));
        out.fixed(2, &format!("anonymous: {},", e.anonymous));
        if e.sources.is_empty() {
            out.fixed(2, "sources: &[],");
        } else {
            out.fixed(2, "sources: &[");
            for source in &e.sources {
                out.fixed(3, "ParamSource {");
                out.unbreakable(
                    4,
                    &format!("name: {},", printed::string_literal(&source.name)),
                );
                out.fixed(4, &format!("place: Place::{},", source.place));
                out.line(4, &format!("shape: {},", source.shape))?;
                out.fixed(3, "},");
            }
            out.fixed(2, "],");
        }
        out.fixed(1, "},");
    }
    out.fixed(0, "];");
    Some(format!(
        "static OPS: [OpMeta; {}] = [\n{}",
        entries.len(),
        out.finish()
    ))
}

/// `bind_operation` as `prettyplease` prints it: each arm its tag's `cfg`, then the
/// call, whole when it fits, else in a block, an argument per line when the block is
/// too narrow.
fn print_bind_operation(entries: &[OpEntry]) -> Option<String> {
    let mut out = Lines::new();
    for (index, e) in entries.iter().enumerate() {
        if let Some(features) = &e.features {
            out.cfg(2, &features.iter().cloned().collect::<Vec<_>>())?;
        }
        let pattern = index.to_string();
        let call = format!("{}({})", e.binder, e.args.join(", "));
        if out.arm(2, &pattern, &call).is_none() {
            out.line(2, &format!("{pattern} => {{"))?;
            out.call(3, e.binder, &e.args, "")?;
            out.fixed(2, "}");
        }
    }
    Some(format!(
        "{BIND_OPERATION_HEAD}{}        {BIND_OPERATION_TAIL}",
        out.finish()
    ))
}

/// `api_error` and `error_status`: the bridge between the router and the error model.
fn error_constructor(api: &Api) -> TokenStream {
    let e = &api.error;
    let name = ident(&e.type_name);
    let set = |f: &crate::model::ErrorField, value: TokenStream| {
        let n = ident(&f.rust_name);
        if f.required && value.to_string() == f.rust_name {
            quote!(#n,)
        } else if f.required {
            quote!(#n: #value,)
        } else {
            quote!(#n: Some(#value),)
        }
    };
    let status_ty = rust_type(&e.status_field.ty, Ctx::Sibling);
    let status = set(&e.status_field, quote!(#status_ty::from(status)));
    let title = e
        .title_field
        .as_ref()
        .map(|f| set(f, quote!(title.to_owned())));
    // Written last, so it takes `detail` and the aliases before it clone.
    let detail = e.detail_field.as_ref().map(|f| set(f, quote!(detail)));
    let aliases = e
        .detail_aliases
        .iter()
        .map(|f| set(f, quote!(detail.clone())));
    let title_aliases = e
        .title_aliases
        .iter()
        .map(|f| set(f, quote!(title.to_owned())));
    let kind = e
        .type_field
        .as_ref()
        .map(|f| set(f, quote!(format!("{ERROR_TYPE_BASE}{title}"))));
    let n = ident(&e.status_field.rust_name);
    let read = if e.status_field.required {
        quote!(u16::try_from(e.#n).unwrap_or(500))
    } else {
        quote!(e.#n.and_then(|s| u16::try_from(s).ok()).unwrap_or(500))
    };
    // Unused arguments are named `_x`, for an error schema without the field.
    let title_arg =
        if e.title_field.is_some() || e.type_field.is_some() || !e.title_aliases.is_empty() {
            quote!(title)
        } else {
            quote!(_title)
        };
    let detail_arg = if e.detail_field.is_some() || !e.detail_aliases.is_empty() {
        quote!(detail)
    } else {
        quote!(_detail)
    };
    quote! {
        fn api_error(status: u16, #title_arg: &str, #detail_arg: String) -> ErrorModel {
            #[allow(clippy::needless_update)]
            types::#name {
                #status
                #title
                #(#aliases)*
                #(#title_aliases)*
                #kind
                #detail
                ..Default::default()
            }
        }

        fn error_status(e: &ErrorModel) -> u16 {
            #read
        }
    }
}

/// The crate root of the server.
pub fn emit_lib(api: &Api, crate_name: &str) -> TokenStream {
    let title = format!(
        " axum server stubs for {} (version {}).",
        super::inline_text(&api.title),
        super::inline_text(&api.version)
    );
    // One that every build has, when there is one.
    let example_op = api
        .operations
        .iter()
        .filter(|o| o.params.is_empty() && o.body.is_none())
        .min_by_key(|o| api.features.operations.contains_key(&o.operation_id));
    let mut lines = vec![
        "Implement [`Api`] for the operations you serve (the rest answer 501), supply an"
            .to_owned(),
        "[`Authenticator`] that maps bearer tokens to principals and their scopes, and".to_owned(),
        "serve [`router`]. The router rejects bad input with an error body before your".to_owned(),
        "code runs: unknown routes (404), wrong methods (405), missing or invalid tokens"
            .to_owned(),
        "(401), missing scopes (403), malformed parameters or bodies (400), oversized".to_owned(),
        "bodies (413).".to_owned(),
    ];
    if let Some(op) = example_op {
        let fn_name = &op.fn_name;
        let resp = format!("{}Response", op.type_stem);
        lines.extend([
            String::new(),
            "# Example".to_owned(),
            String::new(),
            "```no_run".to_owned(),
            format!("use {crate_name}::{{Api, Authenticator, ErrorModel, Principal, RequestContext, ServerConfig}};"),
            String::new(),
            "struct MyServer;".to_owned(),
            String::new(),
            "impl Api for MyServer {".to_owned(),
            format!("    async fn {fn_name}(&self, context: RequestContext) -> Result<{crate_name}::{resp}, ErrorModel> {{"),
            format!("        Err({crate_name}::error(axum::http::StatusCode::NOT_FOUND, \"not_found\", \"nothing here\"))"),
            "    }".to_owned(),
            "}".to_owned(),
            String::new(),
            "struct Tokens;".to_owned(),
            String::new(),
            "impl Authenticator for Tokens {".to_owned(),
            "    async fn authenticate(&self, token: &str) -> Option<Principal> {".to_owned(),
            "        (token == \"secret\").then(|| Principal::new(\"admin\", [\"repo:read\"]))".to_owned(),
            "    }".to_owned(),
            "}".to_owned(),
            String::new(),
            "# async fn serve() -> std::io::Result<()> {".to_owned(),
            format!("let app = {crate_name}::router(MyServer, Tokens, ServerConfig::default());"),
            "let listener = tokio::net::TcpListener::bind(\"127.0.0.1:8080\").await?;".to_owned(),
            "axum::serve(listener, app).await".to_owned(),
            "# }".to_owned(),
            "```".to_owned(),
        ]);
    }
    // Without operations, the support code has nothing to serve.
    let no_operations = api.operations.is_empty().then(|| {
        quote!(#[allow(dead_code, unused_imports, unused_variables, clippy::match_single_binding, reason = "the document has no operations")])
    });
    lines.extend(super::features_doc(api));
    let docs = inner_doc_lines(&lines);
    let partial = super::partial_build_allow(api);
    quote! {
        #![doc = #title]
        //!
        #docs
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]

        // Formatted by the generator; rustfmt would only churn it.
        #[rustfmt::skip]
        #no_operations
        #partial
        mod server;
        #[rustfmt::skip]
        #partial
        pub mod types;

        pub use server::*;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A default method prints as its tokens format inside the trait (checked by
    /// `printed::trait_item` in this debug build), its return type on the closing
    /// line or spread over three, as the response's name grows past the margin.
    #[test]
    fn trait_methods_print_as_their_tokens_format_at_every_width() {
        let mut printed_count = 0;
        for len in 1..=60 {
            let response = format!("R{}Response", "x".repeat(len));
            let resp = ident(&response);
            let docs = vec![
                "Does a thing.".to_owned(),
                String::new(),
                "More.".to_owned(),
            ];
            let text = print_trait_method(&TraitMethod {
                docs: &docs,
                name: "do_it",
                args: &[
                    "context: RequestContext".to_owned(),
                    "params: DoItParams".to_owned(),
                ],
                response: &response,
                unused: "(context, params)",
                operation_id: "doIt",
            });
            printed_count += usize::from(text.is_some());
            let tokens = printed::trait_item(text, || {
                let docs = doc_lines(&docs);
                quote! {
                    #docs
                    fn do_it(&self, context: RequestContext, params: DoItParams) -> impl Future<Output = Result<#resp, ErrorModel>> + Send {
                        async move {
                            let _ = (context, params);
                            Err(not_implemented("doIt"))
                        }
                    }
                }
            });
            super::super::format_file(quote!(pub trait Api { #tokens })).expect("formats");
        }
        // Up to the name that would push the middle line past the margin.
        assert!(printed_count >= 30, "{printed_count}");
    }

    /// Equal requirements share one constant; names say what is asked, and fall back
    /// to numbers when long, not plain ASCII, or already taken by another requirement.
    #[test]
    fn requirements_are_named_after_what_they_ask_or_numbered() {
        use crate::model::{SchemeKind, SchemeUse, SecurityScheme};
        let scheme = |name: &str| SecurityScheme {
            name: name.to_owned(),
            setter: String::new(),
            kind: SchemeKind::Bearer,
            doc: None,
        };
        let uses = |scheme_name: &str, scopes: &[&str]| {
            vec![vec![SchemeUse {
                scheme: scheme(scheme_name),
                scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
            }]]
        };
        let mut r = Requirements::default();
        // The key: each scheme's index among the document's, with the scopes.
        let mut name = |alts: Vec<Vec<SchemeUse>>, several: bool| {
            let index = |n: &str| ["oauth", "key", "BearerToken"].iter().position(|s| *s == n);
            let key = alts
                .iter()
                .map(|a| {
                    a.iter()
                        .map(|u| {
                            (
                                index(&u.scheme.name).expect("a known scheme"),
                                u.scopes.clone(),
                            )
                        })
                        .collect()
                })
                .collect();
            r.name(key, &alts, several).to_owned()
        };
        assert_eq!(
            name(uses("oauth", &["repo:read"]), false),
            "REQUIRES_REPO_READ"
        );
        assert_eq!(
            name(uses("oauth", &["repo:read"]), false),
            "REQUIRES_REPO_READ"
        );
        assert_eq!(
            name(uses("BearerToken", &[]), false),
            "REQUIRES_BEARER_TOKEN"
        );
        // Another requirement whose name would be the same one's.
        assert_eq!(name(uses("oauth", &["repo.read"]), false), "REQUIREMENT_0");
        let long = "https://www.googleapis.com/auth/cloud-platform";
        assert_eq!(name(uses("oauth", &[long]), false), "REQUIREMENT_1");
        assert_eq!(name(uses("oauth", &["dépôt"]), false), "REQUIREMENT_2");
        let mut both = uses("oauth", &["a"]);
        both.extend(uses("key", &[]));
        // A document of several schemes names them.
        assert_eq!(name(both, true), "REQUIRES_OAUTH_A_OR_KEY");
        assert_eq!(r.consts.len(), 6);
    }
}
