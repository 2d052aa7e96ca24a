//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask measure`,
//! `cargo xtask corpus DIR`.

mod corpus;
mod measure;
mod peer;
mod quay_config;

use openapi_rs_gen::{File, emit_all, krate, model, roundtrip_test};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use quay_config::quay_config;

/// Generation allocates millions of small nodes on two threads; mimalloc takes about
/// 40 % off its time against the system allocator (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        Some("corpus") => corpus::main(&args[1..]),
        // One document of a corpus run, in its own process (see corpus.rs).
        Some("corpus-one") => corpus::child_main(&args[1..]),
        _ => Err(
            "usage: cargo xtask regen [--check] | cargo xtask measure [--sizes] [--runs N] \
             | cargo xtask corpus DIR [--compile] [--jobs N] [--out FILE]"
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
    // The crates' Cargo.toml files are hand-written here: only the sources are synced,
    // through the same code as the command-line program's.
    let mut stale = Vec::new();
    for (dir, files, prune) in [
        (root.join("generated-client"), &out.client, true),
        (root.join("generated-server-stubs"), &out.server, true),
        (root.join("tests"), &vec![roundtrip], false),
    ] {
        let mode = match mode {
            Mode::Write => krate::Mode::Write,
            Mode::Check => krate::Mode::Check,
        };
        let changes = krate::sync(&dir, files, mode, prune).map_err(|e| e.to_string())?;
        stale.extend(changes.iter().map(|c| c.describe(&root)));
    }
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
