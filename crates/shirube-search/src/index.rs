//! The index's lifecycle, explicit: built in RAM from the corpus (at start, off the UI thread),
//! then queried. Any query text is valid: the worst it gets is no results.

use serde::{Deserialize, Serialize};
use shirube_guides::{ItemId, Lang, Library};
use tantivy::collector::TopDocs;
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexReader, ReloadPolicy, Score, Searcher, TantivyDocument, Term};
use ts_rs::TS;

use crate::bigrams::Bigrams;
use crate::corpus::{documents, Document};
use crate::highlight::Highlighter;
use crate::lens::Lenses;
use crate::query::{Plan, QueryBuilder, Strictness};
use crate::schema::{self, Fields, ORDINAL};
use crate::snippet::{self, Segment};
use crate::synonyms::{synonym_groups, Synonyms};
use crate::tokenizer;
use crate::vocabulary::Vocabulary;

/// Longest snippet, in characters: Japanese says as much in fewer.
const SNIPPET_CHARS_EN: usize = 200;
const SNIPPET_CHARS_JA: usize = 120;

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Every indexed document, by ordinal: what hits show, without stored fields to decode.
    documents: Vec<Document>,
    vocabulary: Vocabulary,
    synonyms: Synonyms,
    lenses: Lenses,
    bigrams: Bigrams,
}

/// What to search for, and where.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(default)]
pub struct SearchRequest {
    pub query: String,
    /// Only documents in this language; `None` searches both.
    pub lang: Option<Lang>,
    pub limit: usize,
    pub pack: Option<String>,
    pub kind: Option<String>,
    // A lens, not a filter: this sector's page, the practices weighted for it and the
    // obligations that apply to it rank higher; nothing is hidden. (A plain comment: the
    // TypeScript bindings are generated from doc comments and belong to the UI.)
    pub sector: Option<String>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct SearchHit {
    pub id: ItemId,
    pub lang: Lang,
    pub title: Vec<Segment>,
    pub breadcrumb: String,
    pub snippet: Vec<Segment>,
    pub score: f32,
}

impl SearchHit {
    pub fn title_text(&self) -> String {
        self.title.iter().map(|s| s.text.as_str()).collect()
    }

    /// The distinct pieces of text that matched, to highlight in the reader.
    pub fn matched_terms(&self) -> Vec<String> {
        let mut terms: Vec<String> = self
            .title
            .iter()
            .chain(&self.snippet)
            .filter(|s| s.hit)
            .map(|s| s.text.clone())
            .collect();
        terms.sort();
        terms.dedup();
        terms
    }
}

impl SearchIndex {
    pub fn build(library: &Library) -> tantivy::Result<SearchIndex> {
        SearchIndex::from_documents(&documents(library), &synonym_groups(library))
    }

    /// An index over `docs`, in memory; `synonyms` are the packs' groups ([`synonym_groups`]).
    pub fn from_documents(
        docs: &[Document],
        synonyms: &[Vec<String>],
    ) -> tantivy::Result<SearchIndex> {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        tokenizer::register(&index);
        let in_memory = write_documents(&index, &fields, docs, || InMemory::new(docs, synonyms))?;
        SearchIndex::open(index, fields, in_memory)
    }

    /// The searchable index: tantivy's, committed, with what is kept beside it.
    pub(crate) fn open(
        index: Index,
        fields: Fields,
        in_memory: InMemory,
    ) -> tantivy::Result<SearchIndex> {
        // Manual: the index never changes once built, so no thread needs to watch for commits.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let bigrams = Bigrams::read(&reader.searcher(), &[fields.title_ja, fields.body_ja]);
        let InMemory {
            documents,
            vocabulary,
            synonyms,
            lenses,
        } = in_memory;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            documents,
            vocabulary,
            synonyms,
            lenses,
            bigrams,
        })
    }

    pub fn doc_count(&self) -> usize {
        self.documents.len()
    }

    /// Results, best first. The query is planned once (typos corrected from the corpus's words,
    /// synonyms added); then most of its words must match, and if nothing does, any one of
    /// them — a word or a single bigram — may, ranked by BM25.
    pub fn search(&self, request: &SearchRequest) -> Vec<SearchHit> {
        let langs: Vec<Lang> = request.lang.map_or(Lang::ALL.to_vec(), |lang| vec![lang]);
        let searcher = self.reader.searcher();
        let builder = QueryBuilder {
            index: &self.index,
            searcher: &searcher,
            fields: &self.fields,
            langs: &langs,
            bigrams: &self.bigrams,
        };
        let plan = Plan::new(&request.query, &self.vocabulary, &self.synonyms);
        let mut found = Vec::new();
        for strictness in [Strictness::Most, Strictness::Any] {
            let Some(text_query) = builder.build(&plan, strictness) else {
                return Vec::new();
            };
            found = self.top(&searcher, self.filtered(text_query, request), request);
            if !found.is_empty() {
                break;
            }
        }
        // One highlighter per language of the hits, made when a hit first needs it.
        let mut highlighters: [Option<Highlighter>; 2] = [None, None];
        found
            .into_iter()
            .map(|(score, doc)| {
                let max_chars = match doc.lang {
                    Lang::En => SNIPPET_CHARS_EN,
                    Lang::Ja => SNIPPET_CHARS_JA,
                };
                let highlighter = highlighters[usize::from(doc.lang == Lang::Ja)]
                    .get_or_insert_with(|| plan.highlighter(doc.lang));
                SearchHit {
                    id: doc.id.clone(),
                    lang: doc.lang,
                    title: snippet::whole(highlighter, &doc.title),
                    breadcrumb: doc.meta.breadcrumb.clone(),
                    snippet: snippet::snippet(highlighter, &doc.text, max_chars),
                    score,
                }
            })
            .collect()
    }

    /// As `search`, but when the request's language has no result, both languages are tried:
    /// a Japanese reader typing an English term still finds it.
    pub fn search_any_language_if_empty(&self, request: &SearchRequest) -> Vec<SearchHit> {
        let hits = self.search(request);
        if hits.is_empty() && request.lang.is_some() {
            return self.search(&SearchRequest {
                lang: None,
                ..request.clone()
            });
        }
        hits
    }

    /// The best documents for a query, through the sector lens when the request names one.
    fn top(
        &self,
        searcher: &Searcher,
        query: Box<dyn Query>,
        request: &SearchRequest,
    ) -> Vec<(Score, &Document)> {
        let limit = request.limit.clamp(1, 200);
        let lens = request.sector.as_deref();
        let top = match lens.and_then(|sector| self.lenses.collector(sector, limit)) {
            Some(collector) => searcher.search(&query, &collector),
            None => searcher.search(&query, &TopDocs::with_limit(limit).order_by_score()),
        };
        // Each segment's ordinal column is opened once, not once per hit: opening one reads
        // the segment's column directory, a twentieth of a search.
        let mut ordinals: Vec<Option<Column<u64>>> = Vec::new();
        ordinals.resize_with(searcher.segment_readers().len(), || None);
        top.unwrap_or_default()
            .into_iter()
            .filter_map(|(score, address)| {
                let segment = usize::try_from(address.segment_ord).ok()?;
                let column = match &ordinals[segment] {
                    Some(column) => column,
                    None => {
                        let fast_fields =
                            searcher.segment_reader(address.segment_ord).fast_fields();
                        ordinals[segment].insert(fast_fields.u64(ORDINAL).ok()?)
                    }
                };
                let ordinal = column.first(address.doc_id)?;
                Some((score, self.documents.get(usize::try_from(ordinal).ok()?)?))
            })
            .collect()
    }

    /// The text query, within the request's pack and kind. Its language needs no filter: the
    /// query looks only in that language's fields.
    fn filtered(&self, text_query: Box<dyn Query>, request: &SearchRequest) -> Box<dyn Query> {
        let filters = [
            (self.fields.pack, request.pack.as_deref()),
            (self.fields.kind, request.kind.as_deref()),
        ];
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = filters
            .into_iter()
            .filter_map(|(field, value)| {
                let term = Term::from_field_text(field, value?);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                Some((Occur::Must, query))
            })
            .collect();
        if clauses.is_empty() {
            return text_query;
        }
        clauses.push((Occur::Must, text_query));
        Box::new(BooleanQuery::new(clauses))
    }
}

/// What the index keeps in memory beside tantivy's files, made from the documents at every start
/// (an index reopened from disk included).
pub(crate) struct InMemory {
    /// Every indexed document, by ordinal: what hits show, without stored fields to decode.
    documents: Vec<Document>,
    vocabulary: Vocabulary,
    synonyms: Synonyms,
    lenses: Lenses,
}

impl InMemory {
    pub(crate) fn new(docs: &[Document], synonyms: &[Vec<String>]) -> InMemory {
        let texts = docs
            .iter()
            .flat_map(|d| [d.title.as_str(), d.text.as_str()]);
        InMemory {
            documents: docs.to_vec(),
            vocabulary: Vocabulary::new(texts),
            synonyms: Synonyms::new(docs, synonyms),
            lenses: Lenses::new(docs.iter().map(|doc| doc.meta.sectors.as_slice())),
        }
    }
}

/// Adds every document, its position in `docs` as its ordinal, and commits. The writer indexes
/// on a thread of its own: `meanwhile` runs on this one before the commit waits for it.
pub(crate) fn write_documents<T>(
    index: &Index,
    fields: &Fields,
    docs: &[Document],
    meanwhile: impl FnOnce() -> T,
) -> tantivy::Result<T> {
    let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
    for (ordinal, doc) in docs.iter().enumerate() {
        let mut entry = TantivyDocument::default();
        entry.add_u64(fields.ordinal, ordinal as u64);
        entry.add_text(fields.lang, doc.lang.code());
        entry.add_text(fields.pack, doc.id.pack());
        entry.add_text(fields.kind, &doc.meta.kind);
        entry.add_text(fields.label(doc.lang), &doc.meta.label);
        entry.add_text(fields.title(doc.lang), &doc.title);
        entry.add_text(fields.body(doc.lang), &doc.text);
        writer.add_document(entry)?;
    }
    let done = meanwhile();
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(done)
}
