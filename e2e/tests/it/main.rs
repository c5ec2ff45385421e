//! The end-to-end tests, as one test binary: the real app in the real webview, one at a time
//! (`shirube_e2e` serializes them).

mod accessibility;
mod app;
mod bundle;
mod navigator;
mod office;
mod offline;
mod reading;
mod report;
mod search;
mod security;
mod workshop;
