//! The report's numbers: the facts at its head (who, when, on what basis, the tier), the scores
//! against their targets per directive and function, and the tier's reasoning.

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::view::label;

use super::{sector_title, title, yes_no, Block, ReportInput, ScoreRow};
use crate::Axis;

/// "Tier 2: Risk Informed", and "(provisional)" where a question the next tier needs is open.
pub(super) fn tier_text(input: &ReportInput, l10n: &Localizer) -> String {
    let tier = &input.plan.tier;
    let name = l10n.text(&format!("plan-tier-name-{}", tier.tier));
    let args = Args::new()
        .with("tier", tier.tier.to_string())
        .with("name", name);
    let id = if tier.provisional {
        "plan-tier-provisional"
    } else {
        "plan-tier"
    };
    l10n.format(id, &args)
}

/// Each criterion of the tiers: what it needs, what was answered, whether it is met.
pub(super) fn tier_reasoning(input: &ReportInput, l10n: &Localizer) -> Vec<String> {
    let mut lines = vec![tier_text(input, l10n)];
    for criterion in &input.plan.tier.criteria {
        let answered = match criterion.answer {
            None => l10n.text("plan-tier-not-asked"),
            Some(answer) => answer
                .level()
                .map_or_else(|| l10n.text("plan-tier-unknown"), |l| l.to_string()),
        };
        let args = Args::new()
            .with("tier", criterion.tier.to_string())
            .with("title", title(input.library, &criterion.practice, l10n))
            .with("needs", criterion.needs.to_string())
            .with("answered", answered)
            .with("met", if criterion.met { "yes" } else { "no" });
        lines.push(l10n.format("plan-tier-criterion", &args));
    }
    lines
}

pub(super) fn facts(input: &ReportInput, l10n: &Localizer) -> Vec<(String, String)> {
    let answers = input.answers;
    let sector = sector_title(input.library, &answers.sector(), l10n);
    let mut facts = Vec::new();
    if !answers.organization.is_empty() {
        facts.push((l10n.text("plan-organization"), answers.organization.clone()));
    }
    if !answers.name.is_empty() {
        facts.push((l10n.text("plan-assessment"), answers.name.clone()));
    }
    if let Some(date) = &answers.assessed_on {
        facts.push((l10n.text("plan-assessed-on"), date.clone()));
    }
    facts.push((l10n.text("plan-sector"), sector));
    if !answers.profile.size.is_empty() {
        facts.push((l10n.text("plan-size"), answers.profile.size.clone()));
    }
    facts.push((l10n.text("plan-ot"), yes_no(answers.profile.ot, l10n)));
    facts.push((l10n.text("plan-iot"), yes_no(answers.profile.iot, l10n)));
    let practices = input
        .library
        .items()
        .filter(|i| i.kind == "practice")
        .count();
    facts.push((
        l10n.text("plan-answered"),
        l10n.format(
            "plan-answered-of",
            &Args::new()
                .with("count", answers.answers.len().to_string())
                .with("total", practices.to_string()),
        ),
    ));
    let unknown = answers
        .answers
        .values()
        .filter(|a| a.level().is_none())
        .count();
    facts.push((l10n.text("plan-unknown-count"), unknown.to_string()));
    facts.push((l10n.text("plan-tier-fact"), tier_text(input, l10n)));
    if input.participants > 0 {
        facts.push((
            l10n.text("plan-participants"),
            input.participants.to_string(),
        ));
    }
    facts
}

pub(super) fn scores(input: &ReportInput, l10n: &Localizer, axis: Axis) -> Block {
    let heading = match axis {
        Axis::Directive => "plan-scores-directives",
        Axis::Function => "plan-scores-functions",
    };
    let items = axis.items(input.library);
    let rows = items
        .iter()
        .map(|item| {
            let score = input.plan.scores.get(&item.id);
            let unknown = input.plan.unknowns.get(&item.id).copied().unwrap_or(0);
            let target = input.plan.targets.get(&item.id);
            let change = input.baseline.and_then(|baseline| {
                let before = i16::from(*baseline.scores.get(&item.id)?);
                Some(format!("{:+}", i16::from(*score?) - before))
            });
            ScoreRow {
                name: format!("{} {}", label(item), item.text.get(l10n.lang()).title),
                score: score.map_or_else(|| l10n.text("plan-score-none"), u8::to_string),
                target: target.map_or_else(String::new, u8::to_string),
                unknown: if unknown > 0 {
                    unknown.to_string()
                } else {
                    String::new()
                },
                change: input.baseline.map(|_| change.unwrap_or_default()),
            }
        })
        .collect();
    Block::Scores {
        heading: l10n.text(heading),
        radar: items
            .iter()
            .map(|item| (label(item), input.plan.scores.get(&item.id).copied()))
            .collect(),
        head: ScoreRow {
            name: l10n.text("plan-score-item"),
            score: l10n.text("plan-score-value"),
            target: l10n.text("plan-score-target"),
            unknown: l10n.text("plan-score-unknown"),
            change: input.baseline.map(|_| l10n.text("plan-score-change")),
        },
        rows,
    }
}
