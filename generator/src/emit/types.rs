//! The `types` module: one Rust type per named schema.

use super::{Ctx, doc, ident, rust_type};
use crate::model::{Api, Bound, Constraints, Field, Presence, TypeDef, TypeKind, TypeRef};
use crate::overrides::TypeOptions;
use proc_macro2::TokenStream;
use quote::quote;

const DATES: &str = include_str!("../../runtime/types_support.rs");
const ENUMS: &str = include_str!("../../runtime/enum_support.rs");
const DOUBLE_OPTION: &str = include_str!("../../runtime/double_option.rs");
const VALIDATE: &str = include_str!("../../runtime/validate.rs");

pub(crate) fn snippet(text: &str) -> TokenStream {
    text.parse()
        .expect("the bundled runtime snippets are valid Rust")
}

/// Emits the `types` module; `validate` adds the `Validate` impls the server needs.
pub fn emit(api: &Api, validate: bool) -> TokenStream {
    emit_with(api, validate, &TypeOptions::default())
}

/// Like [`emit`], with the user's type overrides and extra derives.
pub fn emit_with(api: &Api, validate: bool, options: &TypeOptions) -> TokenStream {
    let defs = api.types.iter().map(|t| match options.external(t) {
        Some(path) => emit_external(t, path),
        None => with_derives(emit_type(api, t, validate), &options.derives_of(t)),
    });
    let dates = snippet(DATES);
    let has_enum = api
        .types
        .iter()
        .any(|t| matches!(t.kind, TypeKind::Enum { .. }));
    let has_double = api.types.iter().any(|t| match &t.kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .any(|f| f.presence() == Presence::OptionalNullable),
        _ => false,
    });
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
    let validate_support = if validate {
        snippet(VALIDATE)
    } else {
        TokenStream::new()
    };
    quote! {
        //! The data types of the API: one per schema of the document.
        #(#defs)*
        #dates
        #enums
        #double
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
        for d in extra {
            if let Ok(p) = syn::parse_str::<syn::Path>(d) {
                if !paths.iter().any(|q| last(q) == last(&p)) {
                    paths.push(p);
                }
            }
        }
        *attr = syn::parse_quote!(#[derive(#(#paths),*)]);
    }
    quote!(#file)
}

/// The Rust type of a field, with `Option`s for absence and null kept apart.
pub(crate) fn field_type(f: &Field, ctx: Ctx) -> TokenStream {
    let mut inner = rust_type(&f.ty, ctx);
    if f.boxed {
        inner = quote!(Box<#inner>);
    }
    match f.presence() {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => quote!(Option<#inner>),
        Presence::OptionalNullable => quote!(Option<Option<#inner>>),
    }
}

/// serde attributes for a field. `strict` (the server's types) refuses `null` for an
/// optional field that is not nullable; the client accepts it as absent.
pub(crate) fn field_serde(f: &Field, strict: bool) -> TokenStream {
    let rename = if f.rust_name != f.wire_name {
        let w = &f.wire_name;
        quote!(#[serde(rename = #w)])
    } else {
        TokenStream::new()
    };
    let presence = match f.presence() {
        Presence::Required => TokenStream::new(),
        Presence::RequiredNullable => quote!(#[serde(default)]),
        Presence::Optional if strict => quote!(
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "non_null")]
        ),
        Presence::Optional => quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
        Presence::OptionalNullable => quote!(
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "double_option")]
        ),
    };
    quote!(#rename #presence)
}

fn field_doc(f: &Field) -> TokenStream {
    let mut text = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` property.", f.wire_name.replace('`', "'")));
    let note = match f.presence() {
        Presence::Required => None,
        Presence::RequiredNullable => Some("Always present; may be null."),
        Presence::Optional => None,
        Presence::OptionalNullable => Some("`None`: absent; `Some(None)`: null."),
    };
    if let Some(note) = note {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(note);
    }
    if text.is_empty() {
        TokenStream::new()
    } else {
        doc(Some(&text))
    }
}

/// Whether a type's derive can include `Default`.
fn defaultable(api: &Api, fields: &[Field]) -> bool {
    fields.iter().all(|f| {
        f.presence() != Presence::Required
            || match &f.ty {
                TypeRef::Named(n) => api
                    .types
                    .iter()
                    .find(|t| &t.name == n)
                    .is_some_and(|t| matches!(&t.kind, TypeKind::Struct { fields, .. } if defaultable_shallow(fields))),
                TypeRef::DateTime | TypeRef::Date => false,
                _ => true,
            }
    })
}

fn defaultable_shallow(fields: &[Field]) -> bool {
    fields.iter().all(|f| {
        f.presence() != Presence::Required
            || !matches!(f.ty, TypeRef::Named(_) | TypeRef::DateTime | TypeRef::Date)
    })
}

fn emit_type(api: &Api, t: &TypeDef, validate: bool) -> TokenStream {
    let name = ident(&t.name);
    let fallback = format!(
        "The schema at `{}` in the document.",
        t.pointer.replace('`', "'")
    );
    let docs = doc(Some(t.doc.as_deref().unwrap_or(&fallback)));
    match &t.kind {
        TypeKind::Struct { fields, additional } => {
            let defs = fields.iter().map(|f| {
                let fname = ident(&f.rust_name);
                let ty = field_type(f, Ctx::Types);
                let serde = field_serde(f, validate);
                let fdoc = field_doc(f);
                quote!(#fdoc #serde pub #fname: #ty,)
            });
            let extra = additional.as_ref().map(|a| {
                let ty = rust_type(a, Ctx::Types);
                quote!(
                    /// Properties beyond the ones named above.
                    #[serde(flatten)]
                    pub additional_properties: std::collections::BTreeMap<String, #ty>,
                )
            });
            let default = if defaultable(api, fields) {
                quote!(Default,)
            } else {
                TokenStream::new()
            };
            let validate_impl = validate.then(|| {
                let checks: Vec<_> = fields
                    .iter()
                    .flat_map(|f| {
                        let fname = ident(&f.rust_name);
                        let wire = &f.wire_name;
                        let inner = needs_validation(api, &f.ty)
                            .then(|| quote!(self.#fname.validate().map_err(|e| e.at(#wire))?;));
                        let bounds = field_bounds_check(f)
                            .map(|check| quote!(#check.map_err(|e| e.at(#wire))?;));
                        bounds.into_iter().chain(inner)
                    })
                    .collect();
                let extra_check = additional
                    .as_ref()
                    .filter(|a| needs_validation(api, a))
                    .map(|_| quote!(self.additional_properties.validate()?;));
                if checks.is_empty() && extra_check.is_none() {
                    // Nothing to check beyond decoding: the trait's default says so.
                    return quote!(impl Validate for #name {});
                }
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            #(#checks)*
                            #extra_check
                            Ok(())
                        }
                    }
                }
            });
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, #default serde::Serialize, serde::Deserialize)]
                pub struct #name {
                    #(#defs)*
                    #extra
                }
                #validate_impl
            }
        }
        TypeKind::Enum { variants } => {
            let defs = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let text = if v.wire_value.is_empty() {
                    " The empty string.".to_owned()
                } else if v.wire_value.contains('`') {
                    format!(" `` {} ``", v.wire_value)
                } else {
                    format!(" `{}`", v.wire_value)
                };
                quote!(#[doc = #text] #vn,)
            });
            let to_str = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let w = &v.wire_value;
                quote!(#name::#vn => #w,)
            });
            let from_str = variants.iter().map(|v| {
                let vn = ident(&v.rust_name);
                let w = &v.wire_value;
                quote!(#w => #name::#vn,)
            });
            let values = variants.iter().map(|v| &v.wire_value);
            let validate_impl = validate.then(|| {
                quote! {
                    impl Validate for #name {
                        fn validate(&self) -> Result<(), Invalid> {
                            match self {
                                #name::Unknown(value) => Err(Invalid::new(format!(
                                    "{value:?} is not one of {}", #name::VALUES.join(", ")
                                ))),
                                _ => Ok(()),
                            }
                        }
                    }
                }
            });
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub enum #name {
                    #(#defs)*
                    /// A value this version of the document does not list.
                    Unknown(String),
                }

                impl #name {
                    /// Every value the document lists.
                    pub const VALUES: &'static [&'static str] = &[#(#values),*];

                    /// The value as it is sent on the wire.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(#to_str)*
                            #name::Unknown(value) => value,
                        }
                    }
                }

                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        match value {
                            #(#from_str)*
                            other => #name::Unknown(other.to_owned()),
                        }
                    }
                }

                impl std::str::FromStr for #name {
                    type Err = std::convert::Infallible;

                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        Ok(#name::from(value))
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        deserialize_enum(deserializer)
                    }
                }

                #validate_impl
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
            quote!(#docs pub type #name = #ty;)
        }
    }
}

/// The expression that checks `value` (an `Option<&T>`) against `c`, or `None` when
/// there is nothing to check or `ty` has no number or length to bound.
pub(crate) fn bounds_check(
    c: &Constraints,
    ty: &TypeRef,
    value: TokenStream,
    prefix: TokenStream,
) -> Option<TokenStream> {
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
    if !has {
        return None;
    }
    let (min, max) = (bound(c.minimum), bound(c.maximum));
    let (min_len, max_len) = (length(c.min_length), length(c.max_length));
    Some(quote!(#prefix check_bounds(#value, #min, #max, #min_len, #max_len)))
}

/// The bounds check of a struct field, when it has one.
fn field_bounds_check(f: &Field) -> Option<TokenStream> {
    if f.boxed {
        return None;
    }
    let name = ident(&f.rust_name);
    let value = match f.presence() {
        Presence::Required => quote!(Some(&self.#name)),
        Presence::RequiredNullable | Presence::Optional => quote!(self.#name.as_ref()),
        Presence::OptionalNullable => quote!(self.#name.as_ref().and_then(Option::as_ref)),
    };
    bounds_check(&f.constraints, &f.ty, value, TokenStream::new())
}

/// Whether a value of this type can be invalid after decoding (it holds an enum or a
/// bounded field).
pub(crate) fn needs_validation(api: &Api, t: &TypeRef) -> bool {
    fn walk(api: &Api, t: &TypeRef, seen: &mut Vec<String>) -> bool {
        match t {
            TypeRef::Named(n) => {
                if seen.contains(n) {
                    return false;
                }
                seen.push(n.clone());
                match api.types.iter().find(|d| &d.name == n).map(|d| &d.kind) {
                    Some(TypeKind::Enum { .. }) => true,
                    Some(TypeKind::Struct { fields, additional }) => {
                        fields
                            .iter()
                            .any(|f| field_bounds_check(f).is_some() || walk(api, &f.ty, seen))
                            || additional.as_ref().is_some_and(|a| walk(api, a, seen))
                    }
                    Some(TypeKind::Union { variants }) => {
                        variants.iter().any(|v| walk(api, &v.ty, seen))
                    }
                    Some(TypeKind::Alias { target }) => walk(api, target, seen),
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
