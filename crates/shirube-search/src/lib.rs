//! Search over the guides with tantivy. The corpus (what the index sees) is defined here, so the
//! CLI's `corpus --json` and the index can never disagree.

pub mod corpus;
pub mod index;
mod tokenizer;

pub use corpus::{documents, Document};
pub use index::TitleIndex;
