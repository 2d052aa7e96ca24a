//! Snapshots of everything the generator writes for each fixture under `fixtures/`.
//!
//! The same fixtures are compiled by the crate's build script, so every snapshot here
//! is of code that builds. Update with `INSTA_UPDATE=always` (or `cargo insta review`)
//! and read the diff before accepting it.

use openapi_rs_gen::{Config, File, generate};
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures under {}", dir.display());
    paths
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .expect("fixture names are UTF-8")
        .replace('-', "_")
}

/// `src/types.rs` -> `types.rs`.
fn file_name(file: &File) -> &str {
    file.path.rsplit('/').next().unwrap_or(&file.path)
}

#[test]
fn generated_files_match_snapshots() {
    for path in fixtures() {
        let name = stem(&path);
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let output = generate(&text, &Config::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (side, files) in [("client", &output.client), ("server", &output.server)] {
            for file in files {
                let snapshot = format!("{name}.{side}.{}", file_name(file));
                insta::with_settings!({
                    snapshot_path => "../snapshots",
                    prepend_module_to_snapshot => false,
                    description => format!("{} -> {side} {}", path.file_name().unwrap().to_string_lossy(), file.path),
                    omit_expression => true,
                }, {
                    insta::assert_snapshot!(snapshot, file.contents);
                });
            }
        }
    }
}

/// The fixture made for tag features, generated with them on (the command-line
/// program's default): every item of a tag carries its `cfg`. `cli/tests/cli.rs`
/// builds this output with each feature alone.
#[test]
fn tag_features_match_snapshots() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/tag_features.yaml");
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    let config = Config {
        tag_features: true,
        ..Config::default()
    };
    let output = generate(&text, &config).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for (side, files) in [("client", &output.client), ("server", &output.server)] {
        for file in files.iter().filter(|f| f.path.ends_with(".rs")) {
            let snapshot = format!("tag_features.features.{side}.{}", file_name(file));
            insta::with_settings!({
                snapshot_path => "../snapshots",
                prepend_module_to_snapshot => false,
                description => format!("tag_features.yaml with tag features -> {side} {}", file.path),
                omit_expression => true,
            }, {
                insta::assert_snapshot!(snapshot, file.contents);
            });
        }
    }
}

#[test]
fn generation_is_deterministic() {
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let first = generate(&text, &Config::default()).expect("fixture generates");
        let second = generate(&text, &Config::default()).expect("fixture generates");
        for (a, b) in [
            (&first.client, &second.client),
            (&first.server, &second.server),
        ] {
            assert_eq!(a.len(), b.len(), "{}: file count differs", path.display());
            for (x, y) in a.iter().zip(b.iter()) {
                assert_eq!(x.path, y.path, "{}: file order differs", path.display());
                assert!(
                    x.contents.as_bytes() == y.contents.as_bytes(),
                    "{}: {} differs between two runs",
                    path.display(),
                    x.path
                );
            }
        }
    }
}

/// An OpenAPI 3.1 document gives the same code as its 3.0 twin.
#[test]
fn a_3_1_document_generates_what_its_3_0_twin_does() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let generate = |name: &str| {
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture");
        openapi_rs_gen::generate(&text, &openapi_rs_gen::Config::default()).expect("generates")
    };
    let (v31, v30) = (generate("v31_twin.yaml"), generate("v30_twin.yaml"));
    let rust = |files: &[openapi_rs_gen::File]| -> Vec<(String, String)> {
        files
            .iter()
            .filter(|f| f.path.ends_with(".rs"))
            .map(|f| (f.path.clone(), f.contents.clone()))
            .collect()
    };
    assert_eq!(rust(&v31.client), rust(&v30.client));
    assert_eq!(rust(&v31.server), rust(&v30.server));
}

/// Structurally equal inline schemas (docs aside) share one type; different ones
/// (here: a bound) do not.
#[test]
fn equal_inline_shapes_share_one_type() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let text = std::fs::read_to_string(dir.join("shared_shapes.yaml")).expect("fixture");
    let api = openapi_rs_gen::model(&text, &openapi_rs_gen::Config::default()).expect("model");
    let response = |op: &str| {
        let op = api
            .operations
            .iter()
            .find(|o| o.operation_id == op)
            .expect("operation");
        match &op.responses[0].body {
            openapi_rs_gen::model::ResponseBody::Json(openapi_rs_gen::model::TypeRef::Named(n)) => {
                n.clone()
            }
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(response("getLamp"), response("getHeater"));
    assert_ne!(response("getLamp"), response("getFan"));
    // The enum all three share is named by what its uses have in common.
    assert!(api.types.iter().any(|t| t.name == "Power"));
    assert_eq!(
        api.types
            .iter()
            .filter(|t| t.name.contains("Power"))
            .count(),
        1
    );
    // Without sharing, every use has its own type.
    let config = openapi_rs_gen::Config {
        share_inline_types: false,
        ..openapi_rs_gen::Config::default()
    };
    let api = openapi_rs_gen::model(&text, &config).expect("model");
    assert_eq!(
        api.types
            .iter()
            .filter(|t| t.name.contains("Power"))
            .count(),
        3
    );
}
