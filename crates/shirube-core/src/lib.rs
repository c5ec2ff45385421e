//! Shirube's core: the guide model, loading and validation of packs, Markdown rendering,
//! localization and the view types the app shows. It knows nothing of Tauri or of any window:
//! everything a user can do in the app can be done, and tested, through this crate.

pub mod app;
pub mod bundled;
pub mod error;
pub mod id;
pub mod l10n;
pub mod lang;
pub mod library;
mod load;
pub mod model;
pub mod navigator;
mod parse;
pub mod problem;
pub mod render;
pub mod settings;
pub mod source;
pub mod store;
pub mod user_packs;
mod validate;
pub mod view;

pub use error::{AppError, ErrorCode};
pub use id::ItemId;
pub use lang::Lang;
pub use library::Library;
pub use problem::{Problem, ProblemKind};
pub use source::SourceFiles;
