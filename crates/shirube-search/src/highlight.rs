//! What to highlight: the pieces of a text the query matched, whole. An English word is marked
//! when it has the stem of a query word ("backups" for "backup") or begins with the word being
//! typed. A Japanese stretch is marked when it is a whole run of the query, or, for a run of four
//! characters or more, a piece at least half its length (情報 and 開示, written apart, for
//! 情報開示) — never a stray bigram or two: ウェア inside ソフトウェア is not marked for
//! ランサムウェア, though it is for ウェア.

use std::collections::HashSet;
use std::ops::Range;

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use crate::tokenizer::{english, is_cjk, normalized_chars};

/// Shorter typed prefixes would mark too much.
const MIN_PREFIX: usize = 3;

pub struct Highlighter {
    stems: HashSet<String>,
    /// The word being typed, lowercased.
    prefixes: Vec<String>,
    /// The query's Japanese runs, normalized as the index normalizes them.
    runs: Vec<Vec<char>>,
    english: TextAnalyzer,
}

impl Highlighter {
    /// From the query's texts (its words, their synonyms and corrections) and the word being typed.
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>, typing: Option<&str>) -> Highlighter {
        let mut highlighter = Highlighter {
            stems: HashSet::new(),
            prefixes: Vec::new(),
            runs: Vec::new(),
            english: english(),
        };
        for text in texts {
            let chars: Vec<char> = normalized_chars(text).into_iter().map(|c| c.0).collect();
            for piece in chars.chunk_by(|a, b| is_cjk(*a) == is_cjk(*b)) {
                if is_cjk(piece[0]) {
                    highlighter.runs.push(piece.to_vec());
                } else {
                    let words: String = piece.iter().collect();
                    for word in words.split(|c: char| !c.is_alphanumeric()) {
                        if let Some(stem) = highlighter.stem(word) {
                            highlighter.stems.insert(stem);
                        }
                    }
                }
            }
        }
        if let Some(typed) = typing.map(str::to_lowercase) {
            if typed.chars().count() >= MIN_PREFIX && typed.chars().all(char::is_alphanumeric) {
                highlighter.prefixes.push(typed);
            }
        }
        highlighter
    }

    fn stem(&mut self, word: &str) -> Option<String> {
        let mut stream = self.english.token_stream(word);
        stream.advance().then(|| stream.token().text.clone())
    }

    /// Byte ranges of `text` to highlight, in order, not overlapping.
    pub fn ranges(&mut self, text: &str) -> Vec<Range<usize>> {
        let chars = normalized_chars(text);
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        while at < chars.len() {
            let c = chars[at].0;
            let len = if is_cjk(c) {
                self.cjk_match(&chars[at..])
            } else if c.is_alphanumeric() {
                let len = chars[at..]
                    .iter()
                    .take_while(|(c, _, _)| c.is_alphanumeric() && !is_cjk(*c))
                    .count();
                let word: String = chars[at..at + len].iter().map(|c| c.0).collect();
                if self.word_matches(&word) {
                    len
                } else {
                    at += len;
                    continue;
                }
            } else {
                0
            };
            if len == 0 {
                at += 1;
                continue;
            }
            let range = chars[at].1..chars[at + len - 1].2;
            match ranges.last_mut() {
                Some(last) if last.end >= range.start => last.end = range.end,
                _ => ranges.push(range),
            }
            at += len;
        }
        ranges
    }

    fn word_matches(&mut self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if self.prefixes.iter().any(|p| lower.starts_with(p.as_str())) {
            return true;
        }
        // Stemming every word would cost what a search costs: only words that share their
        // first letters with a query stem are stemmed.
        let head: String = lower.chars().take(3).collect();
        if !self.stems.iter().any(|s| s.starts_with(&head) || head.starts_with(s.as_str())) {
            return false;
        }
        self.stem(&lower).is_some_and(|stem| self.stems.contains(&stem))
    }

    /// How many characters from the start of `text` form a highlight: the longest piece of a
    /// query run found there, if long enough.
    fn cjk_match(&self, text: &[(char, usize, usize)]) -> usize {
        let mut best = 0;
        for run in &self.runs {
            // A compound of four or more characters may be written apart (情報の開示): half
            // of it counts. A shorter run counts only whole (常時 in 平常時 is not 非常時).
            let needed = if run.len() < 4 {
                run.len()
            } else {
                run.len().div_ceil(2)
            };
            for from in (0..run.len()).filter(|&i| run[i] == text[0].0) {
                let len = run[from..]
                    .iter()
                    .zip(text)
                    .take_while(|(a, b)| **a == b.0)
                    .count();
                if len >= needed {
                    best = best.max(len);
                }
            }
        }
        best
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
            marked(&["backup"], None, "Backups, backed-up data and a backup plan."),
            ["Backups", "backup"]
        );
        assert_eq!(
            marked(&["policy"], None, "Policies and a policy."),
            ["Policies", "policy"]
        );
        assert_eq!(
            marked(&[], Some("vulnerab"), "Vulnerability scans find vulnerable hosts."),
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
