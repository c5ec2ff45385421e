//! The plan and the board report: the one place an answers file becomes a document, whichever
//! face asked and wherever the answers came from (the store, or a file on the command line).

use std::collections::BTreeMap;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::{AppError, ErrorCode, ItemId, Lang, Library};
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
    /// A Word document of the report, to edit and forward.
    Docx,
    /// An Excel workbook: a sheet each for the scores, the answers and the roadmap.
    Xlsx,
}

impl ReportFormat {
    /// The end of a saved file's name.
    pub fn file_suffix(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "-report.md",
            ReportFormat::Json => "-plan.json",
            ReportFormat::Body | ReportFormat::Html => "-report.html",
            ReportFormat::Docx => "-report.docx",
            ReportFormat::Xlsx => "-report.xlsx",
        }
    }

    /// Whether the format is a file of its own (a zip package), not text to print or show.
    pub fn is_binary(self) -> bool {
        matches!(self, ReportFormat::Docx | ReportFormat::Xlsx)
    }
}

/// The command line's names: `md`, `html`, `json`, `docx`, `xlsx`.
impl FromStr for ReportFormat {
    type Err = String;
    fn from_str(name: &str) -> Result<ReportFormat, String> {
        match name {
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            "html" => Ok(ReportFormat::Html),
            "json" => Ok(ReportFormat::Json),
            "docx" => Ok(ReportFormat::Docx),
            "xlsx" => Ok(ReportFormat::Xlsx),
            other => Err(format!(
                "unknown format {other:?} (md, html, json, docx, xlsx)"
            )),
        }
    }
}

/// How much of the report, and against which earlier assessment: what the app's report screen
/// and its save buttons pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, TS)]
pub struct ReportOptions {
    /// Another saved assessment to compare with ("compare with…").
    #[serde(default)]
    #[ts(type = "number | null")]
    pub baseline: Option<i64>,
    /// Only the executive summary, without the annex.
    #[serde(default)]
    pub summary_only: bool,
}

/// What a report is made of besides the library: the answers, and the workshop's notes and
/// participant count where there was a workshop.
pub struct Assessment<'a> {
    pub answers: &'a AnswersFile,
    pub notes: &'a BTreeMap<ItemId, String>,
    pub participants: usize,
    /// An earlier assessment to show what moved since.
    pub baseline: Option<&'a AnswersFile>,
    /// Only the executive summary, without the annex.
    pub summary_only: bool,
}

/// The report (or the plan as JSON) for one assessment, as the file's bytes.
pub fn render(
    library: &Library,
    assessment: &Assessment<'_>,
    langs: ReportLang,
    format: ReportFormat,
) -> Result<Vec<u8>, AppError> {
    with_input(library, assessment, |input| {
        let text = match format {
            ReportFormat::Body => report::html_body(input, langs),
            ReportFormat::Html => report::html_page(input, langs),
            ReportFormat::Markdown => report::markdown(input, langs),
            ReportFormat::Json => plan_json(input),
            ReportFormat::Docx => return shirube_office::docx(input, langs.langs()),
            ReportFormat::Xlsx => return shirube_office::xlsx(input, langs.langs()),
        };
        Ok(text.into_bytes())
    })
}

/// An answers file as the command line hands it over: its name (for errors and to name the
/// assessment) and its bytes.
#[derive(Clone, Copy)]
pub struct NamedFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The report for an answers file (the command line's case), with the change since `baseline`
/// where one is given; every error worded in `lang` and named by the file it concerns.
pub fn from_file(
    library: &Library,
    file: NamedFile<'_>,
    baseline: Option<NamedFile<'_>>,
    lang: Lang,
    langs: ReportLang,
    format: ReportFormat,
    summary_only: bool,
) -> Result<Vec<u8>, String> {
    let l10n = Localizer::new(lang);
    let parse = |file: NamedFile<'_>| {
        let mut answers = AnswersFile::parse(file.bytes, library)
            .map_err(|err| format!("{}: {}", file.name, err.localize(&l10n)))?;
        answers.name = person_or_title(file.name, &answers);
        Ok::<_, String>(answers)
    };
    let answers = parse(file)?;
    let earlier = baseline.map(parse).transpose()?;
    let assessment = Assessment {
        answers: &answers,
        notes: &Default::default(),
        participants: 0,
        baseline: earlier.as_ref(),
        summary_only,
    };
    render(library, &assessment, langs, format).map_err(|err| {
        let message = l10n.format(
            &err.code.message_id(),
            &Args::new().with("detail", err.message),
        );
        format!("{}: {message}", file.name)
    })
}

/// The report in a text format, to show or print.
pub fn render_text(
    library: &Library,
    assessment: &Assessment<'_>,
    langs: ReportLang,
    format: ReportFormat,
) -> Result<String, AppError> {
    if format.is_binary() {
        return Err(AppError::new(
            ErrorCode::Internal,
            format!("{format:?} is a file to save, not text to show"),
        ));
    }
    let bytes = render(library, assessment, langs, format)?;
    String::from_utf8(bytes).map_err(|err| AppError::new(ErrorCode::Internal, err.to_string()))
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
        baseline_answers: assessment.baseline,
        today: report::today(),
        summary_only: assessment.summary_only,
    })
}

/// Who the answers belong to: the name inside the file, or else the file's own name. Whether
/// a file is imported into the app or read by `shirube plan`, its assessment is named this way.
pub(crate) fn person_or_title(file_name: &str, answers: &AnswersFile) -> String {
    let name = answers.name.trim();
    let name = if name.is_empty() {
        let file = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
        file.trim_end_matches(".json").trim_end_matches(".shirube")
    } else {
        name
    };
    name.chars().take(100).collect()
}
