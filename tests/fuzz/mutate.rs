//! Mutations of OpenAPI documents, for the fuzz test (`tests/fuzz.rs`) and for the
//! sample of accepted mutants that `build.rs` compiles. Deterministic: the same seed
//! gives the same mutant.

use serde_yaml::{Mapping, Value};

/// A small, fast, seedable generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Names that have broken generators: keywords, support-code names, digits,
/// separators, empty and non-ASCII text, and control characters.
const NAMES: &[&str] = &[
    "build",
    "send",
    "sendJson",
    "send_json",
    "body",
    "client",
    "into_future",
    "items",
    "pages",
    "Invalid",
    "Bounded",
    "EnumVisitor",
    "From",
    "Option",
    "Result",
    "Self",
    "self",
    "type",
    "fn",
    "async",
    "r#type",
    "",
    " ",
    "200",
    "2XX",
    "default",
    "x-y",
    "a/b",
    "a~b",
    "ümlaut",
    "名前",
    "$ref",
    "additional_properties",
    "Unknown",
    "a\rb",
    "line\nbreak",
    "Value",
    "Error",
    "Client",
    "Api",
    "validate",
    "url",
    "request",
    "execute",
    "json",
    "push_path",
    "push_query",
    "Default",
];

fn random_scalar(rng: &mut Rng) -> Value {
    match rng.below(14) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::Number(i64::MAX.into()),
        3 => Value::Number(u64::MAX.into()),
        4 => Value::Number((-1i64).into()),
        5 => Value::Number(0.into()),
        6 => Value::Number(1.5e308.into()),
        7 => Value::Number(f64::INFINITY.into()),
        8 => Value::Number(f64::NAN.into()),
        9 => Value::Number(18446744073709552000.0.into()),
        10 => Value::String((*rng.pick(NAMES)).to_owned()),
        11 => Value::String("#/components/schemas/Missing".to_owned()),
        12 => Value::String(
            (*rng.pick(&[
                "string", "integer", "number", "object", "array", "boolean", "null", "file",
            ]))
            .to_owned(),
        ),
        _ => Value::String("x".repeat(rng.below(3) * 40)),
    }
}

/// Every place in the document: the path of keys and indexes to it.
fn places(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match v {
        Value::Mapping(m) => {
            for (k, child) in m {
                at.push(k.clone());
                places(child, at, out);
                at.pop();
            }
        }
        Value::Sequence(s) => {
            for (i, child) in s.iter().enumerate() {
                at.push(Value::Number(i.into()));
                places(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn get_mut<'v>(v: &'v mut Value, path: &[Value]) -> Option<&'v mut Value> {
    path.iter().try_fold(v, |v, k| match v {
        Value::Mapping(m) => m.get_mut(k),
        Value::Sequence(s) => k.as_u64().and_then(|i| s.get_mut(i as usize)),
        _ => None,
    })
}

fn component_refs(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(Value::Mapping(c)) = doc.get("components") {
        for (section, entries) in c {
            if let (Some(section), Value::Mapping(entries)) = (section.as_str(), entries) {
                for name in entries.keys().filter_map(Value::as_str) {
                    out.push(format!("#/components/{section}/{name}"));
                }
            }
        }
    }
    out
}

/// Applies one random structural mutation.
pub fn mutate(doc: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    places(doc, &mut Vec::new(), &mut all);
    let refs = component_refs(doc);
    let path = rng.pick(&all).clone();
    let donor_path = rng.pick(&all).clone();
    let donor = get_mut(doc, &donor_path).map(|v| v.clone());
    let Some(node) = get_mut(doc, &path) else {
        return;
    };
    match rng.below(12) {
        // Drop a key or an item.
        0 => match node {
            Value::Mapping(m) if !m.is_empty() => {
                let i = rng.below(m.len());
                let key = m.keys().nth(i).cloned();
                if let Some(key) = key {
                    m.remove(&key);
                }
            }
            Value::Sequence(s) if !s.is_empty() => {
                let i = rng.below(s.len());
                s.remove(i);
            }
            _ => *node = Value::Null,
        },
        // Replace with a scalar.
        1 | 2 => *node = random_scalar(rng),
        // Rename a key.
        3 => {
            if let Value::Mapping(m) = node {
                if !m.is_empty() {
                    let i = rng.below(m.len());
                    if let Some((k, v)) = m.iter().nth(i).map(|(k, v)| (k.clone(), v.clone())) {
                        m.remove(&k);
                        m.insert(Value::String((*rng.pick(NAMES)).to_owned()), v);
                    }
                }
            }
        }
        // Copy another subtree here.
        4 | 5 => {
            if let Some(d) = donor {
                *node = d;
            }
        }
        // A reference to a component, or to anywhere.
        6 => {
            let target = if refs.is_empty() || rng.below(3) == 0 {
                let mut p = String::from("#");
                for k in &donor_path {
                    p.push('/');
                    let k = match k {
                        Value::String(s) => s.replace('~', "~0").replace('/', "~1"),
                        other => serde_yaml::to_string(other)
                            .unwrap_or_default()
                            .trim()
                            .to_owned(),
                    };
                    p.push_str(&k);
                }
                p
            } else {
                rng.pick(&refs).clone()
            };
            let mut m = Mapping::new();
            m.insert(Value::String("$ref".into()), Value::String(target));
            *node = Value::Mapping(m);
        }
        // Wrap in a composition.
        7 => {
            let key = *rng.pick(&["allOf", "oneOf", "anyOf", "not", "items"]);
            let inner = std::mem::take(node);
            let mut m = Mapping::new();
            let value = if key == "not" || key == "items" {
                inner
            } else {
                let mut other = Mapping::new();
                other.insert("type".into(), random_scalar(rng));
                Value::Sequence(vec![inner, Value::Mapping(other)])
            };
            m.insert(Value::String(key.into()), value);
            if rng.below(2) == 0 {
                m.insert("properties".into(), {
                    let mut p = Mapping::new();
                    p.insert(
                        Value::String((*rng.pick(NAMES)).to_owned()),
                        Value::Mapping(Mapping::new()),
                    );
                    Value::Mapping(p)
                });
            }
            *node = Value::Mapping(m);
        }
        // Add a keyword with a random value.
        8 | 9 => {
            if let Value::Mapping(m) = node {
                let key = *rng.pick(&[
                    "type",
                    "format",
                    "enum",
                    "nullable",
                    "required",
                    "minimum",
                    "maximum",
                    "minLength",
                    "maxItems",
                    "pattern",
                    "default",
                    "readOnly",
                    "discriminator",
                    "additionalProperties",
                    "items",
                    "properties",
                    "style",
                    "explode",
                    "in",
                    "content",
                    "schema",
                    "x-allow-slash",
                    "x-pagination",
                    "security",
                    "$ref",
                ]);
                let value = match rng.below(4) {
                    0 => donor.unwrap_or(Value::Null),
                    1 => Value::Sequence(vec![random_scalar(rng), random_scalar(rng)]),
                    _ => random_scalar(rng),
                };
                m.insert(Value::String(key.into()), value);
            }
        }
        // Nest deeply.
        10 => {
            let mut inner = std::mem::take(node);
            for _ in 0..rng.below(40) {
                let mut props = Mapping::new();
                props.insert("a".into(), inner);
                let mut m = Mapping::new();
                m.insert("type".into(), "object".into());
                m.insert("properties".into(), Value::Mapping(props));
                inner = Value::Mapping(m);
            }
            *node = inner;
        }
        // Duplicate an item of a list.
        _ => {
            if let Value::Sequence(s) = node {
                if let Some(first) = s.first().cloned() {
                    s.push(first);
                }
            }
        }
    }
}

/// A mutant of `doc` as YAML text: one to four mutations, and now and then a
/// mutation of the text itself.
pub fn mutant(doc: &Value, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut doc = doc.clone();
    for _ in 0..=rng.below(4) {
        mutate(&mut doc, &mut rng);
    }
    let mut text = serde_yaml::to_string(&doc).unwrap_or_default();
    if rng.below(10) == 0 && !text.is_empty() {
        let mut bytes = text.into_bytes();
        match rng.below(3) {
            0 => bytes.truncate(rng.below(bytes.len())),
            1 => {
                let i = rng.below(bytes.len());
                bytes[i] = *rng.pick(b"{}[]:'\"\t\r\n#&*!|>%@`");
            }
            _ => {
                let i = rng.below(bytes.len());
                bytes.insert(i, b'\r');
            }
        }
        text = String::from_utf8_lossy(&bytes).into_owned();
    }
    text
}
