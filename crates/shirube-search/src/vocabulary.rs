//! The corpus's words in Latin script, unstemmed and lowercased: what the word being typed may
//! be the beginning of, and what a word found nowhere was probably meant to be. Deciding from
//! this list, before searching, whether a word is a typo keeps a query to one pass: a second,
//! typo-forgiving pass after an empty first one used to double the slowest searches.

use std::borrow::Cow;
use std::collections::HashSet;

/// Shorter words have too many neighbours one edit away to guess from.
const MIN_TYPO_LEN: usize = 4;

pub struct Vocabulary {
    /// Sorted, without duplicates.
    words: Vec<String>,
    /// The positions in `words` of the words of each length: a correction differs in length
    /// by one at most, so only three of these are looked through.
    by_length: Vec<Vec<u32>>,
}

impl Vocabulary {
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>) -> Vocabulary {
        // Distinct words first, lowercased only when they have a capital: most of a corpus's
        // words are repeats, and a string for each was a tenth of an index build.
        let mut distinct: HashSet<Cow<str>> = HashSet::new();
        for word in texts.flat_map(latin_words) {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                distinct.insert(Cow::Owned(word.to_ascii_lowercase()));
            } else {
                distinct.insert(Cow::Borrowed(word));
            }
        }
        let mut words: Vec<String> = distinct.into_iter().map(Cow::into_owned).collect();
        words.sort_unstable();
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        for (at, word) in (0u32..).zip(&words) {
            if by_length.len() <= word.len() {
                by_length.resize(word.len() + 1, Vec::new());
            }
            by_length[word.len()].push(at);
        }
        Vocabulary { words, by_length }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
    }

    /// The words that begin with `prefix`, in order, at most `max`.
    pub fn starting_with<'a>(
        &'a self,
        prefix: &'a str,
        max: usize,
    ) -> impl Iterator<Item = &'a str> {
        let from = self.words.partition_point(|w| w.as_str() < prefix);
        self.words[from..]
            .iter()
            .map(String::as_str)
            .take_while(move |w| w.starts_with(prefix))
            .take(max)
    }

    /// What an unknown word was probably meant to be: the words one edit away (a letter added,
    /// dropped, changed, or two swapped). Empty for a known or short word.
    pub fn corrections(&self, word: &str) -> Vec<&str> {
        if word.len() < MIN_TYPO_LEN || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        if self.contains(word) {
            return Vec::new();
        }
        let lengths = word.len() - 1..=word.len() + 1;
        let mut found: Vec<&str> = lengths
            .filter_map(|len| self.by_length.get(len))
            .flatten()
            .map(|&at| self.words[at as usize].as_str())
            .filter(|w| within_one_edit(w.as_bytes(), word.as_bytes()))
            .collect();
        found.sort_unstable();
        found
    }
}

fn latin_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
}

fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if same == short.len() {
        return true; // equal, or one letter added at the end
    }
    if short.len() < long.len() {
        return short[same..] == long[same + 1..];
    }
    let changed = short[same + 1..] == long[same + 1..];
    let swapped = same + 1 < short.len()
        && short[same] == long[same + 1]
        && short[same + 1] == long[same]
        && short[same + 2..] == long[same + 2..];
    changed || swapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(text: &str) -> Vocabulary {
        Vocabulary::new(std::iter::once(text))
    }

    #[test]
    fn one_edit_means_one_letter_added_dropped_changed_or_swapped() {
        for (a, b) in [
            ("protection", "protecton"),
            ("protection", "protectiion"),
            ("protection", "protectoin"),
            ("protection", "protaction"),
        ] {
            assert!(within_one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [("protection", "protectn"), ("protection", "prtoecton")] {
            assert!(!within_one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    #[test]
    fn only_unknown_words_are_corrected() {
        let words = vocabulary("Data protection, and protective measures. Backup.");
        assert_eq!(words.corrections("protecton"), ["protection"]);
        assert!(words.corrections("protection").is_empty());
        assert!(words.corrections("bak").is_empty(), "too short to guess");
        assert_eq!(
            words.starting_with("protect", 10).collect::<Vec<_>>(),
            ["protection", "protective"]
        );
    }
}
