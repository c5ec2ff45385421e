//! The guide model: packs and items, loading and validation, the library with its crosswalks,
//! Markdown rendering, localization (Fluent), the reader's view types, and the error vocabulary
//! (`AppError`, `ErrorCode`) that every crate above shares. It knows nothing of the navigator,
//! search, SQLite or any window.

pub mod bundled;
pub mod error;
pub mod id;
pub mod l10n;
pub mod lang;
pub mod library;
mod load;
pub mod model;
mod parse;
pub mod problem;
pub mod render;
pub mod sector;
pub mod source;
pub mod user_packs;
mod validate;
pub mod view;

pub use error::{AppError, ErrorCode};
pub use id::ItemId;
pub use lang::Lang;
pub use library::Library;
pub use parse::is_date;
pub use problem::{Problem, ProblemKind};
pub use sector::Sector;
pub use source::SourceFiles;
