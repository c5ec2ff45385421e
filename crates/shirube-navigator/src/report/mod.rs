//! The plan as a document for people. One document model, worded in one language from Fluent
//! and the guides, rendered here two ways: Markdown for board papers, and a self-contained HTML
//! page (inline CSS and SVG, nothing fetched) in one language or both side by side. The office
//! formats (`shirube-office`) render the same blocks, read through [`document`].

mod bars;
mod dates;
mod html;
mod html_summary;
mod markdown;
mod radar;
mod scores;
mod summary;

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use ts_rs::TS;

use crate::answers::AnswersFile;
use crate::plan::{Phase, Plan, Reason};
use crate::Axis;
use scores::{facts, scores, tier_reasoning};
use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::{ItemId, Lang, Library, Sector};

pub use dates::today;
pub(crate) use html::running_head;
pub use html::{escape, html_body, html_page, html_part, STYLESHEET};
pub use markdown::markdown;
pub use summary::{Bar, Summary, SummaryChart, SummaryTable};

/// The languages a report is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportLang {
    En,
    Ja,
    /// Both, side by side in HTML; one after the other in Markdown.
    Both,
}

impl ReportLang {
    pub fn langs(self) -> &'static [Lang] {
        match self {
            ReportLang::En => &[Lang::En],
            ReportLang::Ja => &[Lang::Ja],
            ReportLang::Both => &[Lang::En, Lang::Ja],
        }
    }
}

/// The parts of the document the app shows on screens of their own (results, roadmap): the
/// same blocks the report prints, rendered by the same code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Scores,
    Roadmap,
}

/// Everything a report is made from.
pub struct ReportInput<'a> {
    pub library: &'a Library,
    pub answers: &'a AnswersFile,
    pub plan: &'a Plan,
    /// The facilitator's notes on agreed answers, if the assessment was a workshop.
    pub notes: &'a BTreeMap<ItemId, String>,
    pub participants: usize,
    /// An earlier assessment's plan: the scores then show what moved since.
    pub baseline: Option<&'a Plan>,
    /// The earlier assessment's answers (its date says "since when").
    pub baseline_answers: Option<&'a AnswersFile>,
    /// The day the report is made, YYYY-MM-DD.
    pub today: String,
    /// Only the executive summary, without the annex.
    pub summary_only: bool,
}

/// One part of the report. The same parts, in the same order, in every language: that is what
/// lets the HTML put the two languages side by side, part by part.
pub enum Block {
    /// The executive summary, first: at most two A4 pages.
    Summary(Box<Summary>),
    /// The annex's heading, from a new page: the full report follows.
    Annex(String),
    Title(String),
    Facts(Vec<(String, String)>),
    Heading(String),
    Scores {
        heading: String,
        radar: Vec<(String, Option<u8>)>,
        /// The column headings; the change column only where there is a baseline.
        head: ScoreRow,
        rows: Vec<ScoreRow>,
    },
    /// A heading and a bulleted list (the tier's reasoning, the questions to settle).
    List(String, Vec<String>),
    Practice(Box<PracticeBlock>),
    Appendix(Vec<Cited>),
    Closing(String),
}

/// A row of a scores table (or its headings): item, score, target, how many "don't know"
/// answers count in the score as 0, and the signed change since the baseline, where both
/// assessments have a score.
pub struct ScoreRow {
    pub name: String,
    pub score: String,
    pub target: String,
    pub unknown: String,
    pub change: Option<String>,
}

/// A framework item the roadmap cites, in the appendix.
pub struct Cited {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// "as of 2026-11-30", worded: when the item's facts were last checked.
    pub as_of: String,
}

/// A recommendation on the roadmap; each list is (its heading, its items).
pub struct PracticeBlock {
    pub id: ItemId,
    pub heading: String,
    pub summary: String,
    pub reasons: (String, Vec<String>),
    pub first_steps: (String, Vec<String>),
    pub questions: (String, Vec<String>),
    pub note: Option<(String, String)>,
}

fn title(library: &Library, id: &ItemId, l10n: &Localizer) -> String {
    library.item(id).map_or_else(
        || id.to_string(),
        |item| item.text.get(l10n.lang()).title.clone(),
    )
}

/// "General" or the sector page's title, in the reader's language.
pub(crate) fn sector_title(library: &Library, sector: &Sector, l10n: &Localizer) -> String {
    sector.item_id().map_or_else(
        || l10n.text("plan-sector-general"),
        |id| title(library, &id, l10n),
    )
}

pub fn reason_text(reason: &Reason, library: &Library, l10n: &Localizer) -> String {
    let (id, args) = match reason {
        Reason::Gap { level, target } => (
            "plan-reason-gap",
            Args::new()
                .with("level", level.to_string())
                .with("target", target.to_string()),
        ),
        Reason::Unknown => ("plan-reason-unknown", Args::new()),
        Reason::SectorWeight { sector, weight } => (
            "plan-reason-sector-weight",
            Args::new()
                .with("sector", sector_title(library, sector, l10n))
                .with("weight", format!("{weight:.1}")),
        ),
        Reason::Foundation { dependents } => (
            "plan-reason-foundation",
            Args::new().with("dependents", dependents.to_string()),
        ),
        Reason::NeededBy { id } => (
            "plan-reason-needed-by",
            Args::new().with("title", title(library, id, l10n)),
        ),
    };
    l10n.format(id, &args)
}

/// The Fluent ID of a phase's name.
pub fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::First90Days => "plan-phase-first-90-days",
        Phase::ThisYear => "plan-phase-this-year",
        Phase::NextYear => "plan-phase-next-year",
    }
}

fn yes_no(value: bool, l10n: &Localizer) -> String {
    l10n.text(if value { "plan-yes" } else { "plan-no" })
}

/// The whole document in one language, for renderers outside this crate.
pub fn document(input: &ReportInput, lang: Lang) -> Vec<Block> {
    blocks(input, &Localizer::new(lang))
}

/// The report's parts in one language: the executive summary, then (unless the summary is
/// all that is asked for) the full report as its annex.
fn blocks(input: &ReportInput, l10n: &Localizer) -> Vec<Block> {
    let mut blocks = vec![Block::Summary(Box::new(summary::summary(input, l10n)))];
    if input.summary_only {
        return blocks;
    }
    blocks.push(Block::Annex(l10n.text("summary-annex")));
    blocks.push(Block::Title(l10n.text("plan-report-title")));
    blocks.push(Block::Facts(facts(input, l10n)));
    blocks.push(Block::Heading(l10n.text("plan-scores")));
    blocks.extend(part_blocks(input, l10n, Part::Scores));
    blocks.extend(part_blocks(input, l10n, Part::Roadmap));
    blocks.push(Block::Heading(l10n.text("plan-appendix")));
    blocks.push(Block::Appendix(appendix(input, l10n)));
    blocks.push(Block::Closing(l10n.text("plan-disclaimer")));
    blocks
}

/// The blocks of one part, in one language.
fn part_blocks(input: &ReportInput, l10n: &Localizer, part: Part) -> Vec<Block> {
    match part {
        Part::Scores => {
            let mut blocks: Vec<Block> = Axis::ALL
                .iter()
                .map(|&axis| scores(input, l10n, axis))
                .collect();
            blocks.push(Block::List(
                l10n.text("plan-tier-heading"),
                tier_reasoning(input, l10n),
            ));
            let to_settle: Vec<String> = input
                .answers
                .answers
                .iter()
                .filter(|(_, answer)| answer.level().is_none())
                .map(|(id, _)| title(input.library, id, l10n))
                .collect();
            if !to_settle.is_empty() {
                blocks.push(Block::List(l10n.text("plan-to-settle"), to_settle));
            }
            blocks
        }
        Part::Roadmap => roadmap(input, l10n),
    }
}

/// The recommendations by phase, each with its reasons, and first steps and questions for the
/// CISO where its time has come.
fn roadmap(input: &ReportInput, l10n: &Localizer) -> Vec<Block> {
    let mut blocks = Vec::new();
    for phase in [Phase::First90Days, Phase::ThisYear, Phase::NextYear] {
        let in_phase: Vec<_> = input
            .plan
            .recommendations
            .iter()
            .filter(|r| r.phase == phase)
            .collect();
        if in_phase.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(l10n.text(phase_id(phase))));
        for recommendation in in_phase {
            let Some(item) = input.library.item(&recommendation.id) else {
                continue;
            };
            let text = item.text.get(l10n.lang());
            // Next year's practices are named with their reasons only: a board paper stays
            // short, and their first steps are for when their time comes.
            let (first_steps, questions) = match &text.practice {
                Some(p) if phase != Phase::NextYear => {
                    (p.first_steps.clone(), p.ciso_questions.clone())
                }
                _ => Default::default(),
            };
            blocks.push(Block::Practice(Box::new(PracticeBlock {
                id: item.id.clone(),
                heading: format!("{}. {}", recommendation.rank, text.title),
                summary: text.summary.clone(),
                reasons: (
                    l10n.text("plan-why-here"),
                    recommendation
                        .reasons
                        .iter()
                        .map(|reason| reason_text(reason, input.library, l10n))
                        .collect(),
                ),
                first_steps: (l10n.text("plan-first-steps"), first_steps),
                questions: (l10n.text("plan-ciso-questions"), questions),
                note: input
                    .notes
                    .get(&item.id)
                    .map(|note| (l10n.text("plan-workshop-note"), note.clone())),
            })));
        }
    }
    blocks
}

/// The framework items the roadmap cites (each practice's directive and mapped items), in the
/// frameworks' own order.
fn appendix(input: &ReportInput, l10n: &Localizer) -> Vec<Cited> {
    let lang = l10n.lang();
    let cited: BTreeSet<&ItemId> = input
        .plan
        .recommendations
        .iter()
        .filter_map(|r| input.library.item(&r.id))
        .flat_map(|practice| {
            practice
                .practice
                .iter()
                .map(|meta| &meta.directive)
                .chain(practice.maps.iter())
        })
        .collect();
    let mut items: Vec<_> = cited
        .into_iter()
        .filter_map(|id| input.library.item(id))
        .collect();
    let pack_order = |pack: &str| input.library.pack(pack).map_or(u32::MAX, |p| p.order);
    items.sort_by_key(|item| (pack_order(item.pack()), item.order, item.id.clone()));
    items
        .into_iter()
        .map(|item| {
            let text = item.text.get(lang);
            Cited {
                id: item.id.to_string(),
                title: text.title.clone(),
                summary: text.summary.clone(),
                as_of: l10n.format("plan-as-of", &Args::new().with("date", item.as_of.clone())),
            }
        })
        .collect()
}
