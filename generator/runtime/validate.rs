
/// A value that breaks the document's rules although it decoded, such as an enum
/// value the document does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Where the value is, e.g. `rule.kind` or `items[2]`.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl Invalid {
    /// An error at the value itself.
    pub fn new(message: String) -> Self {
        Invalid { path: String::new(), message }
    }

    /// The same error, one level further out.
    pub fn at(mut self, segment: &str) -> Self {
        self.path = match (self.path.is_empty(), self.path.starts_with('[')) {
            (true, _) => segment.to_owned(),
            (false, true) => format!("{segment}{}", self.path),
            (false, false) => format!("{segment}.{}", self.path),
        };
        self
    }
}

/// Checks what decoding alone cannot: the server runs it on every request input.
pub trait Validate {
    /// `Ok` when the value keeps the document's rules.
    fn validate(&self) -> Result<(), Invalid> {
        Ok(())
    }
}

impl Validate for String {}
impl Validate for bool {}
impl Validate for i32 {}
impl Validate for i64 {}
impl Validate for f32 {}
impl Validate for f64 {}
impl Validate for DateTime {}
impl Validate for Date {}
impl Validate for serde_json::Value {}
impl Validate for serde_json::Map<String, serde_json::Value> {}
impl Validate for () {}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self) -> Result<(), Invalid> {
        for (i, item) in self.iter().enumerate() {
            item.validate().map_err(|e| e.at(&format!("[{i}]")))?;
        }
        Ok(())
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self) -> Result<(), Invalid> {
        self.as_ref().map_or(Ok(()), Validate::validate)
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self) -> Result<(), Invalid> {
        (**self).validate()
    }
}

impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn validate(&self) -> Result<(), Invalid> {
        for (key, value) in self {
            value.validate().map_err(|e| e.at(key))?;
        }
        Ok(())
    }
}

