//! Every invalid or unsupported document under `fixtures/invalid/` is refused with an
//! error that names the right place, and the generator never panics on one.
//!
//! Each fixture states its expectation in two top-level keys, `x-expect-pointer` (the
//! exact JSON pointer) and `x-expect-message` (a substring of the message), and may
//! give `x-expect-line`, the line the error names in the source. A fixture that
//! cannot be read as YAML says it in the side table [`UNPARSABLE`] instead.

use openapi_rs_gen::{Config, Error, generate};
use std::path::{Path, PathBuf};

/// Fixtures that are not YAML at all: (file name, pointer, line, message substrings).
const UNPARSABLE: &[(&str, &str, usize, &[&str])] = &[(
    "malformed.yaml",
    "/",
    8,
    &["invalid document", "did not find expected ',' or '}'"],
)];

struct Expectation {
    pointer: String,
    line: Option<usize>,
    messages: Vec<String>,
}

fn expectation(path: &Path, text: &str) -> Expectation {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("UTF-8 name");
    if let Some((_, pointer, line, messages)) = UNPARSABLE.iter().find(|(n, ..)| *n == name) {
        return Expectation {
            pointer: (*pointer).to_owned(),
            line: Some(*line),
            messages: messages.iter().map(|m| (*m).to_owned()).collect(),
        };
    }
    let doc: serde_yaml::Value = serde_yaml::from_str(text)
        .unwrap_or_else(|e| panic!("{name} is not YAML ({e}); list it in UNPARSABLE"));
    let key = |k: &str| {
        doc.get(k)
            .and_then(serde_yaml::Value::as_str)
            .unwrap_or_else(|| panic!("{name} needs a top-level string `{k}`"))
            .to_owned()
    };
    Expectation {
        pointer: key("x-expect-pointer"),
        line: doc
            .get("x-expect-line")
            .and_then(serde_yaml::Value::as_u64)
            .map(|l| l as usize),
        messages: vec![key("x-expect-message")],
    }
}

fn invalid_fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/invalid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/invalid exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "json"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn invalid_documents_are_refused_where_they_are_wrong() {
    let paths = invalid_fixtures();
    assert!(paths.len() >= 10, "only {} invalid fixtures", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let expected = expectation(path, &text);
        let name = path.file_name().unwrap().to_string_lossy();
        let result = std::panic::catch_unwind(|| generate(&text, &Config::default()));
        let err: Error = match result {
            Err(_) => {
                failures.push(format!("{name}: the generator panicked"));
                continue;
            }
            Ok(Ok(_)) => {
                failures.push(format!("{name}: generated code instead of refusing"));
                continue;
            }
            Ok(Err(err)) => err,
        };
        if err.pointer != expected.pointer {
            failures.push(format!(
                "{name}: pointer {:?}, expected {:?} (message: {})",
                err.pointer, expected.pointer, err.message
            ));
        }
        if let Some(line) = expected.line {
            if err.location.map(|l| l.line) != Some(line) {
                failures.push(format!(
                    "{name}: location {:?}, expected line {line}",
                    err.location
                ));
            }
        }
        for m in &expected.messages {
            if !err.message.contains(m.as_str()) {
                failures.push(format!(
                    "{name}: message {:?} does not contain {m:?}",
                    err.message
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_unparsable_fixture_exists() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/invalid");
    for (name, ..) in UNPARSABLE {
        assert!(dir.join(name).is_file(), "{name} is listed but missing");
    }
}

#[test]
fn garbage_never_panics() {
    let inputs = [
        "",
        "null",
        "[]",
        "openapi: 3.0.3",
        "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: { /a: { get: {} } }",
        "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: { '/a/{': { get: { responses: { '200': { description: x } } } } }",
        "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents: { schemas: { A: { $ref: '#/components/schemas/A' } } }",
        "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents: { schemas: { A: { allOf: [ { $ref: '#/components/schemas/A' }, { type: object } ] } } }",
        "\u{feff}{\"openapi\": \"3.0.3\"",
    ];
    for input in inputs {
        let result = std::panic::catch_unwind(|| generate(input, &Config::default()));
        assert!(result.is_ok(), "panicked on {input:?}");
    }
}

const FORMATS_DOC: &str = "openapi: 3.0.3
info: { title: T, version: '1' }
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        id: { type: string, format: uuid }
        at: { type: string, format: date-time }
";

#[test]
fn format_types_follow_the_configuration() {
    use openapi_rs_gen::FormatType;
    let types = |config: &Config| {
        let out = generate(FORMATS_DOC, config).expect("generates");
        out.client
            .into_iter()
            .find(|f| f.path == "src/types.rs")
            .expect("types.rs")
            .contents
    };
    let default = types(&Config::default());
    assert!(default.contains("pub id: Option<uuid::Uuid>"), "{default}");
    assert!(default.contains("pub at: Option<chrono::DateTime<chrono::FixedOffset>>"));
    let mut config = Config::default();
    config.formats.insert("uuid".into(), FormatType::String);
    config
        .formats
        .insert("date-time".into(), FormatType::DateTimeText);
    let custom = types(&config);
    assert!(custom.contains("pub id: Option<String>"), "{custom}");
    assert!(custom.contains("pub at: Option<DateTime>"), "{custom}");
    config
        .formats
        .insert("uuid".into(), FormatType::Path("not a type!".into()));
    let err = generate(FORMATS_DOC, &config).unwrap_err();
    assert_eq!(err.pointer, "/components/schemas/A/properties/id/format");
    assert!(
        err.message.contains("is not a Rust type"),
        "{}",
        err.message
    );
}
