//! The `openapi-rs-gen` program, run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ lives in the workspace")
        .to_path_buf()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-rs-gen"))
        .args(args)
        .output()
        .expect("the program runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the target dir is writable");
    dir
}

const SPEC: &str = r#"
openapi: 3.0.3
info: { title: Hosts, version: "1" }
paths:
  /hosts:
    get:
      operationId: listHosts
      tags: [hosts]
      parameters:
        - { name: state, in: query, schema: { $ref: '#/components/schemas/State' } }
      responses:
        '200':
          description: The hosts.
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Host' } }
  /admin/reboot:
    post:
      operationId: reboot
      tags: [admin]
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Reboot' }
      responses:
        '204': { description: Rebooting. }
components:
  schemas:
    Host:
      type: object
      required: [name, address]
      properties:
        name: { type: string }
        address: { type: string, format: ipv4 }
        state: { $ref: '#/components/schemas/State' }
    State: { type: string, enum: [up, down] }
    Reboot:
      type: object
      properties:
        force: { type: boolean }
"#;

const CONFIG: &str = r#"
[crates]
client = "hosts-client"
server = "hosts-server"

[operations]
tags = ["hosts"]

[derives]
all = ["Eq"]

[types]
formats = { ipv4 = "std::net::Ipv4Addr" }
"#;

/// Both crates from a document and a configuration file: the files, the selection and
/// overrides, and `cargo check` of the pair.
#[test]
fn generated_crates_build() {
    let dir = scratch("build");
    std::fs::write(dir.join("hosts.yaml"), SPEC).unwrap();
    std::fs::write(dir.join("hosts.toml"), CONFIG).unwrap();
    let out = run(&[
        "generate",
        dir.join("hosts.yaml").to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--config",
        dir.join("hosts.toml").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in [
        "hosts-client/Cargo.toml",
        "hosts-client/README.md",
        "hosts-client/src/lib.rs",
        "hosts-client/src/types.rs",
        "hosts-client/src/client.rs",
        "hosts-server/Cargo.toml",
        "hosts-server/src/server.rs",
        "hosts-server/src/openapi.json",
    ] {
        assert!(dir.join(file).is_file(), "{file} is missing");
    }
    let types = std::fs::read_to_string(dir.join("hosts-client/src/types.rs")).unwrap();
    assert!(
        types.contains("pub address: std::net::Ipv4Addr,"),
        "{types}"
    );
    assert!(!types.contains("pub struct Reboot"), "{types}");
    let client = std::fs::read_to_string(dir.join("hosts-client/src/client.rs")).unwrap();
    assert!(client.contains("pub fn list_hosts"));
    assert!(!client.contains("pub fn reboot"));

    // The build-script API's output, include!d into a module of a third crate (as a
    // build script would, from OUT_DIR).
    let included = dir.join("hosts-included");
    let mut config = openapi_rs_gen::config::ConfigFile::read(&dir.join("hosts.toml"))
        .unwrap()
        .to_config();
    config.client_crate = "hosts".to_owned();
    openapi_rs_gen::build::generate_into(
        &dir.join("hosts.yaml"),
        &config,
        true,
        &included.join("gen"),
    )
    .unwrap();
    let mut manifest = String::from(
        "[package]\nname = \"hosts-included\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n",
    );
    for (name, value) in openapi_rs_gen::krate::CLIENT_DEPENDENCIES {
        manifest.push_str(&format!("{name} = {value}\n"));
    }
    std::fs::write(included.join("Cargo.toml"), manifest).unwrap();
    std::fs::create_dir_all(included.join("src")).unwrap();
    std::fs::write(
        included.join("src/lib.rs"),
        "pub mod hosts {\n    include!(\"../gen/hosts.rs\");\n}\n\npub fn client() -> hosts::Client {\n    hosts::Client::builder(\"http://localhost\").build().unwrap()\n}\n",
    )
    .unwrap();

    // One workspace around the crates, pinned to this repository's lock file so that
    // the check needs no network.
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\"hosts-client\", \"hosts-server\", \"hosts-included\"]\n",
    )
    .unwrap();
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-check"));
    let check = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["check", "--offline", "--workspace", "--quiet"])
        .output()
        .expect("cargo runs");
    assert!(check.status.success(), "{}", stderr(&check));
}

/// `cargo check` of `packages` in the workspace `dir`, with `args`: whether it passed,
/// and the compiler's messages. Pinned to this repository's lock file, so no network
/// is needed.
fn cargo_check(dir: &Path, packages: &[&str], args: &[&str]) -> (bool, String) {
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-check"));
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["check", "--offline", "--message-format", "short"]);
    for p in packages {
        command.args(["-p", p]);
    }
    let out = command.args(args).output().expect("cargo runs");
    (out.status.success(), stderr(&out))
}

/// A Cargo feature per tag (on by default): the crates build, without a warning, with
/// all features, with none, and with each alone.
#[test]
fn each_tag_feature_builds_alone() {
    let dir = scratch("features");
    let spec = root().join("tests/fixtures/tag_features.yaml");
    let out = run(&[
        "generate",
        spec.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--client",
        "shop-client",
        "--server",
        "shop-server",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(dir.join("shop-client/Cargo.toml")).unwrap();
    assert!(
        manifest.contains(
            "[features]\ndefault = [\"owners\", \"pet-store\"]\nowners = []\npet-store = []\n"
        ),
        "{manifest}"
    );
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\"shop-client\", \"shop-server\"]\n",
    )
    .unwrap();
    let crates = ["shop-client", "shop-server"];
    for args in [
        &[][..],
        &["--no-default-features"],
        &["--no-default-features", "--features", "owners"],
        &["--no-default-features", "--features", "pet-store"],
    ] {
        let (passed, messages) = cargo_check(&dir, &crates, args);
        assert!(passed, "{args:?}:\n{messages}");
        assert!(!messages.contains("warning"), "{args:?}:\n{messages}");
    }
    // Gated out means gone: the other tag's method does not exist.
    std::fs::create_dir_all(dir.join("use-owners/src")).unwrap();
    std::fs::write(
        dir.join("use-owners/Cargo.toml"),
        "[package]\nname = \"use-owners\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\nshop-client = { path = \"../shop-client\", default-features = false, features = [\"owners\"] }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("use-owners/src/lib.rs"),
        "pub async fn f(c: &shop_client::Client) {\n    let _ = c.get_owner(\"x\").await;\n    let _ = c.health().await;\n    let _ = c.list_pets().await;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\"shop-client\", \"shop-server\", \"use-owners\"]\n",
    )
    .unwrap();
    let (passed, messages) = cargo_check(&dir, &["use-owners"], &[]);
    assert!(!passed, "list_pets is gated out:\n{messages}");
    assert!(messages.contains("list_pets"), "{messages}");
    assert!(
        !messages.contains("get_owner") && !messages.contains("health"),
        "{messages}"
    );
}

/// `--check` passes on fresh crates and names every stale, missing or extra file.
#[test]
fn check_names_stale_files() {
    let dir = scratch("check");
    let spec = root().join("tests/fixtures/petstore.yaml");
    let args = |check: bool| {
        let mut a = vec![
            "generate".to_owned(),
            spec.display().to_string(),
            "--out".to_owned(),
            dir.display().to_string(),
            "--client".to_owned(),
            "pets".to_owned(),
        ];
        if check {
            a.push("--check".to_owned());
        }
        a
    };
    let run_args = |check: bool| {
        let a = args(check);
        run(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    assert!(run_args(false).status.success());
    let fresh = run_args(true);
    assert!(fresh.status.success(), "{}", stderr(&fresh));
    assert!(
        !dir.join("petstore-server").exists(),
        "only the client was asked for"
    );

    std::fs::write(dir.join("pets/src/types.rs"), "// edited\n").unwrap();
    std::fs::remove_file(dir.join("pets/README.md")).unwrap();
    std::fs::write(dir.join("pets/src/old.rs"), "").unwrap();
    let stale = run_args(true);
    assert_eq!(stale.status.code(), Some(1));
    let err = stderr(&stale);
    assert!(err.contains("3 generated files are stale"), "{err}");
    assert!(err.contains("pets/src/types.rs\n"), "{err}");
    assert!(err.contains("pets/README.md (missing)"), "{err}");
    assert!(
        err.contains("pets/src/old.rs (no longer generated)"),
        "{err}"
    );
    // --check writes nothing.
    assert_eq!(
        std::fs::read_to_string(dir.join("pets/src/types.rs")).unwrap(),
        "// edited\n"
    );
    assert!(run_args(false).status.success());
    assert!(run_args(true).status.success());
    assert!(!dir.join("pets/src/old.rs").exists());
}

/// A refused document: the pointer, the line and column, the message; exit status 1.
#[test]
fn errors_name_pointer_and_line() {
    let dir = scratch("errors");
    let spec = root().join("tests/fixtures/invalid/not_schema.yaml");
    let out = run(&[
        "generate",
        spec.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "is refused at /components/schemas/NotAString/not (line 9, column 12): `not` is not supported"
        ),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "nothing written"
    );

    // A configuration mistake names its line too.
    std::fs::write(dir.join("bad.toml"), "[operations]\ntag = [\"x\"]\n").unwrap();
    let out = run(&[
        "generate",
        root()
            .join("tests/fixtures/petstore.yaml")
            .to_str()
            .unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--config",
        dir.join("bad.toml").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bad.toml: invalid configuration (line 2, column 1)"),
        "{err}"
    );
    assert!(err.contains("unknown field `tag`"), "{err}");

    // Bad usage is clap's: status 2 and a usage line.
    let out = run(&["generate", "x.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--out <DIR>"));
}
