/// Reads a value whose variant its `property` names; the value keeps the property.
fn decode_tagged<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    property: &'static str,
) -> Result<(String, serde_json::Value), D::Error> {
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    match value.get(property) {
        Some(serde_json::Value::String(tag)) => Ok((tag.clone(), value)),
        Some(_) => Err(serde::de::Error::custom(format_args!("`{property}` must be a string"))),
        None => Err(serde::de::Error::missing_field(property)),
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
