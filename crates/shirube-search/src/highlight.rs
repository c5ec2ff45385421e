//! What to highlight: the pieces of a text the query matched, whole. An English word is marked
//! when it has the stem of a query word ("backups" for "backup") or begins with the word being
//! typed. A Japanese stretch is marked when it is a whole run of the query, or, for a run of four
//! characters or more, a piece at least half its length (情報 and 開示, written apart, for
//! 情報開示) — never a stray bigram or two: ウェア inside ソフトウェア is not marked for
//! ランサムウェア, though it is for ウェア.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

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
    /// The characters of those runs, as written in either form (ウエ and ウェ): any other
    /// character cannot start a highlight, which is most of them.
    run_chars: Sieve,
    /// The bytes a highlight may start at: the first letters of the stems and prefixes in either
    /// case, and the first bytes of the runs' characters. The scan skips every other byte.
    starts: [bool; 256],
    /// The same bytes when there are at most three, for a scan that looks at many bytes at once.
    few_starts: Option<[u8; 3]>,
    /// The first letters of the stems and prefixes (`head`): a word that begins with none of
    /// them is told apart at once, most words of a text.
    heads: Vec<u32>,
    /// Whether a lowercased word has one of the query's stems, for the words already stemmed:
    /// the same words recur in the hits of one search.
    judged: HashMap<String, bool>,
    lowercased: String,
}

/// A quick, inexact set: what it says is absent is absent, what it says may be present must
/// still be checked. Tells most characters of a body apart in one instruction or two.
#[derive(Default)]
struct Sieve([u64; 4]);

impl Sieve {
    fn bit(key: u32) -> (usize, u64) {
        let key = key & 255;
        ((key >> 6) as usize, 1 << (key & 63))
    }

    fn insert(&mut self, key: u32) {
        let (word, bit) = Sieve::bit(key);
        self.0[word] |= bit;
    }

    fn may_contain(&self, key: u32) -> bool {
        let (word, bit) = Sieve::bit(key);
        self.0[word] & bit != 0
    }
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

/// A word's first letters (up to `HEAD`), lowercased, in one number; what is missing is zero,
/// which no letter is.
fn head(word: &[u8]) -> u32 {
    word.iter().take(HEAD).enumerate().fold(0, |head, (i, b)| {
        head | u32::from(b.to_ascii_lowercase()) << (8 * i)
    })
}

fn lead_byte(c: char) -> u8 {
    let mut buffer = [0; 4];
    c.encode_utf8(&mut buffer);
    buffer[0]
}

impl Highlighter {
    /// From the query's texts (its words, their synonyms and corrections) and the word being typed.
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>, typing: Option<&str>) -> Highlighter {
        let mut highlighter = Highlighter {
            stems: HashSet::new(),
            prefixes: Vec::new(),
            runs: Vec::new(),
            run_chars: Sieve::default(),
            starts: [false; 256],
            few_starts: None,
            heads: Vec::new(),
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
        // Only the characters a long enough piece of a run can begin with start a highlight.
        let run_starts = highlighter
            .runs
            .iter()
            .flat_map(|run| &run[..=run.len() - needed(run)]);
        for &c in run_starts {
            for form in [c, small_kana(c).unwrap_or(c)] {
                highlighter.run_chars.insert(form as u32);
                highlighter.starts[usize::from(lead_byte(form))] = true;
            }
        }
        let words = highlighter.stems.iter().chain(&highlighter.prefixes);
        highlighter.heads = words.clone().map(|word| head(word.as_bytes())).collect();
        for first in words.filter_map(|word| word.bytes().next()) {
            if first.is_ascii_alphanumeric() {
                highlighter.starts[usize::from(first.to_ascii_lowercase())] = true;
                highlighter.starts[usize::from(first.to_ascii_uppercase())] = true;
            }
        }
        let starts: Vec<u8> = (0..=255)
            .filter(|&b| highlighter.starts[usize::from(b)])
            .collect();
        if let [first, ..] = starts[..] {
            if starts.len() <= 3 {
                let byte = |i: usize| starts.get(i).copied().unwrap_or(first);
                highlighter.few_starts = Some([byte(0), byte(1), byte(2)]);
            }
        }
        highlighter
    }

    /// The next byte from `at` (a character's first) that a highlight may start at: a first
    /// letter of a query word, or a Japanese character the runs' sieve may hold. Japanese text
    /// is walked a character at a time, without decoding one.
    fn next_start(&self, bytes: &[u8], mut at: usize) -> Option<usize> {
        if let Some([a, b, c]) = self.few_starts {
            return memchr::memchr3(a, b, c, &bytes[at..]).map(|skipped| at + skipped);
        }
        while let Some(&byte) = bytes.get(at) {
            let start = self.starts[usize::from(byte)];
            match byte {
                0xE0..=0xEF if start && !self.may_be_in_run(bytes, at) => at += 3,
                _ if start => return Some(at),
                0xC0..=0xDF => at += 2,
                0xE0..=0xEF => at += 3,
                0xF0..=0xFF => at += 4,
                _ => at += 1,
            }
        }
        None
    }

    /// Whether the character at `at` (not ASCII) may be in one of the runs: the sieve, asked
    /// with the character's low byte, which a three-byte character's last two bytes hold.
    fn may_be_in_run(&self, bytes: &[u8], at: usize) -> bool {
        let low = match bytes[at..] {
            [0xE0..=0xEF, second, third, ..] => {
                (u32::from(second & 0x03) << 6) | u32::from(third & 0x3F)
            }
            _ => return true, // rare: cjk_match decides
        };
        self.run_chars.may_contain(low)
    }

    /// Byte ranges of `text` to highlight, in order, not overlapping. This runs over whole
    /// bodies to choose the passage, so it skips at once every byte no highlight can start at;
    /// English words are ASCII, and a Japanese character is looked at further only when it
    /// occurs in the query. (Full-width Latin letters and half-width kana in a body are found by
    /// search but not marked.)
    pub fn ranges(&mut self, text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        while let Some(start) = self.next_start(bytes, at) {
            at = start;
            let byte = bytes[at];
            let (step, len) = if byte.is_ascii() {
                let word = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - at);
                // Only whole words are marked: a letter inside one starts nothing.
                let inside_word = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
                let matches = !inside_word && self.word_matches(&text[at..at + word]);
                (word, if matches { word } else { 0 })
            } else {
                let len = if self.may_be_in_run(bytes, at) {
                    self.cjk_match(&text[at..])
                } else {
                    0
                };
                let char_len = match byte {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                (char_len, len)
            };
            if len > 0 {
                match ranges.last_mut() {
                    Some(last) if last.end >= at => last.end = at + len,
                    _ => ranges.push(at..at + len),
                }
            }
            at += step.max(len);
        }
        ranges
    }

    fn word_matches(&mut self, word: &str) -> bool {
        let word_head = head(word.as_bytes());
        let mask = |head: u32| match head.leading_zeros() / 8 {
            0 => u32::MAX,
            zeros => (1 << (32 - 8 * zeros)) - 1,
        };
        if !self.heads.iter().any(|&h| word_head & mask(h) == h) {
            return false;
        }
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
