//! Request bodies (fixture `wire_bodies.yaml`): a top-level nullable body travels as
//! `null` or a value, and the implementer gets `None` or the value; multipart parts
//! travel as files, text or JSON with their content types and reach the implementer
//! typed and checked; forms without properties are maps of their fields.

use super::support::{self, Recorder, last};
use quay_tests::wire_bodies_client as client;
use quay_tests::wire_bodies_server as server;
use server::{ErrorModel, RequestContext, types};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    /// What the implementer received, as Debug text.
    seen: Mutex<Vec<String>>,
}

struct Recording(Arc<Log>);

impl server::Api for Recording {
    async fn put_note(
        &self,
        _: RequestContext,
        body: Option<types::Note>,
    ) -> Result<server::PutNoteResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutNoteResponse::NoContent)
    }

    async fn put_count(
        &self,
        _: RequestContext,
        body: Option<Option<i64>>,
    ) -> Result<server::PutCountResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutCountResponse::NoContent)
    }
    async fn upload(
        &self,
        _: RequestContext,
        body: server::UploadParts,
    ) -> Result<server::UploadResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::UploadResponse::NoContent)
    }

    async fn put_avatar(
        &self,
        _: RequestContext,
        body: Option<server::PutAvatarParts>,
    ) -> Result<server::PutAvatarResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutAvatarResponse::NoContent)
    }

    async fn put_settings(
        &self,
        _: RequestContext,
        body: std::collections::BTreeMap<String, String>,
    ) -> Result<server::PutSettingsResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutSettingsResponse::NoContent)
    }

    async fn add_person(
        &self,
        _: RequestContext,
        body: types::AddPersonBody,
    ) -> Result<server::AddPersonResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::AddPersonResponse::NoContent)
    }

    async fn add_spot(
        &self,
        _: RequestContext,
        body: types::AddSpotBody,
    ) -> Result<server::AddSpotResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::AddSpotResponse::NoContent)
    }

    async fn put_limits(
        &self,
        _: RequestContext,
        body: std::collections::BTreeMap<String, i64>,
    ) -> Result<server::PutLimitsResponse, ErrorModel> {
        self.0.seen.lock().unwrap().push(format!("{body:?}"));
        Ok(server::PutLimitsResponse::NoContent)
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

#[tokio::test]
async fn a_nullable_body_is_null_or_a_value() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    c.put_note(None).await.unwrap();
    assert_eq!(wire.last().body, "null");
    assert_eq!(last(&log.seen), "None");

    let note = client::types::Note { text: "hi".into() };
    c.put_note(Some(note)).await.unwrap();
    assert_eq!(wire.last().body, r#"{"text":"hi"}"#);
    assert_eq!(last(&log.seen), r#"Some(Note { text: "hi" })"#);

    // Optional and nullable: absent, null, or a value.
    c.put_count().await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("".into(), "None".into())
    );
    c.put_count().body(None).await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("null".into(), "Some(None)".into())
    );
    c.put_count().body(Some(3)).await.unwrap();
    assert_eq!(
        (wire.last().body, last(&log.seen)),
        ("3".into(), "Some(Some(3))".into())
    );
}

#[tokio::test]
async fn the_value_is_still_checked_and_required() {
    let (base, _, _) = serve().await;
    let http = reqwest::Client::new();
    let put = |body: &'static str| {
        http.put(format!("{base}/notes"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    assert_eq!(put("null").await.unwrap().status().as_u16(), 204);
    assert_eq!(put("").await.unwrap().status().as_u16(), 400, "required");
    assert_eq!(
        put(r#"{"text":"far too long"}"#)
            .await
            .unwrap()
            .status()
            .as_u16(),
        400,
        "maxLength"
    );
}

/// The `Content-Type` of the last request.
fn content_type(wire: &Recorder) -> String {
    wire.last()
        .header("content-type")
        .unwrap_or_default()
        .to_owned()
}

/// The boundary of the last multipart request, and its body with the boundary
/// replaced by `BOUNDARY`.
fn multipart(wire: &Recorder) -> String {
    let content_type = content_type(wire);
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("a multipart content type: {content_type}"));
    wire.last().body.replace(boundary, "BOUNDARY")
}

#[tokio::test]
async fn multipart_parts_travel_as_files_text_and_json() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    let meta = client::types::Meta {
        title: "holiday".into(),
        tags: Some(vec!["sea".into()]),
    };

    // Only the required parts; a file given as bytes takes the part's defaults.
    c.upload(b"one".to_vec(), meta.clone()).await.unwrap();
    assert_eq!(
        multipart(&wire),
        "--BOUNDARY\r\n\
         Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n\
         one\r\n\
         --BOUNDARY\r\n\
         Content-Disposition: form-data; name=\"meta\"\r\n\
         Content-Type: application/json\r\n\r\n\
         {\"title\":\"holiday\",\"tags\":[\"sea\"]}\r\n\
         --BOUNDARY--\r\n"
    );
    assert_eq!(
        last(&log.seen),
        "UploadParts { file: FilePart { bytes: [111, 110, 101], file_name: Some(\"file\"), \
         content_type: Some(\"application/octet-stream\") }, attachments: [], image: None, \
         meta: Meta { title: \"holiday\", tags: Some([\"sea\"]) }, kind: None, count: None, \
         labels: [], points: None, table: None }"
    );

    // Every part: files with their own names and types, arrays as one part per item
    // (or one JSON part for objects), the encoding's content types.
    c.upload(
        client::FilePart::new(b"main".to_vec())
            .file_name("a.txt")
            .content_type("text/plain"),
        meta,
    )
    .attachments(vec![
        client::FilePart::new(b"x".to_vec()).file_name("x.bin"),
        b"y".to_vec().into(),
    ])
    .image(b"PNG".to_vec())
    .kind(client::types::Kind::Scan)
    .count(2)
    .labels(vec!["a".into(), "b c".into()])
    .points(vec![client::types::Point { x: 1, y: 2 }])
    .table("a,b\n1,2".into())
    .await
    .unwrap();
    let wire = multipart(&wire);
    let parts: Vec<&str> = wire.split("--BOUNDARY").collect();
    assert_eq!(
        parts[1..].to_vec(),
        [
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\
             Content-Type: text/plain\r\n\r\nmain\r\n",
            "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"x.bin\"\r\n\
             Content-Type: application/octet-stream\r\n\r\nx\r\n",
            "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"attachments\"\r\n\
             Content-Type: application/octet-stream\r\n\r\ny\r\n",
            "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"image\"\r\n\
             Content-Type: image/png\r\n\r\nPNG\r\n",
            "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\
             Content-Type: application/json\r\n\r\n{\"title\":\"holiday\",\"tags\":[\"sea\"]}\r\n",
            "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nscan\r\n",
            "\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n2\r\n",
            "\r\nContent-Disposition: form-data; name=\"labels\"\r\n\r\na\r\n",
            "\r\nContent-Disposition: form-data; name=\"labels\"\r\n\r\nb c\r\n",
            "\r\nContent-Disposition: form-data; name=\"points\"\r\n\
             Content-Type: application/json\r\n\r\n[{\"x\":1,\"y\":2}]\r\n",
            "\r\nContent-Disposition: form-data; name=\"table\"\r\n\
             Content-Type: text/csv\r\n\r\na,b\n1,2\r\n",
            "--\r\n",
        ]
    );
    assert_eq!(
        last(&log.seen),
        "UploadParts { file: FilePart { bytes: [109, 97, 105, 110], file_name: Some(\"a.txt\"), \
         content_type: Some(\"text/plain\") }, attachments: [FilePart { bytes: [120], \
         file_name: Some(\"x.bin\"), content_type: Some(\"application/octet-stream\") }, \
         FilePart { bytes: [121], file_name: Some(\"attachments\"), \
         content_type: Some(\"application/octet-stream\") }], image: Some(FilePart { \
         bytes: [80, 78, 71], file_name: Some(\"image\"), content_type: Some(\"image/png\") }), \
         meta: Meta { title: \"holiday\", tags: Some([\"sea\"]) }, kind: Some(Scan), \
         count: Some(2), labels: [\"a\", \"b c\"], points: Some([Point { x: 1, y: 2 }]), \
         table: Some(\"a,b\\n1,2\") }"
    );

    // An optional multipart body: absent, or its parts.
    c.put_avatar().await.unwrap();
    assert_eq!(last(&log.seen), "None");
}

/// A multipart request as a browser or curl writes it.
async fn post_multipart(base: &str, content_type: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{base}/uploads"))
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn the_server_reads_multipart_as_written_and_checks_the_parts() {
    let (base, log, _) = serve().await;
    let form = "multipart/form-data; boundary=\"b-1\"";
    // A preamble, a quoted file name with an escaped quote, no part Content-Type, an
    // epilogue, and a part the operation does not declare.
    let body = "preamble\r\n--b-1\r\n\
        Content-Disposition: form-data; name=\"file\"; filename=\"say \\\"hi\\\".txt\"\r\n\r\n\
        hi\r\n--b-1\r\n\
        content-disposition: form-data; name=meta\r\n\r\n\
        {\"title\":\"t\"}\r\n--b-1\r\n\
        Content-Disposition: form-data; name=\"other\"\r\n\r\n\
        ignored\r\n--b-1--\r\nepilogue";
    assert_eq!(post_multipart(&base, form, body).await.0, 204);
    assert_eq!(
        last(&log.seen),
        "UploadParts { file: FilePart { bytes: [104, 105], file_name: Some(\"say \\\"hi\\\".txt\"), \
         content_type: None }, attachments: [], image: None, meta: Meta { title: \"t\", tags: None }, \
         kind: None, count: None, labels: [], points: None, table: None }"
    );

    let part = |name: &str, text: &str| {
        format!("--b-1\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{text}\r\n")
    };
    let file =
        "--b-1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\nx\r\n";
    let meta = part("meta", r#"{"title":"t"}"#);
    let refused = [
        (format!("{meta}--b-1--\r\n"), "the part `file` is required"),
        (format!("{file}--b-1--\r\n"), "the part `meta` is required"),
        (
            format!("{file}{}--b-1--\r\n", part("meta", r#"{"title":3}"#)),
            "invalid part `meta` at `title`",
        ),
        (
            format!(
                "{file}{}--b-1--\r\n",
                part("meta", r#"{"title":"far too long for a title"}"#)
            ),
            "invalid part `meta.title`",
        ),
        (
            format!("{file}{meta}{}--b-1--\r\n", part("count", "0")),
            "invalid part `count`",
        ),
        (
            format!("{file}{meta}{}--b-1--\r\n", part("count", "two")),
            "invalid part `count`",
        ),
        (
            format!("{file}{meta}{}--b-1--\r\n", part("kind", "drawing")),
            "invalid part `kind`",
        ),
        (
            format!(
                "{file}{meta}{}{}--b-1--\r\n",
                part("count", "1"),
                part("count", "2")
            ),
            "the part `count` is sent 2 times",
        ),
        (
            format!(
                "{file}{meta}{}--b-1--\r\n",
                "a,b,c,d"
                    .split(',')
                    .map(|l| part("labels", l))
                    .collect::<String>()
            ),
            "invalid part `labels`",
        ),
        (format!("{file}{meta}"), "invalid multipart body"),
    ];
    for (body, expected) in refused {
        let (status, text) = post_multipart(&base, form, &body).await;
        assert_eq!(status, 400, "{body}");
        assert!(text.contains(expected), "{body}: {text}");
    }
    let (status, _) = post_multipart(&base, "application/json", r#"{"file":"x"}"#).await;
    assert_eq!(status, 415);
    let (status, text) = post_multipart(
        &base,
        "multipart/form-data",
        &format!("{file}{meta}--b-1--\r\n"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(text.contains("no boundary"), "{text}");
}

#[tokio::test]
async fn form_fields_are_pairs_and_arrays_repeat_their_name() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    let person = client::types::AddPersonBody {
        name: "Ada L.".into(),
        age: Some(36),
        kind: Some(client::types::Kind::Photo),
        tags: Some(vec!["a&b".into(), "c".into()]),
        note: None,
        labels: Some(vec!["l".into()]),
        data: Some(serde_json::json!("{\"k\": 1}")),
    };
    c.add_person(person).await.unwrap();
    assert_eq!(
        wire.last().body,
        "name=Ada+L.&age=36&kind=photo&tags=a%26b&tags=c&labels=l&data=%7B%22k%22%3A+1%7D"
    );
    assert_eq!(content_type(&wire), "application/x-www-form-urlencoded");
    assert_eq!(
        last(&log.seen),
        "AddPersonBody { name: \"Ada L.\", age: Some(36), kind: Some(Photo), \
         tags: Some([\"a&b\", \"c\"]), note: None, labels: Some([\"l\"]), \
         data: Some(String(\"{\\\"k\\\": 1}\")) }"
    );
    // A number in the field of any value is its text; an object has no form encoding.
    let person = client::types::AddPersonBody {
        name: "Cy".into(),
        data: Some(serde_json::json!(7)),
        ..Default::default()
    };
    c.add_person(person).await.unwrap();
    assert_eq!(wire.last().body, "name=Cy&data=7");
    let person = client::types::AddPersonBody {
        name: "Di".into(),
        data: Some(serde_json::json!({"k": 1})),
        ..Default::default()
    };
    match c.add_person(person).await {
        Err(client::Error::InvalidArgument { name, .. }) => assert_eq!(name, "data"),
        other => panic!("expected an invalid argument, got {other:?}"),
    }

    // A null field is left out; one item is still an array.
    let person = client::types::AddPersonBody {
        name: "Bo".into(),
        tags: Some(vec!["x".into()]),
        note: Some(None),
        ..Default::default()
    };
    c.add_person(person).await.unwrap();
    assert_eq!(wire.last().body, "name=Bo&tags=x");
    assert_eq!(
        last(&log.seen),
        "AddPersonBody { name: \"Bo\", age: None, kind: None, tags: Some([\"x\"]), note: None, \
         labels: None, data: None }"
    );

    // An allOf of objects is one form.
    let spot = client::types::AddSpotBody {
        x: 1,
        y: -2,
        name: Some("here".into()),
    };
    c.add_spot(spot).await.unwrap();
    assert_eq!(wire.last().body, "x=1&y=-2&name=here");
    assert_eq!(
        last(&log.seen),
        r#"AddSpotBody { x: 1, y: -2, name: Some("here") }"#
    );

    let post = |body: &'static str| {
        reqwest::Client::new()
            .post(format!("{base}/people"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    for bad in [
        "age=3",
        "name=x&age=-1",
        "name=far+too+long+a+name",
        "name=x&kind=drawing",
    ] {
        assert_eq!(post(bad).await.unwrap().status().as_u16(), 400, "{bad}");
    }
}

#[tokio::test]
async fn forms_without_properties_are_maps_of_their_fields() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    let settings = [("theme", "dark & light"), ("lang", "en")]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    c.put_settings(settings).await.unwrap();
    assert_eq!(wire.last().body, "lang=en&theme=dark+%26+light");
    assert_eq!(content_type(&wire), "application/x-www-form-urlencoded");
    assert_eq!(
        last(&log.seen),
        r#"{"lang": "en", "theme": "dark & light"}"#
    );

    let limits = [("a".to_owned(), 1), ("b".to_owned(), -2)]
        .into_iter()
        .collect();
    c.put_limits(limits).await.unwrap();
    assert_eq!(wire.last().body, "a=1&b=-2");
    assert_eq!(last(&log.seen), r#"{"a": 1, "b": -2}"#);

    let response = reqwest::Client::new()
        .post(format!("{base}/limits"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("a=one")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
}
