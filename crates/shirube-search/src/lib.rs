//! Search over the guides with tantivy: the corpus (what is indexed), the schema, tokenizers for
//! Japanese and English, the query builder (synonyms, typo corrections, the sector lens), and
//! snippets cut at sentence and phrase boundaries, as highlighted text segments; the index kept
//! on disk between starts.

mod bigrams;
pub mod corpus;
mod highlight;
pub mod index;
mod lens;
mod query;
mod schema;
mod snippet;
mod starts;
pub mod stored;
mod synonyms;
mod tokenizer;
mod units;
mod vocabulary;

pub use corpus::{documents, Document};
pub use index::{SearchHit, SearchIndex, SearchRequest};
pub use snippet::Segment;
pub use synonyms::synonym_groups;
/// What building or reopening an index can fail with.
pub use tantivy::TantivyError as IndexError;
