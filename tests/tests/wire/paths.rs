//! Path parameters over the wire (fixture `wire_paths.yaml`): parameters sharing a
//! segment with text, arrays (`/users/3,4,5`, or one JSON text when given by
//! `content`), path segments encoded by RFC 3986's rules (`:` and `@` kept), and a
//! path and a query parameter of the same name.

use super::support::{self, Recorder, last};
use quay_tests::wire_paths_client as client;
use quay_tests::wire_paths_server as server;
use server::{ErrorModel, RequestContext};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    /// What the implementer received, as Debug text.
    seen: Mutex<Vec<String>>,
}

struct Recording(Arc<Log>);

impl Recording {
    fn saw(&self, text: String) {
        self.0.seen.lock().unwrap().push(text);
    }
}

impl server::Api for Recording {
    async fn get_zip(
        &self,
        _: RequestContext,
        params: server::GetZipParams,
    ) -> Result<server::GetZipResponse, ErrorModel> {
        self.saw(format!("zip {:?}", params.name));
        Ok(server::GetZipResponse::NoContent)
    }

    async fn get_media(
        &self,
        _: RequestContext,
        params: server::GetMediaParams,
    ) -> Result<server::GetMediaResponse, ErrorModel> {
        self.saw(format!(
            "media {} {:?}",
            params.segment_id, params.container
        ));
        Ok(server::GetMediaResponse::NoContent)
    }

    async fn publish_item(
        &self,
        _: RequestContext,
        params: server::PublishItemParams,
    ) -> Result<server::PublishItemResponse, ErrorModel> {
        self.saw(format!("publish {:?}", params.id));
        Ok(server::PublishItemResponse::NoContent)
    }

    async fn get_item_version(
        &self,
        _: RequestContext,
        params: server::GetItemVersionParams,
    ) -> Result<server::GetItemVersionResponse, ErrorModel> {
        self.saw(format!("version {} {:?}", params.version, params.id));
        Ok(server::GetItemVersionResponse::NoContent)
    }

    async fn get_blob(
        &self,
        _: RequestContext,
        params: server::GetBlobParams,
    ) -> Result<server::GetBlobResponse, ErrorModel> {
        self.saw(format!("blob {:?}", params.digest));
        Ok(server::GetBlobResponse::NoContent)
    }

    async fn get_users(
        &self,
        _: RequestContext,
        params: server::GetUsersParams,
    ) -> Result<server::GetUsersResponse, ErrorModel> {
        self.saw(format!("users {:?} {:?}", params.ids, params.tags));
        Ok(server::GetUsersResponse::NoContent)
    }

    async fn get_list(
        &self,
        _: RequestContext,
        params: server::GetListParams,
    ) -> Result<server::GetListResponse, ErrorModel> {
        self.saw(format!("list {:?}", params.ids));
        Ok(server::GetListResponse::NoContent)
    }

    async fn get_scope_tags(
        &self,
        _: RequestContext,
        params: server::GetScopeTagsParams,
    ) -> Result<server::GetScopeTagsResponse, ErrorModel> {
        self.saw(format!("scope tags {:?}", params.ids));
        Ok(server::GetScopeTagsResponse::NoContent)
    }

    async fn proxy_path(
        &self,
        _: RequestContext,
        params: server::ProxyPathParams,
    ) -> Result<server::ProxyPathResponse, ErrorModel> {
        self.saw(format!(
            "proxy {:?} {:?} {:?}",
            params.path, params.path_2, params.limit
        ));
        Ok(server::ProxyPathResponse::NoContent)
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
async fn parameters_sharing_a_segment_round_trip() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();

    c.get_zip("report.final v2").await.unwrap();
    assert_eq!(wire.last().path, "/files/report%2Efinal%20v2.zip");
    assert_eq!(last(&log.seen), r#"zip "report.final v2""#);

    c.get_media(42, client::types::GetMediaContainer::Webm)
        .await
        .unwrap();
    assert_eq!(wire.last().path, "/media/42.webm");
    assert_eq!(last(&log.seen), "media 42 Webm");

    c.publish_item("a:b@c").await.unwrap();
    assert_eq!(wire.last().path, "/items/a%3Ab@c:publish");
    assert_eq!(last(&log.seen), r#"publish "a:b@c""#);

    c.get_item_version(3, "x").await.unwrap();
    assert_eq!(wire.last().path, "/items/v3/x");
    assert_eq!(last(&log.seen), r#"version 3 "x""#);
}

#[tokio::test]
async fn path_segments_keep_what_rfc_3986_allows() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_blob("sha256:abc@x!$'()*,;=&+/ü").await.unwrap();
    assert_eq!(
        wire.last().path,
        "/blobs/sha256:abc@x!$'()*,%3B%3D%26%2B%2F%C3%BC"
    );
    assert_eq!(last(&log.seen), r#"blob "sha256:abc@x!$'()*,;=&+/ü""#);
}

#[tokio::test]
async fn the_router_matches_shared_segments_exactly() {
    let (base, _, _) = serve().await;
    let http = reqwest::Client::new();
    let status = |path: &'static str| {
        let http = http.clone();
        let base = base.clone();
        async move {
            http.get(format!("{base}{path}"))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(status("/files/a.zip").await, 204);
    assert_eq!(status("/files/.zip").await, 404, "an empty value");
    assert_eq!(status("/files/a.tar").await, 404, "other text");
    assert_eq!(status("/media/1.mp4").await, 204);
    assert_eq!(status("/media/x.mp4").await, 400, "not an integer");
    assert_eq!(status("/media/1.avi").await, 400, "not in the enum");
    assert_eq!(status("/items/va/x").await, 400, "not an integer");
    assert_eq!(status("/items/v/x").await, 404, "an empty value");
}

#[tokio::test]
async fn array_path_parameters_round_trip() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_users(
        vec![3, 4, 5],
        vec!["a,b".into(), "c d".into(), "e/f".into()],
    )
    .await
    .unwrap();
    assert_eq!(wire.last().path, "/users/3,4,5/tags/a%2Cb,c%20d,e%2Ff");
    assert_eq!(last(&log.seen), r#"users [3, 4, 5] ["a,b", "c d", "e/f"]"#);

    c.get_users(vec![7], vec!["x".into()]).await.unwrap();
    assert_eq!(wire.last().path, "/users/7/tags/x");
    assert_eq!(last(&log.seen), r#"users [7] ["x"]"#);

    let e = c.get_users(vec![], vec!["x".into()]).await.unwrap_err();
    assert!(
        matches!(e, client::Error::InvalidArgument { name: "ids", .. }),
        "{e}"
    );

    let http = reqwest::Client::new();
    let get = |path: &str| http.get(format!("{base}{path}")).send();
    assert_eq!(get("/users/1,x/tags/a").await.unwrap().status(), 400);
    assert_eq!(get("/users/1%2C2/tags/a").await.unwrap().status(), 400);
    assert_eq!(get("/users/1,,2/tags/a").await.unwrap().status(), 400);
    assert_eq!(get("/users//tags/a").await.unwrap().status(), 404);
    assert_eq!(get("/users/1/tags/%2C").await.unwrap().status(), 204);
    assert_eq!(last(&log.seen), r#"users [1] [","]"#);
}

#[tokio::test]
async fn json_array_path_parameters_travel_as_one_json_text() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.get_list(vec!["a".into(), "b,c".into()]).await.unwrap();
    assert_eq!(wire.last().path, "/lists/%5B%22a%22,%22b,c%22%5D");
    assert_eq!(last(&log.seen), r#"list ["a", "b,c"]"#);

    c.get_scope_tags(vec![1, 2]).await.unwrap();
    assert_eq!(wire.last().path, "/roles/scopeTags(ids=%5B1,2%5D)");
    assert_eq!(last(&log.seen), "scope tags [1, 2]");

    // Items without the JSON brackets are not the document's wire form.
    let http = reqwest::Client::new();
    let get = |path: &str| http.get(format!("{base}{path}")).send();
    assert_eq!(get("/lists/a,b").await.unwrap().status(), 400);
    assert_eq!(
        get("/roles/scopeTags(ids=1,2)").await.unwrap().status(),
        400
    );
    assert_eq!(
        get("/roles/scopeTags(ids=[3])").await.unwrap().status(),
        204
    );
    assert_eq!(last(&log.seen), "scope tags [3]");
}

#[tokio::test]
async fn a_path_and_a_query_parameter_may_share_a_name() {
    let (base, log, wire) = serve().await;
    let c = client::Client::builder(&base).build().unwrap();
    c.proxy_path("a b").path_2("x/y").limit(3).await.unwrap();
    assert_eq!(wire.last().path, "/proxy/a%20b");
    assert_eq!(wire.last().query.as_deref(), Some("path=x%2Fy&limit=3"));
    assert_eq!(last(&log.seen), r#"proxy "a b" Some("x/y") Some(3)"#);

    c.proxy_path("a").await.unwrap();
    assert_eq!(last(&log.seen), r#"proxy "a" None None"#);

    // Each is read from its own place: the query's `path` neither replaces the path's
    // nor counts as given twice.
    let http = reqwest::Client::new();
    let get = |path: &str| http.get(format!("{base}{path}")).send();
    assert_eq!(get("/proxy/p?path=q").await.unwrap().status(), 204);
    assert_eq!(last(&log.seen), r#"proxy "p" Some("q") None"#);
    let answer = get("/proxy/p?path=q&path=r").await.unwrap();
    assert_eq!(answer.status(), 400);
    let text = answer.text().await.unwrap();
    assert!(
        text.contains("`path`") && text.contains("more than once"),
        "{text}"
    );
    let answer = get("/proxy/p?limit=").await.unwrap();
    assert_eq!(
        answer.status(),
        400,
        "an empty integer is malformed, not absent"
    );
    let text = answer.text().await.unwrap();
    assert!(text.contains("`limit`"), "{text}");
}
