//! `--peer`: openapi-generator's `rust` client for each accepted document, generated
//! and checked the same way as ours, so that the corpus report can put the `cargo
//! check` times side by side.
//!
//! The peer's crates live in their own workspace under `<scratch>/peer` with their own
//! target dir and lock file (their dependencies are not the repository's, so this step
//! needs the crates registry). Each crate is checked once to build its dependencies,
//! then cleaned (`cargo clean -p`) and checked again: the time reported is its own
//! crate's, as ours is (our dependencies are built first, on their own).

use crate::corpus::{Compiled, Options, Outcome, Record};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// The peer's result for one document.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Peer {
    /// Whether the peer generated a crate.
    pub generated: bool,
    /// Generation time, seconds (a JVM start included).
    pub gen_seconds: f64,
    /// Lines of Rust in the generated crate.
    pub lines: Option<usize>,
    /// The check of the crate alone (dependencies built before).
    pub check: Option<Compiled>,
    /// Why generation failed.
    pub message: Option<String>,
}

/// Lines of `.rs` files under `dir`.
pub fn rust_lines(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| {
            if p.is_dir() {
                rust_lines(&p)
            } else if p.extension().is_some_and(|x| x == "rs") {
                std::fs::read_to_string(&p).map_or(0, |t| t.lines().count())
            } else {
                0
            }
        })
        .sum()
}

fn tail(text: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(text);
    let all: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Generates and checks the peer's client of every accepted record. `base` is the
/// directory the records' `spec` paths are relative to; `command` runs
/// openapi-generator (e.g. `openapi-generator-cli` from PyPI).
pub fn run(
    opts: &Options,
    base: &Path,
    command: &str,
    records: &mut [Record],
) -> Result<(), String> {
    let ws = opts.scratch.join("peer");
    std::fs::create_dir_all(&ws).map_err(|e| format!("{}: {e}", ws.display()))?;
    let mut members = Vec::new();
    for (i, r) in records.iter_mut().enumerate() {
        if r.outcome != Some(Outcome::Accepted) {
            continue;
        }
        let name = format!("peer{i}");
        let dir = ws.join(&name);
        let _ = std::fs::remove_dir_all(&dir);
        let start = Instant::now();
        let out = Command::new(command)
            .args(["generate", "-g", "rust", "--skip-validate-spec", "-i"])
            .arg(base.join(&r.spec))
            .arg("-o")
            .arg(&dir)
            // The document's `info.version` need not be semver (Kubernetes': "unversioned").
            .arg(format!(
                "--additional-properties=packageName={name},packageVersion=0.1.0"
            ))
            .output();
        let mut peer = Peer {
            gen_seconds: start.elapsed().as_secs_f64(),
            ..Peer::default()
        };
        match out {
            Ok(out) if out.status.success() && dir.join("Cargo.toml").is_file() => {
                peer.generated = true;
                peer.lines = Some(rust_lines(&dir.join("src")));
                members.push((i, name));
            }
            Ok(out) => peer.message = Some(tail(&out.stdout, 3) + "\n" + &tail(&out.stderr, 5)),
            Err(e) => return Err(format!("running {command}: {e}")),
        }
        eprintln!(
            "corpus: peer generated {} ({:.1} s, {})",
            r.spec,
            peer.gen_seconds,
            if peer.generated { "ok" } else { "failed" }
        );
        r.peer = Some(peer);
    }
    let list: Vec<String> = members.iter().map(|(_, n)| format!("\"{n}\"")).collect();
    std::fs::write(
        ws.join("Cargo.toml"),
        format!(
            "# Written by `cargo xtask corpus --peer`.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            list.join(", ")
        ),
    )
    .map_err(|e| format!("{}: {e}", ws.display()))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let cargo_in_ws = |args: &[&str]| {
        let start = Instant::now();
        let cpu = crate::corpus::children_user_seconds();
        let out = Command::new(&cargo)
            .current_dir(&ws)
            .env("CARGO_TARGET_DIR", ws.join("target"))
            .args(args)
            .output();
        let cpu = cpu
            .zip(crate::corpus::children_user_seconds())
            .map(|(a, b)| b - a);
        (out, start.elapsed().as_secs_f64(), cpu)
    };
    for (i, name) in &members {
        let warm = cargo_in_ws(&["check", "--quiet", "-p", name]);
        let compiled = match warm {
            (Ok(out), ..) if out.status.success() => {
                let _ = cargo_in_ws(&["clean", "--quiet", "-p", name]);
                let (out, seconds, cpu_seconds) = cargo_in_ws(&["check", "--quiet", "-p", name]);
                let ok = out.as_ref().is_ok_and(|o| o.status.success());
                Compiled {
                    ok,
                    seconds,
                    cpu_seconds,
                    errors: Vec::new(),
                    client_cpu_seconds: None,
                    server_cpu_seconds: None,
                }
            }
            (Ok(out), seconds, cpu_seconds) => Compiled {
                ok: false,
                seconds,
                cpu_seconds,
                errors: tail(&out.stderr, 5).lines().map(str::to_owned).collect(),
                client_cpu_seconds: None,
                server_cpu_seconds: None,
            },
            (Err(e), ..) => return Err(format!("running cargo: {e}")),
        };
        eprintln!(
            "corpus: peer checked {} ({:.1} s, {:.1} s user CPU, {})",
            records[*i].spec,
            compiled.seconds,
            compiled.cpu_seconds.unwrap_or(f64::NAN),
            if compiled.ok { "ok" } else { "FAILED" }
        );
        if let Some(p) = records[*i].peer.as_mut() {
            p.check = Some(compiled);
        }
    }
    Ok(())
}

/// The side-by-side table of the report.
pub fn markdown(records: &[Record]) -> String {
    let rows: Vec<&Record> = records.iter().filter(|r| r.peer.is_some()).collect();
    if rows.is_empty() {
        return String::new();
    }
    let mut s = String::from(
        "\n## `cargo check` beside openapi-generator's `rust` client\n\n\
         Each crate alone, one after the other, its dependencies built before; ours are \
         the client and the server, whose times are summed in the first column.\n\n\
         Times are wall / user CPU seconds; the ratios are of user CPU, each of our crates \
         against the peer's client.\n\n\
         | document | operations | our lines | our types | our check s | client CPU s | server CPU s | peer lines | peer check s | client / peer | server / peer |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let peer = r.peer.as_ref().expect("filtered");
        let ours = r.compile.as_ref().filter(|c| c.ok);
        let theirs = peer.check.as_ref().filter(|c| c.ok);
        let opt = |c: Option<&Compiled>| {
            c.map_or("failed".to_owned(), |c| match c.cpu_seconds {
                Some(cpu) => format!("{:.1} / {cpu:.1}", c.seconds),
                None => format!("{:.1}", c.seconds),
            })
        };
        let cpu = |c: Option<&Compiled>| c.map(|c| c.cpu_seconds.unwrap_or(c.seconds));
        let ratio = |a: Option<f64>| match (a, cpu(theirs)) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
            _ => "-".to_owned(),
        };
        let side = |a: Option<f64>| a.map_or("-".to_owned(), |a| format!("{a:.1}"));
        let client = ours.and_then(|c| c.client_cpu_seconds);
        let server = ours.and_then(|c| c.server_cpu_seconds);
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            r.spec,
            r.operations.unwrap_or(0),
            r.lines.unwrap_or(0),
            r.types.unwrap_or(0),
            opt(ours),
            side(client),
            side(server),
            peer.lines.map_or("-".to_owned(), |l| l.to_string()),
            if peer.generated {
                opt(theirs)
            } else {
                "not generated".to_owned()
            },
            ratio(client),
            ratio(server),
        ));
    }
    s
}
