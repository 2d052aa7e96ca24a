//! Mutation fuzzing of the generator: whatever a document holds, `generate` returns
//! (code or an error) without panicking, and within a few seconds.
//!
//! Mutants are made from every fixture and from `spec/quay.yaml` (see
//! `fuzz/mutate.rs`). `cargo test` runs a brief pass; a long one:
//!
//! ```sh
//! FUZZ_CASES=200000 FUZZ_SEED=7 cargo test --release -p quay-tests --test fuzz -- --nocapture
//! ```
//!
//! A failing mutant is written to `target/fuzz-failures/` with its seed. `build.rs`
//! compiles a sample of accepted mutants with the fixtures, so accepted output is
//! known to build as well.

#[path = "../fuzz/mutate.rs"]
mod mutate;

use openapi_rs_gen::{Config, generate};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longer than any document of this size can need, in a debug build on a busy machine.
const LIMIT: Duration = Duration::from_secs(20);

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn seed_documents() -> Vec<(String, serde_yaml::Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("fixtures"))
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths.push(root.join("../spec/quay.yaml"));
    // The mutations work on YAML values; a fixture those cannot hold (integers beyond
    // 64 bits) is left out.
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            Some((name, serde_yaml::from_str(&text).ok()?))
        })
        .collect()
}

#[test]
fn mutants_never_panic_or_hang() {
    let cases = env_number("FUZZ_CASES", 1200) as usize;
    let seed = env_number("FUZZ_SEED", 0x5eed);
    let docs = Arc::new(seed_documents());
    let quay = docs.len() - 1;
    // The large document is 1 case in 50: the small ones are where the variety is.
    let case_doc = move |case: usize| {
        if case % 50 == 49 { quay } else { case % quay }
    };
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-failures");
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let accepted = Arc::new(AtomicUsize::new(0));
    let next = Arc::new(AtomicUsize::new(0));
    // What each worker is on: (case, started).
    let current = Arc::new(Mutex::new(vec![None::<(usize, Instant)>; 2]));
    std::panic::set_hook(Box::new(|_| {}));
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let (docs, failures, accepted, next, current, out_dir) = (
                docs.clone(),
                failures.clone(),
                accepted.clone(),
                next.clone(),
                current.clone(),
                out_dir.clone(),
            );
            std::thread::spawn(move || {
                loop {
                    let case = next.fetch_add(1, Ordering::Relaxed);
                    if case >= cases {
                        break;
                    }
                    let (name, doc) = &docs[case_doc(case)];
                    let case_seed = seed.wrapping_mul(1_000_003).wrapping_add(case as u64);
                    let text = mutate::mutant(doc, case_seed);
                    current.lock().unwrap()[w] = Some((case, Instant::now()));
                    let result = std::panic::catch_unwind(|| generate(&text, &Config::default()));
                    current.lock().unwrap()[w] = None;
                    match result {
                        Ok(Ok(_)) => {
                            accepted.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(Err(_)) => {}
                        Err(_) => {
                            let file = out_dir.join(format!("panic-{case_seed}-{name}"));
                            let _ = std::fs::create_dir_all(&out_dir);
                            let _ = std::fs::write(&file, &text);
                            failures.lock().unwrap().push(format!(
                                "{name} seed {case_seed}: panicked ({})",
                                file.display()
                            ));
                        }
                    }
                }
            })
        })
        .collect();
    // The watchdog: a case that runs past the limit is a hang.
    loop {
        if workers.iter().all(|w| w.is_finished()) {
            break;
        }
        for (case, started) in current.lock().unwrap().iter().flatten() {
            if started.elapsed() > LIMIT {
                let (name, doc) = &docs[case_doc(*case)];
                let case_seed = seed.wrapping_mul(1_000_003).wrapping_add(*case as u64);
                let file = out_dir.join(format!("hang-{case_seed}-{name}"));
                let _ = std::fs::create_dir_all(&out_dir);
                let _ = std::fs::write(&file, mutate::mutant(doc, case_seed));
                panic!(
                    "{name} seed {case_seed}: still generating after {LIMIT:?} ({})",
                    file.display()
                );
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::panic::take_hook();
    let failures = failures.lock().unwrap();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let accepted = accepted.load(Ordering::Relaxed);
    eprintln!(
        "{cases} mutants: {accepted} generated, {} refused",
        cases - accepted
    );
    // Both outcomes are exercised, or the mutations are too weak or too wild.
    assert!(
        accepted * 10 > cases,
        "only {accepted} of {cases} mutants generated"
    );
    assert!(accepted < cases, "every mutant generated");
}
