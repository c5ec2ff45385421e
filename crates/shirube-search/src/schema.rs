//! The index schema, built in one place, with typed handles to every field.

use shirube_guides::Lang;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STRING,
};

use crate::tokenizer;

/// One document per item and language. Text fields exist per language so each gets its own
/// analyzer; a document fills only its own language's fields. Nothing is stored: what a hit
/// shows is read from the documents the index keeps in memory, found by `ordinal`
/// (deserializing stored documents was a fifth of a query's time).
#[derive(Clone, Copy)]
pub struct Fields {
    /// The document's place in the index's list of documents.
    pub ordinal: Field,
    pub lang: Field,
    pub pack: Field,
    pub kind: Field,
    /// The framework identifier (`GV.OC-01`), searchable word by word. Per language like the
    /// text, though it reads the same in both: a query in one language then needs no filter
    /// on `lang`, whose intersection with every query cost time.
    pub label_en: Field,
    pub label_ja: Field,
    pub title_en: Field,
    pub title_ja: Field,
    pub body_en: Field,
    pub body_ja: Field,
}

pub const ORDINAL: &str = "ordinal";

impl Fields {
    pub fn label(&self, lang: Lang) -> Field {
        match lang {
            Lang::En => self.label_en,
            Lang::Ja => self.label_ja,
        }
    }

    pub fn title(&self, lang: Lang) -> Field {
        match lang {
            Lang::En => self.title_en,
            Lang::Ja => self.title_ja,
        }
    }

    pub fn body(&self, lang: Lang) -> Field {
        match lang {
            Lang::En => self.body_en,
            Lang::Ja => self.body_ja,
        }
    }
}

fn text(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        ordinal: builder.add_u64_field(ORDINAL, FAST),
        lang: builder.add_text_field("lang", STRING),
        pack: builder.add_text_field("pack", STRING),
        kind: builder.add_text_field("kind", STRING),
        label_en: builder.add_text_field("label_en", text(tokenizer::PLAIN)),
        label_ja: builder.add_text_field("label_ja", text(tokenizer::PLAIN)),
        title_en: builder.add_text_field("title_en", text(tokenizer::EN)),
        title_ja: builder.add_text_field("title_ja", text(tokenizer::PLAIN)),
        body_en: builder.add_text_field("body_en", text(tokenizer::EN)),
        body_ja: builder.add_text_field("body_ja", text(tokenizer::PLAIN)),
    };
    (builder.build(), fields)
}
