//! Turns an OpenAPI 3.0 document into Rust: a typed async client (reqwest) and
//! server stubs (axum).
//!
//! The pipeline is one straight line:
//!
//! 1. [`load::parse`]: YAML or JSON text -> `openapiv3::OpenAPI`;
//! 2. lowering: the document -> the checked [`model::Api`], where every name is
//!    chosen, every `$ref` resolved and every unsupported construct refused with a
//!    JSON pointer;
//! 3. emitters ([`emit`]): the model -> token streams, formatted by `prettyplease`.
//!
//! ```
//! let spec = r#"
//! openapi: 3.0.3
//! info: { title: Pets, version: "1" }
//! paths:
//!   /pets:
//!     get:
//!       operationId: listPets
//!       responses:
//!         '200':
//!           description: The pets.
//!           content:
//!             application/json:
//!               schema: { type: array, items: { type: string } }
//! "#;
//! let out = openapi_rs_gen::generate(spec, &openapi_rs_gen::Config::default()).unwrap();
//! assert!(out.client.iter().any(|f| f.contents.contains("pub fn list_pets")));
//! ```

pub mod build;
pub mod config;
pub mod emit;
pub mod error;
pub mod features;
pub mod filter;
pub mod krate;
pub mod load;
mod lower;
pub mod model;
pub mod names;
pub mod overrides;

pub use error::{Error, Location};

use std::collections::BTreeMap;

/// What to generate, beyond what the document says.
#[derive(Debug, Clone)]
pub struct Config {
    /// The schema that error responses use; synthesized in Quay's shape
    /// (`status`, `title`, `detail`, `type`) when the document has none.
    pub error_schema: String,
    /// Prefix of the `type` the server writes into error bodies, before the title.
    pub error_type_base: String,
    /// The operation that serves the document itself by default, if any.
    pub discovery_operation: Option<String>,
    /// Name of the client crate, for its documentation example.
    pub client_crate: String,
    /// Name of the server crate, for its documentation example.
    pub server_crate: String,
    /// Which operations to generate (all by default); see [`filter`].
    pub operations: filter::Selection,
    /// Type overrides and extra derives; see [`overrides`].
    pub types: overrides::TypeOptions,
    /// The Rust type of each string `format`; formats not listed are `String`. See
    /// [`FormatType`] and [`default_formats`].
    pub formats: BTreeMap<String, FormatType>,
    /// Structurally identical inline schemas become one type (on by default): a
    /// document that repeats a shape gets one type for it, named by what the
    /// names of its uses end with in common (`TeamRole`, `RepoRole` -> `Role`).
    pub share_inline_types: bool,
    /// One Cargo feature per tag gates the operations of that tag and the types only
    /// they use (see [`features`]). Off by default, because the `cfg`s name features of
    /// the crate the code lands in: [`krate`] writes them into the generated
    /// `Cargo.toml`, and the configuration file ([`config`]) turns this on unless told
    /// otherwise. The build-script API ([`build`]) always turns it off.
    pub tag_features: bool,
}

/// The Rust type a string `format` becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatType {
    /// `String`.
    String,
    /// The generated `types::DateTime`: the text exactly as sent, any date format
    /// (Quay's RFC 2822 dates, for one).
    DateTimeText,
    /// The generated `types::Date`: the text exactly as sent.
    DateText,
    /// The generated `types::Base64`: bytes, base64 on the wire (the `base64` crate).
    Base64,
    /// A Rust type by its path, e.g. `chrono::DateTime<chrono::FixedOffset>`. It must
    /// implement `Serialize`, `Deserialize`, `Clone`, `Debug` and `PartialEq`, and
    /// `Display` and `FromStr` where it is a parameter; the crate must be a
    /// dependency of the generated crates.
    Path(String),
}

/// The formats [`Config::default`] maps, each to a type from a well-kept crate:
///
/// | format | type | why |
/// |---|---|---|
/// | `date-time` | `chrono::DateTime<chrono::FixedOffset>` | RFC 3339, keeps the sender's offset so values round-trip |
/// | `date` | `chrono::NaiveDate` | a calendar date, no time zone |
/// | `uuid` | `uuid::Uuid` | |
/// | `uri` | `url::Url` | already in reqwest's tree |
/// | `byte` | `types::Base64` | bytes, base64 on the wire |
/// | `rfc2822` (not a standard format) | `types::DateTime` | the text as sent |
///
/// `binary` inside JSON stays `String` (JSON has no raw bytes); a `binary` request or
/// response body is `Vec<u8>`.
pub fn default_formats() -> BTreeMap<String, FormatType> {
    let path = |p: &str| FormatType::Path(p.to_owned());
    BTreeMap::from([
        (
            "date-time".to_owned(),
            path("chrono::DateTime<chrono::FixedOffset>"),
        ),
        ("date".to_owned(), path("chrono::NaiveDate")),
        ("uuid".to_owned(), path("uuid::Uuid")),
        ("uri".to_owned(), path("url::Url")),
        ("byte".to_owned(), FormatType::Base64),
        ("rfc2822".to_owned(), FormatType::DateTimeText),
    ])
}

impl Default for Config {
    fn default() -> Self {
        Config {
            error_schema: "ApiError".to_owned(),
            error_type_base: String::new(),
            discovery_operation: None,
            client_crate: "api_client".to_owned(),
            server_crate: "api_server".to_owned(),
            operations: filter::Selection::default(),
            types: overrides::TypeOptions::default(),
            formats: default_formats(),
            share_inline_types: true,
            tag_features: false,
        }
    }
}

/// One generated file, relative to its crate's root (e.g. `src/lib.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

/// The generated sources of both crates.
#[derive(Debug, Clone)]
pub struct Output {
    pub client: Vec<File>,
    pub server: Vec<File>,
}

/// Parses and checks a document into the intermediate model, keeping the operations
/// `config` selects and applying its type overrides.
pub fn model(spec: &str, config: &Config) -> Result<model::Api, Error> {
    let api = lower_only(spec, config)?;
    config.types.check(&api)?;
    let api = filter::apply(api, &config.operations);
    let api = overrides::apply(api, &config.types);
    Ok(if config.tag_features {
        features::apply(api)
    } else {
        api
    })
}

/// Parses and lowers a document, without the configuration's passes.
pub(crate) fn lower_only(spec: &str, config: &Config) -> Result<model::Api, Error> {
    let doc = load::parse(spec)?;
    lower::lower(&doc, config, spec.len()).map_err(|e| e.located(spec))
}

/// Generates both crates from the text of an OpenAPI 3.0 document.
pub fn generate(spec: &str, config: &Config) -> Result<Output, Error> {
    let api = model(spec, config)?;
    emit_all(&api, config)
}

/// A conformance test for the pair of crates: every operation through the client, over
/// loopback TCP, into a recording server. `client_crate` and `server_crate` name the crates.
pub fn roundtrip_test(
    api: &model::Api,
    client_crate: &str,
    server_crate: &str,
) -> Result<String, Error> {
    if let Some(op) = api.operations.iter().find(|o| {
        matches!(
            o.body.as_ref().map(|b| &b.kind),
            Some(model::BodyKind::Choice(_))
        )
    }) {
        return Err(Error::new(
            &op.pointer,
            "the round-trip test does not cover a body of several content types",
        ));
    }
    let body = emit::format_file(emit::roundtrip::emit(api, client_crate, server_crate))
        .map_err(|message| Error::new("/", message))?;
    Ok(format!("{}{body}", emit::header(api)))
}

/// `error`, with the line and column its pointer lands on in `spec` when they can be
/// found (a syntax error already names its line in the message).
pub fn describe_error(error: &Error, spec: &str) -> String {
    error.clone().located(spec).to_string()
}

/// Generates both crates from a checked model.
pub fn emit_all(api: &model::Api, config: &Config) -> Result<Output, Error> {
    type Job<'a> = (
        &'static str,
        Box<dyn Fn() -> Result<proc_macro2::TokenStream, Error> + Send + Sync + 'a>,
    );
    let header = emit::header(api);
    let client: Vec<Job<'_>> = vec![
        (
            "src/lib.rs",
            Box::new(|| Ok(emit::client::emit_lib(api, &config.client_crate))),
        ),
        (
            "src/types.rs",
            Box::new(|| Ok(emit::types::emit_with(api, false, &config.types))),
        ),
        ("src/client.rs", Box::new(|| Ok(emit::client::emit(api)))),
    ];
    let server: Vec<Job<'_>> = vec![
        (
            "src/lib.rs",
            Box::new(|| Ok(emit::server::emit_lib(api, &config.server_crate))),
        ),
        (
            "src/types.rs",
            Box::new(|| Ok(emit::types::emit_with(api, true, &config.types))),
        ),
        (
            "src/server.rs",
            Box::new(|| emit::server::emit(api, config)),
        ),
    ];
    // Building and formatting the files is most of the time and each file is
    // independent, so they share the machine's cores. Token streams cannot cross
    // threads, so each job builds and formats its own file.
    // Largest first, so that the small files fill in at the end; the server's types
    // after the client's, whose items they mostly share (`cache`).
    const ORDER: [usize; 6] = [5, 2, 1, 4, 0, 3];
    let cache = emit::format::Cache::default();
    let run = |jobs: &[Job<'_>]| -> Result<Vec<File>, Error> {
        let threads = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .min(jobs.len())
            .max(1);
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut done: Vec<(usize, Result<File, Error>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut out = Vec::new();
                        loop {
                            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some((path, job)) = ORDER.get(k).and_then(|&i| jobs.get(i)) else {
                                break out;
                            };
                            let i = ORDER[k];
                            // The two `types.rs` share most items: format them once.
                            let cache = path.ends_with("types.rs").then_some(&cache);
                            let result = job().and_then(|tokens| {
                                let contents = emit::format_file_with(tokens, cache, &header)
                                    .map_err(|message| Error::new("/", message))?;
                                Ok(File {
                                    path: (*path).to_owned(),
                                    contents,
                                })
                            });
                            out.push((i, result));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        done.sort_by_key(|(i, _)| *i);
        if done.len() != jobs.len() {
            return Err(Error::new("/", "a code generation thread failed"));
        }
        done.into_iter().map(|(_, r)| r).collect()
    };
    let all: Vec<Job<'_>> = client.into_iter().chain(server).collect();
    let mut files = run(&all)?;
    let server_files = files.split_off(3);
    let mut server = server_files;
    server.push(File {
        path: "src/openapi.json".to_owned(),
        contents: api.document_json.clone(),
    });
    Ok(Output {
        client: files,
        server,
    })
}

#[cfg(test)]
mod tests {
    /// Names from short to past the margin, in every place a name reaches the
    /// generated code: each document generates, and every item the emitters print
    /// equals the formatting of its tokens (this debug build checks each one, and a
    /// difference fails the generation).
    #[test]
    fn long_names_print_as_their_tokens_format() {
        for len in (4..=96).step_by(3) {
            let n = format!("n{}", "x".repeat(len));
            let spec = format!(
                r##"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /things/{{{n}_id}}/{n}:
    get:
      operationId: get_{n}
      tags: [{n}]
      parameters:
        - {{name: {n}_id, in: path, required: true, schema: {{type: string}}}}
        - {{name: {n}_q, in: query, schema: {{type: integer, minimum: 1}}}}
        - {{name: {n}_list, in: query, schema: {{type: array, items: {{type: string}}}}}}
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/{n}"}}}}}}}}
        "201": {{description: text, content: {{text/plain: {{schema: {{type: string}}}}}}}}
        "404": {{description: gone, content: {{application/json: {{schema: {{$ref: "#/components/schemas/{n}_gone"}}}}}}}}
    put:
      operationId: put_{n}
      tags: [{n}, other]
      parameters:
        - {{name: {n}_id, in: path, required: true, schema: {{type: string}}}}
      requestBody:
        required: true
        content: {{application/json: {{schema: {{$ref: "#/components/schemas/{n}"}}}}}}
      responses:
        "204": {{description: done}}
components:
  schemas:
    {n}:
      type: object
      required: [{n}_inner]
      properties:
        {n}_inner: {{$ref: "#/components/schemas/{n}_inner"}}
        {n}_list: {{type: array, items: {{$ref: "#/components/schemas/{n}_inner"}}}}
        {n}_kind: {{type: string, enum: [{n}_a, b]}}
        {n}_map: {{type: object, additionalProperties: {{type: integer}}}}
    {n}_inner:
      type: object
      properties:
        code: {{type: string, pattern: "^[a-z]+$"}}
    {n}_gone:
      type: object
      properties:
        {n}_reason: {{type: string}}
"##
            );
            let out = crate::generate(&spec, &crate::Config::default());
            assert!(out.is_ok(), "{len}: {:?}", out.err());
        }
    }
}
