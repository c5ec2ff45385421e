//! Turns whatever a user typed into a tantivy query, never an error. Each whitespace-separated
//! chunk must match somewhere (label, title or body, in the languages searched); within a field a
//! chunk's words form a phrase, CJK runs match by their bigrams, English words forgive one typo,
//! and the chunk still being typed matches as a prefix.

use shirube_core::Lang;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use tantivy::{Index, Term};
use unicode_normalization::UnicodeNormalization;

use crate::schema::Fields;

/// Longer input is cut: nobody types more, and it bounds the work a query can cause.
const MAX_QUERY_CHARS: usize = 256;
const MAX_CHUNKS: usize = 12;

/// How the chunks of a query combine.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    All,
    Any,
}

pub struct QueryBuilder<'a> {
    pub index: &'a Index,
    pub fields: &'a Fields,
    pub langs: &'a [Lang],
}

impl QueryBuilder<'_> {
    /// The text query, or `None` when the input holds nothing searchable (only symbols, say).
    pub fn build(&self, input: &str, combine: Combine) -> Option<Box<dyn Query>> {
        let normalized: String = input
            .chars()
            .take(MAX_QUERY_CHARS)
            .collect::<String>()
            .nfkc()
            .collect();
        let chunks: Vec<&str> = normalized.split_whitespace().take(MAX_CHUNKS).collect();
        let typing_last = !normalized.ends_with(char::is_whitespace);
        let occur = if combine == Combine::All {
            Occur::Must
        } else {
            Occur::Should
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = chunks
            .iter()
            .enumerate()
            .filter_map(|(i, chunk)| self.chunk(chunk, typing_last && i + 1 == chunks.len()))
            .map(|query| (occur, query))
            .collect();
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// A chunk matches if any field matches it.
    fn chunk(&self, chunk: &str, is_prefix: bool) -> Option<Box<dyn Query>> {
        let mut fields = vec![(self.fields.label, 4.0, false)];
        for &lang in self.langs {
            let english = lang == Lang::En;
            fields.push((self.fields.title(lang), 3.0, english));
            fields.push((self.fields.body(lang), 1.0, english));
        }
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = fields
            .into_iter()
            .filter_map(|(field, boost, english)| {
                let query = self.field_query(field, chunk, english)?;
                Some((
                    Occur::Should,
                    Box::new(BoostQuery::new(query, boost)) as Box<dyn Query>,
                ))
            })
            .collect();
        if is_prefix && self.langs.contains(&Lang::En) {
            if let Some(prefix) = self.prefix_query(chunk) {
                alternatives.push((Occur::Should, Box::new(BoostQuery::new(prefix, 0.5))));
            }
        }
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
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

    fn field_query(&self, field: Field, chunk: &str, english: bool) -> Option<Box<dyn Query>> {
        let tokens = self.tokens(field, chunk);
        let term = |text: &str| Term::from_field_text(field, text);
        match tokens.as_slice() {
            [] => None,
            [(_, only)] => {
                let mut options: Vec<(Occur, Box<dyn Query>)> = vec![(
                    Occur::Should,
                    Box::new(TermQuery::new(term(only), IndexRecordOption::WithFreqs)),
                )];
                let mut chars = only.chars();
                if english && only.chars().count() >= 4 && only.is_ascii() {
                    let fuzzy = FuzzyTermQuery::new(term(only), 1, true);
                    options.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(fuzzy), 0.3)),
                    ));
                } else if let (Some(c), None) = (chars.next(), chars.next()) {
                    // A lone CJK character is indexed only inside bigrams: match those.
                    if !c.is_ascii() {
                        let pattern = format!("{c}.|.{c}");
                        if let Ok(regex) = RegexQuery::from_pattern(&pattern, field) {
                            options.push((
                                Occur::Should,
                                Box::new(BoostQuery::new(Box::new(regex), 0.5)),
                            ));
                        }
                    }
                }
                Some(Box::new(BooleanQuery::new(options)))
            }
            many => {
                let terms: Vec<(usize, Term)> =
                    many.iter().map(|(pos, text)| (*pos, term(text))).collect();
                let phrase = PhraseQuery::new_with_offset(terms.clone());
                // Bigrams of words the text splits differently still count, if most are there.
                let loose: Vec<(Occur, Box<dyn Query>)> = terms
                    .into_iter()
                    .map(|(_, t)| {
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs))
                                as Box<dyn Query>,
                        )
                    })
                    .collect();
                let needed = (loose.len() * 3).div_ceil(4);
                let loose = BooleanQuery::with_minimum_required_clauses(loose, needed);
                Some(Box::new(BooleanQuery::new(vec![
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(phrase), 2.0)),
                    ),
                    (Occur::Should, Box::new(loose)),
                ])))
            }
        }
    }

    /// The word being typed, as a prefix of any unstemmed English word ("segmen" → segmentation).
    fn prefix_query(&self, chunk: &str) -> Option<Box<dyn Query>> {
        let field = self.fields.prefix_en;
        let tokens = self.tokens(field, chunk);
        let (_, last) = tokens.last()?;
        if last.chars().count() < 3 || !last.is_ascii() {
            return None;
        }
        Some(Box::new(FuzzyTermQuery::new_prefix(
            Term::from_field_text(field, last),
            0,
            false,
        )))
    }
}
