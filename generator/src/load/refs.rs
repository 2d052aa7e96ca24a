//! `$ref`s to any place in the document. The lowering resolves references to
//! `#/components/<section>/<name>` only; a reference to anywhere else
//! (`#/components/schemas/Pet/properties/owner`, `#/paths/...`) is turned into that
//! form here: the target moves into `components` under a name made from its place,
//! and the target's old place, like every reference to it, becomes a `$ref` to it.
//! The code is the same as if the author had written the component.

use super::check::{RefSite, Section};
use crate::error::{Error, Pointer, Result};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub(super) fn normalize(doc: &mut Value, sites: Vec<RefSite>) -> Result<()> {
    // Distinct targets that are not components yet, with the name each will get.
    let mut moves: BTreeMap<Vec<String>, (Section, String)> = BTreeMap::new();
    let mut taken: BTreeMap<Section, Vec<String>> = BTreeMap::new();
    let mut rewrites: Vec<(Pointer, String)> = Vec::new();
    for site in &sites {
        let tokens = target_tokens(&site.reference, &site.at)?;
        let canonical = match tokens.as_slice() {
            [c, s, name] if c == "components" && s == site.section.key() => Some(name.clone()),
            // Inside another section: a pointer like any other when the object there is
            // of the kind this place needs (a parameter's `schema` is a schema).
            [c, s, ..]
                if c == "components"
                    && s != site.section.key()
                    && is_section(s)
                    && kind_at(&tokens) != Some(Kind::Object(site.section)) =>
            {
                let found = match kind_at(&tokens) {
                    Some(kind) => format!("at a place that holds {}", kind.describe()),
                    None => format!("into components/{s}"),
                };
                return Err(Error::at(
                    &site.at.push("$ref"),
                    format!(
                        "{:?} points {found}, but the object here must be {}; point it at one (e.g. in components/{})",
                        site.reference,
                        Kind::Object(site.section).describe(),
                        site.section.key()
                    ),
                ));
            }
            _ => None,
        };
        let name = match canonical {
            Some(name) => name,
            None => {
                if site.section == Section::PathItems {
                    // Path items have no section in components; the lowering refuses them.
                    continue;
                }
                if let Some((_, name)) = moves.get(&tokens) {
                    name.clone()
                } else {
                    if lookup(doc, &tokens).is_none() {
                        return Err(Error::at(
                            &site.at.push("$ref"),
                            format!(
                                "$ref {:?} does not resolve: nothing is at that place",
                                site.reference
                            ),
                        ));
                    }
                    let existing = taken
                        .entry(site.section)
                        .or_insert_with(|| section_keys(doc, site.section));
                    let name = unique_name(&tokens, existing);
                    existing.push(name.clone());
                    moves.insert(tokens.clone(), (site.section, name.clone()));
                    name
                }
            }
        };
        let text = canonical_ref(site.section, &name);
        if text != site.reference {
            rewrites.push((site.at.clone(), text));
        }
    }
    // Sites are where the document has them now; rewrite before anything moves.
    for (at, text) in rewrites {
        if let Some(Value::Object(o)) = lookup_mut(doc, &Pointer::tokens(&at.to_string())) {
            o.insert("$ref".to_owned(), Value::String(text));
        }
    }
    // Deepest targets first: moving one never changes the place of a shallower one.
    let mut order: Vec<_> = moves.into_iter().collect();
    order.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    for (tokens, (section, name)) in order {
        let Some(slot) = lookup_mut(doc, &tokens) else {
            continue;
        };
        let reference = Value::Object(Map::from_iter([(
            "$ref".to_owned(),
            Value::String(canonical_ref(section, &name)),
        )]));
        let target = std::mem::replace(slot, reference);
        let components = doc
            .as_object_mut()
            .and_then(|o| {
                o.entry("components")
                    .or_insert_with(|| Value::Object(Map::new()))
                    .as_object_mut()
            })
            .and_then(|c| {
                c.entry(section.key())
                    .or_insert_with(|| Value::Object(Map::new()))
                    .as_object_mut()
            });
        if let Some(map) = components {
            map.insert(name, target);
        }
    }
    Ok(())
}

fn is_section(s: &str) -> bool {
    [
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
    ]
    .contains(&s)
}

/// What kind of object a place inside `components` holds, by the grammar of the
/// document: `components/parameters/P/schema` is a schema,
/// `components/responses/R/content/M` a media type, and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object(Section),
    MediaType,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Object(Section::Schemas) => "a schema",
            Kind::Object(Section::Responses) => "a response",
            Kind::Object(Section::Parameters) => "a parameter",
            Kind::Object(Section::Examples) => "an example",
            Kind::Object(Section::RequestBodies) => "a request body",
            Kind::Object(Section::Headers) => "a header",
            Kind::Object(Section::SecuritySchemes) => "a security scheme",
            Kind::Object(Section::PathItems) => "a path item",
            Kind::MediaType => "a media type",
        }
    }
}

fn kind_at(tokens: &[String]) -> Option<Kind> {
    let [c, s, _, rest @ ..] = tokens else {
        return None;
    };
    if c != "components" {
        return None;
    }
    let mut kind = Kind::Object(match s.as_str() {
        "schemas" => Section::Schemas,
        "responses" => Section::Responses,
        "parameters" => Section::Parameters,
        "examples" => Section::Examples,
        "requestBodies" => Section::RequestBodies,
        "headers" => Section::Headers,
        "securitySchemes" => Section::SecuritySchemes,
        _ => return None,
    });
    let mut rest = rest;
    while let [first, tail @ ..] = rest {
        let (next, used) = match (kind, first.as_str(), tail.first()) {
            (
                Kind::Object(Section::Schemas),
                "properties" | "allOf" | "oneOf" | "anyOf",
                Some(_),
            ) => (Kind::Object(Section::Schemas), 2),
            (Kind::Object(Section::Schemas), "items" | "additionalProperties" | "not", _) => {
                (Kind::Object(Section::Schemas), 1)
            }
            (
                Kind::Object(Section::Parameters | Section::Headers) | Kind::MediaType,
                "schema",
                _,
            ) => (Kind::Object(Section::Schemas), 1),
            (
                Kind::Object(
                    Section::Parameters
                    | Section::Headers
                    | Section::Responses
                    | Section::RequestBodies,
                ),
                "content",
                Some(_),
            ) => (Kind::MediaType, 2),
            (Kind::Object(Section::Responses), "headers", Some(_)) => {
                (Kind::Object(Section::Headers), 2)
            }
            _ => return None,
        };
        kind = next;
        rest = &rest[used..];
    }
    Some(kind)
}

/// `#/components/schemas/a~1b` for the key `a/b`.
fn canonical_ref(section: Section, name: &str) -> String {
    format!(
        "#/components/{}/{}",
        section.key(),
        name.replace('~', "~0").replace('/', "~1")
    )
}

/// The reference tokens of a local `$ref`, percent-decoded as a URI fragment.
fn target_tokens(reference: &str, at: &Pointer) -> Result<Vec<String>> {
    let Some(fragment) = reference.strip_prefix('#') else {
        return Err(Error::at(
            &at.push("$ref"),
            format!(
                "$ref {reference:?} points outside this document; bundle the document into one file first (e.g. `redocly bundle`)"
            ),
        ));
    };
    let decoded = percent_decode(fragment).ok_or_else(|| {
        Error::at(
            &at.push("$ref"),
            format!("$ref {reference:?} is not a valid URI fragment"),
        )
    })?;
    if !decoded.is_empty() && !decoded.starts_with('/') {
        return Err(Error::at(
            &at.push("$ref"),
            format!("$ref {reference:?} is not a JSON pointer (`#/...`)"),
        ));
    }
    Ok(Pointer::tokens(&decoded))
}

fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn lookup<'v>(doc: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    tokens.iter().try_fold(doc, |v, t| match v {
        Value::Object(o) => o.get(t),
        Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

fn lookup_mut<'v>(doc: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    tokens.iter().try_fold(doc, |v, t| match v {
        Value::Object(o) => o.get_mut(t),
        Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
        _ => None,
    })
}

fn section_keys(doc: &Value, section: Section) -> Vec<String> {
    doc.get("components")
        .and_then(|c| c.get(section.key()))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// A component name made from the target's place: the meaningful tokens joined
/// (`components/schemas/Pet/properties/owner` -> `Pet_owner`,
/// `paths//pets/get/responses/200/content/application~1json/schema` ->
/// `/pets_get_200`), unique in its section.
fn unique_name(tokens: &[String], taken: &[String]) -> String {
    const NOISE: &[&str] = &[
        "components",
        "schemas",
        "properties",
        "items",
        "content",
        "schema",
        "paths",
        "responses",
        "parameters",
        "requestBody",
        "requestBodies",
        "headers",
        "allOf",
        "oneOf",
        "anyOf",
        "additionalProperties",
    ];
    let words: Vec<&str> = tokens
        .iter()
        .map(String::as_str)
        .filter(|t| !NOISE.contains(t))
        // Media types (`application/json`), not paths (`/pets`).
        .filter(|t| !t.contains('/') || t.starts_with('/'))
        .collect();
    let base = if words.is_empty() {
        "Ref".to_owned()
    } else {
        words.join("_")
    };
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(|n| !taken.contains(n))
        .unwrap_or(base)
}
