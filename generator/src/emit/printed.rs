//! Items the emitters print themselves.
//!
//! Parsing the emitted tokens with `syn` and printing them with `prettyplease` is most
//! of what generation costs. For numerous items of a regular shape (a struct's
//! decoder), an emitter writes the text `prettyplease` would print and puts a
//! placeholder item in its tokens, `__openapi_rs_gen_printed!("text");`, which
//! formatting (`format.rs`) replaces with that text. Outer attributes put before the
//! placeholder (a tag's `#[cfg(feature = ...)]`, by `gated`) are printed before the
//! text.
//!
//! A printer knows only the simple layouts: it answers `None` when its item comes
//! near one of `prettyplease`'s line-breaking decisions (a line near the margin, a
//! struct literal near its one-line width), and the item is formatted from its tokens
//! as before. Debug builds, so every test, and release builds run with
//! `OPENAPI_RS_GEN_CHECK_PRINTED=1` format the tokens too and assert that both texts
//! are the same.

use proc_macro2::{Delimiter, Literal, TokenStream, TokenTree};
use quote::quote;

const MARKER: &str = "__openapi_rs_gen_printed";

/// `prettyplease`'s margin: a group that fits within it stays on one line.
pub(crate) const MARGIN: usize = 89;

/// The widest struct literal `prettyplease` keeps on one line, from its name to the
/// space before its `}`.
pub(crate) const STRUCT_LITERAL_WIDTH: usize = 34;

/// The placeholder for `text`, or `tokens()` when there is no text.
pub(crate) fn item(text: Option<String>, tokens: impl FnOnce() -> TokenStream) -> TokenStream {
    checked(text, tokens, Within::File)
}

/// Like [`item`], for an item of a trait (a method with a default body): `text` is at
/// the trait's indentation, and the check formats the tokens inside a trait.
pub(crate) fn trait_item(
    text: Option<String>,
    tokens: impl FnOnce() -> TokenStream,
) -> TokenStream {
    checked(text, tokens, Within::Trait)
}

/// Like [`trait_item`], for an item of an inherent `impl` block.
pub(crate) fn impl_item(text: Option<String>, tokens: impl FnOnce() -> TokenStream) -> TokenStream {
    checked(text, tokens, Within::Impl)
}

/// Where a printed item goes.
#[derive(Clone, Copy)]
enum Within {
    File,
    Trait,
    Impl,
}

fn checked(
    text: Option<String>,
    tokens: impl FnOnce() -> TokenStream,
    within: Within,
) -> TokenStream {
    let Some(text) = text else {
        return tokens();
    };
    if checking() {
        let tokens = tokens();
        let (wrapped, open) = match within {
            Within::File => (tokens, ""),
            Within::Trait => (quote!(trait __Check { #tokens }), "trait __Check {\n"),
            Within::Impl => (quote!(impl __Check { #tokens }), "impl __Check {\n"),
        };
        let formatted = super::format::unparse(wrapped, None)
            .unwrap_or_else(|e| panic!("an emitted item does not format: {e}"));
        // Inside a block, the item's lines are those between its first and last.
        let expected = if open.is_empty() {
            &formatted
        } else {
            formatted
                .strip_prefix(open)
                .and_then(|t| t.strip_suffix("}\n"))
                .unwrap_or(&formatted)
        };
        assert_eq!(
            text, expected,
            "a printed item differs from its formatted tokens"
        );
    }
    placeholder(&text)
}

/// `__openapi_rs_gen_printed!("text");`
fn placeholder(text: &str) -> TokenStream {
    let marker = super::ident(MARKER);
    // A raw string: escaping the text (and unescaping it back) would cost more than
    // building the item did.
    let text = super::raw_string(text);
    quote!(#marker!(#text);)
}

/// Whether printed items are checked against their formatted tokens.
fn checking() -> bool {
    static CHECK: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    cfg!(debug_assertions)
        || *CHECK.get_or_init(|| {
            std::env::var_os("OPENAPI_RS_GEN_CHECK_PRINTED").is_some_and(|v| v == "1")
        })
}

/// An item `[#[attr]...] marker!(args);`: its outer attributes and the tokens of its
/// arguments. Shared with the runtime's placeholder (`runtime.rs`).
pub(crate) fn macro_item<'a>(
    item: &'a [TokenTree],
    marker: &str,
) -> Option<(&'a [TokenTree], TokenStream)> {
    let [
        attrs @ ..,
        TokenTree::Ident(name),
        TokenTree::Punct(bang),
        TokenTree::Group(args),
        TokenTree::Punct(semi),
    ] = item
    else {
        return None;
    };
    let attrs_only = attrs.chunks(2).all(|pair| {
        matches!(pair, [TokenTree::Punct(p), TokenTree::Group(g)]
            if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket)
    });
    (name == marker
        && bang.as_char() == '!'
        && semi.as_char() == ';'
        && args.delimiter() == Delimiter::Parenthesis
        && attrs_only)
        .then(|| (attrs, args.stream()))
}

/// Whether an item is a placeholder, without reading its text.
pub(crate) fn is_placeholder(item: &[TokenTree]) -> bool {
    macro_item(item, MARKER).is_some()
}

/// A placeholder item: its outer attributes' tokens and its text.
pub(crate) fn printed(item: &[TokenTree]) -> Option<(&[TokenTree], String)> {
    let (attrs, args) = macro_item(item, MARKER)?;
    let mut args = args.into_iter();
    let (Some(TokenTree::Literal(lit)), None) = (args.next(), args.next()) else {
        return None;
    };
    let lit = lit.to_string();
    let text = match raw_value(&lit) {
        Some(text) => text.to_owned(),
        None => unquote(&lit)?,
    };
    Some((attrs, text))
}

/// The value of a raw string literal (`r"..."`, `r#"..."#`).
fn raw_value(lit: &str) -> Option<&str> {
    let fenced = lit.strip_prefix('r')?;
    let hashes = fenced.bytes().take_while(|&b| b == b'#').count();
    let fence = &fenced[..hashes];
    fenced[hashes..]
        .strip_prefix('"')?
        .strip_suffix(fence)?
        .strip_suffix('"')
}

/// The value of a string literal as `Literal::string` writes it: quoted, with `\"`,
/// `\\`, `\n`, `\r`, `\t`, `\0`, `\'`, `\x..` and `\u{...}` escapes.
fn unquote(lit: &str) -> Option<String> {
    let inner = lit.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            '0' => '\0',
            c @ ('\\' | '"' | '\'') => c,
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                char::from(u8::from_str_radix(&hex, 16).ok()?)
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
            }
            _ => return None,
        });
    }
    Some(out)
}

/// The text of a string literal holding `value`, as the tokens print it.
pub(crate) fn string_literal(value: &str) -> String {
    Literal::string(value).to_string()
}

/// A type's tokens as `prettyplease` prints a type: paths, generics, references,
/// lifetimes, `impl`/`dyn` bounds without `+`, tuples and slices. `None` for
/// anything else (array lengths, literals, `+`, `=`).
pub(crate) fn type_text(tokens: &TokenStream) -> Option<String> {
    let mut out = String::new();
    push_type(tokens.clone(), &mut out)?;
    Some(out)
}

fn push_type(tokens: TokenStream, out: &mut String) -> Option<()> {
    // After a reference's lifetime, `&'a [T]` has a space before the bracket.
    let mut lifetime = false;
    for token in tokens {
        let after_lifetime = std::mem::take(&mut lifetime);
        match token {
            TokenTree::Ident(ident) => {
                if out.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    out.push(' ');
                }
                lifetime = out.ends_with('\'');
                out.push_str(&ident.to_string());
            }
            TokenTree::Punct(p) => match p.as_char() {
                c @ (':' | '<' | '>' | '&' | '\'') => out.push(c),
                ',' => out.push_str(", "),
                _ => return None,
            },
            TokenTree::Group(g) => {
                if after_lifetime {
                    out.push(' ');
                }
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ('(', ')'),
                    Delimiter::Bracket => ('[', ']'),
                    _ => return None,
                };
                out.push(open);
                push_type(g.stream(), out)?;
                out.push(close);
            }
            TokenTree::Literal(_) => return None,
        }
    }
    Some(())
}

/// `{head} for {ty} {}`, an impl with nothing in it, at the top level.
pub(crate) fn empty_impl(head: &str, ty: &str) -> Option<String> {
    let mut out = Lines::new();
    out.impl_header_open(0, head, ty, " {}")?;
    Some(out.finish())
}

/// An item's lines, each checked against the width `prettyplease` keeps a line whole
/// in ([`MARGIN`]); a method answers `None` when its line is longer, and the item is
/// formatted from its tokens.
pub(crate) struct Lines(String);

impl Lines {
    pub(crate) fn new() -> Self {
        Lines(String::new())
    }

    /// Adds a line at `indent` levels of four spaces; `None` when it is longer than
    /// [`MARGIN`]. Widths are in bytes, as `prettyplease` measures them.
    pub(crate) fn line(&mut self, indent: usize, text: &str) -> Option<()> {
        if !fits(indent, text) {
            return None;
        }
        self.push(indent, text);
        Some(())
    }

    /// Adds a line that is the same in every item, which `prettyplease` is known to
    /// print on one line (up to [`MARGIN`] wide).
    pub(crate) fn fixed(&mut self, indent: usize, text: &str) {
        debug_assert!(indent * 4 + text.len() <= MARGIN, "{text}");
        self.push(indent, text);
    }

    /// Doc comment lines (`///`, a space, the line), as `prettyplease` prints
    /// `#[doc = " line"]`: never broken, trailing spaces dropped.
    pub(crate) fn doc(&mut self, indent: usize, lines: &[String]) {
        for line in lines {
            if line.is_empty() {
                self.push(indent, "///");
            } else {
                self.push(indent, &format!("/// {}", line.trim_end_matches(' ')));
            }
        }
    }

    fn push(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.0.push_str("    ");
        }
        self.0.push_str(text);
        self.0.push('\n');
    }

    /// A call, `{head}(args){tail}`: on one line when it fits in [`MARGIN`], else
    /// `{head}(`, an argument per line, and `){tail}`, as `prettyplease` prints a
    /// call whose arguments are simple.
    pub(crate) fn call(
        &mut self,
        indent: usize,
        head: &str,
        args: &[String],
        tail: &str,
    ) -> Option<()> {
        let flat = format!("{head}({}){tail}", args.join(", "));
        if self.line(indent, &flat).is_some() {
            return Some(());
        }
        self.line(indent, &format!("{head}("))?;
        for arg in args {
            self.atom(indent + 1, arg, ",")?;
        }
        self.line(indent, &format!("){tail}"))
    }

    /// `{text}{after}`, where `text` is a string literal or a path, which nothing can
    /// break: on its line, however long.
    fn atom(&mut self, indent: usize, text: &str, after: &str) -> Option<()> {
        let line = format!("{text}{after}");
        if self.line(indent, &line).is_some() {
            return Some(());
        }
        let literal = text.starts_with('"') && text.parse::<Literal>().is_ok();
        (literal || is_path(text)).then(|| self.push(indent, &line))
    }

    /// A function's signature, `{head}({args}) -> {ret}{open}`: on one line when it
    /// fits, else `{head}(` (on its line however long: a name cannot break), an
    /// argument per line (a typed one breaking its type's generics as [`Lines::typed`]
    /// does), and `) -> {ret}{open}`, its type broken the same way when it is long.
    pub(crate) fn signature(
        &mut self,
        indent: usize,
        head: &str,
        args: &[String],
        ret: Option<&str>,
        open: &str,
    ) -> Option<()> {
        let arrow = ret.map(|r| format!(" -> {r}")).unwrap_or_default();
        let flat = format!("{head}({}){arrow}{open}", args.join(", "));
        if self.line(indent, &flat).is_some() {
            return Some(());
        }
        self.push(indent, &format!("{head}("));
        for (i, arg) in args.iter().enumerate() {
            let counted = usize::from(i + 1 < args.len());
            match arg.split_once(": ") {
                Some((name, ty)) => {
                    self.typed(indent + 1, &format!("{name}: "), ty, ",", counted)?
                }
                None => self.line(indent + 1, &format!("{arg},"))?,
            }
        }
        match ret {
            Some(ret) => self.typed(indent, ") -> ", ret, open, open.len()),
            None => self.line(indent, &format!("){open}")),
        }
    }

    /// `{before}{receiver}.{call}{after}` (a method call on a path): on one line when
    /// it fits, else the call on the next line, one level in, as `prettyplease`
    /// breaks a chain; its arguments one per line when it is long still.
    pub(crate) fn method_call(
        &mut self,
        indent: usize,
        before: &str,
        receiver: &str,
        method: &str,
        args: &[String],
        after: &str,
    ) -> Option<()> {
        let flat = format!("{before}{receiver}.{method}({}){after}", args.join(", "));
        if self.line(indent, &flat).is_some() {
            return Some(());
        }
        if !is_path(receiver) || !is_path(before.trim_end_matches([' ', ':', '='])) {
            return None;
        }
        self.push(indent, &format!("{before}{receiver}"));
        self.call(indent + 1, &format!(".{method}"), args, after)
    }

    /// `head` (ending in `&[`), the items, and `];`: on one line when it fits in
    /// [`MARGIN`], else one item per line.
    pub(crate) fn const_array(
        &mut self,
        indent: usize,
        head: &str,
        items: &[String],
    ) -> Option<()> {
        if self
            .line(indent, &format!("{head}{}];", items.join(", ")))
            .is_some()
        {
            return Some(());
        }
        self.line(indent, head)?;
        for item in items {
            self.line(indent + 1, &format!("{item},"))?;
        }
        self.line(indent, "];")
    }

    /// `{before}{name} { members }{after}` on one line when `prettyplease` keeps
    /// it there (see [`STRUCT_LITERAL_WIDTH`]), else a member per line.
    pub(crate) fn struct_literal(
        &mut self,
        indent: usize,
        before: &str,
        name: &str,
        members: &[String],
        after: &str,
    ) -> Option<()> {
        // What the width counts: the name, ` {`, and each member and the spaces
        // around them; without members, `Name {}`. An empty literal too wide for
        // it still opens a line of its own.
        if members.is_empty() {
            let flat = format!("{name} {{}}");
            if flat.len() <= STRUCT_LITERAL_WIDTH {
                return self.line(indent, &format!("{before}{flat}{after}"));
            }
        } else {
            let flat = format!("{name} {{ {} ", members.join(", "));
            if flat.len() <= STRUCT_LITERAL_WIDTH {
                return self.line(indent, &format!("{before}{flat}}}{after}"));
            }
        }
        let open = format!("{before}{name} {{");
        if self.line(indent, &open).is_none() {
            // A path cannot break, nor the call it is the last argument of.
            let call = |c: char| is_path_char(c) || matches!(c, '.' | '(' | '=');
            if members.is_empty() || !is_path(name) || !before.chars().all(call) {
                return None;
            }
            self.push(indent, &open);
        }
        for (i, member) in members.iter().enumerate() {
            // The last member's comma is there only when the literal breaks: it does
            // not count toward the width.
            let counted = if i + 1 < members.len() { "," } else { "" };
            if fits(indent + 1, &format!("{member}{counted}")) {
                self.push(indent + 1, &format!("{member},"));
                continue;
            }
            // `field: receiver.method(args)`, too long: the call goes on the next line.
            let (field, value) = member.split_once(": ")?;
            let (value, suffix) = match value.strip_suffix('?') {
                Some(value) => (value, "?"),
                None => (value, ""),
            };
            let (receiver, call) = value.split_once('.')?;
            let (method, args) = call.strip_suffix(')')?.split_once('(')?;
            if !method.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return None;
            }
            let args = split_arguments(args)?;
            let before = format!("{field}: ");
            if counted.is_empty() {
                // The last member: its comma does not count, so it is laid out
                // without it and added after.
                self.method_call(indent + 1, &before, receiver, method, &args, suffix)?;
                self.0.pop();
                self.0.push_str(",\n");
            } else {
                let after = format!("{suffix},");
                self.method_call(indent + 1, &before, receiver, method, &args, &after)?;
            }
        }
        self.line(indent, &format!("}}{after}"))
    }

    /// An enum's variant, `{name}({members}),` (`{name},` without members): on one
    /// line when it fits, else a member per line, each broken as [`Lines::typed`]
    /// breaks a type.
    pub(crate) fn tuple_variant(
        &mut self,
        indent: usize,
        name: &str,
        members: &[String],
    ) -> Option<()> {
        if members.is_empty() {
            return self.atom(indent, name, ",");
        }
        if self
            .line(indent, &format!("{name}({}),", members.join(", ")))
            .is_some()
        {
            return Some(());
        }
        self.push(indent, &format!("{name}("));
        for (i, m) in members.iter().enumerate() {
            self.typed(indent + 1, "", m, ",", usize::from(i + 1 < members.len()))?;
        }
        self.line(indent, "),")
    }

    /// A match arm, `{pattern} => {value},`: whole when it fits without its comma
    /// (which may end past the margin); `None` when it does not, for the caller to
    /// lay out.
    pub(crate) fn arm(&mut self, indent: usize, pattern: &str, value: &str) -> Option<()> {
        let text = format!("{pattern} => {value}");
        if indent * 4 + text.len() > MARGIN {
            return None;
        }
        self.push(indent, &format!("{text},"));
        Some(())
    }

    /// A `#[cfg(...)]` attribute of features: `#[cfg(feature = "a")]` or
    /// `#[cfg(any(feature = "a", ...))]` on one line when it fits, else broken as
    /// `prettyplease` breaks an attribute's list: `#[cfg(` / its content one level in
    /// (`any(` / a feature per line, the last without a comma / `)`) / `)]`.
    pub(crate) fn cfg(&mut self, indent: usize, features: &[String]) -> Option<()> {
        let one = |f: &String| format!("feature = {}", string_literal(f));
        let inner = match features {
            [] => return None,
            [f] => one(f),
            _ => format!(
                "any({})",
                features.iter().map(one).collect::<Vec<_>>().join(", ")
            ),
        };
        if self.line(indent, &format!("#[cfg({inner})]")).is_some() {
            return Some(());
        }
        self.fixed(indent, "#[cfg(");
        if features.len() == 1 || self.line(indent + 1, &inner).is_some() {
            // A string literal cannot break.
            if features.len() == 1 {
                self.push(indent + 1, &inner);
            }
        } else {
            self.fixed(indent + 1, "any(");
            for (i, f) in features.iter().enumerate() {
                let comma = if i + 1 < features.len() { "," } else { "" };
                self.push(indent + 2, &format!("{}{comma}", one(f)));
            }
            self.fixed(indent + 1, ")");
        }
        self.fixed(indent, ")]");
        Some(())
    }

    /// An element of an array that is a tuple of slices, `(&[a, b], &[c]),`: whole
    /// when it fits (the comma of the array's last element does not count), else
    /// `(`, each slice on its line whole or an item per line, `),`. `last`: whether it
    /// is the array's last element. `Some(true)` when it was whole; `None` when an
    /// item does not fit its line.
    pub(crate) fn tuple_of_lists(
        &mut self,
        indent: usize,
        lists: &[&[String]],
        last: bool,
    ) -> Option<bool> {
        let slice = |items: &[String]| format!("&[{}]", items.join(", "));
        let flat = format!(
            "({})",
            lists
                .iter()
                .map(|l| slice(l))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let comma = if last { "" } else { "," };
        if fits(indent, &format!("{flat}{comma}")) {
            self.push(indent, &format!("{flat},"));
            return Some(true);
        }
        self.fixed(indent, "(");
        for (k, items) in lists.iter().enumerate() {
            let comma = if k + 1 < lists.len() { "," } else { "" };
            let whole = slice(items);
            if fits(indent + 1, &format!("{whole}{comma}")) {
                self.push(indent + 1, &format!("{whole},"));
                continue;
            }
            self.fixed(indent + 1, "&[");
            for (i, item) in items.iter().enumerate() {
                let comma = if i + 1 < items.len() { "," } else { "" };
                if !fits(indent + 2, &format!("{item}{comma}")) {
                    return None;
                }
                self.push(indent + 2, &format!("{item},"));
            }
            self.fixed(indent + 1, "],");
        }
        self.fixed(indent, "),");
        Some(false)
    }

    /// A match arm whose value is a string literal or a path: whole when it fits
    /// (see [`Lines::arm`]), else the value alone in a block, on its line however
    /// long.
    pub(crate) fn atom_arm(&mut self, indent: usize, pattern: &str, value: &str) -> Option<()> {
        if self.arm(indent, pattern, value).is_some() {
            return Some(());
        }
        self.atom(indent, pattern, " => {")?;
        self.atom(indent + 1, value, "")?;
        self.fixed(indent, "}");
        Some(())
    }

    /// A call of one argument, the last expression of a block (`Err(f(x))`) or a
    /// nested call: whole when it fits, else the argument on its own line(s),
    /// broken the same way, with the comma a broken list ends with (which does not
    /// count toward the width). `arg` is a string literal or a path at the end.
    pub(crate) fn nested_call(
        &mut self,
        indent: usize,
        calls: &[&str],
        arg: &str,
        after: &str,
    ) -> Option<()> {
        let Some((first, rest)) = calls.split_first() else {
            return self.atom(indent, arg, after);
        };
        let close: String = ")".repeat(calls.len());
        let flat = format!(
            "{}{arg}{close}",
            calls.iter().map(|c| format!("{c}(")).collect::<String>()
        );
        if fits(indent, &flat) {
            self.push(indent, &format!("{flat}{after}"));
            return Some(());
        }
        self.line(indent, &format!("{first}("))?;
        self.nested_call(indent + 1, rest, arg, ",")?;
        self.line(indent, &format!("){after}"))
    }

    /// `let {pattern} = {value} else {`: on one line when it fits, else `else {` on
    /// the next line; `None` when `let {pattern} = ` does not fit.
    pub(crate) fn let_else(&mut self, indent: usize, pattern: &str, value: &str) -> Option<()> {
        // The `{` does not count toward the width.
        if fits(indent, &format!("let {pattern} = {value} else ")) {
            self.push(indent, &format!("let {pattern} = {value} else {{"));
            return Some(());
        }
        // A value that cannot break runs past the margin; when the pattern does not
        // fit before ` = ` either, it breaks: not printed.
        if !fits(indent, &format!("let {pattern} = ")) || !is_path(value) {
            return None;
        }
        self.push(indent, &format!("let {pattern} = {value}"));
        self.fixed(indent, "else {");
        Some(())
    }

    /// A type definition's head: its doc lines, derive line and `pub {keyword} {name} {`;
    /// without members, the whole definition, `pub {keyword} {name} {}`, and
    /// `Some(false)`.
    pub(crate) fn definition(
        &mut self,
        docs: &[String],
        derive: &str,
        keyword: &str,
        name: &str,
        members: bool,
    ) -> Option<bool> {
        self.doc(0, docs);
        self.fixed(0, derive);
        let open = if members { " {" } else { " {}" };
        self.typed(0, &format!("pub {keyword} "), name, open, 2)?;
        Some(members)
    }

    /// An impl's header, `{head} for {ty} {`: on one line when it fits, else `for`
    /// starts the next line, unindented, as `prettyplease` breaks it.
    pub(crate) fn impl_header(&mut self, indent: usize, head: &str, ty: &str) -> Option<()> {
        self.impl_header_open(indent, head, ty, " {")
    }

    /// Like [`Lines::impl_header`], with what opens the block (` {}` for an empty
    /// one). The `for` line breaks the type's generics when it is long still, and
    /// runs past the margin when it has none.
    pub(crate) fn impl_header_open(
        &mut self,
        indent: usize,
        head: &str,
        ty: &str,
        open: &str,
    ) -> Option<()> {
        // The `}` of an empty block does not count toward the width.
        let counted = open.len() - usize::from(open.ends_with("{}"));
        if fits(indent, &format!("{head} for {ty}{}", &open[..counted])) {
            self.push(indent, &format!("{head} for {ty}{open}"));
            return Some(());
        }
        self.line(indent, head)?;
        self.typed(indent, "for ", ty, open, counted)
    }

    /// An inherent impl with generic parameters, `impl<{params}> {ty} {`: on one line
    /// when it fits, else the parameters one per line, then `> {ty} {` (its own
    /// generics broken the same way when it is long still).
    pub(crate) fn generic_impl(&mut self, indent: usize, params: &[&str], ty: &str) -> Option<()> {
        let flat = format!("impl<{}> {ty} {{", params.join(", "));
        if self.line(indent, &flat).is_some() {
            return Some(());
        }
        self.fixed(indent, "impl<");
        for p in params {
            self.line(indent + 1, &format!("{p},"))?;
        }
        self.typed(indent, "> ", ty, " {", 2)
    }

    /// A line `prettyplease` never breaks, however long: nothing in it can break (a
    /// `const` of a string literal).
    pub(crate) fn unbreakable(&mut self, indent: usize, text: &str) {
        self.push(indent, text);
    }

    /// `{before}{ty}{after}`, a type in a `let` or a field: on one line when the
    /// text up to the first `counted` bytes of `after` fits (what follows cannot
    /// break, so the line may end past the margin), else the type's outer generic
    /// arguments one per line (`Option<` / `T,` / `>`), as `prettyplease` breaks it,
    /// each argument broken the same way when its line is long still. A type
    /// without generics (a path) cannot break: its line runs past the margin.
    pub(crate) fn typed(
        &mut self,
        indent: usize,
        before: &str,
        ty: &str,
        after: &str,
        counted: usize,
    ) -> Option<()> {
        let fits = format!("{before}{ty}{}", after.get(..counted)?);
        if indent * 4 + fits.len() <= MARGIN {
            self.push(indent, &format!("{before}{ty}{after}"));
            return Some(());
        }
        let Some(open) = ty.find('<') else {
            if !is_path(ty) || !is_path(before.trim_end_matches([' ', ':'])) {
                return None;
            }
            self.push(indent, &format!("{before}{ty}{after}"));
            return Some(());
        };
        let head = &ty[..open];
        if !head.chars().all(|c| is_path_char(c) || c == '=') {
            return None;
        }
        let inner = ty.get(open + 1..)?.strip_suffix('>')?;
        // The arguments at the top level of the outer `<...>`.
        let mut args = Vec::new();
        let (mut depth, mut start) = (0usize, 0);
        for (i, c) in inner.char_indices() {
            match c {
                '<' | '(' | '[' => depth += 1,
                '>' | ')' | ']' => depth = depth.checked_sub(1)?,
                ',' if depth == 0 => {
                    args.push(inner[start..i].trim());
                    start = i + 1;
                }
                _ => {}
            }
        }
        if depth != 0 {
            return None;
        }
        args.push(inner[start..].trim());
        // Neither `before` nor the type's path can break.
        self.push(indent, &format!("{before}{head}<"));
        // The last argument's comma is there only when the list breaks: it does not
        // count toward the argument's width.
        for (i, arg) in args.iter().enumerate() {
            self.typed(indent + 1, "", arg, ",", usize::from(i + 1 < args.len()))?;
        }
        self.line(indent, &format!(">{after}"))
    }

    pub(crate) fn finish(self) -> String {
        self.0
    }
}

/// A call's arguments, `a, "b, c", d` -> `a`, `"b, c"`, `d`: split at the commas
/// outside string literals and brackets; `None` for text that does not close.
fn split_arguments(text: &str) -> Option<Vec<String>> {
    let mut args = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    let (mut quoted, mut escaped) = (false, false);
    for (i, c) in text.char_indices() {
        if quoted {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            '(' | '[' | '{' | '<' => depth += 1,
            ')' | ']' | '}' | '>' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => {
                args.push(text[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    if quoted || depth != 0 {
        return None;
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        args.push(last.to_owned());
    }
    Some(args)
}

/// Whether a line of `text` at `indent` levels stays within [`MARGIN`].
fn fits(indent: usize, text: &str) -> bool {
    indent * 4 + text.len() <= MARGIN
}

fn is_path_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '&' | '\'' | ' ')
}

/// Whether `text` is a path, a lifetime or a reference to a path (`types::Tag`,
/// `&'a str`, `impl Into`): what `prettyplease` never breaks. Empty text is one.
fn is_path(text: &str) -> bool {
    text.chars().all(is_path_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_carry_any_text() {
        for text in [
            "impl A {}\n",
            "const X: &str = \"a \\\"b\\\" \\n\";\n",
            "tab\there \u{7f} \u{200b} é ✓ \0 'q' \\",
            "a \"# b \"## c",
            "bare\rreturn",
            "",
        ] {
            let tokens: Vec<TokenTree> = placeholder(text).into_iter().collect();
            let (attrs, back) = printed(&tokens).expect("a placeholder");
            assert!(attrs.is_empty());
            assert_eq!(back, text);
        }
        let gated = quote!(#[cfg(feature = "a")] __openapi_rs_gen_printed!("x"););
        let tokens: Vec<TokenTree> = gated.into_iter().collect();
        let (attrs, back) = printed(&tokens).expect("a placeholder");
        assert_eq!(attrs.len(), 2);
        assert_eq!(back, "x");
        for other in [
            quote!(other!("x");),
            quote!(__openapi_rs_gen_printed!(x);),
            quote!(pub __openapi_rs_gen_printed!("x");),
        ] {
            let tokens: Vec<TokenTree> = other.into_iter().collect();
            assert!(printed(&tokens).is_none(), "{tokens:?}");
        }
    }

    #[test]
    fn tokens_stand_in_when_there_is_no_text() {
        assert_eq!(
            item(None, || quote!(
                struct S;
            ))
            .to_string(),
            quote!(
                struct S;
            )
            .to_string()
        );
    }

    #[test]
    #[should_panic(expected = "differs")]
    fn a_text_unlike_its_tokens_is_caught() {
        item(Some("struct T;\n".to_owned()), || {
            quote!(
                struct S;
            )
        });
    }

    #[test]
    fn types_print_as_prettyplease_prints_them() {
        let types = [
            quote!(String),
            quote!(types::Repository),
            quote!(Vec<types::Tag>),
            quote!(std::collections::BTreeMap<String, Vec<Option<i64>>>),
            quote!(serde_json::Map<String, serde_json::Value>),
            quote!(()),
            quote!((u8, String)),
            quote!(&'static [&'static str]),
            quote!(impl Into<String>),
            quote!(Box<dyn std::error::Error>),
            quote!(ResponseFuture<Answer<types::Repository>>),
            quote!(X<'_>),
        ];
        for ty in types {
            let text = type_text(&ty).expect("a simple type");
            let file: syn::File = syn::parse_quote!(type T = #ty;);
            let expected = prettyplease::unparse(&file);
            assert_eq!(format!("type T = {text};\n"), expected);
        }
        for other in [
            quote!([u8; 4]),
            quote!(dyn A + B),
            quote!(impl Future<Output = ()>),
        ] {
            assert!(type_text(&other).is_none(), "{other}");
        }
    }

    /// What `prettyplease` prints for `text` parsed as Rust.
    fn formatted(text: &str) -> String {
        let tokens: TokenStream = text.parse().expect("tokens");
        prettyplease::unparse(&syn::parse2(tokens).expect("a file"))
    }

    /// The layouts past the margin (an impl header, a typed field and `let`, a match
    /// arm, a call) print as `prettyplease` formats them, on both sides of the margin.
    #[test]
    fn layouts_print_as_prettyplease_across_the_margin() {
        let mut broken = [0; 5];
        for len in 20..=70 {
            let name = format!("N{}", "x".repeat(len + 10));
            let ty = format!("Option<T{}>", "y".repeat(len / 2));
            let field = format!("f{}", "z".repeat(len / 2));
            let mut out = Lines::new();
            out.impl_header(0, "impl Trait", &name).expect("a header");
            out.fixed(1, "fn f(status: u16) {");
            out.typed(2, &format!("let mut {field}: "), &ty, " = None;", 3)
                .expect("a let");
            // Widths count bytes: a non-ASCII argument breaks the call sooner.
            let wide = format!("\"{}\"", "é".repeat(len / 5 + 22));
            out.call(2, "call", &[wide, "status".to_owned()], ";")
                .expect("a call");
            out.fixed(2, "match status {");
            let value = format!("call({}, status)", "v".repeat(len - 12));
            if out.arm(3, "404", &value).is_none() {
                broken[2] += 1;
                out.fixed(3, "404 => {");
                out.line(4, &value).expect("a value");
                out.fixed(3, "}");
            }
            out.arm(3, "_", "None").expect("an arm");
            out.fixed(2, "}");
            out.fixed(1, "}");
            out.fixed(0, "}");
            out.fixed(0, "struct S {");
            out.typed(1, &format!("pub {field}: "), &ty, ",", 1)
                .expect("a field");
            out.fixed(0, "}");
            let text = out.finish();
            broken[0] += usize::from(text.starts_with("impl Trait\n"));
            broken[1] += usize::from(text.contains("Option<\n"));
            broken[3] += usize::from(!text.contains(&format!("{field}: Option<T")));
            broken[4] += usize::from(text.contains("call(\n"));
            assert_eq!(text, formatted(&text), "{len}");
        }
        // Each layout was seen both whole and broken.
        assert!(broken.iter().all(|&n| n > 0 && n < 51), "{broken:?}");
    }

    /// The layouts for long names and types (nested generics, a signature's
    /// arguments and return type, an impl's generics, a tuple variant, a method call
    /// on the next line, an empty impl) print as `prettyplease` formats them, from
    /// one line to broken at every level and past the margin.
    #[test]
    fn long_names_and_types_print_as_prettyplease() {
        let mut seen = std::collections::BTreeSet::new();
        for len in 10..=110 {
            let name = format!("N{}", "x".repeat(len));
            let ty = format!("Result<Vec<types::{name}>, Error>");
            let mut out = Lines::new();
            out.generic_impl(0, &["'a"], &format!("{name}<'a>"))
                .expect("an impl");
            out.signature(
                1,
                "pub fn f",
                &["self".to_owned(), format!("value: {ty}")],
                Some(&format!("Answer<{ty}>")),
                " {",
            )
            .expect("a signature");
            out.method_call(
                2,
                "let value = ",
                "read",
                "one",
                &["Place::Path".to_owned(), string_literal(&name)],
                ";",
            )
            .expect("a call");
            let field = name.to_lowercase();
            if out.let_else(2, &format!("Some({field})"), &field).is_some() {
                out.fixed(3, "return None;");
                out.fixed(2, "};");
            }
            out.fixed(2, "match value {");
            out.atom_arm(3, &format!("Self::{name}"), &string_literal(&name))
                .expect("an arm");
            out.atom_arm(3, &string_literal(&name), &format!("Self::{name}"))
                .expect("an arm");
            out.atom_arm(3, "_", "None").expect("an arm");
            out.fixed(2, "}");
            out.struct_literal(
                2,
                "",
                &name,
                &["client: self".to_owned(), format!("{name}: value.into()")],
                "",
            )
            .expect("a literal");
            out.fixed(1, "}");
            out.fixed(1, "fn g() {");
            out.nested_call(2, &["Err", "not_implemented"], &string_literal(&name), "")
                .expect("a call");
            out.fixed(1, "}");
            out.fixed(0, "}");
            out.impl_header_open(0, "impl types::Validate", &name, " {}")
                .expect("an empty impl");
            out.definition(&[], "#[derive(Debug)]", "enum", &name, true)
                .expect("an enum");
            out.tuple_variant(1, "Status2xx", &["StatusCode".to_owned(), ty.clone()])
                .expect("a variant");
            out.tuple_variant(1, &name, &[]).expect("a unit variant");
            out.fixed(0, "}");
            out.definition(
                &[],
                "#[derive(Debug)]",
                "struct",
                &format!("{name}<'a>"),
                true,
            )
            .expect("a struct");
            out.typed(1, "client: ", "&'a Client", ",", 1)
                .expect("a field");
            out.fixed(0, "}");
            let feature = name.to_lowercase();
            out.cfg(0, &[feature.clone(), format!("{feature}-b")])
                .expect("a cfg");
            out.impl_header(0, "impl IntoFuture", &format!("{name}<'_>"))
                .expect("an impl");
            out.typed(1, "type Output = ", &ty, ";", 1).expect("a type");
            out.fixed(0, "}");
            out.cfg(0, &[format!("{feature}-{feature}")])
                .expect("a cfg");
            out.fixed(0, "struct S;");
            out.fixed(0, "static ROUTES: [Route; 2] = [");
            let segs: Vec<String> = (0..len / 6)
                .map(|i| format!("Seg::Lit(\"s{i}\")"))
                .collect();
            let methods = [format!("(\"GET\", {len})"), "(\"PUT\", 1)".to_owned()];
            out.tuple_of_lists(1, &[&segs, &methods], false)
                .expect("a route");
            out.tuple_of_lists(1, &[&segs[..segs.len() / 3], &methods[..1]], true)
                .expect("a route");
            out.fixed(0, "];");
            let text = out.finish();
            for (mark, what) in [
                ("impl<\n", "impl generics broken"),
                ("Vec<\n", "nested generics broken"),
                ("    .one(", "call on the next line"),
                ("\n                .into(),", "member's call broken"),
                ("Status2xx(\n", "variant broken"),
                ("\nfor ", "for on its own line"),
                ("\n        else {", "else on its own line"),
                (" => {\n", "arm in a block"),
                ("Err(\n            not_implemented(\n", "nested call broken"),
                ("#[cfg(\n    feature", "cfg broken"),
                ("#[cfg(\n    any(\n", "cfg's any broken"),
                ("#[cfg(\n    any(feature", "cfg broken, any whole"),
                ("\n    (&[", "route whole"),
                ("\n    (\n        &[Seg", "route broken, segments whole"),
                ("\n    (\n        &[\n", "route's segments broken"),
            ] {
                if text.contains(mark) {
                    seen.insert(what);
                }
            }
            if text.lines().any(|l| l.len() > MARGIN) {
                seen.insert("past the margin");
            }
            assert_eq!(text, formatted(&text), "{len}");
        }
        assert_eq!(seen.len(), 16, "{seen:?}");
    }

    #[test]
    fn arguments_split_outside_literals_and_brackets() {
        let args = split_arguments(r#"slot, "a, \"b(", f(x, y), Vec::<(u8, u8)>::new()"#);
        assert_eq!(
            args.expect("arguments"),
            ["slot", r#""a, \"b(""#, "f(x, y)", "Vec::<(u8, u8)>::new()"]
        );
        assert_eq!(split_arguments("").expect("none"), Vec::<String>::new());
        assert!(split_arguments("f(x").is_none());
        assert!(split_arguments(r#""open"#).is_none());
    }

    #[test]
    fn long_lines_are_refused() {
        let mut lines = Lines::new();
        assert!(lines.line(1, "short").is_some());
        assert!(lines.line(0, &"x".repeat(MARGIN)).is_some());
        assert!(lines.line(1, &"x".repeat(MARGIN - 3)).is_none());
        // `prettyplease` measures bytes: 45 two-byte characters are past the margin.
        assert!(lines.line(0, &"é".repeat(45)).is_none());
        assert_eq!(
            lines.finish(),
            format!("    short\n{}\n", "x".repeat(MARGIN))
        );
    }
}
