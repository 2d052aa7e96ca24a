
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

/// The first failed check among a value's parts, each checked under its name: a
/// generated `validate` makes one plain call per check, which the compiler checks far
/// more cheaply than a `map_err` closure and a `?` each.
#[derive(Debug, Default)]
pub struct FirstInvalid(Option<Invalid>);

impl FirstInvalid {
    /// Keeps `check`'s error, placed at `segment`, if it is the first.
    pub fn at(&mut self, segment: &str, check: Result<(), Invalid>) {
        if self.0.is_none() {
            if let Err(invalid) = check {
                self.0 = Some(invalid.at(segment));
            }
        }
    }

    /// Keeps `check`'s error as it is, if it is the first.
    pub fn also(&mut self, check: Result<(), Invalid>) {
        if self.0.is_none() {
            self.0 = check.err();
        }
    }

    /// `Ok` when every check passed, else the first error.
    pub fn done(self) -> Result<(), Invalid> {
        match self.0 {
            None => Ok(()),
            Some(invalid) => Err(invalid),
        }
    }
}

/// A string enum's value that the document does not list.
pub fn unlisted(value: &str, listed: &[&str]) -> Invalid {
    Invalid::new(format!("{value:?} is not one of {}", listed.join(", ")))
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


/// A value with a size the document may bound: a number (`minimum`, `maximum`), a
/// string (`minLength`, `maxLength`, in characters) or an array (`minItems`, `maxItems`).
pub trait Bounded {
    /// The number, as `f64`, for `minimum`/`maximum`.
    fn number(&self) -> Option<f64> {
        None
    }
    /// The length, for `minLength`/`maxLength` and `minItems`/`maxItems`.
    fn length(&self) -> Option<usize> {
        None
    }
}

impl Bounded for i32 {
    fn number(&self) -> Option<f64> {
        Some(f64::from(*self))
    }
}

impl Bounded for i64 {
    fn number(&self) -> Option<f64> {
        #[allow(clippy::cast_precision_loss, reason = "bounds are compared as JSON numbers")]
        Some(*self as f64)
    }
}

impl Bounded for f32 {
    fn number(&self) -> Option<f64> {
        Some(f64::from(*self))
    }
}

impl Bounded for f64 {
    fn number(&self) -> Option<f64> {
        Some(*self)
    }
}

impl Bounded for String {
    fn length(&self) -> Option<usize> {
        Some(self.chars().count())
    }
}

impl<T> Bounded for Vec<T> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

/// Checks `value` (when present) against the bounds: `min`/`max` are `(bound,
/// exclusive)` numbers, `min_len`/`max_len` lengths.
pub fn check_bounds<T: Bounded>(
    value: Option<&T>,
    min: Option<(f64, bool)>,
    max: Option<(f64, bool)>,
    min_len: Option<usize>,
    max_len: Option<usize>,
) -> Result<(), Invalid> {
    let Some(value) = value else { return Ok(()) };
    if let Some(n) = value.number() {
        if let Some((bound, exclusive)) = min {
            if n < bound || (exclusive && n == bound) {
                let relation = if exclusive { "greater than" } else { "at least" };
                return Err(Invalid::new(format!("{n} is not {relation} {bound}")));
            }
        }
        if let Some((bound, exclusive)) = max {
            if n > bound || (exclusive && n == bound) {
                let relation = if exclusive { "less than" } else { "at most" };
                return Err(Invalid::new(format!("{n} is not {relation} {bound}")));
            }
        }
    }
    if let Some(len) = value.length() {
        if let Some(min) = min_len.filter(|m| len < *m) {
            return Err(Invalid::new(format!("the length {len} is less than {min}")));
        }
        if let Some(max) = max_len.filter(|m| len > *m) {
            return Err(Invalid::new(format!("the length {len} is more than {max}")));
        }
    }
    Ok(())
}

/// Checks each item of an array (when present) with `check`; an error names the
/// item's index.
pub fn check_each<T>(value: Option<&Vec<T>>, check: impl Fn(&T) -> Result<(), Invalid>) -> Result<(), Invalid> {
    for (i, item) in value.into_iter().flatten().enumerate() {
        check(item).map_err(|e| e.at(&format!("[{i}]")))?;
    }
    Ok(())
}

/// Checks each value of a map (when present) with `check`; an error names its key.
pub fn check_values<T>(
    value: Option<&std::collections::BTreeMap<String, T>>,
    check: impl Fn(&T) -> Result<(), Invalid>,
) -> Result<(), Invalid> {
    for (key, item) in value.into_iter().flatten() {
        check(item).map_err(|e| e.at(key))?;
    }
    Ok(())
}

/// An optional field that is not nullable: absent is `None`, `null` is refused.
#[allow(dead_code, reason = "not every document has optional fields")]
pub(crate) fn non_null<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}
