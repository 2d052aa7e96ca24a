//! Bracketed keys over the wire (fixture `wire_nested.yaml`), the way Stripe's API
//! takes them: `deepObject` query parameters holding nested objects, arrays, arrays
//! of objects and unions of an object and a scalar, and form bodies whose `encoding`
//! gives fields `style: deepObject`. The raw request is checked as it arrives, and
//! the typed values as the implementer gets them; the router refuses what does not
//! fit.

use super::support::{self, Recorder, raw_get as raw};
use quay_tests::wire_nested_client as client;
use quay_tests::wire_nested_server as server;
use server::{ErrorModel, ListChargesParams, RequestContext};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Log {
    lists: Mutex<Vec<ListChargesParams>>,
    charges: Mutex<Vec<server::types::CreateChargeBody>>,
}

struct Recording(Arc<Log>);

impl server::Api for Recording {
    async fn list_charges(
        &self,
        _: RequestContext,
        params: ListChargesParams,
    ) -> Result<server::ListChargesResponse, ErrorModel> {
        self.0.lists.lock().unwrap().push(params);
        Ok(server::ListChargesResponse::NoContent)
    }

    async fn create_charge(
        &self,
        _: RequestContext,
        body: server::types::CreateChargeBody,
    ) -> Result<server::CreateChargeResponse, ErrorModel> {
        self.0.charges.lock().unwrap().push(body);
        Ok(server::CreateChargeResponse::NoContent)
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

/// Decodes percent-encoded brackets, so that expected query strings read as keys.
fn brackets(raw: &str) -> String {
    raw.replace("%5B", "[").replace("%5D", "]")
}

#[tokio::test]
async fn nested_query_values_round_trip() {
    use client::types as c;
    use server::types as s;
    let (base, log, wire) = serve().await;
    let cl = client::Client::builder(&base).build().unwrap();
    cl.list_charges()
        .created(c::ListChargesCreated::Range(c::Range {
            gt: Some(5),
            lte: Some(9),
            ..Default::default()
        }))
        .expand(vec!["customer".into(), "invoice.lines".into()])
        .filter(c::ListChargesFilter {
            card: Some(c::ListChargesFilterCard {
                brand: Some("visa & co".into()),
                exp: Some(c::Expiry {
                    month: 4,
                    year: 2030,
                }),
            }),
            tags: Some(vec!["a".into(), "b".into()]),
        })
        .lines(vec![
            c::Line {
                price: "p1".into(),
                quantity: Some(2),
            },
            c::Line {
                price: "p2".into(),
                quantity: None,
            },
        ])
        .limit(3)
        .await
        .unwrap();

    let query = wire.first().query.unwrap();
    assert_eq!(
        brackets(&query),
        concat!(
            "created[gt]=5&created[lte]=9",
            "&expand[0]=customer&expand[1]=invoice.lines",
            "&filter[card][brand]=visa+%26+co&filter[card][exp][month]=4&filter[card][exp][year]=2030",
            "&filter[tags][0]=a&filter[tags][1]=b",
            "&lines[0][price]=p1&lines[0][quantity]=2&lines[1][price]=p2",
            "&limit=3",
        )
    );
    // Brackets travel percent-encoded, as a form encoder writes them.
    assert!(query.starts_with("created%5Bgt%5D=5"), "{query}");

    let got = support::last(&log.lists);
    assert_eq!(
        got.created,
        Some(s::ListChargesCreated::Range(s::Range {
            gt: Some(5),
            lte: Some(9),
            ..Default::default()
        }))
    );
    assert_eq!(
        got.expand.as_deref(),
        Some(&["customer".to_owned(), "invoice.lines".to_owned()][..])
    );
    let filter = got.filter.unwrap();
    let card = filter.card.unwrap();
    assert_eq!(card.brand.as_deref(), Some("visa & co"));
    assert_eq!(
        card.exp,
        Some(s::Expiry {
            month: 4,
            year: 2030
        })
    );
    assert_eq!(filter.tags, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(
        got.lines,
        Some(vec![
            s::Line {
                price: "p1".into(),
                quantity: Some(2)
            },
            s::Line {
                price: "p2".into(),
                quantity: None
            },
        ])
    );
    assert_eq!(got.limit, Some(3));

    // The scalar alternative of the union travels as `name=value`.
    cl.list_charges()
        .created(c::ListChargesCreated::Integer(1700000000))
        .await
        .unwrap();
    assert_eq!(wire.last().query.as_deref(), Some("created=1700000000"));
    assert_eq!(
        support::last(&log.lists).created,
        Some(s::ListChargesCreated::Integer(1700000000))
    );

    // An empty array is an empty value, so that it is not lost.
    cl.list_charges().expand(Vec::new()).await.unwrap();
    assert_eq!(wire.last().query.as_deref(), Some("expand="));
    assert_eq!(support::last(&log.lists).expand, Some(Vec::new()));
}

#[tokio::test]
async fn the_router_reads_bracketed_keys_as_clients_write_them() {
    let (base, log, _) = serve().await;
    // `[]` is the next item; indices are read in their order, whatever the order of
    // the pairs; brackets may come percent-encoded or not.
    let (status, body) = raw(
        &base,
        "/charges?expand[]=a&expand[]=b&lines%5B1%5D%5Bprice%5D=second&lines[0][price]=first&lines[0][quantity]=7",
        &[],
    )
    .await;
    assert_eq!(status, 204, "{body}");
    let got = support::last(&log.lists);
    assert_eq!(got.expand, Some(vec!["a".to_owned(), "b".to_owned()]));
    let lines = got.lines.unwrap();
    assert_eq!(
        lines
            .iter()
            .map(|l| (l.price.as_str(), l.quantity))
            .collect::<Vec<_>>(),
        [("first", Some(7)), ("second", None)]
    );

    let deep = format!("/charges?filter{}=1", "[x]".repeat(40));
    for (query, naming) in [
        // Not an integer, inside a union of an object and an integer.
        ("/charges?created[gt]=soon", "created"),
        // Validation reaches inside: a month is at most 12.
        (
            "/charges?filter[card][exp][month]=13&filter[card][exp][year]=1",
            "month",
        ),
        // A required property missing deep inside.
        ("/charges?lines[0][quantity]=1", "price"),
        // An index beside a key, a value beside keys, a key that does not close.
        ("/charges?expand[0]=a&expand[x]=b", "expand"),
        ("/charges?filter=a&filter[tags][0]=b", "filter"),
        ("/charges?filter[card=x", "filter"),
        // Keys nested past the limit.
        (&*deep, "deeper"),
    ] {
        let (status, body) = raw(&base, query, &[]).await;
        assert_eq!(status, 400, "{query}: {body}");
        let error: serde_json::Value = serde_json::from_str(&body).unwrap();
        let detail = error["detail"].as_str().unwrap();
        assert!(detail.contains(naming), "{query}: {detail}");
    }
}

fn map(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
    entries
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn nested_form_fields_round_trip() {
    use client::types as c;
    use server::types as s;
    let (base, log, wire) = serve().await;
    let cl = client::Client::builder(&base).build().unwrap();
    let body = c::CreateChargeBody {
        amount: 250,
        description: Some("two [things]".into()),
        tags: Some(vec!["x".into(), "y".into()]),
        card: c::CreateChargeBodyCard {
            number: "4242".into(),
            exp: c::Expiry {
                month: 12,
                year: 2031,
            },
        },
        expand: Some(vec!["customer".into()]),
        lines: Some(vec![c::Line {
            price: "p1".into(),
            quantity: Some(1),
        }]),
        // A value that reads as a number, in a map of strings, beside an integer
        // inside a union: each place decodes as its type asks.
        metadata: Some(c::CreateChargeBodyMetadata::Object(map(&[
            ("order", "7"),
            ("note", "true"),
        ]))),
        shipping: Some(c::CreateChargeBodyShipping::CreateChargeBodyShipping1(
            c::CreateChargeBodyShipping1 {
                name: "Al".into(),
                floor: Some(3),
            },
        )),
    };
    cl.create_charge(body).await.unwrap();

    let wire = wire.first();
    assert_eq!(
        wire.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        brackets(&wire.body),
        concat!(
            "amount=250&description=two+[things]&tags=x&tags=y",
            "&card[exp][month]=12&card[exp][year]=2031&card[number]=4242",
            "&expand[0]=customer",
            "&lines[0][price]=p1&lines[0][quantity]=1",
            "&metadata[note]=true&metadata[order]=7",
            "&shipping[floor]=3&shipping[name]=Al",
        )
    );

    let got = support::last(&log.charges);
    assert_eq!(got.amount, 250);
    assert_eq!(got.description.as_deref(), Some("two [things]"));
    assert_eq!(got.tags, Some(vec!["x".to_owned(), "y".to_owned()]));
    assert_eq!(
        got.card,
        s::CreateChargeBodyCard {
            number: "4242".into(),
            exp: s::Expiry {
                month: 12,
                year: 2031
            },
        }
    );
    assert_eq!(got.expand, Some(vec!["customer".to_owned()]));
    assert_eq!(got.lines.unwrap()[0].quantity, Some(1));
    assert_eq!(
        got.metadata,
        Some(s::CreateChargeBodyMetadata::Object(map(&[
            ("order", "7"),
            ("note", "true"),
        ])))
    );
    assert_eq!(
        got.shipping,
        Some(s::CreateChargeBodyShipping::CreateChargeBodyShipping1(
            s::CreateChargeBodyShipping1 {
                name: "Al".into(),
                floor: Some(3),
            }
        ))
    );

    // The empty string that clears a value travels as `name=`.
    let clear = c::CreateChargeBody {
        amount: 1,
        card: c::CreateChargeBodyCard {
            number: "1".into(),
            exp: c::Expiry { month: 1, year: 1 },
        },
        metadata: Some(c::CreateChargeBodyMetadata::CreateChargeBodyMetadata2(
            c::CreateChargeBodyMetadata2::Empty,
        )),
        description: None,
        tags: None,
        expand: None,
        lines: None,
        shipping: None,
    };
    cl.create_charge(clear).await.unwrap();
    assert!(
        support::last(&log.charges).metadata
            == Some(s::CreateChargeBodyMetadata::CreateChargeBodyMetadata2(
                s::CreateChargeBodyMetadata2::Empty
            ))
    );
}

async fn post_form(base: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{base}/charges"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn the_router_refuses_nested_form_fields_that_do_not_fit() {
    let (base, log, _) = serve().await;
    let ok = "amount=5&card[number]=4&card[exp][month]=1&card[exp][year]=2";
    let (status, body) = post_form(&base, ok).await;
    assert_eq!(status, 204, "{body}");
    assert_eq!(support::last(&log.charges).card.exp.year, 2);

    for (form, naming) in [
        (
            "amount=5&card[number]=4&card[exp][month]=1",
            "`card.exp`: missing field `year`",
        ),
        (
            "amount=5&card[number]=4&card[exp][month]=13&card[exp][year]=2",
            "card.exp.month",
        ),
        (
            "amount=0&card[number]=4&card[exp][month]=1&card[exp][year]=2",
            "amount",
        ),
        (
            &*format!("{ok}&card[number]=5"),
            "`card.number`: expected one value, found 2",
        ),
        (&*format!("{ok}&lines[0][price]=a&lines[0]=b"), "lines"),
        (&*format!("{ok}&shipping[floor]=3"), "shipping"),
        (
            "card[number]=4&card[exp][month]=1&card[exp][year]=2",
            "missing field `amount`",
        ),
    ] {
        let (status, body) = post_form(&base, form).await;
        assert_eq!(status, 400, "{form}: {body}");
        let error: serde_json::Value = serde_json::from_str(&body).unwrap();
        let detail = error["detail"].as_str().unwrap();
        assert!(detail.contains(naming), "{form}: {detail}");
    }
}
