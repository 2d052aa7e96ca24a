//! The raw document: YAML (or JSON) text -> `serde_json::Value`, refusing what JSON
//! cannot hold, and finding the line of a JSON pointer in the text.

use crate::error::{Error, Location, Pointer, Result};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// How deeply the document may nest. Real documents stay far below; the limit keeps
/// every later pass (all recursive) away from the stack's end.
pub(crate) const MAX_DEPTH: usize = 96;

/// Parses the text into a JSON value: as JSON when it is a JSON object (faster, and
/// JSON allows characters YAML does not), else as YAML 1.2.
pub(super) fn parse(text: &str) -> Result<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|err| {
            let mut e = Error::at(&Pointer::root(), format!("invalid document: {err}"));
            if err.line() > 0 {
                e.location = Some(Location {
                    line: err.line(),
                    column: err.column(),
                });
            }
            e
        })?
    } else {
        let state = State::default();
        let de = serde_yaml::Deserializer::from_str(text);
        match (Build { state: &state }).deserialize(de) {
            Ok(value) => value,
            Err(err) => {
                if let Some(failure) = state.failure.take() {
                    return Err(failure);
                }
                let mut e = Error::at(&Pointer::root(), format!("invalid document: {err}"));
                e.location = err.location().map(|l| Location {
                    line: l.line(),
                    column: l.column(),
                });
                return Err(e);
            }
        }
    };
    if let Err(mut path) = check_depth(&value, 0) {
        path.reverse();
        let at = path
            .iter()
            .fold(Pointer::root(), |at, token| at.push(token));
        return Err(Error::at(
            &at,
            format!("the document nests more than {MAX_DEPTH} levels deep here"),
        ));
    }
    Ok(value)
}

/// The path (innermost token first) to the first node nested deeper than
/// `MAX_DEPTH`; the pointer is built only then, not for every node.
fn check_depth(value: &Value, depth: usize) -> std::result::Result<(), Vec<String>> {
    if depth > MAX_DEPTH {
        return Err(Vec::new());
    }
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                if matches!(v, Value::Array(_) | Value::Object(_)) {
                    check_depth(v, depth + 1).map_err(|mut path| {
                        path.push(i.to_string());
                        path
                    })?;
                }
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if matches!(v, Value::Array(_) | Value::Object(_)) {
                    check_depth(v, depth + 1).map_err(|mut path| {
                        path.push(k.clone());
                        path
                    })?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The place being read, and the first failure of ours (which the YAML error that
/// carries it out cannot hold).
#[derive(Default)]
struct State {
    path: std::cell::RefCell<Vec<String>>,
    failure: std::cell::RefCell<Option<Error>>,
}

impl State {
    fn fail<E: de::Error>(&self, message: String) -> E {
        let mut pointer = Pointer::root();
        for token in self.path.borrow().iter() {
            pointer = pointer.push(token);
        }
        self.failure
            .borrow_mut()
            .get_or_insert_with(|| Error::at(&pointer, message.clone()));
        E::custom(message)
    }
}

/// Builds a JSON value straight from the YAML events: integers beyond 64 bits become
/// floating-point numbers (as JSON readers take them), non-finite numbers are
/// refused at their node, keys become strings (YAML's `200:` is the key `"200"`),
/// tags are dropped.
#[derive(Clone, Copy)]
struct Build<'s> {
    state: &'s State,
}

impl<'de> DeserializeSeed<'de> for Build<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Build<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(i), _) => Ok(i.into()),
            (_, Ok(u)) => Ok(u.into()),
            #[allow(clippy::cast_precision_loss, reason = "as any JSON reader takes it")]
            _ => self.visit_f64(v as f64),
        }
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        match u64::try_from(v) {
            Ok(u) => Ok(u.into()),
            #[allow(clippy::cast_precision_loss, reason = "as any JSON reader takes it")]
            Err(_) => self.visit_f64(v as f64),
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v).map(Value::Number).ok_or_else(|| {
            self.state.fail(format!(
                "{v} is not a JSON number: write a finite number, or leave the keyword out"
            ))
        })
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            self.state.path.borrow_mut().push(items.len().to_string());
            let next = seq.next_element_seed(self);
            self.state.path.borrow_mut().pop();
            match next? {
                Some(v) => items.push(v),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<KeyText>()? {
            let Some(key) = key.0 else {
                return Err(self.state.fail(
                    "a mapping key here is itself a list or a mapping; JSON keys are strings"
                        .to_owned(),
                ));
            };
            self.state.path.borrow_mut().push(key.clone());
            let value = map.next_value_seed(self);
            self.state.path.borrow_mut().pop();
            out.insert(key, value?);
        }
        Ok(Value::Object(out))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        // A YAML tag (`!foo bar`) has no meaning in OpenAPI: the value stands for itself.
        let (_, variant) = data.variant::<IgnoredAny>()?;
        de::VariantAccess::newtype_variant_seed(variant, self)
    }
}

/// The line and column where the node at `pointer` starts in `text`, if it is there.
pub(crate) fn locate(text: &str, pointer: &str) -> Option<Location> {
    let tokens = Pointer::tokens(pointer);
    let de = serde_yaml::Deserializer::from_str(text);
    match (Seek { path: &tokens }).deserialize(de) {
        Err(err) if err.to_string().contains(FOUND) => err.location().map(|l| Location {
            line: l.line(),
            column: l.column(),
        }),
        _ => None,
    }
}

const FOUND: &str = "\u{0}found";

/// Walks down the document along `path`, skipping everything else, and stops with an
/// error at the target node: the YAML deserializer marks that error with the node's
/// position.
struct Seek<'p> {
    path: &'p [String],
}

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if self.path.is_empty() {
            d.deserialize_any(Found)
        } else {
            d.deserialize_any(self)
        }
    }
}

impl<'de> Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<KeyText>()? {
            if key.0.as_deref() == Some(self.path[0].as_str()) {
                return map.next_value_seed(Seek {
                    path: &self.path[1..],
                });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Ok(wanted) = self.path[0].parse::<usize>() else {
            return Ok(());
        };
        for _ in 0..wanted {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Seek {
            path: &self.path[1..],
        })
        .map(|_| ())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Any visit is the target.
struct Found;

impl<'de> Visitor<'de> for Found {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(FOUND))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(FOUND))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
}

/// A mapping key of any scalar type, as text; `None` for a list or mapping.
struct KeyText(Option<String>);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'a> Visitor<'a> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_owned())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText(Some("null".to_owned())))
            }
            fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<KeyText, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(KeyText(None))
            }
            fn visit_seq<A: SeqAccess<'a>>(self, mut seq: A) -> Result<KeyText, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(KeyText(None))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_pointers() {
        let text = "a:\n  b: [1, {c: 2}]\n  '200':\n    d: x\n";
        let at = |p: &str| locate(text, p).map(|l| (l.line, l.column));
        assert_eq!(at("/a/b/1/c"), Some((2, 14)));
        assert_eq!(at("/a/200/d"), Some((4, 8)));
        assert_eq!(at("/a/200"), Some((4, 5)));
        assert_eq!(at("/a/zz"), None);
    }

    /// Too deep a document is refused at the first node past the limit.
    #[test]
    fn depth_is_capped_at_its_node() {
        let depth = MAX_DEPTH + 5;
        let text = format!(
            "{{\"x\": [1, {}{}]}}",
            "{\"a/b\": [".repeat(depth / 2),
            "]}".repeat(depth / 2)
        );
        let err = parse(&text).expect_err("too deep");
        let mut expected = "/x/1".to_owned();
        // Depths: the root 0, `/x` 1, `/x/1` 2, then arrays at odd depths, objects
        // at even ones.
        for level in 3..=MAX_DEPTH + 1 {
            expected.push_str(if level % 2 == 1 { "/a~1b" } else { "/0" });
        }
        assert_eq!(err.pointer, expected);
        assert!(err.message.contains("levels deep"), "{}", err.message);
    }
}
