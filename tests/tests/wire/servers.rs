//! The document's servers (fixture `wire_servers.yaml`): offered by the client with
//! their variables filled in; callbacks and links are ignored, not refused.

use quay_tests::wire_servers_client as client;

#[test]
fn servers_are_offered_with_their_variables_filled() {
    let regional = &client::SERVERS[0];
    assert_eq!(regional.description, Some("The regional API."));
    assert_eq!(regional.default_url(), "https://eu.api.example.com:443/v2");
    assert_eq!(
        regional
            .url_with(&[("region", "us"), ("port", "8443")])
            .unwrap(),
        "https://us.api.example.com:8443/v2"
    );
    let refused = regional.url_with(&[("region", "mars")]).unwrap_err();
    assert!(
        refused.to_string().contains("\"mars\" is not one of"),
        "{refused}"
    );
    assert!(regional.url_with(&[("zone", "a")]).is_err());
    assert_eq!(client::SERVERS[1].default_url(), "/relative");

    let built = client::Client::builder(regional.default_url())
        .build()
        .unwrap();
    assert_eq!(built.base_url(), "https://eu.api.example.com:443/v2");
}
