//! What the generated types do on the wire, beyond compiling: discriminated unions
//! decode by their tag, enums of every kind keep unknown values and the server
//! refuses them, merged allOf bounds are checked, newtypes are transparent.

use quay_tests::enums_and_tags_client::types as client;
use quay_tests::enums_and_tags_server::types as server;
use serde_json::json;

fn decode<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| e.to_string())
}

#[test]
fn a_discriminated_union_decodes_by_its_tag_not_by_order() {
    // Fits Cat's shape too (it has petType and lives), but the tag says dog.
    let dog: client::Pet = decode(json!({"petType": "dog", "bark": true, "lives": 1})).unwrap();
    assert!(matches!(dog, client::Pet::Dog(ref d) if d.bark), "{dog:?}");
    // Two mapping values select the same member.
    for tag in ["cat", "kitten"] {
        let cat: client::Pet = decode(json!({"petType": tag, "lives": 9})).unwrap();
        assert!(matches!(cat, client::Pet::Cat(ref c) if c.lives == 9 && c.pet_type == tag));
    }
    // Without a mapping, the tag is the component name.
    let animal: client::Animal = decode(json!({"petType": "Dog", "bark": false})).unwrap();
    assert!(matches!(animal, client::Animal::Dog(_)));
    // A member that does not fit its tag is an error, not another member.
    let err = decode::<client::Pet>(json!({"petType": "cat", "bark": true})).unwrap_err();
    assert!(err.contains("lives"), "{err}");
    // The tag is required, and must be a string.
    let err = decode::<client::Pet>(json!({"lives": 9})).unwrap_err();
    assert!(err.contains("petType"), "{err}");
    assert!(decode::<client::Pet>(json!({"petType": 3})).is_err());
}

#[test]
fn an_unknown_tag_is_kept_by_the_client_and_refused_by_the_server() {
    let bird = json!({"petType": "bird", "wings": 2});
    let client_side: client::Pet = decode(bird.clone()).unwrap();
    assert_eq!(client_side, client::Pet::Unknown(bird.clone()));
    assert_eq!(serde_json::to_value(&client_side).unwrap(), bird);
    use server::Validate as _;
    let server_side: server::Pet = decode(bird).unwrap();
    let invalid = server_side.validate().unwrap_err();
    assert_eq!(invalid.path, "petType");
}

#[test]
fn encoding_writes_the_tag_even_when_the_member_schema_lacks_it() {
    let dog = client::Pet::Dog(client::Dog {
        bark: true,
        flag: None,
    });
    assert_eq!(
        serde_json::to_value(&dog).unwrap(),
        json!({"bark": true, "petType": "dog"})
    );
    let cat = client::Pet::Cat(client::Cat {
        pet_type: "kitten".into(),
        lives: 3,
        mood: None,
    });
    assert_eq!(
        serde_json::to_value(&cat).unwrap(),
        json!({"petType": "kitten", "lives": 3})
    );
}

#[test]
fn integer_enums_are_typed_and_keep_unknown_values() {
    let size: client::Size = decode(json!(38)).unwrap();
    assert_eq!(size, client::Size::V38);
    assert_eq!(size.to_string(), "38");
    assert_eq!(
        decode::<client::Size>(json!(-1)).unwrap(),
        client::Size::Minus1
    );
    assert_eq!(
        decode::<client::Size>(json!(42)).unwrap(),
        client::Size::Unknown(42)
    );
    assert!(decode::<client::Size>(json!("38")).is_err());
    assert_eq!(serde_json::to_value(client::Size::V40).unwrap(), json!(40));
    assert_eq!("36".parse::<client::Size>().unwrap(), client::Size::V36);
    use server::Validate as _;
    assert!(server::Size::V36.validate().is_ok());
    let invalid = server::Size::Unknown(42).validate().unwrap_err();
    assert!(invalid.message.contains("42"), "{}", invalid.message);
}

#[test]
fn mixed_enums_match_values_exactly_and_keep_null() {
    for (value, expected) in [
        (json!(1), client::Mixed::V1),
        (json!("one"), client::Mixed::One),
        (json!(true), client::Mixed::True),
        (json!(2.5), client::Mixed::V25),
    ] {
        assert_eq!(decode::<client::Mixed>(value.clone()).unwrap(), expected);
        assert_eq!(serde_json::to_value(&expected).unwrap(), value);
    }
    assert_eq!(
        decode::<client::Mixed>(json!("two")).unwrap(),
        client::Mixed::Unknown(json!("two"))
    );
    // `null` is one of the values: the field keeps it apart from absence.
    let cat: client::Cat = decode(json!({"petType": "cat", "lives": 1, "mood": null})).unwrap();
    assert_eq!(cat.mood, Some(None));
    let cat: client::Cat = decode(json!({"petType": "cat", "lives": 1})).unwrap();
    assert_eq!(cat.mood, None);
}

#[test]
fn merged_all_of_bounds_are_checked_by_the_server() {
    use quay_tests::allof_mixed_server::types::{Job, Validate as _};
    let job = |priority: i64| -> Job {
        decode(json!({"id": "j-1", "name": "build", "priority": priority})).unwrap()
    };
    assert!(job(10).validate().is_ok());
    let invalid = job(11).validate().unwrap_err();
    assert_eq!(invalid.path, "priority");
    assert!(job(0).validate().is_err());
    // `required` beside allOf makes the inherited `name` required.
    assert!(decode::<Job>(json!({"id": "j-1"})).is_err());
}

#[test]
fn an_alias_of_itself_is_a_transparent_newtype() {
    use quay_tests::hostile_schemas_client::types::{Forest, Tree};
    let value = json!([[], [[]]]);
    let tree: Tree = decode(value.clone()).unwrap();
    assert_eq!(tree.0.len(), 2);
    assert_eq!(serde_json::to_value(&tree).unwrap(), value);
    let forest: Forest = decode(json!({"a": {"b": {}}})).unwrap();
    assert!(forest.0["a"].0.contains_key("b"));
}

#[test]
fn formats_are_real_types_that_round_trip() {
    use quay_tests::formats_client::types::{Base64, Measurement};
    let sent = json!({
        "id": "67e55044-10b1-426f-9247-bb680e5fe0c8",
        "small": 1, "big": 2, "ratio": 0.5, "exact": 0.25,
        "taken_at": "2021-12-13T11:41:16+01:00",
        "day": "2021-12-13",
        "checksum": "AAEC/w==",
    });
    let m: Measurement = decode(sent.clone()).unwrap();
    assert_eq!(m.id.to_string(), "67e55044-10b1-426f-9247-bb680e5fe0c8");
    assert_eq!(m.taken_at.offset().local_minus_utc(), 3600);
    assert_eq!(m.day.to_string(), "2021-12-13");
    assert_eq!(m.checksum, Base64(vec![0, 1, 2, 255]));
    // Encoding gives back what was sent: the offset is kept, not turned into UTC.
    assert_eq!(serde_json::to_value(&m).unwrap(), sent);
    // URL-safe and unpadded base64 decode too.
    assert_eq!(
        "AAEC_w".parse::<Base64>().unwrap(),
        Base64(vec![0, 1, 2, 255])
    );
}

#[test]
fn a_value_that_does_not_parse_is_an_error_naming_the_field() {
    use quay_tests::formats_server::types::Measurement;
    let base = json!({
        "id": "67e55044-10b1-426f-9247-bb680e5fe0c8",
        "small": 1, "big": 2, "ratio": 0.5, "exact": 0.25,
        "taken_at": "2021-12-13T11:41:16Z",
        "day": "2021-12-13",
        "checksum": "AAEC",
    });
    for (field, bad) in [
        ("id", json!("not-a-uuid")),
        ("taken_at", json!("Mon, 13 Dec 2021 11:41:16 -0000")),
        ("day", json!("13/12/2021")),
        ("checksum", json!("***")),
    ] {
        let mut value = base.clone();
        value[field] = bad;
        let err = serde_path_to_error::deserialize::<_, Measurement>(value).unwrap_err();
        assert_eq!(err.path().to_string(), field);
    }
}

#[test]
fn the_server_fills_defaults_and_does_not_demand_read_only_properties() {
    use quay_tests::field_rules_server::types::{Account, Plan, Validate as _};
    let account: Account = decode(json!({"name": "ada", "password": "secret"})).unwrap();
    assert_eq!(account.id, None);
    assert_eq!(account.seats, 5);
    assert!(account.active);
    assert_eq!(account.region, "eu-west");
    assert_eq!(account.tier, Plan::Team);
    assert!(account.tags.is_empty());
    // A default that does not fit its type is not applied.
    assert_eq!(account.limit, None);
    assert!(account.validate().is_ok());
    // What the client sends wins over the default, and is still checked.
    let account: Account =
        decode(json!({"name": "ada", "password": "p", "seats": 0, "active": false})).unwrap();
    assert!(!account.active);
    assert_eq!(account.validate().unwrap_err().path, "seats");
    // writeOnly does not relax a request: the server demands the password.
    let err = decode::<Account>(json!({"name": "ada"})).unwrap_err();
    assert!(err.contains("password"), "{err}");
}

#[test]
fn bounds_reach_through_refs_and_into_items_and_values() {
    use quay_tests::field_rules_server::types::{Bounds, Validate as _};
    let ok = json!({
        "slug": "ab", "described": "abc", "tags": ["a", "bcd"], "slugs": ["xy"],
        "grid": [[0, 1], []], "scores": {"a": 9}, "maybe": [null, 1]
    });
    assert_eq!(decode::<Bounds>(ok.clone()).unwrap().validate(), Ok(()));
    let cases = [
        ("slug", json!("a"), "slug"),
        ("described", json!("abcdef"), "described"),
        ("tags", json!(["a", "b", "c", "d"]), "tags"),
        ("tags", json!(["a", "toolong"]), "tags[1]"),
        ("slugs", json!(["ok", "x"]), "slugs[1]"),
        ("grid", json!([[0], [1, -1]]), "grid[1][1]"),
        ("scores", json!({"a": 1, "b": 10}), "scores.b"),
        ("maybe", json!([null, 2]), "maybe[1]"),
    ];
    for (field, value, path) in cases {
        let mut bad = ok.clone();
        bad[field] = value;
        let err = decode::<Bounds>(bad).unwrap().validate().unwrap_err();
        assert_eq!(err.path, path, "{field}: {err:?}");
    }
}

#[test]
fn additional_properties_false_is_enforced_by_the_server_only() {
    use quay_tests::field_rules_client::types as client;
    use quay_tests::field_rules_server::types as server;
    let extra = json!({"id": "a1", "name": "ada", "password": "p", "nickname": "x"});
    let err = decode::<server::Account>(extra.clone()).unwrap_err();
    assert!(err.contains("nickname"), "{err}");
    // The client stays tolerant, and does not demand the write-only password in a
    // response.
    let seen: client::Account = decode(json!({"id": "a1", "name": "ada", "more": 1})).unwrap();
    assert_eq!(seen.password, None);
    assert_eq!(seen.id.as_deref(), Some("a1"));
    // A merge of allOf members is not closed by one closed member.
    let merged: server::Extended = decode(json!({"base": "b", "extra": "e"})).unwrap();
    assert_eq!(merged.extra.as_deref(), Some("e"));
}

#[test]
fn alternatives_beside_properties_are_flattened_unions() {
    use quay_tests::oneof_mixed_client::types::{
        Email, Notification, NotificationVariant, Queued, QueuedVariant, Sms,
    };
    let n: Notification = decode(json!({"text": "hi", "number": "+3312"})).unwrap();
    assert_eq!(n.text, "hi");
    assert_eq!(
        n.variant,
        NotificationVariant::Sms(Sms {
            number: "+3312".into()
        })
    );
    assert_eq!(
        serde_json::to_value(&n).unwrap(),
        json!({"text": "hi", "number": "+3312"})
    );
    // The object's own required property is still required.
    assert!(decode::<Notification>(json!({"address": "a@b"})).is_err());
    // A discriminated member of allOf: decoded by its tag, the tag written back.
    let q: Queued = decode(json!({"id": "q1", "channel": "email", "address": "a@b"})).unwrap();
    assert_eq!(
        q.variant,
        QueuedVariant::Email(Email {
            address: "a@b".into()
        })
    );
    assert_eq!(
        serde_json::to_value(&q).unwrap(),
        json!({"id": "q1", "address": "a@b", "channel": "email"})
    );
}

#[test]
fn keywords_that_do_not_apply_to_the_declared_type_constrain_nothing() {
    use quay_tests::stray_keywords_client::types as stray;
    // `type: array` with `properties` and `required`: an array of its items.
    let jobs: stray::Jobs = decode(json!(["a", "b"])).unwrap();
    assert_eq!(jobs, vec!["a".to_owned(), "b".to_owned()]);
    assert!(decode::<stray::Jobs>(json!({"links": []})).is_err());
    // `items` beside a oneOf without `type` apply to the array alternative only.
    let c: stray::Container = decode(json!({"cmd": ["ls", "-l"]})).unwrap();
    assert_eq!(
        c.cmd,
        stray::ContainerCmd::Array(vec!["ls".into(), "-l".into()])
    );
    let c: stray::Container = decode(json!({"cmd": "ls -l"})).unwrap();
    assert_eq!(c.cmd, stray::ContainerCmd::String("ls -l".into()));
    assert!(decode::<stray::Container>(json!({"cmd": [1, 2]})).is_err());
    let c: stray::Container = decode(json!({"cmd": "x", "fields": [{"a": 1}]})).unwrap();
    assert!(matches!(c.fields, Some(Some(stray::ContainerFields::Array(ref v))) if v.len() == 1));
    assert!(decode::<stray::Container>(json!({"cmd": "x", "fields": [1]})).is_err());
    // `type: string` with `properties` is a string; `type: object` with `items` a map.
    let c: stray::Container =
        decode(json!({"cmd": "x", "name": "n", "labels": {"k": "v"}})).unwrap();
    assert_eq!(c.name.as_deref(), Some("n"));
    assert_eq!(c.labels.unwrap()["k"], "v");
}

mod by_json_type {
    //! A discriminated union whose members are not all objects: an array, string,
    //! number or boolean value picks the member of that JSON type, an object its tag.

    use super::decode;
    use quay_tests::tagged_kinds_client::types as client;
    use quay_tests::tagged_kinds_server::types as server;
    use quay_tests::tagged_kinds_server::types::Validate as _;
    use serde_json::json;

    #[test]
    fn an_array_is_the_array_member_and_an_object_goes_by_its_tag() {
        let listing = json!([{"type": "file", "name": "a"}, {"type": "dir", "name": "b"}]);
        let dir: client::Content = decode(listing.clone()).unwrap();
        match &dir {
            client::Content::Directory(entries) => {
                assert_eq!(entries.len(), 2);
                assert_eq!(entries[1].name, "b");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(serde_json::to_value(&dir).unwrap(), listing);

        let file: client::Content = decode(json!({"type": "file", "size": 3})).unwrap();
        assert!(
            matches!(file, client::Content::File(ref f) if f.size == 3),
            "{file:?}"
        );
        // A member without the tag property gets it written on encode.
        let link: client::Content = decode(json!({"type": "symlink", "target": "a"})).unwrap();
        assert!(matches!(link, client::Content::Symlink(ref s) if s.target == "a"));
        assert_eq!(
            serde_json::to_value(&link).unwrap(),
            json!({"type": "symlink", "target": "a"})
        );
        // The tag mapped to the array member does not make an object an array.
        let odd = json!({"type": "array", "name": "x"});
        assert_eq!(
            decode::<client::Content>(odd.clone()).unwrap(),
            client::Content::Unknown(odd)
        );
        // An empty array is still a listing.
        assert_eq!(
            decode::<client::Content>(json!([])).unwrap(),
            client::Content::Directory(Vec::new())
        );
    }

    #[test]
    fn a_json_type_with_no_member_is_an_error() {
        let err = decode::<client::Content>(json!("text")).unwrap_err();
        assert!(err.contains("expected an object or a JSON array"), "{err}");
        assert!(decode::<client::Content>(json!(3)).is_err());
        assert!(decode::<client::Content>(json!(null)).is_err());
        // An array whose items do not fit is an error, not another member.
        assert!(decode::<client::Content>(json!([{"name": "no type"}])).is_err());
    }

    #[test]
    fn each_json_type_picks_its_member_both_ways() {
        let cases = [
            (json!("a label"), "Label"),
            (json!(7), "Level"),
            (json!(true), "Switch"),
            (json!({"type": "File", "size": 1}), "File"),
        ];
        for (value, member) in cases {
            let client_side: client::Setting = decode(value.clone()).unwrap();
            assert!(
                format!("{client_side:?}").starts_with(member),
                "{client_side:?}"
            );
            assert_eq!(serde_json::to_value(&client_side).unwrap(), value);
            let server_side: server::Setting = decode(value.clone()).unwrap();
            assert!(server_side.validate().is_ok(), "{value}");
            assert_eq!(serde_json::to_value(&server_side).unwrap(), value);
        }
        assert!(matches!(
            decode::<client::Setting>(json!(7)).unwrap(),
            client::Setting::Level(7)
        ));
        // The server checks the chosen member's bounds.
        let negative: server::Setting = decode(json!({"type": "File", "size": -1})).unwrap();
        assert!(negative.validate().is_err());
        assert!(decode::<server::Setting>(json!([1])).is_err());
    }

    #[test]
    fn inline_members_go_by_the_tags_their_enum_lists() {
        let aim = json!({"condition_type": "Aim", "op": "open"});
        let got: client::Condition = decode(aim.clone()).unwrap();
        assert!(
            matches!(&got, client::Condition::Condition1(c) if c.op == "open"),
            "{got:?}"
        );
        assert_eq!(serde_json::to_value(&got).unwrap(), aim);
        // Either value of the second member's enum picks it.
        for tag in ["Date", "Timestamp"] {
            let value = json!({"condition_type": tag, "value": 3});
            let got: server::Condition = decode(value.clone()).unwrap();
            assert!(
                matches!(&got, server::Condition::Condition2(c) if c.value == 3),
                "{got:?}"
            );
            assert!(got.validate().is_ok());
            assert_eq!(serde_json::to_value(&got).unwrap(), value);
        }
        // The member a tag picks must fit: no falling back to another member.
        assert!(decode::<client::Condition>(json!({"condition_type": "Aim", "value": 3})).is_err());
        let other = json!({"condition_type": "Interests", "op": "one"});
        assert_eq!(
            decode::<client::Condition>(other.clone()).unwrap(),
            client::Condition::Unknown(other)
        );
        let negative: server::Condition =
            decode(json!({"condition_type": "Date", "value": -1})).unwrap();
        assert!(negative.validate().is_err());
    }
}

#[test]
fn generated_struct_decoders_keep_serde_semantics_whatever_the_names() {
    use quay_tests::hostile_names_client::types as client;
    use quay_tests::hostile_names_server::types as server;
    // Properties named like the decoder's own locals and helpers, and an unknown
    // property holding nested values, which is skipped.
    let full = json!({
        "map": "m", "map_": 2, "take_field": "t", "take_field_value": true,
        "next_field": null, "deserializer": "d", "A": "a", "Self": "s", "serde": "x",
        "unknown": {"deep": [1, {"x": null}]}
    });
    let d: server::Decoder = decode(full.clone()).unwrap();
    assert_eq!(
        (d.map.as_str(), d.map_2, d.take_field.as_str()),
        ("m", Some(2), "t")
    );
    assert_eq!(d.take_field_value, Some(true));
    assert_eq!(d.next_field, Some(None), "null kept apart from absent");
    assert_eq!(
        (
            d.deserializer.as_deref(),
            d.a.as_deref(),
            d.self_.as_deref()
        ),
        (Some("d"), Some("a"), Some("s"))
    );
    assert_eq!(d.serde.as_deref(), Some("x"));
    let mut back = full.clone();
    back.as_object_mut().unwrap().remove("unknown");
    assert_eq!(serde_json::to_value(&d).unwrap(), back);
    let c: client::Decoder = decode(full).unwrap();
    assert_eq!(serde_json::to_value(&c).unwrap(), back);

    let minimal: server::Decoder = decode(json!({"map": "m", "take_field": "t"})).unwrap();
    assert_eq!((minimal.map_2, minimal.next_field), (None, None));
    // Required, given once, an object: the errors serde's derive gives.
    let err = decode::<server::Decoder>(json!({"map": "m"})).unwrap_err();
    assert!(err.contains("missing field `take_field`"), "{err}");
    let err = serde_json::from_str::<server::Decoder>(r#"{"map":"a","take_field":"t","map":"b"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate field `map`"), "{err}");
    let err = decode::<client::Decoder>(json!(["m", "t"])).unwrap_err();
    assert!(err.contains("expected struct Decoder"), "{err}");
    // `null` for an optional property that is not nullable: refused by the server,
    // absent for the client.
    let with_null = json!({"map": "m", "take_field": "t", "deserializer": null});
    let err = decode::<server::Decoder>(with_null.clone()).unwrap_err();
    assert!(err.contains("null"), "{err}");
    let c: client::Decoder = decode(with_null).unwrap();
    assert_eq!(c.deserializer, None);
}

#[test]
fn a_struct_of_more_than_64_properties_refuses_each_given_twice() {
    use quay_tests::hostile_names_server::types::Wide;
    let all: serde_json::Map<String, serde_json::Value> =
        (0..66).map(|i| (format!("p{i}"), json!(i))).collect();
    let wide: Wide = decode(serde_json::Value::Object(all)).unwrap();
    assert_eq!(
        (wide.p0, wide.p63, wide.p64, wide.p65),
        (Some(0), Some(63), Some(64), 65)
    );
    let err = decode::<Wide>(json!({"p1": 1})).unwrap_err();
    assert!(err.contains("missing field `p65`"), "{err}");
    // A property given twice is refused in the first 64 and beyond them, and one of
    // each given once is not mistaken for the other.
    let ok: Wide = serde_json::from_str(r#"{"p65":1,"p1":2,"p64":3}"#).unwrap();
    assert_eq!((ok.p1, ok.p64, ok.p65), (Some(2), Some(3), 1));
    for (text, twice) in [
        (r#"{"p65":1,"p3":2,"p64":3,"p3":4}"#, "p3"),
        (r#"{"p65":1,"p64":2,"p1":3,"p64":4}"#, "p64"),
        (r#"{"p65":1,"p65":2}"#, "p65"),
    ] {
        let err = serde_json::from_str::<Wide>(text).unwrap_err().to_string();
        assert!(
            err.contains(&format!("duplicate field `{twice}`")),
            "{text}: {err}"
        );
    }
}

#[test]
fn generated_struct_encoders_make_the_calls_serde_derive_makes() {
    use quay_tests::hostile_names_client::types::Decoder;
    use serde_test::{Token, assert_ser_tokens};
    // The struct's length counts the present properties only (a format that writes
    // lengths up front, such as CBOR, depends on it); absent optional ones are left out;
    // `Some(None)` is written as the `Option` it is (null), not skipped. Members named
    // like the impl's own locals (`out`, `present`, `serializer`) are its fields.
    let mut d = Decoder {
        map: "m".into(),
        map_2: None,
        take_field: "t".into(),
        take_field_value: Some(true),
        next_field: Some(None),
        deserializer: None,
        a: None,
        self_: None,
        serde: None,
        out: None,
        present: None,
        serializer: Some("s".into()),
    };
    assert_ser_tokens(
        &d,
        &[
            Token::Struct {
                name: "Decoder",
                len: 5,
            },
            Token::Str("map"),
            Token::Str("m"),
            Token::Str("take_field"),
            Token::Str("t"),
            Token::Str("take_field_value"),
            Token::Some,
            Token::Bool(true),
            Token::Str("next_field"),
            Token::Some,
            Token::None,
            Token::Str("serializer"),
            Token::Some,
            Token::Str("s"),
            Token::StructEnd,
        ],
    );
    d.take_field_value = None;
    d.next_field = None;
    d.self_ = Some("s".into());
    d.serializer = None;
    assert_ser_tokens(
        &d,
        &[
            Token::Struct {
                name: "Decoder",
                len: 3,
            },
            Token::Str("map"),
            Token::Str("m"),
            Token::Str("take_field"),
            Token::Str("t"),
            Token::Str("Self"),
            Token::Some,
            Token::Str("s"),
            Token::StructEnd,
        ],
    );
}
