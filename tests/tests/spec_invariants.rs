//! Invariants of spec/quay.yaml that a reader should never have to check by hand.

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use std::collections::BTreeSet;

fn spec_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/quay.yaml");
    std::fs::read_to_string(path).expect("spec/quay.yaml is readable")
}

fn spec() -> OpenAPI {
    serde_yaml::from_str(&spec_text()).expect("spec/quay.yaml parses as OpenAPI 3.0")
}

fn operations(doc: &OpenAPI) -> Vec<(String, String, &openapiv3::Operation)> {
    doc.paths
        .iter()
        .flat_map(|(path, item)| {
            let item = item.as_item().expect("no $ref path items");
            item.iter()
                .map(move |(method, op)| (path.clone(), method.to_owned(), op))
        })
        .collect()
}

#[test]
fn has_173_uniquely_named_operations() {
    let doc = spec();
    let ops = operations(&doc);
    assert_eq!(
        ops.len(),
        173,
        "the seed's 171 operations plus the two team-sync ones"
    );
    let ids: BTreeSet<&str> = ops
        .iter()
        .map(|(p, m, op)| {
            op.operation_id
                .as_deref()
                .unwrap_or_else(|| panic!("{m} {p} has no operationId"))
        })
        .collect();
    assert_eq!(ids.len(), 173, "operationIds are unique");
    for id in &ids {
        assert!(
            id.chars().next().is_some_and(|c| c.is_ascii_lowercase()),
            "{id} is lowerCamelCase"
        );
        assert!(
            id.chars().all(|c| c.is_ascii_alphanumeric()),
            "{id} is lowerCamelCase"
        );
    }
    // OCR slips the spec must not carry.
    for wrong in [
        "getLoggedinUser",
        "createlnstallUser",
        "deleteTeamMemberEmaillnvite",
    ] {
        assert!(!ids.contains(wrong), "{wrong} is an OCR slip");
    }
    assert!(ids.contains("getLoggedInUser") && ids.contains("createInstallUser"));
    assert!(
        ids.contains("enableOrganizationTeamSync") && ids.contains("disableOrganizationTeamSync")
    );
}

#[test]
fn every_path_parameter_is_declared_and_used() {
    let doc = spec();
    for (path, method, op) in operations(&doc) {
        let in_path: BTreeSet<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_owned)
            .collect();
        let declared: BTreeSet<String> = op
            .parameters
            .iter()
            .map(|p| p.as_item().expect("parameters are inline"))
            .filter(|p| matches!(p, Parameter::Path { .. }))
            .map(|p| p.parameter_data_ref().name.clone())
            .collect();
        assert_eq!(
            in_path, declared,
            "{method} {path}: path parameters and template disagree"
        );
        for p in &op.parameters {
            let p = p.as_item().expect("parameters are inline");
            if p.parameter_data_ref().name == "repository" {
                assert_eq!(
                    p.parameter_data_ref().extensions.get("x-allow-slash"),
                    Some(&serde_json::Value::Bool(true)),
                    "{method} {path}: `repository` holds namespace/name and must allow its slash"
                );
            }
        }
        assert!(path.starts_with("/api/v1/"), "{path} is under /api/v1");
    }
}

#[test]
fn every_operation_is_tagged_and_secured_or_deliberately_public() {
    let doc = spec();
    let schemes = &doc
        .components
        .as_ref()
        .expect("components")
        .security_schemes;
    let ReferenceOr::Item(openapiv3::SecurityScheme::OAuth2 { flows, .. }) =
        &schemes["oauth2_implicit"]
    else {
        panic!("oauth2_implicit is an OAuth 2 scheme");
    };
    let scopes = &flows.implicit.as_ref().expect("implicit flow").scopes;
    assert_eq!(scopes.len(), 8, "the 8 scopes of section 2.1");
    let tags: BTreeSet<&str> = doc.tags.iter().map(|t| t.name.as_str()).collect();
    let mut public = 0;
    for (path, method, op) in operations(&doc) {
        assert_eq!(op.tags.len(), 1, "{method} {path} has exactly one tag");
        assert!(
            tags.contains(op.tags[0].as_str()),
            "{method} {path}: tag {} is declared",
            op.tags[0]
        );
        assert!(
            op.summary.is_some() && op.description.is_some(),
            "{method} {path} is documented"
        );
        let security = op
            .security
            .as_ref()
            .unwrap_or_else(|| panic!("{method} {path} states its security"));
        if security.is_empty() {
            public += 1;
            continue;
        }
        // One requirement: an oauth2_implicit scope, and the same token sent as an HTTP
        // bearer credential (spec/README.md, Security).
        assert_eq!(security.len(), 1, "{method} {path} has one requirement");
        let requirement = &security[0];
        let names: Vec<&str> = requirement.keys().map(String::as_str).collect();
        assert_eq!(names, ["oauth2_implicit", "bearer"], "{method} {path}");
        let needed = &requirement["oauth2_implicit"];
        assert_eq!(needed.len(), 1, "{method} {path} needs one scope");
        assert!(
            scopes.contains_key(&needed[0]),
            "{method} {path}: unknown scope {}",
            needed[0]
        );
        assert!(requirement["bearer"].is_empty(), "{method} {path}");
        for status in ["400", "401", "403", "404"] {
            let code = openapiv3::StatusCode::Code(status.parse().expect("a number"));
            assert!(
                op.responses.responses.contains_key(&code),
                "{method} {path} documents {status}"
            );
        }
    }
    assert!(
        doc.security.is_none(),
        "no global security: each operation says its own"
    );
    assert!(
        public > 0 && public < 40,
        "a few deliberately public operations, not {public}"
    );
}

/// Every `$ref` anywhere in the document points at something that exists.
#[test]
fn every_ref_resolves() {
    let value: serde_json::Value = serde_yaml::from_str(&spec_text()).expect("YAML");
    fn walk(v: &serde_json::Value, root: &serde_json::Value, at: &str, count: &mut usize) {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(r)) = map.get("$ref") {
                    let pointer = r
                        .strip_prefix('#')
                        .unwrap_or_else(|| panic!("{at}: external $ref {r}"));
                    assert!(
                        root.pointer(pointer).is_some(),
                        "{at}: $ref {r} does not resolve"
                    );
                    *count += 1;
                }
                for (k, child) in map {
                    walk(child, root, &format!("{at}/{k}"), count);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, root, &format!("{at}/{i}"), count);
                }
            }
            _ => {}
        }
    }
    let mut count = 0;
    walk(&value, &value, "", &mut count);
    assert!(
        count > 500,
        "the walk saw the document's references ({count})"
    );
}

/// The generator accepts the whole document.
#[test]
fn the_generator_accepts_the_spec() {
    let api = openapi_rs_gen::model(&spec_text(), &openapi_rs_gen::Config::default())
        .expect("spec lowers");
    assert_eq!(api.operations.len(), 173);
}
