//! The integration tests of this crate, as one test binary (one link instead of one per file).

mod executive;
mod faces;
mod recovery;
mod session;
mod workshop;
