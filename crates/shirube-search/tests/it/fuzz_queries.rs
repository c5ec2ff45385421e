//! Fuzzing the query path (units → QueryBuilder → SearchIndex::search → snippets) over the
//! bundled corpus with what people paste into a search box: query syntax, full-width and
//! half-width forms, emoji, combining marks, control characters, very long strings. Searching
//! never panics, and every result is well formed. `cargo xtask fuzz` runs these for longer.

#[path = "../../../shirube-guides/tests/it/support/fuzz.rs"]
mod fuzz;

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use shirube_guides::{Lang, Library};
use shirube_search::{documents, Document, SearchHit, SearchIndex, SearchRequest, Segment};

struct Corpus {
    index: SearchIndex,
    docs: HashMap<(String, Lang), Document>,
    /// Words and Japanese runs of the titles, so queries hit real terms.
    words: Vec<String>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let library = Library::bundled().0;
        let docs = documents(&library);
        let mut words = BTreeSet::new();
        for doc in &docs {
            words.extend(doc.title.split_whitespace().map(str::to_owned));
            let chars: Vec<char> = doc.title.chars().collect();
            words.extend(chars.chunks(3).map(|c| c.iter().collect::<String>()));
        }
        Corpus {
            index: SearchIndex::build(&library).expect("the bundled corpus indexes"),
            docs: docs
                .into_iter()
                .map(|doc| ((doc.id.to_string(), doc.lang), doc))
                .collect(),
            words: words.into_iter().collect(),
        }
    })
}

/// Pieces that mean something to a query parser, a normalizer or a tokenizer.
const ODD: &[&str] = &[
    "\"",
    "(",
    ")",
    ":",
    "^",
    "*",
    "~",
    "-",
    "+",
    "[",
    "]",
    "{",
    "}",
    "\\",
    "!",
    "?",
    "/",
    "&&",
    "||",
    "AND",
    "OR",
    "NOT",
    "title:",
    "id:",
    "ＣＩＳＯ",
    "ｻｲﾊﾞｰ",
    "　",
    "ﷺ",
    "㍿",
    "ｰ",
    "ー",
    "々",
    "🙂",
    "👨\u{200D}👩\u{200D}👧",
    "🇯🇵",
    "❤\u{FE0F}",
    "e\u{301}",
    "\u{301}",
    "か\u{3099}",
    "\u{3099}",
    "\0",
    "\u{7}",
    "\t",
    "\n",
    "\r",
    "\u{1B}",
    "\u{7F}",
    "\u{85}",
    "\u{2028}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{FFFD}",
    "\u{10FFFF}",
    "İ",
    "ß",
    "ﬁ",
    "Ⅻ",
];

fn piece() -> impl Strategy<Value = String> {
    let words = corpus().words.clone();
    prop_oneof![
        3 => proptest::sample::select(words),
        3 => proptest::sample::select(ODD).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => any::<String>(),
    ]
}

/// Pieces joined with or without spaces, sometimes repeated into a very long string.
fn query() -> impl Strategy<Value = String> {
    let joined = (proptest::collection::vec(piece(), 0..12), any::<bool>())
        .prop_map(|(pieces, spaced)| pieces.join(if spaced { " " } else { "" }));
    (joined, prop_oneof![8 => Just(1usize), 1 => 2..5_000usize])
        .prop_map(|(text, times)| text.repeat(times))
}

fn option_of(values: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    proptest::option::of(proptest::sample::select(values).prop_map(str::to_owned))
}

fn request(query: impl Strategy<Value = String>) -> impl Strategy<Value = SearchRequest> {
    let lang = proptest::option::of(prop_oneof![Just(Lang::En), Just(Lang::Ja)]);
    let limit = prop_oneof![0..30usize, any::<usize>()];
    let pack = option_of(&["csf2", "practice", "ci", "cmg3", "nope", ""]);
    let kind = option_of(&["practice", "subcategory", "sector", "x"]);
    let sector = option_of(&["medical", "water", "general", ""]);
    (query, lang, limit, pack, kind, sector).prop_map(|(query, lang, limit, pack, kind, sector)| {
        SearchRequest {
            query,
            lang,
            limit,
            pack,
            kind,
            sector,
        }
    })
}

/// Highlights are merged and never empty: no empty segment, no two hits side by side.
fn segments_well_formed(segments: &[Segment]) -> Result<String, TestCaseError> {
    prop_assert!(segments.iter().all(|s| !s.text.is_empty()), "{segments:?}");
    prop_assert!(
        segments.windows(2).all(|w| !(w[0].hit && w[1].hit)),
        "adjacent highlights: {segments:?}"
    );
    Ok(segments.iter().map(|s| s.text.as_str()).collect())
}

fn hits_well_formed(request: &SearchRequest, hits: &[SearchHit]) -> Result<(), TestCaseError> {
    prop_assert!(hits.len() <= request.limit.clamp(1, 200));
    let mut seen = BTreeSet::new();
    for hit in hits {
        prop_assert!(
            seen.insert((hit.id.to_string(), hit.lang)),
            "duplicate {}",
            hit.id
        );
        prop_assert!(
            hit.score.is_finite() && hit.score >= 0.0,
            "score {}",
            hit.score
        );
        let doc = &corpus().docs[&(hit.id.to_string(), hit.lang)];
        prop_assert!(request.lang.is_none_or(|lang| lang == hit.lang));
        prop_assert!(request.pack.as_ref().is_none_or(|p| p == hit.id.pack()));
        prop_assert!(request.kind.as_ref().is_none_or(|k| *k == doc.meta.kind));
        prop_assert_eq!(segments_well_formed(&hit.title)?, doc.title.as_str());
        // A snippet is the text tidied (ellipses added, line breaks and list dashes gone): each
        // of its words (and Japanese sentences) still comes from the text.
        let snippet = segments_well_formed(&hit.snippet)?;
        prop_assert!(!snippet.contains('\n'), "{snippet:?}");
        for word in snippet.split([' ', '…', '。']).filter(|w| !w.is_empty()) {
            prop_assert!(
                doc.text.contains(word),
                "{word:?} of snippet {snippet:?} is not in the text of {}",
                hit.id
            );
        }
    }
    let scores: Vec<f32> = hits.iter().map(|h| h.score).collect();
    prop_assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    Ok(())
}

#[test]
fn hostile_queries_never_panic_and_results_are_well_formed() {
    fuzz::property("search-queries", request(query()), |request| {
        let hits = corpus().index.search(&request);
        hits_well_formed(&request, &hits)?;
        let either = corpus().index.search_any_language_if_empty(&request);
        hits_well_formed(
            &SearchRequest {
                lang: None,
                ..request
            },
            &either,
        )
    });
}

/// A real title with odd pieces between its words still finds something: the odd pieces may
/// not make the query fail.
#[test]
fn a_title_among_odd_characters_is_still_found() {
    let docs: Vec<&Document> = corpus().docs.values().collect();
    let noise = proptest::collection::vec(proptest::sample::select(ODD), 0..6);
    let strategy = (0..docs.len(), noise, any::<bool>());
    fuzz::property("search-titles", strategy, |(which, noise, spaced)| {
        let doc = docs[which];
        let mut query = doc.title.clone();
        for piece in noise {
            // Punctuation and control characters may touch a word; anything else would make
            // another word ("VulnerabilityAND", か + combining mark = が).
            let glued = piece
                .chars()
                .all(|c| c.is_ascii_punctuation() || c.is_control() || c.is_whitespace());
            let separator = if glued && !spaced { "" } else { " " };
            query = format!("{query}{separator}{piece}{separator}");
        }
        let request = SearchRequest {
            query,
            limit: 10,
            ..SearchRequest::default()
        };
        let hits = corpus().index.search(&request);
        hits_well_formed(&request, &hits)?;
        prop_assert!(!hits.is_empty(), "nothing found for {:?}", request.query);
        Ok(())
    });
}
