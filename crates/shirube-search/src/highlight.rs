//! What to highlight: the pieces of a text the query matched, whole. An English word is marked
//! when it has the stem of a query word ("backups" for "backup") or begins with the word being
//! typed. A Japanese stretch is marked when it is a whole run of the query, or, for a run of four
//! characters or more, a piece at least half its length (情報 and 開示, written apart, for
//! 情報開示) — never a stray bigram or two: ウェア inside ソフトウェア is not marked for
//! ランサムウェア, though it is for ウェア.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::starts::Starts;
use crate::tokenizer::{fold_char, is_cjk, normalized_chars, small_kana, stem};

/// Shorter typed prefixes would mark too much.
const MIN_PREFIX: usize = 3;
/// A word is stemmed, to compare with the query's stems, only if it begins with the same letters.
const HEAD: usize = 3;

pub struct Highlighter {
    stems: HashSet<String>,
    /// The word being typed, lowercased.
    prefixes: Vec<String>,
    /// The query's Japanese runs, normalized as the index normalizes them.
    runs: Vec<Vec<char>>,
    /// Where a highlight may start: a query word's first letters, or the first two characters
    /// of a long enough piece of a run. `None` when the query has neither.
    starts: Option<Starts>,
    /// Whether a lowercased word has one of the query's stems, for the words already stemmed:
    /// the same words recur in the hits of one search.
    judged: HashMap<String, bool>,
    lowercased: String,
}

/// A character as written in a run and, for a large katakana vowel, its small form too.
fn both_forms(c: char) -> [char; 2] {
    [c, small_kana(c).unwrap_or(c)]
}

/// What a long enough piece of `run` begins with: each character a piece may start at, with the
/// one after it (alone, in a run of one), in both forms.
fn openings(run: &[char]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, &first) in run[..=run.len() - needed(run)].iter().enumerate() {
        for a in both_forms(first) {
            match run.get(i + 1) {
                None => found.push(a.to_string()),
                Some(&second) => found.extend(both_forms(second).map(|b| format!("{a}{b}"))),
            }
        }
    }
    found
}

/// How many characters of a run a highlight needs. A compound of four or more characters may
/// be written apart (情報の開示): half of it counts. A shorter run counts only whole (常時 in
/// 平常時 is not 非常時).
fn needed(run: &[char]) -> usize {
    if run.len() < 4 {
        run.len()
    } else {
        run.len().div_ceil(2)
    }
}

impl Highlighter {
    /// From the query's texts (its words, their synonyms and corrections) and the word being typed.
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>, typing: Option<&str>) -> Highlighter {
        let mut highlighter = Highlighter {
            stems: HashSet::new(),
            prefixes: Vec::new(),
            runs: Vec::new(),
            starts: None,
            judged: HashMap::new(),
            lowercased: String::new(),
        };
        for text in texts {
            let chars: Vec<char> = normalized_chars(text).into_iter().map(|c| c.0).collect();
            for piece in chars.chunk_by(|a, b| is_cjk(*a) == is_cjk(*b)) {
                if is_cjk(piece[0]) {
                    highlighter.runs.push(piece.to_vec());
                    continue;
                }
                let words: String = piece.iter().collect();
                for word in words.split(|c: char| !c.is_alphanumeric()) {
                    if !word.is_empty() {
                        let word = word.to_lowercase();
                        highlighter.stems.insert(stem(&word).into_owned());
                    }
                }
            }
        }
        if let Some(typed) = typing.map(str::to_lowercase) {
            if typed.chars().count() >= MIN_PREFIX && typed.chars().all(char::is_alphanumeric) {
                highlighter.prefixes.push(typed);
            }
        }
        let words = highlighter.stems.iter().chain(&highlighter.prefixes);
        let heads = words
            .filter(|word| word.is_ascii() && !word.is_empty())
            .map(|word| &word[..word.len().min(HEAD)]);
        // A long enough piece of a run begins with one of its bigrams (or is the run, when that
        // is one character), as written in either form (ウエ and ウェ). Bigrams, not characters:
        // ー or ス alone occur everywhere in katakana, and each occurrence had to be measured.
        let run_starts = highlighter.runs.iter().flat_map(|run| openings(run));
        highlighter.starts = Starts::new(heads, run_starts);
        highlighter
    }

    /// Byte ranges of `text` to highlight, in order, not overlapping. This runs over whole
    /// bodies to choose the passage, so no byte is looked at one by one: a SIMD search finds
    /// where a query word's first letters or a run's first two characters occur, and only there
    /// is a word judged or a run's piece measured. (Full-width Latin letters and half-width kana
    /// in a body are found by search but not marked.)
    pub fn ranges(&mut self, text: &str) -> Vec<Range<usize>> {
        let Some(starts) = self.starts.take() else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut from = 0;
        while let Some(at) = starts.next(text, from) {
            let (len, checked) = if bytes[at].is_ascii() {
                let word = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - at);
                // Only whole words are marked: a letter inside one starts nothing.
                let whole = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
                let matches = whole && self.word_matches(&text[at..at + word]);
                (if matches { word } else { 0 }, word)
            } else {
                let char_len = text[at..].chars().next().map_or(1, char::len_utf8);
                (self.cjk_match(&text[at..]), char_len)
            };
            if len > 0 {
                match ranges.last_mut() {
                    Some(last) if last.end >= at => last.end = at + len,
                    _ => ranges.push(at..at + len),
                }
            }
            from = at + len.max(checked);
        }
        self.starts = Some(starts);
        ranges
    }

    fn word_matches(&mut self, word: &str) -> bool {
        let begins = |prefix: &str, len: usize| {
            let len = len.min(prefix.len());
            word.len() >= len
                && word.as_bytes()[..len].eq_ignore_ascii_case(&prefix.as_bytes()[..len])
        };
        if self.prefixes.iter().any(|p| begins(p, p.len())) {
            return true;
        }
        // Only words that share their first letters with a query stem are stemmed.
        if !self.stems.iter().any(|stem| begins(stem, HEAD)) {
            return false;
        }
        self.lowercased.clear();
        self.lowercased.push_str(word);
        self.lowercased.make_ascii_lowercase();
        if let Some(&matches) = self.judged.get(&self.lowercased) {
            return matches;
        }
        let matches = self.stems.contains(stem(&self.lowercased).as_ref());
        self.judged.insert(self.lowercased.clone(), matches);
        matches
    }

    /// The byte length of the highlight that starts `text`: the longest piece of a query run
    /// found there, if long enough; 0 if none.
    fn cjk_match(&self, text: &str) -> usize {
        let Some(first) = text.chars().next().map(fold_char) else {
            return 0;
        };
        let mut best = (0, 0); // characters, bytes
        for run in &self.runs {
            let needed = needed(run);
            let starts = &run[..=run.len() - needed];
            for from in (0..starts.len()).filter(|&i| run[i] == first) {
                let (mut chars, mut bytes) = (0, 0);
                for (c, expected) in text.chars().zip(&run[from..]) {
                    if fold_char(c) != *expected {
                        break;
                    }
                    chars += 1;
                    bytes += c.len_utf8();
                }
                if chars >= needed && chars > best.0 {
                    best = (chars, bytes);
                }
            }
        }
        best.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(query: &[&str], typing: Option<&str>, text: &str) -> Vec<String> {
        let mut highlighter = Highlighter::new(query.iter().copied(), typing);
        highlighter
            .ranges(text)
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
    }

    #[test]
    fn english_words_are_marked_whole_by_their_stem() {
        assert_eq!(
            marked(
                &["backup"],
                None,
                "Backups, backed-up data and a backup plan."
            ),
            ["Backups", "backup"]
        );
        assert_eq!(
            marked(&["policy"], None, "Policies and a policy."),
            ["Policies", "policy"]
        );
        assert_eq!(
            marked(
                &[],
                Some("vulnerab"),
                "Vulnerability scans find vulnerable hosts."
            ),
            ["Vulnerability", "vulnerable"]
        );
    }

    #[test]
    fn japanese_runs_are_marked_whole_never_as_a_stray_bigram() {
        let text = "ランサムウェアとソフトウェアの更新";
        assert_eq!(marked(&["ランサムウェア"], None, text), ["ランサムウェア"]);
        assert_eq!(
            marked(&["ウェア"], None, text),
            ["ウェア", "ウェア"],
            "the whole query run, wherever it occurs"
        );
        assert_eq!(
            marked(&["情報開示"], None, "情報の適切な開示と情報開示"),
            ["情報", "開示", "情報開示"]
        );
        assert!(marked(&["非常時"], None, "平常時").is_empty());
        assert_eq!(
            marked(&["ランサムウエア"], None, "ランサムウェア"),
            ["ランサムウェア"],
            "spelling variants meet as in the index"
        );
    }
}
