//! Security schemes over the wire (fixture `wire_security.yaml`): what the generated
//! client sends for each operation's requirements, exactly as it leaves the socket,
//! and what the generated router lets through to the implementer.

use super::support::{self, Recorder};
use quay_tests::wire_security_client as client;
use quay_tests::wire_security_server as server;
use server::{Credential, ErrorModel, Principal, RequestContext};
use std::sync::{Arc, Mutex};

/// What one request carried where credentials travel: the raw query and three headers.
#[derive(Debug, Clone, Default, PartialEq)]
struct Sent {
    query: Option<String>,
    authorization: Option<String>,
    api_key: Option<String>,
    cookie: Option<String>,
}

#[derive(Default)]
struct Log {
    wire: Recorder,
    /// (operationId, the principal's name as the implementer saw it)
    seen: Mutex<Vec<(&'static str, Option<String>)>>,
}

impl Log {
    fn last_wire(&self) -> Sent {
        let wire = self.wire.last();
        let header = |name: &str| wire.header(name).map(str::to_owned);
        Sent {
            query: wire.query.clone(),
            authorization: header("authorization"),
            api_key: header("x-api-key"),
            cookie: header("cookie"),
        }
    }

    fn last_seen(&self) -> (&'static str, Option<String>) {
        self.seen
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("the implementer was called")
    }
}

/// Valid unless the credential contains `bad`; `writer` tokens also grant `pets:write`.
struct Names;

impl server::Authenticator for Names {
    async fn authenticate_credential(
        &self,
        scheme: &str,
        credential: Credential<'_>,
    ) -> Option<Principal> {
        let name = match credential {
            Credential::Bearer(token) => format!("{scheme}: bearer {token}"),
            Credential::Basic { username, password } => {
                format!("{scheme}: basic {username}:{password}")
            }
            Credential::ApiKey(key) => format!("{scheme}: key {key}"),
            _ => return None,
        };
        if name.contains("bad") {
            return None;
        }
        let mut scopes = vec!["pets:read", "openid"];
        if name.contains("writer") {
            scopes.push("pets:write");
        }
        Some(Principal::new(name, scopes))
    }
}

struct Recording(Arc<Log>);

impl Recording {
    fn saw(&self, context: &RequestContext) {
        let name = context.principal.as_ref().map(|p| p.name.clone());
        self.0
            .seen
            .lock()
            .unwrap()
            .push((context.operation_id, name));
    }
}

macro_rules! record {
    ($($name:ident => $resp:ident),* $(,)?) => {
        $(
            async fn $name(&self, context: RequestContext) -> Result<server::$resp, ErrorModel> {
                self.saw(&context);
                Ok(server::$resp::NoContent)
            }
        )*
    };
}

impl server::Api for Recording {
    record! {
        uses_document_default => UsesDocumentDefaultResponse,
        header_key => HeaderKeyResponse,
        cookie_key => CookieKeyResponse,
        basic_auth => BasicAuthResponse,
        bearer_auth => BearerAuthResponse,
        oauth_write => OauthWriteResponse,
        open_id => OpenIdResponse,
        basic_or_key => BasicOrKeyResponse,
        key_and_session => KeyAndSessionResponse,
        optional_bearer => OptionalBearerResponse,
        public => PublicResponse,
    }

    async fn query_key(
        &self,
        context: RequestContext,
        params: server::QueryKeyParams,
    ) -> Result<server::QueryKeyResponse, ErrorModel> {
        assert_eq!(params.q.as_deref(), Some("x y"));
        self.saw(&context);
        Ok(server::QueryKeyResponse::NoContent)
    }
}

async fn serve() -> (String, Arc<Log>) {
    let log = Arc::new(Log::default());
    let app = server::router(
        Recording(log.clone()),
        Names,
        server::ServerConfig::default(),
    );
    let base = support::serve_recording(app, log.wire.clone()).await;
    (base, log)
}

fn status(e: client::Error) -> (u16, String) {
    let status = e.status().map(|s| s.as_u16()).unwrap_or_default();
    (status, e.to_string())
}

#[tokio::test]
async fn api_key_in_a_header_the_query_or_a_cookie() {
    let (base, log) = serve().await;
    let c = client::Client::builder(&base)
        .api_key("k1")
        .query_key("k 2&")
        .session("s;1 é")
        .build()
        .unwrap();

    c.header_key().await.unwrap();
    let wire = log.last_wire();
    assert_eq!(wire.api_key.as_deref(), Some("k1"));
    assert_eq!(
        (wire.query, wire.cookie, wire.authorization),
        (None, None, None)
    );
    assert_eq!(
        log.last_seen(),
        ("headerKey", Some("api_key: key k1".into()))
    );

    // The document's top-level requirement applies where an operation has none.
    c.uses_document_default().await.unwrap();
    assert_eq!(log.last_wire().api_key.as_deref(), Some("k1"));

    c.query_key().q("x y").await.unwrap();
    let wire = log.last_wire();
    assert_eq!(wire.query.as_deref(), Some("q=x+y&api_key=k+2%26"));
    assert_eq!(wire.api_key, None);
    assert_eq!(log.last_seen().1.as_deref(), Some("query_key: key k 2&"));

    c.cookie_key().await.unwrap();
    let wire = log.last_wire();
    assert_eq!(wire.cookie.as_deref(), Some("SESSION=s%3B1%20%C3%A9"));
    assert_eq!(log.last_seen().1.as_deref(), Some("session: key s;1 é"));
}

#[tokio::test]
async fn basic_bearer_oauth2_and_openid_connect() {
    let (base, log) = serve().await;
    let c = client::Client::builder(&base)
        .basic("aladdin", "open sesame")
        .bearer("t1")
        .oauth("writer")
        .oidc("id-token")
        .build()
        .unwrap();

    c.basic_auth().await.unwrap();
    assert_eq!(
        log.last_wire().authorization.as_deref(),
        Some("Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    );
    assert_eq!(
        log.last_seen().1.as_deref(),
        Some("basic: basic aladdin:open sesame")
    );

    c.bearer_auth().await.unwrap();
    assert_eq!(log.last_wire().authorization.as_deref(), Some("Bearer t1"));
    assert_eq!(log.last_seen().1.as_deref(), Some("bearer: bearer t1"));

    c.oauth_write().await.unwrap();
    assert_eq!(
        log.last_wire().authorization.as_deref(),
        Some("Bearer writer")
    );
    assert_eq!(log.last_seen().1.as_deref(), Some("oauth: bearer writer"));

    c.open_id().await.unwrap();
    assert_eq!(
        log.last_wire().authorization.as_deref(),
        Some("Bearer id-token")
    );
    assert_eq!(log.last_seen().1.as_deref(), Some("oidc: bearer id-token"));
}

#[tokio::test]
async fn missing_invalid_and_unscoped_credentials_are_refused() {
    let (base, log) = serve().await;
    let anonymous = client::Client::builder(&base).build().unwrap();
    let (code, text) = status(anonymous.header_key().await.unwrap_err());
    assert_eq!(code, 401);
    assert!(text.contains("requires the X-API-Key header"), "{text}");
    let wire = log.last_wire();
    assert_eq!(wire, Sent::default(), "no credential is sent without one");

    let bad = client::Client::builder(&base)
        .api_key("bad")
        .build()
        .unwrap();
    let (code, text) = status(bad.header_key().await.unwrap_err());
    assert_eq!(code, 401);
    assert!(text.contains("the credentials are not valid"), "{text}");

    let reader = client::Client::builder(&base)
        .oauth("reader")
        .build()
        .unwrap();
    let (code, text) = status(reader.oauth_write().await.unwrap_err());
    assert_eq!(code, 403);
    assert!(
        text.contains("oauthWrite requires the scope pets:write"),
        "{text}"
    );
    assert_eq!(
        log.seen.lock().unwrap().len(),
        0,
        "the implementer never ran"
    );
}

#[tokio::test]
async fn alternatives_take_the_first_the_client_can_satisfy() {
    let (base, log) = serve().await;
    let key_only = client::Client::builder(&base)
        .api_key("k1")
        .build()
        .unwrap();
    key_only.basic_or_key().await.unwrap();
    let wire = log.last_wire();
    assert_eq!(
        (wire.api_key.as_deref(), wire.authorization),
        (Some("k1"), None)
    );
    assert_eq!(log.last_seen().1.as_deref(), Some("api_key: key k1"));

    let both = client::Client::builder(&base)
        .api_key("k1")
        .basic("u", "p")
        .build()
        .unwrap();
    both.basic_or_key().await.unwrap();
    let wire = log.last_wire();
    assert_eq!(wire.authorization.as_deref(), Some("Basic dTpw"));
    assert_eq!(
        wire.api_key, None,
        "only the chosen alternative's credentials travel"
    );
    assert_eq!(log.last_seen().1.as_deref(), Some("basic: basic u:p"));
}

#[tokio::test]
async fn combined_schemes_need_every_credential() {
    let (base, log) = serve().await;
    let key_only = client::Client::builder(&base)
        .api_key("k1")
        .build()
        .unwrap();
    let (code, text) = status(key_only.key_and_session().await.unwrap_err());
    assert_eq!(code, 401);
    assert!(
        text.contains("requires the X-API-Key header and the SESSION cookie"),
        "{text}"
    );
    assert_eq!(
        log.last_wire(),
        Sent::default(),
        "half a requirement is not sent"
    );

    let both = client::Client::builder(&base)
        .api_key("k1")
        .session("s1")
        .build()
        .unwrap();
    both.key_and_session().await.unwrap();
    let wire = log.last_wire();
    assert_eq!(
        (wire.api_key.as_deref(), wire.cookie.as_deref()),
        (Some("k1"), Some("SESSION=s1"))
    );
    assert_eq!(log.last_seen().1.as_deref(), Some("api_key: key k1"));
}

#[tokio::test]
async fn optional_and_public_operations() {
    let (base, log) = serve().await;
    let anonymous = client::Client::builder(&base).build().unwrap();
    anonymous.optional_bearer().await.unwrap();
    assert_eq!(log.last_seen(), ("optionalBearer", None));
    anonymous.public().await.unwrap();
    assert_eq!(log.last_seen(), ("public", None));

    let bearer = client::Client::builder(&base).bearer("t1").build().unwrap();
    bearer.optional_bearer().await.unwrap();
    assert_eq!(log.last_wire().authorization.as_deref(), Some("Bearer t1"));
    assert_eq!(log.last_seen().1.as_deref(), Some("bearer: bearer t1"));

    // An invalid credential on an optional operation leaves the caller anonymous.
    let bad = client::Client::builder(&base)
        .bearer("bad")
        .build()
        .unwrap();
    bad.optional_bearer().await.unwrap();
    assert_eq!(log.last_seen(), ("optionalBearer", None));

    // `bearer_token` goes with every request, and names the caller of public ones.
    let global = client::Client::builder(&base)
        .bearer_token("g1")
        .build()
        .unwrap();
    global.public().await.unwrap();
    assert_eq!(log.last_wire().authorization.as_deref(), Some("Bearer g1"));
    assert_eq!(log.last_seen().1.as_deref(), Some("bearer: bearer g1"));
    global.oauth_write().await.unwrap_err();
    assert_eq!(log.last_wire().authorization.as_deref(), Some("Bearer g1"));
}

#[test]
fn credentials_stay_out_of_debug_output() {
    let builder = client::Client::builder("http://127.0.0.1:1")
        .api_key("secret-key")
        .basic("user", "secret-password")
        .bearer_token("secret-token");
    let text = format!("{builder:?}");
    assert!(!text.contains("secret"), "{text}");
    let built = builder.build().unwrap();
    assert!(!format!("{built:?}").contains("secret"));
}
