//! `cargo xtask measure [--sizes] [--runs N]`: how long the generated crates take to
//! build once their dependencies are built, and how large the generated files are.
//!
//! For each of `quay-client` and `quay-server`, debug and release: one untimed
//! `cargo build -p <crate>` builds the dependencies, then `--runs` times (default 3)
//! the crate's `src/lib.rs` is touched and `cargo build -p <crate>` timed; the best
//! run is printed. Builds run with `CARGO_INCREMENTAL=0` (as CI does), so each timed
//! build compiles the whole crate, as after a `cargo xtask regen` that changed it.
//! `--sizes` prints the file sizes only.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

const CRATES: [(&str, &str); 2] = [
    ("quay-client", "generated-client"),
    ("quay-server", "generated-server-stubs"),
];

pub fn run(args: &[String]) -> Result<(), String> {
    let mut builds = true;
    let mut runs = 3;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sizes" => builds = false,
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--runs needs a positive number")?;
            }
            other => {
                return Err(format!(
                    "unknown flag {other:?}; usage: cargo xtask measure [--sizes] [--runs N]"
                ));
            }
        }
    }
    let root = super::root();
    if builds {
        println!(
            "Build time of the generated crates (dependencies built; touch src/lib.rs, \
             `cargo build -p <crate>`, CARGO_INCREMENTAL=0; best of {runs}):\n"
        );
        println!("| crate | debug | release |");
        println!("|---|---:|---:|");
        for (name, dir) in CRATES {
            let lib = root.join(dir).join("src/lib.rs");
            let debug = best_build(&root, name, &lib, false, runs)?;
            let release = best_build(&root, name, &lib, true, runs)?;
            println!(
                "| {name} | {:.1} s | {:.1} s |",
                debug.as_secs_f64(),
                release.as_secs_f64()
            );
        }
        println!();
    }
    println!("Generated files:\n");
    println!("| file | lines | bytes |");
    println!("|---|---:|---:|");
    let (mut all_lines, mut all_bytes) = (0, 0);
    for (_, dir) in CRATES {
        let src = root.join(dir).join("src");
        let mut files: Vec<_> = std::fs::read_dir(&src)
            .map_err(|e| format!("{}: {e}", src.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for path in files {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let lines = text.lines().count();
            all_lines += lines;
            all_bytes += text.len();
            let shown = path.strip_prefix(&root).unwrap_or(&path).display();
            println!("| {shown} | {lines} | {} |", text.len());
        }
    }
    println!("| total | {all_lines} | {all_bytes} |");
    Ok(())
}

/// The best of `runs` timed builds of `name` after touching `lib`.
fn best_build(
    root: &Path,
    name: &str,
    lib: &Path,
    release: bool,
    runs: usize,
) -> Result<Duration, String> {
    build(root, name, release)?;
    let mut best = Duration::MAX;
    for _ in 0..runs {
        touch(lib)?;
        let start = Instant::now();
        build(root, name, release)?;
        best = best.min(start.elapsed());
    }
    Ok(best)
}

fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .append(true)
        .open(path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("touch {}: {e}", path.display()))
}

fn build(root: &Path, name: &str, release: bool) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["build", "--quiet", "-p", name])
        .env("CARGO_INCREMENTAL", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    if release {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|e| format!("cargo build -p {name}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo build -p {name} failed: {status}"))
    }
}
