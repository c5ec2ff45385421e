//! The navigator: from an executive's self-assessment to scores and a prioritized roadmap, kept
//! in SQLite, shared in workshops, and written out as one plan document with its renderers.

pub mod answers;
pub mod axes;
pub mod files;
pub mod path;
pub mod plan;
pub mod report;
pub mod rollup;
pub mod step;
pub mod store;
pub mod targets;
pub mod tier;
pub mod view;
pub mod workshop;

pub use answers::{Answer, AnswersError, AnswersFile, Profile};
pub use axes::Axis;
pub use plan::{plan, Phase, Plan, Reason, Recommendation};
pub use step::Step;
