//! A conformance test for a generated client and server pair: for every operation the
//! client sends sample arguments over loopback TCP, a recording implementation of the
//! server trait checks that they arrived intact, and the client checks the typed answer.

use super::{Ctx, ident, rust_type};
use crate::model::{
    Api, BodyKind, Constraints, Operation, ParamLocation, Presence, ResponseBody, TypeKind, TypeRef,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Builds sample values of the model's types, spelled for one crate.
struct Samples<'a> {
    api: &'a Api,
    krate: proc_macro2::Ident,
}

impl Samples<'_> {
    fn named(&self, n: &str) -> TokenStream {
        let k = &self.krate;
        let n = ident(n);
        quote!(#k::types::#n)
    }

    fn value(&self, t: &TypeRef, seed: &str, depth: usize) -> TokenStream {
        let k = &self.krate;
        match t {
            TypeRef::String => {
                let s = format!("{seed} ü/?&=#");
                quote!(String::from(#s))
            }
            TypeRef::DateTime => {
                quote!(#k::types::DateTime::from("Mon, 13 Dec 2021 11:41:16 -0000"))
            }
            TypeRef::Date => quote!(#k::types::Date::from("2021-12-13")),
            TypeRef::Bool => quote!(true),
            TypeRef::I32 => quote!(7i32),
            TypeRef::I64 => quote!(1_700_000_000i64),
            TypeRef::F32 => quote!(1.5f32),
            TypeRef::F64 => quote!(2.25f64),
            TypeRef::Bytes => quote!(vec![0u8, 1, 2, 255]),
            TypeRef::Base64 => quote!(#k::types::Base64(vec![0u8, 1, 2, 255])),
            TypeRef::External(_) => quote!(Default::default()),
            TypeRef::Json => quote!(serde_json::json!({ "sample": [1, "two", null] })),
            TypeRef::JsonObject => quote!(
                serde_json::json!({ "sample": true })
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
            ),
            TypeRef::Vec(inner) => {
                let v = self.value(inner, seed, depth + 1);
                quote!(vec![#v])
            }
            TypeRef::Map(inner) => {
                let v = self.value(inner, seed, depth + 1);
                quote!(std::collections::BTreeMap::from([(String::from("key"), #v)]))
            }
            TypeRef::Option(inner) => {
                let v = self.value(inner, seed, depth + 1);
                quote!(Some(#v))
            }
            TypeRef::Named(n) => self.named_value(n, seed, depth),
        }
    }

    /// A sample of `t` that keeps the bounds `c` (numbers moved into range, strings cut
    /// or padded to length).
    fn bounded(&self, t: &TypeRef, seed: &str, depth: usize, c: &Constraints) -> TokenStream {
        let clamp = |v: f64, step: f64| {
            let mut v = v;
            if let Some(b) = c.maximum {
                if v > b.value || (b.exclusive && v == b.value) {
                    v = if b.exclusive { b.value - step } else { b.value };
                }
            }
            if let Some(b) = c.minimum {
                if v < b.value || (b.exclusive && v == b.value) {
                    v = if b.exclusive { b.value + step } else { b.value };
                }
            }
            v
        };
        match t {
            TypeRef::I32 | TypeRef::I64 if c.minimum.is_some() || c.maximum.is_some() => {
                let base = if *t == TypeRef::I32 {
                    7.0
                } else {
                    1_700_000_000.0
                };
                let v = clamp(base, 1.0) as i64;
                if *t == TypeRef::I32 {
                    let v = proc_macro2::Literal::i32_suffixed(v as i32);
                    quote!(#v)
                } else {
                    let v = proc_macro2::Literal::i64_suffixed(v);
                    quote!(#v)
                }
            }
            TypeRef::F32 | TypeRef::F64 if c.minimum.is_some() || c.maximum.is_some() => {
                let base = if *t == TypeRef::F32 { 1.5 } else { 2.25 };
                let v = clamp(base, 0.5);
                if *t == TypeRef::F32 {
                    let v = proc_macro2::Literal::f32_suffixed(v as f32);
                    quote!(#v)
                } else {
                    let v = proc_macro2::Literal::f64_suffixed(v);
                    quote!(#v)
                }
            }
            TypeRef::String if c.min_length.is_some() || c.max_length.is_some() => {
                let mut v: String = format!("{seed} ü/?&=#");
                if let Some(max) = c.max_length {
                    v = v.chars().take(max).collect();
                }
                while v.chars().count() < c.min_length.unwrap_or(0) {
                    v.push('x');
                }
                quote!(String::from(#v))
            }
            // Bounds reach through aliases and options, and into items and values.
            TypeRef::Named(n) => match self.api.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Alias { target }) => self.bounded(target, seed, depth, c),
                _ => self.value(t, seed, depth),
            },
            TypeRef::Option(inner) => {
                let v = self.bounded(inner, seed, depth, c);
                quote!(Some(#v))
            }
            TypeRef::Vec(inner) if c.items.is_some() => {
                let items = c.items.as_deref().cloned().unwrap_or_default();
                let v = self.bounded(inner, seed, depth + 1, &items);
                quote!(vec![#v])
            }
            TypeRef::Map(inner) if c.items.is_some() => {
                let items = c.items.as_deref().cloned().unwrap_or_default();
                let v = self.bounded(inner, seed, depth + 1, &items);
                quote!(std::collections::BTreeMap::from([(String::from("key"), #v)]))
            }
            _ => self.value(t, seed, depth),
        }
    }

    fn named_value(&self, n: &str, seed: &str, depth: usize) -> TokenStream {
        let path = self.named(n);
        let Some(def) = self.api.types.iter().find(|t| t.name == n) else {
            return quote!(Default::default());
        };
        match &def.kind {
            TypeKind::Enum { variants } => match variants.first() {
                Some(v) => {
                    let v = ident(&v.rust_name);
                    quote!(#path::#v)
                }
                None => quote!(#path::Unknown(String::from("x"))),
            },
            TypeKind::Alias { target } => self.value(target, seed, depth),
            TypeKind::Newtype { .. } => quote!(#path(Default::default())),
            TypeKind::IntEnum { variants } => {
                let v = ident(&variants[0].rust_name);
                quote!(#path::#v)
            }
            TypeKind::ValueEnum { variants } => {
                let v = ident(&variants[0].rust_name);
                quote!(#path::#v)
            }
            TypeKind::Tagged { variants, .. } => {
                let v = &variants[0];
                let vn = ident(&v.rust_name);
                let mut value = self.value(&v.ty, seed, depth + 1);
                if v.boxed {
                    value = quote!(Box::new(#value));
                }
                quote!(#path::#vn(#value))
            }
            TypeKind::Union { variants } => {
                let v = &variants[0];
                let vn = ident(&v.rust_name);
                let mut value = self.value(&v.ty, seed, depth + 1);
                if v.boxed {
                    value = quote!(Box::new(#value));
                }
                quote!(#path::#vn(#value))
            }
            TypeKind::Struct {
                fields, additional, ..
            } => {
                let inits = fields.iter().map(|f| {
                    let fname = ident(&f.rust_name);
                    let deep = depth > 3 || f.boxed;
                    let wrap = |v: TokenStream| if f.boxed { quote!(Box::new(#v)) } else { v };
                    let sample = || self.bounded(&f.ty, &f.wire_name, depth + 1, &f.constraints);
                    let value = match f.presence() {
                        Presence::Required => wrap(sample()),
                        _ if deep => quote!(None),
                        Presence::Optional | Presence::RequiredNullable => {
                            let v = wrap(sample());
                            quote!(Some(#v))
                        }
                        Presence::OptionalNullable => quote!(Some(None)),
                    };
                    quote!(#fname: #value,)
                });
                let extra = additional.as_ref().map(|a| {
                    let v = self.value(a, "extra", depth + 1);
                    quote!(additional_properties: std::collections::BTreeMap::from([(String::from("x-extra"), #v)]),)
                });
                quote!(#path { #(#inits)* #extra })
            }
        }
    }
}

fn param_sample(s: &Samples<'_>, p: &crate::model::Param) -> TokenStream {
    if let (Some(pattern), TypeRef::String) = (&p.pattern, &p.ty) {
        // A value that needs encoding when the pattern allows it, else a plain one.
        let re = regex::Regex::new(&crate::model::engine_pattern(pattern).0).ok();
        let candidates = [
            format!("ns-{} x/name ü", p.wire_name),
            format!("{} ü?#%2F", p.wire_name),
            "ns/name".to_owned(),
            "sha256:0123456789abcdef".to_owned(),
            p.wire_name.clone(),
            "value".to_owned(),
            "1".to_owned(),
        ];
        if let Some(v) = candidates
            .iter()
            .find(|c| re.as_ref().is_none_or(|re| re.is_match(c)))
        {
            return quote!(String::from(#v));
        }
    }
    if p.allow_slash && p.ty == TypeRef::String {
        let v = format!("ns-{} x/name ü", p.wire_name);
        return quote!(String::from(#v));
    }
    if p.ty == TypeRef::String
        && matches!(p.location, ParamLocation::Header | ParamLocation::Cookie)
    {
        // Header values are visible ASCII.
        let v = format!("{} v1; x=y", p.wire_name);
        return quote!(String::from(#v));
    }
    if p.ty == TypeRef::String && p.location == ParamLocation::Path {
        let v = format!("{} ü?#%2F", p.wire_name);
        return quote!(String::from(#v));
    }
    s.bounded(&p.ty, &p.wire_name, 0, &p.constraints)
}

/// Emits the round-trip test for `api`, whose client crate is `client_crate` and server
/// crate `server_crate` (as Rust identifiers).
pub fn emit(api: &Api, client_crate: &str, server_crate: &str) -> TokenStream {
    let c = Samples {
        api,
        krate: ident(client_crate),
    };
    let s = Samples {
        api,
        krate: ident(server_crate),
    };
    let server = ident(server_crate);
    let client_k = ident(client_crate);
    let mut methods = Vec::new();
    let mut calls = Vec::new();
    for op in &api.operations {
        methods.push(server_method(&s, &server, op));
        calls.push(client_call(&c, &s, &server, &client_k, op));
    }
    let scopes = api.scopes.keys();
    quote! {
        //! Every operation, client to server and back over loopback TCP: the recording
        //! server checks the typed inputs it receives, the client the typed answer.
        #![allow(clippy::all, clippy::pedantic, unused_qualifications)]

        use std::sync::Mutex;

        #[derive(Default)]
        struct Recorder {
            /// (operationId, parameters as Debug text, body as JSON)
            seen: Mutex<Vec<(&'static str, String, serde_json::Value)>>,
        }

        impl Recorder {
            fn record(&self, id: &'static str, params: String, body: serde_json::Value) {
                self.seen.lock().expect("not poisoned").push((id, params, body));
            }

            fn take(&self) -> Vec<(&'static str, String, serde_json::Value)> {
                std::mem::take(&mut *self.seen.lock().expect("not poisoned"))
            }
        }

        struct AllScopes;

        impl #server::Authenticator for AllScopes {
            async fn authenticate(&self, token: &str) -> Option<#server::Principal> {
                (token == "round-trip").then(|| #server::Principal::new("tester", [#(#scopes),*]))
            }
        }

        /// The recorder as the server sees it (the test keeps another handle).
        struct Recording(std::sync::Arc<Recorder>);

        impl #server::Api for Recording {
            #(#methods)*
        }

        #[tokio::test]
        async fn every_operation_round_trips() {
            let recorder = std::sync::Arc::new(Recorder::default());
            let app = #server::router(Recording(recorder.clone()), AllScopes, #server::ServerConfig::default());
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
            let addr = listener.local_addr().expect("bound");
            tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
            let client = #client_k::Client::builder(format!("http://{addr}"))
                .bearer_token("round-trip")
                .build()
                .expect("client");
            #(#calls)*
        }
    }
}

fn server_method(s: &Samples<'_>, server: &proc_macro2::Ident, op: &Operation) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let id = &op.operation_id;
    let resp = format_ident!("{}Response", op.type_stem);
    let params_ty = format_ident!("{}Params", op.type_stem);
    let has_params = !op.params.is_empty();
    let mut args = vec![quote!(_context: #server::RequestContext)];
    let params_dbg = if has_params {
        args.push(quote!(params: #server::#params_ty));
        quote!(format!("{params:?}"))
    } else {
        quote!(String::new())
    };
    let body_json = match &op.body {
        Some(b) => {
            let ty = match &b.kind {
                BodyKind::Json(t) | BodyKind::Form { ty: t, .. } => {
                    let t = rust_type(t, Ctx::Sibling);
                    let t = quote!(#server::#t);
                    if b.required { t } else { quote!(Option<#t>) }
                }
                BodyKind::Multipart(_) => {
                    let t = format_ident!("{}Parts", op.type_stem);
                    if b.required {
                        quote!(#server::#t)
                    } else {
                        quote!(Option<#server::#t>)
                    }
                }
                BodyKind::Bytes => {
                    if b.required {
                        quote!(#server::RawBody)
                    } else {
                        quote!(Option<#server::RawBody>)
                    }
                }
                BodyKind::Text => {
                    if b.required {
                        quote!(String)
                    } else {
                        quote!(Option<String>)
                    }
                }
                BodyKind::Choice(_) => {
                    let t = format_ident!("{}Body", op.type_stem);
                    if b.required {
                        quote!(#server::#t)
                    } else {
                        quote!(Option<#server::#t>)
                    }
                }
            };
            args.push(quote!(body: #ty));
            match &b.kind {
                BodyKind::Multipart(_) | BodyKind::Bytes | BodyKind::Choice(_) => {
                    quote!(serde_json::Value::Null)
                }
                _ => quote!(serde_json::to_value(&body).expect("encodes")),
            }
        }
        None => quote!(serde_json::Value::Null),
    };
    // The answer: the first documented success, else the first other variant.
    let variant = op.successes().next().or_else(|| {
        op.responses.iter().find(|r| !matches!(&r.body, ResponseBody::Json(TypeRef::Named(n)) if *n == s.api.error.type_name))
    });
    let answer = match variant {
        Some(r) => {
            let v = ident(&r.variant);
            let ranged = !matches!(r.status, crate::model::Status::Code(_));
            let status = ranged.then(|| quote!(axum::http::StatusCode::OK,));
            match &r.body {
                ResponseBody::Empty if ranged => {
                    quote!(Ok(#server::#resp::#v(axum::http::StatusCode::OK)))
                }
                ResponseBody::Empty => quote!(Ok(#server::#resp::#v)),
                ResponseBody::Json(t) => {
                    let value = s.value(t, "answer", 0);
                    quote!(Ok(#server::#resp::#v(#status #value)))
                }
                ResponseBody::Text => {
                    quote!(Ok(#server::#resp::#v(#status String::from("answer"))))
                }
                ResponseBody::Bytes => quote!(Ok(#server::#resp::#v(#status vec![1u8, 2, 3]))),
            }
        }
        None => {
            quote!(Err(#server::error(axum::http::StatusCode::IM_A_TEAPOT, "teapot", "no answer documented")))
        }
    };
    quote! {
        async fn #fn_name(&self, #(#args),*) -> Result<#server::#resp, #server::ErrorModel> {
            self.0.record(#id, #params_dbg, #body_json);
            #answer
        }
    }
}

fn client_call(
    c: &Samples<'_>,
    s: &Samples<'_>,
    server: &proc_macro2::Ident,
    client_k: &proc_macro2::Ident,
    op: &Operation,
) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let id = &op.operation_id;
    let required = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| param_sample(c, p));
    let optional = op.params.iter().filter(|p| !p.required).map(|p| {
        let n = ident(&p.rust_name);
        let v = param_sample(c, p);
        quote!(.#n(#v))
    });
    let (body_arg, body_expected) = match &op.body {
        Some(b) => match &b.kind {
            BodyKind::Json(t) | BodyKind::Form { ty: t, .. } => {
                let cv = c.value(t, "body", 0);
                let sv = s.value(t, "body", 0);
                if b.required {
                    (
                        quote!(#cv,),
                        quote!(serde_json::to_value(&#sv).expect("encodes")),
                    )
                } else {
                    (TokenStream::new(), quote!(serde_json::Value::Null))
                }
            }
            _ => (TokenStream::new(), quote!(serde_json::Value::Null)),
        },
        None => (TokenStream::new(), quote!(serde_json::Value::Null)),
    };
    let body_arg =
        if op.body.as_ref().is_some_and(|b| {
            b.required && !matches!(b.kind, BodyKind::Json(_) | BodyKind::Form { .. })
        }) {
            // Raw and multipart bodies: send something; the recorder does not compare them.
            match &op.body.as_ref().map(|b| &b.kind) {
                Some(BodyKind::Text) => quote!(String::from("text"),),
                Some(BodyKind::Bytes) => quote!(vec![1u8, 2, 3],),
                _ => body_arg,
            }
        } else {
            body_arg
        };
    let has_params = !op.params.is_empty();
    let params_expected = if has_params {
        let params_ty = format_ident!("{}Params", op.type_stem);
        let fields = op.params.iter().map(|p| {
            let n = ident(&p.rust_name);
            let v = param_sample(s, p);
            if p.required {
                quote!(#n: #v,)
            } else {
                quote!(#n: Some(#v),)
            }
        });
        quote!(format!("{:?}", #server::#params_ty { #(#fields)* }))
    } else {
        quote!(String::new())
    };
    let success = op.successes().next();
    let check = match success.map(|r| &r.body) {
        None => quote! {
            let error = result.expect_err("no success is documented");
            assert!(error.status().is_some(), "{}: {error}", #id);
        },
        Some(_) => {
            let successes: Vec<_> = op.successes().collect();
            let single = successes.iter().all(|r| r.body == successes[0].body);
            let expected = match &successes[0].body {
                ResponseBody::Empty => quote!(()),
                ResponseBody::Json(t) => c.value(t, "answer", 0),
                ResponseBody::Text => quote!(String::from("answer")),
                ResponseBody::Bytes => quote!(vec![1u8, 2, 3]),
            };
            let expected = if single {
                expected
            } else {
                let en = format_ident!("{}Response", op.type_stem);
                let v = ident(&successes[0].variant);
                match &successes[0].body {
                    ResponseBody::Empty => quote!(#client_k::#en::#v),
                    _ => quote!(#client_k::#en::#v(#expected)),
                }
            };
            quote! {
                let answer = result.unwrap_or_else(|e| panic!("{}: {e}", #id));
                assert_eq!(answer, #expected, "{}: the typed answer", #id);
            }
        }
    };
    quote! {
        {
            let result = client.#fn_name(#(#required,)* #body_arg) #(#optional)* .await;
            #check
            let seen = recorder.take();
            assert_eq!(seen.len(), 1, "{}: the server saw one call", #id);
            assert_eq!(seen[0].0, #id);
            assert_eq!(seen[0].1, #params_expected, "{}: parameters arrive intact", #id);
            assert_eq!(seen[0].2, #body_expected, "{}: the body arrives intact", #id);
        }
    }
}
