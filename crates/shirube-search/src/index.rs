//! The index's lifecycle, explicit: built in RAM from the corpus (at start, off the UI thread),
//! then queried. Any query text is valid: the worst it gets is no results.

use serde::{Deserialize, Serialize};
use shirube_guides::{ItemId, Lang, Library};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Index, IndexReader, TantivyDocument, Term};
use ts_rs::TS;

use crate::corpus::{documents, Document};
use crate::query::{Combine, QueryBuilder};
use crate::schema::{self, Fields};
use crate::snippet::{Generators, Segment};
use crate::tokenizer;

/// Fewer exact hits than this, and typo-forgiving matching is tried too.
const FEW_HITS: usize = 3;

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    docs: usize,
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
        SearchIndex::from_documents(&documents(library))
    }

    pub fn from_documents(docs: &[Document]) -> tantivy::Result<SearchIndex> {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        tokenizer::register(&index);
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        for doc in docs {
            let mut entry = TantivyDocument::default();
            entry.add_text(fields.id, doc.id.as_str());
            entry.add_text(fields.lang, doc.lang.code());
            entry.add_text(fields.pack, doc.id.pack());
            entry.add_text(fields.kind, &doc.meta.kind);
            for sector in &doc.meta.sectors {
                entry.add_text(fields.sector, sector);
            }
            entry.add_text(fields.label, &doc.meta.label);
            entry.add_text(fields.breadcrumb, &doc.meta.breadcrumb);
            entry.add_text(fields.title(doc.lang), &doc.title);
            entry.add_text(fields.body(doc.lang), &doc.text);
            if doc.lang == Lang::En {
                entry.add_text(fields.prefix_en, &doc.title);
                entry.add_text(fields.prefix_en, &doc.text);
            }
            writer.add_document(entry)?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            docs: docs.len(),
        })
    }

    pub fn doc_count(&self) -> usize {
        self.docs
    }

    /// Results, best first. Tries, in order, until something is found: all of the query's words
    /// exactly (or as the prefix being typed); all of them forgiving a typo each; any of them.
    pub fn search(&self, request: &SearchRequest) -> Vec<SearchHit> {
        let mut hits = self.run(request, Combine::Most, false);
        if hits.len() < FEW_HITS {
            let forgiving = self.run(request, Combine::Most, true);
            if forgiving.len() > hits.len() {
                hits = forgiving;
            }
        }
        if hits.is_empty() && request.query.split_whitespace().nth(1).is_some() {
            hits = self.run(request, Combine::Any, true);
        }
        hits
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

    fn run(&self, request: &SearchRequest, combine: Combine, fuzzy: bool) -> Vec<SearchHit> {
        let langs: Vec<Lang> = request.lang.map_or(Lang::ALL.to_vec(), |lang| vec![lang]);
        let searcher = self.reader.searcher();
        let builder = QueryBuilder {
            index: &self.index,
            searcher: &searcher,
            fields: &self.fields,
            langs: &langs,
            fuzzy,
        };
        let Some(text_query) = builder.build(&request.query, combine) else {
            return Vec::new();
        };
        let query = self.filtered(text_query, request);
        let collector = TopDocs::with_limit(request.limit.clamp(1, 200)).order_by_score();
        let Ok(top) = searcher.search(&query, &collector) else {
            return Vec::new();
        };
        let generators = Generators::new(&searcher, query.as_ref(), &self.fields, &request.query);
        top.into_iter()
            .filter_map(|(score, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                let text = |field| {
                    doc.get_first(field)
                        .and_then(|v| v.as_str())
                        .unwrap_or_default()
                        .to_owned()
                };
                let lang = Lang::from_code(&text(self.fields.lang))?;
                let (title, body) = (text(self.fields.title(lang)), text(self.fields.body(lang)));
                Some(SearchHit {
                    id: ItemId::parse(&text(self.fields.id))?,
                    lang,
                    title: generators.title(lang, &title),
                    breadcrumb: text(self.fields.breadcrumb),
                    snippet: generators.body(lang, &body),
                    score,
                })
            })
            .collect()
    }

    fn filtered(&self, text_query: Box<dyn Query>, request: &SearchRequest) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query)];
        let filters = [
            (self.fields.lang, request.lang.map(|l| l.code().to_owned())),
            (self.fields.pack, request.pack.clone()),
            (self.fields.kind, request.kind.clone()),
            (self.fields.sector, request.sector.clone()),
        ];
        for (field, value) in filters {
            if let Some(value) = value {
                let term = Term::from_field_text(field, &value);
                clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }
}
