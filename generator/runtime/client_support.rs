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
    #[error("the {status} response body does not decode: {source}")]
    Decode {
        /// The response status.
        status: reqwest::StatusCode,
        /// The body as received.
        body: String,
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
            ErrorBody::Raw(text) if text.len() > 512 => {
                let cut = (0..=512).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
                let shown = &text[..cut];
                write!(f, "{shown}...")
            }
            ErrorBody::Raw(text) => f.write_str(text),
        }
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    token: Option<String>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// Sends `Authorization: Bearer <token>` with every request.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
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
        if let Some(token) = self.token {
            let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
                .map_err(|_| Error::InvalidArgument {
                    name: "bearer_token",
                    reason: "the token holds characters a header cannot carry".to_owned(),
                })?;
            value.set_sensitive(true);
            headers.insert(reqwest::header::AUTHORIZATION, value);
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
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder().build()?,
        };
        Ok(Client { inner: Arc::new(Inner { http, base, headers, timeout: self.timeout }) })
    }
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base: String,
    headers: reqwest::header::HeaderMap,
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
        ClientBuilder { base_url: base_url.into(), token: None, timeout: None, user_agent: None, http: None }
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// Starts a request URL: the base URL with room for the path.
    fn url(&self) -> String {
        let mut url = String::with_capacity(self.inner.base.len() + 96);
        url.push_str(&self.inner.base);
        url
    }

    fn request(&self, method: reqwest::Method, url: String) -> reqwest::RequestBuilder {
        let mut request = self.inner.http.request(method, url).headers(self.inner.headers.clone());
        if let Some(timeout) = self.inner.timeout {
            request = request.timeout(timeout);
        }
        request
    }

    /// Sends a request; error statuses become [`Error::Api`].
    async fn execute(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response, Error> {
        let response = request.send().await?;
        let status = response.status();
        if status.is_client_error() || status.is_server_error() {
            let text = response.text().await?;
            let body = match serde_json::from_str::<ErrorModel>(&text) {
                Ok(parsed) => ErrorBody::Parsed(Box::new(parsed)),
                Err(_) => ErrorBody::Raw(text),
            };
            return Err(Error::Api { status, body });
        }
        Ok(response)
    }
}

#[allow(dead_code, reason = "not every document needs every helper")]
impl Client {
    async fn send_json<T: serde::de::DeserializeOwned>(&self, request: Result<reqwest::RequestBuilder, Error>) -> Result<T, Error> {
        json(self.execute(request?).await?).await
    }

    async fn send_empty(&self, request: Result<reqwest::RequestBuilder, Error>) -> Result<(), Error> {
        empty(self.execute(request?).await?).await
    }

    async fn send_text(&self, request: Result<reqwest::RequestBuilder, Error>) -> Result<String, Error> {
        text(self.execute(request?).await?).await
    }

    async fn send_bytes(&self, request: Result<reqwest::RequestBuilder, Error>) -> Result<Vec<u8>, Error> {
        bytes(self.execute(request?).await?).await
    }
}

/// Decodes a JSON success body.
#[allow(dead_code, reason = "not every document needs every helper")]
async fn json<T: serde::de::DeserializeOwned>(response: reqwest::Response) -> Result<T, Error> {
    let status = response.status();
    let bytes = response.bytes().await?;
    serde_json::from_slice(&bytes).map_err(|source| Error::Decode {
        status,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        source,
    })
}

/// Reads and discards a success body.
#[allow(dead_code, reason = "not every document needs every helper")]
async fn empty(response: reqwest::Response) -> Result<(), Error> {
    response.bytes().await?;
    Ok(())
}

#[allow(dead_code, reason = "not every document needs every helper")]
async fn text(response: reqwest::Response) -> Result<String, Error> {
    Ok(response.text().await?)
}

#[allow(dead_code, reason = "not every document needs every helper")]
async fn bytes(response: reqwest::Response) -> Result<Vec<u8>, Error> {
    Ok(response.bytes().await?.to_vec())
}

/// Characters a path segment keeps as they are: RFC 3986 unreserved.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Appends a path parameter, percent-encoded. With `allow_slash`, each `/` in the
/// value stays literal and separates segments, which must then be non-empty.
#[allow(dead_code, reason = "not every document needs every helper")]
fn push_path(url: &mut String, name: &'static str, value: &str, allow_slash: bool) -> Result<(), Error> {
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

/// Appends `name=value` to the query, starting it with `?` when needed.
#[allow(dead_code, reason = "not every document needs every helper")]
fn push_query(url: &mut String, name: &str, value: &dyn std::fmt::Display) {
    url.push(if url.contains('?') { '&' } else { '?' });
    url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
    url.push('=');
    let value = value.to_string();
    url.extend(form_urlencoded::byte_serialize(value.as_bytes()));
}
