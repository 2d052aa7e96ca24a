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
