//! What the navigator's screens show, shaped for the UI and worded in the reader's language.

use serde::Serialize;
use ts_rs::TS;

use crate::plan::{Phase, Plan};
use crate::report::reason_text;
use crate::Axis;
use shirube_guides::l10n::Localizer;
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
    /// 0–100, or none where every answer behind it is "don't know".
    pub score: Option<u8>,
    #[ts(type = "number")]
    pub unknowns: usize,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct Step {
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
    pub roadmap: Vec<Step>,
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
                    .filter_map(|p| {
                        let text = p.text.get(lang).practice.as_ref()?;
                        Some(Question {
                            practice: item_link(p, lang),
                            question: text.question.clone(),
                            why_ask: text.why_ask.clone(),
                            levels: text.levels.clone(),
                        })
                    })
                    .collect(),
            }
        })
        .filter(|group| !group.questions.is_empty())
        .collect()
}

pub fn plan_view(library: &Library, plan: &Plan, lang: Lang) -> PlanView {
    let l10n = Localizer::new(lang);
    let scores = |axis: Axis| -> Vec<Score> {
        axis.items(library)
            .into_iter()
            .map(|item| Score {
                item: item_link(item, lang),
                score: plan.scores.get(&item.id).copied(),
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
            Some(Step {
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
    PlanView {
        directives: scores(Axis::Directive),
        functions: scores(Axis::Function),
        roadmap,
    }
}

/// The IDs of every question, in the order they are asked.
pub fn question_ids(library: &Library) -> Vec<ItemId> {
    question_groups(library, Lang::En)
        .into_iter()
        .flat_map(|g| g.questions.into_iter().map(|q| q.practice.id))
        .collect()
}
