//! The plan as a document for people: Markdown (for board papers), and that Markdown as a
//! self-contained HTML page. Every word comes from Fluent or from the guides.

use std::fmt::Write as _;

use super::answers::AnswersFile;
use super::plan::{Phase, Plan, Reason};
use crate::l10n::{Args, Localizer};
use crate::{ItemId, Library};

fn title(library: &Library, id: &ItemId, l10n: &Localizer) -> String {
    library.item(id).map_or_else(
        || id.to_string(),
        |item| item.text.get(l10n.lang()).title.clone(),
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
                .with("sector", title(library, &ItemId::new("ci", sector), l10n))
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
        Reason::ProfileNotApplicable => ("plan-reason-profile", Args::new()),
    };
    l10n.format(id, &args)
}

fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::First90Days => "plan-phase-first-90-days",
        Phase::ThisYear => "plan-phase-this-year",
        Phase::NextYear => "plan-phase-next-year",
    }
}

pub fn markdown(library: &Library, answers: &AnswersFile, plan: &Plan, l10n: &Localizer) -> String {
    let lang = l10n.lang();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", l10n.text("plan-report-title"));
    let sector = if answers.sector == "general" {
        l10n.text("plan-sector-general")
    } else {
        title(library, &ItemId::new("ci", &answers.sector), l10n)
    };
    let _ = writeln!(out, "- {}: {sector}", l10n.text("plan-sector"));
    if !answers.profile.size.is_empty() {
        let _ = writeln!(
            out,
            "- {}: {}",
            l10n.text("plan-size"),
            answers.profile.size
        );
    }
    let _ = writeln!(
        out,
        "- {}: {}",
        l10n.text("plan-answered"),
        answers.answers.len()
    );

    let _ = writeln!(out, "\n## {}\n", l10n.text("plan-scores"));
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---:|",
        l10n.text("plan-score-item"),
        l10n.text("plan-score-value")
    );
    // In the frameworks' own order: directives D1–D10, then functions GV, ID, PR, DE, RS, RC.
    let mut scores: Vec<(&ItemId, &u8)> = plan.scores.iter().collect();
    let order = |id: &ItemId| {
        let pack = library.pack(id.pack()).map_or(u32::MAX, |p| p.order);
        (
            std::cmp::Reverse(pack),
            library.item(id).map_or(u32::MAX, |i| i.order),
        )
    };
    scores.sort_by_key(|(id, _)| order(id));
    for (id, score) in scores {
        let unknown = plan.unknowns.get(id).copied().unwrap_or(0);
        let note = if unknown > 0 {
            format!(
                " ({})",
                l10n.format(
                    "plan-score-unknowns",
                    &Args::new().with("count", unknown.to_string())
                )
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} {} | {score}{note} |",
            id.local(),
            title(library, id, l10n)
        );
    }

    for phase in [Phase::First90Days, Phase::ThisYear, Phase::NextYear] {
        let in_phase: Vec<_> = plan
            .recommendations
            .iter()
            .filter(|r| r.phase == phase)
            .collect();
        if in_phase.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", l10n.text(phase_id(phase)));
        for recommendation in in_phase {
            let Some(item) = library.item(&recommendation.id) else {
                continue;
            };
            let text = item.text.get(lang);
            let _ = writeln!(
                out,
                "### {}. {}\n\n{}\n",
                recommendation.rank, text.title, text.summary
            );
            let _ = writeln!(out, "**{}**\n", l10n.text("plan-why-here"));
            for reason in &recommendation.reasons {
                let _ = writeln!(out, "- {}", reason_text(reason, library, l10n));
            }
            if let Some(practice) = &text.practice {
                let _ = writeln!(out, "\n**{}**\n", l10n.text("plan-first-steps"));
                for step in &practice.first_steps {
                    let _ = writeln!(out, "1. {step}");
                }
                let _ = writeln!(out, "\n**{}**\n", l10n.text("plan-ciso-questions"));
                for question in &practice.ciso_questions {
                    let _ = writeln!(out, "- {question}");
                }
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "---\n\n{}", l10n.text("plan-disclaimer"));
    out
}

/// The Markdown report as one HTML file: inline CSS, no scripts, nothing fetched.
pub fn html(library: &Library, answers: &AnswersFile, plan: &Plan, l10n: &Localizer) -> String {
    let body = crate::render::to_safe_html(&markdown(library, answers, plan, l10n));
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head>\
         <body>{body}</body></html>\n",
        l10n.lang().code(),
        l10n.text("plan-report-title"),
        "body{font-family:'Noto Sans CJK JP',sans-serif;max-width:46rem;margin:2rem auto;line-height:1.7;color:#1b2330}\
         table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem}h2{color:#0f4c5c}\
         @media print{body{margin:0}h3{break-after:avoid}}"
    )
}
