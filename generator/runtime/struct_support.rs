/// A struct decoded from an object by its generated `from_fields`: each property's
/// value put in its slot as it comes, then the struct built from the slots.
trait FromFields<'de>: Sized {
    /// What the decoder expected, for the error when something else came.
    const EXPECTING: &'static str;
    /// The properties' names, in the order of the struct's fields.
    const FIELDS: &'static [&'static str];
    /// Whether a property the struct does not have is refused (else skipped).
    const CLOSED: bool = false;

    fn from_fields<A: serde::de::MapAccess<'de>>(map: Fields<Self, A>) -> Result<Self, A::Error>;
}

/// The serde visitor of every [`FromFields`] struct.
struct FieldsVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: FromFields<'de>> serde::de::Visitor<'de> for FieldsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_fields(Fields { map, seen: 0, seen_beyond: Vec::new(), of: std::marker::PhantomData })
    }
}

/// Decodes a [`FromFields`] struct.
fn deserialize_fields<'de, D: serde::Deserializer<'de>, T: FromFields<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(FieldsVisitor(std::marker::PhantomData))
}

/// An object's properties as a [`FromFields`] struct reads them: by index among its
/// names, each at most once.
struct Fields<T, A> {
    map: A,
    /// The properties given so far, a bit each: the first 64 here, the others in
    /// `seen_beyond` (allocated only for a struct that has more).
    seen: u64,
    seen_beyond: Vec<u64>,
    of: std::marker::PhantomData<T>,
}

impl<'de, T: FromFields<'de>, A: serde::de::MapAccess<'de>> Fields<T, A> {
    /// The index (in [`FromFields::FIELDS`]) of the next property whose value is to be
    /// read, skipping those the struct does not have (or refusing them, where
    /// [`FromFields::CLOSED`]); `None` at the end of the object. A property given
    /// twice is refused.
    fn next_field(&mut self) -> Result<Option<usize>, A::Error> {
        loop {
            match self.map.next_key_seed(FieldIndex { names: T::FIELDS, closed: T::CLOSED })? {
                Some(Some(index)) if self.mark(index) => {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(T::FIELDS[index]));
                }
                Some(Some(index)) => return Ok(Some(index)),
                Some(None) => {
                    self.map.next_value::<serde::de::IgnoredAny>()?;
                }
                None => return Ok(None),
            }
        }
    }

    /// Marks property `index` as given; true when it was given before.
    fn mark(&mut self, index: usize) -> bool {
        let word = match index / 64 {
            0 => &mut self.seen,
            n => {
                if self.seen_beyond.len() < n {
                    self.seen_beyond.resize(n, 0);
                }
                &mut self.seen_beyond[n - 1]
            }
        };
        let bit = 1u64 << (index % 64);
        let again = *word & bit != 0;
        *word |= bit;
        again
    }

    /// The property's value as its type says.
    fn value<V: serde::Deserialize<'de>>(&mut self, slot: &mut Option<V>) -> Result<(), A::Error> {
        *slot = Some(self.map.next_value()?);
        Ok(())
    }

    /// A nullable property: `null` leaves it `None`.
    #[allow(dead_code, reason = "not every document has nullable properties")]
    fn nullable<V: serde::Deserialize<'de>>(&mut self, slot: &mut Option<V>) -> Result<(), A::Error> {
        *slot = self.map.next_value()?;
        Ok(())
    }

    /// An optional property that is not nullable: the server's types refuse `null`,
    /// the client's take it as absent ([`STRICT_NULLS`]).
    #[allow(dead_code, reason = "not every document has optional properties")]
    fn optional<V: serde::Deserialize<'de>>(&mut self, slot: &mut Option<V>) -> Result<(), A::Error> {
        if STRICT_NULLS { self.value(slot) } else { self.nullable(slot) }
    }

    /// A required property's value; an error when it was not given.
    #[allow(dead_code, reason = "not every document has required properties")]
    fn required<V>(&self, slot: Option<V>, name: &'static str) -> Result<V, A::Error> {
        slot.ok_or_else(|| <A::Error as serde::de::Error>::missing_field(name))
    }
}

/// Reads a property name as its index among a struct's properties: `None` for one it
/// does not have, or an error where the struct refuses unknown properties.
struct FieldIndex {
    names: &'static [&'static str],
    closed: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for FieldIndex {
    type Value = Option<usize>;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl serde::de::Visitor<'_> for FieldIndex {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Option<usize>, E> {
        match self.names.iter().position(|known| *known == name) {
            None if self.closed => Err(E::unknown_field(name, self.names)),
            index => Ok(index),
        }
    }

    fn visit_bytes<E: serde::de::Error>(self, name: &[u8]) -> Result<Option<usize>, E> {
        match std::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(name), &self)),
        }
    }
}

/// A struct's properties being written by its generated `impl Serialize`, as serde's
/// derive writes them: optional ones left out when absent. The first error is kept,
/// nothing after it is written, and [`FieldsOut::end`] returns it; so each property
/// is one plain call, which the compiler checks far more cheaply than a `?` each.
struct FieldsOut<S: serde::Serializer>(Result<S::SerializeStruct, S::Error>);

/// Starts writing the struct `name`: `required` properties always written, and the
/// optional ones that are `present`.
fn write_fields<S: serde::Serializer>(serializer: S, name: &'static str, required: usize, present: &[bool]) -> FieldsOut<S> {
    let len = required + present.iter().filter(|p| **p).count();
    FieldsOut(serializer.serialize_struct(name, len))
}

impl<S: serde::Serializer> FieldsOut<S> {
    /// A property always written.
    #[allow(dead_code, reason = "not every document has required properties")]
    fn field<T: ?Sized + serde::Serialize>(&mut self, key: &'static str, value: &T) {
        use serde::ser::SerializeStruct as _;
        if let Ok(state) = &mut self.0 {
            if let Err(error) = state.serialize_field(key, value) {
                self.0 = Err(error);
            }
        }
    }

    /// An optional property: written (as the `Option`) when present, else skipped.
    #[allow(dead_code, reason = "not every document has optional properties")]
    fn optional<T: serde::Serialize>(&mut self, key: &'static str, value: &Option<T>) {
        use serde::ser::SerializeStruct as _;
        if let Ok(state) = &mut self.0 {
            let written = match value {
                Some(_) => state.serialize_field(key, value),
                None => state.skip_field(key),
            };
            if let Err(error) = written {
                self.0 = Err(error);
            }
        }
    }

    /// Ends the struct, or returns the first error.
    fn end(self) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        self.0?.end()
    }
}
