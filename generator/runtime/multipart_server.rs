/// A file received in a multipart part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePart {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The `filename` the part carried, if any.
    pub file_name: Option<String>,
    /// The `Content-Type` the part carried, if any.
    pub content_type: Option<String>,
}

/// One part of a `multipart/form-data` body, as received.
#[derive(Debug)]
struct ReceivedPart {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

/// The parts of a `multipart/form-data` body, in the order received. Parts the
/// operation does not declare are ignored.
#[derive(Debug)]
struct ReceivedParts(Vec<ReceivedPart>);

/// The typed parts of an operation's multipart body, taken from the parts received.
trait FromParts: Sized {
    fn from_parts(parts: &mut ReceivedParts) -> Result<Self, ErrorModel>;
}

/// A `multipart/form-data` body, decoded into the operation's parts and validated.
struct Multipart;

impl<T: FromParts + types::Validate> Decode<T> for Multipart {
    fn decode(bytes: Vec<u8>, headers: &HeaderMap) -> Result<T, ErrorModel> {
        if bytes.is_empty() {
            return Err(bad_request("a multipart/form-data request body is required".to_owned()));
        }
        check_content_type(headers, "multipart/form-data")?;
        let boundary = multipart_boundary(headers)
            .ok_or_else(|| bad_request("the multipart/form-data Content-Type has no boundary".to_owned()))?;
        let mut parts = parse_multipart(&bytes, &boundary)?;
        let value = T::from_parts(&mut parts)?;
        value.validate().map_err(|e| bad_request(format!("invalid part `{}`: {}", e.path, e.message)))?;
        Ok(value)
    }
}

impl ReceivedParts {
    /// Every part of this name, taken out.
    fn take(&mut self, name: &str) -> Vec<ReceivedPart> {
        let (taken, kept) = std::mem::take(&mut self.0).into_iter().partition(|p| p.name == name);
        self.0 = kept;
        taken
    }

    /// The one part of this name, if sent; a second one is refused.
    fn one(&mut self, name: &str) -> Result<Option<ReceivedPart>, ErrorModel> {
        let mut all = self.take(name);
        if all.len() > 1 {
            return Err(bad_request(format!("the part `{name}` is sent {} times; it is one value", all.len())));
        }
        Ok(all.pop())
    }

    #[allow(dead_code, reason = "not every document has every kind of part")]
    fn file(&mut self, name: &str) -> Result<Option<FilePart>, ErrorModel> {
        Ok(self.one(name)?.map(ReceivedPart::file))
    }

    #[allow(dead_code, reason = "not every document has every kind of part")]
    fn files(&mut self, name: &str) -> Vec<FilePart> {
        self.take(name).into_iter().map(ReceivedPart::file).collect()
    }

    #[allow(dead_code, reason = "not every document has every kind of part")]
    fn text<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>, ErrorModel> {
        match self.one(name)? {
            None => Ok(None),
            Some(part) => Ok(Some(part_texts::<PartValue<T>>(name, std::slice::from_ref(&part))?.v)),
        }
    }

    #[allow(dead_code, reason = "not every document has every kind of part")]
    fn texts<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<Vec<T>, ErrorModel> {
        let parts = self.take(name);
        if parts.is_empty() {
            return Ok(Vec::new());
        }
        Ok(part_texts::<PartValues<T>>(name, &parts)?.v)
    }

    #[allow(dead_code, reason = "not every document has every kind of part")]
    fn json<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>, ErrorModel> {
        let Some(part) = self.one(name)? else { return Ok(None) };
        let mut de = serde_json::Deserializer::from_slice(&part.bytes);
        let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let why = api_words(&e.inner().to_string());
            if path == "." || path.is_empty() {
                bad_request(format!("invalid part `{name}`: {why}"))
            } else {
                bad_request(format!("invalid part `{name}` at `{path}`: {why}"))
            }
        })?;
        de.end().map_err(|e| bad_request(format!("invalid part `{name}`: {}", api_words(&e.to_string()))))?;
        Ok(Some(value))
    }
}

impl ReceivedPart {
    fn file(self) -> FilePart {
        FilePart { bytes: self.bytes, file_name: self.file_name, content_type: self.content_type }
    }
}

/// One text part's value, decoded as parameters are.
#[derive(serde::Deserialize)]
struct PartValue<T> {
    v: T,
}

/// The values of a text part sent once per item.
#[derive(serde::Deserialize)]
struct PartValues<T> {
    v: Vec<T>,
}

/// Decodes the text of parts with the rules of parameters (numbers, booleans, enums).
fn part_texts<T: serde::de::DeserializeOwned>(name: &str, parts: &[ReceivedPart]) -> Result<T, ErrorModel> {
    let mut form = form_urlencoded::Serializer::new(String::new());
    for part in parts {
        let text = std::str::from_utf8(&part.bytes)
            .map_err(|_| bad_request(format!("invalid part `{name}`: the text is not UTF-8")))?;
        form.append_pair("v", text);
    }
    let form = form.finish();
    serde_html_form::from_str(&form)
        .map_err(|e| bad_request(format!("invalid part `{name}`: {}", api_words(&e.to_string()))))
}

/// A required part that was not sent.
#[allow(dead_code, reason = "not every document has required parts")]
fn required_part<T>(name: &str, value: Option<T>) -> Result<T, ErrorModel> {
    value.ok_or_else(|| bad_request(format!("the part `{name}` is required")))
}

/// A required part sent once per item: at least one must come.
#[allow(dead_code, reason = "not every document has required repeated parts")]
fn some_parts<T>(name: &str, values: Vec<T>) -> Result<Vec<T>, ErrorModel> {
    if values.is_empty() {
        return Err(bad_request(format!("the part `{name}` is required")));
    }
    Ok(values)
}

/// The `boundary` parameter of a `multipart/form-data` Content-Type.
fn multipart_boundary(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    for param in value.split(';').skip(1) {
        let Some((key, value)) = param.split_once('=') else { continue };
        if key.trim().eq_ignore_ascii_case("boundary") {
            let value = value.trim();
            let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
            // RFC 2046: 1 to 70 characters.
            return (!value.is_empty() && value.len() <= 70).then(|| value.to_owned());
        }
    }
    None
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Splits a `multipart/form-data` body (RFC 7578) into its parts.
fn parse_multipart(body: &[u8], boundary: &str) -> Result<ReceivedParts, ErrorModel> {
    let bad = |why: &str| bad_request(format!("invalid multipart body: {why}"));
    let delimiter = format!("\r\n--{boundary}");
    // The first boundary opens the body, or ends a preamble.
    let mut rest = match body.strip_prefix(&delimiter.as_bytes()[2..]) {
        Some(rest) => rest,
        None => {
            let at = find_bytes(body, delimiter.as_bytes()).ok_or_else(|| bad("the boundary does not occur"))?;
            &body[at + delimiter.len()..]
        }
    };
    let mut parts = Vec::new();
    loop {
        // `--` after a boundary closes the body; anything after it is an epilogue.
        if rest.starts_with(b"--") {
            break;
        }
        let line = find_bytes(rest, b"\r\n").ok_or_else(|| bad("a boundary line does not end"))?;
        if !rest[..line].iter().all(|b| *b == b' ' || *b == b'\t') {
            return Err(bad("text follows a boundary on its line"));
        }
        rest = &rest[line + 2..];
        let end = find_bytes(rest, delimiter.as_bytes()).ok_or_else(|| bad("the body ends inside a part"))?;
        parts.push(parse_part(&rest[..end])?);
        rest = &rest[end + delimiter.len()..];
    }
    Ok(ReceivedParts(parts))
}

/// One part: headers, an empty line, the content.
fn parse_part(part: &[u8]) -> Result<ReceivedPart, ErrorModel> {
    let bad = |why: String| bad_request(format!("invalid multipart body: {why}"));
    let (head, content) = if let Some(content) = part.strip_prefix(b"\r\n") {
        (&[][..], content)
    } else {
        let at = find_bytes(part, b"\r\n\r\n").ok_or_else(|| bad("a part's headers do not end".to_owned()))?;
        (&part[..at], &part[at + 4..])
    };
    let head = std::str::from_utf8(head).map_err(|_| bad("a part's headers are not UTF-8".to_owned()))?;
    let (mut name, mut file_name, mut content_type) = (None, None, None);
    for line in head.split("\r\n") {
        let Some((key, value)) = line.split_once(':') else {
            return Err(bad(format!("{line:?} is not a header")));
        };
        if key.trim().eq_ignore_ascii_case("content-disposition") {
            let (kind, params) = disposition(value.trim()).ok_or_else(|| bad(format!("malformed Content-Disposition {value:?}")))?;
            if !kind.eq_ignore_ascii_case("form-data") {
                return Err(bad(format!("a part's Content-Disposition is {kind:?}, not form-data")));
            }
            for (key, value) in params {
                if key.eq_ignore_ascii_case("name") {
                    name = Some(value);
                } else if key.eq_ignore_ascii_case("filename") {
                    file_name = Some(value);
                }
            }
        } else if key.trim().eq_ignore_ascii_case("content-type") {
            content_type = Some(value.trim().to_owned());
        }
    }
    let name = name.ok_or_else(|| bad("a part has no Content-Disposition name".to_owned()))?;
    Ok(ReceivedPart { name, file_name, content_type, bytes: content.to_vec() })
}

/// `form-data; name="a"; filename="b.txt"`: the disposition and its parameters, with
/// quoted strings unescaped.
fn disposition(value: &str) -> Option<(&str, Vec<(String, String)>)> {
    let (kind, mut rest) = match value.find(';') {
        Some(at) => (value[..at].trim(), &value[at + 1..]),
        None => (value.trim(), ""),
    };
    let mut params = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some((kind, params));
        }
        let eq = rest.find('=')?;
        let key = rest[..eq].trim().to_owned();
        rest = rest[eq + 1..].trim_start();
        let mut text = String::new();
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut chars = quoted.char_indices();
            let end = loop {
                match chars.next()? {
                    (i, '"') => break i,
                    (_, '\\') => text.push(chars.next()?.1),
                    (_, c) => text.push(c),
                }
            };
            rest = quoted[end + 1..].trim_start();
        } else {
            let end = rest.find(';').unwrap_or(rest.len());
            text.push_str(rest[..end].trim());
            rest = &rest[end..];
        }
        params.push((key, text));
        match rest.strip_prefix(';') {
            Some(more) => rest = more,
            None if rest.trim().is_empty() => return Some((kind, params)),
            None => return None,
        }
    }
}
