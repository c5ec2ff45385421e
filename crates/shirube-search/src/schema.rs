//! The index schema, built in one place, with typed handles to every field.

use shirube_guides::Lang;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED, STRING,
};

use crate::tokenizer;

/// One document per item and language. Text fields exist per language so each gets its own
/// analyzer; a document fills only its own language's fields.
#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub lang: Field,
    pub pack: Field,
    pub kind: Field,
    /// Sector slugs the item concerns (a sector profile, or a practice weighted for it).
    pub sector: Field,
    /// The framework identifier (`GV.OC-01`), searchable word by word.
    pub label: Field,
    /// "Pack › parent", shown under a result.
    pub breadcrumb: Field,
    pub title_en: Field,
    pub title_ja: Field,
    pub body_en: Field,
    pub body_ja: Field,
    /// English title and body unstemmed: for prefixes of the word being typed ("vulnerab").
    pub prefix_en: Field,
}

impl Fields {
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

fn text(tokenizer: &str, positions: bool) -> TextOptions {
    let record = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let stored = |options: TextOptions| options.set_stored();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        pack: builder.add_text_field("pack", STRING),
        kind: builder.add_text_field("kind", STRING),
        sector: builder.add_text_field("sector", STRING),
        label: builder.add_text_field("label", text(tokenizer::PLAIN, true)),
        breadcrumb: builder.add_text_field("breadcrumb", STORED),
        title_en: builder.add_text_field("title_en", stored(text(tokenizer::EN, true))),
        title_ja: builder.add_text_field("title_ja", stored(text(tokenizer::PLAIN, true))),
        body_en: builder.add_text_field("body_en", stored(text(tokenizer::EN, true))),
        body_ja: builder.add_text_field("body_ja", stored(text(tokenizer::PLAIN, true))),
        prefix_en: builder.add_text_field("prefix_en", text(tokenizer::PLAIN, false)),
    };
    (builder.build(), fields)
}
