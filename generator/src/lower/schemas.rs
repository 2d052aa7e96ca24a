//! Schemas -> named types and type references.

use super::{Lowerer, RefOr, resolve};
use crate::error::{Error, Pointer, Result};
use crate::model::{
    Bound, Constraints, Field, IntVariant, JsonType, TaggedVariant, TypeDef, TypeKind, TypeRef,
    UnionVariant, ValueVariant, Variant,
};
use crate::names::{self, Scope};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use std::collections::{BTreeMap, BTreeSet};

/// The object-like parts of a schema, whichever way the document spelled them.
struct ObjectParts<'a> {
    properties: Vec<(&'a String, RefOr<'a>, Pointer)>,
    required: BTreeSet<&'a str>,
    additional: Option<(&'a AdditionalProperties, Pointer)>,
    /// `oneOf`/`anyOf` lists beside the properties (or among `allOf` members): the
    /// object is also one of these objects. Each becomes a flattened union field.
    alternatives: Vec<Alternatives<'a>>,
}

/// One `oneOf`/`anyOf` list of an object.
#[derive(Clone)]
struct Alternatives<'a> {
    members: &'a [ReferenceOr<Schema>],
    discriminator: Option<&'a openapiv3::Discriminator>,
    /// `items` beside the list in a schema without a `type` (`items: {type: string},
    /// oneOf: [{type: array}, {type: string}]`): they apply to the alternatives that
    /// are arrays, with the place they are written at.
    items: Option<(RefOr<'a>, Pointer)>,
    /// The schema holding the list, and `oneOf` or `anyOf`.
    at: Pointer,
    key: &'static str,
}

impl<'a> ObjectParts<'a> {
    fn empty() -> Self {
        ObjectParts {
            properties: Vec::new(),
            required: BTreeSet::new(),
            additional: None,
            alternatives: Vec::new(),
        }
    }
}

impl ObjectParts<'_> {
    /// `additionalProperties: false` on this very object (a merge of `allOf` members
    /// is never closed: closing one member would refuse the others' properties).
    fn closed(&self) -> bool {
        matches!(self.additional, Some((AdditionalProperties::Any(false), _)))
    }
}

/// What a schema is, once the many spellings are folded together.
enum Shape<'a> {
    Object(ObjectParts<'a>),
    Array(Option<RefOr<'a>>),
    String {
        format: Option<&'a str>,
        values: Vec<String>,
    },
    Integer {
        int32: bool,
    },
    Number {
        float: bool,
    },
    Boolean,
    /// An enum whose values are not all strings (integers, numbers, booleans, or a
    /// mix); nulls left out.
    ValueEnum(Vec<serde_json::Value>),
    OneOf(&'a [ReferenceOr<Schema>]),
    /// `allOf`, with the schema's own object parts (`properties`, `required`, ...)
    /// merged after the members, when it has any.
    AllOf(&'a [ReferenceOr<Schema>], Option<ObjectParts<'a>>),
    Any,
}

fn string_format(f: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<&str> {
    match f {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password"),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.as_str()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// The `enum` of a schema as JSON values, whatever its type (null included).
fn enum_values(schema: &Schema) -> Vec<serde_json::Value> {
    use serde_json::Value;
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s
            .enumeration
            .iter()
            .map(|v| v.clone().map_or(Value::Null, Value::String))
            .collect(),
        SchemaKind::Type(Type::Integer(i)) => i
            .enumeration
            .iter()
            .map(|v| v.map_or(Value::Null, Value::from))
            .collect(),
        SchemaKind::Type(Type::Number(n)) => n
            .enumeration
            .iter()
            .map(|v| {
                v.and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            })
            .collect(),
        SchemaKind::Type(Type::Boolean(b)) => b
            .enumeration
            .iter()
            .map(|v| v.map_or(Value::Null, Value::Bool))
            .collect(),
        SchemaKind::Any(a) => a.enumeration.clone(),
        _ => Vec::new(),
    }
}

/// Whether a schema allows null: `nullable`, or a null among its `enum` values.
fn allows_null(schema: &Schema) -> bool {
    schema.schema_data.nullable || enum_values(schema).iter().any(serde_json::Value::is_null)
}

fn shape<'a>(schema: &'a Schema, at: &Pointer) -> Result<Shape<'a>> {
    let plain = match &schema.schema_kind {
        SchemaKind::Type(_) => true,
        SchemaKind::Any(a) => {
            a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.all_of.is_empty()
                && a.properties.is_empty()
        }
        _ => false,
    };
    if plain {
        let values: Vec<_> = enum_values(schema)
            .into_iter()
            .filter(|v| !v.is_null())
            .collect();
        if !values.is_empty() && !values.iter().all(serde_json::Value::is_string) {
            return Ok(Shape::ValueEnum(values));
        }
    }
    let props = |p: &'a IndexMap<String, ReferenceOr<Box<Schema>>>| {
        p.iter()
            .map(|(k, v)| (k, RefOr::from(v), at.push("properties").push(k)))
            .collect::<Vec<_>>()
    };
    Ok(match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => Shape::Object(ObjectParts {
            properties: props(&o.properties),
            required: o.required.iter().map(String::as_str).collect(),
            additional: o
                .additional_properties
                .as_ref()
                .map(|a| (a, at.push("additionalProperties"))),
            alternatives: Vec::new(),
        }),
        SchemaKind::Type(Type::Array(a)) => Shape::Array(a.items.as_ref().map(RefOr::from)),
        SchemaKind::Type(Type::String(s)) => Shape::String {
            format: string_format(&s.format),
            values: s.enumeration.iter().flatten().cloned().collect(),
        },
        SchemaKind::Type(Type::Integer(i)) => Shape::Integer {
            int32: matches!(
                i.format,
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32)
            ),
        },
        SchemaKind::Type(Type::Number(n)) => Shape::Number {
            float: matches!(n.format, VariantOrUnknownOrEmpty::Item(NumberFormat::Float)),
        },
        SchemaKind::Type(Type::Boolean(_)) => Shape::Boolean,
        SchemaKind::OneOf { one_of } => Shape::OneOf(one_of),
        SchemaKind::AnyOf { any_of } => Shape::OneOf(any_of),
        SchemaKind::AllOf { all_of } => Shape::AllOf(all_of, None),
        SchemaKind::Not { .. } => {
            return Err(Error::at(
                &at.push("not"),
                "`not` is not supported: it has no Rust type",
            ));
        }
        SchemaKind::Any(any) => {
            if any.not.is_some() {
                return Err(Error::at(
                    &at.push("not"),
                    "`not` is not supported: it has no Rust type",
                ));
            }
            // Keywords that do not apply to the declared type (`properties` beside
            // `type: array`, `items` beside `type: object`) constrain no value: JSON
            // Schema validation skips them, and so does this.
            let typ = any.typ.as_deref();
            let object_applies = matches!(typ, None | Some("object"));
            let items = any
                .items
                .as_ref()
                .filter(|_| matches!(typ, None | Some("array")));
            let has_object = object_applies
                && (!any.properties.is_empty() || any.additional_properties.is_some());
            let has_own = has_object || object_applies && !any.required.is_empty();
            let lists = [("oneOf", &any.one_of), ("anyOf", &any.any_of)];
            let alternatives: Vec<Alternatives<'a>> = lists
                .into_iter()
                .filter(|(_, list)| !list.is_empty())
                .map(|(key, list)| Alternatives {
                    members: list,
                    discriminator: schema.schema_data.discriminator.as_ref(),
                    items: None,
                    at: at.clone(),
                    key,
                })
                .collect();
            let own = || ObjectParts {
                properties: if object_applies {
                    props(&any.properties)
                } else {
                    Vec::new()
                },
                required: if object_applies {
                    any.required.iter().map(String::as_str).collect()
                } else {
                    BTreeSet::new()
                },
                additional: any
                    .additional_properties
                    .as_ref()
                    .filter(|_| object_applies)
                    .map(|a| (a, at.push("additionalProperties"))),
                alternatives: alternatives.clone(),
            };
            let composed = !alternatives.is_empty() || !any.all_of.is_empty();
            if items.is_some() && typ == Some("array") && composed {
                return Err(Error::at(
                    at,
                    "a schema that is an array (`type: array`, `items`) and also a oneOf/anyOf/allOf has no Rust type; describe the array in the composition or drop the composition",
                ));
            }
            if items.is_some() && has_object {
                return Err(Error::at(
                    at,
                    "without a `type`, this schema describes both arrays (`items`) and objects (`properties`, `additionalProperties`): add `type: array` or `type: object`",
                ));
            }
            // Without a type, `items` beside one oneOf/anyOf list apply to its array
            // alternatives (see `Alternatives::items`); beside anything else they
            // would make a value that is an array and something else at once.
            if items.is_some() && (has_own || !any.all_of.is_empty() || alternatives.len() > 1) {
                return Err(Error::at(
                    at,
                    "a schema that is an array and also an object or a composition has no Rust type; keep `items` or the rest",
                ));
            }
            // allOf with the schema's own properties, `required` or alternatives: one
            // object.
            if !any.all_of.is_empty() {
                let has_more = has_own || !alternatives.is_empty();
                return Ok(Shape::AllOf(&any.all_of, has_more.then(own)));
            }
            // Alternatives beside properties, or several lists: an object with
            // flattened unions.
            if has_own && !alternatives.is_empty() || alternatives.len() > 1 {
                return Ok(Shape::Object(own()));
            }
            if !any.one_of.is_empty() {
                Shape::OneOf(&any.one_of)
            } else if !any.any_of.is_empty() {
                Shape::OneOf(&any.any_of)
            } else if !any.all_of.is_empty() {
                Shape::AllOf(&any.all_of, None)
            } else if has_object || any.typ.as_deref() == Some("object") {
                Shape::Object(own())
            } else if items.is_some() || typ == Some("array") {
                Shape::Array(items.map(RefOr::from))
            } else {
                match any.typ.as_deref() {
                    Some("string") => Shape::String {
                        format: any.format.as_deref(),
                        values: any
                            .enumeration
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect(),
                    },
                    Some("integer") => Shape::Integer {
                        int32: any.format.as_deref() == Some("int32"),
                    },
                    Some("number") => Shape::Number {
                        float: any.format.as_deref() == Some("float"),
                    },
                    Some("boolean") => Shape::Boolean,
                    Some(other) => {
                        return Err(Error::at(
                            &at.push("type"),
                            format!("unknown type {other:?}"),
                        ));
                    }
                    None if !any.enumeration.is_empty() => {
                        if any.enumeration.iter().all(|v| v.is_string() || v.is_null()) {
                            Shape::String {
                                format: None,
                                values: any
                                    .enumeration
                                    .iter()
                                    .filter_map(|v| v.as_str().map(str::to_owned))
                                    .collect(),
                            }
                        } else {
                            Shape::Any
                        }
                    }
                    None => Shape::Any,
                }
            }
        }
    })
}

impl<'a> Lowerer<'a> {
    /// A `$ref` to a component schema: its Rust type and whether it is nullable.
    pub(crate) fn schema_ref(&self, reference: &str, at: &Pointer) -> Result<(TypeRef, bool)> {
        let schemas = self.doc.components.as_ref().map(|c| &c.schemas);
        let (target, _) = resolve(schemas, "schemas", reference, at)?;
        let key = super::component_key(reference, "schemas").unwrap_or_default();
        let name = self
            .component_names
            .get(&key)
            .cloned()
            .ok_or_else(|| Error::at(at, format!("$ref {reference:?} does not resolve")))?;
        Ok((TypeRef::Named(name), allows_null(target)))
    }

    /// Resolves a reference to the schema itself (for merging `allOf`).
    fn schema_target(&self, r: RefOr<'a>, at: &Pointer) -> Result<(&'a Schema, Pointer)> {
        match r {
            RefOr::Item(s) => Ok((s, at.clone())),
            RefOr::Ref(reference) => {
                let doc: &'a openapiv3::OpenAPI = self.doc;
                let schemas = doc.components.as_ref().map(|c| &c.schemas);
                resolve(schemas, "schemas", reference, at)
            }
        }
    }

    /// `allOf` whose members are no objects (a `$ref` to a string or array type plus a
    /// description, a scalar plus extra bounds): the one type they all describe, and
    /// whether null is allowed (only when every member allows it). `None` when a
    /// member is an object or the members describe different types.
    fn scalar_all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        at: &Pointer,
    ) -> Result<Option<(TypeRef, bool)>> {
        // The type so far, whether null is allowed, its kind (`string`, ...), and
        // whether it comes from a plain inline member (`{type: string}`), which a
        // `$ref` to a type of the same kind says more precisely.
        let mut found: Option<(TypeRef, bool, Option<&'static str>, bool)> = None;
        for (i, member) in members.iter().enumerate() {
            let mat = at.push("allOf").push(i.to_string());
            let (schema, sat) = self.schema_target(RefOr::from(member), &mat)?;
            let member_shape = shape(schema, &sat)?;
            let kind = scalar_kind(&member_shape);
            let is_ref = matches!(member, ReferenceOr::Reference { .. });
            let plain = !is_ref && is_plain(&member_shape);
            let (ty, nullable) = match member_shape {
                Shape::Any => continue,
                Shape::Object(_) | Shape::AllOf(..) | Shape::OneOf(_) => {
                    return Ok(None);
                }
                Shape::String { ref values, .. } if !values.is_empty() => {
                    if !is_ref {
                        // An inline enum would be a type of its own, named here.
                        return Ok(None);
                    }
                    self.lower(RefOr::from(member), &mat, "AllOf")?
                }
                _ => self.lower(RefOr::from(member), &mat, "AllOf")?,
            };
            match &mut found {
                None => found = Some((ty, nullable, kind, plain)),
                Some((t, n, _, _)) if *t == ty => *n = *n && nullable,
                // `allOf: [{$ref: Id}, {type: string}]`: the plain member says no
                // more than the referenced string type.
                Some((_, n, k, false)) if plain && kind.is_some() && *k == kind => {
                    *n = *n && nullable;
                }
                Some((t, n, k, found_plain @ true)) if is_ref && kind.is_some() && *k == kind => {
                    *t = ty;
                    *n = *n && nullable;
                    *found_plain = false;
                }
                Some(_) => return Ok(None),
            }
        }
        Ok(found.map(|(t, n, _, _)| (t, n)))
    }

    /// The Rust type of a string of the given `format`, as the configuration says.
    fn format_type(&self, format: Option<&str>, at: &Pointer) -> Result<TypeRef> {
        use crate::FormatType;
        let Some(format) = format else {
            return Ok(TypeRef::String);
        };
        Ok(match self.config.formats.get(format) {
            None | Some(FormatType::String) => TypeRef::String,
            Some(FormatType::DateTimeText) => TypeRef::DateTime,
            Some(FormatType::DateText) => TypeRef::Date,
            Some(FormatType::Base64) => TypeRef::Base64,
            Some(FormatType::Path(path)) => {
                if syn::parse_str::<syn::Type>(path).is_err() {
                    return Err(Error::at(
                        &at.push("format"),
                        format!(
                            "the configured type of format {format:?}, {path:?}, is not a Rust type"
                        ),
                    ));
                }
                TypeRef::External(path.clone())
            }
        })
    }

    /// The Rust type of a schema used in place; named types it needs are defined on
    /// the way, named after `hint`. Returns the type and whether null is allowed.
    pub(crate) fn lower(
        &mut self,
        r: RefOr<'a>,
        at: &Pointer,
        hint: &str,
    ) -> Result<(TypeRef, bool)> {
        let schema = match r {
            RefOr::Ref(reference) => return self.schema_ref(reference, at),
            RefOr::Item(s) => s,
        };
        // Inline schemas nest no deeper than the document (whose depth loading caps);
        // this bound keeps any mistake of ours from overflowing the stack.
        if self.depth > 2 * crate::load::MAX_DEPTH {
            return Err(Error::at(at, "schemas nest too deeply here"));
        }
        self.depth += 1;
        let result = self.lower_item(schema, at, hint);
        self.depth -= 1;
        result
    }

    fn lower_item(
        &mut self,
        schema: &'a Schema,
        at: &Pointer,
        hint: &str,
    ) -> Result<(TypeRef, bool)> {
        let nullable = allows_null(schema);
        let ty = match shape(schema, at)? {
            Shape::Object(parts) => {
                if parts.properties.is_empty() && parts.alternatives.is_empty() {
                    match parts.additional {
                        Some((AdditionalProperties::Schema(inner), ap)) => {
                            let (t, n) = self.lower(
                                RefOr::from(inner.as_ref()),
                                &ap,
                                &format!("{hint}Value"),
                            )?;
                            TypeRef::Map(Box::new(wrap_null(t, n)))
                        }
                        _ => TypeRef::JsonObject,
                    }
                } else {
                    self.define_inline(hint, schema, at)?
                }
            }
            Shape::Array(items) => {
                let Some(items) = items else {
                    return Ok((TypeRef::Vec(Box::new(TypeRef::Json)), nullable));
                };
                let (t, n) = self.lower(items, &at.push("items"), &format!("{hint}Item"))?;
                TypeRef::Vec(Box::new(wrap_null(t, n)))
            }
            Shape::String { values, .. } if !values.is_empty() => {
                self.define_inline(hint, schema, at)?
            }
            Shape::String { format, .. } => self.format_type(format, at)?,
            Shape::Integer { int32: true } => TypeRef::I32,
            Shape::Integer { int32: false } => TypeRef::I64,
            Shape::Number { float: true } => TypeRef::F32,
            Shape::Number { float: false } => TypeRef::F64,
            Shape::Boolean => TypeRef::Bool,
            Shape::ValueEnum(_) => self.define_inline(hint, schema, at)?,
            Shape::OneOf([single]) | Shape::AllOf([single], None)
                if schema.schema_data.discriminator.is_none() && outer_items(schema).is_none() =>
            {
                let key = if matches!(&schema.schema_kind, SchemaKind::AllOf { .. }) {
                    "allOf"
                } else {
                    "oneOf"
                };
                let (t, n) = self.lower(RefOr::from(single), &at.push(key).push("0"), hint)?;
                return Ok((t, n || nullable));
            }
            // An empty allOf says nothing; an empty oneOf allows nothing.
            Shape::AllOf([], None) => TypeRef::Json,
            Shape::AllOf(members, None) => {
                // One member beside members that only annotate it (`description`,
                // ...): that member's type (`allOf: [{$ref: X}, {description: ...}]`
                // is `X`, not a copy of it).
                if schema.schema_data.discriminator.is_none() {
                    if let Some((i, member)) = sole_member(members) {
                        let mat = at.push("allOf").push(i.to_string());
                        let (t, n) = self.lower(RefOr::from(member), &mat, hint)?;
                        return Ok((t, n || nullable));
                    }
                }
                // Lowered once: lowering a member may define its inline types.
                match self.scalar_all_of(members, at)? {
                    Some((t, n)) => return Ok((t, n || nullable)),
                    None => self.define_inline(hint, schema, at)?,
                }
            }
            Shape::OneOf([]) => {
                return Err(Error::at(
                    at,
                    "an empty oneOf/anyOf allows no value and has no Rust type",
                ));
            }
            Shape::OneOf(_) | Shape::AllOf(..) => self.define_inline(hint, schema, at)?,
            Shape::Any => TypeRef::Json,
        };
        Ok((ty, nullable))
    }

    fn define_inline(&mut self, hint: &str, schema: &'a Schema, at: &Pointer) -> Result<TypeRef> {
        let address: *const Schema = schema;
        if let Some((_, name)) = self.defining.iter().find(|(a, _)| *a == address) {
            return Ok(TypeRef::Named(name.clone()));
        }
        let name = self.type_names.unique(&names::type_name(hint));
        self.defining.push((address, name.clone()));
        let result = self.define(&name, schema, at);
        self.defining.pop();
        result?;
        Ok(TypeRef::Named(name))
    }

    /// Defines the named type `name` from `schema`.
    pub(crate) fn define(&mut self, name: &str, schema: &'a Schema, at: &Pointer) -> Result<()> {
        let doc = schema
            .schema_data
            .description
            .clone()
            .or_else(|| schema.schema_data.title.clone());
        let kind = match shape(schema, at)? {
            Shape::Object(parts)
                if !parts.properties.is_empty()
                    || parts.additional.is_none()
                    || !parts.alternatives.is_empty() =>
            {
                self.lower_struct(name, parts)?
            }
            Shape::String { values, .. } if !values.is_empty() => {
                let mut scope = Scope::new();
                scope.reserve(["Unknown"]);
                let mut seen = BTreeSet::new();
                let variants = values
                    .into_iter()
                    .filter(|v| seen.insert(v.clone()))
                    .map(|v| Variant {
                        rust_name: scope.unique(&if v.is_empty() {
                            "Empty".to_owned()
                        } else {
                            names::camel(&v)
                        }),
                        wire_value: v,
                        doc: None,
                    })
                    .collect();
                TypeKind::Enum { variants }
            }
            Shape::ValueEnum(values) => {
                let mut scope = Scope::new();
                scope.reserve(["Unknown"]);
                let mut all: Vec<serde_json::Value> = Vec::new();
                for v in values {
                    if !all.contains(&v) {
                        all.push(v);
                    }
                }
                let name_of = |v: &serde_json::Value| match v {
                    serde_json::Value::String(s) if s.is_empty() => "Empty".to_owned(),
                    serde_json::Value::String(s) => names::camel(s),
                    other => names::camel(&other.to_string()),
                };
                if all.iter().all(|v| v.as_i64().is_some()) {
                    TypeKind::IntEnum {
                        variants: all
                            .iter()
                            .map(|v| IntVariant {
                                rust_name: scope.unique(&name_of(v)),
                                value: v.as_i64().unwrap_or_default(),
                            })
                            .collect(),
                    }
                } else {
                    TypeKind::ValueEnum {
                        variants: all
                            .into_iter()
                            .map(|v| ValueVariant {
                                rust_name: scope.unique(&name_of(&v)),
                                value: v,
                            })
                            .collect(),
                    }
                }
            }
            Shape::OneOf(members)
                if members.len() > 1
                    || schema.schema_data.discriminator.is_some()
                    || outer_items(schema).is_some() =>
            {
                let key = if matches!(&schema.schema_kind, SchemaKind::AnyOf { .. })
                    || matches!(&schema.schema_kind, SchemaKind::Any(a) if !a.any_of.is_empty())
                {
                    "anyOf"
                } else {
                    "oneOf"
                };
                self.lower_union(
                    name,
                    &Alternatives {
                        members,
                        discriminator: schema.schema_data.discriminator.as_ref(),
                        items: outer_items(schema).map(|i| (RefOr::from(i), at.push("items"))),
                        at: at.clone(),
                        key,
                    },
                )?
            }
            Shape::AllOf(members, own)
                if members.len() > 1
                    || own.is_some()
                    || schema.schema_data.discriminator.is_some() =>
            {
                // Lowered once: lowering a member may define its inline types. Object
                // keywords beside members that are scalars, in a schema without a
                // `type`, apply to no value the members allow (linqr's
                // `additionalProperties: false, allOf: [{$ref: <a string enum>}]`).
                let untyped = matches!(&schema.schema_kind, SchemaKind::Any(a) if a.typ.is_none());
                let scalar = match &own {
                    None => self.scalar_all_of(members, at)?,
                    Some(o) if untyped && o.alternatives.is_empty() => {
                        self.scalar_all_of(members, at)?
                    }
                    Some(_) => None,
                };
                if let Some((target, n)) = scalar {
                    TypeKind::Alias {
                        target: wrap_null(target, n || schema.schema_data.nullable),
                    }
                } else {
                    let mut merged = ObjectParts::empty();
                    self.merge_all_of(members, at, &mut merged, 0)?;
                    if let Some(own) = own {
                        merge_parts(&mut merged, own);
                    }
                    merged.additional = merged
                        .additional
                        .filter(|(a, _)| !matches!(a, AdditionalProperties::Any(false)));
                    self.lower_struct(name, merged)?
                }
            }
            _ => {
                let (target, n) = self.lower(RefOr::Item(schema), at, &format!("{name}Item"))?;
                let target = if n && !matches!(target, TypeRef::Json) {
                    TypeRef::Option(Box::new(target))
                } else {
                    target
                };
                TypeKind::Alias { target }
            }
        };
        self.types.push(TypeDef {
            name: name.to_owned(),
            doc,
            pointer: at.to_string(),
            kind,
        });
        Ok(())
    }

    /// A `oneOf`/`anyOf` list: a tagged enum with a discriminator, else an untagged
    /// union.
    fn lower_union(&mut self, name: &str, alts: &Alternatives<'a>) -> Result<TypeKind> {
        if let Some(d) = alts.discriminator {
            return self.lower_tagged(name, alts.members, d, &alts.at, alts.key);
        }
        let mut scope = Scope::new();
        let mut variants = Vec::new();
        for (i, member) in alts.members.iter().enumerate() {
            let mat = alts.at.push(alts.key).push(i.to_string());
            let hint = format!("{name}{}", i + 1);
            let (t, n) = match &alts.items {
                Some((items, iat)) => {
                    self.lower_with_items(RefOr::from(member), &mat, &hint, *items, iat)?
                }
                None => self.lower(RefOr::from(member), &mat, &hint)?,
            };
            let base = variant_name(&t);
            variants.push(UnionVariant {
                rust_name: scope.unique(&base),
                ty: wrap_null(t, n),
                boxed: false,
            });
        }
        Ok(TypeKind::Union { variants })
    }

    /// An alternative of a list that has `items` beside it: an array alternative that
    /// leaves its items open takes those `items`; other alternatives are what they
    /// say (`items` do not apply to them).
    fn lower_with_items(
        &mut self,
        member: RefOr<'a>,
        at: &Pointer,
        hint: &str,
        items: RefOr<'a>,
        items_at: &Pointer,
    ) -> Result<(TypeRef, bool)> {
        let (schema, sat) = self.schema_target(member, at)?;
        match shape(schema, &sat)? {
            Shape::Array(own) if own.is_none_or(is_open) => {
                let (t, n) = self.lower(items, items_at, &format!("{hint}Item"))?;
                Ok((TypeRef::Vec(Box::new(wrap_null(t, n))), allows_null(schema)))
            }
            Shape::Array(_) => Err(Error::at(
                &sat.push("items"),
                format!(
                    "both these `items` and the ones at {items_at} apply to this alternative's values; keep one"
                ),
            )),
            _ => self.lower(member, at, hint),
        }
    }

    /// `oneOf`/`anyOf` with a discriminator: each member a `$ref`, selected by the
    /// values the mapping gives it, or by its component name.
    fn lower_tagged(
        &mut self,
        name: &str,
        members: &'a [ReferenceOr<Schema>],
        d: &'a openapiv3::Discriminator,
        at: &Pointer,
        key: &str,
    ) -> Result<TypeKind> {
        let dat = at.push("discriminator");
        let mut scope = Scope::new();
        scope.reserve(["Unknown"]);
        let mut variants: Vec<TaggedVariant> = Vec::new();
        let mut mapped = BTreeSet::new();
        for (i, member) in members.iter().enumerate() {
            let mat = at.push(key).push(i.to_string());
            // A `$ref`'d member's tags are the mapping's, or its component name; an
            // inline member's are the values its tag property lists in `enum`.
            let mut tags: Vec<String> = Vec::new();
            if let ReferenceOr::Reference { reference } = member {
                let component = super::component_key(reference, "schemas").unwrap_or_default();
                tags = d
                    .mapping
                    .iter()
                    .filter(|(_, target)| {
                        *target == reference
                            || super::component_key(target, "schemas").as_deref()
                                == Some(&component)
                            || **target == component
                    })
                    .map(|(tag, _)| tag.clone())
                    .collect();
                mapped.extend(tags.iter().cloned());
                if tags.is_empty() {
                    tags.push(component.clone());
                }
            }
            let (ty, _) = self.lower(RefOr::from(member), &mat, &format!("{name}{}", i + 1))?;
            let (schema, sat) = self.schema_target(RefOr::from(member), &mat)?;
            let mut parts = ObjectParts::empty();
            let json_type = match shape(schema, &sat)? {
                Shape::Object(p) => {
                    merge_parts(&mut parts, p);
                    None
                }
                Shape::AllOf(inner, own) => {
                    self.merge_all_of(inner, &sat, &mut parts, 0)?;
                    if let Some(own) = own {
                        merge_parts(&mut parts, own);
                    }
                    None
                }
                // A schema that says nothing: the tag is all there is to know.
                Shape::Any => None,
                Shape::Array(_) => Some(JsonType::Array),
                Shape::String { .. } => Some(JsonType::String),
                Shape::Integer { .. } | Shape::Number { .. } => Some(JsonType::Number),
                Shape::Boolean => Some(JsonType::Boolean),
                Shape::ValueEnum(_) | Shape::OneOf(_) => {
                    return Err(Error::at(
                        &mat,
                        "with a discriminator, every member must be an object schema (chosen by its tag) or have one JSON type that is not object (chosen by that type)",
                    ));
                }
            };
            if let Some(jt) = json_type {
                if let Some(other) = variants.iter().position(|v| v.json_type == Some(jt)) {
                    return Err(Error::at(
                        &mat,
                        format!(
                            "members {other} and {i} are both of JSON type {}, so neither a tag nor the type of a value can tell them apart; make one of them an object with the `{}` property, or merge them",
                            jt.name(),
                            d.property_name
                        ),
                    ));
                }
            }
            let declares_tag = parts
                .properties
                .iter()
                .any(|(k, _, _)| **k == d.property_name);
            if let ReferenceOr::Item(_) = member {
                tags = self.inline_tags(&parts, &d.property_name, json_type, &mat)?;
                for tag in &tags {
                    if let Some(other) = variants.iter().position(|v| v.tags.contains(tag)) {
                        return Err(Error::at(
                            &mat,
                            format!(
                                "members {other} and {i} both have the tag {tag:?}: give each its own value"
                            ),
                        ));
                    }
                }
            }
            variants.push(TaggedVariant {
                rust_name: scope.unique(&variant_name(&ty)),
                ty,
                tags,
                boxed: false,
                declares_tag,
                json_type,
            });
        }
        if let Some((tag, target)) = d.mapping.iter().find(|(tag, _)| !mapped.contains(*tag)) {
            return Err(Error::at(
                &dat.push("mapping").push(tag),
                format!(
                    "{target:?} is not one of the {key} members; add it to {key} or remove the mapping"
                ),
            ));
        }
        Ok(TypeKind::Tagged {
            property: d.property_name.clone(),
            variants,
        })
    }

    /// The tags of an inline member of a discriminated union: the string values its
    /// tag property lists in `enum` (`condition_type: {enum: [Aim]}`), which is what
    /// tells it apart without a component name to map.
    fn inline_tags(
        &self,
        parts: &ObjectParts<'a>,
        property: &str,
        json_type: Option<JsonType>,
        at: &Pointer,
    ) -> Result<Vec<String>> {
        let refuse = || {
            Error::at(
                at,
                format!(
                    "an inline member of a union with a discriminator must be an object whose `{property}` property lists its tag values in `enum`; or make the member a $ref to a component schema (the tag names it)"
                ),
            )
        };
        if json_type.is_some() {
            return Err(refuse());
        }
        let Some((_, r, pat)) = parts.properties.iter().find(|(k, _, _)| **k == property) else {
            return Err(refuse());
        };
        let (schema, _) = self.schema_target(*r, pat)?;
        let SchemaKind::Type(Type::String(st)) = &schema.schema_kind else {
            return Err(refuse());
        };
        let tags: Vec<String> = st.enumeration.iter().flatten().cloned().collect();
        if tags.is_empty() {
            return Err(refuse());
        }
        Ok(tags)
    }

    fn merge_all_of(
        &self,
        members: &'a [ReferenceOr<Schema>],
        at: &Pointer,
        into: &mut ObjectParts<'a>,
        depth: usize,
    ) -> Result<()> {
        if depth > 16 {
            return Err(Error::at(at, "allOf nests too deeply (a cycle?)"));
        }
        for (i, member) in members.iter().enumerate() {
            let mat = at.push("allOf").push(i.to_string());
            let (schema, sat) = self.schema_target(RefOr::from(member), &mat)?;
            match shape(schema, &sat)? {
                Shape::Object(parts) => merge_parts(into, parts),
                Shape::AllOf(inner, own) => {
                    self.merge_all_of(inner, &sat, into, depth + 1)?;
                    if let Some(own) = own {
                        merge_parts(into, own);
                    }
                }
                Shape::OneOf(list) => into.alternatives.push(Alternatives {
                    members: list,
                    discriminator: schema.schema_data.discriminator.as_ref(),
                    items: outer_items(schema).map(|i| (RefOr::from(i), sat.push("items"))),
                    key: if matches!(&schema.schema_kind, SchemaKind::AnyOf { .. })
                        || matches!(&schema.schema_kind, SchemaKind::Any(a) if !a.any_of.is_empty())
                    {
                        "anyOf"
                    } else {
                        "oneOf"
                    },
                    at: sat.clone(),
                }),
                // A member that only lists `required` properties makes them required.
                Shape::Any => {
                    if let SchemaKind::Any(a) = &schema.schema_kind {
                        into.required.extend(a.required.iter().map(String::as_str));
                    }
                }
                _ => {
                    let target = match member {
                        ReferenceOr::Reference { .. } => format!(" ({sat} is not)"),
                        ReferenceOr::Item(_) => String::new(),
                    };
                    return Err(Error::at(
                        &mat,
                        format!(
                            "allOf member is not an object{target}; only objects can be merged into one type"
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    fn lower_struct(&mut self, name: &str, parts: ObjectParts<'a>) -> Result<TypeKind> {
        // serde cannot deny unknown fields beside flattened ones.
        let closed = parts.closed() && parts.alternatives.is_empty();
        let mut scope = Scope::new();
        let mut fields = Vec::new();
        for (wire, r, at) in parts.properties {
            let rust_name = scope.unique(&names::snake(wire));
            let hint = format!("{name}{}", names::camel(wire));
            let (ty, nullable) = self.lower(r, &at, &hint)?;
            let doc = match r {
                RefOr::Item(s) => s
                    .schema_data
                    .description
                    .clone()
                    .or_else(|| s.schema_data.title.clone()),
                RefOr::Ref(_) => None,
            };
            let constraints = self.constraints_of(r, &at)?;
            // readOnly/writeOnly/default as written at the property, or at the
            // schema it refers to.
            let data = match r {
                RefOr::Item(s) => Some(&s.schema_data),
                RefOr::Ref(reference) => self
                    .schema_target(RefOr::Ref(reference), &at)
                    .ok()
                    .map(|(s, _)| &s.schema_data),
            };
            let read_only = data.is_some_and(|d| d.read_only);
            fields.push(Field {
                rust_name,
                wire_name: wire.clone(),
                doc,
                ty,
                required: parts.required.contains(wire.as_str()) && !read_only,
                nullable,
                boxed: false,
                constraints,
                default: data.and_then(|d| d.default.clone()),
                read_only,
                write_only: data.is_some_and(|d| d.write_only),
                flatten: false,
            });
        }
        // Alternatives that only list `required` properties (`anyOf: [{required: [a]},
        // {required: [b]}]`: at least one of them present), or say no more than
        // `type: object` (GitHub's `anyOf: [..., {type: object, maxProperties: 0}]`),
        // are a presence rule, not a type: not enforced (see ARCHITECTURE.md's
        // ignored constructs).
        let alternatives: Vec<&Alternatives<'a>> = parts
            .alternatives
            .iter()
            .filter(|alts| !alts.members.iter().all(presence_only))
            .collect();
        let several = alternatives.len() > 1;
        for (j, alts) in alternatives.into_iter().enumerate() {
            let suffix = if several {
                format!("Variant{}", j + 1)
            } else {
                "Variant".to_owned()
            };
            let union = self
                .type_names
                .unique(&names::type_name(&format!("{name}{suffix}")));
            let kind = self.lower_union(&union, alts)?;
            let variant_types: Vec<&TypeRef> = match &kind {
                TypeKind::Union { variants } => variants.iter().map(|v| &v.ty).collect(),
                TypeKind::Tagged { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
                _ => Vec::new(),
            };
            if let Some(i) = variant_types.iter().position(|t| !self.is_object_like(t)) {
                return Err(Error::at(
                    &alts.at.push(alts.key).push(i.to_string()),
                    format!(
                        "beside properties, additionalProperties, required or allOf, every {} alternative must be an object: no value is both an object and what this alternative allows",
                        alts.key
                    ),
                ));
            }
            self.types.push(TypeDef {
                name: union.clone(),
                doc: Some(format!(
                    "Which of the `{}` alternatives a [`{name}`] also is.",
                    alts.key
                )),
                pointer: alts.at.push(alts.key).to_string(),
                kind,
            });
            fields.push(Field {
                rust_name: scope.unique(&names::snake(&suffix)),
                wire_name: String::new(),
                doc: Some(format!(
                    "Which of the `{}` alternatives this object also is; their properties sit beside the ones above.",
                    alts.key
                )),
                ty: TypeRef::Named(union),
                required: true,
                nullable: false,
                boxed: false,
                constraints: Constraints::default(),
                default: None,
                read_only: false,
                write_only: false,
                flatten: true,
            });
        }
        let additional = match parts.additional {
            Some((AdditionalProperties::Schema(inner), ap)) => {
                let (t, n) =
                    self.lower(RefOr::from(inner.as_ref()), &ap, &format!("{name}Value"))?;
                Some(wrap_null(t, n))
            }
            Some((AdditionalProperties::Any(true), _)) => Some(TypeRef::Json),
            _ => None,
        };
        if additional.is_some() {
            scope.reserve(["additional_properties"]);
            if fields
                .iter()
                .any(|f| f.rust_name == "additional_properties")
            {
                return Err(Error::at(
                    &Pointer::root(),
                    format!(
                        "{name}: a property named additional_properties clashes with the map of additional properties"
                    ),
                ));
            }
        }
        Ok(TypeKind::Struct {
            fields,
            additional,
            closed,
        })
    }
}

/// Adds an object's parts to a merge of `allOf` members. A later member may restate a
/// property (often to narrow it): the last one wins.
fn merge_parts<'a>(into: &mut ObjectParts<'a>, parts: ObjectParts<'a>) {
    for (k, v, p) in parts.properties {
        if let Some(existing) = into.properties.iter_mut().find(|(ek, _, _)| *ek == k) {
            *existing = (k, v, p);
        } else {
            into.properties.push((k, v, p));
        }
    }
    into.required.extend(parts.required);
    if parts.additional.is_some() {
        into.additional = parts.additional;
    }
    into.alternatives.extend(parts.alternatives);
}

/// The one member of an `allOf` that says what the value is, when every other member
/// only annotates it (a `description`, an `example`, bounds that do not change the
/// type: what lowers to any value and lists no `required` properties).
fn sole_member(members: &[ReferenceOr<Schema>]) -> Option<(usize, &ReferenceOr<Schema>)> {
    let mut found = None;
    for (i, member) in members.iter().enumerate() {
        if !is_open(RefOr::from(member)) {
            if found.is_some() {
                return None;
            }
            found = Some((i, member));
        }
    }
    found
}

/// The JSON type of a scalar or array shape.
fn scalar_kind(shape: &Shape<'_>) -> Option<&'static str> {
    match shape {
        Shape::String { .. } => Some("string"),
        Shape::Integer { .. } => Some("integer"),
        Shape::Number { .. } => Some("number"),
        Shape::Boolean => Some("boolean"),
        Shape::Array(_) => Some("array"),
        _ => None,
    }
}

/// Whether a shape is only its JSON type: no format, enum or items.
fn is_plain(shape: &Shape<'_>) -> bool {
    match shape {
        Shape::String { format, values } => format.is_none() && values.is_empty(),
        Shape::Integer { int32 } => !int32,
        Shape::Number { float } => !float,
        Shape::Boolean | Shape::Array(None) => true,
        _ => false,
    }
}

/// Whether a schema allows any value (`{}`, or only annotations like `description`).
fn is_open(r: RefOr<'_>) -> bool {
    match r {
        RefOr::Item(s) => {
            matches!(shape(s, &Pointer::root()), Ok(Shape::Any))
                && !matches!(&s.schema_kind, SchemaKind::Any(a) if !a.required.is_empty())
        }
        RefOr::Ref(_) => false,
    }
}

/// The `items` of a schema without a `type` beside its oneOf/anyOf, unless they allow
/// any value (then they say nothing).
fn outer_items(schema: &Schema) -> Option<&ReferenceOr<Box<Schema>>> {
    match &schema.schema_kind {
        SchemaKind::Any(a) if a.typ.is_none() => {
            a.items.as_ref().filter(|i| !is_open(RefOr::from(*i)))
        }
        _ => None,
    }
}

/// An inline alternative that says nothing of an object beside the one it is in but
/// which properties are present: `required`, `type: object`, and keywords that are
/// not enforced (`maxProperties`, ...).
fn presence_only(member: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = member else {
        return false;
    };
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            o.properties.is_empty() && o.additional_properties.is_none()
        }
        SchemaKind::Any(a) => {
            matches!(a.typ.as_deref(), None | Some("object"))
                && a.properties.is_empty()
                && a.additional_properties.is_none()
                && a.items.is_none()
                && a.enumeration.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.all_of.is_empty()
                && a.not.is_none()
        }
        _ => false,
    }
}

impl Lowerer<'_> {
    /// Whether values of a type are JSON objects (so they can be flattened).
    fn is_object_like(&self, t: &TypeRef) -> bool {
        match t {
            TypeRef::JsonObject | TypeRef::Map(_) => true,
            TypeRef::Named(n) => match self.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Struct { .. }) => true,
                Some(TypeKind::Tagged { variants, .. }) => {
                    variants.iter().all(|v| v.json_type.is_none())
                }
                Some(TypeKind::Union { variants }) => {
                    variants.iter().all(|v| self.is_object_like(&v.ty))
                }
                Some(TypeKind::Alias { target }) => self.is_object_like(target),
                // Not defined yet: a component still being lowered, checked by its own
                // definition.
                None => true,
                _ => false,
            },
            _ => false,
        }
    }
}

fn wrap_null(t: TypeRef, nullable: bool) -> TypeRef {
    if nullable && !matches!(t, TypeRef::Json) {
        TypeRef::Option(Box::new(t))
    } else {
        t
    }
}

fn variant_name(t: &TypeRef) -> String {
    match t {
        TypeRef::Named(n) => n.clone(),
        TypeRef::String => "String".into(),
        TypeRef::DateTime | TypeRef::Date => "Date".into(),
        TypeRef::Base64 => "Bytes".into(),
        TypeRef::External(path) => names::camel(
            path.split('<')
                .next()
                .unwrap_or(path)
                .rsplit("::")
                .next()
                .unwrap_or(path),
        ),
        TypeRef::Bool => "Boolean".into(),
        TypeRef::I32 | TypeRef::I64 => "Integer".into(),
        TypeRef::F32 | TypeRef::F64 => "Number".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::Json => "Value".into(),
        TypeRef::JsonObject | TypeRef::Map(_) => "Object".into(),
        TypeRef::Vec(_) => "Array".into(),
        TypeRef::Option(inner) => variant_name(inner),
    }
}

/// The named types a type holds in place (not behind a `Vec` or a map).
fn direct_names(t: &TypeRef, out: &mut Vec<String>) {
    match t {
        TypeRef::Named(n) => out.push(n.clone()),
        TypeRef::Option(inner) => direct_names(inner, out),
        _ => {}
    }
}

/// Makes structurally identical inline types one type. Two inline schemas with the
/// same kind, fields, types, required set and constraints (docs and the place they
/// come from aside) become the one whose name sorts first, repeatedly, since
/// merging members can make their containers equal. Component schemas keep their
/// own types: the document named them.
pub(crate) fn share_inline_types(
    types: &mut Vec<TypeDef>,
    operations: &mut [crate::model::Operation],
    components: &BTreeSet<String>,
) {
    loop {
        let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for t in types.iter().filter(|t| !components.contains(&t.name)) {
            groups
                .entry(shape_key(&t.kind))
                .or_default()
                .push(t.name.clone());
        }
        let groups: Vec<Vec<String>> = groups.into_values().filter(|g| g.len() > 1).collect();
        if groups.is_empty() {
            return;
        }
        // A group is named by what its names end with in common (`TeamRole`,
        // `RepoRole` -> `Role`) when no other type has that name or wants it; else by
        // its name that sorts first.
        let wanted: Vec<Option<String>> = groups.iter().map(|g| common_suffix(g)).collect();
        let mut renames: BTreeMap<String, String> = BTreeMap::new();
        let mut survivors: BTreeMap<String, String> = BTreeMap::new();
        for (mut names, want) in groups.into_iter().zip(&wanted) {
            names.sort();
            let keep = match want {
                Some(n)
                    if !types.iter().any(|t| &t.name == n)
                        && wanted.iter().filter(|w| w.as_ref() == Some(n)).count() == 1 =>
                {
                    n.clone()
                }
                _ => names[0].clone(),
            };
            survivors.insert(names[0].clone(), keep.clone());
            for name in names {
                if name != keep {
                    renames.insert(name, keep.clone());
                }
            }
        }
        types.retain(|t| !renames.contains_key(&t.name) || survivors.contains_key(&t.name));
        for t in types.iter_mut() {
            if let Some(to) = survivors.get(&t.name) {
                t.name = to.clone();
            }
        }
        let mut rename = |t: &mut TypeRef| {
            if let TypeRef::Named(n) = t {
                if let Some(to) = renames.get(n) {
                    *n = to.clone();
                }
            }
        };
        for t in types.iter_mut() {
            for r in t.kind.type_refs_mut() {
                r.visit_mut(&mut rename);
            }
        }
        for op in operations.iter_mut() {
            for r in op.type_refs_mut() {
                r.visit_mut(&mut rename);
            }
            if let Some(p) = &mut op.pagination {
                if let Some(to) = renames.get(&p.page_type) {
                    p.page_type = to.clone();
                }
            }
        }
    }
}

/// The words a group of type names ends with in common (`TeamRole`, `RepoRole` ->
/// `Role`), unless that says nothing of the type (`Response`, `Item`, ...).
fn common_suffix(names: &[String]) -> Option<String> {
    fn words(name: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in name.char_indices().skip(1) {
            if c.is_ascii_uppercase() {
                out.push(&name[start..i]);
                start = i;
            }
        }
        out.push(&name[start..]);
        out
    }
    let split: Vec<Vec<&str>> = names.iter().map(|n| words(n)).collect();
    let shortest = split.iter().map(Vec::len).min()?;
    let mut common = Vec::new();
    for i in 1..=shortest {
        let word = split[0][split[0].len() - i];
        if split.iter().all(|w| w[w.len() - i] == word) {
            common.insert(0, word);
        } else {
            break;
        }
    }
    // `ResponsePower` says no more than `Power`.
    while common.len() > 1 && ["Response", "Body", "Item", "Params", "Request"].contains(&common[0])
    {
        common.remove(0);
    }
    let name = common.concat();
    const VAGUE: &[&str] = &[
        "", "Response", "Body", "Item", "Value", "Params", "Request", "Result", "Data", "Object",
        "Items", "Model", "Type", "Info", "Kind",
    ];
    let generic = VAGUE.contains(&name.as_str())
        || name.chars().next().is_some_and(|c| c.is_ascii_digit())
        || common.len() == 1 && common[0].len() < 3;
    let name = names::type_name(&name);
    (!generic && name.len() >= 3).then_some(name)
}

/// What makes two definitions the same type: everything but docs and, for unions,
/// the variant names (derived from the member types' names).
fn shape_key(kind: &TypeKind) -> String {
    let mut kind = kind.clone();
    match &mut kind {
        TypeKind::Struct { fields, .. } => fields.iter_mut().for_each(|f| f.doc = None),
        TypeKind::Enum { variants } => variants.iter_mut().for_each(|v| v.doc = None),
        TypeKind::Union { variants } => variants.iter_mut().for_each(|v| v.rust_name.clear()),
        TypeKind::Tagged { variants, .. } => variants.iter_mut().for_each(|v| v.rust_name.clear()),
        TypeKind::IntEnum { .. }
        | TypeKind::ValueEnum { .. }
        | TypeKind::Alias { .. }
        | TypeKind::Newtype { .. } => {}
    }
    format!("{kind:?}")
}

/// Every named type a type mentions, at any depth.
fn all_names(t: &TypeRef, out: &mut Vec<String>) {
    match t {
        TypeRef::Named(n) => out.push(n.clone()),
        TypeRef::Option(inner) | TypeRef::Vec(inner) | TypeRef::Map(inner) => all_names(inner, out),
        _ => {}
    }
}

/// Whether `to` can be reached from `from` along `edges`.
fn reaches(edges: &BTreeMap<String, Vec<String>>, from: &str, to: &str) -> bool {
    let mut stack = vec![from.to_owned()];
    let mut seen = BTreeSet::new();
    while let Some(n) = stack.pop() {
        if n == to {
            return true;
        }
        if seen.insert(n.clone()) {
            stack.extend(edges.get(&n).into_iter().flatten().cloned());
        }
    }
    false
}

/// Breaks the cycles Rust cannot have. An alias that refers to itself through
/// aliases (`Tree = Vec<Tree>`) becomes a newtype; a field or variant that would make
/// a type contain itself in place is boxed; an alias of itself with nothing in
/// between (`A = B`, `B = A`) is refused.
pub(crate) fn box_cycles(types: &mut [TypeDef]) -> Result<()> {
    let alias_edges = |names: fn(&TypeRef, &mut Vec<String>)| -> BTreeMap<String, Vec<String>> {
        types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Alias { target } => {
                    let mut out = Vec::new();
                    names(target, &mut out);
                    Some((t.name.clone(), out))
                }
                _ => None,
            })
            .collect()
    };
    let (direct_edges, alias_edges) = (alias_edges(direct_names), alias_edges(all_names));
    for t in types.iter_mut() {
        let TypeKind::Alias { target } = &t.kind else {
            continue;
        };
        let mut direct = Vec::new();
        direct_names(target, &mut direct);
        if direct.iter().any(|n| reaches(&direct_edges, n, &t.name)) {
            return Err(Error::new(
                t.pointer.clone(),
                "this schema is an alias of itself",
            ));
        }
        if alias_edges[&t.name]
            .iter()
            .any(|n| reaches(&alias_edges, n, &t.name))
        {
            t.kind = TypeKind::Newtype {
                target: target.clone(),
            };
        }
    }
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in types.iter() {
        let mut out = Vec::new();
        match &t.kind {
            TypeKind::Struct { fields, .. } => {
                fields.iter().for_each(|f| direct_names(&f.ty, &mut out))
            }
            TypeKind::Union { variants } => {
                variants.iter().for_each(|v| direct_names(&v.ty, &mut out))
            }
            TypeKind::Tagged { variants, .. } => {
                variants.iter().for_each(|v| direct_names(&v.ty, &mut out))
            }
            TypeKind::Alias { target } | TypeKind::Newtype { target } => {
                direct_names(target, &mut out)
            }
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::ValueEnum { .. } => {}
        }
        edges.insert(t.name.clone(), out);
    }
    for t in types.iter_mut() {
        let name = t.name.clone();
        match &mut t.kind {
            TypeKind::Struct { fields, .. } => {
                for f in fields {
                    let mut out = Vec::new();
                    direct_names(&f.ty, &mut out);
                    f.boxed = out.iter().any(|n| reaches(&edges, n, &name));
                }
            }
            TypeKind::Union { variants } => {
                for v in variants {
                    let mut out = Vec::new();
                    direct_names(&v.ty, &mut out);
                    v.boxed = out.iter().any(|n| reaches(&edges, n, &name));
                }
            }
            TypeKind::Tagged { variants, .. } => {
                for v in variants {
                    let mut out = Vec::new();
                    direct_names(&v.ty, &mut out);
                    v.boxed = out.iter().any(|n| reaches(&edges, n, &name));
                }
            }
            TypeKind::Alias { .. }
            | TypeKind::Newtype { .. }
            | TypeKind::Enum { .. }
            | TypeKind::IntEnum { .. }
            | TypeKind::ValueEnum { .. } => {}
        }
    }
    Ok(())
}

/// The bounds a schema puts on its value (`minimum`, `maxLength`, `minItems`, ...).
pub(crate) fn constraints(schema: &Schema) -> Constraints {
    let bound = |value: Option<f64>, exclusive: bool| value.map(|value| Bound { value, exclusive });
    match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(i)) => Constraints {
            minimum: bound(i.minimum.map(|v| v as f64), i.exclusive_minimum),
            maximum: bound(i.maximum.map(|v| v as f64), i.exclusive_maximum),
            ..Constraints::default()
        },
        SchemaKind::Type(Type::Number(n)) => Constraints {
            minimum: bound(n.minimum, n.exclusive_minimum),
            maximum: bound(n.maximum, n.exclusive_maximum),
            ..Constraints::default()
        },
        SchemaKind::Type(Type::String(s)) => Constraints {
            min_length: s.min_length,
            max_length: s.max_length,
            ..Constraints::default()
        },
        SchemaKind::Type(Type::Array(a)) => Constraints {
            min_length: a.min_items,
            max_length: a.max_items,
            ..Constraints::default()
        },
        SchemaKind::Any(any) => {
            let array = any.typ.as_deref() == Some("array");
            Constraints {
                minimum: bound(any.minimum, any.exclusive_minimum.unwrap_or(false)),
                maximum: bound(any.maximum, any.exclusive_maximum.unwrap_or(false)),
                min_length: if array { any.min_items } else { any.min_length },
                max_length: if array { any.max_items } else { any.max_length },
                items: None,
            }
        }
        SchemaKind::AllOf { all_of } => all_of
            .iter()
            .filter_map(ReferenceOr::as_item)
            .map(constraints)
            .fold(Constraints::default(), tighter),
        _ => Constraints::default(),
    }
}

/// Both sets of bounds at once: the tighter of each.
fn tighter(a: Constraints, b: Constraints) -> Constraints {
    let pick = |x: Option<Bound>, y: Option<Bound>, lower: bool| match (x, y) {
        (Some(x), Some(y)) => {
            let x_wins = if lower {
                x.value > y.value
            } else {
                x.value < y.value
            };
            Some(if x.value == y.value {
                Bound {
                    value: x.value,
                    exclusive: x.exclusive || y.exclusive,
                }
            } else if x_wins {
                x
            } else {
                y
            })
        }
        (x, y) => x.or(y),
    };
    let min_len = match (a.min_length, b.min_length) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    };
    let max_len = match (a.max_length, b.max_length) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    let items = match (a.items, b.items) {
        (Some(x), Some(y)) => Some(Box::new(tighter(*x, *y))),
        (x, y) => x.or(y),
    };
    Constraints {
        minimum: pick(a.minimum, b.minimum, true),
        maximum: pick(a.maximum, b.maximum, false),
        min_length: min_len,
        max_length: max_len,
        items,
    }
}

/// An object schema as a form or multipart body reads it: one entry per property.
pub(crate) struct BodyObject<'a> {
    /// `(name, schema, pointer)` of each property, in document order.
    pub properties: Vec<(&'a String, RefOr<'a>, Pointer)>,
    pub required: BTreeSet<&'a str>,
    /// `additionalProperties`: absent, `true`/`false`, or a schema.
    pub additional: Option<(&'a AdditionalProperties, Pointer)>,
    /// Where the object schema is (its component when reached through a `$ref`).
    pub at: Pointer,
}

impl<'a> Lowerer<'a> {
    /// The properties of an object schema (written inline or behind a `$ref`), for a
    /// body that sends each property on its own; `None` when the schema is not a plain
    /// object (a scalar, an array, a composition).
    pub(crate) fn body_object(&self, r: RefOr<'a>, at: &Pointer) -> Result<Option<BodyObject<'a>>> {
        let (schema, sat) = self.schema_target(r, at)?;
        Ok(match shape(schema, &sat)? {
            Shape::Object(parts) if parts.alternatives.is_empty() => Some(BodyObject {
                properties: parts.properties,
                required: parts.required,
                additional: parts.additional,
                at: sat,
            }),
            _ => None,
        })
    }

    /// The `items` of an array schema (written inline or behind a `$ref`); `None`
    /// when the schema is not an array or does not say what its items are.
    pub(crate) fn array_items(
        &self,
        r: RefOr<'a>,
        at: &Pointer,
    ) -> Result<Option<(RefOr<'a>, Pointer)>> {
        let (schema, sat) = self.schema_target(r, at)?;
        Ok(match shape(schema, &sat)? {
            Shape::Array(Some(items)) => Some((items, sat.push("items"))),
            _ => None,
        })
    }

    /// Whether a schema (written inline or behind a `$ref`) is raw bytes: a string of
    /// `format: binary`, or `format: binary` with no type.
    pub(crate) fn is_binary(&self, r: RefOr<'a>, at: &Pointer) -> Result<bool> {
        let (schema, _) = self.schema_target(r, at)?;
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                matches!(
                    s.format,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
                )
            }
            SchemaKind::Any(any) => {
                any.format.as_deref() == Some("binary")
                    && matches!(any.typ.as_deref(), None | Some("string"))
                    && any.properties.is_empty()
                    && any.items.is_none()
                    && any.one_of.is_empty()
                    && any.any_of.is_empty()
                    && any.all_of.is_empty()
            }
            _ => false,
        })
    }

    /// The `description` of a schema (written inline or behind a `$ref`).
    pub(crate) fn description_of(&self, r: RefOr<'a>, at: &Pointer) -> Result<Option<String>> {
        let (schema, _) = self.schema_target(r, at)?;
        Ok(schema.schema_data.description.clone())
    }

    /// The bounds a schema (written inline or behind a `$ref`) puts on its value.
    pub(crate) fn constraints_of(&self, r: RefOr<'a>, at: &Pointer) -> Result<Constraints> {
        self.constraints_in(r, at, 0)
    }

    /// The bounds of a schema through `$ref`s and `allOf` members, with those of its
    /// array items or map values, to a few levels (a deeper or cyclic schema keeps
    /// what was found above).
    fn constraints_in(&self, r: RefOr<'a>, at: &Pointer, depth: usize) -> Result<Constraints> {
        let (schema, sat) = self.schema_target(r, at)?;
        let mut c = constraints(schema);
        if depth >= 8 {
            return Ok(c);
        }
        // The items or values are where lowering finds them (`shape`).
        let inner = match shape(schema, &sat)? {
            Shape::Array(Some(items)) => Some((items, sat.push("items"))),
            Shape::Object(ObjectParts {
                additional: Some((AdditionalProperties::Schema(values), vat)),
                ..
            }) => Some((RefOr::from(values.as_ref()), vat)),
            Shape::AllOf(members, _) => {
                // `constraints` took the inline members; these are the `$ref`s.
                for (i, member) in members.iter().enumerate() {
                    if let ReferenceOr::Reference { .. } = member {
                        let mat = sat.push("allOf").push(i.to_string());
                        let more = self.constraints_in(RefOr::from(member), &mat, depth + 1)?;
                        c = tighter(c, more);
                    }
                }
                None
            }
            _ => None,
        };
        if let Some((inner, iat)) = inner {
            let ic = self.constraints_in(inner, &iat, depth + 1)?;
            if !ic.is_empty() {
                c.items = Some(Box::new(tighter(
                    c.items.map_or_else(Constraints::default, |b| *b),
                    ic,
                )));
            }
        }
        Ok(c)
    }
}
