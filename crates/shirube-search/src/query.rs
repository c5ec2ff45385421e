//! Turns whatever a user typed into a tantivy query, never an error. The input is split into
//! units (`units`), and each unit is planned once: the texts it may match (itself, the glossary's
//! other names for it, and — for a word found nowhere in the corpus — the words one typo away)
//! and, for the word being typed, the words it begins. Required units must match somewhere
//! (label, title or body, in the languages searched); optional ones only add to the score.
//! Within a field a unit's tokens form a phrase, and the unit as typed also matches by most of its
//! tokens (bigrams of CJK runs), its synonyms as phrases only.

use shirube_guides::Lang;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use tantivy::{Index, Searcher, Term};

use crate::bigrams::Bigrams;
use crate::highlight::Highlighter;
use crate::schema::Fields;
use crate::synonyms::Synonyms;
use crate::units::units;
use crate::vocabulary::Vocabulary;

/// How many corpus words a typed prefix may stand for.
const MAX_PREFIX_WORDS: usize = 24;
/// A corrected typo or a synonym ranks a little below the words as typed.
const CORRECTION_BOOST: f32 = 0.8;
const SYNONYM_BOOST: f32 = 0.9;

/// How much of the query a result must match.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// All required units; from three up, three quarters of them (rounded down). A unit of
    /// several tokens as a phrase, or by three quarters of its bigrams.
    Most,
    /// Any bigram or word of any unit: the last pass before "no results", ranked by BM25.
    Any,
}

/// How a text of several tokens matches in a field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Matching {
    /// Its tokens in order, which ranks higher, or most of them anywhere.
    PhraseOrLoose,
    Phrase,
    Loose,
}

/// One unit of the query, planned.
struct Part {
    required: bool,
    /// Texts the unit may match, each with its boost.
    texts: Vec<(String, f32)>,
    /// The corpus words the unit begins, when it is the word being typed.
    completions: Vec<String>,
}

/// What a query asks for, decided once before any pass runs.
pub struct Plan {
    parts: Vec<Part>,
    typing: Option<String>,
}

impl Plan {
    pub fn new(input: &str, vocabulary: &Vocabulary, synonyms: &Synonyms) -> Plan {
        let units = units(input);
        let alternatives = synonyms.alternatives(&units);
        let mut plan = Plan {
            parts: Vec::new(),
            typing: None,
        };
        for (unit, synonyms) in units.into_iter().zip(alternatives) {
            if !unit.required && unit.text.chars().count() == 1 {
                continue; // a lone particle (の, を) says nothing and would match everywhere
            }
            let word = unit.text.to_lowercase();
            let completions: Vec<String> = if unit.typing && word.len() >= 3 && word.is_ascii() {
                let words = vocabulary.starting_with(&word, MAX_PREFIX_WORDS);
                words.map(str::to_owned).collect()
            } else {
                Vec::new()
            };
            let mut texts = vec![(unit.text.clone(), 1.0)];
            if completions.is_empty() {
                let corrections = vocabulary.corrections(&word).into_iter();
                texts.extend(corrections.map(|w| (w.to_owned(), CORRECTION_BOOST)));
            }
            texts.extend(synonyms.into_iter().map(|s| (s, SYNONYM_BOOST)));
            if unit.typing {
                plan.typing = Some(unit.text.clone());
            }
            plan.parts.push(Part {
                required: unit.required,
                texts,
                completions,
            });
        }
        plan
    }

    /// Highlights the texts of the required units (particles and function words are not marked)
    /// in text of `lang`, those the query looks for there (`looked_for_in`).
    pub fn highlighter(&self, lang: Lang) -> Highlighter {
        let texts = self.parts.iter().filter(|p| p.required);
        let texts = texts.flat_map(|p| p.texts.iter().enumerate());
        let texts = texts.filter(|(index, (text, _))| looked_for_in(*index, text, lang));
        Highlighter::new(
            texts.map(|(_, (text, _))| text.as_str()),
            self.typing.as_deref(),
        )
    }
}

/// Whether a part's text at `index` (0: the unit as typed; then corrections and synonyms) is
/// looked for in text of `lang`, by the query and the highlighter alike. A Japanese synonym is
/// looked for in Japanese text only: English text seldom has one, and each field searched and
/// each text highlighted costs time. The unit as typed is looked for anywhere.
fn looked_for_in(index: usize, text: &str, lang: Lang) -> bool {
    lang == Lang::Ja || index == 0 || text.is_ascii()
}

pub struct QueryBuilder<'a> {
    pub index: &'a Index,
    pub searcher: &'a Searcher,
    pub fields: &'a Fields,
    pub langs: &'a [Lang],
    pub bigrams: &'a Bigrams,
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

fn any_of(clauses: Clauses) -> Box<dyn Query> {
    boxed(BooleanQuery::new(clauses))
}

impl QueryBuilder<'_> {
    /// The text query, or `None` when the plan holds nothing searchable (only symbols, say).
    pub fn build(&self, plan: &Plan, strictness: Strictness) -> Option<Box<dyn Query>> {
        let (mut required, mut optional): (Clauses, Clauses) = (Vec::new(), Vec::new());
        for part in &plan.parts {
            if let Some(query) = self.part(part, strictness) {
                let list = if part.required {
                    &mut required
                } else {
                    &mut optional
                };
                list.push((Occur::Should, query));
            }
        }
        let needed = match (strictness, required.len()) {
            (_, 0) => return None,
            (Strictness::Any, _) => 1,
            (Strictness::Most, n) if n <= 2 => n,
            (Strictness::Most, n) => n * 3 / 4,
        };
        // One required part and nothing else is the whole query: no group around it, whose
        // set-up costs more than the part itself when the part is one word.
        let required = match (needed, required.len()) {
            (1, 1) => required.pop().map(|(_, query)| query)?,
            _ => boxed(BooleanQuery::with_minimum_required_clauses(
                required, needed,
            )),
        };
        if optional.is_empty() {
            return Some(required);
        }
        let mut clauses: Clauses = vec![(Occur::Must, required)];
        clauses.extend(optional);
        Some(any_of(clauses))
    }

    /// A part matches if any of its texts matches in any field, or a word it begins does. All
    /// of these are alternatives in one group, their boosts multiplied out: a group per field
    /// or text would score the same and cost a set-up each.
    fn part(&self, part: &Part, strictness: Strictness) -> Option<Box<dyn Query>> {
        let mut alternatives: Clauses = Vec::new();
        for (index, (text, text_boost)) in part.texts.iter().enumerate() {
            let mut analyzed: [Option<Vec<(usize, String)>>; 2] = [None, None];
            for &lang in self.langs {
                if !looked_for_in(index, text, lang) {
                    continue;
                }
                let mut fields = vec![
                    (self.fields.title(lang), 3.0),
                    (self.fields.body(lang), 1.0),
                ];
                if text.is_ascii() {
                    fields.push((self.fields.label(lang), 4.0)); // labels are identifiers: GV.OC-01, D3
                }
                for (field, field_boost) in fields {
                    let by = field_boost * text_boost;
                    // English fields stem, the others do not: a text is analyzed once for each.
                    let english = field == self.fields.title_en || field == self.fields.body_en;
                    let tokens = analyzed[usize::from(english)]
                        .get_or_insert_with(|| self.tokens(field, text));
                    let body_cjk = field == self.fields.body(lang) && !text.is_ascii();
                    let matching = match (index, body_cjk) {
                        (0, true) => Matching::Loose,
                        (0, false) => Matching::PhraseOrLoose,
                        _ => Matching::Phrase,
                    };
                    alternatives.extend(self.field_query(field, tokens, strictness, matching, by));
                }
            }
        }
        if self.langs.contains(&Lang::En) {
            alternatives.extend(self.completions(&part.completions));
        }
        match alternatives.len() {
            0 => None,
            1 => alternatives.pop().map(|(_, query)| query),
            _ => Some(any_of(alternatives)),
        }
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

    /// The alternatives by which a text, as `field` analyzes it, matches there, boosted `by`:
    /// as a phrase, and, when `loose`, by most of its tokens. Synonyms are matched as phrases
    /// only: a long glossary name (最高情報セキュリティ責任者) has a dozen common bigrams, and
    /// most of them matched everywhere, the slowest part of a search on a large corpus.
    fn field_query(
        &self,
        field: Field,
        tokens: &[(usize, String)],
        strictness: Strictness,
        matching: Matching,
        by: f32,
    ) -> Clauses {
        let term = |text: &str| Term::from_field_text(field, text);
        let should = |query: Box<dyn Query>, by: f32| (Occur::Should, boost(query, by));
        match tokens {
            [] => Vec::new(),
            [(_, only)] => {
                let mut chars = only.chars();
                let single = should(term_query(term(only)), by);
                let single = self.exists(field, only).then_some(single);
                match (chars.next(), chars.next()) {
                    // A lone CJK character is indexed only inside bigrams: match those, each
                    // alike. (A TermSetQuery does the same but builds an FST each time, whose
                    // builder alone allocates a megabyte.)
                    (Some(c), None) if !c.is_ascii() => {
                        let bigrams = self.bigrams.containing(c).filter_map(|b| {
                            let query = TermQuery::new(term(&b), IndexRecordOption::Basic);
                            self.exists(field, &b)
                                .then(|| (Occur::Should, boxed(query)))
                        });
                        let bigrams: Clauses = bigrams.collect();
                        let any = (!bigrams.is_empty()).then(|| {
                            should(boxed(ConstScoreQuery::new(any_of(bigrams), 1.0)), 0.5 * by)
                        });
                        single.into_iter().chain(any).collect()
                    }
                    _ => single.into_iter().collect(),
                }
            }
            many => {
                // A token the field has never seen matches nothing there: no phrase holds it,
                // and it cannot count towards "most of the tokens". Leaving such clauses out
                // saves setting each up, most of a search's time in tantivy.
                let present: Vec<(usize, Term)> = many
                    .iter()
                    .filter(|(_, text)| self.exists(field, text))
                    .map(|(pos, text)| (*pos, term(text)))
                    .collect();
                let phrase = (present.len() == many.len()).then(|| {
                    should(
                        boxed(PhraseQuery::new_with_offset(present.clone())),
                        2.0 * by,
                    )
                });
                if matching == Matching::Phrase {
                    return phrase.into_iter().collect();
                }
                // Bigrams of words the text splits differently still count, if most are there.
                let needed = match strictness {
                    Strictness::Most => (many.len() * 3).div_ceil(4),
                    Strictness::Any => 1,
                };
                let loose = (present.len() >= needed).then(|| {
                    let terms = present.into_iter();
                    let terms = terms.map(|(_, t)| (Occur::Should, term_query(t))).collect();
                    let loose = BooleanQuery::with_minimum_required_clauses(terms, needed);
                    should(boxed(loose), by)
                });
                match matching {
                    Matching::Loose => loose.into_iter().collect(),
                    _ => phrase.into_iter().chain(loose).collect(),
                }
            }
        }
    }

    /// Whether any segment's `field` has the term `text`. A dictionary that cannot be read
    /// answers yes: the query then finds what it can.
    fn exists(&self, field: Field, text: &str) -> bool {
        self.searcher.segment_readers().iter().any(|segment| {
            segment.inverted_index(field).map_or(true, |inverted| {
                !matches!(inverted.terms().term_ord(text), Ok(None))
            })
        })
    }

    /// The word being typed ("vulnerab"), as each corpus word it begins, stemmed and searched in
    /// English titles and bodies, so prefix matches rank like whole words.
    fn completions(&self, words: &[String]) -> Clauses {
        let mut alternatives = Vec::new();
        let mut stems: Vec<String> = words
            .iter()
            .filter_map(|word| Some(self.tokens(self.fields.title_en, word).pop()?.1))
            .collect();
        stems.sort_unstable();
        // Words with one stem ("activity", "activities") are searched once, boosted as many
        // times: the same score as a clause each, for the cost of one.
        for same in stems.chunk_by(|a, b| a == b) {
            let stem = &same[0];
            let times = same.len() as f32;
            for (field, by) in [(self.fields.title_en, 2.4), (self.fields.body_en, 0.8)] {
                if !self.exists(field, stem) {
                    continue;
                }
                alternatives.push((
                    Occur::Should,
                    boost(term_query(Term::from_field_text(field, stem)), by * times),
                ));
            }
        }
        alternatives
    }
}
