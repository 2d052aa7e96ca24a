use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Who sent a request, as the [`Authenticator`] established it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The user, robot or application the token belongs to.
    pub name: String,
    /// The OAuth scopes the token grants.
    pub scopes: BTreeSet<String>,
}

impl Principal {
    /// A principal with the given scopes.
    pub fn new(name: impl Into<String>, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Principal { name: name.into(), scopes: scopes.into_iter().map(Into::into).collect() }
    }

    /// Whether the token grants `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(scope)
    }
}

/// What an operation gets beside its typed inputs.
#[derive(Debug, Clone)]
pub struct RequestContext {
    /// The authenticated caller: always set for secured operations; set for public
    /// ones when the request carried a valid token.
    pub principal: Option<Principal>,
    /// The request headers.
    pub headers: HeaderMap,
    /// The operationId being served.
    pub operation_id: &'static str,
    /// Headers to send with the response (success or error): set them here.
    pub response_headers: ResponseHeaders,
}

/// Headers an operation adds to its response. A header set here replaces one of the
/// same name the router would send (such as `content-type`).
#[derive(Debug, Clone, Default)]
pub struct ResponseHeaders(Arc<std::sync::Mutex<HeaderMap>>);

impl ResponseHeaders {
    /// Sets `name` to `value`, replacing earlier values of `name`.
    pub fn insert(&self, name: header::HeaderName, value: HeaderValue) {
        self.lock().insert(name, value);
    }

    /// Adds a value of `name`, keeping earlier ones.
    pub fn append(&self, name: header::HeaderName, value: HeaderValue) {
        self.lock().append(name, value);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HeaderMap> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A credential as a request carried it, for one security scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credential<'a> {
    /// `Authorization: Bearer <token>`: `http` bearer, `oauth2` and `openIdConnect` schemes.
    Bearer(&'a str),
    /// `Authorization: Basic ...`, decoded.
    Basic {
        /// The user name (before the first `:`).
        username: &'a str,
        /// The password.
        password: &'a str,
    },
    /// An `apiKey` scheme's key, from the header, query parameter or cookie it names.
    ApiKey(&'a str),
}

/// Turns credentials into a [`Principal`]; supplied by the implementer.
///
/// Implement [`Authenticator::authenticate`] for bearer tokens only, or
/// [`Authenticator::authenticate_credential`] to see every scheme.
pub trait Authenticator: Send + Sync + 'static {
    /// The principal a bearer token stands for, or `None` when the token is not valid.
    /// By default no token is valid.
    fn authenticate(&self, token: &str) -> impl std::future::Future<Output = Option<Principal>> + Send {
        let _ = token;
        async { None }
    }

    /// The principal `credential` stands for, received for the security scheme named
    /// `scheme` in the document; `None` when it is not valid. By default bearer tokens
    /// go to [`Authenticator::authenticate`] and other credentials are not valid.
    fn authenticate_credential(
        &self,
        scheme: &str,
        credential: Credential<'_>,
    ) -> impl std::future::Future<Output = Option<Principal>> + Send {
        let _ = scheme;
        async move {
            match credential {
                Credential::Bearer(token) => self.authenticate(token).await,
                _ => None,
            }
        }
    }
}

/// Settings of the router.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted, in bytes; larger ones get 413. Default 1 MiB.
    pub body_limit: usize,
    /// Origins whose pages may call the API from a browser (CORS), such as
    /// `https://editor.example.com`; `*` allows every origin. Requests from these origins
    /// get `Access-Control-Allow-Origin`, and their preflight `OPTIONS` requests are
    /// answered with the methods of the path. Empty (the default): no CORS.
    pub cors_allow_origins: Vec<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig { body_limit: 1024 * 1024, cors_allow_origins: Vec::new() }
    }
}

/// A request body of a content type the router does not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body as received.
    pub bytes: Vec<u8>,
}

/// Builds an error body with the given status.
pub fn error(status: StatusCode, title: &str, detail: impl Into<String>) -> ErrorModel {
    api_error(status.as_u16(), title, detail.into())
}

fn not_implemented(operation_id: &str) -> ErrorModel {
    error(StatusCode::NOT_IMPLEMENTED, "not_implemented", format!("{operation_id} is not implemented by this server"))
}

fn bad_request(detail: String) -> ErrorModel {
    error(StatusCode::BAD_REQUEST, "invalid_request", detail)
}

/// A decoding error in the API's words: serde names the Rust types it decodes into
/// (`expected i64`, `expected struct NewRepo`, `untagged enum ...Value`), which mean
/// nothing to a client; say what JSON or text was expected instead.
fn api_words(message: &str) -> String {
    if message.contains("did not match any variant of untagged enum") {
        return "the value matches none of the types allowed here".to_owned();
    }
    let mut out = message.to_owned();
    for (rust, api) in [
        ("expected i64", "expected an integer from -9223372036854775808 to 9223372036854775807"),
        ("expected i32", "expected an integer from -2147483648 to 2147483647"),
        ("expected u64", "expected an integer from 0 to 18446744073709551615"),
        ("expected u32", "expected an integer from 0 to 4294967295"),
        ("expected u16", "expected an integer from 0 to 65535"),
        ("expected u8", "expected an integer from 0 to 255"),
        ("expected f64", "expected a number"),
        ("expected f32", "expected a number"),
        ("invalid digit found in string", "expected an integer"),
        ("cannot parse integer from empty string", "expected an integer, got an empty value"),
        ("number too large to fit in target type", "expected an integer from -9223372036854775808 to 9223372036854775807"),
        ("number too small to fit in target type", "expected an integer from -9223372036854775808 to 9223372036854775807"),
        ("invalid float literal", "expected a number"),
        ("provided string was not `true` or `false`", "expected true or false"),
    ] {
        out = out.replace(rust, api);
    }
    for (rust, api) in [
        ("expected struct ", "expected an object"),
        ("expected tuple struct ", "expected a value of another type"),
        ("expected unit struct ", "expected null"),
        ("expected enum ", "expected one of the allowed values"),
        ("expected a map", "expected an object"),
        ("expected a sequence", "expected an array"),
    ] {
        while let Some(at) = out.find(rust) {
            let name = &out[at + rust.len()..];
            let name_len = if rust.ends_with(' ') {
                name.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(name.len())
            } else {
                0
            };
            out.replace_range(at..at + rust.len() + name_len, api);
        }
    }
    out
}

/// The JSON response for an error body; the status comes from the body.
pub fn error_response(e: &ErrorModel) -> Response {
    let status = StatusCode::from_u16(error_status(e))
        .ok()
        .filter(|s| s.is_client_error() || s.is_server_error())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    json_response(status, e)
}

/// A JSON response.
pub fn json_response<T: serde::Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], bytes).into_response(),
        Err(e) => {
            let body = api_error(500, "internal_error", format!("the response does not encode: {e}"));
            let bytes = serde_json::to_vec(&body).unwrap_or_default();
            (StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], bytes)
                .into_response()
        }
    }
}

#[allow(dead_code, reason = "not every document has every kind of body")]
fn bytes_response(status: StatusCode, content_type: &'static str, bytes: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))], bytes).into_response()
}

/// An operation's answer, turned into an HTTP response.
pub trait IntoApiResponse {
    /// The HTTP response.
    fn into_api_response(self) -> Response;
}

/// Operations with no parameters take this.
#[allow(dead_code, reason = "not every document has an operation without parameters")]
#[derive(Debug, Clone, Copy, Default)]
struct NoParams {}

impl types::Validate for NoParams {}

/// A request body that is its own type, read and checked before the operation runs:
/// raw bytes, text, and the bodies of several content types.
#[allow(dead_code, reason = "not every document has raw, text or multi-type bodies")]
trait FromBody: Sized {
    fn from_body(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Self, ErrorModel>;
}

/// How an operation's body of type `T` is read: each marker below names one way.
/// The router passes the marker beside the operation's method, whose signature
/// gives `T`.
trait Decode<T> {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel>;
}

/// A JSON body, decoded and validated.
#[allow(dead_code, reason = "not every document has JSON bodies")]
struct Json;

/// A body of the operation's own type ([`FromBody`]).
#[allow(dead_code, reason = "not every document has raw, text or multi-type bodies")]
struct Own;

/// An optional body: an empty one is `None`, another is read by the inner marker.
#[allow(dead_code, reason = "not every document has optional bodies")]
struct Optional<D>(D);

impl<T: FromBody> Decode<T> for Own {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        T::from_body(bytes, headers)
    }
}

impl<T, D: Decode<T>> Decode<Option<T>> for Optional<D> {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Option<T>, ErrorModel> {
        if bytes.iter().all(u8::is_ascii_whitespace) { Ok(None) } else { D::decode(bytes, headers).map(Some) }
    }
}

/// Refuses a body sent as another media type than the operation declares (415): a
/// body labelled `text/plain`, or not labelled at all, is not read as JSON.
#[allow(dead_code, reason = "not every document has JSON or form bodies")]
fn check_content_type(headers: &HeaderMap, expected: &str) -> Result<(), ErrorModel> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).split(';').next().unwrap_or_default().trim().to_ascii_lowercase());
    let fits = given.as_deref().is_some_and(|t| {
        t == expected || expected == "application/json" && t.starts_with("application/") && t.ends_with("+json")
    });
    if fits {
        return Ok(());
    }
    let got = match given {
        Some(t) if !t.is_empty() => format!("Content-Type {t:?}"),
        _ => "no Content-Type".to_owned(),
    };
    Err(error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        format!("the request body must be sent as {expected}; got {got}"),
    ))
}

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for Json {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(bad_request("a JSON request body is required".to_owned()));
        }
        check_content_type(headers, "application/json")?;
        json_value(bytes)
    }
}

/// Which of several content types the body came as: the index of the first list
/// holding the request's media type (a list may hold a wildcard such as `*/*` or
/// `application/*+json`, tried after every exact one). 415 for another, and for none.
#[allow(dead_code, reason = "not every document has bodies of several content types")]
fn body_choice(bytes: &[u8], headers: &HeaderMap, choices: &[&[&str]]) -> Result<usize, ErrorModel> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty());
    let fits = |pattern: &str, given: &str| match pattern.split_once('*') {
        Some((head, tail)) => given.len() >= head.len() + tail.len() && given.starts_with(head) && given.ends_with(tail),
        None => pattern == given,
    };
    if let Some(given) = &given {
        let exact = choices.iter().position(|list| list.iter().any(|t| *t == given));
        if let Some(index) = exact.or_else(|| choices.iter().position(|list| list.iter().any(|t| fits(t, given)))) {
            return Ok(index);
        }
    }
    if given.is_none() && bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(bad_request("a request body is required".to_owned()));
    }
    let declared: Vec<&str> = choices.iter().flat_map(|list| list.iter().copied()).collect();
    let got = match given {
        Some(t) => format!("Content-Type {t:?}"),
        None => "no Content-Type".to_owned(),
    };
    Err(error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        format!("the request body must be sent as one of {}; got {got}", declared.join(", ")),
    ))
}

/// A JSON body decoded and validated, whatever JSON media type it came as.
#[allow(dead_code, reason = "not every document has JSON bodies")]
fn json_value<T: serde::de::DeserializeOwned + types::Validate>(bytes: Vec<u8>) -> Result<T, ErrorModel> {
    // The path to a failure is found by decoding again, tracking it.
    let value: T = match serde_json::from_slice(&bytes) {
        Ok(value) => value,
        Err(_) => json_error(&bytes)?,
    };
    value.validate().map_err(|e| {
        if e.path.is_empty() {
            bad_request(format!("invalid request body: {}", e.message))
        } else {
            bad_request(format!("invalid request body at `{}`: {}", e.path, e.message))
        }
    })?;
    Ok(value)
}

/// Decodes a JSON body that failed to decode, tracking the path, for the error.
#[allow(dead_code, reason = "not every document has JSON bodies")]
fn json_error<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ErrorModel> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        if path == "." || path.is_empty() {
            bad_request(format!("invalid request body: {}", api_words(&e.inner().to_string())))
        } else {
            bad_request(format!("invalid request body at `{path}`: {}", api_words(&e.inner().to_string())))
        }
    })?;
    de.end().map_err(|e| bad_request(format!("invalid request body: {}", api_words(&e.to_string()))))?;
    Ok(value)
}

/// A form body (`application/x-www-form-urlencoded`), decoded and validated.
#[allow(dead_code, reason = "not every document has form bodies")]
struct Form;

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for Form {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if !bytes.is_empty() {
            check_content_type(headers, "application/x-www-form-urlencoded")?;
        }
        form_value(bytes)
    }
}

/// A form body some of whose fields travel as bracketed keys (`deepObject`).
#[allow(dead_code, reason = "not every document has nested form bodies")]
struct NestedForm;

impl<T: serde::de::DeserializeOwned + types::Validate> Decode<T> for NestedForm {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if !bytes.is_empty() {
            check_content_type(headers, "application/x-www-form-urlencoded")?;
        }
        nested_form_value(bytes)
    }
}

/// A form body with bracketed fields, decoded and validated: each key is a field's
/// name, then bracketed keys below it (`card[exp][month]=1`, see [`Tree`]).
#[allow(dead_code, reason = "not every document has nested form bodies")]
fn nested_form_value<T: serde::de::DeserializeOwned + types::Validate>(bytes: Vec<u8>) -> Result<T, ErrorModel> {
    let mut tree = Tree::default();
    for (key, value) in form_urlencoded::parse(&bytes) {
        let (field, path) = key.find('[').map_or((&*key, ""), |at| key.split_at(at));
        let place = tree.children.entry(field.to_owned()).or_default();
        place.insert(path, value.into_owned()).map_err(|e| bad_request(format!("invalid form field `{key}`: {e}")))?;
    }
    tree.decode().map_err(|(path, message)| match path.is_empty() {
        true => bad_request(format!("invalid form body: {message}")),
        false => bad_request(format!("invalid form field `{path}`: {message}")),
    })
}

/// A form body decoded and validated.
#[allow(dead_code, reason = "not every document has form bodies")]
fn form_value<T: serde::de::DeserializeOwned + types::Validate>(bytes: Vec<u8>) -> Result<T, ErrorModel> {
    let value: T = serde_html_form::from_bytes(&bytes)
        .or_else(|_| serde_path_to_error::deserialize(serde_html_form::Deserializer::from_bytes(&bytes)))
        .map_err(|e| bad_request(format!("invalid form field `{}`: {}", e.path(), api_words(&e.inner().to_string()))))?;
    value.validate().map_err(|e| bad_request(format!("invalid form field `{}`: {}", e.path, e.message)))?;
    Ok(value)
}

impl FromBody for RawBody {
    fn from_body(bytes: Vec<u8>, headers: &HeaderMap) -> Result<Self, ErrorModel> {
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
        Ok(RawBody { content_type, bytes })
    }
}

impl FromBody for String {
    fn from_body(bytes: Vec<u8>, _: &HeaderMap) -> Result<Self, ErrorModel> {
        String::from_utf8(bytes).map_err(|_| bad_request("the request body is not UTF-8 text".to_owned()))
    }
}

/// One piece of a route: a literal segment, a parameter, or a parameter that may
/// span several segments (`x-allow-slash`).
#[allow(dead_code, reason = "not every document has path parameters")]
#[derive(Debug)]
enum Seg {
    Lit(&'static str),
    /// A parameter's name, and the index of its `pattern` in `PATTERNS`.
    Param(&'static str, Option<usize>),
    Slash(&'static str, Option<usize>),
    /// An array parameter filling the segment: items separated by `,` (simple style).
    List(&'static str),
    /// Parameters sharing one segment with text.
    Mixed(&'static [Part]),
}

/// A part of a segment that parameters share with text. A parameter's value ends
/// where the text after it first appears (the client encodes that text's first
/// character inside values).
#[allow(dead_code, reason = "not every document has parameters sharing a segment")]
#[derive(Debug)]
enum Part {
    Lit(&'static str),
    Param(&'static str, Option<usize>),
}

/// The `pattern`s of `PATTERNS`, compiled on first use.
static COMPILED: std::sync::LazyLock<Vec<Option<pattern_engine::Regex>>> =
    std::sync::LazyLock::new(|| PATTERNS.iter().map(|p| pattern_engine::Regex::new(p).ok()).collect());

/// Whether `value` matches pattern `index` (the generator checked every pattern compiles).
#[allow(dead_code, reason = "not every document has patterns")]
fn matches_pattern(index: Option<usize>, value: &str) -> bool {
    index.and_then(|i| COMPILED.get(i)).and_then(Option::as_ref).is_none_or(|re| re.is_match(value))
}

/// A parameter value that must match pattern `index`.
#[allow(dead_code, reason = "not every document has patterns")]
fn check_pattern(index: usize, value: &str) -> Result<(), types::Invalid> {
    if matches_pattern(Some(index), value) {
        Ok(())
    } else {
        Err(types::Invalid::new(format!(
            "{value:?} does not match the pattern {}",
            PATTERNS.get(index).copied().unwrap_or_default()
        )))
    }
}

/// Who may call an operation: alternatives, any one of which suffices, each the
/// schemes (by index into `SECURITY_SCHEMES`) that must all be satisfied, with the
/// scopes each must grant. Empty for public operations.
type Requirement = &'static [&'static [(usize, &'static [&'static str])]];

/// What the router knows of each operation.
struct OpMeta {
    id: &'static str,
    /// Who may call it: `&[]`, or a shared `REQUIRES_..` / `REQUIREMENT_n` constant.
    security: Requirement,
    /// Whether a request without credentials is served.
    anonymous: bool,
    /// Parameters that are not plain path or query pairs.
    sources: &'static [ParamSource],
}

/// A header or cookie parameter, or a query parameter that is not one plain pair.
#[allow(dead_code, reason = "not every document has every kind of parameter")]
struct ParamSource {
    /// The parameter's name in the request.
    name: &'static str,
    /// Query, header or cookie.
    place: Place,
    shape: Shape,
}

/// How a parameter's value is laid out in the request.
#[allow(dead_code, reason = "not every document has every kind of parameter")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One value, as it is.
    Plain,
    /// The items of an array in one value, separated by this character.
    Split(char),
    /// An object's properties, each its own query key (`form`, exploded).
    Exploded(&'static [&'static str]),
    /// A map's entries, each its own query key: every key that no other parameter
    /// (nor an API key) claims.
    Map,
    /// An object as one value, keys and values alternating: `k1,v1,k2,v2`.
    Flat,
    /// `deepObject`: `name[key]=value`.
    Deep,
    /// A header object with `explode`: `k1=v1,k2=v2`.
    Pairs,
    /// A query key the operation uses otherwise (a plain parameter, an API key),
    /// which a map beside it must not take.
    Claimed,
}

impl Shape {
    /// True for objects and maps, whose entries the router gathers apart.
    fn is_object(self) -> bool {
        matches!(self, Shape::Exploded(_) | Shape::Map | Shape::Flat | Shape::Deep | Shape::Pairs)
    }
}

/// Where a security scheme's credential travels.
#[allow(dead_code, reason = "not every document has every kind of scheme")]
#[derive(Debug, Clone, Copy)]
enum Carrier {
    Bearer,
    Basic,
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
}

/// A credential read from a request.
enum Presented {
    Bearer(String),
    Basic(String, String),
    ApiKey(String),
}

impl Presented {
    fn credential(&self) -> Credential<'_> {
        match self {
            Presented::Bearer(token) => Credential::Bearer(token),
            Presented::Basic(username, password) => Credential::Basic { username, password },
            Presented::ApiKey(key) => Credential::ApiKey(key),
        }
    }
}

/// The credential the request carries for a scheme, if any.
fn presented(parts: &axum::http::request::Parts, carrier: Carrier) -> Option<Presented> {
    let authorization = |scheme: &str| {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(s, _)| s.eq_ignore_ascii_case(scheme))
            .map(|(_, value)| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let key = match carrier {
        Carrier::Bearer => return authorization("bearer").map(Presented::Bearer),
        Carrier::Basic => {
            let decoded = base64_decode(&authorization("basic")?)?;
            let (username, password) = String::from_utf8(decoded).ok()?.split_once(':').map(|(u, p)| (u.to_owned(), p.to_owned()))?;
            return Some(Presented::Basic(username, password));
        }
        Carrier::Header(name) => parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned),
        Carrier::Query(name) => parts
            .uri
            .query()
            .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())),
        Carrier::Cookie(name) => cookie(&parts.headers, name),
    };
    key.filter(|k| !k.is_empty()).map(Presented::ApiKey)
}

/// The value of cookie `name`, percent-decoded.
#[allow(dead_code, reason = "not every document has cookies")]
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    cookie_raw(headers, name)
        .and_then(|v| percent_encoding::percent_decode_str(v).decode_utf8().ok())
        .map(|v| v.into_owned())
}

/// The value of cookie `name` as it came (without its quotes).
#[allow(dead_code, reason = "not every document has cookies")]
fn cookie_raw<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
}

/// Standard base64, padded (the `Basic` credential).
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// How an error message names a scheme's credential.
fn describe(carrier: Carrier) -> String {
    match carrier {
        Carrier::Bearer => "a bearer token".to_owned(),
        Carrier::Basic => "HTTP basic credentials".to_owned(),
        Carrier::Header(name) => format!("the {name} header"),
        Carrier::Query(name) => format!("the {name} query parameter"),
        Carrier::Cookie(name) => format!("the {name} cookie"),
    }
}

type PathParams = Vec<(&'static str, String)>;

/// A path template's segments and the operations served there, by method.
type Route = (&'static [Seg], &'static [(&'static str, usize)]);

fn decode_segment(raw: &str) -> Option<std::borrow::Cow<'_, str>> {
    percent_encoding::percent_decode_str(raw).decode_utf8().ok()
}

/// Where a path parameter sits among the raw segments: `from..to`, or the byte range
/// `span` of segment `from` for a parameter sharing its segment.
struct Capture {
    name: &'static str,
    pattern: Option<usize>,
    from: usize,
    to: usize,
    span: Option<(usize, usize)>,
    /// An array's items, split on the raw text before each is decoded.
    list: bool,
}

/// Matches a request path against a route. The search compares raw segments only
/// (no allocation, no pattern); once a route fits, its parameters are decoded and
/// checked against their patterns, and a failure there resumes the search.
fn match_route(raw: &[&str], route: &[Seg], out: &mut PathParams) -> bool {
    match_route_in(raw, route, &mut Vec::new(), out)
}

/// Like [`match_route`], reusing `captures` from route to route (one allocation per
/// request, not one per route tried).
fn match_route_in(raw: &[&str], route: &[Seg], captures: &mut Vec<Capture>, out: &mut PathParams) -> bool {
    // Every segment but one that may hold `/` takes exactly one segment of the path, so
    // a route is as long as the path, or no longer when a parameter spans segments;
    // then the segments after the last such parameter line up with the path's end.
    let spans = route.iter().any(|s| matches!(s, Seg::Slash(..)));
    if raw.len() < route.len() || (!spans && raw.len() != route.len()) {
        return false;
    }
    if spans {
        for (seg, text) in route.iter().rev().zip(raw.iter().rev()) {
            match seg {
                Seg::Lit(lit) if lit != text => return false,
                Seg::Slash(..) => break,
                _ => {}
            }
        }
    }
    captures.clear();
    match_from(raw, 0, route, captures, out)
}

fn match_from(raw: &[&str], at: usize, route: &[Seg], captures: &mut Vec<Capture>, out: &mut PathParams) -> bool {
    let Some((first, rest)) = route.split_first() else {
        return at == raw.len() && decode_captures(raw, captures, out);
    };
    match first {
        Seg::Lit(lit) => raw.get(at) == Some(lit) && match_from(raw, at + 1, rest, captures, out),
        Seg::Param(name, pattern) => {
            if raw.get(at).is_none_or(|s| s.is_empty()) {
                return false;
            }
            captures.push(Capture { name, pattern: *pattern, from: at, to: at + 1, span: None, list: false });
            match_from(raw, at + 1, rest, captures, out) || {
                captures.pop();
                false
            }
        }
        Seg::List(name) => {
            if raw.get(at).is_none_or(|s| s.is_empty()) {
                return false;
            }
            captures.push(Capture { name, pattern: None, from: at, to: at + 1, span: None, list: true });
            match_from(raw, at + 1, rest, captures, out) || {
                captures.pop();
                false
            }
        }
        Seg::Mixed(parts) => {
            let Some(segment) = raw.get(at) else { return false };
            let start = captures.len();
            let mut offset = 0;
            for (i, part) in parts.iter().enumerate() {
                let tail = &segment[offset..];
                match part {
                    Part::Lit(text) => {
                        if !tail.starts_with(text) {
                            captures.truncate(start);
                            return false;
                        }
                        offset += text.len();
                    }
                    Part::Param(name, pattern) => {
                        let end = match parts.get(i + 1) {
                            Some(Part::Lit(next)) => tail.find(next),
                            _ => Some(tail.len()),
                        };
                        let Some(end) = end.filter(|end| *end > 0) else {
                            captures.truncate(start);
                            return false;
                        };
                        let span = Some((offset, offset + end));
                        captures.push(Capture { name, pattern: *pattern, from: at, to: at + 1, span, list: false });
                        offset += end;
                    }
                }
            }
            if offset != segment.len() {
                captures.truncate(start);
                return false;
            }
            match_from(raw, at + 1, rest, captures, out) || {
                captures.truncate(start);
                false
            }
        }
        Seg::Slash(name, pattern) => {
            // The value takes one or more non-empty segments; fewest first.
            for to in at + 1..=raw.len() {
                if raw[to - 1].is_empty() {
                    break;
                }
                captures.push(Capture { name, pattern: *pattern, from: at, to, span: None, list: false });
                if match_from(raw, to, rest, captures, out) {
                    return true;
                }
                captures.pop();
            }
            false
        }
    }
}

/// Decodes the captured parameters into `out`; false when one is not UTF-8 or misses
/// its pattern.
fn decode_captures(raw: &[&str], captures: &[Capture], out: &mut PathParams) -> bool {
    out.clear();
    for c in captures {
        if c.list {
            // One pair per item: the parameter struct reads repeated keys as its array.
            for item in raw.get(c.from).copied().unwrap_or_default().split(',') {
                match decode_segment(item) {
                    Some(text) => out.push((c.name, text.into_owned())),
                    None => {
                        out.clear();
                        return false;
                    }
                }
            }
            continue;
        }
        let mut value = String::new();
        if let Some((start, end)) = c.span {
            match raw.get(c.from).and_then(|s| s.get(start..end)).and_then(decode_segment) {
                Some(text) => value.push_str(&text),
                None => return false,
            }
        }
        let whole = if c.span.is_some() { &[][..] } else { &raw[c.from..c.to] };
        for (i, segment) in whole.iter().enumerate() {
            if i > 0 {
                value.push('/');
            }
            match decode_segment(segment) {
                Some(text) => value.push_str(&text),
                None => return false,
            }
        }
        if !matches_pattern(c.pattern, &value) {
            out.clear();
            return false;
        }
        out.push((c.name, value));
    }
    true
}

/// Everything the router shares between requests.
struct Shared<A, U> {
    api: A,
    authenticator: U,
    config: ServerConfig,
}

/// Builds the router: every operation of the document, with parsing, validation and
/// scope checks done before the [`Api`] method runs. Unknown paths answer 404 and
/// known paths with another method 405, both with error bodies.
pub fn router<A: Api, U: Authenticator>(api: A, authenticator: U, config: ServerConfig) -> axum::Router {
    let shared = Arc::new(Shared { api, authenticator, config });
    axum::Router::new().fallback(dispatch::<A, U>).with_state(shared)
}

/// CORS around the routing: preflight requests are answered here, and answers to an
/// allowed origin say so.
async fn dispatch<A: Api, U: Authenticator>(State(shared): State<Arc<Shared<A, U>>>, request: Request) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .filter(|o| shared.config.cors_allow_origins.iter().any(|a| a == "*" || a.as_bytes() == o.as_bytes()))
        .cloned();
    let Some(origin) = origin else {
        return route(shared, request).await;
    };
    let allow_origin = if shared.config.cors_allow_origins.iter().any(|a| a == "*") {
        HeaderValue::from_static("*")
    } else {
        origin
    };
    let preflight = request.method() == axum::http::Method::OPTIONS
        && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        preflight_response(request.uri().path(), request.headers())
    } else {
        route(shared, request).await
    };
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, allow_origin);
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    response
}

/// The answer to a CORS preflight: the path's methods, and the request headers asked for.
fn preflight_response(path: &str, request_headers: &HeaderMap) -> Response {
    let raw: Vec<&str> = path.split('/').collect();
    let mut methods: Vec<&str> = ROUTES
        .iter()
        .filter(|(segments, _)| match_route(&raw, segments, &mut PathParams::new()))
        .flat_map(|(_, methods)| methods.iter().map(|(m, _)| *m))
        .collect();
    if methods.is_empty() {
        return error_response(&error(StatusCode::NOT_FOUND, "not_found", format!("no such path: {path}")));
    }
    if methods.contains(&"GET") {
        methods.push("HEAD");
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&methods.join(", ")) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, value);
    }
    let asked = request_headers.get(header::ACCESS_CONTROL_REQUEST_HEADERS).cloned();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        asked.unwrap_or_else(|| HeaderValue::from_static("authorization, content-type")),
    );
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    response
}

/// The OpenAPI document this server serves, with `servers` pointing at the server that
/// answers (from the `Host` header, and `X-Forwarded-Proto` when a proxy set it), so that
/// tools such as Swagger UI send their requests here.
#[allow(dead_code, reason = "not every document has a discovery operation")]
fn openapi_document<T: serde::de::DeserializeOwned>(headers: &HeaderMap) -> Result<T, ErrorModel> {
    let broken = |e: serde_json::Error| {
        error(StatusCode::INTERNAL_SERVER_ERROR, "internal_error", format!("the bundled document does not parse: {e}"))
    };
    let mut document: serde_json::Value = serde_json::from_str(OPENAPI_JSON).map_err(broken)?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).filter(|h| {
        !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
    });
    if let (Some(host), Some(object)) = (host, document.as_object_mut()) {
        let scheme = match headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) {
            Some("https") => "https",
            _ => "http",
        };
        object.insert(
            "servers".to_owned(),
            serde_json::json!([{ "url": format!("{scheme}://{host}"), "description": "the server that serves this document" }]),
        );
    }
    serde_json::from_value(document).map_err(broken)
}

/// The routes by their leading literal segments (`/api/v1/repository` for
/// `/api/v1/repository/{repository}`): a path can only fit the routes whose literal
/// prefix it starts with, so routing tries those alone, in the table's order.
struct RouteIndex {
    by_prefix: std::collections::HashMap<String, Vec<usize>>,
}

static ROUTE_INDEX: std::sync::LazyLock<RouteIndex> = std::sync::LazyLock::new(|| {
    let mut by_prefix: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (index, (segments, _)) in ROUTES.iter().enumerate() {
        let literals: Vec<&str> = segments
            .iter()
            .map_while(|segment| match segment {
                Seg::Lit(text) => Some(*text),
                _ => None,
            })
            .collect();
        by_prefix.entry(literals.join("/")).or_default().push(index);
    }
    RouteIndex { by_prefix }
});

impl RouteIndex {
    /// The indices in `ROUTES` of the routes `path` may fit, in the table's order.
    fn candidates(&self, path: &str) -> Vec<usize> {
        let mut out = Vec::new();
        // Each prefix of whole segments: up to each `/`, and the whole path.
        for end in path.match_indices('/').map(|(at, _)| at).chain([path.len()]) {
            if let Some(routes) = self.by_prefix.get(&path[..end]) {
                out.extend_from_slice(routes);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

async fn route<A: Api, U: Authenticator>(shared: Arc<Shared<A, U>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    // HEAD is GET without the body (hyper leaves the body out of a HEAD answer).
    let method = if parts.method == axum::http::Method::HEAD { "GET" } else { parts.method.as_str() };
    let raw: Vec<&str> = parts.uri.path().split('/').collect();
    let mut params = PathParams::new();
    let mut captures = Vec::new();
    let mut found = None;
    for (segments, methods) in ROUTE_INDEX.candidates(parts.uri.path()).into_iter().map(|i| &ROUTES[i]) {
        params.clear();
        if !match_route_in(&raw, segments, &mut captures, &mut params) {
            continue;
        }
        if let Some((_, index)) = methods.iter().find(|(m, _)| *m == method) {
            found = Some(*index);
            break;
        }
    }
    let Some(index) = found else {
        if let Some(detail) = near_miss(&raw, method) {
            return error_response(&error(StatusCode::NOT_FOUND, "not_found", detail));
        }
        let mut methods: Vec<&str> = ROUTES
            .iter()
            .filter(|(segments, _)| match_route(&raw, segments, &mut PathParams::new()))
            .flat_map(|(_, methods)| methods.iter().map(|(m, _)| *m))
            .collect();
        if methods.contains(&"GET") {
            methods.push("HEAD");
        }
        if methods.is_empty() {
            return error_response(&error(StatusCode::NOT_FOUND, "not_found", format!("no such path: {}", parts.uri.path())));
        }
        let mut response = error_response(&error(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            format!("{} is not allowed here; allowed: {}", parts.method, methods.join(", ")),
        ));
        if let Ok(value) = HeaderValue::from_str(&methods.join(", ")) {
            response.headers_mut().insert(header::ALLOW, value);
        }
        return response;
    };
    call(&shared, index, parts, body, params).await
}

/// Called when no route serves the request: whether the most specific route that the
/// path fits by shape serves `method` but refused a parameter. Then the request is aimed
/// at that route with a malformed parameter (`POST /api/v1/repository/x/changevisibility`:
/// one segment where `repository` needs `namespace/name`), so it is 404 naming the
/// parameter, not 405 from a less specific route that the path happens to fit (here
/// `/api/v1/repository/{repository}` with `x/changevisibility`).
fn near_miss(raw: &[&str], method: &str) -> Option<String> {
    fn fits(raw: &[&str], route: &[Seg]) -> bool {
        let Some((first, rest)) = route.split_first() else {
            return raw.is_empty();
        };
        match first {
            Seg::Lit(lit) => raw.first() == Some(lit) && fits(&raw[1..], rest),
            Seg::Param(..) | Seg::List(_) | Seg::Mixed(_) => raw.first().is_some_and(|s| !s.is_empty()) && fits(&raw[1..], rest),
            Seg::Slash(..) => (1..=raw.len()).take_while(|&to| !raw[to - 1].is_empty()).any(|to| fits(&raw[to..], rest)),
        }
    }
    // The most specific route the path fits by shape; only it is a near miss.
    let (segments, methods) = ROUTES.iter().find(|(segments, _)| fits(raw, segments))?;
    if !methods.iter().any(|(m, _)| *m == method) {
        return None;
    }
    let expected: Vec<String> = segments
        .iter()
        .filter_map(|seg| match seg {
            Seg::Param(name, Some(i)) | Seg::Slash(name, Some(i)) => {
                Some(format!("`{name}` must match {}", PATTERNS.get(*i).copied().unwrap_or_default()))
            }
            Seg::Param(name, None) | Seg::Slash(name, None) | Seg::List(name) => Some(format!("`{name}` must be UTF-8")),
            Seg::Lit(_) | Seg::Mixed(_) => None,
        })
        .collect();
    Some(format!("no such path: {}; {}", raw.join("/"), expected.join(", ")))
}

/// Authenticates the request by the operation's security requirements: the first
/// alternative whose every scheme has a valid credential with its scopes names the
/// caller (the first scheme's principal, with the scopes of all). Public operations
/// still name a caller that sent a valid credential of any scheme.
async fn authorize<A, U: Authenticator>(
    shared: &Shared<A, U>,
    parts: &axum::http::request::Parts,
    meta: &OpMeta,
) -> Result<Option<Principal>, ErrorModel> {
    if meta.security.is_empty() {
        for (name, carrier) in &SECURITY_SCHEMES {
            if let Some(credential) = presented(parts, *carrier) {
                if let Some(principal) = shared.authenticator.authenticate_credential(name, credential.credential()).await {
                    return Ok(Some(principal));
                }
            }
        }
        return Ok(None);
    }
    let (mut rejected, mut forbidden) = (false, false);
    'alternatives: for requirement in meta.security {
        let mut caller: Option<Principal> = None;
        let mut scoped = true;
        for (index, scopes) in requirement.iter() {
            let Some((name, carrier)) = SECURITY_SCHEMES.get(*index) else { continue 'alternatives };
            let Some(credential) = presented(parts, *carrier) else { continue 'alternatives };
            let Some(principal) = shared.authenticator.authenticate_credential(name, credential.credential()).await else {
                rejected = true;
                continue 'alternatives;
            };
            scoped &= scopes.iter().all(|s| principal.has_scope(s));
            match &mut caller {
                Some(first) => first.scopes.extend(principal.scopes),
                None => caller = Some(principal),
            }
        }
        if scoped {
            return Ok(caller);
        }
        forbidden = true;
    }
    if meta.anonymous {
        return Ok(None);
    }
    if forbidden {
        let needed: Vec<String> = meta
            .security
            .iter()
            .map(|requirement| requirement.iter().flat_map(|(_, scopes)| scopes.iter().copied()).collect::<Vec<_>>().join(" and "))
            .collect();
        return Err(error(
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            format!("{} requires the scope {}", meta.id, needed.join(" or ")),
        ));
    }
    let carriers = || meta.security.iter().flat_map(|r| r.iter()).filter_map(|(i, _)| SECURITY_SCHEMES.get(*i).map(|s| s.1));
    let bearer_only = carriers().all(|c| matches!(c, Carrier::Bearer));
    if rejected {
        let what = if bearer_only { "the bearer token is" } else { "the credentials are" };
        return Err(error(StatusCode::UNAUTHORIZED, "invalid_token", format!("{what} not valid")));
    }
    let mut alternatives: Vec<String> = Vec::new();
    for requirement in meta.security {
        let text = requirement
            .iter()
            .filter_map(|(i, _)| SECURITY_SCHEMES.get(*i).map(|s| describe(s.1)))
            .collect::<Vec<_>>()
            .join(" and ");
        if !alternatives.contains(&text) {
            alternatives.push(text);
        }
    }
    Err(error(
        StatusCode::UNAUTHORIZED,
        "invalid_token",
        format!("this operation requires {}", alternatives.join(" or ")),
    ))
}

/// Path, query, header and cookie parameters, decoded into the operation's parameter
/// struct.
fn parse_params<'r, P: FromParams + types::Validate>(
    path: &'r PathParams,
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    sources: &[ParamSource],
) -> Result<P, ErrorModel> {
    let given = gather_params(path, query, headers, sources)?;
    let params = P::from_params(&given)?;
    params.validate().map_err(|e| bad_request(format!("invalid parameter `{}`: {}", e.path, e.message)))?;
    Ok(params)
}

/// Gathers an operation's parameters from the request: path captures, query pairs,
/// header and cookie values, each under its place and name, with arrays split into
/// their items and the entries of object and map parameters set apart.
fn gather_params<'r>(
    path: &'r PathParams,
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    sources: &[ParamSource],
) -> Result<GivenParams<'r>, ErrorModel> {
    use std::borrow::Cow;
    let mut values: Vec<(Place, Cow<'r, str>, Cow<'r, str>)> = path.iter().map(|(name, value)| (Place::Path, Cow::Borrowed(*name), Cow::Borrowed(value.as_str()))).collect();
    let query = query.unwrap_or_default();
    if sources.is_empty() {
        values.extend(form_urlencoded::parse(query.as_bytes()).map(|(key, value)| (Place::Query, key, value)));
        return Ok(GivenParams { values, objects: Vec::new() });
    }
    // The entries of object and map parameters, by source.
    let mut objects: Vec<Entries> = sources.iter().map(|_| Vec::new()).collect();
    // Split on the raw text, then decode: an item may hold an encoded delimiter.
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let key = form_decode(raw_key);
        let value = form_decode(raw);
        let query_source = |f: &dyn Fn(&ParamSource) -> bool| sources.iter().position(|s| s.place == Place::Query && f(s));
        let owner = query_source(&|s| s.name == key && !matches!(s.shape, Shape::Exploded(_) | Shape::Map))
            .or_else(|| query_source(&|s| matches!(s.shape, Shape::Exploded(properties) if properties.contains(&&*key))))
            .or_else(|| query_source(&|s| s.shape == Shape::Deep && deep_key(s.name, &key).is_some()))
            .or_else(|| query_source(&|s| s.shape == Shape::Map));
        let Some(index) = owner else {
            values.push((Place::Query, Cow::Owned(key), Cow::Owned(value)));
            continue;
        };
        let source = &sources[index];
        match source.shape {
            Shape::Split(separator) => {
                for item in raw.split(raw_separator(separator)) {
                    values.push((Place::Query, Cow::Owned(key.clone()), Cow::Owned(form_decode(item))));
                }
            }
            Shape::Exploded(_) | Shape::Map => objects[index].push((key, value)),
            Shape::Deep => match deep_key(source.name, &key) {
                Some(path) => objects[index].push((path.to_owned(), value)),
                None => return Err(bad_request(format!("invalid parameter `{}`: expected `{}[key]=value` pairs", source.name, source.name))),
            },
            Shape::Flat => objects[index].extend(flat_entries(source.name, raw, form_decode)?),
            Shape::Plain | Shape::Pairs | Shape::Claimed => values.push((Place::Query, Cow::Owned(key), Cow::Owned(value))),
        }
    }
    for (index, source) in sources.iter().enumerate() {
        let value = match source.place {
            Place::Path | Place::Query => continue,
            Place::Header => {
                let mut lines = Vec::new();
                for line in headers.get_all(source.name) {
                    let text = line.to_str().map_err(|_| {
                        bad_request(format!("invalid parameter `{}`: the header is not visible ASCII", source.name))
                    })?;
                    lines.push(text.trim());
                }
                if lines.is_empty() {
                    continue;
                }
                lines.join(",")
            }
            Place::Cookie => match cookie_raw(headers, source.name) {
                Some(value) => value.to_owned(),
                None => continue,
            },
        };
        // A cookie's items are percent-encoded (split first, then decode); a header's
        // are as they came.
        let decode = |text: &str| match source.place {
            Place::Cookie => percent_decode(text),
            _ => text.to_owned(),
        };
        match source.shape {
            Shape::Split(separator) => {
                for item in value.split(separator) {
                    values.push((source.place, Cow::Borrowed(source.name), Cow::Owned(decode(item.trim()))));
                }
            }
            Shape::Flat => objects[index].extend(flat_entries(source.name, &value, decode)?),
            Shape::Pairs => {
                for item in value.split(',').map(str::trim).filter(|item| !item.is_empty()) {
                    let Some((key, value)) = item.split_once('=') else {
                        return Err(bad_request(format!("invalid parameter `{}`: expected `key=value` items separated by `,`", source.name)));
                    };
                    objects[index].push((key.trim().to_owned(), value.trim().to_owned()));
                }
            }
            _ => values.push((source.place, Cow::Borrowed(source.name), Cow::Owned(decode(&value)))),
        }
    }
    let objects = sources
        .iter()
        .zip(objects)
        .filter(|(source, _)| source.shape.is_object())
        .map(|(source, entries)| (source.place, source.name, entries))
        .collect();
    Ok(GivenParams { values, objects })
}

/// Where a parameter is given.
#[allow(dead_code, reason = "not every document has parameters in every place")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Path,
    Query,
    Header,
    Cookie,
}

/// How a parameter's values are read into its type.
#[allow(dead_code, reason = "not every document has parameters of every kind")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// Each value parsed as the type asks (numbers, booleans, strings, enums); an
    /// array takes every value given.
    Plain,
    /// A union or mixed enum of scalars, or an untyped value (see [`text_value`]).
    Text,
    /// `content: application/json`: the value is JSON text.
    Json,
    /// An object or map, from the entries the router gathered for it.
    Object,
    /// A `deepObject`, from its bracketed keys.
    Nested,
}

/// An operation's parameters as the request gave them, before decoding.
struct GivenParams<'r> {
    /// Path captures, query pairs and header and cookie values (split into items where
    /// the parameter is an array): place, name, value.
    values: Vec<(Place, std::borrow::Cow<'r, str>, std::borrow::Cow<'r, str>)>,
    /// The entries gathered for object and map parameters: place, name, entries.
    objects: Vec<(Place, &'static str, Entries)>,
}

/// The entries of an object or map parameter (keys and values as text), or the
/// bracketed keys and values of a `deepObject`.
type Entries = Vec<(String, String)>;

/// An operation's parameter struct, read from the request's parameters.
trait FromParams: Sized {
    fn from_params(given: &GivenParams<'_>) -> Result<Self, ErrorModel>;
}

impl FromParams for NoParams {
    fn from_params(_: &GivenParams<'_>) -> Result<Self, ErrorModel> {
        Ok(NoParams {})
    }
}

/// Reads an operation's parameters one plain call each: a value, or `None` with the
/// first error kept, which [`ParamReader::finish`] returns. (A `?` per parameter costs
/// the compiler several times more, in every `from_params`.)
#[allow(dead_code, reason = "not every document has parameters")]
struct ParamReader<'g, 'r> {
    given: &'g GivenParams<'r>,
    error: Option<ErrorModel>,
}

#[allow(dead_code, reason = "not every document has every kind of parameter")]
impl ParamReader<'_, '_> {
    /// A read's value; `None` when it failed (its error kept if it is the first), or
    /// when it is absent (a missing parameter's error kept if it is `required`).
    fn keep<T>(&mut self, name: &str, required: bool, read: Result<Option<T>, ErrorModel>) -> Option<T> {
        let error = match read {
            Ok(Some(value)) => return Some(value),
            Ok(None) if !required => return None,
            Ok(None) => missing_param(name),
            Err(error) => error,
        };
        self.error.get_or_insert(error);
        None
    }

    /// A required parameter read as its type asks ([`Read::Plain`]).
    fn one<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str) -> Option<T> {
        self.one_as(place, name, Read::Plain)
    }

    /// An optional parameter read as its type asks ([`Read::Plain`]).
    fn opt<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str) -> Option<T> {
        self.opt_as(place, name, Read::Plain)
    }

    /// A required parameter: `None` (and a 400 kept) when it is absent or does not
    /// decode.
    fn one_as<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str, read: Read) -> Option<T> {
        let read = self.given.read(place, name, read, true);
        self.keep(name, true, read)
    }

    /// An optional parameter: `None` when absent; a 400 kept when given and it does not
    /// decode (`?limit=` is a malformed integer, not an absent one).
    fn opt_as<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str, read: Read) -> Option<T> {
        let read = self.given.read(place, name, read, false);
        self.keep(name, false, read)
    }

    /// A required array of unions or mixed enums of scalars, or of untyped values:
    /// each item read as in [`text_value`].
    fn each<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str) -> Option<Vec<T>> {
        let read = self.given.items(place, name);
        self.keep(name, true, read)
    }

    /// Like [`ParamReader::each`], for an optional parameter.
    fn each_opt<T: serde::de::DeserializeOwned + types::Validate>(&mut self, place: Place, name: &'static str) -> Option<Vec<T>> {
        let read = self.given.items(place, name);
        self.keep(name, false, read)
    }

    /// The parameters read, or the first error.
    fn finish<P>(self, params: P) -> Result<P, ErrorModel> {
        match self.error {
            None => Ok(params),
            Some(error) => Err(error),
        }
    }

    /// The first error, once a required parameter came out `None`.
    fn failure(self) -> ErrorModel {
        self.error.unwrap_or_else(|| bad_request("a required parameter is missing".to_owned()))
    }
}

impl GivenParams<'_> {
    /// A reader of this request's parameters.
    #[allow(dead_code, reason = "not every document has parameters")]
    fn reader(&self) -> ParamReader<'_, '_> {
        ParamReader { given: self, error: None }
    }

    /// The items of an array of unions or mixed enums of scalars, or of untyped values,
    /// each read as in [`text_value`]; `None` when none is given.
    #[allow(dead_code, reason = "not every document has arrays of unions")]
    fn items<T: serde::de::DeserializeOwned + types::Validate>(&self, place: Place, name: &'static str) -> Result<Option<Vec<T>>, ErrorModel> {
        let mut items = self.texts(place, name).map(from_text).peekable();
        if items.peek().is_none() {
            return Ok(None);
        }
        items.collect::<Result<_, _>>().map(Some).map_err(|message| invalid_param(name, &message))
    }

    /// The values given for one parameter, in the order they came.
    fn texts(&self, place: Place, name: &str) -> impl Iterator<Item = &str> {
        self.values.iter().filter(move |(p, n, _)| *p == place && n == name).map(|(_, _, value)| value.as_ref())
    }

    /// A parameter's value, read as `read` says; `None` when it is absent (a required
    /// object decodes even from no entries).
    fn read<T: serde::de::DeserializeOwned + types::Validate>(&self, place: Place, name: &'static str, read: Read, required: bool) -> Result<Option<T>, ErrorModel> {
        let invalid = |message: String| invalid_param(name, &message);
        if let Read::Object | Read::Nested = read {
            let entries = self.objects.iter().find(|(p, n, _)| *p == place && *n == name).map_or(&[][..], |(_, _, entries)| entries);
            // A required object decodes even from no entries (its own properties may
            // all be optional); an optional one is absent.
            if entries.is_empty() && !required {
                return Ok(None);
            }
            let value = match read {
                Read::Object => object_value(entries),
                _ => nested_value(entries),
            };
            return value.map(Some).map_err(invalid);
        }
        let mut texts = self.texts(place, name);
        let Some(first) = texts.next() else {
            return Ok(None);
        };
        let value = match read {
            Read::Plain => T::deserialize(Texts { first, rest: texts }).map_err(|e| e.to_string()),
            Read::Json => match texts.next() {
                None => serde_json::from_str(first).map_err(|e| format!("expected JSON: {e}")),
                Some(_) => Err(GIVEN_TWICE.to_owned()),
            },
            _ => {
                let all: Vec<&str> = std::iter::once(first).chain(texts).collect();
                text_value(&all)
            }
        };
        value.map(Some).map_err(invalid)
    }
}
/// The answer to a required parameter the request does not give.
fn missing_param(name: &str) -> ErrorModel {
    bad_request(format!("missing parameter `{name}`"))
}

/// The answer to a parameter whose value does not decode.
fn invalid_param(name: &str, message: &str) -> ErrorModel {
    bad_request(format!("invalid parameter `{name}`: {}", api_words(message)))
}

/// The bracketed keys after `name` (`[a][0]`), or nothing for `name` itself, for a
/// `deepObject` parameter `name`.
#[allow(dead_code, reason = "not every document has deepObject parameters")]
fn deep_key<'k>(name: &str, key: &'k str) -> Option<&'k str> {
    key.strip_prefix(name).filter(|rest| rest.is_empty() || rest.starts_with('['))
}

/// The entries of an object sent as `k1,v1,k2,v2`, split on the raw text and then
/// each key and value decoded by `decode`.
#[allow(dead_code, reason = "not every document has object parameters")]
fn flat_entries(name: &str, raw: &str, decode: impl Fn(&str) -> String) -> Result<Vec<(String, String)>, ErrorModel> {
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = raw.split(',').map(str::trim).collect();
    if items.len() % 2 != 0 {
        return Err(bad_request(format!("invalid parameter `{name}`: expected keys and values alternating, separated by `,`")));
    }
    Ok(items.chunks(2).map(|pair| (decode(pair[0]), decode(pair[1]))).collect())
}

/// One key or value of a query string, decoded (`+` is a space).
fn form_decode(raw: &str) -> String {
    if raw.contains('+') { percent_decode(&raw.replace('+', " ")) } else { percent_decode(raw) }
}

/// Percent-decoded text; bytes that are not UTF-8 become U+FFFD.
#[allow(dead_code, reason = "not every document has parameters")]
fn percent_decode(raw: &str) -> String {
    percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

/// How a query array's delimiter appears in the raw query: a space as `%20` (an item's
/// own spaces are sent as `+`), the others as they are (an item's own are encoded).
#[allow(dead_code, reason = "not every document has delimited arrays")]
fn raw_separator(separator: char) -> &'static str {
    match separator {
        ' ' => "%20",
        '|' => "|",
        _ => ",",
    }
}

/// One parameter value as text, decoded into the type the document gives it: numbers
/// and booleans are parsed where the type asks for them. Where the type accepts
/// anything (a union, an untyped value), `guess` reads a number or boolean as such,
/// and without it everything is a string.
#[allow(dead_code, reason = "not every document has parameters of every type")]
#[derive(Clone, Copy)]
struct Text<'a> {
    text: &'a str,
    guess: bool,
}

type TextError = serde::de::value::Error;

#[allow(dead_code, reason = "not every document has parameters of every type")]
impl Text<'_> {
    fn parse<T: std::str::FromStr>(self, what: &str) -> Result<T, TextError> {
        self.text.parse().map_err(|_| <TextError as serde::de::Error>::custom(format!("expected {what}, found {:?}", self.text)))
    }

    fn float(self) -> Result<f64, TextError> {
        let value: f64 = self.parse("a number")?;
        if value.is_finite() {
            Ok(value)
        } else {
            Err(<TextError as serde::de::Error>::custom(format!("expected a number, found {:?}", self.text)))
        }
    }
}

impl<'de> serde::de::IntoDeserializer<'de, TextError> for Text<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> serde::Deserializer<'de> for Text<'_> {
    type Error = TextError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        if self.guess {
            match self.text {
                "true" => return visitor.visit_bool(true),
                "false" => return visitor.visit_bool(false),
                _ => {}
            }
            let number = (self.text.trim() == self.text).then(|| serde_json::from_str::<serde_json::Number>(self.text).ok()).flatten();
            if let Some(number) = number {
                if let Some(n) = number.as_i64() {
                    return visitor.visit_i64(n);
                }
                if let Some(n) = number.as_u64() {
                    return visitor.visit_u64(n);
                }
                if let Some(n) = number.as_f64() {
                    return visitor.visit_f64(n);
                }
            }
        }
        visitor.visit_str(self.text)
    }

    fn deserialize_bool<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_bool(self.parse("true or false")?)
    }

    fn deserialize_i8<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_i8(self.parse("an integer")?)
    }

    fn deserialize_i16<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_i16(self.parse("an integer")?)
    }

    fn deserialize_i32<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_i32(self.parse("an integer")?)
    }

    fn deserialize_i64<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_i64(self.parse("an integer")?)
    }

    fn deserialize_u8<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_u8(self.parse("an integer")?)
    }

    fn deserialize_u16<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_u16(self.parse("an integer")?)
    }

    fn deserialize_u32<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_u32(self.parse("an integer")?)
    }

    fn deserialize_u64<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_u64(self.parse("an integer")?)
    }

    fn deserialize_f32<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_f64<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_char<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_str<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_string<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_identifier<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_str(self.text)
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_enum(serde::de::value::StrDeserializer::<TextError>::new(self.text))
    }

    serde::forward_to_deserialize_any! {
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct ignored_any
    }
}

/// Decodes a parameter's text twice at most: numbers and booleans read as such
/// first, then everything as a string, and keeps the first value that decodes and
/// passes validation (`oneOf: [integer, string]` takes `3` as the integer and `x` as
/// the string; an enum of `"1"` and `true` takes `1` as the string). When neither
/// passes, the first that decodes is kept for validation to report.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn either_reading<T: types::Validate, E: std::fmt::Display>(attempt: impl Fn(bool) -> Result<T, E>) -> Result<T, String> {
    match attempt(true) {
        Ok(value) if value.validate().is_ok() => Ok(value),
        first => match attempt(false) {
            Ok(value) if value.validate().is_ok() => Ok(value),
            second => first.or(second).map_err(|e| e.to_string()),
        },
    }
}

/// One value of a union or mixed enum of scalars, or of an untyped value (see
/// [`either_reading`]).
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn from_text<T: serde::de::DeserializeOwned + types::Validate>(text: &str) -> Result<T, String> {
    either_reading(|guess| T::deserialize(Text { text, guess }))
}

/// A union or mixed enum of scalars, or an untyped value, from its texts. A union
/// with an array alternative (exploded in the query) takes one value as a scalar
/// where it can, and repeated values as the array.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn text_value<T: serde::de::DeserializeOwned + types::Validate>(texts: &[&str]) -> Result<T, String> {
    either_reading(|guess| {
        let items = || serde::de::value::SeqDeserializer::new(texts.iter().map(|text| Text { text, guess }));
        match texts {
            [text] => T::deserialize(Text { text, guess }).or_else(|first| T::deserialize(items()).map_err(|_| first)),
            _ => T::deserialize(items()),
        }
    })
}

/// The message for a parameter of one value given more than once.
const GIVEN_TWICE: &str = "expected one value, given more than once";

/// A parameter's values, read as its type asks: one value for a scalar, each value an
/// item for an array.
struct Texts<'t, I> {
    first: &'t str,
    rest: I,
}

impl<'t, I: Iterator<Item = &'t str>> Texts<'t, I> {
    /// The one value, for a type that takes one.
    fn one(mut self) -> Result<Text<'t>, TextError> {
        match self.rest.next() {
            None => Ok(Text { text: self.first, guess: false }),
            Some(_) => Err(<TextError as serde::de::Error>::custom(GIVEN_TWICE)),
        }
    }
}

macro_rules! texts_forward_one {
    ($($method:ident)*) => {
        $(
            fn $method<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
                self.one()?.$method(visitor)
            }
        )*
    };
}

impl<'de, 't, I: Iterator<Item = &'t str>> serde::Deserializer<'de> for Texts<'t, I> {
    type Error = TextError;

    fn deserialize_seq<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        let items = std::iter::once(self.first).chain(self.rest).map(|text| Text { text, guess: false });
        visitor.visit_seq(serde::de::value::SeqDeserializer::new(items))
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(self, name: &'static str, variants: &'static [&'static str], visitor: V) -> Result<V::Value, TextError> {
        self.one()?.deserialize_enum(name, variants, visitor)
    }

    texts_forward_one! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32 deserialize_f64
        deserialize_char deserialize_str deserialize_string deserialize_identifier
    }

    serde::forward_to_deserialize_any! {
        bytes byte_buf unit unit_struct tuple tuple_struct map struct ignored_any
    }
}

/// An object or map parameter, from the entries the router gathered for it.
#[allow(dead_code, reason = "not every document has parameters of every type")]
fn object_value<T: serde::de::DeserializeOwned + types::Validate>(entries: &[(String, String)]) -> Result<T, String> {
    let decode = |guess: bool| {
        let map = || serde::de::value::MapDeserializer::new(entries.iter().map(|(key, text)| (key.as_str(), Text { text, guess })));
        // The path to a failure is found by decoding again, tracking it.
        T::deserialize(map()).or_else(|_| {
            serde_path_to_error::deserialize::<_, T>(map()).map_err(|e| {
                let path = e.path().to_string();
                if path == "." || path.is_empty() { e.into_inner().to_string() } else { format!("{path}: {}", e.into_inner()) }
            })
        })
    };
    either_reading(decode)
}

/// A `deepObject` parameter, from its bracketed keys (`[a][0]`, or empty for a value
/// given as `name=value`) as the router gathered them.
#[allow(dead_code, reason = "not every document has deepObject parameters")]
fn nested_value<T: serde::de::DeserializeOwned + types::Validate>(entries: &[(String, String)]) -> Result<T, String> {
    let mut tree = Tree::default();
    for (path, value) in entries {
        tree.insert(path, value.clone())?;
    }
    tree.decode().map_err(|(path, message)| match path.is_empty() {
        true => message,
        false => format!("`{path}`: {message}"),
    })
}

/// Values sent as bracketed keys: `card[exp][month]=1`, `items[0][price]=p`,
/// `expand[]=a` (the next item). A place holds the values given for it and the keys
/// below it; an array is a place whose keys are all indices, read in their order (so
/// `a[0]`, `a[5]` is two items). A lone empty value (`name=`) reads as an empty array
/// or object where one is expected.
#[allow(dead_code, reason = "not every document has bracketed keys")]
#[derive(Default)]
struct Tree {
    values: Vec<String>,
    children: std::collections::BTreeMap<String, Tree>,
}

/// How deep bracketed keys may nest.
#[allow(dead_code, reason = "not every document has bracketed keys")]
const TREE_DEPTH: usize = 32;

/// How many places [`Tree::decode`] reads again as text at most: each try decodes
/// the whole value, so a hostile one with many failing unions stays cheap.
#[allow(dead_code, reason = "not every document has bracketed keys")]
const TREE_RETRIES: usize = 32;

#[allow(dead_code, reason = "not every document has bracketed keys")]
impl Tree {
    /// Files `value` under the bracketed keys of `path` (`[a][0]`; empty for this place).
    fn insert(&mut self, path: &str, value: String) -> Result<(), String> {
        let mut place = self;
        let mut rest = path;
        let mut depth = 0;
        while !rest.is_empty() {
            let Some((key, after)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
                return Err(format!("expected bracketed keys such as `[key]`, found {rest:?}"));
            };
            depth += 1;
            if depth > TREE_DEPTH {
                return Err(format!("keys nest deeper than {TREE_DEPTH} levels"));
            }
            let key = if key.is_empty() { place.children.len().to_string() } else { key.to_owned() };
            rest = after;
            place = place.children.entry(key).or_default();
        }
        place.values.push(value);
        Ok(())
    }

    /// The value this place holds, validated; an error names the path below it
    /// (`card.exp.month`, `items[0].price`) when there is one.
    ///
    /// Numbers and booleans are read as such where the type accepts anything (a
    /// union, an untyped value), as [`either_reading`] does, but place by place: a
    /// union that does not decode so is read again with its values as text, the
    /// rest as before (`metadata[k]=7` into a map of strings beside `created=7`
    /// into a union of an integer and an object).
    fn decode<T: serde::de::DeserializeOwned + types::Validate>(&self) -> Result<T, (String, String)> {
        let report = |e: serde_path_to_error::Error<TextError>| {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            (path, api_words(&e.into_inner().to_string()))
        };
        let mut plain: Vec<&Tree> = Vec::new();
        let mut first = None;
        let value = loop {
            match serde_path_to_error::deserialize::<_, T>(TreeDe::new(self, true, &plain)) {
                Ok(value) => break value,
                Err(e) => {
                    let place = self.place(e.path()).filter(|p| !plain.iter().any(|q| std::ptr::eq(*p, *q)));
                    let error = first.take().unwrap_or(e);
                    match place {
                        Some(place) if plain.len() < TREE_RETRIES => {
                            plain.push(place);
                            first = Some(error);
                        }
                        _ => return Err(report(error)),
                    }
                }
            }
        };
        match value.validate() {
            Ok(()) => Ok(value),
            // Decoded, but not valid: every value read as text may be.
            Err(invalid) => match serde_path_to_error::deserialize::<_, T>(TreeDe::new(self, false, &[])) {
                Ok(other) if other.validate().is_ok() => Ok(other),
                _ => Err((invalid.path, invalid.message)),
            },
        }
    }

    /// The place a decoding error's path leads to, when it leads to one.
    fn place(&self, path: &serde_path_to_error::Path) -> Option<&Tree> {
        let mut at = self;
        for segment in path.iter() {
            at = match segment {
                serde_path_to_error::Segment::Map { key } => at.children.get(key)?,
                serde_path_to_error::Segment::Seq { index } => *at.items()?.get(*index)?,
                serde_path_to_error::Segment::Enum { .. } => at,
                serde_path_to_error::Segment::Unknown => return None,
            };
        }
        Some(at)
    }

    /// The items of an array: every key an index (`[]` counts as the next one).
    fn items(&self) -> Option<Vec<&Tree>> {
        let mut items = Vec::with_capacity(self.children.len());
        for (key, child) in &self.children {
            items.push((key.parse::<u64>().ok()?, child));
        }
        items.sort_by_key(|(index, _)| *index);
        Some(items.into_iter().map(|(_, child)| child).collect())
    }

    /// Whether this place holds one empty value and nothing below (`name=`).
    fn is_empty_value(&self) -> bool {
        self.children.is_empty() && self.values.len() == 1 && self.values[0].is_empty()
    }
}

/// Decodes a [`Tree`] place into the type asked for; a single value is read as
/// [`Text`] is.
#[allow(dead_code, reason = "not every document has bracketed keys")]
#[derive(Clone, Copy)]
struct TreeDe<'a> {
    tree: &'a Tree,
    guess: bool,
    /// Places (and all below them) read without guessing.
    plain: &'a [&'a Tree],
}

#[allow(dead_code, reason = "not every document has bracketed keys")]
impl<'a> TreeDe<'a> {
    fn new(tree: &'a Tree, guess: bool, plain: &'a [&'a Tree]) -> Self {
        let guess = guess && !plain.iter().any(|p| std::ptr::eq(*p, tree));
        TreeDe { tree, guess, plain }
    }

    /// The one value at this place.
    fn text(self) -> Result<Text<'a>, TextError> {
        let fail = |m: String| Err(<TextError as serde::de::Error>::custom(m));
        match (self.tree.values.as_slice(), self.tree.children.is_empty()) {
            ([text], true) => Ok(Text { text, guess: self.guess }),
            (_, false) => fail("expected a value, found bracketed keys".to_owned()),
            ([], true) => fail("expected a value".to_owned()),
            (values, true) => fail(format!("expected one value, found {}", values.len())),
        }
    }

    fn seq<'de, V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        let (guess, plain) = (self.guess, self.plain);
        if self.tree.children.is_empty() {
            if self.tree.is_empty_value() {
                return visitor.visit_seq(serde::de::value::SeqDeserializer::new(std::iter::empty::<Text<'a>>()));
            }
            // Repeated keys (`tags=a&tags=b`).
            return visitor.visit_seq(serde::de::value::SeqDeserializer::new(self.tree.values.iter().map(|text| Text { text, guess })));
        }
        if !self.tree.values.is_empty() {
            return Err(<TextError as serde::de::Error>::custom("expected indexed items, found a value beside them"));
        }
        let Some(items) = self.tree.items() else {
            return Err(<TextError as serde::de::Error>::custom("expected indexed items (`[0]`, `[1]`, ...), found other keys"));
        };
        visitor.visit_seq(serde::de::value::SeqDeserializer::new(items.into_iter().map(|tree| TreeDe::new(tree, guess, plain))))
    }

    fn map<'de, V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        let (guess, plain) = (self.guess, self.plain);
        if !self.tree.values.is_empty() && !self.tree.is_empty_value() {
            return Err(<TextError as serde::de::Error>::custom("expected bracketed keys (`[key]=value`), found a value"));
        }
        visitor.visit_map(serde::de::value::MapDeserializer::new(self.tree.children.iter().map(|(key, tree)| (key.as_str(), TreeDe::new(tree, guess, plain)))))
    }
}

impl<'de> serde::de::IntoDeserializer<'de, TextError> for TreeDe<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

macro_rules! tree_scalars {
    ($($method:ident)*) => {
        $(
            fn $method<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
                self.text()?.$method(visitor)
            }
        )*
    };
}

impl<'de> serde::Deserializer<'de> for TreeDe<'_> {
    type Error = TextError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        if self.tree.children.is_empty() {
            return self.text()?.deserialize_any(visitor);
        }
        if self.tree.items().is_some() { self.seq(visitor) } else { self.map(visitor) }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_tuple<V: serde::de::Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_tuple_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, _: usize, visitor: V) -> Result<V::Value, TextError> {
        self.seq(visitor)
    }

    fn deserialize_map<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        self.map(visitor)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, TextError> {
        self.map(visitor)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(self, name: &'static str, variants: &'static [&'static str], visitor: V) -> Result<V::Value, TextError> {
        self.text()?.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_unit_struct<V: serde::de::Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, TextError> {
        self.text()?.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_ignored_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_unit()
    }

    tree_scalars! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8 deserialize_u16
        deserialize_u32 deserialize_u64 deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_identifier
    }
}

/// Reads a request body up to the configured limit.
async fn read_body(body: Body, headers: &HeaderMap, limit: usize) -> Result<Vec<u8>, ErrorModel> {
    let too_large = || error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", format!("the request body is larger than {limit} bytes"));
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => Ok(bytes.to_vec()),
        Err(e) => {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
            while let Some(s) = source {
                if s.is::<http_body_util::LengthLimitError>() {
                    return Err(too_large());
                }
                source = s.source();
            }
            Err(bad_request(format!("the request body could not be read: {e}")))
        }
    }
}

/// The implementer's answer to a request, as a response.
type Answering<'a> = std::pin::Pin<Box<dyn Future<Output = Result<Response, ErrorModel>> + Send + 'a>>;

/// An operation with its parameters decoded and validated: given the request context
/// and the body read whole, it decodes the body and starts the implementer's method.
type Bound<'a> = Box<dyn FnOnce(RequestContext, Vec<u8>) -> Result<Answering<'a>, ErrorModel> + Send + 'a>;

/// The shared path of every operation: authorize, decode, validate, call, answer.
/// Only this function is async; what differs by operation (decoding, the call, the
/// response) is synchronous behind [`Bound`], so the futures are `Send` by their
/// types, not by a proof for each operation.
async fn call<A: Api, U: Authenticator>(
    shared: &Shared<A, U>,
    index: usize,
    parts: axum::http::request::Parts,
    body: Body,
    path: PathParams,
) -> Response {
    let Some(meta) = OPS.get(index) else {
        return error_response(&not_implemented("unknown operation"));
    };
    let response_headers = ResponseHeaders::default();
    let result = async {
        let principal = authorize(shared, &parts, meta).await?;
        let bound = bind_operation(&shared.api, index, meta, &parts, &path)?;
        let bytes = read_body(body, &parts.headers, shared.config.body_limit).await?;
        let context = RequestContext {
            principal,
            headers: parts.headers,
            operation_id: meta.id,
            response_headers: response_headers.clone(),
        };
        bound(context, bytes)?.await
    }
    .await;
    let mut response = result.unwrap_or_else(|e| error_response(&e));
    let extra = std::mem::take(&mut *response_headers.lock());
    if !extra.is_empty() {
        response.headers_mut().extend(extra);
    }
    response
}

/// Decodes and validates an operation's parameters, and binds its method: the body
/// is read (by `D`) when the bound method is called.
fn bind<'a, P, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    _: D,
    call: F,
) -> Result<Bound<'a>, ErrorModel>
where
    P: FromParams + types::Validate + Send + 'a,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(RequestContext, P, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    let params = parse_params::<P>(path, parts.uri.query(), &parts.headers, meta.sources)?;
    Ok(Box::new(move |context: RequestContext, bytes: Vec<u8>| {
        let body = D::decode(bytes, &context.headers)?;
        let answer = call(context, params, body);
        Ok(Box::pin(Respond(Box::pin(answer))) as Answering<'a>)
    }))
}

/// An operation without a body: whatever was sent is ignored.
#[allow(dead_code, reason = "not every document has an operation without a body")]
struct Ignore;

impl Decode<()> for Ignore {
    fn decode(_: Vec<u8>, _: &HeaderMap) -> Result<(), ErrorModel> {
        Ok(())
    }
}

// One binder per shape of `Api` method, so that `bind_operation` names each method
// (`A::get_thing`) rather than wrapping it in a closure of its own: the closures
// here are checked once, not once per operation.

/// Binds a method taking only the request's context.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_context<'a, A, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(meta, parts, path, Ignore, move |context, _: NoParams, ()| method(api, context))
}

/// Binds a method taking the context and the operation's parameters.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_params<'a, A, P, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    P: FromParams + types::Validate + Send + 'a,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, P) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(meta, parts, path, Ignore, move |context, params, ()| method(api, context, params))
}

/// Binds a method taking the context and the body, read by `D`.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_body<'a, A, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
    read: D,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(meta, parts, path, read, move |context, _: NoParams, body| method(api, context, body))
}

/// Binds a method taking the context, the parameters and the body, read by `D`.
#[allow(dead_code, reason = "not every document has an operation of this shape")]
fn bind_params_body<'a, A, P, B, D, R, F, Fut>(
    meta: &OpMeta,
    parts: &axum::http::request::Parts,
    path: &PathParams,
    api: &'a A,
    method: F,
    read: D,
) -> Result<Bound<'a>, ErrorModel>
where
    A: Sync,
    P: FromParams + types::Validate + Send + 'a,
    D: Decode<B>,
    R: IntoApiResponse,
    F: FnOnce(&'a A, RequestContext, P, B) -> Fut + Send + 'a,
    Fut: Future<Output = Result<R, ErrorModel>> + Send + 'a,
{
    bind(meta, parts, path, read, move |context, params, body| method(api, context, params, body))
}

/// The implementer's future, its answer turned into a response.
struct Respond<F>(std::pin::Pin<Box<F>>);

impl<F, R> Future for Respond<F>
where
    F: Future<Output = Result<R, ErrorModel>>,
    R: IntoApiResponse,
{
    type Output = Result<Response, ErrorModel>;

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        self.get_mut().0.as_mut().poll(cx).map(|answer| answer.map(IntoApiResponse::into_api_response))
    }
}
