//! The search index in the app: built on a background thread at start, so the first screen never
//! waits for it; the UI hears `search-ready` when it can search.

use std::sync::OnceLock;

use shirube_core::app::Shirube;
use shirube_core::{AppError, ErrorCode};
use shirube_search::{SearchHit, SearchIndex, SearchRequest};
use tauri::{AppHandle, Emitter, Manager};

pub const READY_EVENT: &str = "search-ready";

#[derive(Default)]
pub struct SearchState {
    index: OnceLock<SearchIndex>,
}

impl SearchState {
    pub fn is_ready(&self) -> bool {
        self.index.get().is_some()
    }

    pub fn search(&self, request: &SearchRequest) -> Result<Vec<SearchHit>, AppError> {
        let index = self
            .index
            .get()
            .ok_or_else(|| AppError::new(ErrorCode::SearchNotReady, ""))?;
        Ok(index.search_any_language_if_empty(request))
    }
}

pub fn build_in_background(app: AppHandle) {
    std::thread::spawn(move || {
        let built = SearchIndex::build(app.state::<Shirube>().library());
        match built {
            Ok(index) => {
                let _ = app.state::<SearchState>().index.set(index);
                let _ = app.emit(READY_EVENT, ());
            }
            Err(err) => eprintln!("shirube: the search index could not be built: {err}"),
        }
    });
}
