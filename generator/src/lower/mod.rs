//! Lowering: raw OpenAPI document -> checked [`crate::model::Api`].
//!
//! Every construct is either turned into the model or refused with an error that
//! names its JSON pointer; nothing is skipped silently.

mod operations;
mod schemas;

use crate::Config;
use crate::error::{Error, Pointer, Result};
use crate::model::{Api, ErrorField, ErrorModel, Field, TypeDef, TypeKind, TypeRef};
use crate::names::{self, Scope};
use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr, Schema};
use std::collections::BTreeMap;

/// A schema or a reference to one, whichever box it came in.
#[derive(Clone, Copy)]
pub(crate) enum RefOr<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for RefOr<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => RefOr::Ref(reference),
            ReferenceOr::Item(s) => RefOr::Item(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for RefOr<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => RefOr::Ref(reference),
            ReferenceOr::Item(s) => RefOr::Item(s),
        }
    }
}

pub(crate) struct Lowerer<'a> {
    pub(crate) doc: &'a OpenAPI,
    pub(crate) config: &'a Config,
    /// Rust names of the component schemas, by their key.
    pub(crate) component_names: BTreeMap<String, String>,
    pub(crate) type_names: Scope,
    pub(crate) types: Vec<TypeDef>,
    /// How deeply `lower` is nested now.
    pub(crate) depth: usize,
    /// The inline schemas being defined now (by address), with their type names: a
    /// schema met again inside its own definition (through a merged `allOf` member
    /// that refers back to it) is that same type.
    pub(crate) defining: Vec<(*const Schema, String)>,
    /// `types` by name, for [`Lowerer::type_def`]: the position of each name and how
    /// many of `types` are indexed. Pushing needs no care (the new tail is indexed at
    /// the next look-up); renaming or dropping types calls [`Lowerer::types_changed`].
    type_index: std::cell::RefCell<(std::collections::HashMap<String, usize>, usize)>,
}

/// Resolves `#/components/<kind>/<name>` in `map`, naming the reference's place on error.
pub(crate) fn resolve<'m, T>(
    map: Option<&'m IndexMap<String, ReferenceOr<T>>>,
    kind: &str,
    reference: &str,
    at: &Pointer,
) -> Result<(&'m T, Pointer)> {
    let Some(name) = component_key(reference, kind) else {
        return Err(Error::at(
            at,
            format!(
                "unsupported $ref {reference:?}: only local references to #/components/{kind}/ are supported here"
            ),
        ));
    };
    let mut seen = vec![reference.to_owned()];
    let mut current = name;
    loop {
        let item = map.and_then(|m| m.get(&current)).ok_or_else(|| {
            Error::at(
                at,
                format!("$ref {reference:?} does not resolve: no such component"),
            )
        })?;
        match item {
            ReferenceOr::Item(t) => {
                return Ok((
                    t,
                    Pointer::root().push("components").push(kind).push(&current),
                ));
            }
            ReferenceOr::Reference { reference: next } => {
                if seen.contains(next) {
                    return Err(Error::at(at, format!("$ref {reference:?} is circular")));
                }
                seen.push(next.clone());
                current = component_key(next, kind)
                    .ok_or_else(|| Error::at(at, format!("unsupported $ref {next:?}")))?;
            }
        }
    }
}

/// The key of `#/components/<kind>/<key>` (unescaped), if `reference` has that form.
/// Loading has put every local reference in this form.
pub(crate) fn component_key(reference: &str, kind: &str) -> Option<String> {
    let key = reference
        .strip_prefix("#/components/")?
        .strip_prefix(kind)?
        .strip_prefix('/')?;
    (!key.contains('/')).then(|| key.replace("~1", "/").replace("~0", "~"))
}

/// `text_len`: the length of the document's text, which sizes the buffer of its JSON.
pub(crate) fn lower(doc: &OpenAPI, config: &Config, text_len: usize) -> Result<Api> {
    // The document's JSON depends on the document alone: it is written on another
    // core while this one lowers (a big document's JSON takes a tenth of a second
    // per ten megabytes).
    std::thread::scope(|scope| {
        let json = scope.spawn(|| document_json(doc, text_len));
        let api = lower_model(doc, config);
        let json = json
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let mut api = api?;
        api.document_json = json?;
        Ok(api)
    })
}

/// The document as pretty-printed JSON, ending with a line break.
fn document_json(doc: &OpenAPI, text_len: usize) -> Result<String> {
    // Pretty JSON is about one and a half times a document's text. A buffer grown by
    // doubling would copy tens of megabytes of a big document several times over.
    let mut json = Vec::with_capacity(text_len * 2 + 1024);
    let invalid = |e: &dyn std::fmt::Display| {
        Error::at(
            &Pointer::root(),
            format!("the document cannot be written as JSON: {e}"),
        )
    };
    serde_json::to_writer_pretty(&mut json, doc).map_err(|e| invalid(&e))?;
    json.push(b'\n');
    String::from_utf8(json).map_err(|e| invalid(&e))
}

/// The model of the document, its JSON left empty.
fn lower_model(doc: &OpenAPI, config: &Config) -> Result<Api> {
    let mut lw = Lowerer {
        doc,
        config,
        component_names: BTreeMap::new(),
        type_names: Scope::new(),
        types: Vec::new(),
        depth: 0,
        defining: Vec::new(),
        type_index: Default::default(),
    };
    let schemas = doc.components.as_ref().map(|c| &c.schemas);
    // Names first, in key order, so that every reference resolves whatever the order
    // of definition, and names do not depend on which operation mentions a type first.
    if let Some(schemas) = schemas {
        let mut keys: Vec<&String> = schemas.keys().collect();
        keys.sort();
        for key in keys {
            let name = lw.type_names.unique(&names::type_name(key));
            lw.component_names.insert(key.clone(), name);
        }
        for (key, schema) in schemas {
            let at = Pointer::root().push("components").push("schemas").push(key);
            let name = lw.component_names[key].clone();
            match schema {
                ReferenceOr::Item(s) => lw.define(&name, s, &at)?,
                ReferenceOr::Reference { reference } => {
                    let (target, _) = lw.schema_ref(reference, &at)?;
                    lw.types.push(TypeDef {
                        name,
                        doc: None,
                        pointer: at.to_string(),
                        kind: TypeKind::Alias { target },
                    });
                }
            }
        }
    }
    let error = lw.error_model()?;
    let mut operations = operations::lower_operations(&mut lw)?;
    let mut types = std::mem::take(&mut lw.types);
    let named: std::collections::BTreeSet<String> = lw
        .component_names
        .values()
        .cloned()
        .chain([error.type_name.clone()])
        .collect();
    if config.share_inline_types {
        schemas::share_inline_types(&mut types, &mut operations, &named);
    }
    schemas::box_cycles(&mut types)?;
    types.sort_by(|a, b| a.name.cmp(&b.name));

    let mut scopes = BTreeMap::new();
    if let Some(components) = &doc.components {
        for scheme in components.security_schemes.values() {
            if let ReferenceOr::Item(openapiv3::SecurityScheme::OAuth2 { flows, .. }) = scheme {
                let all = [
                    flows.implicit.as_ref().map(|f| &f.scopes),
                    flows.password.as_ref().map(|f| &f.scopes),
                    flows.client_credentials.as_ref().map(|f| &f.scopes),
                    flows.authorization_code.as_ref().map(|f| &f.scopes),
                ];
                for (scope, text) in all.into_iter().flatten().flatten() {
                    scopes.insert(scope.clone(), text.clone());
                }
            }
        }
    }
    Ok(Api {
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description: doc.info.description.clone(),
        types,
        operations,
        error,
        scopes,
        document_json: String::new(),
        servers: operations::lower_servers(doc)?,
        features: Default::default(),
    })
}

impl Lowerer<'_> {
    /// The position in `types` of the type of this name, without scanning them: a
    /// document of ten thousand types asks this for every parameter and member.
    pub(crate) fn type_position(&self, name: &str) -> Option<usize> {
        let mut index = self.type_index.borrow_mut();
        let (map, indexed) = &mut *index;
        if *indexed > self.types.len() {
            map.clear();
            *indexed = 0;
        }
        for (i, t) in self.types.iter().enumerate().skip(*indexed) {
            map.entry(t.name.clone()).or_insert(i);
        }
        *indexed = self.types.len();
        let found = map.get(name).copied();
        // The index is kept right by `types_changed`; a stale entry would be a bug,
        // answered by scanning rather than wrongly.
        match found {
            Some(i) if self.types[i].name == name => Some(i),
            Some(_) => {
                debug_assert!(false, "stale type index for {name}");
                self.types.iter().position(|t| t.name == name)
            }
            None => None,
        }
    }

    /// The type of this name, if defined yet.
    pub(crate) fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.type_position(name).map(|i| &self.types[i])
    }

    /// Forgets the index of `types`, after types were renamed or dropped.
    pub(crate) fn types_changed(&self) {
        let mut index = self.type_index.borrow_mut();
        index.0.clear();
        index.1 = 0;
    }

    /// The error body: the configured schema when the spec has it, else a synthesized
    /// one in Quay's shape (`status`, `title`, `detail`, `type`).
    fn error_model(&mut self) -> Result<ErrorModel> {
        let wanted = self.config.error_schema.as_str();
        let found = self
            .component_names
            .get(wanted)
            .cloned()
            .and_then(|n| self.type_position(&n));
        let Some(index) = found else {
            return Ok(self.synthesized_error_model(wanted));
        };
        // A schema of that name in another shape (a document's own `ApiError`, say)
        // stays an ordinary type; the server's errors get one in Quay's shape.
        match self.fit_error_model(index, wanted) {
            Ok(model) => Ok(model),
            Err(_) => Ok(self.synthesized_error_model(&format!("{wanted}Body"))),
        }
    }

    /// An error body type in Quay's shape, named after `name`.
    fn synthesized_error_model(&mut self, name: &str) -> ErrorModel {
        let name = self.type_names.unique(&names::type_name(name));
        let field = |rust: &str, wire: &str, ty: TypeRef, doc: &str| Field {
            rust_name: rust.to_owned(),
            wire_name: wire.to_owned(),
            doc: Some(doc.to_owned()),
            ty,
            required: true,
            nullable: false,
            boxed: false,
            constraints: Default::default(),
            default: None,
            read_only: false,
            write_only: false,
            flatten: false,
        };
        self.types.push(TypeDef {
            name: name.clone(),
            doc: Some("The body of an error response.".to_owned()),
            pointer: "/components/schemas".to_owned(),
            kind: TypeKind::Struct {
                fields: vec![
                    field(
                        "status",
                        "status",
                        TypeRef::I64,
                        "HTTP status code of the response.",
                    ),
                    field(
                        "title",
                        "title",
                        TypeRef::String,
                        "Short, stable code of the kind of error.",
                    ),
                    field(
                        "detail",
                        "detail",
                        TypeRef::String,
                        "What went wrong in this instance.",
                    ),
                    field(
                        "type_",
                        "type",
                        TypeRef::String,
                        "Reference to the type of the error.",
                    ),
                ],
                additional: None,
                closed: false,
            },
        });
        let ef = |n: &str, ty: TypeRef| ErrorField {
            rust_name: n.to_owned(),
            required: true,
            ty,
        };
        ErrorModel {
            type_name: name,
            synthesized: true,
            status_field: ef("status", TypeRef::I64),
            title_field: Some(ef("title", TypeRef::String)),
            detail_field: Some(ef("detail", TypeRef::String)),
            detail_aliases: Vec::new(),
            title_aliases: Vec::new(),
            type_field: Some(ef("type_", TypeRef::String)),
        }
    }

    /// The configured error schema (the type at `index`), if the server can fill it in.
    fn fit_error_model(&self, index: usize, wanted: &str) -> Result<ErrorModel> {
        let def = &self.types[index];
        let at = Pointer::root()
            .push("components")
            .push("schemas")
            .push(wanted);
        let TypeKind::Struct { fields, .. } = &def.kind else {
            return Err(Error::at(&at, "the error schema must be an object"));
        };
        let pick = |wire: &str, ok: fn(&TypeRef) -> bool| -> Result<Option<ErrorField>> {
            match fields.iter().find(|f| f.wire_name == wire) {
                None => Ok(None),
                Some(f) if ok(&f.ty) && !f.nullable => Ok(Some(ErrorField {
                    rust_name: f.rust_name.clone(),
                    required: f.required,
                    ty: f.ty.clone(),
                })),
                Some(_) => Err(Error::at(
                    &at.push("properties").push(wire),
                    format!("the error schema's `{wire}` has the wrong type"),
                )),
            }
        };
        let is_int = |t: &TypeRef| matches!(t, TypeRef::I32 | TypeRef::I64);
        let is_str = |t: &TypeRef| matches!(t, TypeRef::String);
        let status_field = pick("status", is_int)?
            .ok_or_else(|| Error::at(&at, "the error schema needs an integer `status` property"))?;
        let title_field = pick("title", is_str)?;
        let detail_field = pick("detail", is_str)?;
        let type_field = pick("type", is_str)?;
        let mut detail_aliases = Vec::new();
        for alias in ["error_message", "message"] {
            if let Some(f) = pick(alias, is_str)? {
                detail_aliases.push(f);
            }
        }
        // Quay repeats the title as the deprecated `error_type`.
        let title_aliases = pick("error_type", is_str)?.into_iter().collect();
        let known = [
            "status",
            "title",
            "detail",
            "type",
            "error_message",
            "message",
            "error_type",
        ];
        if let Some(f) = fields
            .iter()
            .find(|f| f.required && !known.contains(&f.wire_name.as_str()))
        {
            return Err(Error::at(
                &at.push("required"),
                format!(
                    "the error schema requires `{}`, which the server cannot fill in",
                    f.wire_name
                ),
            ));
        }
        Ok(ErrorModel {
            type_name: def.name.clone(),
            synthesized: false,
            status_field,
            title_field,
            detail_field,
            detail_aliases,
            title_aliases,
            type_field,
        })
    }
}
