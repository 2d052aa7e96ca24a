//! Formatting a generated file item by item.
//!
//! `prettyplease` prints a file as its items one after the other, and an `impl` or
//! `trait` block as its header, then its items one after the other, then `}`. So a
//! file can be formatted in pieces: each top-level item on its own, and the items
//! of a large `impl`/`trait` block each inside a copy of the block's header. The text
//! is the same as formatting the whole file at once (a piece whose printed header
//! does not look as expected falls back to the whole block), but the syntax trees
//! and token buffers that `syn` builds stay the size of one item: formatting a
//! 20 MB document's output no longer needs gigabytes at once, nor growing buffers
//! of that size.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use std::collections::HashMap;

/// Blocks with fewer items than this are formatted whole: splitting them saves
/// nothing and prints their header once per item.
const SPLIT_BLOCK_ITEMS: usize = 16;

/// Formats a file's tokens (inner attributes and items) as `prettyplease` would
/// format the whole file.
pub(crate) fn unparse(tokens: TokenStream, cache: Option<&Cache>) -> Result<String, String> {
    Ok(unparse_items(tokens, cache)?.concat())
}

/// Like [`unparse`], the text of each item apart (each ends with a line break): a
/// printed item's text is not copied again, and the file is put together once, in a
/// buffer of its size (growing one by doubling copies it and touches fresh memory
/// each time, most of what a big file costs the kernel).
pub(crate) fn unparse_items(
    tokens: TokenStream,
    cache: Option<&Cache>,
) -> Result<Vec<String>, String> {
    let items = split_items(tokens);
    let mut out = Vec::with_capacity(items.len());
    // The printed outer attributes of placeholders, by their tokens' text.
    let mut attrs_printed: HashMap<String, String> = HashMap::new();
    for item in items {
        let mut text = if let Some(text) = super::runtime::printed(&item) {
            text.to_owned()
        } else if let Some((attrs, text)) = super::printed::printed(&item) {
            if attrs.is_empty() {
                text
            } else {
                let mut out = String::with_capacity(text.len() + 64);
                push_printed(&mut out, attrs, &text, "", &mut attrs_printed)?;
                out
            }
        } else if let Some(cache) = cache {
            // Keyed by the item's text: what `to_string` costs is a fraction of
            // parsing and printing the item again.
            let key = item.iter().cloned().collect::<TokenStream>().to_string();
            let hit = cache.0.lock().ok().and_then(|c| c.get(&key).cloned());
            match hit {
                Some(text) => text,
                None => {
                    let text = unparse_item(item)?;
                    if let Ok(mut c) = cache.0.lock() {
                        c.insert(key, text.clone());
                    }
                    text
                }
            }
        } else {
            unparse_item(item)?
        };
        // Alone, an inner attribute other than a doc comment prints without the line
        // break that the item after it would bring.
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        out.push(text);
    }
    Ok(out)
}

/// Formatted items by their tokens' text, shared by the files of one generation:
/// the client's and the server's `types.rs` have most of their items in common.
#[derive(Default)]
pub(crate) struct Cache(std::sync::Mutex<HashMap<String, String>>);

/// Formats one top-level item.
fn unparse_item(item: Vec<TokenTree>) -> Result<String, String> {
    match split_block(item) {
        Ok((header, body)) => match unparse_block(&header, &body)? {
            Some(text) => Ok(text),
            None => unparse_piece(join_block(header, body.into_iter().map(expanded).collect())),
        },
        Err(item) => unparse_piece(item.into_iter().collect()),
    }
}

/// An item with a printed placeholder in it turned back into the tokens of its text,
/// for a block that is formatted whole.
pub(crate) fn expanded(item: Vec<TokenTree>) -> Vec<TokenTree> {
    let Some((attrs, text)) = super::printed::printed(&item) else {
        return item;
    };
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return item;
    };
    attrs.iter().cloned().chain(tokens).collect()
}

/// A printed item's text with its outer attributes after its doc comment, each line
/// of the attributes after `indent` (the text is indented already). `attrs_printed`
/// keeps the attributes printed so far by their tokens' text: a tag's `cfg` repeats.
fn push_printed(
    out: &mut String,
    attrs: &[TokenTree],
    text: &str,
    indent: &str,
    attrs_printed: &mut HashMap<String, String>,
) -> Result<(), String> {
    // The attributes go after the item's doc comment, where `gated` puts them among
    // tokens.
    let docs_end = text
        .split_inclusive('\n')
        .take_while(|line| line.trim_start().starts_with("///"))
        .map(str::len)
        .sum();
    let (docs, text) = text.split_at(docs_end);
    out.push_str(docs);
    if !attrs.is_empty() {
        let key = attrs.iter().cloned().collect::<TokenStream>().to_string();
        let printed = match attrs_printed.get(&key) {
            Some(printed) => printed,
            None => {
                let printed = unparse_attrs(attrs)?;
                attrs_printed.entry(key).or_insert(printed)
            }
        };
        for line in printed.lines() {
            out.push_str(indent);
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(text);
    Ok(())
}

/// Outer attributes as `prettyplease` prints them before an item.
fn unparse_attrs(attrs: &[TokenTree]) -> Result<String, String> {
    const ITEM: &str = "struct __Item;\n";
    let mut tokens: TokenStream = attrs.iter().cloned().collect();
    tokens.extend(quote::quote!(
        struct __Item;
    ));
    let text = unparse_piece(tokens)?;
    text.strip_suffix(ITEM)
        .map(str::to_owned)
        .ok_or_else(|| format!("attributes print unexpectedly: {text}"))
}

/// Formats one file piece (inner attributes and/or items).
fn unparse_piece(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// `header { body... }`.
fn join_block(header: Vec<TokenTree>, body: Vec<Vec<TokenTree>>) -> TokenStream {
    let inner: TokenStream = body.into_iter().flatten().collect();
    let mut t: TokenStream = header.into_iter().collect();
    t.extend([TokenTree::Group(Group::new(Delimiter::Brace, inner))]);
    t
}

/// Formats `header { body... }` one inner item at a time: the printed header once,
/// then each item's lines as printed inside that header. `None` when a printed piece
/// does not have the expected header and closing line.
fn unparse_block(header: &[TokenTree], body: &[Vec<TokenTree>]) -> Result<Option<String>, String> {
    let with = |inner: &[TokenTree]| join_block(header.to_vec(), vec![inner.to_vec()]);
    let empty = unparse_piece(with(&[]))?;
    let Some(prefix) = empty.strip_suffix("{}\n") else {
        return Ok(None);
    };
    let open = format!("{prefix}{{\n");
    let mut out = open.clone();
    let mut attrs_printed = HashMap::new();
    for item in body {
        // A printed item is printed at the block's indentation already.
        if let Some((attrs, text)) = super::printed::printed(item) {
            push_printed(&mut out, attrs, &text, "    ", &mut attrs_printed)?;
            continue;
        }
        let text = unparse_piece(with(item))?;
        match text
            .strip_prefix(open.as_str())
            .and_then(|t| t.strip_suffix("}\n"))
        {
            Some(inner) => out.push_str(inner),
            None => return Ok(None),
        }
    }
    out.push_str("}\n");
    Ok(Some(out))
}

/// A large `impl ... { items }` or `trait ... { items }` item as its header and its
/// inner items; anything else back as it was.
#[allow(clippy::type_complexity)]
fn split_block(
    mut item: Vec<TokenTree>,
) -> Result<(Vec<TokenTree>, Vec<Vec<TokenTree>>), Vec<TokenTree>> {
    let group = match item.pop() {
        Some(TokenTree::Group(g))
            if g.delimiter() == Delimiter::Brace && is_block_header(&item) =>
        {
            g
        }
        Some(last) => {
            item.push(last);
            return Err(item);
        }
        None => return Err(item),
    };
    // The stream is not shared once the group is gone, so splitting it moves its
    // tokens instead of copying them.
    let stream = group.stream();
    drop(group);
    let body = split_items(stream);
    // Small blocks gain nothing; inner attributes of a block stay with a whole-block
    // format.
    let inner_attrs = body
        .iter()
        .any(|i| i.len() > 1 && is_pound(&i[0]) && is_bang(&i[1]));
    let printed = body.iter().any(|i| super::printed::is_placeholder(i));
    if (body.len() < SPLIT_BLOCK_ITEMS && !printed) || inner_attrs {
        let inner: TokenStream = body.into_iter().flat_map(expanded).collect();
        item.push(TokenTree::Group(Group::new(Delimiter::Brace, inner)));
        return Err(item);
    }
    Ok((item, body))
}

/// `[#[attr]...] [pub[(...)]] [unsafe|auto|default]... impl|trait ...`.
fn is_block_header(header: &[TokenTree]) -> bool {
    let mut rest = header;
    loop {
        match rest {
            [TokenTree::Punct(p), TokenTree::Group(g), tail @ ..]
                if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
            {
                rest = tail;
            }
            [TokenTree::Ident(i), TokenTree::Group(g), tail @ ..]
                if i == "pub" && g.delimiter() == Delimiter::Parenthesis =>
            {
                rest = tail;
            }
            [TokenTree::Ident(i), tail @ ..]
                if i == "pub" || i == "unsafe" || i == "auto" || i == "default" =>
            {
                rest = tail;
            }
            [TokenTree::Ident(i), ..] => return i == "impl" || i == "trait",
            _ => return false,
        }
    }
}

fn is_pound(t: &TokenTree) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == '#')
}

fn is_bang(t: &TokenTree) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == '!')
}

/// Splits a sequence of items into one token list per item (inner attributes go
/// with the item after them). An item ends at a `;` or at a `{...}` block that
/// something other than an expression's continuation follows (`as`, `else`, `.`,
/// `;`...). A wrong split cannot produce other code: each piece must parse on its
/// own, and an error there stops formatting.
pub(crate) fn split_items(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut items = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(t) = iter.next() {
        let ends = match &t {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => match iter.peek() {
                None => true,
                Some(TokenTree::Punct(p)) => p.as_char() == '#',
                Some(TokenTree::Ident(i)) => i != "as" && i != "else",
                Some(_) => false,
            },
            _ => false,
        };
        current.push(t);
        // An inner attribute is a piece of its own, so that the item after it is
        // seen whole (a printed placeholder, say).
        let inner_attr = matches!(current.as_slice(), [pound, bang, TokenTree::Group(g)]
            if is_pound(pound) && is_bang(bang) && g.delimiter() == Delimiter::Bracket);
        if ends || inner_attr {
            items.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        items.push(current);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{format_ident, quote};

    fn whole(tokens: TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(tokens).expect("parses"))
    }

    /// Large blocks (an inherent impl, a trait impl with a where clause, a trait with
    /// default methods) and the items around them print as they do in one piece.
    #[test]
    fn pieces_print_as_the_whole_file() {
        let methods = (0..40).map(|i| {
            let name = format_ident!("method_{i}");
            let long = format_ident!("a_rather_long_argument_name_that_forces_wrapping_{i}");
            quote! {
                #[doc = " A method."]
                pub fn #name(&self, #long: Option<Vec<std::collections::BTreeMap<String, u64>>>) -> Result<(), String> {
                    if let Some(v) = #long { Ok(()) } else { Err(format!("{}", #i)) }
                }
            }
        });
        let trait_methods = (0..20).map(|i| {
            let name = format_ident!("call_{i}");
            quote! {
                fn #name(&self) -> impl std::future::Future<Output = Result<u8, ()>> + Send {
                    async { Err(()) }
                }
                type T;
                const C: u8 = 1;
            }
        });
        let debug_items = (0..20).map(|i| {
            let name = format_ident!("helper_{i}");
            quote!(fn #name(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("x") })
        });
        let file = quote! {
            //! A file.
            #![allow(dead_code)]
            use std::fmt;
            /// A client.
            pub struct Client { a: u8 }
            impl Client { #(#methods)* }
            #[doc = " The trait."]
            pub trait Api: Send + Sync + 'static { #(#trait_methods)* }
            impl<T> fmt::Debug for Wrapper<T> where T: fmt::Debug + Clone + Send + Sync + 'static + PartialEq + Eq {
                #(#debug_items)*
            }
            const X: u8 = { 1 } as u8;
            static Y: [u8; 2] = [1, 2];
            fn f() -> u8 { if true { 1 } else { 2 } }
        };
        let pieces = unparse(file.clone(), None).expect("formats");
        assert_eq!(pieces, whole(file.clone()));
        assert!(pieces.contains("impl Client {\n    /// A method.\n"));
        // The three blocks were formatted item by item, not whole.
        let blocks = split_items(file)
            .into_iter()
            .filter_map(|item| split_block(item).ok())
            .map(|(header, body)| unparse_block(&header, &body).expect("formats"))
            .collect::<Vec<_>>();
        assert_eq!(blocks.len(), 3);
        assert!(blocks.iter().all(Option::is_some));
    }

    #[test]
    fn items_split_at_their_ends() {
        let items = split_items(quote! {
            const X: u8 = { 1 } as u8;
            fn f() {}
            #[derive(Debug)]
            struct S;
            impl S {}
        });
        assert_eq!(items.len(), 4);
    }
}
