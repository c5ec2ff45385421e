//! The guides as data: checking a folder of packs, and the corpus the search index sees.

use std::path::PathBuf;

use shirube_guides::{Library, Problem, SourceFiles};
use shirube_search::Document;

/// What `check` validates.
pub enum CheckTarget {
    /// The guides compiled into the binary.
    Bundled,
    /// A guides folder on its own (`shirube check DIR`).
    Folder(PathBuf),
    /// A folder of user packs, beside the bundled guides, as the app loads them.
    UserPacks(PathBuf),
}

/// Loads and validates the target: the library that loaded, and every problem. An unreadable
/// folder is an I/O error, for the caller to word.
pub fn check(target: &CheckTarget) -> std::io::Result<(Library, Vec<Problem>)> {
    Ok(match target {
        CheckTarget::Bundled => Library::bundled(),
        CheckTarget::Folder(dir) => Library::load(&SourceFiles::from_dir(dir)?),
        CheckTarget::UserPacks(dir) => {
            std::fs::read_dir(dir)?;
            Library::with_user_packs(dir)
        }
    })
}

/// Every document the search index holds for the bundled guides, in index order.
pub fn corpus() -> Vec<Document> {
    let (library, _) = Library::bundled();
    shirube_search::documents(&library)
}
