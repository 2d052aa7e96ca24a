//! Cargo features per tag: a model -> model pass that gives every tagged operation the
//! feature of its (first) tag, and every type the features of the operations that reach
//! it, so that a crate built with a few features compiles only their code.
//!
//! A type is always built when anything always built reaches it: an untagged
//! operation, the error body, or nothing at all (a schema no operation uses stays
//! available to whoever imports it). Feature names are the tags in kebab-case
//! (`User Management` -> `user-management`); tags that spell the same name share one.

use crate::filter::{operation_type_names, reachable, type_names_of};
use crate::model::{Api, Features};
use std::collections::{BTreeMap, BTreeSet};

/// The feature name of a tag: kebab-case ASCII, starting with a letter or digit.
pub fn feature_name(tag: &str) -> String {
    use heck::ToKebabCase;
    let ascii: String = tag
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let name = ascii.to_kebab_case();
    use crate::krate::{
        CLIENT_DEPENDENCIES, FORMAT_DEPENDENCIES, SERVER_DEPENDENCIES, SERVER_DEV_DEPENDENCIES,
    };
    let taken = |n: &str| {
        // Cargo's own meaning, and the generated crates' dependencies.
        n == "default"
            || CLIENT_DEPENDENCIES
                .iter()
                .chain(SERVER_DEPENDENCIES)
                .chain(FORMAT_DEPENDENCIES)
                .chain(SERVER_DEV_DEPENDENCIES)
                .any(|(dep, _)| *dep == n)
    };
    match name.as_str() {
        "" => "tag".to_owned(),
        n if taken(n) => format!("tag-{n}"),
        _ => name,
    }
}

/// Fills `api.features`.
pub fn apply(mut api: Api) -> Api {
    let mut features = Features::default();
    for op in &api.operations {
        if let Some(tag) = &op.tag {
            let name = feature_name(tag);
            let tags = features.names.entry(name.clone()).or_default();
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
            features.operations.insert(op.operation_id.clone(), name);
        }
    }
    if features.names.is_empty() {
        api.features = features;
        return api;
    }

    // Each type's gate: `None` = always built, `Some(set)` = built by any of the set.
    let index: BTreeMap<&str, usize> = api
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let mut gates: Vec<Option<Option<BTreeSet<String>>>> = vec![None; api.types.len()];
    // Work list of (type index, gate to merge in).
    let mut work: Vec<(usize, Option<BTreeSet<String>>)> = Vec::new();
    let push = |names: Vec<String>, gate: &Option<BTreeSet<String>>, work: &mut Vec<_>| {
        for n in names {
            if let Some(&i) = index.get(n.as_str()) {
                work.push((i, gate.clone()));
            }
        }
    };
    for op in &api.operations {
        let gate = features.of_operation(&op.operation_id);
        push(operation_type_names(op), &gate, &mut work);
    }
    push(vec![api.error.type_name.clone()], &None, &mut work);
    // What no operation reaches is always built.
    let roots = work
        .iter()
        .map(|(i, _)| api.types[*i].name.clone())
        .collect();
    let reached = reachable(&api, roots);
    for (i, t) in api.types.iter().enumerate() {
        if !reached.contains(&t.name) {
            work.push((i, None));
        }
    }
    while let Some((i, gate)) = work.pop() {
        let merged = match (&gates[i], &gate) {
            (Some(None), _) => continue,
            (_, None) => None,
            (None, Some(g)) => Some(g.clone()),
            (Some(Some(have)), Some(g)) => {
                if g.is_subset(have) {
                    continue;
                }
                Some(have.union(g).cloned().collect())
            }
        };
        gates[i] = Some(merged.clone());
        push(type_names_of(&api.types[i]), &merged, &mut work);
    }
    for (t, gate) in api.types.iter().zip(gates) {
        if let Some(Some(set)) = gate {
            features.types.insert(t.name.clone(), set);
        }
    }
    api.features = features;
    api
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
      tags: [Pet Store]
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
              schema: { $ref: '#/components/schemas/Owner' }
  /health:
    get:
      operationId: health
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Health' }
components:
  schemas:
    Pet:
      type: object
      properties:
        kind: { $ref: '#/components/schemas/Kind' }
        owner: { $ref: '#/components/schemas/Owner' }
    Kind: { type: string, enum: [cat, dog] }
    Owner:
      type: object
      properties:
        name: { type: string }
    Health:
      type: object
      properties:
        kind: { $ref: '#/components/schemas/Kind' }
    Unused:
      type: object
      properties:
        pet: { $ref: '#/components/schemas/Pet' }
"#;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn types_get_the_features_of_the_operations_that_reach_them() {
        let api = apply(crate::lower_only(SPEC, &crate::Config::default()).unwrap());
        let f = &api.features;
        assert_eq!(
            f.names.keys().collect::<Vec<_>>(),
            vec!["owners", "pet-store"]
        );
        assert_eq!(f.of_operation("listPets"), Some(set(&["pet-store"])));
        assert_eq!(f.of_operation("health"), None, "untagged: always built");
        // Reached by both tagged operations.
        assert_eq!(
            f.of_type("Owner"),
            None,
            "also reached by Unused, which is always built"
        );
        // Reached by an untagged operation too.
        assert_eq!(f.of_type("Kind"), None);
        assert_eq!(f.of_type("ApiError"), None);
        assert_eq!(f.of_type("Unused"), None, "no operation reaches it");
    }

    #[test]
    fn a_type_only_tagged_operations_reach_is_gated_by_all_of_them() {
        let spec = SPEC
            .replace(
                "        pet: { $ref: '#/components/schemas/Pet' }\n",
                "        n: { type: string }\n",
            )
            .replace(
                "        kind: { $ref: '#/components/schemas/Kind' }\n    Unused",
                "        n: { type: integer }\n    Unused",
            );
        let api = apply(crate::lower_only(&spec, &crate::Config::default()).unwrap());
        let f = &api.features;
        assert_eq!(f.of_type("Pet"), Some(&set(&["pet-store"])));
        assert_eq!(f.of_type("Kind"), Some(&set(&["pet-store"])));
        assert_eq!(f.of_type("Owner"), Some(&set(&["owners", "pet-store"])));
        assert_eq!(f.of_type("Health"), None);
    }

    #[test]
    fn names_are_cargo_feature_names() {
        assert_eq!(feature_name("User Management"), "user-management");
        assert_eq!(feature_name("repo.builds/v2"), "repo-builds-v2");
        assert_eq!(feature_name("default"), "tag-default");
        assert_eq!(feature_name("日本"), "tag");
        assert_eq!(feature_name("2fa"), "2fa");
        assert_eq!(feature_name("URL"), "tag-url", "a dependency's name");
    }
}
