//! `openapi-rs-gen`: an OpenAPI 3.0 document in, a typed reqwest client crate and axum
//! server stub crate out.

use clap::{Args, Parser, Subcommand};
use openapi_rs_gen::krate::{self, Mode};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Generation allocates millions of small nodes on two threads; mimalloc takes about
/// 40 % off its time against the system allocator (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate Rust crates from an OpenAPI 3.0 document: a typed async client (reqwest)
/// and server stubs (axum).
#[derive(Parser)]
#[command(name = "openapi-rs-gen", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a client crate and a server crate (or one of them) for a document.
    ///
    /// Each crate is a directory under --out named after the crate, with a Cargo.toml
    /// that lists the dependencies the generated code needs, a README and src/. Without
    /// --client and --server, both crates are written, named after the document's title.
    #[command(after_help = "Examples:\n  \
        openapi-rs-gen generate openapi.yaml --out crates\n  \
        openapi-rs-gen generate openapi.yaml --out crates --client pets-client\n  \
        openapi-rs-gen generate openapi.yaml --out crates --check")]
    Generate(Generate),
}

#[derive(Args)]
struct Generate {
    /// The OpenAPI 3.0 document (YAML or JSON).
    spec: PathBuf,
    /// The directory the crates are written into.
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Write a client crate with this package name.
    #[arg(long, value_name = "NAME")]
    client: Option<String>,
    /// Write a server crate with this package name.
    #[arg(long, value_name = "NAME")]
    server: Option<String>,
    /// Read settings from this TOML file: crate names, the error schema, which
    /// operations or tags to generate, extra derives, type overrides.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Compare with what is in --out instead of writing; fail naming every stale file.
    #[arg(long)]
    check: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

/// Documents at least this big get progress lines on stderr.
const BIG: usize = 1 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate(args) => generate(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn generate(args: &Generate) -> Result<(), String> {
    let start = Instant::now();
    let spec_name = args.spec.display();
    let text =
        std::fs::read_to_string(&args.spec).map_err(|e| format!("cannot read {spec_name}: {e}"))?;
    let progress = !args.quiet && text.len() >= BIG;
    let step = |what: &str| {
        if progress {
            eprintln!("{:>6.1}s {what}", start.elapsed().as_secs_f64());
        }
    };
    step(&format!(
        "reading {spec_name} ({:.1} MB)",
        text.len() as f64 / 1e6
    ));
    let file = match &args.config {
        Some(path) => openapi_rs_gen::config::ConfigFile::read(path)?,
        None => openapi_rs_gen::config::ConfigFile::default(),
    };
    let mut config = file.to_config();
    // The command line over the file; with no name anywhere, both crates.
    let (client, server) = match (&args.client, &args.server) {
        (None, None) => (file.crates.client.clone(), file.crates.server.clone()),
        (c, s) => (c.clone(), s.clone()),
    };
    for name in client.iter().chain(&server) {
        krate::check_package_name(name)?;
    }
    let refused = |e: openapi_rs_gen::Error| {
        format!(
            "{spec_name} is refused at {}",
            openapi_rs_gen::describe_error(&e, &text)
        )
    };
    step("parsing and checking");
    let api = openapi_rs_gen::model(&text, &config).map_err(refused)?;
    let (client, server) = match (client, server) {
        (None, None) => {
            let stem = default_stem(&api.title);
            (
                Some(format!("{stem}-client")),
                Some(format!("{stem}-server")),
            )
        }
        names => names,
    };
    // The names only appear in the crates' documentation examples.
    if let Some(name) = &client {
        config.client_crate = krate::lib_name(name);
    }
    if let Some(name) = &server {
        config.server_crate = krate::lib_name(name);
    }
    let unmatched = config.operations.unmatched(&api);
    if !unmatched.is_empty() {
        eprintln!(
            "warning: the configuration selects {} that the document does not have",
            unmatched.join(", ")
        );
    }
    step(&format!(
        "emitting {} operations and {} types",
        api.operations.len(),
        api.types.len()
    ));
    let output = openapi_rs_gen::emit_all(&api, &config).map_err(refused)?;
    let mut crates = Vec::new();
    if let Some(name) = &client {
        crates.push(krate::client(&api, name, output.client));
    }
    if let Some(name) = &server {
        crates.push(krate::server(&api, name, output.server));
    }
    let mode = if args.check { Mode::Check } else { Mode::Write };
    step(if args.check { "comparing" } else { "writing" });
    let changes = krate::write_crates(&args.out, &crates, mode).map_err(|e| e.to_string())?;
    let names: Vec<String> = crates
        .iter()
        .map(|c| args.out.join(&c.package).display().to_string())
        .collect();
    let listing = || {
        changes
            .iter()
            .map(|c| c.describe(Path::new("")))
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    match mode {
        Mode::Check if !changes.is_empty() => Err(format!(
            "{} generated files are stale; run the same command without --check:\n  {}",
            changes.len(),
            listing()
        )),
        Mode::Check => {
            if !args.quiet {
                println!("{} up to date", names.join(" and "));
            }
            Ok(())
        }
        Mode::Write => {
            if !args.quiet {
                if changes.is_empty() {
                    println!("{} already up to date", names.join(" and "));
                } else {
                    println!(
                        "wrote {} ({} files changed) in {:.1}s",
                        names.join(" and "),
                        changes.len(),
                        start.elapsed().as_secs_f64()
                    );
                }
            }
            Ok(())
        }
    }
}

/// A package-name stem from the document's `info.title` (`Swagger Petstore` ->
/// `swagger-petstore`), or `api`.
fn default_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.starts_with(|c: char| c.is_ascii_alphabetic()) {
        stem.to_owned()
    } else {
        "api".to_owned()
    }
}
