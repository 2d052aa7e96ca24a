use std::sync::Arc;
use std::time::Duration;

/// Everything that can go wrong when calling the API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An argument cannot be sent as given (e.g. an empty path parameter).
    #[error("invalid argument `{name}`: {reason}")]
    InvalidArgument {
        /// The parameter's name in the document.
        name: &'static str,
        /// Why it cannot be sent.
        reason: String,
    },
    /// The request did not complete: connection, TLS, timeout, or reading the body.
    #[error("request failed: {0}")]
    Transport(#[from] reqwest::Error),
    /// The server answered with an error status.
    #[error("the server answered {status}: {body}")]
    Api {
        /// The response status.
        status: reqwest::StatusCode,
        /// The response body, parsed when it has the documented error shape.
        body: ErrorBody,
    },
    /// The server answered with a success status, but the body does not decode.
    #[error("the {status} response body does not decode at `{path}`: {source}")]
    Decode {
        /// The response status.
        status: reqwest::StatusCode,
        /// The body as received.
        body: String,
        /// Where in the body decoding stopped, e.g. `items[2].created` (`.` for the
        /// body itself).
        path: String,
        /// What the decoder found.
        source: serde_json::Error,
    },
}

impl Error {
    /// The response status, for errors that carry one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidArgument { .. } => None,
        }
    }

    /// The error body in the schema the operation declares for its status, when that
    /// is not the document's error model.
    pub fn declared(&self) -> Option<&DeclaredError> {
        match self {
            Error::Api { body: ErrorBody::Declared(e), .. } => Some(e),
            _ => None,
        }
    }

    /// The parsed error body, when the server sent the documented error shape.
    pub fn api_error(&self) -> Option<&ErrorModel> {
        match self {
            Error::Api { body: ErrorBody::Parsed(e), .. } => Some(e),
            _ => None,
        }
    }
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// The documented error shape.
    Parsed(Box<ErrorModel>),
    /// The schema the operation declares for the status, when it is another.
    Declared(Box<DeclaredError>),
    /// Any other body (another JSON shape, HTML, text), as received.
    Raw(String),
}

impl std::fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ErrorBody::Parsed(e) => match serde_json::to_string(e) {
                Ok(text) => f.write_str(&text),
                Err(_) => write!(f, "{e:?}"),
            },
            ErrorBody::Declared(e) => write!(f, "{e:?}"),
            ErrorBody::Raw(text) if text.len() > 512 => {
                let cut = (0..=512).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
                let shown = &text[..cut];
                write!(f, "{shown}...")
            }
            ErrorBody::Raw(text) => f.write_str(text),
        }
    }
}

/// A decoded success response with its status and headers.
#[derive(Debug, Clone)]
pub struct Answer<T> {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The decoded body.
    pub body: T,
}

/// A request on its way: `.await` it for the decoded response. Each request builder's
/// `send` and `send_with_headers` return one, and `.await` on a builder runs one. It
/// borrows nothing, so it can be moved to another task.
#[must_use = "the request is not sent until the future is awaited"]
pub struct ResponseFuture<T> {
    fetch: support::Fetch,
    decode: fn(support::Fetched) -> Result<T, Error>,
}

impl<T> std::fmt::Debug for ResponseFuture<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}

impl<T> Future for ResponseFuture<T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        let this = self.get_mut();
        this.fetch.as_mut().poll(cx).map(|fetched| fetched.and_then(this.decode))
    }
}

/// A server the document names: a URL template and its variables. The base URL a
/// [`Client`] is built with can be one of these, filled in, or any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Server {
    /// The URL as the document writes it, with `{variable}`s (it may be relative to
    /// where the document is served).
    pub url: &'static str,
    /// What the document says of it.
    pub description: Option<&'static str>,
    /// The variables of `url`.
    pub variables: &'static [ServerVariable],
}

/// A variable of a [`Server`]'s URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerVariable {
    /// Its name in the URL.
    pub name: &'static str,
    /// The value used when none is given.
    pub default: &'static str,
    /// The values allowed, when the document limits them (else any).
    pub allowed: &'static [&'static str],
    /// What the document says of it.
    pub description: Option<&'static str>,
}

impl Server {
    /// The URL with every variable at its default.
    pub fn default_url(&self) -> String {
        self.fill(&[]).unwrap_or_else(|_| self.url.to_owned())
    }

    /// The URL with the given `(variable, value)` pairs, the other variables at their
    /// defaults. Refuses a variable the server does not have, or a value outside the
    /// variable's allowed values.
    pub fn url_with(&self, values: &[(&str, &str)]) -> Result<String, Error> {
        self.fill(values)
    }

    fn fill(&self, values: &[(&str, &str)]) -> Result<String, Error> {
        for (name, value) in values {
            let Some(variable) = self.variables.iter().find(|v| v.name == *name) else {
                return Err(Error::InvalidArgument { name: "server variable", reason: format!("{} has no variable {name:?}", self.url) });
            };
            if !variable.allowed.is_empty() && !variable.allowed.contains(value) {
                return Err(Error::InvalidArgument {
                    name: variable.name,
                    reason: format!("{value:?} is not one of {:?}", variable.allowed),
                });
            }
        }
        let mut url = self.url.to_owned();
        for variable in self.variables {
            let value = values.iter().find(|(n, _)| *n == variable.name).map_or(variable.default, |(_, v)| v);
            url = url.replace(&format!("{{{}}}", variable.name), value);
        }
        Ok(url)
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    token: Option<support::Secret>,
    /// The credential of each scheme of `SECURITY_SCHEMES`, as sent.
    credentials: Vec<Option<support::Secret>>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// Sends `Authorization: Bearer <token>` with every request. The token is also the
    /// credential of every bearer-token scheme of the document (`http` bearer, `oauth2`,
    /// `openIdConnect`) that has none of its own.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        let value = format!("Bearer {}", token.into());
        for (slot, (_, carrier)) in self.credentials.iter_mut().zip(SECURITY_SCHEMES.iter()) {
            if matches!(carrier, support::Carrier::Bearer) && slot.is_none() {
                *slot = Some(support::Secret(value.clone()));
            }
        }
        self.token = Some(support::Secret(value));
        self
    }

    /// Fails a request that takes longer than this, from connect to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header to send.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Uses this `reqwest::Client` (and its connection pool, proxy and TLS settings).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let base = self.base_url.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base).map_err(|e| Error::InvalidArgument {
            name: "base_url",
            reason: format!("{base:?} is not a URL: {e}"),
        })?;
        if parsed.cannot_be_a_base() || parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::InvalidArgument {
                name: "base_url",
                reason: format!("{base:?} cannot be a base URL"),
            });
        }
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(token) = &self.token {
            headers.insert(reqwest::header::AUTHORIZATION, support::header_value("bearer_token", &token.0)?);
        }
        if let Some(agent) = self.user_agent {
            let value = reqwest::header::HeaderValue::from_str(&agent).map_err(|_| {
                Error::InvalidArgument {
                    name: "user_agent",
                    reason: "the user agent holds characters a header cannot carry".to_owned(),
                }
            })?;
            headers.insert(reqwest::header::USER_AGENT, value);
        }
        let mut credentials = Vec::with_capacity(self.credentials.len());
        for (slot, (name, carrier)) in self.credentials.into_iter().zip(SECURITY_SCHEMES.iter()) {
            credentials.push(match slot {
                None => None,
                Some(secret) => Some(support::Credential::new(name, *carrier, secret.0)?),
            });
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder().build()?,
        };
        Ok(Client { inner: Arc::new(Inner { http, base, headers, credentials, timeout: self.timeout }) })
    }
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base: String,
    headers: reqwest::header::HeaderMap,
    credentials: Vec<Option<support::Credential>>,
    timeout: Option<Duration>,
}

/// A client of the API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl Client {
    /// Starts configuring a client for the server at `base_url`
    /// (scheme, host, optional port and path prefix, e.g. `https://quay.example.com`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            token: None,
            credentials: vec![None; SECURITY_SCHEMES.len()],
            timeout: None,
            user_agent: None,
            http: None,
        }
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }
}

/// The machinery behind the operations. It lives in its own module, called by path,
/// so that no name an operation, parameter or security scheme takes can clash with it.
mod support {
    use super::{Client, ClientBuilder, DeclaredError, Error, ErrorBody, ErrorModel};

    /// A credential as configured, kept out of `Debug` output.
    #[derive(Clone)]
    pub(super) struct Secret(pub(super) String);

    impl std::fmt::Debug for Secret {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Secret(..)")
        }
    }

    /// Where a security scheme's credential travels.
    #[allow(dead_code, reason = "not every document has every kind of scheme")]
    #[derive(Debug, Clone, Copy)]
    pub(super) enum Carrier {
        /// `Authorization: Bearer <token>`.
        Bearer,
        /// `Authorization: Basic <base64(username:password)>`.
        Basic,
        /// An API key in this header.
        Header(&'static str),
        /// An API key in this query parameter.
        Query(&'static str),
        /// An API key in this cookie.
        Cookie(&'static str),
    }

    /// A checked credential, ready to send.
    #[derive(Debug)]
    pub(super) enum Credential {
        Header(reqwest::header::HeaderName, reqwest::header::HeaderValue),
        Query(&'static str, Secret),
        Cookie(&'static str, Secret),
    }

    impl Credential {
        pub(super) fn new(scheme: &'static str, carrier: Carrier, value: String) -> Result<Self, Error> {
            Ok(match carrier {
                Carrier::Bearer | Carrier::Basic => {
                    Credential::Header(reqwest::header::AUTHORIZATION, header_value(scheme, &value)?)
                }
                Carrier::Header(name) => {
                    let name = reqwest::header::HeaderName::from_static(name);
                    Credential::Header(name, header_value(scheme, &value)?)
                }
                Carrier::Query(name) => Credential::Query(name, Secret(value)),
                Carrier::Cookie(name) => Credential::Cookie(name, Secret(value)),
            })
        }
    }

    /// A sensitive header value.
    pub(super) fn header_value(name: &'static str, value: &str) -> Result<reqwest::header::HeaderValue, Error> {
        let mut value = reqwest::header::HeaderValue::from_str(value).map_err(|_| Error::InvalidArgument {
            name,
            reason: "the credential holds characters a header cannot carry".to_owned(),
        })?;
        value.set_sensitive(true);
        Ok(value)
    }

    /// Stores the credential of security scheme `index`.
    #[allow(dead_code, reason = "not every document has security schemes")]
    pub(super) fn set_credential(mut builder: ClientBuilder, index: usize, value: String) -> ClientBuilder {
        builder.credentials[index] = Some(Secret(value));
        builder
    }

    /// `Basic <base64(username:password)>`.
    #[allow(dead_code, reason = "not every document has basic authentication")]
    pub(super) fn basic(username: &str, password: &str) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let input = format!("{username}:{password}");
        let mut out = String::from("Basic ");
        for chunk in input.as_bytes().chunks(3) {
            let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// Starts a request URL: the base URL with room for the path.
    pub(super) fn url(client: &Client) -> String {
        let base = &client.inner.base;
        let mut url = String::with_capacity(base.len() + 96);
        url.push_str(base);
        url
    }

    /// The request for `url`, with the credentials of the first of `security`'s
    /// alternatives (each a list of indices into `SECURITY_SCHEMES`) that the client
    /// has every credential for; none when it has none of them.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn request(
        client: &Client,
        method: reqwest::Method,
        url: String,
        security: &[&[usize]],
    ) -> reqwest::RequestBuilder {
        request_with_cookies(client, method, url, String::new(), security)
    }

    /// [`request`] with cookie parameters (`name=value` pairs joined by `; `).
    pub(super) fn request_with_cookies(
        client: &Client,
        method: reqwest::Method,
        mut url: String,
        mut cookies: String,
        security: &[&[usize]],
    ) -> reqwest::RequestBuilder {
        let inner = &client.inner;
        let chosen = security
            .iter()
            .find(|schemes| schemes.iter().all(|i| inner.credentials.get(*i).is_some_and(Option::is_some)))
            .copied()
            .unwrap_or_default();
        let mut headers = reqwest::header::HeaderMap::new();
        for credential in chosen.iter().filter_map(|i| inner.credentials.get(*i).and_then(Option::as_ref)) {
            match credential {
                Credential::Header(name, value) => {
                    headers.insert(name.clone(), value.clone());
                }
                Credential::Query(name, value) => push_query(&mut url, name, &value.0),
                Credential::Cookie(name, value) => push_cookie(&mut cookies, name, &value.0),
            }
        }
        if !cookies.is_empty() {
            if let Ok(mut value) = reqwest::header::HeaderValue::from_str(&cookies) {
                value.set_sensitive(true);
                headers.insert(reqwest::header::COOKIE, value);
            }
        }
        let mut request = inner.http.request(method, url).headers(inner.headers.clone()).headers(headers);
        if let Some(timeout) = inner.timeout {
            request = request.timeout(timeout);
        }
        request
    }

    /// Builds a request and decodes its response: implemented by every operation's
    /// request builder.
    pub(super) trait Prepare: Sized {
        /// The decoded success body.
        type Output;

        /// The request, ready to send.
        fn prepare(self) -> Result<reqwest::RequestBuilder, Error>;

        /// The error body of `status` in the schema the operation declares for it, when
        /// that is not the document's error model.
        fn declared_error(status: u16, text: &str) -> Option<DeclaredError> {
            let _ = (status, text);
            None
        }

        /// How the success body of `status` is read.
        fn read(status: u16) -> Read {
            let _ = status;
            Read::Bytes
        }

        /// Decodes the success body of `status`, read whole.
        fn decode(status: reqwest::StatusCode, body: Body) -> Result<Self::Output, Error>;
    }

    /// Decodes an error body into the schema an operation declares for its status.
    pub(super) type Declared = fn(u16, &str) -> Option<DeclaredError>;

    /// The non-generic part of sending: the request, sent, and its response read whole.
    pub(super) type Fetch = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Fetched, Error>> + Send>>;

    /// A success response read whole.
    pub(super) struct Fetched {
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Body,
    }

    /// How a success body is read.
    #[allow(dead_code, reason = "not every document has text bodies")]
    pub(super) enum Read {
        /// As bytes.
        Bytes,
        /// As text, in the charset of its `Content-Type` (as `reqwest::Response::text`).
        Text,
    }

    /// A success body as read (see [`Read`]).
    pub(super) enum Body {
        Bytes(Vec<u8>),
        Text(String),
    }

    impl Body {
        fn into_bytes(self) -> Vec<u8> {
            match self {
                Body::Bytes(bytes) => bytes,
                Body::Text(text) => text.into_bytes(),
            }
        }

        fn into_text(self) -> String {
            match self {
                Body::Bytes(bytes) => String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
                Body::Text(text) => text,
            }
        }
    }

    /// Sends an operation's request; the future decodes the success body.
    pub(super) fn send<P: Prepare>(operation: P) -> super::ResponseFuture<P::Output> {
        super::ResponseFuture { fetch: start(operation.prepare(), P::declared_error, P::read), decode: decode::<P> }
    }

    /// [`send`], keeping the response's status and headers.
    pub(super) fn send_with_headers<P: Prepare>(operation: P) -> super::ResponseFuture<super::Answer<P::Output>> {
        super::ResponseFuture { fetch: start(operation.prepare(), P::declared_error, P::read), decode: answer::<P> }
    }

    fn decode<P: Prepare>(fetched: Fetched) -> Result<P::Output, Error> {
        P::decode(fetched.status, fetched.body)
    }

    fn answer<P: Prepare>(fetched: Fetched) -> Result<super::Answer<P::Output>, Error> {
        let Fetched { status, headers, body } = fetched;
        let body = P::decode(status, body)?;
        Ok(super::Answer { status, headers, body })
    }

    fn start(request: Result<reqwest::RequestBuilder, Error>, declared: Declared, read: fn(u16) -> Read) -> Fetch {
        Box::pin(fetch(request, declared, read))
    }

    /// Sends a request and reads the success response whole; error statuses become
    /// [`Error::Api`].
    async fn fetch(request: Result<reqwest::RequestBuilder, Error>, declared: Declared, read: fn(u16) -> Read) -> Result<Fetched, Error> {
        let mut response = execute(request?, declared).await?;
        let status = response.status();
        if let Read::Text = read(status.as_u16()) {
            let headers = response.headers().clone();
            let body = Body::Text(response.text().await?);
            Ok(Fetched { status, headers, body })
        } else {
            let headers = std::mem::take(response.headers_mut());
            let body = Body::Bytes(response.bytes().await?.into());
            Ok(Fetched { status, headers, body })
        }
    }

    /// Sends a request; error statuses become [`Error::Api`].
    async fn execute(request: reqwest::RequestBuilder, declared: Declared) -> Result<reqwest::Response, Error> {
        let response = request.send().await?;
        let status = response.status();
        if status.is_client_error() || status.is_server_error() {
            let text = response.text().await?;
            let body = match declared(status.as_u16(), &text) {
                Some(body) => ErrorBody::Declared(Box::new(body)),
                None => match serde_json::from_str::<ErrorModel>(&text) {
                    Ok(parsed) => ErrorBody::Parsed(Box::new(parsed)),
                    Err(_) => ErrorBody::Raw(text),
                },
            };
            return Err(Error::Api { status, body });
        }
        Ok(response)
    }

    /// Decodes a JSON success body. The path to a failure is found by decoding again,
    /// tracking it: tracking every body would cost each response time.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn json<T: serde::de::DeserializeOwned>(status: reqwest::StatusCode, body: Body) -> Result<T, Error> {
        let bytes = body.into_bytes();
        if let Ok(value) = serde_json::from_slice(&bytes) {
            return Ok(value);
        }
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(&bytes)).map_err(|e| Error::Decode {
            status,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            path: e.path().to_string(),
            source: e.into_inner(),
        })
    }

    /// Discards a success body.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn empty(status: reqwest::StatusCode, body: Body) -> Result<(), Error> {
        let _ = (status, body);
        Ok(())
    }

    /// A success body as text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn text(status: reqwest::StatusCode, body: Body) -> Result<String, Error> {
        let _ = status;
        Ok(body.into_text())
    }

    /// A success body as bytes.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn bytes(status: reqwest::StatusCode, body: Body) -> Result<Vec<u8>, Error> {
        let _ = status;
        Ok(body.into_bytes())
    }

    /// Characters a path segment keeps as they are: RFC 3986 unreserved, `:` and `@`,
    /// and the sub-delimiters no common server reads a meaning into (`&`, `+`, `;`
    /// and `=` are encoded).
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b':')
        .remove(b'@')
        .remove(b'!')
        .remove(b'$')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')')
        .remove(b'*')
        .remove(b',');

    /// Appends a path parameter that shares its segment with text after it, which
    /// starts with `stop`: `stop` is encoded in the value too, so that the server can
    /// tell where the value ends (`{name}.zip` sends `a.b` as `a%2Eb`).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path_part(url: &mut String, name: &'static str, value: &str, stop: char) -> Result<(), Error> {
        if value.is_empty() {
            return Err(Error::InvalidArgument { name, reason: "must not be empty".to_owned() });
        }
        let encoded = percent_encoding::utf8_percent_encode(value, SEGMENT).to_string();
        let mut buffer = [0; 4];
        let stop_text = stop.encode_utf8(&mut buffer);
        let kept = stop.is_ascii() && percent_encoding::utf8_percent_encode(stop_text, SEGMENT).to_string() == *stop_text;
        if kept {
            url.push_str(&encoded.replace(stop, &format!("%{:02X}", stop as u32)));
        } else {
            url.push_str(&encoded);
        }
        Ok(())
    }

    /// Appends a path parameter, percent-encoded. With `allow_slash`, each `/` in the
    /// value stays literal and separates segments, which must then be non-empty.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path(url: &mut String, name: &'static str, value: &str, allow_slash: bool) -> Result<(), Error> {
        let invalid = |reason: &str| Error::InvalidArgument { name, reason: reason.to_owned() };
        if value.is_empty() {
            return Err(invalid("must not be empty"));
        }
        let mut first = true;
        let parts: &mut dyn Iterator<Item = &str> =
            if allow_slash { &mut value.split('/') } else { &mut std::iter::once(value) };
        for part in parts {
            if part.is_empty() || part == "." || part == ".." {
                return Err(invalid("has an empty, `.` or `..` path segment"));
            }
            if !first {
                url.push('/');
            }
            first = false;
            url.extend(percent_encoding::utf8_percent_encode(part, SEGMENT));
        }
        Ok(())
    }

    /// What a path segment encodes, and `,`, which separates array items.
    const ITEM: &percent_encoding::AsciiSet = &SEGMENT.add(b',');

    /// Appends an array path parameter filling its segment, `a,b` (simple style): each
    /// item percent-encoded (an item's own `,` too), then joined by `,`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_path_items(url: &mut String, name: &'static str, items: &[String]) -> Result<(), Error> {
        if items.is_empty() || items == [""] {
            return Err(Error::InvalidArgument { name, reason: "must not be empty".to_owned() });
        }
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                url.push(',');
            }
            url.extend(percent_encoding::utf8_percent_encode(item, ITEM));
        }
        Ok(())
    }

    /// Appends `name=value` to the query, starting it with `?` when needed.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_query(url: &mut String, name: &str, value: &dyn std::fmt::Display) {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
        url.push('=');
        let value = value.to_string();
        url.extend(form_urlencoded::byte_serialize(value.as_bytes()));
    }

    /// Appends an array as one query pair, `name=a,b`: each item encoded, then joined
    /// by `separator` (`,`, `%20` or `|`). An empty array sends nothing.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_query_joined<T: std::fmt::Display>(url: &mut String, name: &str, items: &[T], separator: &str) {
        if items.is_empty() {
            return;
        }
        url.push(if url.contains('?') { '&' } else { '?' });
        url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
        url.push('=');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                url.push_str(separator);
            }
            let item = item.to_string();
            url.extend(form_urlencoded::byte_serialize(item.as_bytes()));
        }
    }

    /// The text a parameter carries for a scalar held as JSON: a string as it is, a
    /// number or boolean as its JSON text. Objects and arrays have no such text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    fn scalar_text(name: &'static str, value: &serde_json::Value) -> Result<String, Error> {
        match value {
            serde_json::Value::String(s) => Ok(s.clone()),
            serde_json::Value::Number(n) => Ok(n.to_string()),
            serde_json::Value::Bool(b) => Ok(b.to_string()),
            serde_json::Value::Null => Ok(String::new()),
            _ => Err(Error::InvalidArgument { name, reason: "an object or array cannot be sent as a parameter's text".to_owned() }),
        }
    }

    /// The text of a parameter whose type is a union or enum of scalars, or untyped:
    /// the text of the value it holds.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_text<T: serde::Serialize + ?Sized>(name: &'static str, value: &T) -> Result<String, Error> {
        let value = serde_json::to_value(value).map_err(|e| Error::InvalidArgument { name, reason: e.to_string() })?;
        scalar_text(name, &value)
    }

    /// The texts a union parameter's value travels as in an exploded query: one for a
    /// scalar, one per item for an array.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_text_items<T: serde::Serialize + ?Sized>(name: &'static str, value: &T) -> Result<Vec<String>, Error> {
        match serde_json::to_value(value).map_err(|e| Error::InvalidArgument { name, reason: e.to_string() })? {
            serde_json::Value::Array(items) => items.iter().map(|item| scalar_text(name, item)).collect(),
            other => Ok(vec![scalar_text(name, &other)?]),
        }
    }

    /// The texts of an array parameter's items (see [`param_text`]).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn param_texts<T: serde::Serialize>(name: &'static str, items: &[T]) -> Result<Vec<String>, Error> {
        items.iter().map(|item| param_text(name, item)).collect()
    }

    /// A `content: application/json` parameter's value: its JSON text.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn json_text<T: serde::Serialize + ?Sized>(name: &'static str, value: &T) -> Result<String, Error> {
        serde_json::to_string(value).map_err(|e| Error::InvalidArgument { name, reason: e.to_string() })
    }

    /// An object or map parameter's entries as text pairs, by key (whatever order
    /// `serde_json` keeps); absent and null properties are left out.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn entries<T: serde::Serialize + ?Sized>(name: &'static str, value: &T) -> Result<Vec<(String, String)>, Error> {
        let value = serde_json::to_value(value).map_err(|e| Error::InvalidArgument { name, reason: e.to_string() })?;
        let serde_json::Value::Object(map) = value else {
            return Err(Error::InvalidArgument { name, reason: "expected an object".to_owned() });
        };
        let mut out = Vec::new();
        for (key, value) in map {
            if value.is_null() {
                continue;
            }
            out.push((key, scalar_text(name, &value)?));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// How an object parameter travels in the query.
    #[allow(dead_code, reason = "not every document needs every style")]
    #[derive(Clone, Copy)]
    pub(super) enum ObjectStyle {
        /// `form`, exploded: each entry a pair of its own, `key=value`.
        Exploded,
        /// `form`, not exploded: one pair, `name=k1,v1,k2,v2`.
        Flat,
    }

    /// A value as bracketed keys under `name` (`deepObject`, and form fields encoded
    /// so): `name[key]=v` for an object's entries (by key) and `name[0]=v` for an
    /// array's items, to any depth, and `name=v` for a scalar. Null properties are left out;
    /// an empty array or object is `name=` (an empty value), so that it is not lost.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn nested_pairs<T: serde::Serialize + ?Sized>(name: &'static str, value: &T) -> Result<Vec<(String, String)>, Error> {
        let value = serde_json::to_value(value).map_err(|e| Error::InvalidArgument { name, reason: e.to_string() })?;
        let mut out = Vec::new();
        nested_into(name, name.to_owned(), &value, &mut out)?;
        Ok(out)
    }

    fn nested_into(name: &'static str, key: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) -> Result<(), Error> {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(text) => out.push((key, text.clone())),
            serde_json::Value::Bool(_) | serde_json::Value::Number(_) => out.push((key, value.to_string())),
            serde_json::Value::Array(items) if items.is_empty() => out.push((key, String::new())),
            serde_json::Value::Object(map) if map.is_empty() => out.push((key, String::new())),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.is_null() {
                        return Err(Error::InvalidArgument { name, reason: format!("{key}[{i}] is null, which bracketed keys cannot carry") });
                    }
                    nested_into(name, format!("{key}[{i}]"), item, out)?;
                }
            }
            serde_json::Value::Object(map) => {
                // By key, whatever order `serde_json` keeps (its features decide).
                let mut entries: Vec<_> = map.iter().collect();
                entries.sort_by_key(|(k, _)| *k);
                for (k, v) in entries {
                    if k.is_empty() || k.contains(['[', ']']) {
                        return Err(Error::InvalidArgument { name, reason: format!("the key {k:?} under {key} is empty or holds `[` or `]`, which delimit bracketed keys") });
                    }
                    nested_into(name, format!("{key}[{k}]"), v, out)?;
                }
            }
        }
        Ok(())
    }

    /// Appends a `deepObject` query parameter (see [`nested_pairs`]).
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_nested<T: serde::Serialize + ?Sized>(url: &mut String, name: &'static str, value: &T) -> Result<(), Error> {
        for (key, text) in nested_pairs(name, value)? {
            push_query(url, &key, &text);
        }
        Ok(())
    }

    /// Appends an object or map parameter to the query. `reserved` lists the keys an
    /// exploded map's entries cannot take (other parameters'; a name ending in `[`
    /// is a prefix): the server would take them for those.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_object(url: &mut String, name: &'static str, entries: Vec<(String, String)>, style: ObjectStyle, reserved: &[&str]) -> Result<(), Error> {
        match style {
            ObjectStyle::Exploded => {
                for (key, value) in &entries {
                    let taken = reserved.iter().any(|r| match r.strip_suffix('[') {
                        Some(prefix) => key.starts_with(&format!("{prefix}[")),
                        None => r == key,
                    });
                    if taken {
                        return Err(Error::InvalidArgument { name, reason: format!("the key {key:?} is another query parameter's") });
                    }
                    push_query(url, key, value);
                }
            }
            ObjectStyle::Flat => {
                if entries.is_empty() {
                    return Ok(());
                }
                // Each key and value is encoded (a `,` in one too), then joined by `,`.
                let mut items = Vec::new();
                for (key, value) in &entries {
                    items.push(key.as_str());
                    items.push(value.as_str());
                }
                push_query_joined(url, name, &items, ",");
            }
        }
        Ok(())
    }

    /// An object header parameter's value: `k1,v1,k2,v2`, or with `pairs`
    /// (`explode: true`) `k1=v1,k2=v2`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn object_header(name: &'static str, entries: Vec<(String, String)>, pairs: bool) -> Result<String, Error> {
        let mut out = Vec::new();
        for (key, value) in entries {
            if key.contains([',', '=']) || value.contains(',') {
                return Err(Error::InvalidArgument { name, reason: format!("{key:?}: `,` and `=` separate keys and values in this header, and cannot be part of one") });
            }
            if pairs {
                out.push(format!("{key}={value}"));
            } else {
                out.push(key);
                out.push(value);
            }
        }
        Ok(out.join(","))
    }

    /// The items of an array header value, joined by `,`. Header values are not
    /// percent-encoded, so an item holding a `,` cannot be told apart and is refused.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn join<T: std::fmt::Display>(name: &'static str, items: &[T]) -> Result<String, Error> {
        let items: Vec<String> = items.iter().map(ToString::to_string).collect();
        if let Some(item) = items.iter().find(|item| item.contains(',')) {
            return Err(Error::InvalidArgument { name, reason: format!("{item:?}: `,` separates the items of this header, and cannot be part of one") });
        }
        Ok(items.join(","))
    }

    /// The texts of an array's items.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn texts<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
        items.iter().map(ToString::to_string).collect()
    }

    /// Characters a cookie value cannot hold as they are (RFC 6265 `cookie-octet`),
    /// and `%`, which escapes them.
    const COOKIE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b',')
        .add(b';')
        .add(b'\\')
        .add(b'%');

    /// Appends `name=value` to a `Cookie` header, the value percent-encoded.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_cookie(cookies: &mut String, name: &str, value: &dyn std::fmt::Display) {
        push_cookie_items(cookies, name, &[value.to_string()]);
    }

    /// Appends `name=a,b` to a `Cookie` header: each item percent-encoded (an item's
    /// own `,` too), then joined by `,`.
    #[allow(dead_code, reason = "not every document needs every helper")]
    pub(super) fn push_cookie_items(cookies: &mut String, name: &str, items: &[String]) {
        if !cookies.is_empty() {
            cookies.push_str("; ");
        }
        cookies.push_str(name);
        cookies.push('=');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                cookies.push(',');
            }
            cookies.extend(percent_encoding::utf8_percent_encode(item, COOKIE));
        }
    }
}
