//! The executive summary at the head of the report: at most two A4 pages for the board, with
//! who and when, the picture against the target (and what moved since the last assessment),
//! the basis, the three largest risks in business terms, the decisions asked of the board, one
//! chart and the next review. Everything else follows as the annex.

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::model::Item;
use shirube_guides::view::label;
use shirube_guides::{ItemId, Lang};

use super::{dates, scores::tier_text, ReportInput};
use crate::plan::Phase;
use crate::Axis;

pub struct Summary {
    pub title: String,
    /// 取扱注意 / Confidential: on the summary and in every page's header.
    pub confidential: String,
    /// Organization, assessed on, report date, prepared by; an empty value is a line to fill in.
    pub header: Vec<(String, String)>,
    /// Each a heading and its sentences.
    pub picture: (String, Vec<String>),
    pub basis: (String, Vec<String>),
    pub chart: SummaryChart,
    pub risks: SummaryTable,
    pub decisions: SummaryTable,
    /// Roadmap items done since the baseline, by title; only with a baseline.
    pub done: Option<(String, Vec<String>)>,
    pub next_review: (String, String),
}

/// Bars per directive: the score, the target and, with a baseline, the score then.
pub struct SummaryChart {
    pub heading: String,
    /// The series' names: score, target, and "last time" with a baseline.
    pub series: Vec<String>,
    pub bars: Vec<Bar>,
}

pub struct Bar {
    /// "D2".
    pub code: String,
    /// The directive's title without its number.
    pub name: String,
    pub score: Option<u8>,
    pub target: Option<u8>,
    pub before: Option<u8>,
}

/// A table of the summary: the three largest risks, or the decisions asked of the board.
pub struct SummaryTable {
    pub heading: String,
    /// Column headings: risk, owner, due; or decision, from the roadmap, decided on.
    pub head: [String; 3],
    /// (the risk in business terms or the decision, the roadmap item it comes from as "1. title").
    pub rows: Vec<(String, String)>,
    pub none: String,
    /// How many of the last columns are left blank to fill in (owner and due; decided on).
    pub blanks: usize,
}

impl SummaryTable {
    /// The headings of the columns shown: the first, then the `blanks` last ones left to fill in
    /// (risk, owner, due; or decision, decided on).
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        std::iter::once(&self.head[0])
            .chain(&self.head[self.head.len() - self.blanks..])
            .map(String::as_str)
    }
}

impl Summary {
    /// The risks, then the decisions: what every renderer lays out the same way.
    pub fn tables(&self) -> [&SummaryTable; 2] {
        [&self.risks, &self.decisions]
    }
}

/// The kinds of decision a board takes, and the practices on the roadmap that call for each.
const DECISIONS: [(&str, &str); 8] = [
    ("cyber-risk-policy", "summary-decision-policy"),
    ("risk-appetite-and-strategy", "summary-decision-policy"),
    ("security-budget-and-people", "summary-decision-budget"),
    ("executive-accountability", "summary-decision-mandate"),
    ("incident-exercises", "summary-decision-exercise"),
    ("incident-response-plan", "summary-decision-exercise"),
    ("ransomware-readiness", "summary-decision-ransom"),
    ("cyber-insurance", "summary-decision-insurance"),
];
const MAX_DECISIONS: usize = 4;
const RISKS: usize = 3;

/// "Directive 2: Build a structure…" → "Build a structure…".
fn short_title(item: &Item, lang: Lang) -> String {
    let title = &item.text.get(lang).title;
    title
        .split_once(": ")
        .map_or(title.as_str(), |(_, rest)| rest)
        .to_owned()
}

fn joined(parts: &[String], lang: Lang) -> String {
    parts.join(if lang == Lang::Ja { "、" } else { ", " })
}

pub(super) fn summary(input: &ReportInput, l10n: &Localizer) -> Summary {
    let lang = l10n.lang();
    let directives = Axis::Directive.items(input.library);
    let bars: Vec<Bar> = directives
        .iter()
        .map(|item| Bar {
            code: label(item),
            name: short_title(item, lang),
            score: input.plan.scores.get(&item.id).copied(),
            target: input.plan.targets.get(&item.id).copied(),
            before: input
                .baseline
                .and_then(|baseline| baseline.scores.get(&item.id).copied()),
        })
        .collect();
    let mut series = vec![
        l10n.text("summary-chart-score"),
        l10n.text("summary-chart-target"),
    ];
    if input.baseline.is_some() {
        series.push(l10n.text("summary-chart-before"));
    }
    Summary {
        title: l10n.text("summary-title"),
        confidential: l10n.text("summary-confidential"),
        header: header(input, l10n),
        picture: (l10n.text("summary-picture"), picture(input, l10n, &bars)),
        basis: (l10n.text("summary-basis"), basis(input, l10n)),
        chart: SummaryChart {
            heading: l10n.text("summary-chart"),
            series,
            bars,
        },
        risks: risks(input, l10n),
        decisions: decisions(input, l10n),
        done: input
            .baseline
            .map(|_| (l10n.text("summary-done"), done(input, l10n))),
        next_review: (l10n.text("summary-next-review"), next_review(input, l10n)),
    }
}

fn header(input: &ReportInput, l10n: &Localizer) -> Vec<(String, String)> {
    let answers = input.answers;
    let or_blank = |value: &str| {
        if value.trim().is_empty() {
            l10n.text("summary-not-given")
        } else {
            value.to_owned()
        }
    };
    vec![
        (
            l10n.text("summary-organization"),
            or_blank(&answers.organization),
        ),
        (
            l10n.text("summary-assessed-on"),
            or_blank(answers.assessed_on.as_deref().unwrap_or_default()),
        ),
        (l10n.text("summary-report-date"), input.today.clone()),
        // A line for the author's name: the assessment's name is rarely a person's.
        (l10n.text("summary-prepared-by"), String::new()),
    ]
}

/// How many directives fall short, where the largest gaps are, what moved, and the tier.
fn picture(input: &ReportInput, l10n: &Localizer, bars: &[Bar]) -> Vec<String> {
    let lang = l10n.lang();
    let scored: Vec<&Bar> = bars.iter().filter(|bar| bar.score.is_some()).collect();
    let mut gaps: Vec<(u8, &Bar)> = scored
        .iter()
        .filter_map(|bar| {
            let gap = bar.target?.checked_sub(bar.score?)?;
            (gap > 0).then_some((gap, *bar))
        })
        .collect();
    let mut lines = Vec::new();
    if gaps.is_empty() {
        lines.push(l10n.text("summary-all-on-target"));
    } else {
        lines.push(
            l10n.format(
                "summary-below-target",
                &Args::new()
                    .with("below", gaps.len().to_string())
                    .with("total", scored.len().to_string()),
            ),
        );
        // Largest first; equal gaps in the directives' order.
        gaps.sort_by_key(|(gap, _)| std::cmp::Reverse(*gap));
        let largest: Vec<String> = gaps
            .iter()
            .take(RISKS)
            .map(|(gap, bar)| {
                l10n.format(
                    "summary-gap",
                    &Args::new()
                        .with("code", bar.code.clone())
                        .with("name", bar.name.clone())
                        .with("gap", gap.to_string()),
                )
            })
            .collect();
        lines.push(l10n.format(
            "summary-largest-gaps",
            &Args::new().with("areas", joined(&largest, lang)),
        ));
    }
    if input.baseline.is_some() {
        let moves: Vec<i16> = bars
            .iter()
            .filter_map(|bar| Some(i16::from(bar.score?) - i16::from(bar.before?)))
            .collect();
        let average = if moves.is_empty() {
            0
        } else {
            let sum: i32 = moves.iter().map(|&m| i32::from(m)).sum();
            // Rounded to the nearest point, halves away from zero.
            let count = i32::try_from(moves.len()).unwrap_or(i32::MAX);
            (2 * sum + sum.signum() * count) / (2 * count)
        };
        let date = input
            .baseline_answers
            .and_then(|earlier| earlier.assessed_on.clone())
            .unwrap_or_else(|| l10n.text("summary-change-earlier"));
        lines.push(
            l10n.format(
                "summary-change",
                &Args::new()
                    .with("date", date)
                    .with("up", moves.iter().filter(|&&m| m > 0).count().to_string())
                    .with("down", moves.iter().filter(|&&m| m < 0).count().to_string())
                    .with("average", format!("{average:+}")),
            ),
        );
    }
    lines.push(l10n.format(
        "summary-tier-placement",
        &Args::new().with("tier", tier_text(input, l10n)),
    ));
    lines
}

/// Self-assessment or workshop, and how much of the questionnaire stands behind the numbers.
fn basis(input: &ReportInput, l10n: &Localizer) -> Vec<String> {
    let answers = input.answers;
    let who = if input.participants > 0 {
        l10n.format(
            "summary-basis-workshop",
            &Args::new().with("count", input.participants.to_string()),
        )
    } else {
        l10n.text("summary-basis-self")
    };
    let asked = input
        .library
        .items()
        .filter(|item| item.kind == "practice" && answers.profile.applies(item))
        .count();
    let unknown = answers
        .answers
        .values()
        .filter(|answer| answer.level().is_none())
        .count();
    let counts = l10n.format(
        "summary-basis-answers",
        &Args::new()
            .with("answered", answers.answers.len().to_string())
            .with("total", asked.max(answers.answers.len()).to_string())
            .with("unknown", unknown.to_string()),
    );
    vec![who, counts]
}

/// "3. Protected backups and tested restores": a roadmap item as the annex numbers it.
fn roadmap_item(input: &ReportInput, id: &ItemId, rank: usize, lang: Lang) -> Option<String> {
    let item = input.library.item(id)?;
    Some(format!("{rank}. {}", item.text.get(lang).title))
}

/// The first three recommendations (ranked by the gap to the target), as risks to the business.
fn risks(input: &ReportInput, l10n: &Localizer) -> SummaryTable {
    let lang = l10n.lang();
    let rows = input
        .plan
        .recommendations
        .iter()
        .filter_map(|r| {
            let item = input.library.item(&r.id)?;
            let text = item.text.get(lang);
            // A practice from a pack without the risk sentence is named by its summary.
            let risk = text
                .practice
                .as_ref()
                .map(|p| p.risk.clone())
                .filter(|risk| !risk.is_empty())
                .unwrap_or_else(|| text.summary.clone());
            Some((risk, roadmap_item(input, &r.id, r.rank, lang)?))
        })
        .take(RISKS)
        .collect();
    SummaryTable {
        heading: l10n.text("summary-risks"),
        head: [
            l10n.text("summary-risk"),
            l10n.text("summary-owner"),
            l10n.text("summary-due"),
        ],
        rows,
        none: l10n.text("summary-no-risks"),
        blanks: 2,
    }
}

/// The board's decisions that the first 90 days call for, one per kind, in the roadmap's order.
fn decisions(input: &ReportInput, l10n: &Localizer) -> SummaryTable {
    let lang = l10n.lang();
    let mut kinds: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for r in &input.plan.recommendations {
        if r.phase != Phase::First90Days || rows.len() == MAX_DECISIONS {
            continue;
        }
        let Some((_, kind)) = DECISIONS
            .iter()
            .find(|(practice, _)| r.id.pack() == "practice" && r.id.local() == *practice)
        else {
            continue;
        };
        if kinds.contains(kind) {
            continue;
        }
        if let Some(item) = roadmap_item(input, &r.id, r.rank, lang) {
            kinds.push(kind);
            rows.push((l10n.text(kind), item));
        }
    }
    SummaryTable {
        heading: l10n.text("summary-decisions"),
        head: [
            l10n.text("summary-decision"),
            l10n.text("summary-decision-basis"),
            l10n.text("summary-decided"),
        ],
        rows,
        none: l10n.text("summary-no-decisions"),
        blanks: 1,
    }
}

/// Roadmap items of the baseline's plan that are off the roadmap now, answered and at target.
fn done(input: &ReportInput, l10n: &Localizer) -> Vec<String> {
    let Some(baseline) = input.baseline else {
        return Vec::new();
    };
    baseline
        .recommendations
        .iter()
        .filter(|before| {
            let still = input
                .plan
                .recommendations
                .iter()
                .any(|now| now.id == before.id);
            let answered = input
                .answers
                .answers
                .get(&before.id)
                .is_some_and(|answer| answer.level().is_some());
            !still && answered
        })
        .filter_map(|before| input.library.item(&before.id))
        .map(|item| item.text.get(l10n.lang()).title.clone())
        .collect()
}

/// Six months after the assessment (or after today, where the assessment has no date).
fn next_review(input: &ReportInput, l10n: &Localizer) -> String {
    let from = input
        .answers
        .assessed_on
        .as_deref()
        .and_then(|date| dates::add_months(date, 6));
    let date = from
        .or_else(|| dates::add_months(&input.today, 6))
        .unwrap_or_default();
    l10n.format("summary-next-review-on", &Args::new().with("date", date))
}
