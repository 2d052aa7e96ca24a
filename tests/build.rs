//! Generates every fixture under `fixtures/` into `OUT_DIR` and declares each as a
//! module, so that generated code that does not compile fails the build. The snapshot
//! tests (tests/generator_snapshots.rs) check the same output against the reviewed
//! snapshots, so together they make every snapshot a compiled one.

#[path = "fuzz/mutate.rs"]
mod mutate;

use std::fmt::Write as _;
use std::path::Path;

/// How many accepted mutants of the fixtures (see `tests/fuzz.rs`) are compiled.
const MUTANTS: usize = 6;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let fixtures = root.join("fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    let mut names: Vec<_> = std::fs::read_dir(&fixtures)
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "json"))
        .collect();
    names.sort();
    let mut decls = String::new();
    let mut seeds = Vec::new();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("fixture names are UTF-8")
            .replace('-', "_");
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let output = openapi_rs_gen::generate(&text, &openapi_rs_gen::Config::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // The mutation engine works on YAML values; the few fixtures those cannot hold
        // (integers beyond 64 bits) are not mutated.
        if let Ok(seed) = serde_yaml::from_str::<serde_yaml::Value>(&text) {
            seeds.push(seed);
        }
        write_crates(&out, &stem, &output, &mut decls);
    }
    // A deterministic sample of accepted mutants: accepted output must build too.
    println!(
        "cargo:rerun-if-changed={}",
        root.join("fuzz/mutate.rs").display()
    );
    let mut found = 0;
    for case in 0..2000u64 {
        if found == MUTANTS {
            break;
        }
        let doc = &seeds[case as usize % seeds.len()];
        let text = mutate::mutant(doc, 0xc0de_0000 + case);
        if let Ok(output) = openapi_rs_gen::generate(&text, &openapi_rs_gen::Config::default()) {
            let stem = format!("mutant{found}");
            std::fs::write(out.join(format!("{stem}.yaml")), &text).expect("OUT_DIR is writable");
            write_crates(&out, &stem, &output, &mut decls);
            found += 1;
        }
    }
    assert_eq!(found, MUTANTS, "too few mutants generated");
    std::fs::write(out.join("fixtures.rs"), decls).expect("OUT_DIR is writable");
}

/// Writes both crates of `output` under `OUT_DIR/stem` and declares their modules.
fn write_crates(out: &Path, stem: &str, output: &openapi_rs_gen::Output, decls: &mut String) {
    {
        for (side, files) in [("client", &output.client), ("server", &output.server)] {
            let dir = out.join(stem).join(side);
            for file in files.iter() {
                let target = dir.join(file.path.trim_start_matches("src/"));
                std::fs::create_dir_all(target.parent().expect("has a parent"))
                    .expect("OUT_DIR is writable");
                std::fs::write(&target, &file.contents).expect("OUT_DIR is writable");
            }
            let lib = dir.join("lib.rs");
            writeln!(
                decls,
                "#[path = {:?}]\npub mod {stem}_{side};",
                lib.display().to_string()
            )
            .expect("writing to a String");
        }
    }
}
