//! The navigator: from an executive's self-assessment to scores and a prioritized roadmap.

pub mod answers;
pub mod files;
pub mod plan;
pub mod report;

pub use answers::{Answer, AnswersError, AnswersFile, Profile};
pub use plan::{plan, Phase, Plan, Reason, Recommendation};
pub mod session;
pub mod view;
pub mod workshop;

pub use session::{AnswerUpdate, AssessmentState, ImportedFile, Navigator, ReportFormat};
