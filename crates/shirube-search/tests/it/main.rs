//! The integration tests of this crate, as one test binary (one link instead of one per file).

mod eval;
mod fuzz_findings;
mod fuzz_queries;
mod lens;
mod never_empty;
mod queries;
mod snippets;
mod stored;
mod synonyms;
