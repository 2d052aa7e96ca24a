//! The checked intermediate model: everything the emitters need, already named,
//! resolved and validated. Emitters read only this, never the raw OpenAPI types.

use std::collections::BTreeMap;

/// A whole API, ready to emit.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// Named types, in a stable order (by Rust name).
    pub types: Vec<TypeDef>,
    /// Operations, in document order (path, then method).
    pub operations: Vec<Operation>,
    /// The error body type (a struct in `types`) that both crates use for error
    /// statuses; see [`ErrorModel`].
    pub error: ErrorModel,
    /// OAuth scopes and their descriptions, from the security schemes.
    pub scopes: BTreeMap<String, String>,
    /// The input document as pretty-printed JSON ending with a line break: the
    /// server's `openapi.json`, served by its discovery endpoint.
    pub document_json: String,
    /// The document's `servers`, in order.
    pub servers: Vec<Server>,
    /// Cargo features, one per tag, that gate the operations and the types only they
    /// use (empty unless [`crate::Config::tag_features`] is on); see [`crate::features`].
    pub features: Features,
}

impl Api {
    /// Whether a parameter's `pattern` needs the `regex` crate (Unicode classes such
    /// as `\p{L}`): the server then checks every pattern with it instead of
    /// `regex-lite`, which lacks them.
    pub fn needs_full_regex(&self) -> bool {
        self.operations
            .iter()
            .flat_map(|o| &o.params)
            .filter_map(|p| p.pattern.as_deref())
            .any(|p| regex_lite::Regex::new(p).is_err())
    }
}

/// A parameter's `pattern` as the server's engine reads it: as written when
/// regex-lite takes it; for the `regex` crate (a pattern with Unicode classes), with
/// `\d` and `\w` and their negations spelled as ASCII classes, the meaning ECMA-262
/// gives them (`regex` reads them as Unicode classes). The flag says which engine.
pub fn engine_pattern(pattern: &str) -> (String, bool) {
    if regex_lite::Regex::new(pattern).is_ok() {
        return (pattern.to_owned(), false);
    }
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some('w') => out.push_str("[0-9A-Za-z_]"),
            Some('W') => out.push_str("[^0-9A-Za-z_]"),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    (out, true)
}

/// One Cargo feature per tag: which operations and types each gates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// Feature name -> the tags it stands for (tags whose names spell the same
    /// feature share it), in name order.
    pub names: BTreeMap<String, Vec<String>>,
    /// operationId -> its feature. Operations without a tag are always built.
    pub operations: BTreeMap<String, String>,
    /// Type name -> the features any of which builds it. Types missing here are always
    /// built (used by an untagged operation, the error body, or no operation).
    pub types: BTreeMap<String, std::collections::BTreeSet<String>>,
}

impl Api {
    /// The named type `name`. `types` is sorted by name, so this is a binary search
    /// (with a scan as the fallback, should a pass ever leave them out of order).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        match self.types.binary_search_by(|t| t.name.as_str().cmp(name)) {
            Ok(i) => self.types.get(i),
            Err(_) => self.types.iter().find(|t| t.name == name),
        }
    }
}

impl Features {
    /// The features that build an operation; `None` when it is always built.
    pub fn of_operation(&self, operation_id: &str) -> Option<std::collections::BTreeSet<String>> {
        self.operations
            .get(operation_id)
            .map(|f| std::iter::once(f.clone()).collect())
    }

    /// The features that build a type; `None` when it is always built.
    pub fn of_type(&self, name: &str) -> Option<&std::collections::BTreeSet<String>> {
        self.types.get(name)
    }
}

/// A server of the document: a URL template and its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The URL as written, with `{variable}`s.
    pub url: String,
    pub description: Option<String>,
    pub variables: Vec<ServerVariable>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVariable {
    pub name: String,
    pub default: String,
    /// The values allowed, when the document limits them.
    pub allowed: Vec<String>,
    pub description: Option<String>,
}

/// How the error body type maps onto the fields the generated server fills in.
#[derive(Debug, Clone)]
pub struct ErrorModel {
    /// Rust name of the struct.
    pub type_name: String,
    /// True when the struct was synthesized because the spec has none.
    pub synthesized: bool,
    /// Field assignments for `ApiError::new(status, title, detail)`.
    pub status_field: ErrorField,
    pub title_field: Option<ErrorField>,
    pub detail_field: Option<ErrorField>,
    /// Further optional string fields that repeat the detail (e.g. `error_message`).
    pub detail_aliases: Vec<ErrorField>,
    /// Further optional string fields that repeat the title (e.g. `error_type`).
    pub title_aliases: Vec<ErrorField>,
    pub type_field: Option<ErrorField>,
}

#[derive(Debug, Clone)]
pub struct ErrorField {
    pub rust_name: String,
    pub required: bool,
    /// The Rust type of the status field (`i64`, `i32`, ...), for `status`.
    pub ty: TypeRef,
}

impl TypeKind {
    /// Every type reference the definition holds (not those nested in them).
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct {
                fields, additional, ..
            } => fields
                .iter()
                .map(|f| &f.ty)
                .chain(additional.as_ref())
                .collect(),
            TypeKind::Union { variants } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Tagged { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias { target } | TypeKind::Newtype { target } => vec![target],
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::ValueEnum { .. } => {
                Vec::new()
            }
        }
    }

    /// Every type reference the definition holds, to change.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeKind::Struct {
                fields, additional, ..
            } => fields
                .iter_mut()
                .map(|f| &mut f.ty)
                .chain(additional.as_mut())
                .collect(),
            TypeKind::Union { variants } => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Tagged { variants, .. } => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Alias { target } | TypeKind::Newtype { target } => vec![target],
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::ValueEnum { .. } => {
                Vec::new()
            }
        }
    }
}

impl Operation {
    /// Every type reference of the operation: parameters, body, responses, pagination.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        let mut out: Vec<&TypeRef> = self.params.iter().map(|p| &p.ty).collect();
        if let Some(body) = &self.body {
            for kind in body.kinds() {
                match kind {
                    BodyKind::Json(t) | BodyKind::Form { ty: t, .. } => out.push(t),
                    BodyKind::Multipart(parts) => {
                        for part in parts {
                            if let PartKind::Text(t) | PartKind::Json(t) = &part.kind {
                                out.push(t);
                            }
                        }
                    }
                    BodyKind::Bytes | BodyKind::Text | BodyKind::Choice(_) => {}
                }
            }
        }
        for r in &self.responses {
            if let ResponseBody::Json(t) = &r.body {
                out.push(t);
            }
        }
        if let Some(p) = &self.pagination {
            out.push(&p.item_type);
        }
        out
    }

    /// Like [`Operation::type_refs`], to change.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        let mut out: Vec<&mut TypeRef> = self.params.iter_mut().map(|p| &mut p.ty).collect();
        if let Some(body) = &mut self.body {
            out.extend(body.type_refs_mut());
        }
        for r in &mut self.responses {
            if let ResponseBody::Json(t) = &mut r.body {
                out.push(t);
            }
        }
        if let Some(p) = &mut self.pagination {
            out.push(&mut p.item_type);
        }
        out
    }
}

/// A named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    pub doc: Option<String>,
    /// Where in the spec the type comes from.
    pub pointer: String,
    pub kind: TypeKind,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// `additionalProperties` with a schema: kept in a flattened map.
        additional: Option<TypeRef>,
        /// `additionalProperties: false`: the server refuses other properties (the
        /// client stays tolerant).
        closed: bool,
    },
    /// A string enum with a catch-all variant for values the spec does not list.
    Enum { variants: Vec<Variant> },
    /// An integer enum with a catch-all variant.
    IntEnum { variants: Vec<IntVariant> },
    /// An enum whose values are not all strings or all integers (numbers, booleans,
    /// or a mix), with a catch-all variant holding the JSON value.
    ValueEnum { variants: Vec<ValueVariant> },
    /// `oneOf`/`anyOf`: an untagged union, tried in order.
    Union { variants: Vec<UnionVariant> },
    /// `oneOf`/`anyOf` with a `discriminator`: an object is decoded by the value of
    /// `property`, with a catch-all variant for values the document does not list; a
    /// member that is not an object (an array, say) is chosen by the JSON type of the
    /// value instead.
    Tagged {
        property: String,
        variants: Vec<TaggedVariant>,
    },
    /// A named alias for another type (e.g. a named array or a `$ref` with a description).
    Alias { target: TypeRef },
    /// A named wrapper of another type, where an alias would refer to itself
    /// (`Tree: {type: array, items: {$ref: Tree}}` -> `struct Tree(Vec<Tree>)`).
    Newtype { target: TypeRef },
}

#[derive(Debug, Clone)]
pub struct Field {
    pub rust_name: String,
    pub wire_name: String,
    pub doc: Option<String>,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// Boxed to break a cycle of directly nested types.
    pub boxed: bool,
    /// Bounds the server checks after decoding.
    pub constraints: Constraints,
    /// The schema's `default`, when it has one.
    pub default: Option<serde_json::Value>,
    /// `readOnly`: sent in responses only; never demanded in a request (`required`
    /// is already false for such a field).
    pub read_only: bool,
    /// `writeOnly`: sent in requests only; the client does not demand it in a response.
    pub write_only: bool,
    /// A union of alternatives (`oneOf` beside properties) whose properties sit
    /// beside this struct's own: `#[serde(flatten)]`, no wire name.
    pub flatten: bool,
}

/// The value bounds of a schema that decoding alone does not enforce: `minimum` and
/// `maximum` (with their `exclusive*` flags) for numbers, `minLength`/`maxLength`
/// for strings (in characters), `minItems`/`maxItems` for arrays; and those of an
/// array's items or a map's values. They are read through `$ref`s and `allOf`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    /// `minLength` of a string or `minItems` of an array.
    pub min_length: Option<usize>,
    /// `maxLength` of a string or `maxItems` of an array.
    pub max_length: Option<usize>,
    /// The bounds of each item of an array, or of each value of a map.
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// One end of a numeric range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

impl Field {
    /// The field's full Rust type shape in the client's types: optional and nullable
    /// kept apart. A required `writeOnly` field is optional there, since responses
    /// leave it out.
    pub fn presence(&self) -> Presence {
        self.presence_with(self.required && !self.write_only)
    }

    /// The field's shape in the server's types: required as the document says.
    pub fn server_presence(&self) -> Presence {
        self.presence_with(self.required)
    }

    fn presence_with(&self, required: bool) -> Presence {
        match (required, self.nullable) {
            (true, false) => Presence::Required,
            (true, true) => Presence::RequiredNullable,
            (false, false) => Presence::Optional,
            (false, true) => Presence::OptionalNullable,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// `T`
    Required,
    /// `Option<T>`, always sent (null when `None`).
    RequiredNullable,
    /// `Option<T>`, omitted when `None`.
    Optional,
    /// `Option<Option<T>>`: absent, null, or a value.
    OptionalNullable,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub rust_name: String,
    pub wire_value: String,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct IntVariant {
    pub rust_name: String,
    pub value: i64,
}

#[derive(Debug, Clone)]
pub struct ValueVariant {
    pub rust_name: String,
    pub value: serde_json::Value,
}

#[derive(Debug, Clone)]
pub struct TaggedVariant {
    pub rust_name: String,
    /// A named type (the member's schema).
    pub ty: TypeRef,
    /// The property values that select this variant; the first is the one written.
    pub tags: Vec<String>,
    /// Boxed to break a cycle of directly nested types.
    pub boxed: bool,
    /// Whether the member's schema has the property itself; when not, encoding adds it.
    pub declares_tag: bool,
    /// A member whose values are not objects: chosen by the JSON type of the value,
    /// never by a tag (`tags` then only document the mapping).
    pub json_type: Option<JsonType>,
}

/// The JSON type of a tagged union's member that is not an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Array,
    String,
    /// Integers and other numbers: one JSON type.
    Number,
    Boolean,
}

impl JsonType {
    /// The name JSON Schema gives the type.
    pub fn name(self) -> &'static str {
        match self {
            JsonType::Array => "array",
            JsonType::String => "string",
            JsonType::Number => "number",
            JsonType::Boolean => "boolean",
        }
    }
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: TypeRef,
    /// Boxed to break a cycle of directly nested types.
    pub boxed: bool,
}

/// A reference to a Rust type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    Named(String),
    String,
    /// `date-time` (and non-standard `rfc2822`): kept as the server's text.
    DateTime,
    /// `date`: kept as the server's text.
    Date,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// Raw bytes (`format: binary` bodies).
    Bytes,
    /// Bytes sent as base64 text (`format: byte`): the generated `types::Base64`.
    Base64,
    /// A Rust type by its path, from the configuration (e.g. `uuid::Uuid`).
    External(String),
    /// Any JSON value (the empty schema).
    Json,
    /// A JSON object of unknown shape.
    JsonObject,
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
    /// Nullable value (`Option<T>`), used inside arrays, maps and unions.
    Option(Box<TypeRef>),
}

impl TypeRef {
    /// Calls `f` on this reference and every one nested in it.
    pub fn visit_mut(&mut self, f: &mut impl FnMut(&mut TypeRef)) {
        f(self);
        if let TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) = self {
            inner.visit_mut(f);
        }
    }

    /// True for types that are `Copy` scalars.
    pub fn is_copy(&self) -> bool {
        matches!(
            self,
            TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's operationId, or the derived one.
    pub operation_id: String,
    /// snake_case method name.
    pub fn_name: String,
    /// UpperCamelCase stem for the operation's types (`GetRepo` -> `GetRepoParams`).
    pub type_stem: String,
    pub method: Method,
    /// The path template as written in the spec (`/api/v1/repository/{repository}`).
    pub path: String,
    pub segments: Vec<Segment>,
    pub tag: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    /// Documented responses, success first, by status.
    pub responses: Vec<Response>,
    pub security: Security,
    pub pagination: Option<Pagination>,
    pub pointer: String,
}

impl Operation {
    pub fn params_in(&self, location: ParamLocation) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(move |p| p.location == location)
    }

    /// Responses with a 2xx (or 1xx/3xx) status.
    pub fn successes(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| r.status.is_success())
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Literal(String),
    /// A parameter, by its index in `Operation::params`.
    Param(usize),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub wire_name: String,
    pub rust_name: String,
    pub location: ParamLocation,
    pub doc: Option<String>,
    pub required: bool,
    pub ty: TypeRef,
    /// JSON text of the default, when the spec gives one.
    pub default: Option<serde_json::Value>,
    /// A path parameter that may hold literal `/` (vendor extension `x-allow-slash`).
    pub allow_slash: bool,
    /// Regex the value must match, from `pattern`.
    pub pattern: Option<String>,
    /// Numeric and length bounds, checked with the other parameters.
    pub constraints: Constraints,
    /// How the items of an array value travel.
    pub array_style: ArrayStyle,
    /// How the value travels: as text, as JSON text, or as an object's entries.
    pub style: ParamStyle,
}

impl Param {
    /// Whether the value travels as a list of item texts (`3,4,5`): an array of the
    /// `Plain` style. An array given by `content` travels as one JSON text instead.
    pub fn travels_as_items(&self) -> bool {
        matches!(self.ty, TypeRef::Vec(_)) && self.style == ParamStyle::Plain
    }
}

/// How a parameter's value travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamStyle {
    /// A scalar as its text, or an array of scalars laid out by [`ArrayStyle`].
    /// Unions and enums of mixed scalars, and untyped values, travel as the text of
    /// the value they hold.
    Plain,
    /// `content: {application/json: ...}`: the value's JSON text.
    Json,
    /// An object or map in the query, each entry a pair of its own (`form` with
    /// `explode`: `name=x&age=3`). An object lists the property names it takes; a map
    /// (`None`) takes every query key that no other parameter of the operation claims.
    Exploded(Option<Vec<String>>),
    /// An object or map as one value, keys and values alternating:
    /// `filter=name,x,age,3` (query `form` without `explode`, header `simple`).
    Flat,
    /// `deepObject`: `filter[name]=x&filter[age]=3` (query). Values of any shape
    /// travel so: nested objects and arrays as further brackets (`filter[a][b]=x`,
    /// `expand[0]=x`), a scalar as `name=value` (see the crate's docs on nested keys).
    Deep,
    /// A header `simple` object with `explode`: `name=x,age=3`.
    Pairs,
}

/// How an array parameter's items travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayStyle {
    /// One `name=item` pair per item (query `form` with `explode: true`, the default).
    Repeated,
    /// One value, the items joined by this character: `,` (query `form` without
    /// explode, headers, cookies), ` ` (`spaceDelimited`) or `|` (`pipeDelimited`).
    Delimited(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub required: bool,
    pub doc: Option<String>,
    /// The content type sent (the first of a `Choice`).
    pub content_type: String,
    pub kind: BodyKind,
    /// Content types the document also gives that cannot be generated (beside one
    /// that can), each with the reason: neither side takes them.
    pub left_out: Vec<(String, String)>,
}

impl Body {
    /// The body's kind, or each kind of a `Choice`.
    pub fn kinds(&self) -> Vec<&BodyKind> {
        match &self.kind {
            BodyKind::Choice(choices) => choices.iter().map(|c| &c.kind).collect(),
            kind => vec![kind],
        }
    }

    /// Like [`Body::kinds`], to change.
    pub fn kinds_mut(&mut self) -> Vec<&mut BodyKind> {
        match &mut self.kind {
            BodyKind::Choice(choices) => choices.iter_mut().map(|c| &mut c.kind).collect(),
            kind => vec![kind],
        }
    }

    /// Every type reference of the body, of each of its kinds, to change.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        let mut out = Vec::new();
        for kind in self.kinds_mut() {
            match kind {
                BodyKind::Json(t) | BodyKind::Form { ty: t, .. } => out.push(t),
                BodyKind::Multipart(parts) => {
                    for part in parts {
                        if let PartKind::Text(t) | PartKind::Json(t) = &mut part.kind {
                            out.push(t);
                        }
                    }
                }
                BodyKind::Bytes | BodyKind::Text | BodyKind::Choice(_) => {}
            }
        }
        out
    }

    /// The parts of the multipart body, alone or among several content types.
    pub fn multipart(&self) -> Option<&[MultipartPart]> {
        self.kinds().into_iter().find_map(|k| match k {
            BodyKind::Multipart(parts) => Some(parts.as_slice()),
            _ => None,
        })
    }
}

/// One content type of a body the document gives several for: the caller picks one,
/// and the server dispatches on the request's `Content-Type`.
#[derive(Debug, Clone)]
pub struct BodyChoice {
    /// The media type sent, lower case, parameters stripped.
    pub content_type: String,
    /// Other JSON media types of the same schema, accepted by the server as this one.
    pub also: Vec<String>,
    /// The variant's name in the body enum, from the media type (`Json`, `Form`,
    /// `Multipart`, `Text`, `Bytes` for the common ones, else its camel case).
    pub variant: String,
    /// Never a `Choice`.
    pub kind: BodyKind,
}

#[derive(Debug, Clone)]
pub enum BodyKind {
    Json(TypeRef),
    /// `application/x-www-form-urlencoded` with an object schema.
    Form {
        ty: TypeRef,
        /// The wire names of the fields the document's `encoding` gives `style:
        /// deepObject`: they travel as bracketed keys, to any depth
        /// (`card[exp][month]=1`, `items[0][price]=p`), as [`ParamStyle::Deep`] does.
        nested: Vec<String>,
    },
    /// `multipart/form-data`: named parts, text or file.
    Multipart(Vec<MultipartPart>),
    /// Raw bytes of the given content type.
    Bytes,
    /// Plain text.
    Text,
    /// Several content types, each its own kind (two or more, in document order).
    Choice(Vec<BodyChoice>),
}

/// A property of a `multipart/form-data` body: one part, or one part per item.
#[derive(Debug, Clone)]
pub struct MultipartPart {
    pub wire_name: String,
    pub rust_name: String,
    pub required: bool,
    pub doc: Option<String>,
    pub kind: PartKind,
    /// An array of files or scalars: one part of this name per item.
    pub repeated: bool,
    /// The part's `Content-Type`: `encoding.<part>.contentType` (its first concrete
    /// entry), else the default of the kind (`application/octet-stream` for files,
    /// `application/json` for JSON parts, none for text).
    pub content_type: Option<String>,
    /// Bounds of a text part's value (or of the number of items when repeated).
    pub constraints: Constraints,
}

/// How a multipart part's value travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartKind {
    /// Bytes with a file name and content type (`format: binary`).
    File,
    /// A scalar (string, number, boolean, enum, formatted string) as its text.
    Text(TypeRef),
    /// Any other value (object, array of objects, map) as JSON text.
    Json(TypeRef),
}

impl MultipartPart {
    /// The Rust type of one value of the part, when it is not a file.
    pub fn value_type(&self) -> Option<&TypeRef> {
        match &self.kind {
            PartKind::File => None,
            PartKind::Text(t) | PartKind::Json(t) => Some(t),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: Status,
    pub doc: String,
    /// Variant name in the per-operation response enum (`Ok`, `Created`, ...).
    pub variant: String,
    pub body: ResponseBody,
    /// The headers the document declares for this response.
    pub headers: Vec<ResponseHeader>,
}

#[derive(Debug, Clone)]
pub struct ResponseHeader {
    pub name: String,
    pub doc: Option<String>,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    Empty,
    Json(TypeRef),
    Text,
    Bytes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `2XX` and the like: the first digit.
    Range(u16),
    Default,
}

impl Status {
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => c < 400,
            Status::Range(r) => r < 4,
            Status::Default => false,
        }
    }
}

/// What an operation asks of its caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Security {
    /// Public: no authentication needed (`security: []`, or no requirement at all).
    None,
    /// Any one of `alternatives` suffices; each names the schemes that must all be
    /// satisfied. With `optional` (`{}` among the alternatives), a request without
    /// credentials is served too.
    Required {
        alternatives: Vec<Requirement>,
        optional: bool,
    },
}

/// One security requirement: every scheme in it is needed.
pub type Requirement = Vec<SchemeUse>;

/// A security scheme named by a requirement, with the scopes it must grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeUse {
    pub scheme: SecurityScheme,
    /// OAuth scopes (for `oauth2` and `openIdConnect`); empty for other schemes.
    pub scopes: Vec<String>,
}

/// A security scheme of `components/securitySchemes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in the document.
    pub name: String,
    /// Name of the client builder's setter for this scheme's credential.
    pub setter: String,
    pub kind: SchemeKind,
    pub doc: Option<String>,
}

/// How a scheme's credential travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: `http` bearer, `oauth2` (any flow) and
    /// `openIdConnect`.
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// An API key in the named header, query parameter or cookie.
    ApiKey {
        location: ParamLocation,
        name: String,
    },
}

impl SchemeKind {
    /// True for schemes that use the `Authorization` header.
    pub fn uses_authorization(&self) -> bool {
        matches!(self, SchemeKind::Bearer | SchemeKind::Basic)
    }
}

#[derive(Debug, Clone)]
pub struct Pagination {
    /// Index into `params` of the query parameter carrying the token.
    pub token_param: usize,
    /// Rust name of the response field carrying the next token.
    pub token_field: String,
    /// Rust name of the response field holding the items, and the item type.
    pub items_field: String,
    pub item_type: TypeRef,
    /// The response type (a named struct).
    pub page_type: String,
}

#[cfg(test)]
mod tests {
    use super::engine_pattern;

    #[test]
    fn patterns_regex_lite_takes_stay_as_written() {
        assert_eq!(engine_pattern(r"^\d+\w*$"), (r"^\d+\w*$".to_owned(), false));
    }

    #[test]
    fn full_engine_patterns_keep_ascii_digit_and_word_classes() {
        let (p, full) = engine_pattern(r"^[\p{L}\d]+\W\\d$");
        assert!(full);
        assert_eq!(p, r"^[\p{L}[0-9]]+[^0-9A-Za-z_]\\d$");
        let re = regex::Regex::new(&p).unwrap();
        assert!(re.is_match(r"é1-\d"));
        // U+0661 is a digit to Unicode, not to ECMA-262's `\d`.
        assert!(!re.is_match("\u{661}-\\d"));
    }
}
