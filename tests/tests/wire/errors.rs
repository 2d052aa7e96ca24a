//! Error bodies (fixture `wire_errors.yaml`): the client decodes each error status
//! into the schema the document declares for it, whatever its shape.

use super::support;
use axum::http::StatusCode;
use quay_tests::wire_errors_client as client;
use quay_tests::wire_errors_server as server;
use server::{ErrorModel, GetPetParams, GetPetResponse, RequestContext, types};

struct Pets;

impl server::Api for Pets {
    async fn get_pet(
        &self,
        _: RequestContext,
        params: GetPetParams,
    ) -> Result<GetPetResponse, ErrorModel> {
        Ok(match params.id.as_str() {
            "rex" => GetPetResponse::Ok(types::Pet { name: "Rex".into() }),
            "gone" => GetPetResponse::NotFound(types::NotFound {
                code: "E404".into(),
                missing: "gone".into(),
            }),
            "teapot" => GetPetResponse::Status4xx(
                StatusCode::IM_A_TEAPOT,
                vec!["short".into(), "stout".into()],
            ),
            "broken" => GetPetResponse::Default(
                StatusCode::BAD_GATEWAY,
                types::Problem {
                    title: "upstream".into(),
                    detail: Some("down".into()),
                },
            ),
            _ => return Err(server::error(StatusCode::GONE, "gone", "the error model")),
        })
    }
}

struct Nobody;

impl server::Authenticator for Nobody {}

#[tokio::test]
async fn each_status_decodes_into_its_declared_schema() {
    let app = server::router(Pets, Nobody, server::ServerConfig::default());
    let (base, _) = support::serve(app).await;
    let c = client::Client::builder(base).build().unwrap();

    assert_eq!(c.get_pet("rex").await.unwrap().name, "Rex");

    let e = c.get_pet("gone").await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        e.declared(),
        Some(&client::DeclaredError::NotFound(client::types::NotFound {
            code: "E404".into(),
            missing: "gone".into(),
        }))
    );

    let e = c.get_pet("teapot").await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(
        e.declared(),
        Some(&client::DeclaredError::Value(vec![
            "short".into(),
            "stout".into()
        ]))
    );

    let e = c.get_pet("broken").await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(502));
    let Some(client::DeclaredError::Problem(problem)) = e.declared() else {
        panic!("{e:?}");
    };
    assert_eq!(problem.detail.as_deref(), Some("down"));

    // A body of another shape than declared falls back to the error model, or raw.
    let e = c.get_pet("other").await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(410));
    assert_eq!(e.declared(), None);
    assert_eq!(e.api_error().map(|m| m.status), Some(410));
}
