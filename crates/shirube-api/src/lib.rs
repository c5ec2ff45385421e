//! The use cases: the one API that both faces call. The desktop shell (`src-tauri`) and the
//! `shirube` command line depend on this crate only, so the same question gets the same answer
//! (the same search results, the same plan, the same report bytes) from either of them.
//!
//! [`Shirube`] holds everything a session needs — the library, the user's settings, the saved
//! assessments, the search index — and its methods are the use cases, one each. The lower
//! crates' types that cross a face are re-exported here.

mod bench;
mod bindings;
mod check;
mod executive;
pub mod navigator;
mod reading;
pub mod report;
mod rollup;
mod settings;
mod shirube;

pub use bench::{bench, BenchResult, SlowQuery};
pub use bindings::typescript_bindings;
pub use check::{check, corpus, CheckTarget};
pub use executive::{QuestionRef, TargetUpdate};
pub use report::{NamedFile, ReportFormat, ReportOptions};
pub use rollup::{RollupFormat, MAX_UNITS};
pub use settings::Settings;
pub use shirube::{AppDirs, SectorChoice, Shirube, StartupState};
pub use shirube_search::stored::Origin as IndexOrigin;

pub use shirube_guides::l10n::{Args, Localizer};
pub use shirube_guides::view::{ItemLink, ItemView, PackNode, PracticeView};
pub use shirube_guides::{AppError, ErrorCode, ItemId, Lang, Library, Problem};
pub use shirube_navigator::report::{Part, ReportLang};
pub use shirube_navigator::rollup::{Rollup, RollupCell, RollupColumn, RollupUnit};
pub use shirube_navigator::store::{Added, AssessmentSummary};
pub use shirube_navigator::view::{PathView, PlanView, QuestionGroup};
pub use shirube_navigator::workshop::WorkshopView;
pub use shirube_navigator::{answers, Answer, AnswersFile, Profile};
pub use shirube_search::{Document, SearchHit, SearchRequest, Segment};

pub use navigator::{AnswerUpdate, AssessmentState, ImportedFile};
