//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask measure`.

mod measure;
mod quay_config;

use openapi_rs_gen::{File, emit_all, model, roundtrip_test};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use quay_config::quay_config;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("regen") => match args.get(1).map(String::as_str) {
            None => regen(Mode::Write),
            Some("--check") => regen(Mode::Check),
            Some(other) => Err(format!(
                "unknown flag {other:?}; usage: cargo xtask regen [--check]"
            )),
        },
        Some("measure") => measure::run(&args[1..]),
        _ => Err(
            "usage: cargo xtask regen [--check] | cargo xtask measure [--sizes] [--runs N]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn regen(mode: Mode) -> Result<(), String> {
    let root = root();
    let spec_path = root.join("spec/quay.yaml");
    let spec =
        std::fs::read_to_string(&spec_path).map_err(|e| format!("{}: {e}", spec_path.display()))?;
    let config = quay_config();
    let fail = |e: openapi_rs_gen::Error| format!("{}: {e}", spec_path.display());
    eprintln!("reading spec/quay.yaml and generating the Quay crates");
    let api = model(&spec, &config).map_err(fail)?;
    let out = emit_all(&api, &config).map_err(fail)?;
    let roundtrip = File {
        path: "tests/generated/quay_roundtrip.rs".to_owned(),
        contents: roundtrip_test(&api, &config.client_crate, &config.server_crate).map_err(fail)?,
    };
    let mut stale = Vec::new();
    sync(
        &root.join("generated-client"),
        &out.client,
        mode,
        &mut stale,
    )?;
    sync(
        &root.join("generated-server-stubs"),
        &out.server,
        mode,
        &mut stale,
    )?;
    sync_files(
        &root.join("tests"),
        std::slice::from_ref(&roundtrip),
        mode,
        &mut stale,
    )?;
    if stale.is_empty() {
        if mode == Mode::Write {
            println!("generated crates are up to date");
        }
        return Ok(());
    }
    match mode {
        Mode::Write => {
            for path in &stale {
                println!("wrote {path}");
            }
            Ok(())
        }
        Mode::Check => Err(format!(
            "these generated files are stale; run `cargo xtask regen`:\n  {}",
            stale.join("\n  ")
        )),
    }
}

/// Writes (or, in check mode, compares) the generated files of one crate; a
/// generated `.rs` file under `src/` that the generator no longer makes is stale too.
fn sync(dir: &Path, files: &[File], mode: Mode, stale: &mut Vec<String>) -> Result<(), String> {
    let rel = |p: &Path| p.strip_prefix(root()).unwrap_or(p).display().to_string();
    sync_files(dir, files, mode, stale)?;
    let src = dir.join("src");
    if let Ok(entries) = std::fs::read_dir(&src) {
        let mut extra: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .filter(|p| !files.iter().any(|f| dir.join(&f.path) == *p))
            .collect();
        extra.sort();
        for path in extra {
            stale.push(format!("{} (no longer generated)", rel(&path)));
            if mode == Mode::Write {
                std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// Writes (or compares) the given files under `dir`.
fn sync_files(
    dir: &Path,
    files: &[File],
    mode: Mode,
    stale: &mut Vec<String>,
) -> Result<(), String> {
    let rel = |p: &Path| p.strip_prefix(root()).unwrap_or(p).display().to_string();
    for file in files {
        let path = dir.join(&file.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() != Some(file.contents.as_str()) {
            stale.push(rel(&path));
            if mode == Mode::Write {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("{}: {e}", parent.display()))?;
                }
                std::fs::write(&path, &file.contents)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The checked-in generated crates match the spec and the generator.
    #[test]
    fn generated_crates_are_fresh() {
        if let Err(message) = super::regen(super::Mode::Check) {
            panic!("{message}");
        }
    }
}
