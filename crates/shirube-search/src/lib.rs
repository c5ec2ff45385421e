//! Search over the guides with tantivy: the corpus (what is indexed), the schema, tokenizers for
//! Japanese and English, the query builder, and snippets turned into highlighted text segments.

pub mod corpus;
pub mod index;
mod query;
mod schema;
mod snippet;
mod tokenizer;
mod units;

pub use corpus::{documents, Document};
pub use index::{SearchHit, SearchIndex, SearchRequest};
pub use snippet::Segment;
