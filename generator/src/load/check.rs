//! The shape of the raw document against OpenAPI 3.0's object model, before the
//! typed parse: every wrong type, missing field or unknown key that matters is named
//! at its own node. (The typed parse re-reads a failing subtree once per level of
//! `$ref`-able nesting, so a bad node deep inside would cost exponential time and be
//! reported at the top; after this check it cannot fail that way.) Also collects
//! every `$ref` with the kind of object it stands for.

use crate::error::{Error, Pointer, Result};
use serde_json::{Map, Value};

/// The kinds of object a `$ref` can stand for: the sections of `components`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Section {
    Schemas,
    Responses,
    Parameters,
    Examples,
    RequestBodies,
    Headers,
    SecuritySchemes,
    /// A path item (`paths./x.$ref`); components have no section for it in 3.0.
    PathItems,
}

impl Section {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Section::Schemas => "schemas",
            Section::Responses => "responses",
            Section::Parameters => "parameters",
            Section::Examples => "examples",
            Section::RequestBodies => "requestBodies",
            Section::Headers => "headers",
            Section::SecuritySchemes => "securitySchemes",
            Section::PathItems => "pathItems",
        }
    }
}

/// A `$ref` found in the document.
#[derive(Debug, Clone)]
pub(crate) struct RefSite {
    /// The object holding the `$ref`.
    pub at: Pointer,
    pub reference: String,
    pub section: Section,
}

type Check = fn(&mut Checker, &Map<String, Value>, &Pointer) -> Result<()>;

/// What a field must hold.
#[derive(Clone, Copy)]
enum K {
    Str,
    Bool,
    Num,
    /// A non-negative integer.
    Count,
    StrList,
    StrMap,
    /// One of the listed strings.
    OneOf(&'static [&'static str]),
    Obj(Check),
    List(Check),
    Map(Check),
    /// An object, or a `$ref` to one of the section.
    Ref(Section, Check),
    RefList(Section, Check),
    RefMap(Section, Check),
    Schema,
    SchemaList,
    SchemaMap,
    /// `additionalProperties`: a boolean or a schema.
    BoolOrSchema,
    /// A list of security requirements: maps of scheme name to scopes.
    Requirements,
}

#[derive(Default)]
pub(crate) struct Checker {
    pub refs: Vec<RefSite>,
}

/// Checks the whole document (3.0 form).
pub(crate) fn document(doc: &Value) -> Result<Vec<RefSite>> {
    let mut c = Checker::default();
    let root = Pointer::root();
    let obj = object(doc, &root, "the document")?;
    c.fields(
        obj,
        &root,
        &[
            ("openapi", K::Str, true),
            ("info", K::Obj(info), true),
            ("servers", K::List(server), false),
            ("paths", K::Obj(paths), true),
            ("components", K::Obj(components), false),
            ("security", K::Requirements, false),
            ("tags", K::List(tag), false),
            ("externalDocs", K::Obj(external_docs), false),
        ],
    )?;
    Ok(c.refs)
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn object<'v>(v: &'v Value, at: &Pointer, what: &str) -> Result<&'v Map<String, Value>> {
    v.as_object()
        .ok_or_else(|| Error::at(at, format!("{what} must be an object, not {}", kind_of(v))))
}

impl Checker {
    fn fields(
        &mut self,
        obj: &Map<String, Value>,
        at: &Pointer,
        spec: &[(&str, K, bool)],
    ) -> Result<()> {
        for (key, kind, required) in spec {
            match obj.get(*key) {
                None if *required => {
                    return Err(Error::at(at, format!("`{key}` is missing here")));
                }
                None => {}
                Some(v) => self.value(v, *kind, &at.push(key), key)?,
            }
        }
        Ok(())
    }

    fn value(&mut self, v: &Value, kind: K, at: &Pointer, key: &str) -> Result<()> {
        let want =
            |what: &str| Error::at(at, format!("`{key}` must be {what}, not {}", kind_of(v)));
        match kind {
            K::Str if !v.is_string() => return Err(want("a string")),
            K::Bool if !v.is_boolean() => return Err(want("a boolean")),
            K::Num if !v.is_number() => return Err(want("a number")),
            K::Count if !v.is_u64() => return Err(want("a whole number, 0 or more")),
            K::Str | K::Bool | K::Num | K::Count => {}
            K::OneOf(allowed) => match v.as_str() {
                Some(s) if allowed.contains(&s) => {}
                _ => {
                    return Err(Error::at(
                        at,
                        format!("`{key}` must be one of {}, not {v}", allowed.join(", ")),
                    ));
                }
            },
            K::StrList => {
                let list = v.as_array().ok_or_else(|| want("a list of strings"))?;
                if let Some((i, item)) = list.iter().enumerate().find(|(_, s)| !s.is_string()) {
                    return Err(Error::at(
                        &at.push(i.to_string()),
                        format!("must be a string, not {}", kind_of(item)),
                    ));
                }
            }
            K::StrMap => {
                let map = v.as_object().ok_or_else(|| want("an object of strings"))?;
                if let Some((k, item)) = map.iter().find(|(_, s)| !s.is_string()) {
                    return Err(Error::at(
                        &at.push(k),
                        format!("must be a string, not {}", kind_of(item)),
                    ));
                }
            }
            K::Obj(check) => check(self, object(v, at, &format!("`{key}`"))?, at)?,
            K::List(check) => {
                let list = v.as_array().ok_or_else(|| want("a list"))?;
                for (i, item) in list.iter().enumerate() {
                    let iat = at.push(i.to_string());
                    check(self, object(item, &iat, "an item")?, &iat)?;
                }
            }
            K::Map(check) => {
                for (k, item) in object(v, at, &format!("`{key}`"))? {
                    let iat = at.push(k);
                    check(self, object(item, &iat, &format!("`{k}`"))?, &iat)?;
                }
            }
            K::Ref(section, check) => self.ref_or(v, at, section, check)?,
            K::RefList(section, check) => {
                let list = v.as_array().ok_or_else(|| want("a list"))?;
                for (i, item) in list.iter().enumerate() {
                    self.ref_or(item, &at.push(i.to_string()), section, check)?;
                }
            }
            K::RefMap(section, check) => {
                for (k, item) in object(v, at, &format!("`{key}`"))? {
                    self.ref_or(item, &at.push(k), section, check)?;
                }
            }
            K::Schema => self.schema(v, at)?,
            K::SchemaList => {
                let list = v.as_array().ok_or_else(|| want("a list of schemas"))?;
                for (i, item) in list.iter().enumerate() {
                    self.schema(item, &at.push(i.to_string()))?;
                }
            }
            K::SchemaMap => {
                for (k, item) in object(v, at, &format!("`{key}`"))? {
                    self.schema(item, &at.push(k))?;
                }
            }
            K::BoolOrSchema => {
                if !v.is_boolean() {
                    self.schema(v, at)?;
                }
            }
            K::Requirements => {
                let list = v.as_array().ok_or_else(|| want("a list"))?;
                for (i, item) in list.iter().enumerate() {
                    let iat = at.push(i.to_string());
                    let req = object(item, &iat, "a security requirement")?;
                    for (scheme, scopes) in req {
                        self.value(scopes, K::StrList, &iat.push(scheme), scheme)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn ref_or(&mut self, v: &Value, at: &Pointer, section: Section, check: Check) -> Result<()> {
        let obj = object(v, at, "this")?;
        if let Some(r) = obj.get("$ref") {
            let reference = r
                .as_str()
                .ok_or_else(|| Error::at(&at.push("$ref"), "`$ref` must be a string"))?;
            self.refs.push(RefSite {
                at: at.clone(),
                reference: reference.to_owned(),
                section,
            });
            return Ok(());
        }
        check(self, obj, at)
    }

    pub(crate) fn schema(&mut self, v: &Value, at: &Pointer) -> Result<()> {
        let obj = match v {
            Value::Object(o) => o,
            other => {
                return Err(Error::at(
                    at,
                    format!("a schema must be an object, not {}", kind_of(other)),
                ));
            }
        };
        if let Some(r) = obj.get("$ref") {
            let reference = r
                .as_str()
                .ok_or_else(|| Error::at(&at.push("$ref"), "`$ref` must be a string"))?;
            self.refs.push(RefSite {
                at: at.clone(),
                reference: reference.to_owned(),
                section: Section::Schemas,
            });
            return Ok(());
        }
        if let Some(items) = obj.get("items") {
            if items.is_array() {
                return Err(Error::at(
                    &at.push("items"),
                    "`items` must be one schema; a list of schemas (tuple validation) is not OpenAPI 3.0",
                ));
            }
        }
        self.fields(
            obj,
            at,
            &[
                ("type", K::Str, false),
                ("format", K::Str, false),
                ("pattern", K::Str, false),
                ("title", K::Str, false),
                ("description", K::Str, false),
                ("nullable", K::Bool, false),
                ("readOnly", K::Bool, false),
                ("writeOnly", K::Bool, false),
                ("deprecated", K::Bool, false),
                ("uniqueItems", K::Bool, false),
                ("exclusiveMinimum", K::Bool, false),
                ("exclusiveMaximum", K::Bool, false),
                ("minimum", K::Num, false),
                ("maximum", K::Num, false),
                ("multipleOf", K::Num, false),
                ("minLength", K::Count, false),
                ("maxLength", K::Count, false),
                ("minItems", K::Count, false),
                ("maxItems", K::Count, false),
                ("minProperties", K::Count, false),
                ("maxProperties", K::Count, false),
                ("required", K::StrList, false),
                ("properties", K::SchemaMap, false),
                ("items", K::Schema, false),
                ("additionalProperties", K::BoolOrSchema, false),
                ("allOf", K::SchemaList, false),
                ("oneOf", K::SchemaList, false),
                ("anyOf", K::SchemaList, false),
                ("not", K::Schema, false),
                ("$defs", K::SchemaMap, false),
                ("discriminator", K::Obj(discriminator), false),
                ("externalDocs", K::Obj(external_docs), false),
            ],
        )?;
        if let Some(values) = obj.get("enum") {
            if !values.is_array() {
                return Err(Error::at(
                    &at.push("enum"),
                    format!("`enum` must be a list, not {}", kind_of(values)),
                ));
            }
        }
        Ok(())
    }
}

fn info(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("title", K::Str, true),
            ("version", K::Str, true),
            ("description", K::Str, false),
            ("termsOfService", K::Str, false),
            ("contact", K::Obj(contact), false),
            ("license", K::Obj(license), false),
        ],
    )
}

fn contact(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("name", K::Str, false),
            ("url", K::Str, false),
            ("email", K::Str, false),
        ],
    )
}

fn license(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(o, at, &[("name", K::Str, true), ("url", K::Str, false)])
}

fn external_docs(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[("url", K::Str, true), ("description", K::Str, false)],
    )
}

fn tag(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("name", K::Str, true),
            ("description", K::Str, false),
            ("externalDocs", K::Obj(external_docs), false),
        ],
    )
}

fn server(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("url", K::Str, true),
            ("description", K::Str, false),
            ("variables", K::Map(server_variable), false),
        ],
    )
}

fn server_variable(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("enum", K::StrList, false),
            ("default", K::Str, true),
            ("description", K::Str, false),
        ],
    )
}

fn discriminator(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("propertyName", K::Str, true),
            ("mapping", K::StrMap, false),
        ],
    )
}

fn paths(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    for (path, item) in o {
        if path.starts_with("x-") {
            continue;
        }
        let pat = at.push(path);
        if !path.starts_with('/') {
            return Err(Error::at(&pat, "a path must start with `/`"));
        }
        c.value(item, K::Ref(Section::PathItems, path_item), &pat, path)?;
    }
    Ok(())
}

pub(crate) const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn path_item(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("summary", K::Str, false),
            ("description", K::Str, false),
            ("servers", K::List(server), false),
            (
                "parameters",
                K::RefList(Section::Parameters, parameter),
                false,
            ),
        ],
    )?;
    for method in METHODS {
        if let Some(op) = o.get(*method) {
            c.value(op, K::Obj(operation), &at.push(method), method)?;
        }
    }
    Ok(())
}

fn operation(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("tags", K::StrList, false),
            ("summary", K::Str, false),
            ("description", K::Str, false),
            ("externalDocs", K::Obj(external_docs), false),
            ("operationId", K::Str, false),
            (
                "parameters",
                K::RefList(Section::Parameters, parameter),
                false,
            ),
            (
                "requestBody",
                K::Ref(Section::RequestBodies, request_body),
                false,
            ),
            ("responses", K::Obj(responses), true),
            ("deprecated", K::Bool, false),
            ("security", K::Requirements, false),
            ("servers", K::List(server), false),
        ],
    )
}

const QUERY_STYLES: &[&str] = &["form", "spaceDelimited", "pipeDelimited", "deepObject"];

fn parameter(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("name", K::Str, true),
            ("in", K::OneOf(&["query", "header", "path", "cookie"]), true),
        ],
    )?;
    let styles: &'static [&'static str] = match o.get("in").and_then(Value::as_str) {
        Some("path") => &["matrix", "label", "simple"],
        Some("query") => QUERY_STYLES,
        Some("header") => &["simple"],
        _ => &["form"],
    };
    c.fields(
        o,
        at,
        &[
            ("style", K::OneOf(styles), false),
            ("allowEmptyValue", K::Bool, false),
            ("allowReserved", K::Bool, false),
        ],
    )?;
    parameter_common(c, o, at)
}

/// What parameters and headers share.
fn parameter_common(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("description", K::Str, false),
            ("required", K::Bool, false),
            ("deprecated", K::Bool, false),
            ("explode", K::Bool, false),
            ("schema", K::Schema, false),
            ("content", K::Map(media_type), false),
            ("examples", K::RefMap(Section::Examples, example), false),
        ],
    )?;
    match (o.contains_key("schema"), o.contains_key("content")) {
        (true, false) | (false, true) => Ok(()),
        (true, true) => Err(Error::at(
            at,
            "`schema` and `content` exclude each other: keep one",
        )),
        (false, false) => Err(Error::at(at, "`schema` (or `content`) is missing here")),
    }
}

fn header(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(o, at, &[("style", K::OneOf(&["simple"]), false)])?;
    parameter_common(c, o, at)
}

fn request_body(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("description", K::Str, false),
            ("content", K::Map(media_type), false),
            ("required", K::Bool, false),
        ],
    )
}

fn media_type(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("schema", K::Schema, false),
            ("examples", K::RefMap(Section::Examples, example), false),
            ("encoding", K::Map(encoding), false),
        ],
    )
}

fn encoding(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("contentType", K::Str, false),
            ("headers", K::RefMap(Section::Headers, header), false),
            ("style", K::OneOf(QUERY_STYLES), false),
            ("explode", K::Bool, false),
            ("allowReserved", K::Bool, false),
        ],
    )
}

fn example(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("summary", K::Str, false),
            ("description", K::Str, false),
            ("externalValue", K::Str, false),
        ],
    )
}

/// A status code as OpenAPI writes it: `200`, `2XX` (any case), or `default`.
pub(crate) fn is_status_key(key: &str) -> bool {
    let b = key.as_bytes();
    b.len() == 3
        && (b'1'..=b'5').contains(&b[0])
        && ((b[1].is_ascii_digit() && b[2].is_ascii_digit())
            || (b[1].eq_ignore_ascii_case(&b'x') && b[2].eq_ignore_ascii_case(&b'x')))
}

fn responses(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    for (key, r) in o {
        if key.starts_with("x-") {
            continue;
        }
        let rat = at.push(key);
        if key != "default" && !is_status_key(key) {
            return Err(Error::at(
                &rat,
                format!(
                    "{key:?} is not a response status: write a code from 100 to 599, a range such as 2XX, or default"
                ),
            ));
        }
        c.value(r, K::Ref(Section::Responses, response), &rat, key)?;
    }
    Ok(())
}

fn response(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("description", K::Str, true),
            ("headers", K::RefMap(Section::Headers, header), false),
            ("content", K::Map(media_type), false),
        ],
    )
}

fn components(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("schemas", K::SchemaMap, false),
            ("responses", K::RefMap(Section::Responses, response), false),
            (
                "parameters",
                K::RefMap(Section::Parameters, parameter),
                false,
            ),
            ("examples", K::RefMap(Section::Examples, example), false),
            (
                "requestBodies",
                K::RefMap(Section::RequestBodies, request_body),
                false,
            ),
            ("headers", K::RefMap(Section::Headers, header), false),
            (
                "securitySchemes",
                K::RefMap(Section::SecuritySchemes, security_scheme),
                false,
            ),
        ],
    )
}

fn security_scheme(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            (
                "type",
                K::OneOf(&["apiKey", "http", "oauth2", "openIdConnect"]),
                true,
            ),
            ("description", K::Str, false),
        ],
    )?;
    match o.get("type").and_then(Value::as_str) {
        Some("apiKey") => c.fields(
            o,
            at,
            &[
                ("name", K::Str, true),
                ("in", K::OneOf(&["query", "header", "cookie"]), true),
            ],
        ),
        Some("http") => c.fields(
            o,
            at,
            &[("scheme", K::Str, true), ("bearerFormat", K::Str, false)],
        ),
        Some("oauth2") => c.fields(o, at, &[("flows", K::Obj(flows), true)]),
        _ => c.fields(o, at, &[("openIdConnectUrl", K::Str, true)]),
    }
}

fn flows(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("implicit", K::Obj(flow_implicit), false),
            ("password", K::Obj(flow_token), false),
            ("clientCredentials", K::Obj(flow_token), false),
            ("authorizationCode", K::Obj(flow_code), false),
        ],
    )
}

fn flow_implicit(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("authorizationUrl", K::Str, true),
            ("refreshUrl", K::Str, false),
            ("scopes", K::StrMap, true),
        ],
    )
}

fn flow_token(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("tokenUrl", K::Str, true),
            ("refreshUrl", K::Str, false),
            ("scopes", K::StrMap, true),
        ],
    )
}

fn flow_code(c: &mut Checker, o: &Map<String, Value>, at: &Pointer) -> Result<()> {
    c.fields(
        o,
        at,
        &[
            ("authorizationUrl", K::Str, true),
            ("tokenUrl", K::Str, true),
            ("refreshUrl", K::Str, false),
            ("scopes", K::StrMap, true),
        ],
    )
}
