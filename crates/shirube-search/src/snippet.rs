//! Snippets: the passage of a body that best matches the query, cut where a sentence or phrase
//! ends, with an ellipsis where text was left out, free of the list dashes a Markdown body
//! leaves in plain text, and highlighted.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;
use ts_rs::TS;

use crate::highlight::Highlighter;

/// A piece of text, highlighted where it matched the query.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

pub const ELLIPSIS: &str = "…";

/// Where a sentence ends: the mark stays with the sentence.
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '。' | '！' | '？' | '\n' => true,
        '.' | '?' | '!' => text[at + 1..].starts_with(char::is_whitespace) || at + 1 == text.len(),
        _ => false,
    }
}

/// Where a phrase ends, inside a sentence too long to show whole.
fn ends_phrase(text: &str, at: usize, c: char) -> bool {
    match c {
        '、' | '，' | '；' | '：' => true,
        ',' | ';' | ':' => text[at + 1..].starts_with(' '),
        _ => ends_sentence(text, at, c),
    }
}

/// The character at byte `i` when it ends a sentence there. Bytes, not characters, are looked
/// at: this runs from a hit back and forth over text that is mostly not sentence ends.
#[inline]
fn sentence_end_at(text: &str, i: usize) -> Option<char> {
    // Most bytes are told apart by themselves; the full test follows for the few left.
    if !matches!(text.as_bytes()[i], b'\n' | b'.' | b'?' | b'!' | 0xE3 | 0xEF) {
        return None;
    }
    let c = match text.as_bytes()[i..] {
        [byte @ (b'\n' | b'.' | b'?' | b'!'), ..] => char::from(byte),
        [0xE3, 0x80, 0x82, ..] => '。',
        [0xEF, 0xBC, 0x81, ..] => '！',
        [0xEF, 0xBC, 0x9F, ..] => '？',
        _ => return None,
    };
    ends_sentence(text, i, c).then_some(c)
}

/// The sentence around byte `at`, without the whitespace around it. Found by looking back and
/// forth from `at`, not by splitting the whole body: bodies are long, passages short.
fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let start = (0..at)
        .rev()
        .find_map(|i| Some(i + sentence_end_at(text, i)?.len_utf8()))
        .unwrap_or(0);
    let end = (at..text.len())
        .find_map(|i| match sentence_end_at(text, i)? {
            '\n' => Some(i),
            c => Some(i + c.len_utf8()),
        })
        .unwrap_or(text.len());
    trimmed(text, start..end)
}

fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    start..start + piece.trim().len()
}

/// The sentence after the one ending at `end`, if any.
fn next_sentence(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = &text[end..];
    let start = end + (rest.len() - rest.trim_start().len());
    (start < text.len()).then(|| sentence_around(text, start))
}

/// The chosen passage of `text` and its highlights, with the ellipses it needs.
pub fn snippet(highlighter: &mut Highlighter, text: &str, max_chars: usize) -> Vec<Segment> {
    let hits = highlighter.ranges(text);
    let passage = passage(text, &hits, max_chars);
    let inside: Vec<Range<usize>> = hits
        .into_iter()
        .filter(|hit| hit.start >= passage.start && hit.end <= passage.end)
        .collect();
    let mut segments = segments(text, passage.clone(), &inside);
    for (index, segment) in segments.iter_mut().enumerate() {
        if !segment.hit {
            segment.text = clean(&segment.text, index == 0);
        }
    }
    segments.retain(|segment| !segment.text.is_empty());
    if passage.start > 0 {
        segments.insert(0, plain(ELLIPSIS.to_owned()));
    }
    if !text[passage.end..].trim().is_empty() {
        segments.push(plain(ELLIPSIS.to_owned()));
    }
    segments
}

/// A whole text (a title), highlighted.
pub fn whole(highlighter: &mut Highlighter, text: &str) -> Vec<Segment> {
    let hits = highlighter.ranges(text);
    segments(text, 0..text.len(), &hits)
}

fn chars_in(text: &str) -> usize {
    text.chars().count()
}

/// The passage around the densest cluster of hits: the sentence of the hit followed, within
/// `max_chars`, by the most distinct matched words (the first, on a tie), then as many following
/// sentences as fit. A sentence too long to fit is cut to phrases around that hit. Only the
/// chosen hit's sentence is looked for: finding every sentence of a body cost more than the
/// search. Characters are counted once, up to each hit's start and end, not again for each hit.
fn passage(text: &str, hits: &[Range<usize>], max_chars: usize) -> Range<usize> {
    let words: Vec<Cow<str>> = hits
        .iter()
        .map(|hit| match &text[hit.clone()] {
            word if word.chars().any(char::is_uppercase) => Cow::Owned(word.to_lowercase()),
            word => Cow::Borrowed(word),
        })
        .collect();
    let (mut counted, mut chars) = (0, 0);
    let mut chars_to = |at: usize| {
        chars += chars_in(&text[counted..at]);
        counted = at;
        chars
    };
    let bounds: Vec<(usize, usize)> = hits
        .iter()
        .map(|hit| (chars_to(hit.start), chars_to(hit.end)))
        .collect();
    let mut best: Option<(usize, usize)> = None; // (hit, distinct words)
    for (index, &(start, _)) in bounds.iter().enumerate() {
        let mut seen: Vec<&str> = Vec::new();
        for (&(_, end), word) in bounds[index..].iter().zip(&words[index..]) {
            if end - start > max_chars {
                break;
            }
            if !seen.contains(&word.as_ref()) {
                seen.push(word);
            }
        }
        if best.is_none_or(|(_, distinct)| seen.len() > distinct) {
            best = Some((index, seen.len()));
        }
    }
    let Some(sentence) = best.map_or_else(
        || next_sentence(text, 0),
        |(index, _)| Some(sentence_around(text, hits[index].start)),
    ) else {
        return 0..0;
    };
    if chars_in(&text[sentence.clone()]) > max_chars {
        let first_hit = best.map_or(sentence.start, |(index, _)| hits[index].start);
        return cut_to_phrases(text, sentence, first_hit, max_chars);
    }
    let mut end = sentence.end;
    while let Some(next) = next_sentence(text, end) {
        if chars_in(&text[sentence.start..next.end]) > max_chars {
            break;
        }
        end = next.end;
    }
    sentence.start..end
}

/// A piece of a long sentence: from the phrase the first hit is in (or a word before it, when
/// that phrase starts too far back), to the last phrase end that fits.
fn cut_to_phrases(
    text: &str,
    sentence: Range<usize>,
    first_hit: usize,
    max_chars: usize,
) -> Range<usize> {
    let inside = &text[sentence.clone()];
    let mut phrase_ends: Vec<usize> = inside
        .char_indices()
        .filter(|&(at, c)| ends_phrase(inside, at, c))
        .map(|(at, c)| at + c.len_utf8())
        .collect();
    phrase_ends.push(inside.len());
    let lead_chars = max_chars / 3;
    let start = phrase_ends
        .iter()
        .map(|at| sentence.start + at)
        .filter(|&at| at <= first_hit && chars_in(&text[at..first_hit]) <= lead_chars)
        .min()
        .unwrap_or_else(|| word_start_before(text, sentence.start, first_hit, lead_chars));
    let start = start + (text[start..].len() - text[start..].trim_start().len());
    let limit = text[start..sentence.end]
        .char_indices()
        .nth(max_chars)
        .map_or(sentence.end, |(at, _)| start + at);
    let end = phrase_ends
        .iter()
        .map(|at| sentence.start + at)
        .filter(|&at| at > start && at <= limit)
        .max()
        .unwrap_or_else(|| word_end_before(text, start, limit));
    start..end
}

/// A start a few characters before `hit`, at a space when the text has one there.
fn word_start_before(text: &str, floor: usize, hit: usize, lead_chars: usize) -> usize {
    let back = text[floor..hit]
        .char_indices()
        .rev()
        .nth(lead_chars)
        .map_or(floor, |(at, _)| floor + at);
    text[back..hit]
        .find(' ')
        .map_or(back, |space| back + space + 1)
}

/// An end at or before `limit`, at a space when the text has one after `start`.
fn word_end_before(text: &str, start: usize, limit: usize) -> usize {
    match text[start..limit].rfind(' ') {
        Some(space) if space > 0 => start + space,
        _ => limit,
    }
}

fn plain(text: String) -> Segment {
    Segment { text, hit: false }
}

/// A list marker or heading mark that plain text kept from Markdown ("- ", "* ", "## ").
fn without_marker(line: &str) -> &str {
    let line = line.trim_start();
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return rest;
        }
    }
    match line.trim_start_matches('#') {
        rest if rest.len() < line.len() && rest.starts_with(' ') => rest.trim_start(),
        _ => line,
    }
}

/// Plain text between highlights, tidied: line breaks become a space (none after a Japanese
/// full stop), list and heading marks and bold markers go.
fn clean(text: &str, starts_passage: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        let starts_line = index > 0 || starts_passage;
        if index > 0 && !out.ends_with(['。', ' ']) && !(out.is_empty() && starts_passage) {
            out.push(' ');
        }
        out.push_str(if starts_line {
            without_marker(line)
        } else {
            line
        });
    }
    if out.contains("**") {
        out = out.replace("**", "");
    }
    out
}

/// `text[passage]` as segments, the hits highlighted.
fn segments(text: &str, passage: Range<usize>, hits: &[Range<usize>]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut at = passage.start;
    for hit in hits {
        if at < hit.start {
            segments.push(plain(text[at..hit.start].to_owned()));
        }
        segments.push(Segment {
            text: text[hit.clone()].to_owned(),
            hit: true,
        });
        at = hit.end;
    }
    if at < passage.end {
        segments.push(plain(text[at..passage.end].to_owned()));
    }
    segments
}
