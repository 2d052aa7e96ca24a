//! Where a JSON pointer lands in the source text: line and column, for error messages.
//!
//! The parsed document keeps no positions, so this scans the text again. JSON is
//! scanned exactly; YAML in block style (what people write) is followed by indentation,
//! and where a pointer goes into a flow collection (`{ a: 1 }`) the place of the
//! deepest node found is given. A best effort for messages, never an error.

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// The line and column of the node `pointer` names in `text` (JSON or YAML), or of its
/// deepest ancestor that can be found; `None` for the root or an unreadable pointer.
pub fn locate(text: &str, pointer: &str) -> Option<Location> {
    let tokens: Vec<String> = pointer
        .strip_prefix('/')?
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    if tokens.iter().all(String::is_empty) {
        return None;
    }
    let offset = if text.trim_start().starts_with('{') {
        json::find(text.as_bytes(), &tokens)?
    } else {
        yaml::find(text, &tokens)?
    };
    Some(location_of(text, offset))
}

pub(crate) fn location_of(text: &str, offset: usize) -> Location {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Location {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

mod json {
    /// The byte offset of the value at `tokens` (or of the deepest one found).
    pub fn find(b: &[u8], tokens: &[String]) -> Option<usize> {
        let mut pos = ws(b, 0);
        let mut found = None;
        for token in tokens {
            let next = match b.get(pos)? {
                b'{' => member(b, pos, token)?,
                b'[' => element(b, pos, token.parse().ok()?)?,
                _ => None,
            };
            match next {
                Some((key_at, value_at)) => {
                    found = Some(key_at);
                    pos = value_at;
                }
                None => break,
            }
        }
        found
    }

    fn ws(b: &[u8], mut pos: usize) -> usize {
        while b.get(pos).is_some_and(u8::is_ascii_whitespace) {
            pos += 1;
        }
        pos
    }

    /// In the object at `pos`: the offsets of `key` and of its value.
    #[allow(clippy::type_complexity)]
    fn member(b: &[u8], pos: usize, key: &str) -> Option<Option<(usize, usize)>> {
        let mut pos = ws(b, pos + 1);
        loop {
            match b.get(pos)? {
                b'}' => return Some(None),
                b'"' => {}
                _ => return None,
            }
            let key_at = pos;
            let (name, after) = string(b, pos)?;
            pos = ws(b, after);
            if b.get(pos) != Some(&b':') {
                return None;
            }
            let value_at = ws(b, pos + 1);
            if name == key {
                return Some(Some((key_at, value_at)));
            }
            pos = ws(b, skip(b, value_at)?);
            match b.get(pos)? {
                b',' => pos = ws(b, pos + 1),
                b'}' => return Some(None),
                _ => return None,
            }
        }
    }

    /// In the array at `pos`: the offset of element `index` (twice).
    #[allow(clippy::type_complexity)]
    fn element(b: &[u8], pos: usize, index: usize) -> Option<Option<(usize, usize)>> {
        let mut pos = ws(b, pos + 1);
        let mut i = 0;
        loop {
            if b.get(pos)? == &b']' {
                return Some(None);
            }
            if i == index {
                return Some(Some((pos, pos)));
            }
            pos = ws(b, skip(b, pos)?);
            match b.get(pos)? {
                b',' => pos = ws(b, pos + 1),
                b']' => return Some(None),
                _ => return None,
            }
            i += 1;
        }
    }

    /// A string at `pos`: its (roughly) unescaped text and the offset after it.
    fn string(b: &[u8], pos: usize) -> Option<(String, usize)> {
        let mut out = Vec::new();
        let mut i = pos + 1;
        loop {
            match *b.get(i)? {
                b'"' => return Some((String::from_utf8_lossy(&out).into_owned(), i + 1)),
                b'\\' => {
                    let c = *b.get(i + 1)?;
                    match c {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
                            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)
                                .unwrap_or('\u{fffd}');
                            out.extend(c.to_string().bytes());
                            i += 4;
                        }
                        c => out.push(c),
                    }
                    i += 2;
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    /// The offset after the value at `pos`.
    fn skip(b: &[u8], pos: usize) -> Option<usize> {
        match *b.get(pos)? {
            b'"' => string(b, pos).map(|(_, end)| end),
            b'{' | b'[' => {
                let mut depth = 0usize;
                let mut i = pos;
                loop {
                    match *b.get(i)? {
                        b'"' => {
                            i = string(b, i)?.1;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(i + 1);
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => {
                let mut i = pos;
                while b
                    .get(i)
                    .is_some_and(|c| !matches!(c, b',' | b'}' | b']') && !c.is_ascii_whitespace())
                {
                    i += 1;
                }
                Some(i)
            }
        }
    }
}

mod yaml {
    /// A block node: its children are the lines after `line` indented more than
    /// `indent`, plus, for a sequence item, the content on `line` from `inline`.
    #[derive(Clone, Copy)]
    struct Node {
        line: usize,
        indent: isize,
        inline: Option<usize>,
        /// The value of a mapping key (whose block sequence may sit at its indent).
        key: bool,
    }

    struct Line<'a> {
        /// Byte offset of the line in the text.
        start: usize,
        indent: usize,
        content: &'a str,
    }

    /// The byte offset of the node at `tokens` (or of the deepest one found).
    pub fn find(text: &str, tokens: &[String]) -> Option<usize> {
        let mut lines = Vec::new();
        let mut start = 0;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            let content = line.trim_start_matches(' ');
            lines.push(Line {
                start,
                indent: line.len() - content.len(),
                content,
            });
            start += raw.len();
        }
        let significant = |l: &Line<'_>| {
            !l.content.is_empty()
                && !l.content.starts_with('#')
                && !l.content.starts_with("---")
                && !l.content.starts_with("%")
        };
        let mut node = Node {
            line: 0,
            indent: -1,
            inline: None,
            key: false,
        };
        let mut first = true;
        let mut found = None;
        for token in tokens {
            // The candidate lines of this node: (line index, column, content).
            let mut candidates: Vec<(usize, usize, &str)> = Vec::new();
            if let Some(col) = node.inline {
                candidates.push((
                    node.line,
                    col,
                    &lines[node.line].content[col - lines[node.line].indent..],
                ));
            }
            let from = if first { 0 } else { node.line + 1 };
            for (i, l) in lines.iter().enumerate().skip(from) {
                if !significant(l) {
                    continue;
                }
                // A sequence may sit at its key's own indent (`key:\n- a`).
                let inside = l.indent as isize > node.indent
                    || (l.indent as isize == node.indent
                        && node.key
                        && (l.content == "-" || l.content.starts_with("- ")));
                if !inside {
                    break;
                }
                candidates.push((i, l.indent, l.content));
            }
            first = false;
            let Some(&(_, child, _)) = candidates.first() else {
                break;
            };
            let at_child: Vec<_> = candidates.iter().filter(|c| c.1 == child).collect();
            let is_item = |c: &&&(usize, usize, &str)| c.2 == "-" || c.2.starts_with("- ");
            let index = token
                .parse::<usize>()
                .ok()
                .filter(|_| at_child.iter().any(|c| is_item(&c)));
            let next = if let Some(index) = index {
                at_child
                    .iter()
                    .filter(is_item)
                    .nth(index)
                    .map(|&&(line, col, content)| {
                        let rest = content[1..].trim_start_matches(' ');
                        let inline_col = col + (content.len() - rest.len());
                        let node = Node {
                            line,
                            indent: col as isize,
                            inline: (!rest.is_empty()).then_some(inline_col),
                            key: false,
                        };
                        (lines[line].start + col, node)
                    })
            } else {
                at_child
                    .iter()
                    .find_map(|&&(line, col, content)| {
                        key_rest(content, token).map(|rest| (line, col, rest))
                    })
                    .map(|(line, col, rest)| {
                        let value = rest.trim_start_matches(' ');
                        // `key: value` on one line is a scalar or a flow collection,
                        // into which this does not go.
                        let leaf = !value.is_empty() && !value.starts_with('#');
                        let node = Node {
                            line: if leaf { usize::MAX } else { line },
                            indent: col as isize,
                            inline: None,
                            key: true,
                        };
                        (lines[line].start + col, node)
                    })
            };
            match next {
                Some((offset, next_node)) => {
                    found = Some(offset);
                    if next_node.line == usize::MAX {
                        break;
                    }
                    node = next_node;
                }
                None => break,
            }
        }
        found
    }

    /// When `content` is the line of mapping key `key`: what follows the `:`.
    fn key_rest<'a>(content: &'a str, key: &str) -> Option<&'a str> {
        for quoted in [
            format!("{key}:"),
            format!("\"{key}\":"),
            format!("'{key}':"),
        ] {
            if let Some(rest) = content.strip_prefix(quoted.as_str()) {
                if rest.is_empty() || rest.starts_with(' ') {
                    return Some(rest);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str) -> Option<(usize, usize)> {
        locate(text, pointer).map(|l| (l.line, l.column))
    }

    #[test]
    fn yaml_block() {
        let text = "openapi: 3.0.3\ninfo: { title: t, version: \"1\" }\npaths:\n  /pets/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n        - in: query\n          name: q\n          schema:\n            type: object\n      responses:\n        '200':\n          description: ok\n";
        assert_eq!(at(text, "/paths/~1pets~1{id}/get"), Some((5, 5)));
        assert_eq!(
            at(text, "/paths/~1pets~1{id}/get/parameters/1"),
            Some((9, 9))
        );
        assert_eq!(
            at(text, "/paths/~1pets~1{id}/get/parameters/1/schema"),
            Some((11, 11))
        );
        assert_eq!(
            at(text, "/paths/~1pets~1{id}/get/parameters/1/schema/type"),
            Some((12, 13))
        );
        assert_eq!(
            at(text, "/paths/~1pets~1{id}/get/responses/200/description"),
            Some((15, 11))
        );
        // Into a flow mapping: the deepest node found.
        assert_eq!(at(text, "/info/title"), Some((2, 1)));
        assert_eq!(at(text, "/"), None);
        assert_eq!(
            at(text, "/paths/~1pets~1{id}/get/responses/200"),
            Some((14, 9))
        );
    }

    #[test]
    fn yaml_sequence_at_key_indent() {
        let text = "tags:\n- name: a\n- name: b\n  description: x\n";
        assert_eq!(at(text, "/tags/1/description"), Some((4, 3)));
    }

    #[test]
    fn json() {
        let text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n    \"/a/{b}\": {\"get\": {\"parameters\": [{\"name\": \"x\"}, {\"name\": \"y\", \"schema\": {}}]}}\n  }\n}\n";
        assert_eq!(at(text, "/paths/~1a~1{b}"), Some((4, 5)));
        assert_eq!(
            at(text, "/paths/~1a~1{b}/get/parameters/1/schema"),
            Some((4, 68))
        );
        assert_eq!(at(text, "/paths/~1a~1{b}/get/missing"), Some((4, 16)));
    }
}
