//! Formats the runtime support code (`runtime/*.rs`) once, at build time, as
//! `prettyplease` prints it: the emitters splice the printed text into the generated
//! files instead of parsing and printing the same code again on every run.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new(&out).join("runtime");
    std::fs::create_dir_all(&dir).expect("OUT_DIR/runtime can be created");
    println!("cargo:rerun-if-changed=runtime");
    let mut names: Vec<_> = std::fs::read_dir("runtime")
        .expect("runtime/ is readable")
        .map(|e| e.expect("runtime/ is readable").file_name())
        .collect();
    names.sort();
    for name in names {
        let path = Path::new("runtime").join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("runtime files are UTF-8");
        // The same route as the emitters' formatting: tokens, then a `syn` file.
        let tokens: proc_macro2::TokenStream = text
            .parse()
            .unwrap_or_else(|e| panic!("{} does not tokenize: {e}", path.display()));
        let file: syn::File = syn::parse2(tokens)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        std::fs::write(dir.join(&name), prettyplease::unparse(&file))
            .expect("OUT_DIR/runtime is writable");
    }
}
