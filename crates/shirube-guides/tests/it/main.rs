//! The integration tests of this crate, as one test binary (one link instead of one per file).

mod bundled;
mod fuzz_findings;
mod fuzz_guides;
mod hostile_markdown;
mod user_packs;
