//! Generating part of an API: a model -> model pass that keeps the selected operations
//! and then only the types a kept operation (or the error body) reaches.

use crate::model::{Api, Operation, TypeDef, TypeRef};
use std::collections::{BTreeMap, BTreeSet};

/// Which operations to generate. Empty lists select everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Keep only operations with one of these operationIds or tags (their first tag)...
    pub include: Vec<String>,
    pub include_tags: Vec<String>,
    /// ...and of those, drop the ones with one of these operationIds or tags.
    pub exclude: Vec<String>,
    pub exclude_tags: Vec<String>,
}

impl Selection {
    pub fn is_all(&self) -> bool {
        *self == Selection::default()
    }

    fn keeps(&self, operation_id: &str, tag: Option<&str>) -> bool {
        let has = |list: &[String], v: &str| list.iter().any(|x| x == v);
        let tagged = |list: &[String]| tag.is_some_and(|t| has(list, t));
        let included = (self.include.is_empty() && self.include_tags.is_empty())
            || has(&self.include, operation_id)
            || tagged(&self.include_tags);
        included && !has(&self.exclude, operation_id) && !tagged(&self.exclude_tags)
    }

    /// The operationIds and tags of the include lists that match no operation of `api`
    /// (most likely typos). Valid on the filtered model too, which keeps every
    /// operation an include list names.
    pub fn unmatched(&self, api: &Api) -> Vec<String> {
        let ids: BTreeSet<&str> = api
            .operations
            .iter()
            .map(|o| o.operation_id.as_str())
            .collect();
        let tags: BTreeSet<&str> = api
            .operations
            .iter()
            .filter_map(|o| o.tag.as_deref())
            .collect();
        let ops = self
            .include
            .iter()
            .filter(|o| !ids.contains(o.as_str()) && !self.exclude.contains(o))
            .map(|o| format!("operation {o:?}"));
        let tag_names = self
            .include_tags
            .iter()
            .filter(|t| !tags.contains(t.as_str()) && !self.exclude_tags.contains(t))
            .map(|t| format!("tag {t:?}"));
        ops.chain(tag_names).collect()
    }
}

/// Keeps the operations `selection` selects and the types they reach.
pub fn apply(mut api: Api, selection: &Selection) -> Api {
    if selection.is_all() {
        return api;
    }
    api.operations
        .retain(|op| selection.keeps(&op.operation_id, op.tag.as_deref()));
    let mut roots = vec![api.error.type_name.clone()];
    for op in &api.operations {
        roots.extend(operation_type_names(op));
    }
    let reached = reachable(&api, roots);
    api.types.retain(|d| reached.contains(&d.name));
    api
}

/// The names of the types an operation uses directly: in its parameters, body and
/// responses, and its page type.
pub(crate) fn operation_type_names(op: &Operation) -> Vec<String> {
    let mut names = Vec::new();
    for t in op.type_refs() {
        names_in(t, &mut names);
    }
    if let Some(p) = &op.pagination {
        names.push(p.page_type.clone());
    }
    names
}

/// The names of the types a type refers to.
pub(crate) fn type_names_of(def: &TypeDef) -> Vec<String> {
    let mut names = Vec::new();
    for t in def.kind.type_refs() {
        names_in(t, &mut names);
    }
    names
}

/// Every type reachable from the named ones (them included) through the types'
/// references.
pub(crate) fn reachable(api: &Api, mut named: Vec<String>) -> BTreeSet<String> {
    let by_name: BTreeMap<&str, &TypeDef> =
        api.types.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut reached = BTreeSet::new();
    while let Some(name) = named.pop() {
        if reached.contains(&name) {
            continue;
        }
        if let Some(def) = by_name.get(name.as_str()) {
            named.extend(type_names_of(def));
        }
        reached.insert(name);
    }
    reached
}

/// The names of the types `t` refers to.
pub(crate) fn names_in(t: &TypeRef, out: &mut Vec<String>) {
    match t {
        TypeRef::Named(n) => out.push(n.clone()),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => names_in(inner, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: { title: Pets, version: "1" }
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
  /owners:
    get:
      operationId: listOwners
      tags: [owners]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Owner' } }
components:
  schemas:
    Pet:
      type: object
      properties:
        kind: { $ref: '#/components/schemas/Kind' }
    Kind: { type: string, enum: [cat, dog] }
    Owner:
      type: object
      properties:
        name: { type: string }
"#;

    fn names(api: &Api) -> (Vec<&str>, Vec<&str>) {
        (
            api.operations
                .iter()
                .map(|o| o.operation_id.as_str())
                .collect(),
            api.types.iter().map(|t| t.name.as_str()).collect(),
        )
    }

    #[test]
    fn keeps_selected_operations_and_reached_types() {
        let api = crate::lower_only(SPEC, &crate::Config::default()).unwrap();
        let by_tag = apply(
            api.clone(),
            &Selection {
                include_tags: vec!["pets".into()],
                ..Selection::default()
            },
        );
        assert_eq!(
            names(&by_tag),
            (vec!["listPets"], vec!["ApiError", "Kind", "Pet"])
        );
        let excluded = apply(
            api.clone(),
            &Selection {
                exclude: vec!["listPets".into()],
                ..Selection::default()
            },
        );
        assert_eq!(
            names(&excluded),
            (vec!["listOwners"], vec!["ApiError", "Owner"])
        );
        let all = apply(api.clone(), &Selection::default());
        assert_eq!(all.types.len(), api.types.len());
        let typo = Selection {
            include: vec!["listPet".into()],
            ..Selection::default()
        };
        assert_eq!(typo.unmatched(&api), vec!["operation \"listPet\""]);
    }
}
