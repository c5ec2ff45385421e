//! File-level parsing: TOML manifests and Markdown files with `+++` TOML front matter, into raw
//! structures that still carry source spans, so later checks can name the line.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use crate::problem::ProblemKind;

/// A parse failure and the 1-based line it happened on.
pub type ParseError = (usize, ProblemKind);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    pub id: Spanned<String>,
    #[serde(default)]
    pub order: u32,
    pub kinds: Vec<String>,
    /// The date the pack's facts were last checked (YYYY-MM-DD); required, checked by the loader.
    pub as_of: Option<Spanned<String>>,
    /// Groups of names that mean the same, in either language; search treats them as one.
    #[serde(default)]
    pub synonyms: Vec<Spanned<Vec<String>>>,
    pub en: RawPackText,
    pub ja: RawPackText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPackText {
    pub title: String,
    pub description: String,
    pub notice: String,
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub kind: Spanned<String>,
    pub parent: Option<Spanned<String>>,
    #[serde(default)]
    pub order: u32,
    #[serde(default)]
    pub see_also: Vec<Spanned<String>>,
    #[serde(default)]
    pub maps: Vec<Spanned<String>>,
    pub directive: Option<Spanned<String>>,
    #[serde(default)]
    pub depends_on: Vec<Spanned<String>>,
    #[serde(default)]
    pub weights: BTreeMap<String, Spanned<f64>>,
    pub anchor: Option<Spanned<bool>>,
    pub applies_when: Option<Spanned<String>>,
    pub theme: Option<Spanned<String>>,
    pub technical: Option<Spanned<bool>>,
    // sector items only:
    #[serde(default)]
    pub targets: BTreeMap<String, Spanned<i64>>,
    /// The date the item's facts were last checked (YYYY-MM-DD); required.
    pub as_of: Option<Spanned<String>>,
    // obligation items only:
    pub status: Option<Spanned<String>>,
    pub effective: Option<Spanned<String>>,
    #[serde(default)]
    pub applies_to: Vec<Spanned<String>>,
    #[serde(default)]
    pub helped_by: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub source: Spanned<String>,
    pub question: Option<Spanned<String>>,
    pub why_ask: Option<Spanned<String>>,
    pub levels: Option<Spanned<Vec<String>>>,
    pub first_steps: Option<Spanned<Vec<String>>>,
    pub ciso_questions: Option<Spanned<Vec<String>>>,
    pub in_brief: Option<Spanned<String>>,
    /// What goes wrong for the business without the practice: one sentence, for the board.
    pub risk: Option<Spanned<String>>,
    pub effort: Option<Spanned<String>>,
    pub good_answers: Option<Spanned<Vec<String>>>,
    // obligation items only:
    pub who: Option<Spanned<String>>,
    pub requires: Option<Spanned<String>>,
    #[serde(default)]
    pub weight_reasons: BTreeMap<String, Spanned<String>>,
}

/// A parsed Markdown file: its front matter, its body, and the line the front matter starts on.
pub struct FrontMatterFile<T> {
    pub meta: T,
    pub body: String,
    /// Byte offset of the front matter TOML in the file: add it to a span to find the line.
    pub meta_start: usize,
}

/// Some Windows editors start UTF-8 files with a byte order mark, invisible to the author.
const BOM: char = '\u{FEFF}';

pub fn parse_toml<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    // The mark becomes three spaces, not nothing, so spans stay offsets into the file.
    let padded;
    let text = match text.strip_prefix(BOM) {
        Some(rest) => {
            padded = format!("   {rest}");
            &padded
        }
        None => text,
    };
    toml::from_str(text).map_err(|err| {
        let line = err.span().map_or(1, |span| line_of(text, span.start));
        let detail = err.message().trim().to_owned();
        (line, ProblemKind::Syntax { detail })
    })
}

/// Splits `+++\n<toml>\n+++\n<body>` and parses the TOML.
pub fn parse_front_matter<T: DeserializeOwned>(
    text: &str,
) -> Result<FrontMatterFile<T>, ParseError> {
    let unmarked = text.strip_prefix(BOM).unwrap_or(text);
    let Some(rest) = unmarked
        .strip_prefix("+++\n")
        .or_else(|| unmarked.strip_prefix("+++\r\n"))
    else {
        return Err((1, ProblemKind::NoFrontMatter));
    };
    let Some((meta_text, body)) = split_at_fence(rest) else {
        // Opened and never closed: most likely a file cut short.
        return Err((1, ProblemKind::UnclosedFrontMatter));
    };
    let meta = parse_toml(meta_text).map_err(|(line, kind)| (line + 1, kind))?;
    let meta_start = text.len() - rest.len();
    Ok(FrontMatterFile {
        meta,
        body: body.to_owned(),
        meta_start,
    })
}

fn split_at_fence(rest: &str) -> Option<(&str, &str)> {
    let mut start = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..start], &rest[start + line.len()..]));
        }
        start += line.len();
    }
    None
}

/// Whether a string is a real calendar date written as YYYY-MM-DD.
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| text[range].parse::<u32>().ok())
            .flatten()
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1900 && (1..=days).contains(&day)
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    1 + text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_errors_name_the_file_line() {
        let text = "+++\ntitle = \"a\"\nsummary = \n+++\nbody";
        let Err((line, ProblemKind::Syntax { .. })) = parse_front_matter::<RawText>(text) else {
            panic!("expected a syntax error");
        };
        assert_eq!(line, 3);
    }

    #[test]
    fn missing_front_matter_is_reported() {
        assert!(matches!(
            parse_front_matter::<RawText>("# just markdown"),
            Err((1, ProblemKind::NoFrontMatter))
        ));
        assert!(matches!(
            parse_front_matter::<RawText>("+++\ntitle = \"unterminated\"\n"),
            Err((1, ProblemKind::UnclosedFrontMatter))
        ));
    }

    #[test]
    fn a_byte_order_mark_is_ignored_and_lines_still_count() {
        let text = "\u{FEFF}+++\ntitle = \"t\"\nsummary = \"s\"\nsource = \"x\"\n+++\nbody";
        let file = parse_front_matter::<RawText>(text).expect("parses");
        assert_eq!(
            line_of(text, file.meta_start + file.meta.source.span().start),
            4
        );
        let item = "\u{FEFF}kind = \"topic\"\nsee_also = [\n\"a:b\"]\n";
        let raw: RawItem = parse_toml(item).expect("parses");
        assert_eq!(line_of(item, raw.see_also[0].span().start), 3);
    }

    #[test]
    fn dates_are_real_calendar_days() {
        for good in ["2026-11-30", "2024-02-29", "2000-02-29"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2026-11-31",
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-11-30",
            "2026/11/30",
            "",
            "２０２６-11-30",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn unknown_keys_are_errors() {
        let text = "+++\ntitle = \"t\"\nsummary = \"s\"\nsource = \"x\"\ncolour = \"red\"\n+++\n";
        let Err((line, ProblemKind::Syntax { detail })) = parse_front_matter::<RawText>(text)
        else {
            panic!("expected an error");
        };
        assert_eq!(line, 5);
        assert!(detail.contains("colour"), "{detail}");
    }
}
