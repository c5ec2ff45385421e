//! Snippets: where in a title or body the query matched, as highlighted text segments.

use shirube_guides::Lang;
use tantivy::query::Query;
use tantivy::snippet::{Snippet, SnippetGenerator};

use serde::Serialize;
use ts_rs::TS;

use crate::schema::Fields;
use crate::units::units;

/// A piece of text, highlighted where it matched the query.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// Bytes of body around the first match that the snippet is chosen from.
const WINDOW_BEFORE: usize = 200;
const WINDOW_BYTES: usize = 900;

/// The query's units, lowercased; English words cut to a stem-like prefix so "backups" finds
/// "backup" and "ransomware" finds "ransomware's".
fn needles(input: &str) -> Vec<String> {
    units(input)
        .into_iter()
        .filter(|unit| unit.required)
        .map(|unit| {
            let lower = unit.text.to_lowercase();
            if lower.is_ascii() && lower.len() > 5 {
                lower[..lower.len() - 2].to_owned()
            } else {
                lower
            }
        })
        .collect()
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A slice of `text` around the earliest needle, or its opening when none is found literally.
fn window<'a>(text: &'a str, needles: &[String]) -> &'a str {
    let haystack = text.to_ascii_lowercase();
    let first = needles
        .iter()
        .filter_map(|needle| haystack.find(needle.as_str()))
        .min()
        .unwrap_or(0);
    let start = floor_boundary(text, first.saturating_sub(WINDOW_BEFORE));
    let end = floor_boundary(text, start + WINDOW_BYTES);
    &text[start..end]
}

/// Snippet generators for each language's title and body.
pub struct Generators {
    titles: Vec<(Lang, SnippetGenerator)>,
    bodies: Vec<(Lang, SnippetGenerator)>,
    /// Lowercased pieces of the query, to find where in a body the snippet should come from.
    needles: Vec<String>,
}

impl Generators {
    pub fn new(
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        fields: &Fields,
        input: &str,
    ) -> Generators {
        let make = |field, chars| {
            SnippetGenerator::create(searcher, query, field)
                .ok()
                .map(|mut g| {
                    g.set_max_num_chars(chars);
                    g
                })
        };
        let mut titles = Vec::new();
        let mut bodies = Vec::new();
        for lang in Lang::ALL {
            titles.extend(make(fields.title(lang), 400).map(|g| (lang, g)));
            bodies.extend(make(fields.body(lang), 160).map(|g| (lang, g)));
        }
        Generators {
            titles,
            bodies,
            needles: needles(input),
        }
    }

    pub fn title(&self, lang: Lang, text: &str) -> Vec<Segment> {
        // The generator's fragment runs from the first to the last word it indexed, dropping
        // what surrounds them ("（CSIRT）" lost its closing bracket): a title is shown whole,
        // with the highlights moved to where the fragment sits in it.
        let segments = snippet_for(&self.titles, lang, text)
            .and_then(|snippet| {
                let offset = text.find(snippet.fragment())?;
                let ranges: Vec<std::ops::Range<usize>> = snippet
                    .highlighted()
                    .iter()
                    .map(|range| range.start + offset..range.end + offset)
                    .collect();
                Some(to_segments(text, &ranges))
            })
            .unwrap_or_default();
        if segments.is_empty() {
            vec![Segment {
                text: text.to_owned(),
                hit: false,
            }]
        } else {
            segments
        }
    }

    pub fn body(&self, lang: Lang, text: &str) -> Vec<Segment> {
        // Tokenizing and stemming a whole body per hit is what a search spends most time on:
        // the snippet is taken from a window around the first place the query's words appear.
        let window = window(text, &self.needles);
        let segments = segments_for(&self.bodies, lang, window);
        if segments.is_empty() {
            // No term landed in the body (a title or fuzzy match): show its opening.
            let opening: String = text.chars().take(120).collect();
            vec![Segment {
                text: opening,
                hit: false,
            }]
        } else {
            segments
        }
    }
}

fn snippet_for(generators: &[(Lang, SnippetGenerator)], lang: Lang, text: &str) -> Option<Snippet> {
    let (_, generator) = generators.iter().find(|(l, _)| *l == lang)?;
    Some(generator.snippet(text))
}

fn segments_for(generators: &[(Lang, SnippetGenerator)], lang: Lang, text: &str) -> Vec<Segment> {
    snippet_for(generators, lang, text).map_or_else(Vec::new, |snippet| {
        to_segments(snippet.fragment(), snippet.highlighted())
    })
}

/// Byte ranges into text segments, here in Rust: JavaScript would count UTF-16 units instead.
/// Overlapping ranges (neighbouring CJK bigrams) merge into one highlight.
pub fn to_segments(fragment: &str, highlighted: &[std::ops::Range<usize>]) -> Vec<Segment> {
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    let mut ranges = highlighted.to_vec();
    ranges.sort_by_key(|r| r.start);
    for range in ranges {
        let end = range.end.min(fragment.len());
        if range.start >= end
            || !fragment.is_char_boundary(range.start)
            || !fragment.is_char_boundary(end)
        {
            continue;
        }
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(end),
            _ => merged.push(range.start..end),
        }
    }
    let mut segments = Vec::new();
    let mut at = 0;
    for range in merged {
        if at < range.start {
            segments.push(Segment {
                text: fragment[at..range.start].to_owned(),
                hit: false,
            });
        }
        segments.push(Segment {
            text: fragment[range.clone()].to_owned(),
            hit: true,
        });
        at = range.end;
    }
    if at < fragment.len() {
        segments.push(Segment {
            text: fragment[at..].to_owned(),
            hit: false,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_bigram_highlights_merge_into_one_segment() {
        let text = "最近のランサムウェアは";
        let at = |s: &str| text.find(s).unwrap();
        let ranges = [
            at("ラン")..at("ンサ") + "ンサ".len(),
            at("ンサ")..at("サム") + "サム".len(),
        ];
        let segments = to_segments(text, &ranges);
        assert_eq!(
            segments
                .iter()
                .filter(|s| s.hit)
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>(),
            ["ランサム"]
        );
        assert_eq!(
            segments.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
    }

    #[test]
    fn the_window_surrounds_the_first_match_and_respects_characters() {
        let text = format!(
            "{}ランサムウェア対策の要点{}",
            "前置き。".repeat(200),
            "後書き。".repeat(200)
        );
        let slice = window(&text, &needles("ランサムウェア"));
        assert!(slice.contains("ランサムウェア対策") && slice.len() <= WINDOW_BYTES);
        assert!(window("short text", &needles("absent")).starts_with("short"));
        assert_eq!(needles("Backups ransomware"), ["backu", "ransomwa"]);
    }

    #[test]
    fn ranges_off_character_boundaries_are_ignored() {
        let off_boundary = std::ops::Range { start: 1, end: 2 };
        let segments = to_segments("日本", std::slice::from_ref(&off_boundary));
        assert_eq!(
            segments,
            [Segment {
                text: "日本".into(),
                hit: false
            }]
        );
    }
}
