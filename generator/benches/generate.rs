//! Generator benchmarks: spec text -> formatted files, for `spec/quay.yaml` and for
//! synthetic documents of 500 to 4,000 operations (`synthetic.rs`), whole and by
//! stage (parse, lower, emit tokens, emit + format).
//!
//! ```sh
//! cargo bench -p openapi-rs-gen --bench generate
//! ```
//!
//! divan prints the time per iteration. After it, a summary table gives per size:
//! best-of-3 time per stage, time and allocated bytes per operation, and the peak of
//! live heap bytes, measured by the counting allocator below in a separate run.

mod synthetic;

use divan::{Bencher, black_box};
use mimalloc::MiMalloc;
use openapi_rs_gen::{Config, emit, emit_all, generate, load, model};
use std::alloc::{GlobalAlloc, Layout};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};
#[path = "../../xtask/src/quay_config.rs"]
mod quay_config;
use quay_config::quay_config;

/// mimalloc, the allocator of the CLI and xtask, counting (while `COUNTING` is on)
/// the bytes allocated and the peak of live bytes. Off while timing, so timings carry
/// one relaxed load per allocation and no more.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated minus bytes freed since counting started (freeing older blocks
/// can take it below zero).
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
/// Bytes allocated since counting started (a `realloc` counts what it grew).
static TOTAL: AtomicUsize = AtomicUsize::new(0);

impl Counting {
    fn grow(by: usize) {
        if COUNTING.load(Relaxed) {
            TOTAL.fetch_add(by, Relaxed);
            let live = LIVE.fetch_add(by as isize, Relaxed) + by as isize;
            PEAK.fetch_max(live, Relaxed);
        }
    }

    fn shrink(by: usize) {
        if COUNTING.load(Relaxed) {
            LIVE.fetch_sub(by as isize, Relaxed);
        }
    }
}

// SAFETY: every call is forwarded to `MiMalloc`; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { MiMalloc.alloc(layout) };
        if !p.is_null() {
            Self::grow(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { MiMalloc.alloc_zeroed(layout) };
        if !p.is_null() {
            Self::grow(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { MiMalloc.dealloc(ptr, layout) };
        Self::shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            let old = layout.size();
            if new_size >= old {
                Self::grow(new_size - old);
            } else {
                Self::shrink(old - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const SIZES: [usize; 4] = [500, 1_000, 2_000, 4_000];

fn quay_spec() -> &'static str {
    static SPEC: OnceLock<String> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/quay.yaml");
        std::fs::read_to_string(path).expect("spec/quay.yaml")
    })
}

fn synthetic_spec(operations: usize) -> &'static str {
    static SPECS: OnceLock<Vec<(usize, String)>> = OnceLock::new();
    let specs = SPECS.get_or_init(|| SIZES.iter().map(|&n| (n, synthetic::spec(n))).collect());
    &specs
        .iter()
        .find(|(n, _)| *n == operations)
        .expect("a size")
        .1
}

/// The token streams of every generated file, before formatting.
fn tokens(api: &openapi_rs_gen::model::Api, config: &Config) -> Vec<proc_macro2::TokenStream> {
    vec![
        emit::client::emit_lib(api, &config.client_crate),
        emit::types::emit(api, false),
        emit::client::emit(api),
        emit::server::emit_lib(api, &config.server_crate),
        emit::types::emit(api, true),
        emit::server::emit(api, config).expect("server tokens"),
    ]
}

mod quay {
    use super::*;

    /// Spec text -> formatted files: the whole of `cargo xtask regen` but the writes.
    #[divan::bench]
    fn generate_all(bencher: Bencher) {
        let (spec, config) = (quay_spec(), quay_config());
        bencher.bench(|| generate(black_box(spec), &config).expect("generates"));
    }

    /// YAML text -> `openapiv3::OpenAPI`.
    #[divan::bench]
    fn parse(bencher: Bencher) {
        let spec = quay_spec();
        bencher.bench(|| load::parse(black_box(spec)).expect("parses"));
    }

    /// Parse and lower: text -> `model::Api`.
    #[divan::bench]
    fn parse_lower(bencher: Bencher) {
        let (spec, config) = (quay_spec(), quay_config());
        bencher.bench(|| model(black_box(spec), &config).expect("lowers"));
    }

    /// `model::Api` -> token streams.
    #[divan::bench]
    fn emit_tokens(bencher: Bencher) {
        let config = quay_config();
        let api = model(quay_spec(), &config).expect("lowers");
        bencher.bench(|| tokens(black_box(&api), &config));
    }

    /// `model::Api` -> formatted files (tokens, `syn` parse, prettyplease).
    #[divan::bench]
    fn emit_format(bencher: Bencher) {
        let config = quay_config();
        let api = model(quay_spec(), &config).expect("lowers");
        bencher.bench(|| emit_all(black_box(&api), &config).expect("emits"));
    }
}

mod synthetic_ops {
    use super::*;

    #[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
    fn generate_all(bencher: Bencher, operations: usize) {
        let (spec, config) = (synthetic_spec(operations), Config::default());
        bencher.bench(|| generate(black_box(spec), &config).expect("generates"));
    }

    #[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
    fn parse(bencher: Bencher, operations: usize) {
        let spec = synthetic_spec(operations);
        bencher.bench(|| load::parse(black_box(spec)).expect("parses"));
    }

    #[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
    fn parse_lower(bencher: Bencher, operations: usize) {
        let (spec, config) = (synthetic_spec(operations), Config::default());
        bencher.bench(|| model(black_box(spec), &config).expect("lowers"));
    }

    #[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
    fn emit_tokens(bencher: Bencher, operations: usize) {
        let config = Config::default();
        let api = model(synthetic_spec(operations), &config).expect("lowers");
        bencher.bench(|| tokens(black_box(&api), &config));
    }

    #[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
    fn emit_format(bencher: Bencher, operations: usize) {
        let config = Config::default();
        let api = model(synthetic_spec(operations), &config).expect("lowers");
        bencher.bench(|| emit_all(black_box(&api), &config).expect("emits"));
    }
}

/// The best of `runs` timings of `f`.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let out = f();
            let elapsed = start.elapsed();
            drop(black_box(out));
            elapsed
        })
        .min()
        .expect("at least one run")
}

/// Bytes allocated in all by `f`, and the peak of bytes live at once during it
/// (above what was live before).
fn memory<T>(f: impl FnOnce() -> T) -> (usize, usize) {
    TOTAL.store(0, Relaxed);
    LIVE.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
    let out = f();
    COUNTING.store(false, Relaxed);
    drop(black_box(out));
    (TOTAL.load(Relaxed), PEAK.load(Relaxed).max(0) as usize)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// One summary row: stage times (best of 3), allocation and peak.
fn summary_row(label: &str, spec: &str, config: &Config) {
    let ops = model(spec, config).expect("lowers").operations.len();
    let parse = best(3, || load::parse(spec).expect("parses"));
    let parse_lower = best(3, || model(spec, config).expect("lowers"));
    let api = model(spec, config).expect("lowers");
    let toks = best(3, || tokens(&api, config));
    let emit = best(3, || emit_all(&api, config).expect("emits"));
    let whole = best(3, || generate(spec, config).expect("generates"));
    let (allocated, peak) = memory(|| generate(spec, config).expect("generates"));
    let out = generate(spec, config).expect("generates");
    let files = out.client.iter().chain(&out.server);
    let (lines, bytes) = files.fold((0, 0), |(l, b), f| {
        (l + f.contents.lines().count(), b + f.contents.len())
    });
    // Formatting, split: `syn` parsing the tokens, then prettyplease printing.
    let mut copies: Vec<_> = (0..3).map(|_| tokens(&api, config)).collect();
    let syn_parse = best(3, || {
        let streams = copies.pop().expect("a copy per run");
        streams
            .into_iter()
            .map(|t| syn::parse2::<syn::File>(t).expect("parses"))
            .collect::<Vec<_>>()
    });
    let files: Vec<syn::File> = tokens(&api, config)
        .into_iter()
        .map(|t| syn::parse2(t).expect("parses"))
        .collect();
    let print = best(3, || {
        files.iter().map(prettyplease::unparse).collect::<Vec<_>>()
    });
    let lower = parse_lower.saturating_sub(parse);
    let format = emit.saturating_sub(toks);
    println!(
        "| {label} | {ops} | {:.0} | {:.1} | {:.1} | {:.1} | {:.1} ({:.1} + {:.1}) | {:.1} | {:.0} | {:.0} | {:.0} | {:.1} | {:.0} | {lines} / {:.1} MB |",
        spec.len() as f64 / 1e3,
        ms(parse),
        ms(lower),
        ms(toks),
        ms(format),
        ms(syn_parse),
        ms(print),
        ms(whole),
        whole.as_secs_f64() * 1e6 / ops as f64,
        allocated as f64 / 1e6,
        allocated as f64 / 1e3 / ops as f64,
        peak as f64 / 1e6,
        peak as f64 / 1e3 / ops as f64,
        bytes as f64 / 1e6,
    );
}

/// CPU time of this process so far (user + system, all threads; Linux, from
/// `/proc/self/stat` in clock ticks of 10 ms), or zero elsewhere.
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name (in parentheses, which may contain spaces):
    // utime and stime are the 12th and 13th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// Wall and CPU time of `f`.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let (cpu, start) = (cpu_time(), Instant::now());
    let out = f();
    (out, start.elapsed(), cpu_time().saturating_sub(cpu))
}

/// `GENERATE_DOCS=<dir>`: every `.json`/`.yaml`/`.yml` document in `dir` (sorted by
/// name), generated with the default configuration, one stage after the other, each
/// once. Per stage, wall and CPU time (CPU: all threads, 10 ms ticks; tokens: the six
/// files one after the other; format: `emit_all`, which builds and formats the files
/// on all cores, minus tokens); then the peak of live heap bytes (a further run with
/// the counting allocator), output lines and types. Documents are not committed:
/// pass any directory of OpenAPI 3 documents.
fn docs_table(dir: &str) {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("GENERATE_DOCS names a readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            )
        })
        .collect();
    paths.sort();
    println!(
        "| document | MB | ops | types | parse ms (wall / CPU) | lower ms | tokens ms | format ms | total wall ms | total CPU ms | peak MB | output lines |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let config = Config::default();
    for path in paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).expect("a readable document");
        // Once untimed: the first run on a big document pays for faulting in fresh
        // memory, which the runs after it (parse and lower together) do not, and
        // lowering's time is their difference.
        drop(load::parse(&text));
        let (parsed, parse, parse_cpu) = timed(|| load::parse(&text));
        if let Err(e) = parsed {
            println!("| {name} | refused: {} |", e.message);
            continue;
        }
        drop(parsed);
        let (api, parse_lower, model_cpu) = timed(|| model(&text, &config));
        let api = match api {
            Ok(api) => api,
            Err(e) => {
                println!("| {name} | refused at {}: {} |", e.pointer, e.message);
                continue;
            }
        };
        let (streams, toks, toks_cpu) = timed(|| tokens(&api, &config));
        drop(streams);
        let (out, emit, emit_cpu) = timed(|| emit_all(&api, &config));
        let out = match out {
            Ok(out) => out,
            Err(e) => {
                println!("| {name} | not emitted: {} |", e.message);
                continue;
            }
        };
        let lines: usize = out
            .client
            .iter()
            .chain(&out.server)
            .filter(|f| f.path.ends_with(".rs"))
            .map(|f| f.contents.lines().count())
            .sum();
        drop(out);
        let (ops, types) = (api.operations.len(), api.types.len());
        drop(api);
        let (_, peak) = memory(|| generate(&text, &config).expect("generates"));
        println!(
            "| {name} | {:.1} | {ops} | {types} | {:.0} / {:.0} | {:.0} / {:.0} | {:.0} / {:.0} | {:.0} / {:.0} | {:.0} | {:.0} | {:.0} | {lines} |",
            text.len() as f64 / 1e6,
            ms(parse),
            ms(parse_cpu),
            ms(parse_lower.saturating_sub(parse)),
            ms(model_cpu.saturating_sub(parse_cpu)),
            ms(toks),
            ms(toks_cpu),
            ms(emit.saturating_sub(toks)),
            ms(emit_cpu.saturating_sub(toks_cpu)),
            ms(parse_lower + emit),
            ms(model_cpu + emit_cpu),
            peak as f64 / 1e6,
        );
    }
}

fn main() {
    if let Ok(dir) = std::env::var("GENERATE_DOCS") {
        docs_table(&dir);
        return;
    }
    // `GENERATE_PROFILE=<operations>` generates the synthetic document of that size
    // once and exits: for `valgrind --tool=callgrind` (instructions per operation).
    // `GENERATE_PROFILE=quay` does the same for `spec/quay.yaml` with Quay's configuration.
    if let Ok(n) = std::env::var("GENERATE_PROFILE") {
        if n == "quay" {
            black_box(generate(quay_spec(), &quay_config()).expect("generates"));
            return;
        }
        let n: usize = n
            .parse()
            .expect("GENERATE_PROFILE=<number of operations> or GENERATE_PROFILE=quay");
        let spec = synthetic::spec(n);
        black_box(generate(&spec, &Config::default()).expect("generates"));
        return;
    }
    divan::main();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and only
    // checks that each benchmark runs once.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    println!(
        "\nSummary (best of 3; lower = parse+lower - parse; format = emit - tokens, of which \
         syn parsing the tokens + prettyplease printing the syntax trees):\n"
    );
    println!(
        "| spec | ops | spec kB | parse ms | lower ms | tokens ms | format ms (syn + print) | total ms | µs/op | alloc MB | alloc kB/op | peak MB | peak kB/op | output lines / size |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    summary_row("quay.yaml", quay_spec(), &quay_config());
    for n in SIZES {
        summary_row(
            &format!("synthetic {n}"),
            synthetic_spec(n),
            &Config::default(),
        );
    }
}
