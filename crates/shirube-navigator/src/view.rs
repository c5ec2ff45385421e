//! What the navigator's screens show, shaped for the UI and worded in the reader's language.

use serde::Serialize;
use ts_rs::TS;

use crate::answers::AnswersFile;
use crate::path::{self, Flag};
use crate::plan::{Phase, Plan};
use crate::report::reason_text;
use crate::step::Step;
use crate::targets::{directive_target, sector_default};
use crate::tier::Tier;
use crate::Axis;
use shirube_guides::l10n::Localizer;
use shirube_guides::model::Item;
use shirube_guides::view::{item_link, ItemLink};
use shirube_guides::{ItemId, Lang, Library};

#[derive(Clone, Debug, Serialize, TS)]
pub struct Question {
    pub practice: ItemLink,
    pub question: String,
    pub why_ask: String,
    pub levels: Vec<String>,
}

/// The questions of one cmg3 directive: one screen of the self-assessment.
#[derive(Clone, Debug, Serialize, TS)]
pub struct QuestionGroup {
    pub directive: ItemLink,
    pub summary: String,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct Score {
    pub item: ItemLink,
    /// 0–100, or none where no question behind it has been asked.
    pub score: Option<u8>,
    /// 0–100: what the score is measured against.
    pub target: u8,
    #[ts(type = "number")]
    pub unknowns: usize,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct RoadmapStep {
    #[ts(type = "number")]
    pub rank: usize,
    pub phase: Phase,
    pub practice: ItemLink,
    pub summary: String,
    pub reasons: Vec<String>,
    pub first_steps: Vec<String>,
    pub ciso_questions: Vec<String>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct PlanView {
    pub directives: Vec<Score>,
    pub functions: Vec<Score>,
    /// The directives furthest below their targets, largest gap first (three at most).
    pub largest_gaps: Vec<Score>,
    pub roadmap: Vec<RoadmapStep>,
    pub tier: Tier,
    /// Every question answered "don't know": the questions to settle.
    pub to_settle: Vec<ItemLink>,
}

/// The questions of one screen of the navigator.
#[derive(Clone, Debug, Serialize, TS)]
pub struct Page {
    pub step: Step,
    /// The directive a deep-dive page belongs to; none on the quick check's pages.
    pub directive: Option<ItemLink>,
    /// The csf2 categories a deep-dive page's questions are grouped under.
    pub themes: Vec<String>,
    pub questions: Vec<Question>,
    /// Questions of this directive left out because they do not apply to the profile.
    pub skipped: Vec<ItemLink>,
}

/// A directive the quick check suggests deepening, and why.
#[derive(Clone, Debug, Serialize, TS)]
pub struct Flagged {
    pub directive: ItemLink,
    pub flags: Vec<Flag>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct Target {
    pub directive: ItemLink,
    /// The level aimed for, 0–4.
    pub level: u8,
    /// What the guides suggest for the sector.
    pub sector_default: u8,
    pub reason: String,
}

/// The navigator's path through one assessment: its screens in order, the questions of each
/// question screen, what the quick check suggests deepening, and the targets.
#[derive(Clone, Debug, Serialize, TS)]
pub struct PathView {
    pub steps: Vec<Step>,
    pub pages: Vec<Page>,
    pub flagged: Vec<Flagged>,
    /// The directives whose deep dives are in the path (chosen, or else suggested).
    pub deep_dives: Vec<ItemId>,
    /// Whether `deep_dives` was chosen by the user rather than suggested.
    pub chosen: bool,
    pub targets: Vec<Target>,
}

/// Every practice's question, grouped under its directive, in the guidelines' order.
pub fn question_groups(library: &Library, lang: Lang) -> Vec<QuestionGroup> {
    Axis::Directive
        .items(library)
        .into_iter()
        .map(|directive| {
            let mut practices: Vec<_> = library
                .items()
                .filter(|p| {
                    p.practice
                        .as_ref()
                        .is_some_and(|meta| meta.directive == directive.id)
                })
                .collect();
            practices.sort_by_key(|p| (p.order, p.id.clone()));
            QuestionGroup {
                directive: item_link(directive, lang),
                summary: directive.text.get(lang).summary.clone(),
                questions: practices
                    .into_iter()
                    .filter_map(|p| question(p, lang))
                    .collect(),
            }
        })
        .filter(|group| !group.questions.is_empty())
        .collect()
}

fn question(practice: &Item, lang: Lang) -> Option<Question> {
    let text = practice.text.get(lang).practice.as_ref()?;
    Some(Question {
        practice: item_link(practice, lang),
        question: text.question.clone(),
        why_ask: text.why_ask.clone(),
        levels: text.levels.clone(),
    })
}

pub fn plan_view(library: &Library, answers: &AnswersFile, plan: &Plan, lang: Lang) -> PlanView {
    let l10n = Localizer::new(lang);
    let scores = |axis: Axis| -> Vec<Score> {
        axis.items(library)
            .into_iter()
            .map(|item| Score {
                item: item_link(item, lang),
                score: plan.scores.get(&item.id).copied(),
                target: plan.targets.get(&item.id).copied().unwrap_or(0),
                unknowns: plan.unknowns.get(&item.id).copied().unwrap_or(0),
            })
            .collect()
    };
    let roadmap = plan
        .recommendations
        .iter()
        .filter_map(|r| {
            let item = library.item(&r.id)?;
            let text = item.text.get(lang);
            let practice = text.practice.as_ref()?;
            Some(RoadmapStep {
                rank: r.rank,
                phase: r.phase,
                practice: item_link(item, lang),
                summary: text.summary.clone(),
                reasons: r
                    .reasons
                    .iter()
                    .map(|reason| reason_text(reason, library, &l10n))
                    .collect(),
                first_steps: practice.first_steps.clone(),
                ciso_questions: practice.ciso_questions.clone(),
            })
        })
        .collect();
    let directives = scores(Axis::Directive);
    let mut largest_gaps: Vec<Score> = directives
        .iter()
        .filter(|s| s.score.is_some_and(|score| score < s.target))
        .cloned()
        .collect();
    let gap = |s: &Score| i16::from(s.target) - i16::from(s.score.unwrap_or(0));
    largest_gaps.sort_by_key(|s| std::cmp::Reverse(gap(s)));
    largest_gaps.truncate(3);
    PlanView {
        directives,
        functions: scores(Axis::Function),
        largest_gaps,
        roadmap,
        tier: plan.tier.clone(),
        to_settle: answers
            .answers
            .iter()
            .filter(|(_, answer)| answer.level().is_none())
            .filter_map(|(id, _)| library.item(id))
            .map(|item| item_link(item, lang))
            .collect(),
    }
}

/// The path through an assessment, for the directives chosen for a deep dive (`None`: those
/// the quick check flags).
pub fn path_view(
    library: &Library,
    answers: &AnswersFile,
    chosen: Option<&[ItemId]>,
    lang: Lang,
) -> PathView {
    let suggested = path::suggested_deep_dives(library, answers);
    let deep_dives = chosen.map_or(suggested, <[ItemId]>::to_vec);
    let link = |id: &ItemId| library.item(id).map(|item| item_link(item, lang));
    let questions = |ids: &[ItemId]| -> Vec<Question> {
        ids.iter()
            .filter_map(|id| question(library.item(id)?, lang))
            .collect()
    };
    let path_pages = path::pages(library, answers, &deep_dives);
    let mut pages: Vec<Page> = path_pages
        .quick
        .iter()
        .enumerate()
        .map(|(index, ids)| Page {
            step: Step::Quick(index as u8),
            directive: None,
            themes: Vec::new(),
            questions: questions(ids),
            skipped: Vec::new(),
        })
        .collect();
    let directives = Axis::Directive.items(library);
    for dive in &path_pages.dives {
        let Some(directive) = library.item(&dive.directive) else {
            continue;
        };
        for (page, deep) in dive.pages.iter().enumerate() {
            pages.push(Page {
                step: Step::Deep(dive.index, page as u8),
                directive: Some(item_link(directive, lang)),
                themes: deep
                    .themes
                    .iter()
                    .filter_map(|theme| Some(library.item(theme)?.text.get(lang).title.clone()))
                    .collect(),
                questions: questions(&deep.questions),
                // Said once, on the directive's first page.
                skipped: if page == 0 {
                    dive.skipped.iter().filter_map(link).collect()
                } else {
                    Vec::new()
                },
            });
        }
    }
    PathView {
        steps: path_pages.steps(),
        pages,
        flagged: path::flagged(library, answers)
            .into_iter()
            .filter_map(|(id, flags)| {
                Some(Flagged {
                    directive: link(&id)?,
                    flags,
                })
            })
            .collect(),
        deep_dives,
        chosen: chosen.is_some(),
        targets: directives
            .iter()
            .map(|directive| Target {
                directive: item_link(directive, lang),
                level: directive_target(library, answers, &directive.id),
                sector_default: sector_default(library, answers, &directive.id),
                reason: answers
                    .target_reasons
                    .get(&directive.id)
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

/// The IDs of every question, in the order they are asked.
pub fn question_ids(library: &Library) -> Vec<ItemId> {
    question_groups(library, Lang::En)
        .into_iter()
        .flat_map(|g| g.questions.into_iter().map(|q| q.practice.id))
        .collect()
}
