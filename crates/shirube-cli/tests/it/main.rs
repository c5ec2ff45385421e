//! The integration tests of the `shirube` command, as one test binary.

mod bad_input;
mod check;
mod hostile_report;
mod offline;
mod rollup;
mod summary;
mod support;
