//! Complete crates around the generated sources: `Cargo.toml` with the dependencies
//! the generated code needs, a short README, and writing them to disk (or checking that
//! what is on disk is current).
//!
//! ```no_run
//! use openapi_rs_gen::krate::{self, Mode};
//!
//! let spec = std::fs::read_to_string("openapi.yaml").unwrap();
//! let config = openapi_rs_gen::Config::default();
//! let api = openapi_rs_gen::model(&spec, &config).unwrap();
//! let output = openapi_rs_gen::emit_all(&api, &config).unwrap();
//! let client = krate::client(&api, "pets-client", output.client);
//! let report = krate::sync(std::path::Path::new("pets-client"), &client.files, Mode::Write, true).unwrap();
//! for change in &report {
//!     println!("wrote {}", change.describe(std::path::Path::new(".")));
//! }
//! ```

use crate::File;
use crate::model::Api;
use std::io;
use std::path::{Path, PathBuf};

/// Dependencies as `(name, Cargo.toml value)`.
pub type Deps = &'static [(&'static str, &'static str)];

/// The dependencies of a generated client crate: `(name, Cargo.toml value)`. They are
/// the ones the checked-in Quay client uses (`generated-client/Cargo.toml`), spelled
/// out with the versions and features of the workspace.
pub const CLIENT_DEPENDENCIES: Deps = &[
    (
        "reqwest",
        r#"{ version = "0.12", default-features = false, features = ["json", "rustls-tls", "http2", "multipart"] }"#,
    ),
    ("serde", r#"{ version = "1", features = ["derive"] }"#),
    ("serde_json", r#""1""#),
    ("serde_path_to_error", r#""0.1""#),
    ("thiserror", r#""2""#),
    (
        "futures",
        r#"{ version = "0.3", default-features = false, features = ["std", "async-await"] }"#,
    ),
    ("percent-encoding", r#""2""#),
    ("form_urlencoded", r#""1""#),
];

/// The dependencies of a generated server crate (as `generated-server-stubs/Cargo.toml`).
pub const SERVER_DEPENDENCIES: Deps = &[
    (
        "axum",
        r#"{ version = "0.8", default-features = false, features = ["http1", "tokio"] }"#,
    ),
    ("serde", r#"{ version = "1", features = ["derive"] }"#),
    ("serde_json", r#""1""#),
    ("serde_path_to_error", r#""0.1""#),
    (
        "serde_html_form",
        r#"{ version = "0.4", default-features = false, features = ["de", "std"] }"#,
    ),
    ("form_urlencoded", r#""1""#),
    ("percent-encoding", r#""2""#),
    ("http-body-util", r#""0.1""#),
    ("regex-lite", r#""0.1""#),
];

/// The server's engine for a parameter `pattern` that needs Unicode classes, beside
/// `regex-lite` (see [`Api::needs_full_regex`]).
pub const FULL_REGEX: &str =
    r#"{ version = "1", default-features = false, features = ["std", "unicode"] }"#;

/// Crates the generated code needs for some documents only: the types the default
/// string formats map to (see [`crate::default_formats`]).
pub const FORMAT_DEPENDENCIES: Deps = &[
    (
        "chrono",
        r#"{ version = "0.4", default-features = false, features = ["std", "serde"] }"#,
    ),
    (
        "uuid",
        r#"{ version = "1", default-features = false, features = ["std", "serde"] }"#,
    ),
    ("url", r#"{ version = "2", features = ["serde"] }"#),
    ("base64", r#""0.22""#),
];

/// The server crate's documentation example binds a `tokio` listener.
pub const SERVER_DEV_DEPENDENCIES: Deps = &[(
    "tokio",
    r#"{ version = "1", features = ["macros", "rt-multi-thread", "net"] }"#,
)];

/// Which of the two crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Client,
    Server,
}

/// A crate ready to write: its package name and every file, relative to its root
/// (`Cargo.toml`, `README.md`, `src/...`).
#[derive(Debug, Clone)]
pub struct Crate {
    pub side: Side,
    pub package: String,
    pub files: Vec<File>,
}

/// The Rust name (`use` path) of a package: dashes become underscores.
pub fn lib_name(package: &str) -> String {
    package.replace('-', "_")
}

/// Checks that `package` is a valid Cargo package name.
pub fn check_package_name(package: &str) -> Result<(), String> {
    let mut chars = package.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    if !first_ok
        || !package
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "{package:?} is not a valid crate name: use ASCII letters, digits, `-` and `_`, starting with a letter"
        ));
    }
    Ok(())
}

/// The client crate: the generated sources plus `Cargo.toml` and `README.md`.
pub fn client(api: &Api, package: &str, sources: Vec<File>) -> Crate {
    build(api, Side::Client, package, sources)
}

/// The server crate: the generated sources plus `Cargo.toml` and `README.md`.
pub fn server(api: &Api, package: &str, sources: Vec<File>) -> Crate {
    build(api, Side::Server, package, sources)
}

fn build(api: &Api, side: Side, package: &str, sources: Vec<File>) -> Crate {
    let mut files = vec![
        File {
            path: "Cargo.toml".to_owned(),
            contents: cargo_toml(api, side, package),
        },
        File {
            path: "README.md".to_owned(),
            contents: readme(api, side, package),
        },
    ];
    files.extend(sources);
    Crate {
        side,
        package: package.to_owned(),
        files,
    }
}

fn toml_string(s: &str) -> String {
    // A TOML basic string has JSON's escapes for the characters that matter here.
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// `Cargo.toml` of a generated crate.
pub fn cargo_toml(api: &Api, side: Side, package: &str) -> String {
    let (what, deps, dev): (&str, Deps, Deps) = match side {
        Side::Client => ("A typed async client", CLIENT_DEPENDENCIES, &[]),
        Side::Server => (
            "axum server stubs",
            SERVER_DEPENDENCIES,
            SERVER_DEV_DEPENDENCIES,
        ),
    };
    let description = format!(
        "{what} for {} (version {}), generated by openapi-rs-gen.",
        one_line(&api.title),
        one_line(&api.version)
    );
    let mut out = String::new();
    out.push_str("# Generated by openapi-rs-gen; regenerate instead of editing.\n");
    out.push_str("[package]\n");
    out.push_str(&format!("name = {}\n", toml_string(package)));
    out.push_str("version = \"0.1.0\"\n");
    out.push_str("edition = \"2024\"\n");
    out.push_str("rust-version = \"1.85\"\n");
    out.push_str(&format!("description = {}\n", toml_string(&description)));
    out.push_str("publish = false\n");
    out.push_str("\n[dependencies]\n");
    let full_regex = side == Side::Server && api.needs_full_regex();
    for (name, value) in deps {
        out.push_str(&format!("{name} = {value}\n"));
        if *name == "regex-lite" && full_regex {
            out.push_str(&format!("regex = {FULL_REGEX}\n"));
        }
    }
    // The crates of configured types: known ones with their versions; others are the
    // user's to add (the README says so).
    for name in crate::emit::types::extra_crates(api) {
        if let Some((_, value)) = FORMAT_DEPENDENCIES.iter().find(|(n, _)| *n == name) {
            out.push_str(&format!("{name} = {value}\n"));
        }
    }
    if !api.features.names.is_empty() {
        out.push_str("\n[features]\n");
        let all: Vec<String> = api.features.names.keys().map(|n| toml_string(n)).collect();
        out.push_str(&format!("default = [{}]\n", all.join(", ")));
        // Feature names are kebab-case ASCII: bare keys.
        for name in api.features.names.keys() {
            out.push_str(&format!("{name} = []\n"));
        }
    }
    if !dev.is_empty() {
        out.push_str("\n[dev-dependencies]\n");
        for (name, value) in dev {
            out.push_str(&format!("{name} = {value}\n"));
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `README.md` of a generated crate.
pub fn readme(api: &Api, side: Side, package: &str) -> String {
    let lib = lib_name(package);
    let title = one_line(&api.title);
    let version = one_line(&api.version);
    let body = match side {
        Side::Client => format!(
            "A typed async client (reqwest) for {title} (version {version}), with {} operations.\n\n\
             ```rust,ignore\n\
             let client = {lib}::Client::builder(\"https://api.example.com\").build()?;\n\
             ```\n\n\
             Every operation is a method of `Client` that returns a request builder: set\n\
             optional parameters on it, then `.await` it. See the crate documentation\n\
             (`cargo doc --open`) for the operations and types.\n",
            api.operations.len()
        ),
        Side::Server => format!(
            "axum server stubs for {title} (version {version}), with {} operations.\n\n\
             Implement the `Api` trait for the operations you serve (the others answer 501),\n\
             an `Authenticator` for bearer tokens, and serve `{lib}::router(api, auth, config)`.\n\
             See the crate documentation (`cargo doc --open`) for an example.\n",
            api.operations.len()
        ),
    };
    format!(
        "# {package}\n\n{body}\n\
         Generated by openapi-rs-gen from the OpenAPI document; do not edit the files by\n\
         hand: change the document and generate again.\n"
    )
}

/// Whether [`sync`] writes files or only compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// A file that differed from what the generator makes (and was written in
/// [`Mode::Write`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: PathBuf,
    pub kind: ChangeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The file was not there.
    Missing,
    /// The file's contents differ.
    Changed,
    /// A `.rs` file under `src/` that the generator does not make.
    Extra,
}

impl Change {
    /// The path relative to `base` when under it, with what is wrong with it.
    pub fn describe(&self, base: &Path) -> String {
        let rel = self.path.strip_prefix(base).unwrap_or(&self.path).display();
        match self.kind {
            ChangeKind::Changed => format!("{rel}"),
            ChangeKind::Missing => format!("{rel} (missing)"),
            ChangeKind::Extra => format!("{rel} (no longer generated)"),
        }
    }
}

/// Writes `files` under `dir` (or, in [`Mode::Check`], compares them) and returns the
/// files that differed. With `prune`, a `.rs` file under `dir/src` that is not among
/// `files` differs too (and is removed in [`Mode::Write`]).
pub fn sync(dir: &Path, files: &[File], mode: Mode, prune: bool) -> io::Result<Vec<Change>> {
    let mut changes = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        let current = std::fs::read(&path).ok();
        if current.as_deref() == Some(file.contents.as_bytes()) {
            continue;
        }
        if mode == Mode::Write {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| with_path(e, parent))?;
            }
            std::fs::write(&path, &file.contents).map_err(|e| with_path(e, &path))?;
        }
        let kind = if current.is_some() {
            ChangeKind::Changed
        } else {
            ChangeKind::Missing
        };
        changes.push(Change { path, kind });
    }
    if prune {
        if let Ok(entries) = std::fs::read_dir(dir.join("src")) {
            let mut extra: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "rs"))
                .filter(|p| !files.iter().any(|f| dir.join(&f.path) == *p))
                .collect();
            extra.sort();
            for path in extra {
                if mode == Mode::Write {
                    std::fs::remove_file(&path).map_err(|e| with_path(e, &path))?;
                }
                changes.push(Change {
                    path,
                    kind: ChangeKind::Extra,
                });
            }
        }
    }
    Ok(changes)
}

fn with_path(err: io::Error, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{}: {err}", path.display()))
}

/// Writes each crate into `dir/<package>` (or checks it) and returns what differed.
pub fn write_crates(dir: &Path, crates: &[Crate], mode: Mode) -> io::Result<Vec<Change>> {
    let mut changes = Vec::new();
    for krate in crates {
        changes.extend(sync(&dir.join(&krate.package), &krate.files, mode, true)?);
    }
    Ok(changes)
}

/// Compares each crate with `dir/<package>` and returns the stale files.
pub fn check_crates(dir: &Path, crates: &[Crate]) -> io::Result<Vec<Change>> {
    write_crates(dir, crates, Mode::Check)
}
