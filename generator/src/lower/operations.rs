//! Paths and operations -> [`crate::model::Operation`].

use super::{Lowerer, RefOr, resolve};
use crate::error::{Error, Pointer, Result};
use crate::model::{
    ArrayStyle, Body, BodyChoice, BodyKind, Method, MultipartPart, Operation, Pagination, Param,
    ParamLocation, ParamStyle, PartKind, Response, ResponseBody, Security, Segment, Status,
    TypeKind, TypeRef,
};
use crate::names::{self, Scope};
use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr,
    RequestBody, SchemaKind, StatusCode, Type,
};
use std::collections::BTreeSet;

fn method_of(m: &str) -> Method {
    match m {
        "get" => Method::Get,
        "put" => Method::Put,
        "post" => Method::Post,
        "delete" => Method::Delete,
        "options" => Method::Options,
        "head" => Method::Head,
        "patch" => Method::Patch,
        _ => Method::Trace,
    }
}

/// A stable, readable name for an operation without an operationId:
/// `get /pets/{petId}/toys` -> `get_pets_by_pet_id_toys`.
fn derived_operation_id(method: &str, path: &str) -> String {
    let mut out = vec![method.to_owned()];
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(param) => out.push(format!("by_{}", names::snake(param))),
            None => out.push(names::snake(seg)),
        }
    }
    out.join("_")
}

fn status_variant(status: Status) -> String {
    match status {
        Status::Code(code) => match code {
            200 => "Ok".into(),
            201 => "Created".into(),
            202 => "Accepted".into(),
            203 => "NonAuthoritative".into(),
            204 => "NoContent".into(),
            205 => "ResetContent".into(),
            206 => "PartialContent".into(),
            301 => "MovedPermanently".into(),
            302 => "Found".into(),
            303 => "SeeOther".into(),
            304 => "NotModified".into(),
            307 => "TemporaryRedirect".into(),
            308 => "PermanentRedirect".into(),
            400 => "BadRequest".into(),
            401 => "Unauthorized".into(),
            403 => "Forbidden".into(),
            404 => "NotFound".into(),
            405 => "MethodNotAllowed".into(),
            409 => "Conflict".into(),
            410 => "Gone".into(),
            413 => "PayloadTooLarge".into(),
            422 => "UnprocessableEntity".into(),
            429 => "TooManyRequests".into(),
            500 => "InternalServerError".into(),
            501 => "NotImplemented".into(),
            503 => "ServiceUnavailable".into(),
            other => format!("Status{other}"),
        },
        Status::Range(r) => format!("Status{r}xx"),
        Status::Default => "Default".into(),
    }
}

fn is_json(content_type: &str) -> bool {
    let base = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    base == "application/json" || base.ends_with("+json") || base == "*/*"
}

pub(crate) fn lower_operations<'a>(lw: &mut Lowerer<'a>) -> Result<Vec<Operation>> {
    let mut ops = Vec::new();
    let mut fn_scope = Scope::new();
    // `Client`'s own public methods (its machinery lives in a module of its own), and
    // the method of a trait it implements that callers use.
    fn_scope.reserve(["builder", "base_url", "clone"]);
    let mut type_names: BTreeSet<String> = names::RESERVED_TYPES
        .iter()
        .chain(MODULE_TYPES)
        .map(|s| (*s).to_owned())
        .collect();
    let mut ids = BTreeSet::new();
    let doc: &'a openapiv3::OpenAPI = lw.doc;
    let setters = scheme_setters(doc);
    for (path, item) in doc.paths.iter() {
        let pat = Pointer::root().push("paths").push(path);
        let item = match item {
            ReferenceOr::Item(i) => i,
            ReferenceOr::Reference { .. } => {
                return Err(Error::at(&pat, "a $ref path item is not supported"));
            }
        };
        if !path.starts_with('/') {
            return Err(Error::at(&pat, "a path must start with `/`"));
        }
        for (method, op) in item.iter() {
            let at = pat.push(method);
            let operation_id = op
                .operation_id
                .clone()
                .unwrap_or_else(|| derived_operation_id(method, path));
            if !ids.insert(operation_id.clone()) {
                return Err(Error::at(
                    &at.push("operationId"),
                    format!("operationId {operation_id:?} is used twice"),
                ));
            }
            let fn_name = fn_scope.unique(&names::snake(&operation_id));
            // A body of several content types adds a `{stem}Body` enum.
            let several = match &op.request_body {
                Some(ReferenceOr::Item(b)) => b.content.len() > 1,
                Some(ReferenceOr::Reference { reference }) => {
                    let bodies = doc.components.as_ref().map(|c| &c.request_bodies);
                    resolve(bodies, "requestBodies", reference, &at)
                        .is_ok_and(|(b, _)| b.content.len() > 1)
                }
                None => false,
            };
            let type_stem = operation_stem(&names::camel(&fn_name), several, &mut type_names);
            let mut o = Operation {
                operation_id,
                fn_name,
                type_stem,
                method: method_of(method),
                path: path.clone(),
                segments: Vec::new(),
                tag: op.tags.first().cloned(),
                summary: op.summary.clone(),
                description: op.description.clone(),
                deprecated: op.deprecated,
                params: Vec::new(),
                body: None,
                responses: Vec::new(),
                security: Security::None,
                pagination: None,
                pointer: at.to_string(),
            };
            lower_params(lw, &mut o, &item.parameters, &pat, &op.parameters, &at)?;
            o.segments = parse_template(path, &o.params, &pat)?;
            if let Some(body) = &op.request_body {
                let mut lowered = lower_body(lw, &o.type_stem, body, &at.push("requestBody"))?;
                if let BodyKind::Multipart(parts) = &mut lowered.kind {
                    // Parts are fields and setters of the builder, next to the parameters.
                    let mut scope = Scope::new();
                    scope.reserve(o.params.iter().map(|p| p.rust_name.as_str()));
                    scope.reserve(parts.iter().map(|p| p.rust_name.as_str()));
                    for part in parts.iter_mut() {
                        let clashes = BUILDER_NAMES.contains(&part.rust_name.as_str())
                            || o.params.iter().any(|p| p.rust_name == part.rust_name);
                        if clashes {
                            part.rust_name = scope.unique(&format!("{}_part", part.rust_name));
                        }
                    }
                }
                o.body = Some(lowered);
            }
            lower_responses(lw, &mut o, op, &at)?;
            o.security = lower_security(lw, &setters, op.security.as_ref(), &at)?;
            check_query_keys(&o)?;
            if let Some(ext) = op.extensions.get("x-pagination") {
                o.pagination = Some(lower_pagination(lw, &o, ext, &at.push("x-pagination"))?);
            }
            ops.push(o);
        }
    }
    Ok(ops)
}

/// The document's servers, each URL template checked against its variables.
pub(crate) fn lower_servers(doc: &openapiv3::OpenAPI) -> Result<Vec<crate::model::Server>> {
    use crate::model::{Server, ServerVariable};
    let mut out = Vec::new();
    for (i, server) in doc.servers.iter().enumerate() {
        let at = Pointer::root().push("servers").push(i.to_string());
        let mut variables = Vec::new();
        for (name, v) in server.variables.iter().flatten() {
            if !v.enumeration.is_empty() && !v.enumeration.contains(&v.default) {
                return Err(Error::at(
                    &at.push("variables").push(name).push("default"),
                    format!(
                        "the default {:?} is not one of the variable's `enum` values",
                        v.default
                    ),
                ));
            }
            variables.push(ServerVariable {
                name: name.clone(),
                default: v.default.clone(),
                allowed: v.enumeration.clone(),
                description: v.description.clone(),
            });
        }
        let mut rest = server.url.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                return Err(Error::at(&at.push("url"), "unclosed `{` in the server URL"));
            };
            let name = &rest[open + 1..close];
            if !variables.iter().any(|v| v.name == name) {
                return Err(Error::at(
                    &at.push("url"),
                    format!("the server URL uses {{{name}}}, which is not among its `variables`"),
                ));
            }
            rest = &rest[close + 1..];
        }
        out.push(Server {
            url: server.url.clone(),
            description: server.description.clone(),
            variables,
        });
    }
    Ok(out)
}

/// Type names the client and server modules define or import, beyond
/// [`names::RESERVED_TYPES`]: an operation's own types must not take one.
const MODULE_TYPES: &[&str] = &[
    // client
    "ClientBuilder",
    "Server",
    "ServerVariable",
    "Answer",
    "ResponseFuture",
    "DeclaredError",
    // server
    "ResponseHeaders",
    "ErrorBody",
    "ErrorModel",
    "Inner",
    "IntoFuture",
    "Pin",
    "Duration",
    // server
    "Body",
    "Request",
    "State",
    "HeaderMap",
    "HeaderValue",
    "StatusCode",
    "IntoResponse",
    "Response",
    "BTreeSet",
    "Authenticator",
    "ServerConfig",
    "RawBody",
    "IntoApiResponse",
    "NoParams",
    "FromBody",
    "NoBody",
    "JsonBody",
    "FormBody",
    "Seg",
    "OpMeta",
    "PathParams",
    "Route",
    "Shared",
    // multipart bodies, both sides
    "FilePart",
    "ReceivedParts",
    "FromParts",
    "MultipartBody",
];

/// The stem of an operation's types: `{stem}` (the client's request builder),
/// `{stem}Response`, `{stem}Params`, `{stem}Parts`, and `{stem}Body` for a body of
/// several content types (`body_enum`), none of them taken by another operation or by
/// the generated modules.
fn operation_stem(base: &str, body_enum: bool, taken: &mut BTreeSet<String>) -> String {
    let derived = |stem: &str| {
        let mut names = vec![
            stem.to_owned(),
            format!("{stem}Response"),
            format!("{stem}Params"),
            format!("{stem}Parts"),
        ];
        if body_enum {
            names.push(format!("{stem}Body"));
        }
        names
    };
    let stem = std::iter::once(base.to_owned())
        .chain((2..).map(|n| format!("{base}{n}")))
        .find(|stem| derived(stem).iter().all(|n| !taken.contains(n)))
        .expect("an unbounded range always yields a free name");
    taken.extend(derived(&stem));
    stem
}

fn lower_params<'a>(
    lw: &mut Lowerer<'a>,
    o: &mut Operation,
    shared: &'a [ReferenceOr<Parameter>],
    shared_at: &Pointer,
    own: &'a [ReferenceOr<Parameter>],
    own_at: &Pointer,
) -> Result<()> {
    let components = lw.doc.components.as_ref().map(|c| &c.parameters);
    let mut all: Vec<(&Parameter, Pointer)> = Vec::new();
    for (list, base) in [
        (shared, shared_at.push("parameters")),
        (own, own_at.push("parameters")),
    ] {
        for (i, p) in list.iter().enumerate() {
            let pat = base.push(i.to_string());
            let (param, pat) = match p {
                ReferenceOr::Item(p) => (p, pat),
                ReferenceOr::Reference { reference } => {
                    resolve(components, "parameters", reference, &pat)?
                }
            };
            let data = param.parameter_data_ref();
            let same = |q: &&(&Parameter, Pointer)| {
                q.0.parameter_data_ref().name == data.name
                    && std::mem::discriminant(q.0) == std::mem::discriminant(param)
            };
            // An operation's parameter overrides the path item's of the same name and place.
            if let Some(index) = all.iter().position(|q| same(&q)) {
                all.remove(index);
            }
            all.push((param, pat));
        }
    }
    let mut scope = Scope::new();
    for (param, pat) in all {
        let data = param.parameter_data_ref();
        let explode = data.explode;
        // How an array travels, and how an object would (`None`: objects cannot).
        let (location, array_style, object_style) = match param {
            Parameter::Path { style, .. } => {
                if *style != PathStyle::Simple {
                    return Err(Error::at(
                        &pat.push("style"),
                        "path parameter styles `label` and `matrix` are not supported: use `simple` (the default)",
                    ));
                }
                (ParamLocation::Path, ArrayStyle::Delimited(','), None)
            }
            Parameter::Query { style, .. } => {
                let (array, object) = match style {
                    QueryStyle::Form if explode.unwrap_or(true) => {
                        (ArrayStyle::Repeated, Some(ParamStyle::Exploded(None)))
                    }
                    QueryStyle::Form => (ArrayStyle::Delimited(','), Some(ParamStyle::Flat)),
                    QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited
                        if explode == Some(true) =>
                    {
                        (ArrayStyle::Repeated, None)
                    }
                    QueryStyle::SpaceDelimited => (ArrayStyle::Delimited(' '), None),
                    QueryStyle::PipeDelimited => (ArrayStyle::Delimited('|'), None),
                    QueryStyle::DeepObject => (ArrayStyle::Repeated, Some(ParamStyle::Deep)),
                };
                (ParamLocation::Query, array, object)
            }
            Parameter::Header { .. } => {
                // OpenAPI 3.0: these header parameters "SHALL be ignored".
                if ["accept", "content-type", "authorization"]
                    .contains(&data.name.to_ascii_lowercase().as_str())
                {
                    continue;
                }
                if !is_token(&data.name) {
                    return Err(Error::at(
                        &pat.push("name"),
                        format!("{:?} is not a valid header name", data.name),
                    ));
                }
                let object = if explode == Some(true) {
                    ParamStyle::Pairs
                } else {
                    ParamStyle::Flat
                };
                (
                    ParamLocation::Header,
                    ArrayStyle::Delimited(','),
                    Some(object),
                )
            }
            Parameter::Cookie { .. } => {
                if !is_token(&data.name) {
                    return Err(Error::at(
                        &pat.push("name"),
                        format!("{:?} is not a valid cookie name", data.name),
                    ));
                }
                if explode == Some(true) {
                    return Err(Error::at(
                        &pat.push("explode"),
                        "exploded cookie parameters are not supported: use `explode: false`",
                    ));
                }
                (ParamLocation::Cookie, ArrayStyle::Delimited(','), None)
            }
        };
        let deep = object_style == Some(ParamStyle::Deep);
        let (schema, schema_at, json) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => (s, pat.push("schema"), false),
            ParameterSchemaOrContent::Content(content) => {
                let cat = pat.push("content");
                let mut media = content.iter();
                let (Some((ct, media)), None) = (media.next(), media.next()) else {
                    return Err(Error::at(
                        &cat,
                        "a parameter's `content` must have exactly one media type",
                    ));
                };
                if !is_json(ct) || ct == "*/*" {
                    return Err(Error::at(
                        &cat.push(ct),
                        format!(
                            "a parameter's content of type {ct:?} is not supported: use application/json"
                        ),
                    ));
                }
                let Some(schema) = &media.schema else {
                    return Err(Error::at(
                        &cat.push(ct),
                        "a parameter's content needs a schema",
                    ));
                };
                (schema, cat.push(ct).push("schema"), true)
            }
        };
        if json && deep {
            return Err(Error::at(
                &pat.push("style"),
                "`deepObject` does not apply to a parameter given by `content`: use `schema`",
            ));
        }
        let hint = format!("{}{}", o.type_stem, names::camel(&data.name));
        let (ty, _nullable) = lw.lower(RefOr::from(schema), &schema_at, &hint)?;
        // A `$ref` to a scalar component is the scalar itself. A null cannot travel as
        // a parameter: an absent one is `None` already.
        let ty = match unalias(lw, ty) {
            TypeRef::Option(inner) => unalias(lw, *inner),
            other => other,
        };
        let style = if json {
            ParamStyle::Json
        } else if deep {
            // Values of any shape travel as bracketed keys.
            ParamStyle::Deep
        } else {
            let shape = param_shape(lw, &ty, &schema_at)?;
            match (shape, location) {
                (ParamShape::Scalar, _) => ParamStyle::Plain,
                (ParamShape::Array, _) => ParamStyle::Plain,
                (ParamShape::UnionWithArray, ParamLocation::Query)
                    if array_style == ArrayStyle::Repeated =>
                {
                    ParamStyle::Plain
                }
                (ParamShape::UnionWithArray, _) => {
                    return Err(Error::at(
                        &schema_at,
                        "a union with an array alternative is supported as an exploded `form` query parameter only (there, one value is the scalar and repeated ones the array)",
                    ));
                }
                (ParamShape::Object(properties), _) => match object_style {
                    Some(ParamStyle::Exploded(_)) => ParamStyle::Exploded(properties),
                    Some(style) => style,
                    None => {
                        return Err(Error::at(
                            &schema_at,
                            match location {
                                ParamLocation::Query => {
                                    "this style defines no encoding of an object: use `form` or `deepObject`"
                                }
                                ParamLocation::Path => {
                                    "object path parameters are not supported: use a string"
                                }
                                _ => "object cookie parameters are not supported: use a string",
                            },
                        ));
                    }
                },
                (ParamShape::Unsupported(at, why), _) => return Err(Error::new(at, why)),
            }
        };
        if location == ParamLocation::Path && !data.required {
            return Err(Error::at(
                &pat.push("required"),
                "a path parameter must be required",
            ));
        }
        let schemas = lw.doc.components.as_ref().map(|c| &c.schemas);
        let resolved = match schema {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => {
                Some(resolve(schemas, "schemas", reference, &schema_at)?.0)
            }
        };
        let (pattern, default, constraints) = match resolved {
            Some(s) => {
                let pattern = match &s.schema_kind {
                    SchemaKind::Type(Type::String(st)) => st.pattern.clone(),
                    _ => None,
                };
                (
                    pattern,
                    s.schema_data.default.clone(),
                    lw.constraints_of(RefOr::from(schema), &schema_at)?,
                )
            }
            None => (None, None, Default::default()),
        };
        if let Some(pattern) = &pattern {
            // regex-lite first; what only the full engine reads (Unicode classes)
            // makes the server crate use `regex` (`Api::needs_full_regex`). The reason
            // given is regex-lite's (one line), unless only the full engine could have
            // read the pattern: then that engine's own.
            if let Err(e) = regex_lite::Regex::new(pattern).map(|_| ()).or_else(|lite| {
                let (full, _) = crate::model::engine_pattern(pattern);
                regex::Regex::new(&full).map(|_| ()).map_err(|e| {
                    let text = e.to_string();
                    match text.lines().find_map(|l| l.trim().strip_prefix("error: ")) {
                        Some(reason) if lite.to_string().contains("Unicode") => reason.to_owned(),
                        _ => lite.to_string(),
                    }
                })
            }) {
                return Err(Error::at(
                    &pat.push("schema").push("pattern"),
                    format!(
                        "pattern {pattern:?} is not a regular expression the server can enforce: {e}"
                    ),
                ));
            }
        }
        let allow_slash = data
            .extensions
            .get("x-allow-slash")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if allow_slash && location != ParamLocation::Path {
            return Err(Error::at(
                &pat.push("x-allow-slash"),
                "x-allow-slash applies to path parameters only",
            ));
        }
        o.params.push(Param {
            wire_name: data.name.clone(),
            rust_name: scope.unique(&names::snake(&data.name)),
            location,
            doc: data.description.clone(),
            required: data.required,
            ty,
            default,
            allow_slash,
            pattern,
            constraints,
            array_style,
            style,
        });
    }
    // Reserved for the request body argument and the builder's own fields and methods.
    for p in &mut o.params {
        if BUILDER_NAMES.contains(&p.rust_name.as_str()) {
            p.rust_name = scope.unique(&format!("{}_param", p.rust_name));
        }
    }
    Ok(())
}

/// The query keys an operation's parameters and API keys use, each claimed once, so
/// that the server can tell whose a key is: an exploded object's properties are keys
/// of their own, and an exploded map takes every key no one else claims (so there
/// can be only one).
fn check_query_keys(o: &Operation) -> Result<()> {
    let at = Pointer::root()
        .push("paths")
        .push(&o.path)
        .push(o.method.as_str().to_ascii_lowercase());
    let mut claimed: Vec<(&str, &str)> = Vec::new();
    let mut maps = 0;
    for p in o.params_in(ParamLocation::Query) {
        match &p.style {
            ParamStyle::Exploded(Some(properties)) => {
                claimed.extend(
                    properties
                        .iter()
                        .map(|k| (k.as_str(), p.wire_name.as_str())),
                );
            }
            ParamStyle::Exploded(None) => maps += 1,
            _ => claimed.push((p.wire_name.as_str(), p.wire_name.as_str())),
        }
    }
    if let Security::Required { alternatives, .. } = &o.security {
        for u in alternatives.iter().flatten() {
            if let crate::model::SchemeKind::ApiKey {
                location: ParamLocation::Query,
                name,
            } = &u.scheme.kind
            {
                if !claimed.iter().any(|(k, _)| k == name) {
                    claimed.push((name.as_str(), "an API key"));
                }
            }
        }
    }
    if maps > 1 {
        return Err(Error::at(
            &at.push("parameters"),
            "two exploded (`form`, `explode: true`) map parameters: the server cannot tell their entries apart; give one `style: deepObject`",
        ));
    }
    for (i, (key, owner)) in claimed.iter().enumerate() {
        if let Some((_, other)) = claimed[..i].iter().find(|(k, _)| k == key) {
            return Err(Error::at(
                &at.push("parameters"),
                format!(
                    "the query key {key:?} belongs to both {other:?} and {owner:?} (an exploded object's properties are query keys of their own): rename one, or give the object `style: deepObject`"
                ),
            ));
        }
    }
    Ok(())
}

/// What a parameter's type is, for the ways a parameter can travel.
enum ParamShape {
    /// A scalar, a union or enum of scalars, or an untyped value.
    Scalar,
    /// An array of those.
    Array,
    /// A union of scalars and arrays of scalars (`oneOf: [string, array of string]`).
    UnionWithArray,
    /// An object whose properties are scalars (their names), or a map of scalars
    /// (`None`).
    Object(Option<Vec<String>>),
    /// None of those: where, and why.
    Unsupported(String, String),
}

/// True for the types a parameter holds as one text: scalars, enums, untyped values,
/// and (with `unions`) unions of those.
fn is_scalar(lw: &Lowerer<'_>, t: &TypeRef, unions: bool) -> bool {
    match t {
        TypeRef::Named(n) => match lw.type_def(n).map(|d| &d.kind) {
            Some(TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::ValueEnum { .. }) => {
                true
            }
            Some(TypeKind::Union { variants }) if unions => variants
                .iter()
                .all(|v| !v.boxed && is_scalar(lw, &unalias(lw, v.ty.clone()), false)),
            _ => false,
        },
        TypeRef::Json => true,
        t => is_primitive(t),
    }
}

fn param_shape(lw: &Lowerer<'_>, ty: &TypeRef, at: &Pointer) -> Result<ParamShape> {
    const NESTED: &str = "an object parameter's properties must be scalars (strings, numbers, booleans, enums, or unions of those): no parameter style defines an encoding of nested objects or arrays";
    let scalar = |t: &TypeRef| is_scalar(lw, &unalias(lw, t.clone()), true);
    Ok(match ty {
        t if scalar(t) => ParamShape::Scalar,
        TypeRef::Named(n)
            if lw.type_def(n).is_some_and(|d| {
                matches!(&d.kind, TypeKind::Union { variants } if variants.iter().all(|v| {
                    !v.boxed && match unalias(lw, v.ty.clone()) {
                        TypeRef::Vec(inner) => is_scalar(lw, &unalias(lw, *inner), false),
                        other => is_scalar(lw, &other, false),
                    }
                }))
            }) =>
        {
            ParamShape::UnionWithArray
        }
        TypeRef::Vec(inner) if scalar(inner) => ParamShape::Array,
        TypeRef::Vec(_) => ParamShape::Unsupported(
            at.push("items").to_string(),
            "an array parameter's items must be scalars (strings, numbers, booleans, enums, or unions of those): no parameter style defines an encoding of arrays of objects or arrays".to_owned(),
        ),
        TypeRef::Map(inner) if scalar(inner) => ParamShape::Object(None),
        TypeRef::Map(_) => {
            ParamShape::Unsupported(at.push("additionalProperties").to_string(), NESTED.to_owned())
        }
        TypeRef::JsonObject => ParamShape::Object(None),
        TypeRef::Named(n) => {
            let Some(def) = lw.type_def(n) else {
                return Err(Error::at(at, "parameter type not supported"));
            };
            let TypeKind::Struct {
                fields, additional, ..
            } = &def.kind
            else {
                return Ok(ParamShape::Unsupported(
                    at.to_string(),
                    "parameter type not supported: use a scalar (string, number, integer, boolean, enum, or a union of those), an array of scalars, or an object or map of scalars".to_owned(),
                ));
            };
            for f in fields {
                if f.flatten || !scalar(&f.ty) {
                    let name = f.wire_name.replace('~', "~0").replace('/', "~1");
                    return Ok(ParamShape::Unsupported(
                        format!("{}/properties/{name}", def.pointer),
                        NESTED.to_owned(),
                    ));
                }
            }
            match additional {
                None => ParamShape::Object(Some(fields.iter().map(|f| f.wire_name.clone()).collect())),
                Some(a) if !scalar(a) => ParamShape::Unsupported(
                    format!("{}/additionalProperties", def.pointer),
                    NESTED.to_owned(),
                ),
                Some(_) if fields.is_empty() => ParamShape::Object(None),
                Some(_) => ParamShape::Unsupported(
                    def.pointer.clone(),
                    "an object parameter with both `properties` and `additionalProperties` is not supported: use one of them".to_owned(),
                ),
            }
        }
        _ => ParamShape::Unsupported(
            at.to_string(),
            "parameter type not supported: use a scalar (string, number, integer, boolean, enum, or a union of those), an array of scalars, or an object or map of scalars".to_owned(),
        ),
    })
}

/// Follows named aliases (`$ref`s to a component that is a plain scalar or array) to
/// the type they stand for.
fn unalias(lw: &Lowerer<'_>, ty: TypeRef) -> TypeRef {
    let mut ty = ty;
    for _ in 0..64 {
        ty = match ty {
            TypeRef::Vec(inner) => return TypeRef::Vec(Box::new(unalias(lw, *inner))),
            TypeRef::Named(ref n) => match lw.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Alias { target }) => target.clone(),
                _ => return ty,
            },
            other => return other,
        };
    }
    ty
}

/// An HTTP token (RFC 9110): what a header or cookie name may hold.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Names a request builder uses for itself; parameters and multipart parts that
/// would take one get a `_param` or `_part` suffix.
const BUILDER_NAMES: &[&str] = &[
    "body",
    "client",
    "send",
    "send_with_headers",
    "pages",
    "items",
    "into_future",
];

fn parse_template(
    path: &str,
    params: &[crate::model::Param],
    at: &Pointer,
) -> Result<Vec<Segment>> {
    let mut segments = Vec::new();
    let mut rest = path;
    let mut used = BTreeSet::new();
    while let Some(open) = rest.find('{') {
        if open > 0 {
            segments.push(Segment::Literal(rest[..open].to_owned()));
        }
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::at(at, "unclosed `{` in the path template"))?;
        let name = &rest[open + 1..close];
        let index = params
            .iter()
            .position(|p| p.location == ParamLocation::Path && p.wire_name == name)
            .ok_or_else(|| Error::at(at, format!("path parameter {{{name}}} is not declared")))?;
        if !used.insert(index) {
            return Err(Error::at(
                at,
                format!("path parameter {{{name}}} appears twice"),
            ));
        }
        // An array's items are separated by `,`, which may also be the text around it.
        let whole = (open == 0 && segments.is_empty() || rest[..open].ends_with('/'))
            && (close + 1 == rest.len() || rest[close + 1..].starts_with('/'));
        let p = &params[index];
        if p.travels_as_items() && (!whole || p.allow_slash) {
            return Err(Error::at(
                at,
                format!(
                    "the array path parameter {{{name}}} must fill a whole segment (without x-allow-slash): put `/` around it, or make it a string"
                ),
            ));
        }
        segments.push(Segment::Param(index));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        segments.push(Segment::Literal(rest.to_owned()));
    }
    if rest.contains('}') {
        return Err(Error::at(at, "unbalanced `}` in the path template"));
    }
    for (i, p) in params.iter().enumerate() {
        if p.location == ParamLocation::Path && !used.contains(&i) {
            return Err(Error::at(
                at,
                format!(
                    "path parameter {:?} is declared but not in the path",
                    p.wire_name
                ),
            ));
        }
    }
    Ok(segments)
}

fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&String, &MediaType)> {
    content
        .iter()
        .find(|(ct, _)| is_json(ct))
        .or_else(|| {
            content
                .iter()
                .find(|(ct, _)| ct.starts_with("multipart/form-data"))
        })
        .or_else(|| {
            content
                .iter()
                .find(|(ct, _)| ct.starts_with("application/x-www-form-urlencoded"))
        })
        .or_else(|| content.iter().next())
}

fn lower_body<'a>(
    lw: &mut Lowerer<'a>,
    stem: &str,
    body: &'a ReferenceOr<RequestBody>,
    at: &Pointer,
) -> Result<Body> {
    let components = lw.doc.components.as_ref().map(|c| &c.request_bodies);
    let (body, at) = match body {
        ReferenceOr::Item(b) => (b, at.clone()),
        ReferenceOr::Reference { reference } => {
            resolve(components, "requestBodies", reference, at)?
        }
    };
    let Some((ct, media)) = pick_media(&body.content) else {
        return Err(Error::at(
            &at.push("content"),
            "a request body needs at least one content type",
        ));
    };
    let hint = format!("{stem}Body");
    let first_type = lw.types.len();
    // The content type a single-type body has always used comes first: an error in
    // it is the document's error, as it always was.
    let primary = media_kind(lw, stem, ct, media, &at.push("content").push(ct), &hint)?;
    let doc = body.description.clone();
    // One choice per media type, in document order; JSON types of the same schema are
    // one choice (sent as the first, `application/json` if declared; accepted as any).
    let mut choices: Vec<(Vec<String>, BodyKind)> = Vec::new();
    let mut dropped: Vec<(String, String)> = Vec::new();
    for (other, other_media) in &body.content {
        let essence = media_essence(other);
        if choices.iter().any(|(types, _)| types.contains(&essence)) {
            continue;
        }
        let kind = if other == ct {
            primary.clone()
        } else {
            // Another content type that cannot be lowered is left out, as it always
            // was, and said so in the body's documentation; its types are undone.
            let saved = (
                lw.types.len(),
                lw.type_names.clone(),
                lw.depth,
                lw.defining.len(),
            );
            let mat = at.push("content").push(other);
            match media_kind(lw, stem, other, other_media, &mat, &hint) {
                Ok(kind) => kind,
                Err(e) => {
                    lw.types.truncate(saved.0);
                    lw.types_changed();
                    lw.type_names = saved.1;
                    lw.depth = saved.2;
                    lw.defining.truncate(saved.3);
                    dropped.push((other.clone(), format!("{}: {}", e.pointer, e.message)));
                    continue;
                }
            }
        };
        let same_json = |k: &BodyKind| match (k, &kind) {
            (BodyKind::Json(a), BodyKind::Json(b)) => a == b,
            _ => false,
        };
        match choices.iter_mut().find(|(_, k)| same_json(k)) {
            Some((types, _)) => {
                if essence == "application/json" {
                    types.insert(0, essence);
                } else {
                    types.push(essence);
                }
            }
            None => choices.push((vec![essence], kind)),
        }
    }
    if choices.len() < 2 {
        return Ok(Body {
            required: body.required,
            doc,
            content_type: ct.clone(),
            kind: primary,
            left_out: dropped,
        });
    }
    let mut scope = Scope::new();
    let choices: Vec<BodyChoice> = choices
        .into_iter()
        .map(|(types, kind)| {
            let content_type = types[0].clone();
            let base = match content_type.as_str() {
                "application/json" => "Json".to_owned(),
                "application/x-www-form-urlencoded" => "Form".to_owned(),
                "multipart/form-data" => "Multipart".to_owned(),
                "text/plain" => "Text".to_owned(),
                "application/octet-stream" => "Bytes".to_owned(),
                "*/*" => "Any".to_owned(),
                other => names::camel(other),
            };
            BodyChoice {
                variant: scope.unique(&base),
                content_type,
                also: types[1..].to_vec(),
                kind,
            }
        })
        .collect();
    let mut out = Body {
        required: body.required,
        doc,
        content_type: choices[0].content_type.clone(),
        kind: BodyKind::Choice(choices),
        left_out: dropped,
    };
    // The body's enum is `{Stem}Body`: an inline schema of it that took that name
    // is `{Stem}Request` instead, so that `{Stem}Body::Json` does not hold a
    // `types::{Stem}Body`.
    if let Some(def) = lw.types[first_type..].iter().position(|d| d.name == hint) {
        let to = lw.type_names.unique(&format!("{stem}Request"));
        lw.types[first_type + def].name = to.clone();
        lw.types_changed();
        let mut rename = |t: &mut TypeRef| {
            if matches!(t, TypeRef::Named(n) if *n == hint) {
                *t = TypeRef::Named(to.clone());
            }
        };
        for d in &mut lw.types[first_type..] {
            for r in d.kind.type_refs_mut() {
                r.visit_mut(&mut rename);
            }
        }
        for r in out.type_refs_mut() {
            r.visit_mut(&mut rename);
        }
    }
    Ok(out)
}

/// A media type without its parameters, lower case: `application/json`.
fn media_essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// How a body of one media type travels.
fn media_kind<'a>(
    lw: &mut Lowerer<'a>,
    stem: &str,
    ct: &str,
    media: &'a MediaType,
    mat: &Pointer,
    hint: &str,
) -> Result<BodyKind> {
    Ok(if is_json(ct) {
        match &media.schema {
            Some(s) => {
                let (ty, nullable) = lw.lower(RefOr::from(s), &mat.push("schema"), hint)?;
                // A nullable body is `null` or a value; `Json` already takes `null`.
                if nullable && !matches!(ty, TypeRef::Json | TypeRef::Option(_)) {
                    BodyKind::Json(TypeRef::Option(Box::new(ty)))
                } else {
                    BodyKind::Json(ty)
                }
            }
            None => BodyKind::Json(TypeRef::Json),
        }
    } else if ct.starts_with("multipart/form-data") {
        BodyKind::Multipart(multipart_parts(lw, stem, media, mat)?)
    } else if ct.starts_with("application/x-www-form-urlencoded") {
        form_type(lw, media, mat, hint)?
    } else if ct.starts_with("text/") {
        BodyKind::Text
    } else {
        BodyKind::Bytes
    })
}

/// An `application/x-www-form-urlencoded` body: the object's struct and its
/// bracketed (`deepObject`) fields, or, for an object without `properties`, a map of
/// its (scalar) values, strings unless `additionalProperties` says otherwise.
fn form_type<'a>(
    lw: &mut Lowerer<'a>,
    media: &'a MediaType,
    mat: &Pointer,
    hint: &str,
) -> Result<BodyKind> {
    let schema = media
        .schema
        .as_ref()
        .ok_or_else(|| Error::at(mat, "a form body needs a schema"))?;
    // Fields travel as style form with explode (`name=a&name=b`), the default, or as
    // bracketed keys (`deepObject`, to any depth); other styles would need the server
    // to split values. (The parser reads an absent `explode` as false, so `explode:
    // false` cannot be told from the default.)
    let mut nested = Vec::new();
    for (name, encoding) in &media.encoding {
        let eat = mat.push("encoding").push(name);
        match encoding.style {
            None | Some(QueryStyle::Form) => {}
            Some(QueryStyle::DeepObject) => nested.push(name.clone()),
            Some(_) => {
                return Err(Error::at(
                    &eat.push("style"),
                    "only styles form and deepObject are supported for the fields of a form body",
                ));
            }
        }
    }
    let at = &mat.push("schema");
    // An object without `properties` is a map; anything else (an object, an `allOf`
    // of objects) must lower to a struct.
    let object = lw.body_object(RefOr::from(schema), at)?;
    let (free, object_at) = match object {
        Some(o) if o.properties.is_empty() => (Some(o), None),
        Some(o) => (None, Some(o.at)),
        None => (None, None),
    };
    let Some(object) = free else {
        let object_at = object_at.unwrap_or_else(|| at.clone());
        let (ty, _) = lw.lower(RefOr::from(schema), at, hint)?;
        let ty = unalias(lw, ty);
        let fields = match &ty {
            TypeRef::Named(n) => match lw.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Struct {
                    fields, additional, ..
                }) if additional.is_none() && fields.iter().all(|f| !f.flatten) => fields,
                _ => None.ok_or_else(|| {
                    Error::at(
                        &object_at,
                        "a form body's schema must be an object with properties and no `additionalProperties` schema or `oneOf`: each property is a field of the form",
                    )
                })?,
            },
            _ => {
                return Err(Error::at(
                    at,
                    "a form body's schema must be an object: each property is a field of the form",
                ));
            }
        };
        // Each field is a scalar (`name=value`) or an array of scalars (`name=a&name=b`,
        // style form with explode, the default); nested values have no encoding here.
        // A field of any value (no schema) is sent when its value is a scalar.
        let fits = |t: &TypeRef| *t == TypeRef::Json || is_text_scalar(lw, t);
        let fields = fields.clone();
        nested.retain(|name| fields.iter().any(|f| &f.wire_name == name));
        for field in &fields {
            let fat = object_at.push("properties").push(&field.wire_name);
            if nested.contains(&field.wire_name) {
                continue;
            }
            if !nested.is_empty() && field.wire_name.contains(['[', ']']) {
                return Err(Error::at(
                    &fat,
                    "a form with deepObject fields reads `[` in a key as the start of a nested key: rename this field",
                ));
            }
            let plain = unalias(lw, field.ty.clone());
            let fits = match &plain {
                TypeRef::Vec(inner) => fits(&unalias(lw, (**inner).clone())),
                t => fits(t),
            };
            if !fits {
                return Err(Error::at(
                    &fat,
                    "a form field of style form must be a scalar or an array of scalars: give it `style: deepObject` in the media type's `encoding` to send it as bracketed keys (`field[key]=value`)",
                ));
            }
        }
        return Ok(BodyKind::Form { ty, nested });
    };
    let value = match object.additional {
        Some((openapiv3::AdditionalProperties::Schema(inner), ap)) => {
            let (t, _) = lw.lower(RefOr::from(inner.as_ref()), &ap, &format!("{hint}Value"))?;
            let t = unalias(lw, t);
            if !is_text_scalar(lw, &t) {
                return Err(Error::at(
                    &ap,
                    "the values of a form without `properties` must be scalars (a string, number, boolean or enum)",
                ));
            }
            t
        }
        _ => TypeRef::String,
    };
    Ok(BodyKind::Form {
        ty: TypeRef::Map(Box::new(value)),
        nested: Vec::new(),
    })
}

fn multipart_parts<'a>(
    lw: &mut Lowerer<'a>,
    stem: &str,
    media: &'a MediaType,
    at: &Pointer,
) -> Result<Vec<MultipartPart>> {
    let sat = at.push("schema");
    let Some(schema) = &media.schema else {
        return Err(Error::at(at, "a multipart body needs a schema"));
    };
    let Some(object) = lw.body_object(RefOr::from(schema), &sat)? else {
        return Err(Error::at(
            &sat,
            "a multipart body's schema must be an object: each property is a part",
        ));
    };
    if object.properties.is_empty() {
        return Err(Error::at(
            &object.at,
            "a multipart body's schema needs `properties`: each property is a part",
        ));
    }
    let mut scope = Scope::new();
    let mut parts = Vec::new();
    for (name, prop, pat) in object.properties {
        let encoding = media.encoding.get(name.as_str());
        let eat = at.push("encoding").push(name);
        if encoding.is_some_and(|e| !e.headers.is_empty()) {
            return Err(Error::at(
                &eat.push("headers"),
                "headers of a multipart part are not supported: leave them out",
            ));
        }
        let declared = match encoding.and_then(|e| e.content_type.as_deref()) {
            Some(list) => Some(part_content_type(list, &eat.push("contentType"))?),
            None => None,
        };
        let hint = format!("{stem}{}", names::camel(name));
        let items = lw.array_items(prop, &pat)?;
        let json_declared = matches!(&declared, Some(Some(ct)) if is_json(ct));
        let (kind, repeated, nullable) = if lw.is_binary(prop, &pat)? {
            (PartKind::File, false, false)
        } else if let Some((items, iat)) = items.filter(|_| !json_declared) {
            if lw.is_binary(items, &iat)? {
                (PartKind::File, true, false)
            } else {
                let (ty, nullable) = lw.lower(prop, &pat, &hint)?;
                match unalias(lw, ty) {
                    TypeRef::Vec(inner) if is_text_scalar(lw, &inner) => {
                        (PartKind::Text(*inner), true, nullable)
                    }
                    ty => (PartKind::Json(ty), false, nullable),
                }
            }
        } else {
            let (ty, nullable) = lw.lower(prop, &pat, &hint)?;
            let plain = unalias(lw, ty.clone());
            if is_text_scalar(lw, &plain) && !json_declared {
                (PartKind::Text(plain), false, nullable)
            } else {
                (PartKind::Json(ty), false, nullable)
            }
        };
        let content_type = match (&kind, declared) {
            (_, Some(Some(ct))) => {
                if matches!(kind, PartKind::Json(_)) && !is_json(&ct) {
                    return Err(Error::at(
                        &eat.push("contentType"),
                        format!(
                            "part {name:?} is an object or array, which travels as JSON; {ct:?} has no defined encoding for it: use application/json"
                        ),
                    ));
                }
                Some(ct)
            }
            (PartKind::File, _) => Some("application/octet-stream".to_owned()),
            (PartKind::Json(_), _) => Some("application/json".to_owned()),
            (PartKind::Text(_), _) => None,
        };
        let doc = lw.description_of(prop, &pat)?;
        parts.push(MultipartPart {
            wire_name: name.clone(),
            rust_name: scope.unique(&names::snake(name)),
            required: object.required.contains(name.as_str()) && !nullable,
            doc,
            kind,
            repeated,
            content_type,
            constraints: lw.constraints_of(prop, &pat)?,
        });
    }
    Ok(parts)
}

/// `encoding.<part>.contentType`: a media type, or a list of them; the part is sent
/// as the first that names one type (`None` when every entry is a wildcard such as
/// `image/*`, which leaves the choice to the caller).
fn part_content_type(list: &str, at: &Pointer) -> Result<Option<String>> {
    let mut first = None;
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let base = entry.split(';').next().unwrap_or_default().trim();
        let valid = base
            .split_once('/')
            .is_some_and(|(t, s)| is_token(t) && is_token(s))
            && entry.bytes().all(|b| (b' '..=b'~').contains(&b));
        if !valid {
            return Err(Error::at(
                at,
                format!("{entry:?} is not a media type (`type/subtype`)"),
            ));
        }
        if first.is_none() && !base.contains('*') {
            first = Some(entry.to_owned());
        }
    }
    Ok(first)
}

/// Whether a (de-aliased) type travels as plain text: strings, numbers, booleans,
/// string and integer enums, formatted strings.
fn is_text_scalar(lw: &Lowerer<'_>, t: &TypeRef) -> bool {
    match t {
        TypeRef::Named(n) => lw
            .types
            .iter()
            .find(|d| &d.name == n)
            .is_some_and(|d| matches!(d.kind, TypeKind::Enum { .. } | TypeKind::IntEnum { .. })),
        t => is_primitive(t),
    }
}

/// Whether a type is one written as a single text value: strings, numbers, booleans,
/// formatted strings and user types (which travel as their `Display`/serde text).
fn is_primitive(t: &TypeRef) -> bool {
    matches!(
        t,
        TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Base64
            | TypeRef::External(_)
    )
}

fn lower_responses<'a>(
    lw: &mut Lowerer<'a>,
    o: &mut Operation,
    op: &'a openapiv3::Operation,
    at: &Pointer,
) -> Result<()> {
    let rat = at.push("responses");
    let mut list: Vec<(Status, &ReferenceOr<openapiv3::Response>, Pointer)> = Vec::new();
    for (code, r) in &op.responses.responses {
        let (status, key) = match code {
            StatusCode::Code(c) => (Status::Code(*c), c.to_string()),
            StatusCode::Range(r) => (Status::Range(*r), format!("{r}XX")),
        };
        if let Status::Code(c) = status {
            if !(100..=599).contains(&c) {
                return Err(Error::at(
                    &rat.push(&key),
                    format!("{c} is not an HTTP status code"),
                ));
            }
        }
        list.push((status, r, rat.push(&key)));
    }
    if let Some(r) = &op.responses.default {
        list.push((Status::Default, r, rat.push("default")));
    }
    if list.is_empty() {
        return Err(Error::at(&rat, "an operation needs at least one response"));
    }
    let success_count = list.iter().filter(|(s, _, _)| s.is_success()).count();
    let components = lw.doc.components.as_ref().map(|c| &c.responses);
    for (status, r, pat) in list {
        let (resp, pat) = match r {
            ReferenceOr::Item(x) => (x, pat),
            ReferenceOr::Reference { reference } => {
                resolve(components, "responses", reference, &pat)?
            }
        };
        let variant = status_variant(status);
        let hint = if success_count > 1 || !status.is_success() {
            format!("{}{}Response", o.type_stem, variant)
        } else {
            format!("{}Response", o.type_stem)
        };
        let body = match pick_media(&resp.content) {
            None => ResponseBody::Empty,
            Some((ct, media)) if is_json(ct) => match &media.schema {
                Some(s) => ResponseBody::Json(
                    lw.lower(
                        RefOr::from(s),
                        &pat.push("content").push(ct).push("schema"),
                        &hint,
                    )?
                    .0,
                ),
                None => ResponseBody::Json(TypeRef::Json),
            },
            Some((ct, _)) if ct.starts_with("text/") => ResponseBody::Text,
            Some(_) => ResponseBody::Bytes,
        };
        let header_components = lw.doc.components.as_ref().map(|c| &c.headers);
        let mut headers = Vec::new();
        for (name, header) in &resp.headers {
            let header = match header {
                ReferenceOr::Item(h) => h,
                ReferenceOr::Reference { reference } => {
                    resolve(
                        header_components,
                        "headers",
                        reference,
                        &pat.push("headers").push(name),
                    )?
                    .0
                }
            };
            headers.push(crate::model::ResponseHeader {
                name: name.clone(),
                doc: header.description.clone(),
                required: header.required,
            });
        }
        o.responses.push(Response {
            status,
            doc: resp.description.clone(),
            variant,
            body,
            headers,
        });
    }
    o.responses.sort_by_key(|r| r.status);
    Ok(())
}

/// Setter names of the client builder for every security scheme of the document,
/// by scheme name: the scheme's name in snake case, clear of the builder's own methods.
fn scheme_setters(doc: &openapiv3::OpenAPI) -> std::collections::BTreeMap<String, String> {
    let mut scope = Scope::new();
    scope.reserve(CLIENT_BUILDER_METHODS.iter().copied());
    let mut names: Vec<&String> = doc
        .components
        .iter()
        .flat_map(|c| c.security_schemes.keys())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| (n.clone(), scope.unique(&names::snake(n))))
        .collect()
}

/// The fixed methods of the generated `ClientBuilder`.
const CLIENT_BUILDER_METHODS: &[&str] = &[
    "bearer_token",
    "timeout",
    "user_agent",
    "http_client",
    "build",
    "clone",
    "fmt",
];

fn lower_scheme(
    lw: &Lowerer<'_>,
    name: &str,
    setters: &std::collections::BTreeMap<String, String>,
    at: &Pointer,
) -> Result<crate::model::SecurityScheme> {
    use crate::model::{SchemeKind, SecurityScheme};
    use openapiv3::{APIKeyLocation, SecurityScheme as Raw};
    let schemes = lw.doc.components.as_ref().map(|c| &c.security_schemes);
    let undefined = || {
        Error::at(
            at,
            format!("security scheme {name:?} is not defined in components/securitySchemes"),
        )
    };
    let (raw, sat) = match schemes.and_then(|s| s.get(name)) {
        None => return Err(undefined()),
        Some(ReferenceOr::Item(raw)) => (
            raw,
            Pointer::root()
                .push("components")
                .push("securitySchemes")
                .push(name),
        ),
        Some(ReferenceOr::Reference { reference }) => {
            resolve(schemes, "securitySchemes", reference, at)?
        }
    };
    let (kind, doc) = match raw {
        Raw::APIKey {
            location,
            name: key,
            description,
            ..
        } => {
            if key.is_empty() {
                return Err(Error::at(&sat.push("name"), "an API key needs a name"));
            }
            let location = match location {
                APIKeyLocation::Query => ParamLocation::Query,
                APIKeyLocation::Header => ParamLocation::Header,
                APIKeyLocation::Cookie => ParamLocation::Cookie,
            };
            let header_ok = key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            if location == ParamLocation::Header && !header_ok {
                return Err(Error::at(
                    &sat.push("name"),
                    format!("{key:?} is not a valid header name"),
                ));
            }
            let cookie_ok = header_ok && !key.contains(['=', ';']);
            if location == ParamLocation::Cookie && !cookie_ok {
                return Err(Error::at(
                    &sat.push("name"),
                    format!("{key:?} is not a valid cookie name"),
                ));
            }
            (
                SchemeKind::ApiKey {
                    location,
                    name: key.clone(),
                },
                description.clone(),
            )
        }
        Raw::HTTP {
            scheme,
            description,
            ..
        } => {
            let kind = match scheme.to_ascii_lowercase().as_str() {
                "bearer" => SchemeKind::Bearer,
                "basic" => SchemeKind::Basic,
                other => {
                    return Err(Error::at(
                        &sat.push("scheme"),
                        format!(
                            "the HTTP authentication scheme {other:?} is not supported: use `basic` or `bearer`"
                        ),
                    ));
                }
            };
            (kind, description.clone())
        }
        Raw::OAuth2 { description, .. } | Raw::OpenIDConnect { description, .. } => {
            (SchemeKind::Bearer, description.clone())
        }
    };
    Ok(SecurityScheme {
        name: name.to_owned(),
        setter: setters.get(name).cloned().ok_or_else(undefined)?,
        kind,
        doc,
    })
}

fn lower_security(
    lw: &Lowerer<'_>,
    setters: &std::collections::BTreeMap<String, String>,
    own: Option<&Vec<openapiv3::SecurityRequirement>>,
    at: &Pointer,
) -> Result<Security> {
    use crate::model::{SchemeKind, SchemeUse};
    let (reqs, rat) = match own {
        Some(r) => (r, at.push("security")),
        None => match &lw.doc.security {
            Some(r) => (r, Pointer::root().push("security")),
            None => return Ok(Security::None),
        },
    };
    let optional = reqs.iter().any(|r| r.is_empty());
    let mut alternatives = Vec::new();
    for (i, req) in reqs.iter().enumerate() {
        if req.is_empty() {
            continue;
        }
        let mut uses: Vec<SchemeUse> = Vec::new();
        for (scheme, needed) in req {
            let sat = rat.push(i.to_string()).push(scheme);
            let scheme = lower_scheme(lw, scheme, setters, &sat)?;
            // Two bearer schemes in one requirement (an `oauth2` scheme and the `http`
            // bearer that lets a person paste its token) name one token, which must
            // grant the scopes of both.
            if scheme.kind == SchemeKind::Bearer {
                if let Some(same) = uses
                    .iter_mut()
                    .find(|u| u.scheme.kind == SchemeKind::Bearer)
                {
                    same.scopes.extend(needed.iter().cloned());
                    same.scopes.sort();
                    same.scopes.dedup();
                    continue;
                }
            }
            if scheme.kind.uses_authorization()
                && uses.iter().any(|u| u.scheme.kind.uses_authorization())
            {
                return Err(Error::at(
                    &sat,
                    "a requirement cannot combine basic and bearer credentials: both use the Authorization header",
                ));
            }
            let mut scopes: Vec<String> = needed.clone();
            scopes.sort();
            scopes.dedup();
            uses.push(SchemeUse { scheme, scopes });
        }
        if !alternatives.contains(&uses) {
            alternatives.push(uses);
        }
    }
    if alternatives.is_empty() {
        return Ok(Security::None);
    }
    Ok(Security::Required {
        alternatives,
        optional,
    })
}

fn lower_pagination(
    lw: &Lowerer<'_>,
    o: &Operation,
    ext: &serde_json::Value,
    at: &Pointer,
) -> Result<Pagination> {
    let get = |key: &str| {
        ext.get(key).and_then(|v| v.as_str()).ok_or_else(|| {
            Error::at(
                &at.push(key),
                format!("x-pagination needs a string `{key}`"),
            )
        })
    };
    let (token_param, token_field, items_field) = (
        get("token-param")?,
        get("token-field")?,
        get("items-field")?,
    );
    let token_param = o
        .params
        .iter()
        .position(|p| p.location == ParamLocation::Query && p.wire_name == token_param)
        .ok_or_else(|| {
            Error::at(
                &at.push("token-param"),
                format!("no query parameter {token_param:?}"),
            )
        })?;
    if o.params[token_param].ty != TypeRef::String || o.params[token_param].required {
        return Err(Error::at(
            &at.push("token-param"),
            "the token parameter must be an optional string",
        ));
    }
    let mut successes = o
        .successes()
        .filter(|r| matches!(r.body, ResponseBody::Json(_)));
    let (Some(resp), None) = (successes.next(), successes.next()) else {
        return Err(Error::at(
            at,
            "a paginated operation needs exactly one JSON success response",
        ));
    };
    let ResponseBody::Json(TypeRef::Named(page_type)) = &resp.body else {
        return Err(Error::at(
            at,
            "a paginated operation's response must be a named object schema",
        ));
    };
    let def = lw.type_def(page_type);
    let Some(TypeKind::Struct { fields, .. }) = def.map(|d| &d.kind) else {
        return Err(Error::at(
            at,
            "a paginated operation's response must be an object",
        ));
    };
    let token = fields
        .iter()
        .find(|f| f.wire_name == token_field)
        .ok_or_else(|| {
            Error::at(
                &at.push("token-field"),
                format!("the response has no property {token_field:?}"),
            )
        })?;
    if token.ty != TypeRef::String || token.required && !token.nullable {
        return Err(Error::at(
            &at.push("token-field"),
            "the token field must be an optional or nullable string",
        ));
    }
    let items = fields
        .iter()
        .find(|f| f.wire_name == items_field)
        .ok_or_else(|| {
            Error::at(
                &at.push("items-field"),
                format!("the response has no property {items_field:?}"),
            )
        })?;
    let TypeRef::Vec(item_type) = &items.ty else {
        return Err(Error::at(
            &at.push("items-field"),
            "the items field must be an array",
        ));
    };
    Ok(Pagination {
        token_param,
        token_field: token.rust_name.clone(),
        items_field: items.rust_name.clone(),
        item_type: (**item_type).clone(),
        page_type: page_type.clone(),
    })
}
