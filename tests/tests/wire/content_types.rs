//! Request bodies of several content types (fixture `wire_content_types.yaml`): the
//! caller picks a variant of the operation's body enum, the client sends it in its
//! content type, and the server decodes it by the request's `Content-Type` into the
//! same variant (415 for a content type the operation does not take).

use super::support::{self, Recorder, last};
use quay_tests::wire_content_types_client as client;
use quay_tests::wire_content_types_server as server;
use server::{ErrorModel, RequestContext};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    /// What the implementer received, as Debug text.
    seen: Mutex<Vec<String>>,
}

struct Recording(Arc<Log>);

impl server::Api for Recording {
    async fn add_pet(
        &self,
        _: RequestContext,
        body: server::AddPetBody,
    ) -> Result<server::AddPetResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::AddPetResponse::NoContent)
    }

    async fn patch_pet(
        &self,
        _: RequestContext,
        params: server::PatchPetParams,
        body: Option<server::PatchPetBody>,
    ) -> Result<server::PatchPetResponse, ErrorModel> {
        self.0
            .seen
            .lock()
            .unwrap()
            .push(format!("{} {body:?}", params.id));
        Ok(server::PatchPetResponse::NoContent)
    }

    async fn put_note(
        &self,
        _: RequestContext,
        body: server::types::PutNoteBody,
    ) -> Result<server::PutNoteResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutNoteResponse::NoContent)
    }
}

struct Nobody;

impl server::Authenticator for Nobody {}

async fn serve() -> (String, Arc<Log>, Recorder) {
    let log = Arc::new(Log::default());
    let app = server::router(
        Recording(log.clone()),
        Nobody,
        server::ServerConfig::default(),
    );
    let (base, wire) = support::serve(app).await;
    (base, log, wire)
}

fn pet() -> client::types::Pet {
    client::types::Pet {
        name: "Rex".into(),
        age: Some(3),
        tags: Some(vec!["a b".into(), "c".into()]),
    }
}

#[tokio::test]
async fn each_content_type_travels_as_itself_and_arrives_as_its_variant() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    c.add_pet(client::AddPetBody::Json(pet())).await.unwrap();
    let w = wire.last();
    assert_eq!(w.header("content-type"), Some("application/json"));
    assert_eq!(w.body, r#"{"name":"Rex","age":3,"tags":["a b","c"]}"#);
    assert_eq!(
        last(&log.seen),
        r#"Json(Pet { name: "Rex", age: Some(3), tags: Some(["a b", "c"]) })"#
    );

    c.add_pet(client::AddPetBody::Form(pet())).await.unwrap();
    let w = wire.last();
    assert_eq!(
        w.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(w.body, "name=Rex&age=3&tags=a+b&tags=c");
    assert_eq!(
        last(&log.seen),
        r#"Form(Pet { name: "Rex", age: Some(3), tags: Some(["a b", "c"]) })"#
    );

    let parts = client::AddPetParts {
        name: "Rex".into(),
        photo: Some(client::FilePart::new(vec![1, 2]).file_name("rex.png")),
    };
    c.add_pet(client::AddPetBody::Multipart(parts))
        .await
        .unwrap();
    let w = wire.last();
    assert!(
        w.header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary="),
        "{w:?}"
    );
    assert!(
        w.body.contains("name=\"photo\"; filename=\"rex.png\""),
        "{}",
        w.body
    );
    let seen = last(&log.seen);
    assert!(
        seen.starts_with(r#"Multipart(AddPetParts { name: "Rex", photo: Some(FilePart {"#),
        "{seen}"
    );
    assert!(seen.contains("bytes: [1, 2]"), "{seen}");

    c.add_pet(client::AddPetBody::Text("just text".into()))
        .await
        .unwrap();
    let w = wire.last();
    assert_eq!(w.header("content-type"), Some("text/plain"));
    assert_eq!(w.body, "just text");
    assert_eq!(last(&log.seen), r#"Text("just text")"#);
}

#[tokio::test]
async fn json_types_of_one_schema_are_one_variant() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    // `application/json` and `application/merge-patch+json` share a schema: one
    // variant, sent as `application/json`.
    c.patch_pet(1)
        .body(client::PatchPetBody::Json(pet()))
        .await
        .unwrap();
    assert_eq!(wire.last().header("content-type"), Some("application/json"));
    assert!(last(&log.seen).starts_with("1 Some(Json(Pet {"));

    let nick = client::types::PatchPetRequest {
        nick: Some("R".into()),
    };
    c.patch_pet(2)
        .body(client::PatchPetBody::ApplicationVndPetsV2Json(nick))
        .await
        .unwrap();
    let w = wire.last();
    assert_eq!(
        w.header("content-type"),
        Some("application/vnd.pets.v2+json")
    );
    assert_eq!(w.body, r#"{"nick":"R"}"#);
    assert_eq!(
        last(&log.seen),
        r#"2 Some(ApplicationVndPetsV2Json(PatchPetRequest { nick: Some("R") }))"#
    );

    c.patch_pet(3)
        .body(client::PatchPetBody::ApplicationXml(b"<pet/>".to_vec()))
        .await
        .unwrap();
    assert_eq!(wire.last().header("content-type"), Some("application/xml"));
    let seen = last(&log.seen);
    assert!(
        seen.starts_with("3 Some(ApplicationXml(RawBody {"),
        "{seen}"
    );

    c.patch_pet(4).await.unwrap();
    assert_eq!(wire.last().header("content-type"), None);
    assert_eq!(last(&log.seen), "4 None");
}

/// A raw request with the given content type and body: the status and body text.
async fn send(
    base: &str,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &str,
) -> (u16, String) {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = reqwest::Client::new()
        .request(method, format!("{base}{path}"))
        .body(body.to_owned());
    if let Some(t) = content_type {
        request = request.header("content-type", t);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn the_server_dispatches_on_the_content_type() {
    let (base, log, _) = serve().await;
    // The other JSON type of the shared schema arrives as the same variant.
    let (status, text) = send(
        &base,
        "PATCH",
        "/pets/5",
        Some("application/merge-patch+json"),
        r#"{"name":"M"}"#,
    )
    .await;
    assert_eq!(status, 204, "{text}");
    assert_eq!(
        last(&log.seen),
        r#"5 Some(Json(Pet { name: "M", age: None, tags: None }))"#
    );
    // Parameters of the media type do not matter; case does not either.
    let (status, text) = send(
        &base,
        "POST",
        "/pets",
        Some("Application/X-WWW-Form-Urlencoded; charset=utf-8"),
        "name=F",
    )
    .await;
    assert_eq!(status, 204, "{text}");
    assert_eq!(
        last(&log.seen),
        r#"Form(Pet { name: "F", age: None, tags: None })"#
    );

    // Not declared: 415, naming what is.
    let (status, text) = send(&base, "POST", "/pets", Some("application/xml"), "<pet/>").await;
    assert_eq!(status, 415, "{text}");
    assert!(
        text.contains(
            "application/json, application/x-www-form-urlencoded, multipart/form-data, text/plain"
        ),
        "{text}"
    );
    let (status, text) = send(&base, "POST", "/pets", None, r#"{"name":"N"}"#).await;
    assert_eq!(status, 415, "{text}");
    let (status, text) = send(&base, "POST", "/pets", None, "").await;
    assert_eq!(status, 400, "a required body: {text}");
    // The chosen variant's decoding and checks still apply.
    let (status, text) = send(
        &base,
        "POST",
        "/pets",
        Some("application/json"),
        r#"{"name":""}"#,
    )
    .await;
    assert_eq!(status, 400, "{text}");
    let (status, text) = send(
        &base,
        "POST",
        "/pets",
        Some("application/x-www-form-urlencoded"),
        "age=1",
    )
    .await;
    assert_eq!(status, 400, "{text}");
    let (status, text) = send(&base, "POST", "/pets", Some("multipart/form-data"), "x").await;
    assert_eq!(status, 400, "no boundary: {text}");
}

#[tokio::test]
async fn a_content_type_that_cannot_be_generated_is_left_out() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    let body = client::types::PutNoteBody {
        text: Some("t".into()),
    };
    c.put_note(body).await.unwrap();
    assert_eq!(wire.last().header("content-type"), Some("application/json"));
    assert_eq!(last(&log.seen), r#"PutNoteBody { text: Some("t") }"#);
    let (status, text) = send(
        &base,
        "PUT",
        "/notes",
        Some("application/x-www-form-urlencoded"),
        "text=t",
    )
    .await;
    assert_eq!(status, 415, "{text}");
}
