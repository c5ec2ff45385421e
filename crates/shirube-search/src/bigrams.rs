//! The index's Japanese bigrams, by character. Japanese text is indexed as overlapping bigrams,
//! so a query of one kanji (漏 of 漏えい, 払 of 払うべきか) must match the bigrams holding it.
//! A regular expression `漏.|.漏` did that, but `.漏` walks the whole term dictionary, twice per
//! field: the two slowest queries of the evaluation set, five times the median. This list,
//! read once from the term dictionaries when the index opens, names those bigrams directly.

use tantivy::schema::Field;
use tantivy::Searcher;

use crate::tokenizer::is_cjk;

/// Every distinct two-character Japanese term of some fields, twice: in order of its first
/// character and of its second, so both halves of a lookup are a binary search.
pub struct Bigrams {
    by_first: Vec<[char; 2]>,
    by_second: Vec<[char; 2]>,
}

impl Bigrams {
    /// The bigrams of `fields` in every segment of the index `searcher` reads. A segment whose
    /// dictionary cannot be read adds nothing: lone kanji then match only where they stand
    /// alone, which is a worse result, not a failure.
    pub fn read(searcher: &Searcher, fields: &[Field]) -> Bigrams {
        let mut by_first = Vec::new();
        for segment in searcher.segment_readers() {
            for &field in fields {
                let Ok(inverted) = segment.inverted_index(field) else {
                    continue;
                };
                let Ok(mut terms) = inverted.terms().stream() else {
                    continue;
                };
                while terms.advance() {
                    if let Some(pair) = bigram(terms.key()) {
                        by_first.push(pair);
                    }
                }
            }
        }
        Bigrams::from_pairs(by_first)
    }

    fn from_pairs(mut by_first: Vec<[char; 2]>) -> Bigrams {
        by_first.sort_unstable();
        by_first.dedup();
        let mut by_second = by_first.clone();
        by_second.sort_unstable_by_key(|&[first, second]| (second, first));
        Bigrams {
            by_first,
            by_second,
        }
    }

    /// The bigrams that hold `c`, as text.
    pub fn containing(&self, c: char) -> impl Iterator<Item = String> + '_ {
        let starting = range(&self.by_first, |pair| pair[0], c);
        let ending = range(&self.by_second, |pair| pair[1], c);
        starting
            .iter()
            .chain(ending.iter().filter(move |pair| pair[0] != c)) // 々々 once
            .map(|pair| pair.iter().collect())
    }
}

fn range(sorted: &[[char; 2]], key: impl Fn(&[char; 2]) -> char, c: char) -> &[[char; 2]] {
    let from = sorted.partition_point(|pair| key(pair) < c);
    let to = sorted.partition_point(|pair| key(pair) <= c);
    &sorted[from..to]
}

/// A term of exactly two Japanese characters.
fn bigram(bytes: &[u8]) -> Option<[char; 2]> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut chars = text.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(b), None) if is_cjk(a) && is_cjk(b) => Some([a, b]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bigrams(terms: &[&str]) -> Bigrams {
        Bigrams::from_pairs(terms.iter().filter_map(|t| bigram(t.as_bytes())).collect())
    }

    #[test]
    fn a_character_finds_the_bigrams_it_begins_and_ends() {
        let list = bigrams(&["支払", "払う", "払い", "報告", "情報", "々々", "ab"]);
        let mut found: Vec<String> = list.containing('払').collect();
        found.sort();
        assert_eq!(found, ["払い", "払う", "支払"]);
        assert_eq!(list.containing('々').collect::<Vec<_>>(), ["々々"]);
        assert_eq!(list.containing('漏').count(), 0);
        assert_eq!(
            list.containing('a').count(),
            0,
            "only Japanese pairs are kept"
        );
    }
}
