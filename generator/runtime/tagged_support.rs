/// Reads a value whose variant its `property` names; the value keeps the property.
#[allow(dead_code, reason = "unions with members chosen by JSON type read the tag with `tag_of`")]
fn decode_tagged<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    property: &'static str,
) -> Result<(String, serde_json::Value), D::Error> {
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    let tag = tag_of(&value, property)?;
    Ok((tag, value))
}

/// The tag of a value: its `property`, a string.
fn tag_of<E: serde::de::Error>(value: &serde_json::Value, property: &'static str) -> Result<String, E> {
    match value.get(property) {
        Some(serde_json::Value::String(tag)) => Ok(tag.clone()),
        Some(_) => Err(E::custom(format_args!("`{property}` must be a string"))),
        None => Err(E::missing_field(property)),
    }
}

/// Decodes the chosen variant from the whole value.
fn from_tagged<T: serde::de::DeserializeOwned, E: serde::de::Error>(value: serde_json::Value) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}

/// Encodes a variant whose schema lacks the tag property, adding it.
#[allow(dead_code, reason = "only variants whose schema lacks the tag property need it")]
fn encode_tagged<T: serde::Serialize, S: serde::Serializer>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut encoded = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let Some(object) = encoded.as_object_mut() {
        object.entry(property.to_owned()).or_insert_with(|| tag.into());
    }
    serde::Serialize::serialize(&encoded, serializer)
}
