//! Format-aware mutations of real files: cut, delete, duplicate a line, or insert a token that
//! means something to TOML, front matter or JSON. Random bytes rarely get past the first
//! character of a parser; these keep most of a file intact and break it in one place.

use proptest::prelude::*;

/// Pieces that change how a TOML, front-matter or JSON parser reads what follows.
const TOKENS: &[&str] = &[
    "+++\n",
    "+++",
    "\n+++\n",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "=",
    ",",
    ":",
    ".",
    "#",
    "\\",
    "\\u",
    "\\uD800",
    "\\x",
    "\n",
    "\r\n",
    "\r",
    "\0",
    "\t",
    " ",
    "\u{FEFF}",
    "\u{202E}",
    "\u{301}",
    "日本語",
    "🙂",
    "inf",
    "nan",
    "-0",
    "1e999",
    "99999999999999999999999",
    "-1",
    "256",
    "true",
    "null",
    "1979-05-27T07:32:00Z",
    "parent = \"demo:a\"\n",
    "kind = \"practice\"\n",
    "title = \"\"\n",
    "levels = []\n",
    "[weights]\nmedical = 9.0\n",
    "[weight_reasons]\nwater = \"x\"\n",
    "a.b.c = 1\n",
    "\"unknown\"",
    "[[[[[[[[[[[[[[[[",
    "{\"a\":",
];

#[derive(Clone, Debug)]
pub enum Mutation {
    /// Keep the first part of the file: a truncated download or copy.
    Truncate(f64),
    Delete(f64, usize),
    Insert(f64, String),
    /// Repeat the line around a point: duplicate keys, tables and fences.
    DuplicateLine(f64),
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (0.0..1.0).prop_map(Mutation::Truncate),
        2 => (0.0..1.0, 1..64usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        4 => (0.0..1.0, token()).prop_map(|(at, text)| Mutation::Insert(at, text)),
        1 => (0.0..1.0).prop_map(Mutation::DuplicateLine),
    ]
}

pub fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..5)
}

/// The character boundary at or before a fraction of the text.
fn boundary(text: &str, fraction: f64) -> usize {
    let mut at = ((text.len() as f64) * fraction) as usize;
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut text = text.to_owned();
    for mutation in mutations {
        match mutation {
            Mutation::Truncate(at) => text.truncate(boundary(&text, *at)),
            Mutation::Delete(at, len) => {
                let start = boundary(&text, *at);
                let mut end = (start + len).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, "");
            }
            Mutation::Insert(at, token) => text.insert_str(boundary(&text, *at), token),
            Mutation::DuplicateLine(at) => {
                let at = boundary(&text, *at);
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
                let line = text[start..end].to_owned();
                text.insert_str(start, &line);
            }
        }
    }
    text
}

#[test]
fn mutations_keep_the_text_valid_utf8_and_change_it() {
    let text = "id = \"日本\"\nkind = \"x\"\n";
    let cut = apply(text, &[Mutation::Truncate(0.3)]);
    assert!(text.starts_with(&cut) && cut.len() < text.len());
    let doubled = apply(text, &[Mutation::DuplicateLine(0.1)]);
    assert_eq!(doubled, "id = \"日本\"\nid = \"日本\"\nkind = \"x\"\n");
    let deleted = apply(text, &[Mutation::Delete(0.5, 3)]);
    assert_eq!(deleted.len() + 3, text.len(), "{deleted:?}");
}
