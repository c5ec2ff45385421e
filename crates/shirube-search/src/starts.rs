//! Where a highlight may start in a text, found without looking at its bytes one by one: the
//! first letters of the query's words and the first two characters of its Japanese runs' pieces,
//! searched all at once. Highlighting scans whole bodies to choose a passage; walking them byte by byte
//! was a fifth of a search.

use aho_corasick::{packed, AhoCorasick, Input, Span};

/// A few short patterns, searched for together: with Teddy, a SIMD search, where the CPU has it
/// (building a full Aho-Corasick automaton for every query cost a tenth of a search).
pub enum Starts {
    Teddy(packed::Searcher),
    Automaton(AhoCorasick),
}

impl Starts {
    /// `heads`: the first letters of words, in lower case; each is looked for as written, with
    /// a capital, and in capitals. `texts`: looked for as they are. `None` when there is
    /// nothing to look for.
    pub fn new<'a>(
        heads: impl Iterator<Item = &'a str>,
        texts: impl Iterator<Item = String>,
    ) -> Option<Starts> {
        let mut patterns: Vec<String> = heads
            .flat_map(|head| {
                let mut capital = head.to_owned();
                capital[..1].make_ascii_uppercase();
                [head.to_owned(), capital, head.to_ascii_uppercase()]
            })
            .chain(texts)
            .collect();
        patterns.sort_unstable();
        patterns.dedup();
        if patterns.is_empty() {
            return None;
        }
        match packed::Searcher::new(&patterns) {
            Some(teddy) => Some(Starts::Teddy(teddy)),
            None => AhoCorasick::new(&patterns).ok().map(Starts::Automaton),
        }
    }

    /// Where the first pattern at or after byte `from` of `text` begins. Asked again from just
    /// past what the caller has looked at, so a pattern inside one that led nowhere is found.
    pub fn next(&self, text: &str, from: usize) -> Option<usize> {
        match self {
            Starts::Teddy(teddy) => teddy.find_in(text, Span::from(from..text.len())),
            Starts::Automaton(all) => all.find(Input::new(text).range(from..)),
        }
        .map(|found| found.start())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_found_in_three_cases_and_texts_as_they_are() {
        let texts = ["情報".to_owned(), "ウ".to_owned()];
        let starts = Starts::new(["sec"].into_iter(), texts.into_iter()).unwrap();
        let text = "Security, secure, SECURE; 情報セキュリティ and ウェア; 情け; sEcure";
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = starts.next(text, from) {
            let c = text[at..].chars().next().unwrap();
            found.push(c);
            from = at + c.len_utf8();
        }
        assert_eq!(found, ['S', 's', 'S', '情', 'ウ']);
        assert!(Starts::new(std::iter::empty(), std::iter::empty()).is_none());
    }
}
