//! `cargo xtask corpus DIR [--compile] [--jobs N] [--out FILE] [--markdown FILE]`:
//! generation over every OpenAPI 3.x document under a directory, with the outcome,
//! time and peak memory of each, and optionally `cargo check` of the generated crates.
//!
//! Each document is generated in a child process (`xtask corpus-one FILE`), so that a
//! panic, a crash (stack overflow) or a hang is recorded against its document and the
//! run goes on; the child reports its own peak memory (`VmHWM` from `/proc`). The
//! in-process mode (used by the tests) catches panics and abandons a thread that
//! overruns the timeout. Nothing is fetched: the tool reads the directory it is given.

use openapi_rs_gen::{Config, krate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How each document is run.
#[derive(Debug, Clone)]
pub enum Isolation {
    /// A child process of this executable (`corpus-one`), killed on timeout.
    Process(PathBuf),
    /// A thread of this process, with panics caught; a thread that overruns the
    /// timeout is reported and left behind.
    InProcess,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub dir: PathBuf,
    pub compile: bool,
    pub jobs: usize,
    pub timeout: Duration,
    pub isolation: Isolation,
    /// Where `--compile` writes its cargo workspace (and target dir).
    pub scratch: PathBuf,
    pub out: Option<PathBuf>,
    pub markdown: Option<PathBuf>,
    /// With `compile`: the command that runs openapi-generator, to check its `rust`
    /// client of each document beside ours (see [`crate::peer`]).
    pub peer: Option<String>,
}

/// What happened to one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Accepted,
    Refused,
    Panicked,
    /// The child process died without a report (a stack overflow, an abort).
    Crashed,
    TimedOut,
    /// A Swagger 2.0 document: not run, counted apart.
    Swagger2,
    /// A JSON or YAML file that is not an OpenAPI document: not run.
    NotOpenapi,
    Unreadable,
}

/// The report of one document.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    /// The path relative to the corpus directory.
    #[serde(default)]
    pub spec: String,
    pub outcome: Option<Outcome>,
    /// The `openapi` (or `swagger`) version the document declares.
    pub version: Option<String>,
    pub pointer: Option<String>,
    pub message: Option<String>,
    /// Parse + check into the model, in milliseconds.
    pub model_ms: Option<f64>,
    /// Emitting and formatting both crates, in milliseconds.
    pub emit_ms: Option<f64>,
    /// Wall time of the whole run of the document (process start to exit).
    pub wall_ms: Option<f64>,
    /// Peak resident memory of the child process, in KiB.
    pub peak_kib: Option<u64>,
    pub bytes: u64,
    pub operations: Option<usize>,
    pub types: Option<usize>,
    /// Lines of generated Rust in both crates.
    pub lines: Option<usize>,
    pub compile: Option<Compiled>,
    /// openapi-generator's client of the same document, with `--peer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<crate::peer::Peer>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Compiled {
    pub ok: bool,
    pub seconds: f64,
    /// User CPU time of the check (cargo and the compilers it ran), seconds: steadier
    /// than `seconds` on a shared machine.
    #[serde(default)]
    pub cpu_seconds: Option<f64>,
    /// The first error lines when the check failed.
    pub errors: Vec<String>,
    /// Our client's and our server's share of `cpu_seconds`, each checked alone.
    #[serde(default)]
    pub client_cpu_seconds: Option<f64>,
    #[serde(default)]
    pub server_cpu_seconds: Option<f64>,
}

pub struct Report {
    pub dir: PathBuf,
    pub records: Vec<Record>,
    /// Time to build the dependencies of the generated crates, with `--compile`.
    pub dependencies_seconds: Option<f64>,
}

/// Every `.json`, `.yaml` and `.yml` file under `dir` (or `dir` itself), sorted.
pub fn documents(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| matches!(x, "json" | "yaml" | "yml"))
                && path.file_name().is_some_and(|n| n != "package.json")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The version a document declares, from its text (no full parse): the value of a
/// top-level `openapi` or `swagger` key. JSON documents are matched on the first
/// `"openapi": "..."`; YAML documents on a line that starts with the key.
pub fn sniff_version(text: &str) -> Option<(bool, String)> {
    for (key, swagger) in [("openapi", false), ("swagger", true)] {
        let json_key = format!("\"{key}\"");
        if let Some(at) = text.find(&json_key) {
            let rest = text[at + json_key.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix(':') {
                let rest = rest.trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    if let Some(end) = rest.find('"') {
                        return Some((swagger, rest[..end].to_owned()));
                    }
                }
            }
        }
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix(&format!("{key}:")) {
                let value = rest.split('#').next().unwrap_or("").trim();
                let value = value.trim_matches(|c| c == '"' || c == '\'');
                return Some((swagger, value.to_owned()));
            }
        }
    }
    None
}

thread_local! {
    /// Set while a document is generated on this thread: its panic is recorded here.
    static CAPTURE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records the message of a panic in a document's generation instead of printing it;
/// other panics go to the hook that was there before.
fn capture_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CAPTURE.with(std::cell::Cell::get) {
                return previous(info);
            }
            let payload = info.payload();
            let text = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic with a non-string payload".to_owned());
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            PANIC.with(|p| *p.borrow_mut() = Some(format!("{text}{place}")));
        }));
    });
}

/// Peak resident memory of this process, in KiB (Linux; `None` elsewhere).
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Generates one document (in this thread) and, with `write`, writes its two crates
/// there as `<name>-client` and `<name>-server`.
pub fn run_one(path: &Path, write: Option<(&Path, &str)>) -> Record {
    let mut record = Record::default();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            record.outcome = Some(Outcome::Unreadable);
            record.message = Some(e.to_string());
            return record;
        }
    };
    record.bytes = text.len() as u64;
    match sniff_version(&text) {
        None => {
            record.outcome = Some(Outcome::NotOpenapi);
            return record;
        }
        Some((true, v)) => {
            record.outcome = Some(Outcome::Swagger2);
            record.version = Some(v);
            return record;
        }
        Some((false, v)) => record.version = Some(v),
    }
    let config = Config::default();
    capture_panics();
    CAPTURE.with(|c| c.set(true));
    let result = std::panic::catch_unwind(|| {
        let start = Instant::now();
        let api = openapi_rs_gen::model(&text, &config);
        let model_ms = start.elapsed().as_secs_f64() * 1e3;
        let api = match api {
            Ok(api) => api,
            Err(e) => return (model_ms, None, Err(e)),
        };
        let start = Instant::now();
        let out = openapi_rs_gen::emit_all(&api, &config);
        let emit_ms = start.elapsed().as_secs_f64() * 1e3;
        (model_ms, Some(emit_ms), out.map(|o| (api, o)))
    });
    CAPTURE.with(|c| c.set(false));
    match result {
        Err(_) => {
            record.outcome = Some(Outcome::Panicked);
            record.message = PANIC.with(|p| p.borrow_mut().take());
        }
        Ok((model_ms, emit_ms, result)) => {
            record.model_ms = Some(model_ms);
            record.emit_ms = emit_ms;
            match result {
                Err(e) => {
                    record.outcome = Some(Outcome::Refused);
                    record.pointer = Some(e.pointer);
                    record.message = Some(e.message);
                }
                Ok((api, out)) => {
                    record.outcome = Some(Outcome::Accepted);
                    record.operations = Some(api.operations.len());
                    record.types = Some(api.types.len());
                    record.lines = Some(
                        out.client
                            .iter()
                            .chain(&out.server)
                            .filter(|f| f.path.ends_with(".rs"))
                            .map(|f| f.contents.lines().count())
                            .sum(),
                    );
                    if let Some((dir, name)) = write {
                        let crates = [
                            krate::client(&api, &format!("{name}-client"), out.client),
                            krate::server(&api, &format!("{name}-server"), out.server),
                        ];
                        if let Err(e) = krate::write_crates(dir, &crates, krate::Mode::Write) {
                            record.outcome = Some(Outcome::Unreadable);
                            record.message = Some(format!("writing the crates: {e}"));
                        }
                    }
                }
            }
        }
    }
    record.peak_kib = peak_kib();
    record
}

/// The child side: `xtask corpus-one FILE [--write DIR NAME]` prints one JSON record.
pub fn child_main(args: &[String]) -> Result<(), String> {
    let path = args
        .first()
        .ok_or("usage: xtask corpus-one FILE [--write DIR NAME]")?;
    let write = match (args.get(1).map(String::as_str), args.get(2), args.get(3)) {
        (Some("--write"), Some(dir), Some(name)) => Some((Path::new(dir), name.as_str())),
        (None, ..) => None,
        _ => return Err("usage: xtask corpus-one FILE [--write DIR NAME]".to_owned()),
    };
    let record = run_one(Path::new(path), write);
    println!(
        "{}",
        serde_json::to_string(&record).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// A package-name stem for the n-th document.
fn slug(index: usize, rel: &str) -> String {
    let mut s: String = rel
        .trim_end_matches(".json")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.truncate(40);
    let s = s.trim_matches('-').replace("--", "-");
    format!("s{index:04}-{s}")
}

fn run_isolated(opts: &Options, path: &Path, write: Option<(&Path, &str)>) -> Record {
    let start = Instant::now();
    let mut record = match &opts.isolation {
        Isolation::InProcess => {
            let (tx, rx) = std::sync::mpsc::channel();
            let path = path.to_path_buf();
            let write = write.map(|(d, n)| (d.to_path_buf(), n.to_owned()));
            let spawned = std::thread::Builder::new()
                .stack_size(8 << 20)
                .spawn(move || {
                    let record = run_one(
                        &path,
                        write.as_ref().map(|(d, n)| (d.as_path(), n.as_str())),
                    );
                    let _ = tx.send(record);
                });
            match spawned {
                Err(e) => Record {
                    outcome: Some(Outcome::Crashed),
                    message: Some(format!("spawning a thread: {e}")),
                    ..Record::default()
                },
                Ok(_) => match rx.recv_timeout(opts.timeout) {
                    Ok(mut record) => {
                        // In-process, the peak is the whole process's: not the document's.
                        record.peak_kib = None;
                        record
                    }
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Record {
                        outcome: Some(Outcome::TimedOut),
                        ..Record::default()
                    },
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Record {
                        outcome: Some(Outcome::Crashed),
                        message: Some("the generation thread died without a report".to_owned()),
                        ..Record::default()
                    },
                },
            }
        }
        Isolation::Process(exe) => run_child(exe, path, write, opts.timeout),
    };
    if record.version.is_none() {
        // A child that timed out or crashed reported nothing: the version from here.
        record.version = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| sniff_version(&t))
            .map(|(_, v)| v);
    }
    record.wall_ms = Some(start.elapsed().as_secs_f64() * 1e3);
    record
}

fn run_child(exe: &Path, path: &Path, write: Option<(&Path, &str)>, timeout: Duration) -> Record {
    let mut cmd = Command::new(exe);
    cmd.arg("corpus-one").arg(path);
    if let Some((dir, name)) = write {
        cmd.arg("--write").arg(dir).arg(name);
    }
    let mut child = match cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Record {
                outcome: Some(Outcome::Crashed),
                message: Some(format!("spawning {}: {e}", exe.display())),
                ..Record::default()
            };
        }
    };
    let reader = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = reader(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = reader(child.stderr.take().map(|p| Box::new(p) as _));
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let Some(status) = status else {
        return Record {
            outcome: Some(Outcome::TimedOut),
            message: Some(format!("no result after {} s", timeout.as_secs())),
            ..Record::default()
        };
    };
    if let Some(record) = stdout
        .lines()
        .last()
        .and_then(|l| serde_json::from_str::<Record>(l).ok())
    {
        return record;
    }
    let how = signal_of(&status).map_or_else(|| status.to_string(), |s| format!("signal {s}"));
    let last: Vec<&str> = stderr.lines().rev().take(3).collect();
    Record {
        outcome: Some(Outcome::Crashed),
        message: Some(format!(
            "exited with {how}: {}",
            last.into_iter().rev().collect::<Vec<_>>().join(" / ")
        )),
        ..Record::default()
    }
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// Runs the corpus: generation of every document, then (with `compile`) `cargo check`.
pub fn run(opts: &Options) -> Result<Report, String> {
    let docs = documents(&opts.dir)?;
    if docs.is_empty() {
        return Err(format!(
            "no .json or .yaml files under {}",
            opts.dir.display()
        ));
    }
    let crates_dir = opts.scratch.join("crates");
    if opts.compile {
        std::fs::create_dir_all(&crates_dir)
            .map_err(|e| format!("{}: {e}", crates_dir.display()))?;
    }
    let base = if opts.dir.is_file() {
        opts.dir.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        opts.dir.clone()
    };
    let rels: Vec<String> = docs
        .iter()
        .map(|p| p.strip_prefix(&base).unwrap_or(p).display().to_string())
        .collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Record>>> = Mutex::new(vec![None; docs.len()]);
    let progress = docs.len() >= 50;
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = docs.get(i) else { break };
                    let name = slug(i, &rels[i]);
                    let write = opts
                        .compile
                        .then_some((crates_dir.as_path(), name.as_str()));
                    let mut record = run_isolated(opts, path, write);
                    record.spec = rels[i].clone();
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(record);
                    }
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if progress && (n % 100 == 0 || n == docs.len()) {
                        eprintln!("corpus: {n}/{} documents", docs.len());
                    }
                }
            });
        }
    });
    let mut records: Vec<Record> = results
        .into_inner()
        .map_err(|_| "a worker thread panicked".to_owned())?
        .into_iter()
        .flatten()
        .collect();
    let mut dependencies_seconds = None;
    if opts.compile {
        dependencies_seconds = Some(compile(opts, &mut records)?);
        if let Some(command) = &opts.peer {
            crate::peer::run(opts, &base, command, &mut records)?;
        }
    }
    Ok(Report {
        dir: opts.dir.clone(),
        records,
        dependencies_seconds,
    })
}

/// `cargo check` of every accepted document's crates, in one scratch workspace with one
/// target dir; the dependencies first, on their own, so that each document's time is
/// its own crates'.
fn compile(opts: &Options, records: &mut [Record]) -> Result<f64, String> {
    let ws = &opts.scratch;
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let names: Vec<(usize, String)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.outcome == Some(Outcome::Accepted))
        .map(|(i, r)| (i, slug(i, &r.spec)))
        .collect();
    // A crate that depends on everything the generated crates do.
    let deps_dir = ws.join("dependencies");
    let mut deps = String::from(
        "[package]\nname = \"dependencies\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for (name, value) in krate::CLIENT_DEPENDENCIES
        .iter()
        .chain(krate::SERVER_DEPENDENCIES)
        .chain(&[("regex", krate::FULL_REGEX)])
    {
        if seen.insert(*name) {
            deps.push_str(&format!("{name} = {value}\n"));
        }
    }
    std::fs::create_dir_all(deps_dir.join("src")).map_err(|e| io(&deps_dir, e))?;
    std::fs::write(deps_dir.join("Cargo.toml"), deps).map_err(|e| io(&deps_dir, e))?;
    std::fs::write(deps_dir.join("src/lib.rs"), "").map_err(|e| io(&deps_dir, e))?;
    let mut members = vec!["\"dependencies\"".to_owned()];
    for (_, name) in &names {
        members.push(format!("\"crates/{name}-client\""));
        members.push(format!("\"crates/{name}-server\""));
    }
    let manifest = format!(
        "# Written by `cargo xtask corpus --compile`.\n[workspace]\nresolver = \"3\"\nmembers = [\n    {}\n]\n",
        members.join(",\n    ")
    );
    std::fs::write(ws.join("Cargo.toml"), manifest).map_err(|e| io(ws, e))?;
    // The repository's lock file pins the versions its own build already has, so the
    // check needs no network.
    let lock = ws.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(crate::root().join("Cargo.lock"), &lock);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // `cargo` in the scratch workspace, with its target dir.
    let cargo_in_ws = |args: &[&str]| {
        Command::new(&cargo)
            .current_dir(ws)
            .env("CARGO_TARGET_DIR", ws.join("target"))
            .args(args)
            .output()
    };
    // `cargo check` of one package, timed. Beside the peer (`--peer`), the package is
    // checked once untimed and cleaned first, as the peer's is: a package on its own
    // can select other features of the shared dependencies than the `dependencies`
    // package did, and those builds are not its own time.
    let check = |package: &str| -> Compiled {
        if opts.peer.is_some() && package != "dependencies" {
            let _ = cargo_in_ws(&["check", "--offline", "--quiet", "-p", package]);
            let _ = cargo_in_ws(&["clean", "--offline", "--quiet", "-p", package]);
        }
        let start = Instant::now();
        let cpu = children_user_seconds();
        let out = cargo_in_ws(&[
            "check",
            "--offline",
            "--quiet",
            "--message-format",
            "short",
            "-p",
            package,
        ]);
        // A warning fails the check too: what the generator accepts must compile
        // without warnings.
        let (ok, errors) = match out {
            Ok(out) => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                let warned = stderr.lines().any(|l| l.contains("warning:"));
                let errors = stderr
                    .lines()
                    .filter(|l| l.contains("error") || l.contains("warning:"))
                    .take(5)
                    .map(str::to_owned)
                    .collect();
                (out.status.success() && !warned, errors)
            }
            Err(e) => (false, vec![format!("running cargo: {e}")]),
        };
        Compiled {
            ok,
            seconds: start.elapsed().as_secs_f64(),
            cpu_seconds: cpu.zip(children_user_seconds()).map(|(a, b)| b - a),
            errors,
            client_cpu_seconds: None,
            server_cpu_seconds: None,
        }
    };
    let deps = check("dependencies");
    if !deps.ok {
        return Err(format!(
            "building the dependencies failed:\n{}",
            deps.errors.join("\n")
        ));
    }
    for (n, (i, name)) in names.iter().enumerate() {
        // One crate at a time, so that each crate's time is its own.
        let client = check(&format!("{name}-client"));
        let server = check(&format!("{name}-server"));
        let both = Compiled {
            ok: client.ok && server.ok,
            seconds: client.seconds + server.seconds,
            cpu_seconds: client
                .cpu_seconds
                .zip(server.cpu_seconds)
                .map(|(a, b)| a + b),
            errors: client
                .errors
                .into_iter()
                .chain(server.errors)
                .take(5)
                .collect(),
            client_cpu_seconds: client.cpu_seconds,
            server_cpu_seconds: server.cpu_seconds,
        };
        eprintln!(
            "corpus: checked {}/{} {} ({:.1} s, {:.1} s user CPU, {})",
            n + 1,
            names.len(),
            records[*i].spec,
            both.seconds,
            both.cpu_seconds.unwrap_or(f64::NAN),
            if both.ok { "ok" } else { "FAILED" }
        );
        records[*i].compile = Some(both);
    }
    Ok(deps.seconds)
}

/// User CPU time of this process's children that have been waited for, and of their
/// waited-for descendants (cargo waits for rustc), in seconds (`cutime` of
/// `/proc/self/stat`); `None` where there is no such file.
pub fn children_user_seconds() -> Option<f64> {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    let ticks = *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    });
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses: state is field 3,
    // cutime field 16.
    let rest = &stat[stat.rfind(')')? + 1..];
    let cutime: f64 = rest.split_whitespace().nth(13)?.parse().ok()?;
    Some(cutime / ticks)
}

/// A refusal message with the names in it (quoted or in backticks) and the numbers
/// replaced, so that messages of one kind group together.
pub fn normalise_message(message: &str) -> String {
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '`' => {
                let mut closed = false;
                for d in chars.by_ref() {
                    if d == c {
                        closed = true;
                        break;
                    }
                }
                out.push(c);
                out.push('…');
                if closed {
                    out.push(c);
                }
            }
            '0'..='9' => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The last three tokens of a pointer, with names (of paths, schemas, properties,
/// parameters, responses) and indexes replaced: `/paths/~1a/get/parameters/0/schema`
/// -> `…/parameters/N/schema`.
pub fn pointer_tail(pointer: &str) -> String {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let mut shaped = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let parent = if i == 0 { "" } else { tokens[i - 1] };
        let named = matches!(
            parent,
            "paths"
                | "schemas"
                | "properties"
                | "parameters"
                | "responses"
                | "requestBodies"
                | "content"
                | "securitySchemes"
                | "headers"
                | "examples"
        );
        let s = if t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty() {
            if parent == "responses" {
                "{status}".to_owned()
            } else {
                "N".to_owned()
            }
        } else if named || (i >= 2 && tokens[i - 2] == "security") {
            "*".to_owned()
        } else {
            (*t).to_owned()
        };
        shaped.push(s);
    }
    let n = shaped.len();
    if n <= 3 {
        format!("/{}", shaped.join("/"))
    } else {
        format!("…/{}", shaped[n - 3..].join("/"))
    }
}

struct Group<'a> {
    count: usize,
    tails: BTreeMap<String, usize>,
    examples: Vec<&'a Record>,
}

fn refusal_groups(records: &[Record]) -> Vec<(String, Group<'_>)> {
    let mut groups: BTreeMap<String, Group<'_>> = BTreeMap::new();
    for r in records
        .iter()
        .filter(|r| r.outcome == Some(Outcome::Refused))
    {
        let key = normalise_message(r.message.as_deref().unwrap_or(""));
        let g = groups.entry(key).or_insert(Group {
            count: 0,
            tails: BTreeMap::new(),
            examples: Vec::new(),
        });
        g.count += 1;
        *g.tails
            .entry(pointer_tail(r.pointer.as_deref().unwrap_or("/")))
            .or_default() += 1;
        if g.examples.len() < 3 {
            g.examples.push(r);
        }
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    groups
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

impl Report {
    pub fn count(&self, outcome: Outcome) -> usize {
        self.records
            .iter()
            .filter(|r| r.outcome == Some(outcome))
            .count()
    }

    /// The figures as Markdown: counts, times, memory, top refusal reasons.
    pub fn markdown(&self, top: usize) -> String {
        let mut s = String::new();
        let openapi3 =
            self.records.len() - self.count(Outcome::Swagger2) - self.count(Outcome::NotOpenapi);
        let pct = |n: usize| {
            if openapi3 == 0 {
                0.0
            } else {
                n as f64 * 100.0 / openapi3 as f64
            }
        };
        let mut versions: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for r in &self.records {
            if matches!(
                r.outcome,
                Some(Outcome::Swagger2 | Outcome::NotOpenapi) | None
            ) {
                continue;
            }
            let v = r.version.clone().unwrap_or_default();
            let minor = v.split('.').take(2).collect::<Vec<_>>().join(".");
            let e = versions.entry(minor).or_default();
            e.0 += 1;
            if r.outcome == Some(Outcome::Accepted) {
                e.1 += 1;
            }
        }
        s.push_str(&format!("Corpus: `{}`\n\n", self.dir.display()));
        s.push_str("| | documents | share of 3.x |\n|---|---:|---:|\n");
        s.push_str(&format!("| files | {} | |\n", self.records.len()));
        s.push_str(&format!(
            "| Swagger 2.0 (not run) | {} | |\n",
            self.count(Outcome::Swagger2)
        ));
        s.push_str(&format!(
            "| not OpenAPI (not run) | {} | |\n",
            self.count(Outcome::NotOpenapi)
        ));
        s.push_str(&format!("| **OpenAPI 3.x** | **{openapi3}** | 100 % |\n"));
        for outcome in [
            Outcome::Accepted,
            Outcome::Refused,
            Outcome::Panicked,
            Outcome::Crashed,
            Outcome::TimedOut,
            Outcome::Unreadable,
        ] {
            let n = self.count(outcome);
            s.push_str(&format!(
                "| {} | {n} | {:.1} % |\n",
                serde_json::to_value(outcome)
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                    .unwrap_or_default(),
                pct(n)
            ));
        }
        s.push('\n');
        for (v, (n, ok)) in &versions {
            s.push_str(&format!("- OpenAPI {v}: {n} documents, {ok} accepted\n"));
        }
        let mut times: Vec<(f64, &Record)> = self
            .records
            .iter()
            .filter(|r| r.outcome == Some(Outcome::Accepted))
            .map(|r| (r.model_ms.unwrap_or(0.0) + r.emit_ms.unwrap_or(0.0), r))
            .collect();
        times.sort_by(|a, b| a.0.total_cmp(&b.0));
        let sorted: Vec<f64> = times.iter().map(|t| t.0).collect();
        if let Some((max, slowest)) = times.last() {
            s.push_str(&format!(
                "\nGeneration time of accepted documents (parse, check, emit, format; in the child): \
                 median {:.1} ms, p95 {:.1} ms, max {:.0} ms (`{}`, {} operations); total {:.1} s.\n",
                percentile(&sorted, 0.5),
                percentile(&sorted, 0.95),
                max,
                slowest.spec,
                slowest.operations.unwrap_or(0),
                sorted.iter().sum::<f64>() / 1e3
            ));
        }
        let mut mem: Vec<(u64, &Record)> = self
            .records
            .iter()
            .filter(|r| r.outcome == Some(Outcome::Accepted))
            .filter_map(|r| r.peak_kib.map(|m| (m, r)))
            .collect();
        mem.sort_by_key(|m| m.0);
        if let Some((max, r)) = mem.last() {
            s.push_str(&format!(
                "Peak memory (resident, whole child process): median {:.1} MiB, max {:.1} MiB (`{}`).\n",
                mem[mem.len() / 2].0 as f64 / 1024.0,
                *max as f64 / 1024.0,
                r.spec
            ));
        }
        if let Some(deps) = self.dependencies_seconds {
            let checked: Vec<&Record> = self
                .records
                .iter()
                .filter(|r| r.compile.is_some())
                .collect();
            let ok = checked
                .iter()
                .filter(|r| r.compile.as_ref().is_some_and(|c| c.ok))
                .count();
            let total: f64 = checked
                .iter()
                .filter_map(|r| r.compile.as_ref().map(|c| c.seconds))
                .sum();
            let cpu: f64 = checked
                .iter()
                .filter_map(|r| r.compile.as_ref().and_then(|c| c.cpu_seconds))
                .sum();
            s.push_str(&format!(
                "\n`cargo check` of both crates: {ok} of {} documents pass; dependencies {deps:.1} s, then {total:.1} s ({cpu:.1} s of user CPU) for all the crates.\n",
                checked.len()
            ));
            for r in &checked {
                if let Some(c) = &r.compile {
                    if !c.ok {
                        s.push_str(&format!(
                            "- FAILED `{}`: {}\n",
                            r.spec,
                            c.errors.first().map_or("", String::as_str)
                        ));
                    }
                }
            }
        }
        s.push_str(&crate::peer::markdown(&self.records));
        for outcome in [Outcome::Panicked, Outcome::Crashed, Outcome::TimedOut] {
            for r in self.records.iter().filter(|r| r.outcome == Some(outcome)) {
                s.push_str(&format!(
                    "- {outcome:?} `{}`: {}\n",
                    r.spec,
                    r.message.as_deref().unwrap_or("")
                ));
            }
        }
        let groups = refusal_groups(&self.records);
        if !groups.is_empty() {
            s.push_str(&format!(
                "\n## Refusal reasons ({} kinds; top {})\n\n",
                groups.len(),
                top.min(groups.len())
            ));
            for (message, g) in groups.iter().take(top) {
                let mut tails: Vec<_> = g.tails.iter().collect();
                tails.sort_by(|a, b| b.1.cmp(a.1));
                let tails: Vec<String> = tails
                    .iter()
                    .take(3)
                    .map(|(t, n)| format!("`{t}` ({n})"))
                    .collect();
                s.push_str(&format!(
                    "### {} × {}\n\nat {}\n\n",
                    g.count,
                    message.replace('\n', " "),
                    tails.join(", ")
                ));
                for r in &g.examples {
                    s.push_str(&format!(
                        "- `{}` at `{}`: {}\n",
                        r.spec,
                        r.pointer.as_deref().unwrap_or(""),
                        r.message.as_deref().unwrap_or("").replace('\n', " ")
                    ));
                }
                s.push('\n');
            }
        }
        s
    }
}

/// `cargo xtask corpus ...`
pub fn main(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: cargo xtask corpus DIR [--compile] [--jobs N] [--timeout SECONDS] \
                         [--out FILE.json] [--markdown FILE.md] [--scratch DIR] [--in-process] \
                         [--peer] (with --compile: openapi-generator's rust client beside ours; \
                         $OPENAPI_GENERATOR runs it, default openapi-generator-cli)";
    let mut dir = None;
    let mut opts = Options {
        dir: PathBuf::new(),
        compile: false,
        jobs: 1,
        timeout: Duration::from_secs(60),
        isolation: Isolation::Process(
            std::env::current_exe().map_err(|e| format!("finding this executable: {e}"))?,
        ),
        scratch: std::env::temp_dir().join("openapi-rs-gen-corpus"),
        out: None,
        markdown: None,
        peer: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value; {USAGE}"))
        };
        match arg.as_str() {
            "--compile" => opts.compile = true,
            "--peer" => {
                opts.peer = Some(
                    std::env::var("OPENAPI_GENERATOR")
                        .unwrap_or_else(|_| "openapi-generator-cli".to_owned()),
                );
            }
            "--in-process" => opts.isolation = Isolation::InProcess,
            "--jobs" => {
                opts.jobs = value("--jobs")?
                    .parse()
                    .map_err(|e| format!("--jobs: {e}"))?;
            }
            "--timeout" => {
                opts.timeout = Duration::from_secs(
                    value("--timeout")?
                        .parse()
                        .map_err(|e| format!("--timeout: {e}"))?,
                );
            }
            "--out" => opts.out = Some(value("--out")?.into()),
            "--markdown" => opts.markdown = Some(value("--markdown")?.into()),
            "--scratch" => opts.scratch = value("--scratch")?.into(),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with('-') => return Err(format!("unknown flag {flag}; {USAGE}")),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            other => return Err(format!("unexpected argument {other:?}; {USAGE}")),
        }
    }
    opts.dir = dir.ok_or(USAGE)?;
    if opts.peer.is_some() && !opts.compile {
        return Err(format!("--peer needs --compile; {USAGE}"));
    }
    let report = run(&opts)?;
    let text = report.markdown(25);
    print!("{text}");
    if let Some(path) = &opts.markdown {
        std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = &opts.out {
        let json = serde_json::to_string_pretty(&report.records).map_err(|e| e.to_string())?;
        std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The corpus tool over the committed fixtures: the valid ones are accepted, the
    /// invalid ones refused (Swagger 2.0 counted apart), nothing panics or hangs.
    #[test]
    fn fixtures_split() {
        let opts = Options {
            dir: crate::root().join("tests/fixtures"),
            compile: false,
            jobs: 2,
            timeout: Duration::from_secs(120),
            isolation: Isolation::InProcess,
            scratch: std::env::temp_dir(),
            out: None,
            markdown: None,
            peer: None,
        };
        let report = run(&opts).expect("the fixtures are readable");
        for r in &report.records {
            let expected = if r.spec.starts_with("invalid/") {
                if r.spec.ends_with("swagger_2.yaml") {
                    Outcome::Swagger2
                } else {
                    Outcome::Refused
                }
            } else {
                Outcome::Accepted
            };
            assert_eq!(r.outcome, Some(expected), "{}: {:?}", r.spec, r.message);
        }
        let fixtures = |dir: &str| {
            std::fs::read_dir(dir)
                .expect("fixture directory")
                .filter(|e| {
                    e.as_ref().is_ok_and(|e| {
                        e.path()
                            .extension()
                            .is_some_and(|x| x == "yaml" || x == "json")
                    })
                })
                .count()
        };
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
        let valid = fixtures(root);
        let invalid = fixtures(&format!("{root}/invalid"));
        assert_eq!(report.count(Outcome::Accepted), valid);
        assert_eq!(report.count(Outcome::Refused), invalid - 1);
        assert_eq!(report.count(Outcome::Swagger2), 1);
        let text = report.markdown(10);
        assert!(text.contains(&format!("| accepted | {valid} |")), "{text}");
    }

    #[test]
    fn grouping() {
        assert_eq!(
            normalise_message("schema `Foo` has 3 \"bar\" fields"),
            "schema `…` has N \"…\" fields"
        );
        assert_eq!(
            pointer_tail("/paths/~1pets~1{id}/get/parameters/0/schema"),
            "…/parameters/N/schema"
        );
        assert_eq!(
            pointer_tail("/components/schemas/Pet/properties/name"),
            "…/*/properties/*"
        );
        assert_eq!(pointer_tail("/openapi"), "/openapi");
    }

    #[test]
    fn sniffing() {
        assert_eq!(
            sniff_version("{\"openapi\":\"3.0.0\",\"info\":{}}"),
            Some((false, "3.0.0".to_owned()))
        );
        assert_eq!(
            sniff_version("# c\nswagger: \"2.0\"\n"),
            Some((true, "2.0".to_owned()))
        );
        assert_eq!(
            sniff_version("openapi: 3.1.0 # x\n"),
            Some((false, "3.1.0".to_owned()))
        );
        assert_eq!(sniff_version("{\"name\":\"x\"}"), None);
    }
}
