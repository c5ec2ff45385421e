//! Turns whatever a user typed into a tantivy query, never an error. The input is split into
//! units (`units`); required units must match somewhere (label, title or body, in the languages
//! searched), optional ones only add to the score. Within a field a unit's tokens form a phrase,
//! CJK runs also match by most of their bigrams, English words may forgive one typo, and the unit
//! still being typed matches every English word it begins.

use std::collections::BTreeSet;

use shirube_guides::Lang;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use tantivy::{Index, Searcher, Term};

use crate::schema::Fields;
use crate::units::{units, Unit};

/// How many indexed words a typed prefix may stand for.
const MAX_PREFIX_WORDS: usize = 24;

/// How the required units of a query combine.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    /// All of them; from three units up, three quarters of them (rounded down).
    Most,
    Any,
}

pub struct QueryBuilder<'a> {
    pub index: &'a Index,
    pub searcher: &'a Searcher,
    pub fields: &'a Fields,
    pub langs: &'a [Lang],
    /// Forgive one typo per English word. Costlier, so tried only when exact words find little.
    pub fuzzy: bool,
}

type Clauses = Vec<(Occur, Box<dyn Query>)>;

fn boxed(query: impl Query) -> Box<dyn Query> {
    Box::new(query)
}

fn boost(query: Box<dyn Query>, by: f32) -> Box<dyn Query> {
    boxed(BoostQuery::new(query, by))
}

fn term_query(term: Term) -> Box<dyn Query> {
    boxed(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

impl QueryBuilder<'_> {
    /// The text query, or `None` when the input holds nothing searchable (only symbols, say).
    pub fn build(&self, input: &str, combine: Combine) -> Option<Box<dyn Query>> {
        let (mut required, mut optional): (Clauses, Clauses) = (Vec::new(), Vec::new());
        for unit in units(input) {
            if let Some(query) = self.unit(&unit) {
                let list = if unit.required {
                    &mut required
                } else {
                    &mut optional
                };
                list.push((Occur::Should, query));
            }
        }
        let needed = match (combine, required.len()) {
            (_, 0) => return None,
            (Combine::Any, _) => 1,
            (Combine::Most, n) if n <= 2 => n,
            (Combine::Most, n) => n * 3 / 4,
        };
        let mut clauses: Clauses = vec![(
            Occur::Must,
            boxed(BooleanQuery::with_minimum_required_clauses(
                required, needed,
            )),
        )];
        clauses.extend(optional);
        Some(boxed(BooleanQuery::new(clauses)))
    }

    /// A unit matches if any field matches it.
    fn unit(&self, unit: &Unit) -> Option<Box<dyn Query>> {
        if !unit.required && unit.text.chars().count() == 1 {
            return None; // a lone particle (の, を) says nothing and would match everywhere
        }
        let mut fields = vec![(self.fields.label, 4.0, false)];
        for &lang in self.langs {
            let english = lang == Lang::En;
            fields.push((self.fields.title(lang), 3.0, english));
            fields.push((self.fields.body(lang), 1.0, english));
        }
        let mut alternatives: Clauses = fields
            .into_iter()
            .filter_map(|(field, by, english)| {
                Some((
                    Occur::Should,
                    boost(self.field_query(field, &unit.text, english)?, by),
                ))
            })
            .collect();
        if unit.typing && self.langs.contains(&Lang::En) {
            alternatives.extend(self.prefix_alternatives(&unit.text));
        }
        (!alternatives.is_empty()).then(|| boxed(BooleanQuery::new(alternatives)))
    }

    fn tokens(&self, field: Field, text: &str) -> Vec<(usize, String)> {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(field) else {
            return Vec::new();
        };
        let mut stream = analyzer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push((stream.token().position, stream.token().text.clone()));
        }
        tokens
    }

    fn field_query(&self, field: Field, text: &str, english: bool) -> Option<Box<dyn Query>> {
        let tokens = self.tokens(field, text);
        let term = |text: &str| Term::from_field_text(field, text);
        match tokens.as_slice() {
            [] => None,
            [(_, only)] => {
                let mut options: Clauses = vec![(Occur::Should, term_query(term(only)))];
                let mut chars = only.chars();
                if self.fuzzy && english && only.chars().count() >= 4 && only.is_ascii() {
                    let fuzzy = boxed(FuzzyTermQuery::new(term(only), 1, true));
                    options.push((Occur::Should, boost(fuzzy, 0.3)));
                } else if let (Some(c), None) = (chars.next(), chars.next()) {
                    // A lone CJK character is indexed only inside bigrams: match those.
                    if !c.is_ascii() {
                        if let Ok(regex) = RegexQuery::from_pattern(&format!("{c}.|.{c}"), field) {
                            options.push((Occur::Should, boost(boxed(regex), 0.5)));
                        }
                    }
                }
                Some(boxed(BooleanQuery::new(options)))
            }
            many => {
                let terms: Vec<(usize, Term)> =
                    many.iter().map(|(pos, text)| (*pos, term(text))).collect();
                let phrase = boxed(PhraseQuery::new_with_offset(terms.clone()));
                // Bigrams of words the text splits differently still count, if most are there.
                let loose: Clauses = terms
                    .into_iter()
                    .map(|(_, t)| (Occur::Should, term_query(t)))
                    .collect();
                let needed = (loose.len() * 3).div_ceil(4);
                let loose = boxed(BooleanQuery::with_minimum_required_clauses(loose, needed));
                Some(boxed(BooleanQuery::new(vec![
                    (Occur::Should, boost(phrase, 2.0)),
                    (Occur::Should, loose),
                ])))
            }
        }
    }

    /// The word being typed ("vulnerab"), as each indexed English word it begins, stemmed and
    /// searched in titles and bodies, so prefix matches rank like whole words.
    fn prefix_alternatives(&self, text: &str) -> Clauses {
        let prefix = match self.tokens(self.fields.prefix_en, text).pop() {
            Some((_, last)) if last.len() >= 3 && last.is_ascii() => last,
            _ => return Vec::new(),
        };
        let mut alternatives = Vec::new();
        for word in self.words_starting_with(&prefix) {
            for (field, by) in [(self.fields.title_en, 2.4), (self.fields.body_en, 0.8)] {
                if let Some((_, stem)) = self.tokens(field, &word).pop() {
                    alternatives.push((
                        Occur::Should,
                        boost(term_query(Term::from_field_text(field, &stem)), by),
                    ));
                }
            }
        }
        alternatives
    }

    fn words_starting_with(&self, prefix: &str) -> BTreeSet<String> {
        let mut words = BTreeSet::new();
        for segment in self.searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(self.fields.prefix_en) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().range().ge(prefix.as_bytes()).into_stream()
            else {
                continue;
            };
            while words.len() < MAX_PREFIX_WORDS && stream.advance() {
                let Ok(word) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if !word.starts_with(prefix) {
                    break;
                }
                words.insert(word.to_owned());
            }
        }
        words
    }
}
