//! The raw document: YAML (or JSON) text -> `serde_json::Value`, refusing what JSON
//! cannot hold, and finding the line of a JSON pointer in the text.

use crate::error::{Error, Location, Pointer, Result};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// How deeply the document may nest. Real documents stay far below; the limit keeps
/// every later pass (all recursive) away from the stack's end.
pub(crate) const MAX_DEPTH: usize = 96;

/// Parses the text as YAML 1.2 (JSON is a subset) into a JSON value.
pub(super) fn parse(text: &str) -> Result<Value> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|err| {
        let mut e = Error::at(&Pointer::root(), format!("invalid document: {err}"));
        e.location = err.location().map(|l| Location {
            line: l.line(),
            column: l.column(),
        });
        e
    })?;
    to_json(yaml, &Pointer::root(), 0)
}

fn to_json(value: serde_yaml::Value, at: &Pointer, depth: usize) -> Result<Value> {
    if depth > MAX_DEPTH {
        return Err(Error::at(
            at,
            format!("the document nests more than {MAX_DEPTH} levels deep here"),
        ));
    }
    Ok(match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => Value::Number(number(&n, at)?),
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| to_json(v, &at.push(i.to_string()), depth + 1))
                .collect::<Result<_>>()?,
        ),
        serde_yaml::Value::Mapping(entries) => {
            let mut map = Map::with_capacity(entries.len());
            for (k, v) in entries {
                let key = key(k, at)?;
                let value = to_json(v, &at.push(&key), depth + 1)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        // A YAML tag (`!foo bar`) has no meaning in OpenAPI: the value stands for itself.
        serde_yaml::Value::Tagged(tagged) => to_json(tagged.value, at, depth)?,
    })
}

fn number(n: &serde_yaml::Number, at: &Pointer) -> Result<Number> {
    if let Some(u) = n.as_u64() {
        return Ok(u.into());
    }
    if let Some(i) = n.as_i64() {
        return Ok(i.into());
    }
    n.as_f64().and_then(Number::from_f64).ok_or_else(|| {
        Error::at(
            at,
            format!("{n} is not a JSON number: write a finite number, or leave the keyword out"),
        )
    })
}

/// Mapping keys become strings, as JSON has them: YAML's `200:` is the key `"200"`.
fn key(k: serde_yaml::Value, at: &Pointer) -> Result<String> {
    match k {
        serde_yaml::Value::String(s) => Ok(s),
        serde_yaml::Value::Number(n) => Ok(n.to_string()),
        serde_yaml::Value::Bool(b) => Ok(b.to_string()),
        serde_yaml::Value::Null => Ok("null".to_owned()),
        serde_yaml::Value::Tagged(t) => key(t.value, at),
        serde_yaml::Value::Sequence(_) | serde_yaml::Value::Mapping(_) => Err(Error::at(
            at,
            "a mapping key here is itself a list or a mapping; JSON keys are strings",
        )),
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
            if key.0 == self.path[0] {
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

/// A mapping key of any scalar type, as text.
struct KeyText(String);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'a> Visitor<'a> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText("null".to_owned()))
            }
            fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<KeyText, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(KeyText(String::new()))
            }
            fn visit_seq<A: SeqAccess<'a>>(self, mut seq: A) -> Result<KeyText, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(KeyText(String::new()))
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
}
