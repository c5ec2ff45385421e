//! The integration tests of this crate, as one test binary (one link instead of one per file).

mod fuzz_answers;
mod fuzz_findings;
mod navigator;
mod path;
