//! The navigator's engine: scores and a prioritized, phased roadmap from an answers file.
//! Deterministic, and simple enough to defend to a board (see ARCHITECTURE.md, "The ranking").

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use ts_rs::TS;

use crate::answers::{Answer, AnswersFile};
use crate::axes::scored_under;
use crate::targets::{practice_target, target_scores};
use crate::tier::{tier, Tier};
use shirube_guides::model::Item;
use shirube_guides::{ItemId, Library, Sector};
/// Each practice that builds on this one adds 5 % to its priority, up to ten of them (+50 %):
/// foundations come first without drowning the gaps.
const FOUNDATION_STEP: f64 = 0.05;
const FOUNDATION_CAP: usize = 10;
/// How many recommendations the first two phases hold; the rest go to next year.
const FIRST_90_DAYS: usize = 5;
const THIS_YEAR: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
pub enum Phase {
    #[serde(rename = "first-90-days")]
    First90Days,
    #[serde(rename = "this-year")]
    ThisYear,
    #[serde(rename = "next-year")]
    NextYear,
}

/// Why a practice sits where it does; the UI and reports word each one from Fluent.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Reason {
    Gap { level: u8, target: u8 },
    Unknown,
    SectorWeight { sector: Sector, weight: f64 },
    Foundation { dependents: usize },
    NeededBy { id: ItemId },
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Recommendation {
    pub id: ItemId,
    pub rank: usize,
    pub phase: Phase,
    pub priority: f64,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Plan {
    /// 0–100 per cmg3 directive and csf2 function, over every question asked that applies to
    /// the profile: "don't know" is not assured and counts as 0. Absent where nothing was asked.
    pub scores: BTreeMap<ItemId, u8>,
    /// How many "don't know" answers sit behind each score.
    #[serde(rename = "unknown")]
    pub unknowns: BTreeMap<ItemId, usize>,
    /// 0–100 per directive and function: what each score is measured against.
    pub targets: BTreeMap<ItemId, u8>,
    /// Ranked by the gap to the target.
    pub recommendations: Vec<Recommendation>,
    pub tier: Tier,
}

pub fn plan(library: &Library, answers: &AnswersFile) -> Plan {
    // A question that does not apply to the profile is not asked, so an answer to it (from an
    // older file, or a profile changed since) counts for nothing.
    let practices: Vec<&Item> = library
        .items()
        .filter(|i| i.kind == "practice" && answers.profile.applies(i))
        .collect();
    let (scores, unknowns) = scores(library, &practices, answers);
    Plan {
        scores,
        unknowns,
        targets: target_scores(library, answers),
        recommendations: recommendations(library, &practices, answers),
        tier: tier(answers),
    }
}

fn scores(
    library: &Library,
    practices: &[&Item],
    answers: &AnswersFile,
) -> (BTreeMap<ItemId, u8>, BTreeMap<ItemId, usize>) {
    let mut levels: BTreeMap<ItemId, Vec<u8>> = BTreeMap::new();
    let mut unknowns: BTreeMap<ItemId, usize> = BTreeMap::new();
    for practice in practices {
        let Some(answer) = answers.answers.get(&practice.id) else {
            continue;
        };
        for scored in scored_under(library, practice) {
            levels
                .entry(scored.clone())
                .or_default()
                .push(answer.level().unwrap_or(0));
            if answer.level().is_none() {
                *unknowns.entry(scored).or_default() += 1;
            }
        }
    }
    let scores = levels
        .into_iter()
        .map(|(id, levels)| {
            let mean = levels.iter().map(|&l| f64::from(l)).sum::<f64>() / levels.len() as f64;
            (id, (mean / 4.0 * 100.0).round() as u8)
        })
        .collect();
    (scores, unknowns)
}

/// How many practices build on each practice, directly or through others.
fn dependents<'a>(practices: &[&'a Item]) -> HashMap<&'a ItemId, usize> {
    let depends_on = |id: &ItemId| -> Vec<&'a ItemId> {
        practices
            .iter()
            .find(|p| &p.id == id)
            .and_then(|p| p.practice.as_ref())
            .map(|meta| meta.depends_on.iter().collect())
            .unwrap_or_default()
    };
    let mut counts: HashMap<&ItemId, usize> = HashMap::new();
    for practice in practices {
        let mut stack = depends_on(&practice.id);
        let mut seen: Vec<&ItemId> = Vec::new();
        while let Some(dependency) = stack.pop() {
            if seen.contains(&dependency) || dependency == &practice.id {
                continue;
            }
            seen.push(dependency);
            *counts.entry(dependency).or_default() += 1;
            stack.extend(depends_on(dependency));
        }
    }
    counts
}

fn recommendations(
    library: &Library,
    practices: &[&Item],
    answers: &AnswersFile,
) -> Vec<Recommendation> {
    let dependents = dependents(practices);
    let mut ranked: Vec<Recommendation> = practices
        .iter()
        .filter_map(|practice| {
            let answer = answers.answers.get(&practice.id).copied()?;
            let meta = practice.practice.as_ref()?;
            let mut reasons = Vec::new();
            let target = practice_target(library, answers, practice);
            // "Don't know" is not assured: the whole way to the target is to go, finding out first.
            let level = match answer {
                Answer::Level(level) => level,
                Answer::Unknown(_) => 0,
            };
            let gap = target.saturating_sub(level);
            if gap == 0 {
                return None;
            }
            reasons.push(match answer {
                Answer::Level(level) => Reason::Gap { level, target },
                Answer::Unknown(_) => Reason::Unknown,
            });
            let mut weight = 1.0;
            if let Some(&sector_weight) = meta.weights.get(answers.sector().slug()) {
                weight *= sector_weight;
                reasons.push(Reason::SectorWeight {
                    sector: answers.sector(),
                    weight: sector_weight,
                });
            }
            let builds_on_it = dependents.get(&practice.id).copied().unwrap_or(0);
            if builds_on_it > 0 {
                reasons.push(Reason::Foundation {
                    dependents: builds_on_it,
                });
            }
            let foundation = 1.0 + FOUNDATION_STEP * builds_on_it.min(FOUNDATION_CAP) as f64;
            let priority = f64::from(gap) * weight * foundation;
            Some(Recommendation {
                id: practice.id.clone(),
                rank: 0,
                phase: Phase::NextYear,
                priority,
                reasons,
            })
        })
        .collect();
    // Highest priority first; ties by ID, so the same answers always give the same roadmap.
    ranked.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.id.cmp(&b.id))
    });
    for (index, recommendation) in ranked.iter_mut().enumerate() {
        recommendation.rank = index + 1;
        recommendation.phase = match index {
            i if i < FIRST_90_DAYS => Phase::First90Days,
            i if i < THIS_YEAR => Phase::ThisYear,
            _ => Phase::NextYear,
        };
    }
    pull_foundations_forward(practices, &mut ranked);
    ranked
}

/// A practice never waits for a phase after one that builds on it: its phase moves earlier.
fn pull_foundations_forward(practices: &[&Item], ranked: &mut [Recommendation]) {
    for _ in 0..ranked.len() {
        let mut changed = false;
        for index in 0..ranked.len() {
            let Some(meta) = practices
                .iter()
                .find(|p| p.id == ranked[index].id)
                .and_then(|p| p.practice.as_ref())
            else {
                continue;
            };
            let phase = ranked[index].phase;
            let needer = ranked[index].id.clone();
            for dependency in &meta.depends_on {
                if let Some(dep) = ranked.iter_mut().find(|r| &r.id == dependency) {
                    if dep.phase > phase {
                        dep.phase = phase;
                        dep.reasons.push(Reason::NeededBy { id: needer.clone() });
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
}
