//! The index: schema built in one place with typed field handles, and an explicit lifecycle
//! (build in RAM from a library; query). The foundation indexes titles; full-text search
//! with snippets and filters builds on the same schema.

use shirube_core::{ItemId, Lang, Library};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::{doc, Index, IndexReader, TantivyDocument};

use crate::tokenizer;

struct Fields {
    id: tantivy::schema::Field,
    lang: tantivy::schema::Field,
    title_en: tantivy::schema::Field,
    title_ja: tantivy::schema::Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |name: &str| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        title_en: builder.add_text_field("title_en", text(tokenizer::EN)),
        title_ja: builder.add_text_field("title_ja", text(tokenizer::JA)),
    };
    (builder.build(), fields)
}

pub struct TitleIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub id: ItemId,
    pub lang: Lang,
    pub score: f32,
}

impl TitleIndex {
    /// Indexes every item's title in both languages, in RAM.
    pub fn build(library: &Library) -> tantivy::Result<TitleIndex> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        tokenizer::register(&index);
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for item in library.items() {
            for lang in Lang::ALL {
                let title = &item.text.get(lang).title;
                let title_field = if lang == Lang::En {
                    fields.title_en
                } else {
                    fields.title_ja
                };
                writer.add_document(doc!(
                    fields.id => item.id.as_str(),
                    fields.lang => lang.code(),
                    title_field => title.as_str(),
                ))?;
            }
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(TitleIndex {
            index,
            reader,
            fields,
        })
    }

    /// Items whose title matches the words of `query`, best first. Any text is a valid query:
    /// syntax errors fall back to the words alone.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let parser = QueryParser::for_index(
            &self.index,
            vec![self.fields.title_en, self.fields.title_ja],
        );
        let (query, _errors) = parser.parse_query_lenient(query);
        let searcher = self.reader.searcher();
        let Ok(top) = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())
        else {
            return Vec::new();
        };
        top.into_iter()
            .filter_map(|(score, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                let text = |field| {
                    doc.get_first(field)
                        .and_then(|v| v.as_str())
                        .map(str::to_owned)
                };
                Some(Hit {
                    id: ItemId::parse(&text(self.fields.id)?)?,
                    lang: Lang::from_code(&text(self.fields.lang)?)?,
                    score,
                })
            })
            .collect()
    }
}
