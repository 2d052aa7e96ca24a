//! The `types` module: one Rust type per named schema.

use super::printed::{self, Lines};
use super::runtime::snippet;
use super::{Ctx, doc, ident, rust_type, sanitize_doc};
use crate::model::{
    Api, Bound, Constraints, Field, JsonType, Presence, TypeDef, TypeKind, TypeRef, Variant,
};
use crate::names;
use crate::overrides::TypeOptions;
use proc_macro2::TokenStream;
use quote::quote;

// Runtime files (`generator/runtime/`), spliced by `super::runtime`.
const DATES: &str = "types_support.rs";
const ENUMS: &str = "enum_support.rs";
const DOUBLE_OPTION: &str = "double_option.rs";
const STRUCTS: &str = "struct_support.rs";
const VALIDATE: &str = "validate.rs";
const TAGGED: &str = "tagged_support.rs";
const BASE64: &str = "base64_support.rs";

/// Every type reference of the API: fields, variants, targets, parameters, bodies
/// and responses.
pub(crate) fn all_type_refs(api: &Api) -> Vec<&TypeRef> {
    fn push<'a>(t: &'a TypeRef, out: &mut Vec<&'a TypeRef>) {
        out.push(t);
        if let TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) = t {
            push(inner, out);
        }
    }
    let mut out = Vec::new();
    for t in &api.types {
        match &t.kind {
            TypeKind::Struct {
                fields, additional, ..
            } => {
                fields.iter().for_each(|f| push(&f.ty, &mut out));
                if let Some(a) = additional {
                    push(a, &mut out);
                }
            }
            TypeKind::Union { variants } => variants.iter().for_each(|v| push(&v.ty, &mut out)),
            TypeKind::Tagged { variants, .. } => {
                variants.iter().for_each(|v| push(&v.ty, &mut out))
            }
            TypeKind::Alias { target } | TypeKind::Newtype { target } => push(target, &mut out),
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::ValueEnum { .. } => {}
        }
    }
    for op in &api.operations {
        op.params.iter().for_each(|p| push(&p.ty, &mut out));
        if let Some(body) = &op.body {
            if let crate::model::BodyKind::Json(t) | crate::model::BodyKind::Form { ty: t, .. } =
                &body.kind
            {
                push(t, &mut out);
            }
        }
        for r in &op.responses {
            if let crate::model::ResponseBody::Json(t) = &r.body {
                push(t, &mut out);
            }
        }
    }
    out
}

/// The crates the generated code uses beyond what every generated crate needs, by
/// the name a `Cargo.toml` gives them (`chrono`, `uuid`, `url`, `base64`, ...): the
/// first path segment of every configured type, and `base64` for `format: byte`.
pub fn extra_crates(api: &Api) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for t in all_type_refs(api) {
        match t {
            TypeRef::Base64 => {
                out.insert("base64".to_owned());
            }
            TypeRef::External(path) => {
                if let Some((first, _)) = path.trim_start_matches("::").split_once("::") {
                    if !["std", "core", "alloc", "crate", "super", "self"].contains(&first) {
                        out.insert(first.to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Emits the `types` module; `validate` adds the `Validate` impls the server needs.
pub fn emit(api: &Api, validate: bool) -> TokenStream {
    emit_with(api, validate, &TypeOptions::default())
}

/// Like [`emit`], with the user's type overrides and extra derives.
pub fn emit_with(api: &Api, validate: bool, options: &TypeOptions) -> TokenStream {
    let defs = api.types.iter().map(|t| {
        let items = match options.external(t) {
            Some(path) => emit_external(t, path),
            None => with_derives(emit_type(api, t, validate), &options.derives_of(t)),
        };
        super::gated(items, &super::cfg_features(api.features.of_type(&t.name)))
    });
    let dates = snippet(DATES);
    let has_enum = api
        .types
        .iter()
        .any(|t| matches!(t.kind, TypeKind::Enum { .. }));
    // `double_option` serves the derived decoders of structs with flattened members.
    let has_double = api.types.iter().any(|t| match &t.kind {
        TypeKind::Struct {
            fields, additional, ..
        } if !own_decoder(fields, additional.as_ref()) => fields
            .iter()
            .any(|f| FieldShape::of(api, f, validate).presence == Presence::OptionalNullable),
        _ => false,
    });
    let own_decoders = api.types.iter().any(|t| {
        matches!(&t.kind, TypeKind::Struct { fields, additional, .. } if own_decoder(fields, additional.as_ref()))
            && options.external(t).is_none()
    });
    let structs = if own_decoders {
        let support = snippet(STRUCTS);
        quote! {
            /// Whether an optional property that is not nullable refuses `null` (the
            /// server's types) or takes it as absent (the client's).
            #[allow(dead_code, reason = "not every document has optional properties")]
            const STRICT_NULLS: bool = #validate;
            #support
        }
    } else {
        TokenStream::new()
    };
    let enums = if has_enum {
        snippet(ENUMS)
    } else {
        TokenStream::new()
    };
    let double = if has_double {
        snippet(DOUBLE_OPTION)
    } else {
        TokenStream::new()
    };
    let refs = all_type_refs(api);
    let base64 = if refs.iter().any(|t| matches!(t, TypeRef::Base64)) {
        let validate_impl = validate.then(|| quote!(impl Validate for Base64 {}));
        let support = snippet(BASE64);
        quote!(#support #validate_impl)
    } else {
        TokenStream::new()
    };
    // Configured types have no rules beyond decoding.
    let externals: std::collections::BTreeSet<&String> = refs
        .iter()
        .filter_map(|t| match t {
            TypeRef::External(path) => Some(path),
            _ => None,
        })
        .collect();
    let external_impls = externals.into_iter().filter(|_| validate).map(|path| {
        let ty: TokenStream = path.parse().unwrap_or_default();
        quote!(impl Validate for #ty {})
    });
    let tagged = if api
        .types
        .iter()
        .any(|t| matches!(t.kind, TypeKind::Tagged { .. }))
    {
        snippet(TAGGED)
    } else {
        TokenStream::new()
    };
    let validate_support = if validate {
        snippet(VALIDATE)
    } else {
        TokenStream::new()
    };
    quote! {
        //! The data types of the API: one per schema of the document.
        #(#defs)*
        #dates
        #structs
        #enums
        #double
        #tagged
        #base64
        #(#external_impls)*
        #validate_support
    }
}

/// `pub type Name = user::Type;` for a type the configuration replaces.
fn emit_external(t: &TypeDef, path: &str) -> TokenStream {
    let name = ident(&t.name);
    let ty: syn::Type =
        syn::parse_str(path).unwrap_or_else(|_| syn::parse_quote!(serde_json::Value));
    let text = t
        .doc
        .clone()
        .unwrap_or_else(|| format!("The schema at `{}`.", t.pointer.replace('`', "'")));
    let docs = doc(Some(&format!(
        "{text}\n\nA type of the user's, as the configuration says."
    )));
    quote!(#docs pub type #name = #ty;)
}

/// Adds `extra` derives to the first `#[derive(...)]` of an emitted type (none for an
/// alias), skipping the ones it already has.
fn with_derives(tokens: TokenStream, extra: &[&str]) -> TokenStream {
    if extra.is_empty() {
        return tokens;
    }
    // Printed items back to tokens, to edit the derive among them.
    let tokens: TokenStream = super::format::split_items(tokens)
        .into_iter()
        .flat_map(super::format::expanded)
        .collect();
    let Ok(mut file) = syn::parse2::<syn::File>(tokens.clone()) else {
        return tokens;
    };
    let attrs = match file.items.first_mut() {
        Some(syn::Item::Struct(s)) => &mut s.attrs,
        Some(syn::Item::Enum(e)) => &mut e.attrs,
        _ => return tokens,
    };
    if let Some(attr) = attrs.iter_mut().find(|a| a.path().is_ident("derive")) {
        let Ok(list) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            return tokens;
        };
        let mut paths: Vec<syn::Path> = list.into_iter().collect();
        let last = |p: &syn::Path| p.segments.last().map(|s| s.ident.to_string());
        // Every generated type implements serde's traits already, derived or not.
        let implemented = ["Serialize", "Deserialize"];
        for d in extra {
            if let Ok(p) = syn::parse_str::<syn::Path>(d) {
                let name = last(&p);
                if !paths.iter().any(|q| last(q) == name)
                    && !implemented.contains(&name.as_deref().unwrap_or_default())
                {
                    paths.push(p);
                }
            }
        }
        *attr = syn::parse_quote!(#[derive(#(#paths),*)]);
    }
    quote!(#file)
}

/// How a field is spelled on one side: its presence there, and on the server, the
/// expression of its `default` when the document gives one that fits.
struct FieldShape {
    presence: Presence,
    /// On the server, an optional field with a default is the plain type, filled
    /// with this when absent.
    default: Option<TokenStream>,
}

impl FieldShape {
    fn of(api: &Api, f: &Field, server: bool) -> FieldShape {
        if !server {
            return FieldShape {
                presence: f.presence(),
                default: None,
            };
        }
        let presence = f.server_presence();
        let default = (presence == Presence::Optional && !f.boxed)
            .then(|| f.default.as_ref().and_then(|d| default_expr(api, &f.ty, d)))
            .flatten();
        FieldShape {
            presence: if default.is_some() {
                Presence::Required
            } else {
                presence
            },
            default,
        }
    }
}

/// A Rust expression of type `ty` for the JSON value `value`, when the value fits.
fn default_expr(api: &Api, ty: &TypeRef, value: &serde_json::Value) -> Option<TokenStream> {
    use serde_json::Value;
    Some(match (ty, value) {
        (TypeRef::String, Value::String(s)) => quote!(String::from(#s)),
        (TypeRef::Bool, Value::Bool(b)) => quote!(#b),
        (TypeRef::I32, Value::Number(n)) => {
            let v = proc_macro2::Literal::i32_suffixed(i32::try_from(n.as_i64()?).ok()?);
            quote!(#v)
        }
        (TypeRef::I64, Value::Number(n)) => {
            let v = proc_macro2::Literal::i64_suffixed(n.as_i64()?);
            quote!(#v)
        }
        (TypeRef::F32, Value::Number(n)) => {
            let v = proc_macro2::Literal::f32_suffixed(n.as_f64()? as f32);
            quote!(#v)
        }
        (TypeRef::F64, Value::Number(n)) => {
            let v = proc_macro2::Literal::f64_suffixed(n.as_f64()?);
            quote!(#v)
        }
        (TypeRef::DateTime, Value::String(s)) => quote!(DateTime::from(#s)),
        (TypeRef::Date, Value::String(s)) => quote!(Date::from(#s)),
        (TypeRef::Vec(_), Value::Array(a)) if a.is_empty() => quote!(Vec::new()),
        (TypeRef::Map(_), Value::Object(o)) if o.is_empty() => {
            quote!(std::collections::BTreeMap::new())
        }
        (TypeRef::JsonObject, Value::Object(o)) if o.is_empty() => quote!(serde_json::Map::new()),
        (TypeRef::Named(n), value) => {
            let name = ident(n);
            match &api.type_def(n)?.kind {
                TypeKind::Enum { variants } => {
                    let v = variants
                        .iter()
                        .find(|v| Some(v.wire_value.as_str()) == value.as_str())?;
                    let vn = ident(&v.rust_name);
                    quote!(#name::#vn)
                }
                TypeKind::IntEnum { variants } => {
                    let v = variants.iter().find(|v| Some(v.value) == value.as_i64())?;
                    let vn = ident(&v.rust_name);
                    quote!(#name::#vn)
                }
                TypeKind::ValueEnum { variants } => {
                    let v = variants.iter().find(|v| &v.value == value)?;
                    let vn = ident(&v.rust_name);
                    quote!(#name::#vn)
                }
                TypeKind::Alias { target } => default_expr(api, target, value)?,
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The Rust type of a field, with `Option`s for absence and null kept apart.
fn field_type(f: &Field, presence: Presence) -> TokenStream {
    let mut inner = rust_type(&f.ty, Ctx::Types);
    if f.boxed {
        inner = quote!(Box<#inner>);
    }
    match presence {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => quote!(Option<#inner>),
        Presence::OptionalNullable => quote!(Option<Option<#inner>>),
    }
}

/// serde attributes for a field. `strict` (the server's types) refuses `null` for an
/// optional field that is not nullable; the client accepts it as absent. `default`
/// names the function that fills an absent field. `own_decoder`: the struct is
/// serialized and decoded by generated impls, so it needs none.
fn field_serde(
    f: &Field,
    presence: Presence,
    strict: bool,
    default: Option<&str>,
    own_decoder: bool,
) -> TokenStream {
    if f.flatten {
        return quote!(#[serde(flatten)]);
    }
    // Serialized and decoded by generated impls: no serde attributes.
    if own_decoder {
        return TokenStream::new();
    }
    let rename = if f.rust_name != f.wire_name {
        let w = &f.wire_name;
        quote!(#[serde(rename = #w)])
    } else {
        TokenStream::new()
    };
    let presence = match (presence, default) {
        (_, Some(function)) => quote!(#[serde(default = #function)]),
        (Presence::Required, None) => TokenStream::new(),
        (Presence::RequiredNullable, None) => quote!(#[serde(default)]),
        (Presence::Optional, None) if strict => quote!(
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "non_null")]
        ),
        (Presence::Optional, None) => {
            quote!(#[serde(default, skip_serializing_if = "Option::is_none")])
        }
        (Presence::OptionalNullable, None) => quote!(
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "double_option")]
        ),
    };
    quote!(#rename #presence)
}

fn field_doc(f: &Field, shape: &FieldShape) -> TokenStream {
    doc(Some(&field_doc_text(f, shape)))
}

/// The text of a field's doc comment: its description, then notes on presence,
/// direction and default.
fn field_doc_text(f: &Field, shape: &FieldShape) -> String {
    let mut text = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` property.", f.wire_name.replace('`', "'")));
    let mut notes = Vec::new();
    match shape.presence {
        Presence::RequiredNullable => notes.push("Always present; may be null.".to_owned()),
        Presence::OptionalNullable => notes.push("`None`: absent; `Some(None)`: null.".to_owned()),
        Presence::Required | Presence::Optional => {}
    }
    if f.read_only {
        notes.push("Read-only: sent in responses, ignored in requests.".to_owned());
    }
    if f.write_only {
        notes.push("Write-only: sent in requests, absent from responses.".to_owned());
    }
    if let Some(d) = &f.default {
        let shown = d.to_string().replace('`', "'");
        notes.push(if shape.default.is_some() {
            format!("Default: `{shown}`, filled in when absent.")
        } else {
            format!("Default: `{shown}`.")
        });
    }
    for note in notes {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&note);
    }
    text
}

/// Whether a type's derive can include `Default`.
fn defaultable(api: &Api, fields: &[Field], server: bool) -> bool {
    fields.iter().all(|f| {
        FieldShape::of(api, f, server).presence != Presence::Required
            || match &f.ty {
                TypeRef::Named(n) => api
                    .types
                    .iter()
                    .find(|t| &t.name == n)
                    .is_some_and(|t| matches!(&t.kind, TypeKind::Struct { fields, .. } if defaultable_shallow(api, fields, server))),
                TypeRef::DateTime | TypeRef::Date | TypeRef::External(_) => false,
                _ => true,
            }
    })
}

fn defaultable_shallow(api: &Api, fields: &[Field], server: bool) -> bool {
    fields.iter().all(|f| {
        FieldShape::of(api, f, server).presence != Presence::Required
            || !matches!(
                f.ty,
                TypeRef::Named(_) | TypeRef::DateTime | TypeRef::Date | TypeRef::External(_)
            )
    })
}

/// Whether a struct gets a generated decoder (`FromFields`), which costs the compiler
/// far less than serde's derive: every struct but those with flattened members
/// (`allOf` parts, `additionalProperties`), whose decoding serde buffers.
fn own_decoder(fields: &[Field], additional: Option<&TypeRef>) -> bool {
    additional.is_none() && !fields.iter().any(|f| f.flatten)
}

/// A struct's `Serialize` impl through `FieldsOut` (runtime `struct_support.rs`),
/// writing what serde's derive would: each property under its wire name, optional ones
/// (without a default) left out when `None`.
fn fields_encoder(
    type_name: &str,
    fields: &[Field],
    shapes: &[FieldShape],
    default_fns: &[Option<String>],
) -> TokenStream {
    // Per field: its member name, wire name and whether it is left out when `None`.
    let members: Vec<(proc_macro2::Ident, &str, bool)> = fields
        .iter()
        .zip(shapes)
        .zip(default_fns)
        .map(|((f, shape), function)| {
            let optional = function.is_none()
                && matches!(
                    shape.presence,
                    Presence::Optional | Presence::OptionalNullable
                );
            (ident(&f.rust_name), f.wire_name.as_str(), optional)
        })
        .collect();
    let required = members.iter().filter(|(_, _, optional)| !optional).count();
    let text = (|| {
        let mut out = Lines::new();
        out.impl_header(0, "impl serde::Serialize", &ident(type_name).to_string())?;
        out.fixed(
            1,
            "fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
        );
        let present: Vec<String> = members
            .iter()
            .filter(|(_, _, optional)| *optional)
            .map(|(member, _, _)| format!("self.{member}.is_some()"))
            .collect();
        let name = printed::string_literal(type_name);
        let present_arg = if present.is_empty() {
            "&[]"
        } else {
            out.const_array(2, "let present = [", &present)?;
            "&present"
        };
        let args = [
            "serializer".to_owned(),
            name,
            required.to_string(),
            present_arg.to_owned(),
        ];
        if members.is_empty() {
            out.line(2, &format!("write_fields({}).end()", args.join(", ")))?;
        } else {
            out.call(2, "let mut out = write_fields", &args, ";")?;
            for (member, wire, optional) in &members {
                let method = if *optional { "optional" } else { "field" };
                let wire = printed::string_literal(wire);
                let value = format!("&self.{member}");
                out.call(2, &format!("out.{method}"), &[wire, value], ";")?;
            }
            out.line(2, "out.end()")?;
        }
        out.fixed(1, "}");
        out.fixed(0, "}");
        Some(out.finish())
    })();
    printed::item(text, || {
        let name = ident(type_name);
        let present: Vec<TokenStream> = members
            .iter()
            .filter(|(_, _, optional)| *optional)
            .map(|(member, _, _)| quote!(self.#member.is_some()))
            .collect();
        let required = proc_macro2::Literal::usize_unsuffixed(required);
        let (declare, present) = if present.is_empty() {
            (TokenStream::new(), quote!(&[]))
        } else {
            (quote!(let present = [#(#present),*];), quote!(&present))
        };
        let start = quote!(write_fields(serializer, #type_name, #required, #present));
        let body = if members.is_empty() {
            quote!(#start.end())
        } else {
            let writes = members.iter().map(|(member, wire, optional)| {
                let method = ident(if *optional { "optional" } else { "field" });
                quote!(out.#method(#wire, &self.#member);)
            });
            quote! {
                let mut out = #start;
                #(#writes)*
                out.end()
            }
        };
        quote! {
            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    #declare
                    #body
                }
            }
        }
    })
}

/// A struct's `Deserialize` impl through `FromFields` (runtime `struct_support.rs`):
/// a slot per property, filled as the properties come, then the struct built from
/// them. Unknown properties are skipped, or refused when `closed`.
fn fields_decoder(
    type_name: &str,
    fields: &[Field],
    shapes: &[FieldShape],
    default_fns: &[Option<String>],
    closed: bool,
) -> TokenStream {
    // Each slot is named after its field; the reader is `map`, unless a field is.
    let mut map = "map".to_owned();
    while fields.iter().any(|f| f.rust_name == map) {
        map.push('_');
    }
    let decoder = Decoder {
        type_name,
        map: &map,
        fields,
        shapes,
        default_fns,
        closed,
    };
    let deserialize = deserialize_through(type_name, "deserialize_fields");
    let from_fields = printed::item(decoder.text(), || decoder.tokens());
    quote!(#deserialize #from_fields)
}

/// A struct's `FromFields` impl, rendered as tokens or as printed text.
struct Decoder<'a> {
    type_name: &'a str,
    /// The name of the reader, `map` unless a field has that name.
    map: &'a str,
    fields: &'a [Field],
    shapes: &'a [FieldShape],
    default_fns: &'a [Option<String>],
    closed: bool,
}

/// The type of a field's slot in its decoder: the field's own type when the slot is
/// the member as it is (absence is `None`), `Option` of it when the member is taken
/// out of the slot (required, or filled by a default). Written out rather than
/// inferred from the struct literal at the end, which leaves every read in the loop
/// with an open type for the compiler to solve.
fn slot_type(f: &Field, shape: &FieldShape, default_fn: bool) -> TokenStream {
    let ty = field_type(f, shape.presence);
    if default_fn || shape.presence == Presence::Required {
        quote!(Option<#ty>)
    } else {
        ty
    }
}

/// The `Fields` method that reads a property of this presence into its slot.
fn take_method(presence: Presence) -> &'static str {
    match presence {
        Presence::Required | Presence::OptionalNullable => "value",
        Presence::RequiredNullable => "nullable",
        Presence::Optional => "optional",
    }
}

/// `impl Deserialize for {type_name}` through a runtime `function` of the same
/// signature (`deserialize_fields`, `deserialize_enum`).
fn deserialize_through(type_name: &str, function: &str) -> TokenStream {
    let text = (|| {
        let mut out = Lines::new();
        out.impl_header(
            0,
            "impl<'de> serde::Deserialize<'de>",
            &ident(type_name).to_string(),
        )?;
        out.fixed(1, "fn deserialize<D: serde::Deserializer<'de>>(");
        out.fixed(2, "deserializer: D,");
        out.fixed(1, ") -> Result<Self, D::Error> {");
        out.line(2, &format!("{function}(deserializer)"))?;
        out.fixed(1, "}");
        out.fixed(0, "}");
        Some(out.finish())
    })();
    printed::item(text, || {
        let (name, function) = (ident(type_name), ident(function));
        quote! {
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    #function(deserializer)
                }
            }
        }
    })
}

impl Decoder<'_> {
    /// The impl's tokens.
    fn tokens(&self) -> TokenStream {
        let Decoder {
            type_name,
            map,
            fields,
            shapes,
            default_fns,
            closed,
        } = *self;
        let map = ident(map);
        let wires = fields.iter().map(|f| &f.wire_name);
        let slots: Vec<proc_macro2::Ident> = fields.iter().map(|f| ident(&f.rust_name)).collect();
        let arms = shapes
            .iter()
            .zip(&slots)
            .enumerate()
            .map(|(i, (shape, slot))| {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                let take = ident(take_method(shape.presence));
                (i, quote!(#map.#take(&mut #slot)))
            });
        let read = match arms.collect::<Vec<_>>().as_slice() {
            // Every property is one the struct does not have: skipped (or refused).
            [] => quote!(#map.next_field()?;),
            [(i, take)] => quote!(while let Some(#i) = #map.next_field()? { #take?; }),
            // One `?` for the whole `match`: the compiler checks each far more
            // cheaply than a `?` per arm.
            arms => {
                let arms = arms.iter().map(|(i, take)| quote!(Some(#i) => #take,));
                quote! {
                    loop {
                        match #map.next_field()? {
                            #(#arms)*
                            _ => break,
                        }?;
                    }
                }
            }
        };
        let members = fields.iter().zip(shapes).zip(default_fns).zip(&slots).map(
            |(((f, shape), function), slot)| {
                let wire = &f.wire_name;
                if let Some(function) = function {
                    let function: TokenStream = function.parse().unwrap_or_default();
                    quote!(#slot: #slot.unwrap_or_else(#function))
                } else if shape.presence == Presence::Required {
                    quote!(#slot: #map.required(#slot, #wire)?)
                } else {
                    quote!(#slot)
                }
            },
        );
        let name = ident(type_name);
        let expecting = format!("struct {type_name}");
        let declare = fields.iter().zip(shapes).zip(default_fns).zip(&slots).map(
            |(((f, shape), function), slot)| {
                let ty = slot_type(f, shape, function.is_some());
                quote!(let mut #slot: #ty = None;)
            },
        );
        let closed = closed.then(|| {
            quote!(
                const CLOSED: bool = true;
            )
        });
        quote! {
            impl<'de> FromFields<'de> for #name {
                const EXPECTING: &'static str = #expecting;
                const FIELDS: &'static [&'static str] = &[#(#wires),*];
                #closed

                fn from_fields<A: serde::de::MapAccess<'de>>(mut #map: Fields<Self, A>) -> Result<Self, A::Error> {
                    #(#declare)*
                    #read
                    Ok(#name { #(#members),* })
                }
            }
        }
    }
    /// The impl's text, as `prettyplease` prints its tokens; `None` for a layout the
    /// printer does not know.
    fn text(&self) -> Option<String> {
        let Decoder {
            type_name,
            map,
            fields,
            shapes,
            default_fns,
            closed,
        } = *self;
        let name = ident(type_name).to_string();
        let slots: Vec<String> = fields
            .iter()
            .map(|f| ident(&f.rust_name).to_string())
            .collect();
        let mut out = Lines::new();
        out.impl_header(0, "impl<'de> FromFields<'de>", &name.to_string())?;
        let expecting = printed::string_literal(&format!("struct {type_name}"));
        out.unbreakable(1, &format!("const EXPECTING: &'static str = {expecting};"));
        // The names on one line, or one per line when they do not fit.
        let wires: Vec<String> = fields
            .iter()
            .map(|f| printed::string_literal(&f.wire_name))
            .collect();
        out.const_array(1, "const FIELDS: &'static [&'static str] = &[", &wires)?;
        if closed {
            out.line(1, "const CLOSED: bool = true;")?;
        }
        out.line(1, "fn from_fields<A: serde::de::MapAccess<'de>>(")?;
        out.line(2, &format!("mut {map}: Fields<Self, A>,"))?;
        out.line(1, ") -> Result<Self, A::Error> {")?;
        for (((f, shape), function), slot) in fields.iter().zip(shapes).zip(default_fns).zip(&slots)
        {
            let ty = printed::type_text(&slot_type(f, shape, function.is_some()))?;
            out.typed(2, &format!("let mut {slot}: "), &ty, " = None;", 3)?;
        }
        // `map.optional(&mut slot)`: the method, and its one argument.
        let take = |shape: &FieldShape, slot: &str| {
            (
                format!("{map}.{}", take_method(shape.presence)),
                vec![format!("&mut {slot}")],
            )
        };
        match (shapes, slots.as_slice()) {
            ([], _) => out.line(2, &format!("{map}.next_field()?;"))?,
            ([shape], [slot]) => {
                out.line(2, &format!("while let Some(0) = {map}.next_field()? {{"))?;
                let (method, args) = take(shape, slot);
                out.call(3, &method, &args, "?;")?;
                out.line(2, "}")?;
            }
            _ => {
                out.line(2, "loop {")?;
                out.line(3, &format!("match {map}.next_field()? {{"))?;
                for (i, (shape, slot)) in shapes.iter().zip(&slots).enumerate() {
                    // Too long, the call goes in a block, its argument on a line of
                    // its own when longer still.
                    let pattern = format!("Some({i})");
                    let (method, args) = take(shape, slot);
                    let call = format!("{method}({})", args.join(", "));
                    if out.arm(4, &pattern, &call).is_none() {
                        out.line(4, &format!("{pattern} => {{"))?;
                        out.call(5, &method, &args, "")?;
                        out.line(4, "}")?;
                    }
                }
                out.line(4, "_ => break,")?;
                out.line(3, "}?;")?;
                out.line(2, "}")?;
            }
        }
        let members: Vec<String> = fields
            .iter()
            .zip(shapes)
            .zip(default_fns)
            .zip(&slots)
            .map(|(((f, shape), function), slot)| {
                if let Some(function) = function {
                    format!("{slot}: {slot}.unwrap_or_else({function})")
                } else if shape.presence == Presence::Required {
                    let wire = printed::string_literal(&f.wire_name);
                    format!("{slot}: {map}.required({slot}, {wire})?")
                } else {
                    slot.clone()
                }
            })
            .collect();
        out.struct_literal(2, "Ok(", &name, &members, ")")?;
        out.line(1, "}")?;
        out.line(0, "}")?;
        Some(out.finish())
    }
}

/// The impls of a string enum: its values, conversions from and to text, serde's
/// traits, and on the server `Validate` (an unlisted value is refused).
fn string_enum_impls(type_name: &str, variants: &[Variant], validate: bool) -> TokenStream {
    let name = ident(type_name);
    let n = name.to_string();
    // Each variant's name and wire value, as printed.
    let pairs: Vec<(String, String)> = variants
        .iter()
        .map(|v| {
            (
                ident(&v.rust_name).to_string(),
                printed::string_literal(&v.wire_value),
            )
        })
        .collect();
    let values: Vec<String> = pairs.iter().map(|(_, w)| w.clone()).collect();
    let inherent = printed::item(
        print_match_impl(
            &format!("impl {n} {{"),
            |out| {
                out.line(1, "/// Every value the document lists.")?;
                out.const_array(1, "pub const VALUES: &'static [&'static str] = &[", &values)?;
                out.line(1, "/// The value as it is sent on the wire.")
            },
            "pub fn as_str(&self) -> &str {",
            "match self {",
            pairs.iter().map(|(v, w)| (format!("Self::{v}"), w.clone())),
            "Self::Unknown(value) => value,",
        ),
        || {
            let values = variants.iter().map(|v| &v.wire_value);
            let to_str = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let w = &v.wire_value;
                quote!(Self::#vn => #w,)
            });
            quote! {
                impl #name {
                    /// Every value the document lists.
                    pub const VALUES: &'static [&'static str] = &[#(#values),*];

                    /// The value as it is sent on the wire.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(#to_str)*
                            Self::Unknown(value) => value,
                        }
                    }
                }
            }
        },
    );
    let from = printed::item(
        print_match_impl(
            &format!("impl From<&str> for {n} {{"),
            |_| Some(()),
            "fn from(value: &str) -> Self {",
            "match value {",
            pairs.iter().map(|(v, w)| (w.clone(), format!("Self::{v}"))),
            "other => Self::Unknown(other.to_owned()),",
        ),
        || {
            let from_str = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let w = &v.wire_value;
                quote!(#w => Self::#vn,)
            });
            quote! {
                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        match value {
                            #(#from_str)*
                            other => Self::Unknown(other.to_owned()),
                        }
                    }
                }
            }
        },
    );
    // The rest is the same for every enum but its name.
    let fixed = |lines: &[(usize, &str)]| {
        let mut out = Lines::new();
        for (indent, line) in lines {
            if let Some(head) = line.strip_suffix(" for {N} {") {
                out.impl_header(*indent, head, &n)?;
            } else if line.contains("{N}") {
                out.line(*indent, &line.replace("{N}", &n))?;
            } else {
                out.fixed(*indent, line);
            }
        }
        Some(out.finish())
    };
    let from_str = printed::item(
        fixed(&[
            (0, "impl std::str::FromStr for {N} {"),
            (1, "type Err = std::convert::Infallible;"),
            (1, "fn from_str(value: &str) -> Result<Self, Self::Err> {"),
            (2, "Ok(Self::from(value))"),
            (1, "}"),
            (0, "}"),
        ]),
        || {
            quote! {
                impl std::str::FromStr for #name {
                    type Err = std::convert::Infallible;

                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        Ok(Self::from(value))
                    }
                }
            }
        },
    );
    let display = printed::item(
        fixed(&[
            (0, "impl std::fmt::Display for {N} {"),
            (
                1,
                "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
            ),
            (2, "f.write_str(self.as_str())"),
            (1, "}"),
            (0, "}"),
        ]),
        || {
            quote! {
                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
            }
        },
    );
    let serialize = printed::item(
        fixed(&[
            (0, "impl serde::Serialize for {N} {"),
            (
                1,
                "fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
            ),
            (2, "serializer.serialize_str(self.as_str())"),
            (1, "}"),
            (0, "}"),
        ]),
        || {
            quote! {
                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }
            }
        },
    );
    let deserialize = deserialize_through(type_name, "deserialize_enum");
    let validate_impl = validate.then(|| {
        printed::item(
            fixed(&[
                (0, "impl Validate for {N} {"),
                (1, "fn validate(&self) -> Result<(), Invalid> {"),
                (2, "match self {"),
                (
                    3,
                    "Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),",
                ),
                (3, "_ => Ok(()),"),
                (2, "}"),
                (1, "}"),
                (0, "}"),
            ]),
            || {
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self {
                                Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
                                _ => Ok(()),
                            }
                        }
                    }
                }
            },
        )
    });
    quote!(#inherent #from #from_str #display #serialize #deserialize #validate_impl)
}

/// `header` (at the top level), what `prelude` adds, then a method `signature`
/// whose body is one `match` of `arms` and a last arm.
fn print_match_impl(
    header: &str,
    prelude: impl FnOnce(&mut Lines) -> Option<()>,
    signature: &str,
    scrutinee: &str,
    arms: impl Iterator<Item = (String, String)>,
    last: &str,
) -> Option<String> {
    let mut out = Lines::new();
    let ty = header.strip_prefix("impl ")?.strip_suffix(" {")?;
    match ty.split_once(" for ") {
        Some((trait_, ty)) => out.impl_header(0, &format!("impl {trait_}"), ty)?,
        None => out.typed(0, "impl ", ty, " {", 2)?,
    }
    prelude(&mut out)?;
    out.line(1, signature)?;
    out.line(2, scrutinee)?;
    for (pattern, value) in arms {
        out.atom_arm(3, &pattern, &value)?;
    }
    out.line(3, last)?;
    out.fixed(2, "}");
    out.fixed(1, "}");
    out.fixed(0, "}");
    Some(out.finish())
}

fn emit_type(api: &Api, t: &TypeDef, validate: bool) -> TokenStream {
    let name = ident(&t.name);
    let fallback = format!(
        "The schema at `{}` in the document.",
        t.pointer.replace('`', "'")
    );
    // Built only where an item is formatted from tokens.
    let docs = || doc(Some(t.doc.as_deref().unwrap_or(&fallback)));
    match &t.kind {
        TypeKind::Struct {
            fields,
            additional,
            closed,
        } => {
            let shapes: Vec<FieldShape> = fields
                .iter()
                .map(|f| FieldShape::of(api, f, validate))
                .collect();
            let default_fns: Vec<Option<String>> = fields
                .iter()
                .zip(&shapes)
                .map(|(f, shape)| {
                    shape.default.as_ref().map(|_| {
                        format!(
                            "{}::default_{}",
                            names::snake(&t.name),
                            f.rust_name.trim_end_matches('_')
                        )
                    })
                })
                .collect();
            let own_decoder = own_decoder(fields, additional.as_ref());
            let defs =
                fields
                    .iter()
                    .zip(&shapes)
                    .zip(&default_fns)
                    .map(|((f, shape), function)| {
                        let fname = ident(&f.rust_name);
                        let ty = field_type(f, shape.presence);
                        let serde = field_serde(
                            f,
                            shape.presence,
                            validate,
                            function.as_deref(),
                            own_decoder,
                        );
                        let fdoc = field_doc(f, shape);
                        quote!(#fdoc #serde pub #fname: #ty,)
                    });
            // The functions that fill absent fields, in a module named after the type
            // (no schema name can take it: type names are camel case).
            let default_mod = default_fns.iter().any(Option::is_some).then(|| {
                let module = ident(&names::snake(&t.name));
                let fns = fields.iter().zip(&shapes).filter_map(|(f, shape)| {
                    let expr = shape.default.as_ref()?;
                    let fname = ident(&format!("default_{}", f.rust_name.trim_end_matches('_')));
                    let ty = field_type(f, Presence::Required);
                    Some(quote!(pub(super) fn #fname() -> #ty { #expr }))
                });
                let doc_text = format!(" The defaults of [`{}`]'s fields.", t.name);
                quote! {
                    #[doc = #doc_text]
                    mod #module {
                        #[allow(unused_imports, reason = "a default may name a type of this module")]
                        use super::*;
                        #(#fns)*
                    }
                }
            });
            let deny = (validate && *closed && !own_decoder)
                .then(|| quote!(#[serde(deny_unknown_fields)]));
            let extra = additional.as_ref().map(|a| {
                let ty = rust_type(a, Ctx::Types);
                quote!(
                    /// Properties beyond the ones named above.
                    #[serde(flatten)]
                    pub additional_properties: std::collections::BTreeMap<String, #ty>,
                )
            });
            let default = if defaultable(api, fields, validate) {
                quote!(Default,)
            } else {
                TokenStream::new()
            };
            let validate_impl = validate.then(|| {
                // Each field's bounds check, and whether it validates its own value.
                let rules: Vec<(&Field, Option<TokenStream>, bool)> = fields
                    .iter()
                    .zip(&shapes)
                    .map(|(f, shape)| {
                        let bounds = field_bounds_check(api, f, shape.presence);
                        (f, bounds, needs_validation(api, &f.ty))
                    })
                    .collect();
                let checks: Vec<_> = rules
                    .iter()
                    .flat_map(|(f, bounds, inner)| {
                        let fname = ident(&f.rust_name);
                        let wire = &f.wire_name;
                        let inner =
                            inner.then(|| quote!(checks.at(#wire, self.#fname.validate());));
                        let bounds = bounds
                            .as_ref()
                            .map(|check| quote!(checks.at(#wire, #check);));
                        bounds.into_iter().chain(inner)
                    })
                    .collect();
                let extra_check = additional
                    .as_ref()
                    .filter(|a| needs_validation(api, a))
                    .map(|_| quote!(checks.also(self.additional_properties.validate());));
                if checks.is_empty() && extra_check.is_none() {
                    // Nothing to check beyond decoding: the trait's default says so.
                    let text = printed::empty_impl("impl Validate", &name.to_string());
                    return printed::item(text, || quote!(impl Validate for #name {}));
                }
                // Printed when every check is a member's own `validate()` (bounds are
                // expressions of many shapes: such an impl is formatted from tokens).
                let text = (|| {
                    let mut out = Lines::new();
                    out.impl_header(0, "impl Validate", &name.to_string())?;
                    out.fixed(1, "fn validate(&self) -> Result<(), Invalid> {");
                    out.fixed(2, "let mut checks = FirstInvalid::default();");
                    for (f, bounds, inner) in &rules {
                        if bounds.is_some() {
                            return None;
                        }
                        if *inner {
                            let wire = printed::string_literal(&f.wire_name);
                            let member = ident(&f.rust_name);
                            let args = [wire, format!("self.{member}.validate()")];
                            out.method_call(2, "", "checks", "at", &args, ";")?;
                        }
                    }
                    if extra_check.is_some() {
                        out.fixed(2, "checks.also(self.additional_properties.validate());");
                    }
                    out.fixed(2, "checks.done()");
                    out.fixed(1, "}");
                    out.fixed(0, "}");
                    Some(out.finish())
                })();
                printed::item(text, || {
                    quote! {
                        impl Validate for #name {
                            fn validate(&self) -> Result<(), Invalid> {
                                let mut checks = FirstInvalid::default();
                                #(#checks)*
                                #extra_check
                                checks.done()
                            }
                        }
                    }
                })
            });
            // Serialized and decoded by generated impls, or by serde's derives.
            let (derive_serde, decoder) = if own_decoder {
                let encoder = fields_encoder(&t.name, fields, &shapes, &default_fns);
                let decoder =
                    fields_decoder(&t.name, fields, &shapes, &default_fns, validate && *closed);
                (TokenStream::new(), quote!(#encoder #decoder))
            } else {
                (
                    quote!(serde::Serialize, serde::Deserialize),
                    TokenStream::new(),
                )
            };
            let text = own_decoder
                .then(|| {
                    let mut out = Lines::new();
                    let docs = sanitize_doc(t.doc.as_deref().unwrap_or(&fallback));
                    let derive = if default.is_empty() {
                        "#[derive(Debug, Clone, PartialEq)]"
                    } else {
                        "#[derive(Debug, Clone, PartialEq, Default)]"
                    };
                    let name = name.to_string();
                    if !out.definition(&docs, derive, "struct", &name, !fields.is_empty())? {
                        return Some(out.finish());
                    }
                    for (f, shape) in fields.iter().zip(&shapes) {
                        out.doc(1, &sanitize_doc(&field_doc_text(f, shape)));
                        let ty = printed::type_text(&field_type(f, shape.presence))?;
                        out.typed(1, &format!("pub {}: ", ident(&f.rust_name)), &ty, ",", 1)?;
                    }
                    out.fixed(0, "}");
                    Some(out.finish())
                })
                .flatten();
            let definition = printed::item(text, || {
                let docs = docs();
                quote! {
                    #docs
                    #[derive(Debug, Clone, PartialEq, #default #derive_serde)]
                    #deny
                    pub struct #name {
                        #(#defs)*
                        #extra
                    }
                }
            });
            quote! {
                #definition
                #decoder
                #default_mod
                #validate_impl
            }
        }
        TypeKind::Enum { variants } => {
            let texts: Vec<(proc_macro2::Ident, String)> = variants
                .iter()
                .map(|v| {
                    let vn = ident(&v.rust_name);
                    // Control characters (a line break, a bare CR) cannot stand in a doc
                    // comment as they are: show them escaped.
                    let shown = if v.wire_value.chars().any(char::is_control) {
                        format!("{:?}", v.wire_value)
                    } else {
                        v.wire_value.clone()
                    };
                    let text = if shown.is_empty() {
                        " The empty string.".to_owned()
                    } else if shown.contains('`') {
                        format!(" `` {shown} ``")
                    } else {
                        format!(" `{shown}`")
                    };
                    (vn, text)
                })
                .collect();
            let impls = string_enum_impls(&t.name, variants, validate);
            let text = (|| {
                let mut out = Lines::new();
                let docs = sanitize_doc(t.doc.as_deref().unwrap_or(&fallback));
                let derive = "#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]";
                out.definition(&docs, derive, "enum", &name.to_string(), true)?;
                for (vn, text) in &texts {
                    // Each text is a space and the line.
                    out.doc(1, &[text.get(1..)?.to_owned()]);
                    out.line(1, &format!("{vn},"))?;
                }
                out.fixed(1, "/// A value this version of the document does not list.");
                out.fixed(1, "Unknown(String),");
                out.fixed(0, "}");
                Some(out.finish())
            })();
            let definition = printed::item(text, || {
                let defs = texts.iter().map(|(vn, text)| quote!(#[doc = #text] #vn,));
                let docs = docs();
                quote! {
                    #docs
                    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
                    pub enum #name {
                        #(#defs)*
                        /// A value this version of the document does not list.
                        Unknown(String),
                    }
                }
            });
            quote! {
                #definition
                #impls
            }
        }
        TypeKind::Union { variants } => {
            let defs = variants.iter().enumerate().map(|(i, v)| {
                let vn = ident(&v.rust_name);
                let mut ty = rust_type(&v.ty, Ctx::Types);
                if v.boxed {
                    ty = quote!(Box<#ty>);
                }
                let text = format!(" Alternative {} of the document's list.", i + 1);
                quote!(#[doc = #text] #vn(#ty),)
            });
            let validate_impl = validate.then(|| {
                let arms = variants.iter().map(|v| {
                    let vn = ident(&v.rust_name);
                    quote!(#name::#vn(value) => value.validate(),)
                });
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self { #(#arms)* }
                        }
                    }
                }
            });
            let docs = docs();
            quote! {
                #docs
                ///
                /// Decoding tries the variants in order and keeps the first that fits.
                #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#defs)*
                }
                #validate_impl
            }
        }
        TypeKind::Alias { target } => {
            let ty = rust_type(target, Ctx::Types);
            let docs = docs();
            quote!(#docs pub type #name = #ty;)
        }
        TypeKind::IntEnum { variants } => {
            let defs = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let text = format!(" `{}`", v.value);
                quote!(#[doc = #text] #vn,)
            });
            let to_int = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let n = proc_macro2::Literal::i64_unsuffixed(v.value);
                quote!(#name::#vn => #n,)
            });
            let from_int = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let n = proc_macro2::Literal::i64_unsuffixed(v.value);
                quote!(#n => #name::#vn,)
            });
            let values = variants
                .iter()
                .map(|v| proc_macro2::Literal::i64_unsuffixed(v.value));
            let validate_impl = validate.then(|| {
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self {
                                #name::Unknown(value) => Err(Invalid::new(format!(
                                    "{value} is not one of {:?}", #name::VALUES
                                ))),
                                _ => Ok(()),
                            }
                        }
                    }
                }
            });
            let docs = docs();
            quote! {
                #docs
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub enum #name {
                    #(#defs)*
                    /// A value this version of the document does not list.
                    Unknown(i64),
                }

                impl #name {
                    /// Every value the document lists.
                    pub const VALUES: &'static [i64] = &[#(#values),*];

                    /// The value as it is sent on the wire.
                    pub fn value(self) -> i64 {
                        match self {
                            #(#to_int)*
                            #name::Unknown(value) => value,
                        }
                    }
                }

                impl From<i64> for #name {
                    fn from(value: i64) -> Self {
                        match value {
                            #(#from_int)*
                            other => #name::Unknown(other),
                        }
                    }
                }

                impl std::str::FromStr for #name {
                    type Err = std::num::ParseIntError;

                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        value.parse::<i64>().map(#name::from)
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "{}", self.value())
                    }
                }

                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_i64(self.value())
                    }
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <i64 as serde::Deserialize>::deserialize(deserializer).map(#name::from)
                    }
                }

                #validate_impl
            }
        }
        TypeKind::ValueEnum { variants } => {
            let defs = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let text = format!(" `{}`", v.value.to_string().replace('`', "'"));
                quote!(#[doc = #text] #vn,)
            });
            let texts: Vec<String> = variants.iter().map(|v| v.value.to_string()).collect();
            let to_value = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let value = json_literal(&v.value);
                quote!(#name::#vn => #value,)
            });
            let all = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                quote!(#name::#vn)
            });
            let validate_impl = validate.then(|| {
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self {
                                #name::Unknown(value) => Err(Invalid::new(format!(
                                    "{value} is not one of {}", [#(#texts),*].join(", ")
                                ))),
                                _ => Ok(()),
                            }
                        }
                    }
                }
            });
            let docs = docs();
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name {
                    #(#defs)*
                    /// A value this version of the document does not list.
                    Unknown(serde_json::Value),
                }

                impl #name {
                    /// The value as it is sent on the wire.
                    pub fn value(&self) -> serde_json::Value {
                        match self {
                            #(#to_value)*
                            #name::Unknown(value) => value.clone(),
                        }
                    }
                }

                impl From<serde_json::Value> for #name {
                    fn from(value: serde_json::Value) -> Self {
                        [#(#all),*]
                            .into_iter()
                            .find(|known| known.value() == value)
                            .unwrap_or(#name::Unknown(value))
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        match self.value() {
                            serde_json::Value::String(s) => f.write_str(&s),
                            other => write!(f, "{other}"),
                        }
                    }
                }

                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serde::Serialize::serialize(&self.value(), serializer)
                    }
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <serde_json::Value as serde::Deserialize>::deserialize(deserializer).map(#name::from)
                    }
                }

                #validate_impl
            }
        }
        TypeKind::Tagged { property, variants } => {
            let defs = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let mut ty = rust_type(&v.ty, Ctx::Types);
                if v.boxed {
                    ty = quote!(Box<#ty>);
                }
                let tags = v
                    .tags
                    .iter()
                    .map(|t| format!("`{}`", t.replace('`', "'")))
                    .collect::<Vec<_>>()
                    .join(", ");
                let text = match v.json_type {
                    None => format!(" `{property}`: {tags}."),
                    Some(jt) => format!(
                        " A JSON {}: chosen by the type of the value, not by `{property}`.",
                        jt.name()
                    ),
                };
                quote!(#[doc = #text] #vn(#ty),)
            });
            let encode = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let tag = &v.tags[0];
                if v.declares_tag || v.json_type.is_some() {
                    quote!(#name::#vn(value) => serde::Serialize::serialize(value, serializer),)
                } else {
                    quote!(#name::#vn(value) => encode_tagged(value, #property, #tag, serializer),)
                }
            });
            let wrap = |v: &crate::model::TaggedVariant| {
                let vn = ident(&v.rust_name);
                if v.boxed {
                    quote!(|v| #name::#vn(Box::new(v)))
                } else {
                    quote!(#name::#vn)
                }
            };
            let decode = variants.iter().filter(|v| v.json_type.is_none()).map(|v| {
                let tags = &v.tags;
                let wrap = wrap(v);
                quote!(#(#tags)|* => from_tagged(value).map(#wrap),)
            });
            let by_type: Vec<_> = variants
                .iter()
                .filter_map(|v| v.json_type.map(|jt| (jt, v)))
                .collect();
            // Members that are not objects are chosen by the JSON type of the value;
            // objects by their tag.
            let read_tag = if by_type.is_empty() {
                quote!(let (tag, value) = decode_tagged(deserializer, #property)?;)
            } else {
                let arms = by_type.iter().map(|(jt, v)| {
                    let pattern = match jt {
                        JsonType::Array => quote!(serde_json::Value::Array(_)),
                        JsonType::String => quote!(serde_json::Value::String(_)),
                        JsonType::Number => quote!(serde_json::Value::Number(_)),
                        JsonType::Boolean => quote!(serde_json::Value::Bool(_)),
                    };
                    let wrap = wrap(v);
                    quote!(#pattern => return from_tagged(value).map(#wrap),)
                });
                let expected = format!(
                    "expected an object or a JSON {}",
                    by_type
                        .iter()
                        .map(|(jt, _)| jt.name())
                        .collect::<Vec<_>>()
                        .join(" or ")
                );
                quote! {
                    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                    match &value {
                        #(#arms)*
                        serde_json::Value::Object(_) => {}
                        _ => return Err(serde::de::Error::custom(#expected)),
                    }
                    let tag = tag_of(&value, #property)?;
                }
            };
            let unknown_doc =
                format!(" A `{property}` this version of the document does not list.");
            let validate_impl = validate.then(|| {
                let arms = variants.iter().map(|v| {
                    let vn = ident(&v.rust_name);
                    quote!(#name::#vn(value) => value.validate(),)
                });
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self {
                                #(#arms)*
                                #name::Unknown(value) => Err(Invalid::new(format!(
                                    "{} is not a known kind", value.get(#property).unwrap_or(&serde_json::Value::Null)
                                )).at(#property)),
                            }
                        }
                    }
                }
            });
            let how = format!(" Decoded by the value of its `{property}` property.");
            let docs = docs();
            quote! {
                #docs
                ///
                #[doc = #how]
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name {
                    #(#defs)*
                    #[doc = #unknown_doc]
                    Unknown(serde_json::Value),
                }

                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        match self {
                            #(#encode)*
                            #name::Unknown(value) => serde::Serialize::serialize(value, serializer),
                        }
                    }
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        #read_tag
                        match tag.as_str() {
                            #(#decode)*
                            _ => Ok(#name::Unknown(value)),
                        }
                    }
                }

                #validate_impl
            }
        }
        TypeKind::Newtype { target } => {
            let ty = rust_type(target, Ctx::Types);
            let validate_impl = validate.then(|| {
                if needs_validation(api, target) {
                    quote! {
                        impl Validate for #name {
                            fn validate(&self) -> Result<(), Invalid> {
                                self.0.validate()
                            }
                        }
                    }
                } else {
                    quote!(impl Validate for #name {})
                }
            });
            let docs = docs();
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #ty);
                #validate_impl
            }
        }
    }
}

/// A `serde_json::Value` expression for a JSON value.
fn json_literal(v: &serde_json::Value) -> TokenStream {
    use serde_json::Value;
    match v {
        Value::Null => quote!(serde_json::Value::Null),
        Value::Bool(b) => quote!(serde_json::Value::Bool(#b)),
        Value::String(s) => quote!(serde_json::Value::from(#s)),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                let i = proc_macro2::Literal::i64_suffixed(i);
                quote!(serde_json::Value::from(#i))
            } else if let Some(u) = n.as_u64() {
                let u = proc_macro2::Literal::u64_suffixed(u);
                quote!(serde_json::Value::from(#u))
            } else {
                let f = proc_macro2::Literal::f64_suffixed(n.as_f64().unwrap_or_default());
                quote!(serde_json::Value::from(#f))
            }
        }
        Value::Array(_) | Value::Object(_) => {
            let text = v.to_string();
            quote!(serde_json::from_str(#text).unwrap_or_default())
        }
    }
}

/// The Rust type `t` spells, through aliases at any depth (`Vec<Alias>` is
/// `Vec<Target>`): two types the same here are one type to the compiler.
pub(crate) fn rust_identity(api: &Api, t: &TypeRef) -> TypeRef {
    fn walk(api: &Api, t: &TypeRef, depth: usize) -> TypeRef {
        if depth > 64 {
            return t.clone();
        }
        match t {
            TypeRef::Named(n) => match api.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Alias { target }) => walk(api, target, depth + 1),
                _ => t.clone(),
            },
            TypeRef::Vec(inner) => TypeRef::Vec(Box::new(walk(api, inner, depth + 1))),
            TypeRef::Map(inner) => TypeRef::Map(Box::new(walk(api, inner, depth + 1))),
            TypeRef::Option(inner) => TypeRef::Option(Box::new(walk(api, inner, depth + 1))),
            other => other.clone(),
        }
    }
    walk(api, t, 0)
}

/// The expression that checks `value` (an `Option<&T>`) against `c`, or `None` when
/// there is nothing to check or `ty` has no number or length to bound. The items of
/// an array and the values of a map are checked against `c.items`, each error naming
/// its index or key.
pub(crate) fn bounds_check(
    api: &Api,
    c: &Constraints,
    ty: &TypeRef,
    value: TokenStream,
    prefix: TokenStream,
) -> Option<TokenStream> {
    let ty = rust_identity(api, ty);
    let numeric = matches!(
        ty,
        TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
    );
    let sized = matches!(ty, TypeRef::String | TypeRef::Vec(_));
    let bound = |b: Option<Bound>| match b {
        Some(Bound { value, exclusive }) if numeric => {
            let v = proc_macro2::Literal::f64_unsuffixed(value);
            quote!(Some((#v, #exclusive)))
        }
        _ => quote!(None),
    };
    let length = |l: Option<usize>| match l {
        Some(n) if sized => {
            let n = proc_macro2::Literal::usize_unsuffixed(n);
            quote!(Some(#n))
        }
        _ => quote!(None),
    };
    let has = (numeric && (c.minimum.is_some() || c.maximum.is_some()))
        || (sized && (c.min_length.is_some() || c.max_length.is_some()));
    let own = has.then(|| {
        let (min, max) = (bound(c.minimum), bound(c.maximum));
        let (min_len, max_len) = (length(c.min_length), length(c.max_length));
        quote!(#prefix check_bounds(#value, #min, #max, #min_len, #max_len))
    });
    let each = match (&ty, &c.items) {
        (TypeRef::Vec(inner) | TypeRef::Map(inner), Some(items)) => {
            let (inner, item) = match rust_identity(api, inner) {
                TypeRef::Option(x) => (*x, quote!(item.as_ref())),
                x => (x, quote!(Some(item))),
            };
            let helper = if matches!(ty, TypeRef::Vec(_)) {
                quote!(check_each)
            } else {
                quote!(check_values)
            };
            bounds_check(api, items, &inner, item, prefix.clone())
                .map(|check| quote!(#prefix #helper(#value, |item| #check)))
        }
        _ => None,
    };
    match (own, each) {
        (Some(own), Some(each)) => Some(quote!(#own.and_then(|()| #each))),
        (own, each) => own.or(each),
    }
}

/// The bounds check of a struct field, when it has one.
fn field_bounds_check(api: &Api, f: &Field, presence: Presence) -> Option<TokenStream> {
    if f.boxed {
        return None;
    }
    let name = ident(&f.rust_name);
    let value = match presence {
        Presence::Required => quote!(Some(&self.#name)),
        Presence::RequiredNullable | Presence::Optional => quote!(self.#name.as_ref()),
        Presence::OptionalNullable => quote!(self.#name.as_ref().and_then(Option::as_ref)),
    };
    bounds_check(api, &f.constraints, &f.ty, value, TokenStream::new())
}

/// Whether a value of this type can be invalid after decoding (it holds an enum or a
/// bounded field).
pub(crate) fn needs_validation(api: &Api, t: &TypeRef) -> bool {
    fn walk<'a>(api: &'a Api, t: &'a TypeRef, seen: &mut Vec<&'a str>) -> bool {
        match t {
            TypeRef::Named(n) => {
                if seen.contains(&n.as_str()) {
                    return false;
                }
                seen.push(n);
                match api.type_def(n).map(|d| &d.kind) {
                    Some(
                        TypeKind::Enum { .. }
                        | TypeKind::IntEnum { .. }
                        | TypeKind::ValueEnum { .. }
                        | TypeKind::Tagged { .. },
                    ) => true,
                    Some(TypeKind::Struct {
                        fields, additional, ..
                    }) => {
                        fields.iter().any(|f| {
                            field_bounds_check(api, f, f.server_presence()).is_some()
                                || walk(api, &f.ty, seen)
                        }) || additional.as_ref().is_some_and(|a| walk(api, a, seen))
                    }
                    Some(TypeKind::Union { variants }) => {
                        variants.iter().any(|v| walk(api, &v.ty, seen))
                    }
                    Some(TypeKind::Alias { target } | TypeKind::Newtype { target }) => {
                        walk(api, target, seen)
                    }
                    None => false,
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => {
                walk(api, inner, seen)
            }
            _ => false,
        }
    }
    walk(api, t, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, required: bool) -> Field {
        Field {
            rust_name: name.to_owned(),
            wire_name: name.to_owned(),
            doc: None,
            ty: TypeRef::String,
            required,
            nullable: false,
            boxed: false,
            constraints: Default::default(),
            default: None,
            read_only: false,
            write_only: false,
            flatten: false,
        }
    }

    /// Decoders (and encoders) whose struct literal, field list and lines sweep across
    /// `prettyplease`'s line-breaking widths print as their tokens format (checked by
    /// `printed::item` in this debug build), and are printed, not formatted.
    #[test]
    fn decoders_print_as_their_tokens_format_at_every_width() {
        let mut printed_count = 0;
        let mut encoders_printed = 0;
        // Up to names past the margin.
        const LONGEST: usize = 90;
        for count in 0..=4 {
            for len in 1..=LONGEST {
                for required in [false, true] {
                    let fields: Vec<Field> = (0..count)
                        .map(|i| {
                            // One field's name grows by one byte per round, so every
                            // width is met.
                            let name = if i == 0 {
                                "f".repeat(len)
                            } else {
                                format!("g{i}{}", "h".repeat(12))
                            };
                            field(&name, required)
                        })
                        .collect();
                    let presence = if required {
                        Presence::Required
                    } else {
                        Presence::Optional
                    };
                    let shapes: Vec<FieldShape> = fields
                        .iter()
                        .map(|_| FieldShape {
                            presence,
                            default: None,
                        })
                        .collect();
                    let defaults = vec![None; count];
                    // Without fields, the name itself grows across the width.
                    let name = if count == 0 {
                        format!("T{}", "x".repeat(len))
                    } else {
                        format!("T{}", "x".repeat(len % 23))
                    };
                    let tokens = fields_decoder(&name, &fields, &shapes, &defaults, required);
                    let text = tokens.to_string();
                    printed_count += text.matches("__openapi_rs_gen_printed").count();
                    super::super::format_file(tokens).expect("formats");
                    // The encoder: its `present` list crosses the margin as the name grows.
                    let tokens = fields_encoder(&name, &fields, &shapes, &defaults);
                    let text = tokens.to_string();
                    if count > 0 && len <= 60 {
                        encoders_printed += text.matches("__openapi_rs_gen_printed").count();
                    }
                    super::super::format_file(tokens).expect("formats");
                }
            }
        }
        // Both items of most decoders: the rest have a line over the margin.
        assert!(printed_count > 2 * 5 * LONGEST * 2 / 2, "{printed_count}");
        // Every encoder with fields of names up to 60 bytes prints, its calls whole or
        // an argument per line.
        assert_eq!(encoders_printed, 4 * 60 * 2, "{encoders_printed}");
    }

    /// A string enum's impls print as their tokens format, its list of values on
    /// either side of the margin.
    #[test]
    fn string_enums_print_as_their_tokens_format_at_every_width() {
        for len in 1..=50 {
            let variants: Vec<Variant> = (0..3)
                .map(|i| Variant {
                    rust_name: format!("V{i}"),
                    wire_value: if i == 0 {
                        "v".repeat(len)
                    } else {
                        format!("value {i}")
                    },
                    doc: None,
                })
                .collect();
            let tokens = string_enum_impls("Kind", &variants, true);
            assert_eq!(
                tokens
                    .to_string()
                    .matches("__openapi_rs_gen_printed")
                    .count(),
                7
            );
            super::super::format_file(tokens).expect("formats");
        }
    }
}
