//! Reading and searching the guides: the library's tree, an item, a passage with its citation,
//! and search over the index made at start.

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::view::{item_view, library_tree, ItemView, PackNode};
use shirube_guides::{AppError, ErrorCode, ItemId, Lang, Sector};
use shirube_search::stored::{self, Origin as IndexOrigin};
use shirube_search::{documents, synonym_groups, SearchHit, SearchIndex, SearchRequest};

use crate::shirube::{SectorChoice, Shirube};

/// The longest passage cited: a page or two, more than anyone quotes; the rest is cut with "…".
const MAX_PASSAGE_CHARS: usize = 4000;

impl Shirube {
    pub fn tree(&self, lang: Lang) -> Vec<PackNode> {
        library_tree(&self.library, lang)
    }

    pub fn item(&self, id: &ItemId, lang: Lang) -> Result<ItemView, AppError> {
        item_view(&self.library, id, lang)
    }

    /// The critical-infrastructure sectors, titled in `lang`, in the action plan's order.
    pub fn sectors(&self, lang: Lang) -> Vec<SectorChoice> {
        Sector::all_ci()
            .filter_map(|sector| {
                let item = self.library.item(&sector.item_id()?)?;
                let title = item.text.get(lang).title.clone();
                Some(SectorChoice { sector, title })
            })
            .collect()
    }

    /// `passage` (or, when it is blank, the item's summary) followed by where it comes from:
    /// the item's title and ID, its guide, the official source and the date its facts were
    /// checked, in `lang`. What the reader's "Copy with citation" puts on the clipboard.
    pub fn citation(&self, id: &ItemId, lang: Lang, passage: &str) -> Result<String, AppError> {
        let view = item_view(&self.library, id, lang)?;
        let mut passage = passage.split_whitespace().collect::<Vec<_>>().join(" ");
        if passage.is_empty() {
            passage = view.summary.clone();
        }
        if let Some((cut, _)) = passage.char_indices().nth(MAX_PASSAGE_CHARS) {
            passage.truncate(cut);
            passage.push('…');
        }
        let title = match view.label.as_str() {
            "" => view.title.clone(),
            label => format!("{label} {}", view.title),
        };
        let args = Args::new()
            .with("passage", passage)
            .with("title", title)
            .with("id", view.id.as_str())
            .with("guide", view.pack_title)
            .with("source", view.source.clone())
            .with("date", view.as_of);
        let message = match view.source.trim() {
            "" => "cite-text-no-source",
            _ => "cite-text",
        };
        Ok(Localizer::new(lang).format(message, &args))
    }

    // ---- Search

    /// Makes the search index: reopened from the cache folder when the library is the one an
    /// earlier start indexed (milliseconds), else built (tens of milliseconds for the bundled
    /// guides, seconds for large user packs) and kept there. The app calls this on a background
    /// thread at start; a search before then answers `search-not-ready`.
    pub fn build_search_index(&self) -> Result<IndexOrigin, AppError> {
        let internal =
            |err: shirube_search::IndexError| AppError::new(ErrorCode::Internal, err.to_string());
        let docs = documents(&self.library);
        let synonyms = synonym_groups(&self.library);
        let (index, origin) = match &self.index_cache {
            Some(cache) => stored::open_or_build(cache, &docs, &synonyms).map_err(internal)?,
            None => (
                SearchIndex::from_documents(&docs, &synonyms).map_err(internal)?,
                IndexOrigin::InMemory,
            ),
        };
        let _ = self.index.set(index);
        Ok(origin)
    }

    pub fn search_ready(&self) -> bool {
        self.index.get().is_some()
    }

    /// Search with the app's fallback: a query in one language that finds nothing there is
    /// tried in the other.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<SearchHit>, AppError> {
        let index = self
            .index
            .get()
            .ok_or_else(|| AppError::new(ErrorCode::SearchNotReady, ""))?;
        Ok(index.search_any_language_if_empty(request))
    }
}
