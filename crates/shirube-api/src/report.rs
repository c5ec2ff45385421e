//! The plan and the board report: the one place an answers file becomes a document, whichever
//! face asked and wherever the answers came from (the store, or a file on the command line).

use std::collections::BTreeMap;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::Lang;
use shirube_guides::{ItemId, Library};
use shirube_navigator::report::{self, Part, ReportInput, ReportLang};
use shirube_navigator::{plan, AnswersFile, Plan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    /// The report's content, for the app to show.
    Body,
    /// A whole HTML page, to save and open anywhere.
    Html,
    Markdown,
    /// The engine's plan (scores and ranked recommendations), for machines.
    Json,
}

impl ReportFormat {
    /// The end of a saved file's name.
    pub fn file_suffix(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "-report.md",
            ReportFormat::Json => "-plan.json",
            ReportFormat::Body | ReportFormat::Html => "-report.html",
        }
    }
}

/// The command line's names: `md`, `html`, `json`.
impl FromStr for ReportFormat {
    type Err = String;
    fn from_str(name: &str) -> Result<ReportFormat, String> {
        match name {
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            "html" => Ok(ReportFormat::Html),
            "json" => Ok(ReportFormat::Json),
            other => Err(format!("unknown format {other:?} (md, html, json)")),
        }
    }
}

/// What a report is made of besides the library: the answers, and the workshop's notes and
/// participant count where there was a workshop.
pub struct Assessment<'a> {
    pub answers: &'a AnswersFile,
    pub notes: &'a BTreeMap<ItemId, String>,
    pub participants: usize,
    /// An earlier assessment to show what moved since.
    pub baseline: Option<&'a AnswersFile>,
}

/// The report (or the plan as JSON) for one assessment.
pub fn render(
    library: &Library,
    assessment: &Assessment<'_>,
    langs: ReportLang,
    format: ReportFormat,
) -> String {
    with_input(library, assessment, |input| match format {
        ReportFormat::Body => report::html_body(input, langs),
        ReportFormat::Html => report::html_page(input, langs),
        ReportFormat::Markdown => report::markdown(input, langs),
        ReportFormat::Json => plan_json(input),
    })
}

/// The plan for machines: the engine's plan, and with a baseline the change per score.
fn plan_json(input: &ReportInput) -> String {
    #[derive(Serialize)]
    struct PlanJson<'a> {
        #[serde(flatten)]
        plan: &'a Plan,
        #[serde(skip_serializing_if = "Option::is_none")]
        change: Option<BTreeMap<&'a ItemId, i16>>,
    }
    let change = input.baseline.map(|baseline| {
        input
            .plan
            .scores
            .iter()
            .filter_map(|(id, &now)| {
                let before = *baseline.scores.get(id)?;
                Some((id, i16::from(now) - i16::from(before)))
            })
            .collect()
    });
    let json = PlanJson {
        plan: input.plan,
        change,
    };
    serde_json::to_string_pretty(&json).expect("plans serialize")
}

/// One part of the document (the scores, the roadmap) in one language: what the app's results
/// and roadmap screens show, rendered by the code that renders the report.
pub fn render_part(
    library: &Library,
    assessment: &Assessment<'_>,
    lang: Lang,
    part: Part,
) -> String {
    with_input(library, assessment, |input| {
        report::html_part(input, lang, part)
    })
}

/// Runs the engine on the assessment (and its baseline) and hands the document's input on.
fn with_input<T>(
    library: &Library,
    assessment: &Assessment<'_>,
    render: impl FnOnce(&ReportInput) -> T,
) -> T {
    let baseline = assessment.baseline.map(|earlier| plan(library, earlier));
    let plan = plan(library, assessment.answers);
    render(&ReportInput {
        library,
        answers: assessment.answers,
        plan: &plan,
        notes: assessment.notes,
        participants: assessment.participants,
        baseline: baseline.as_ref(),
    })
}
