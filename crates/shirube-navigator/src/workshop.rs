//! A workshop: several people answer the same assessment on their own laptops, the facilitator
//! imports their files, sees where they agree and disagree, and sets the agreed answer.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::answers::Answer;
use crate::store::Participant;
use crate::view::question_groups;
use shirube_guides::view::ItemLink;
use shirube_guides::{ItemId, Lang, Library};

/// Levels this far apart or more are a disagreement worth talking about.
pub const DISAGREEMENT_SPREAD: u8 = 2;

#[derive(Clone, Debug, Serialize, TS)]
pub struct ParticipantSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub imported_at: String,
    #[ts(type = "number")]
    pub answered: usize,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct Response {
    pub participant: String,
    pub answer: Answer,
}

/// One question as the facilitator sees it: everyone's answer, the spread, and the agreement.
#[derive(Clone, Debug, Serialize, TS)]
pub struct WorkshopQuestion {
    pub practice: ItemLink,
    pub question: String,
    pub levels: Vec<String>,
    pub responses: Vec<Response>,
    /// How many participants gave each level, 0 to 4.
    #[ts(type = "number[]")]
    pub counts: Vec<usize>,
    #[ts(type = "number")]
    pub unknown: usize,
    /// Highest level given minus lowest, where two or more levels were given.
    pub spread: Option<u8>,
    pub disagreement: bool,
    pub agreed: Option<Answer>,
    pub note: String,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct WorkshopGroup {
    pub directive: ItemLink,
    pub questions: Vec<WorkshopQuestion>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct WorkshopView {
    pub participants: Vec<ParticipantSummary>,
    pub groups: Vec<WorkshopGroup>,
    #[ts(type = "number")]
    pub disagreements: usize,
}

/// A spread of two levels or more, or some who knew and some who did not.
pub fn is_disagreement(answers: &[Answer]) -> bool {
    let levels: Vec<u8> = answers.iter().filter_map(|a| a.level()).collect();
    let unknown = answers.len() - levels.len();
    spread(&levels).is_some_and(|s| s >= DISAGREEMENT_SPREAD) || (unknown > 0 && !levels.is_empty())
}

/// The answer a group gave without disagreeing: the lower middle of their levels (levels at most
/// one apart, so this is the more cautious of two), or "don't know" if nobody knew. None where
/// nobody answered or they disagree: that is for the room to settle.
pub fn consensus(answers: &[Answer]) -> Option<Answer> {
    if answers.is_empty() || is_disagreement(answers) {
        return None;
    }
    let mut levels: Vec<u8> = answers.iter().filter_map(|a| a.level()).collect();
    if levels.is_empty() {
        return Some(Answer::UNKNOWN);
    }
    levels.sort_unstable();
    Some(Answer::Level(levels[(levels.len() - 1) / 2]))
}

fn spread(levels: &[u8]) -> Option<u8> {
    let (min, max) = (levels.iter().min()?, levels.iter().max()?);
    (levels.len() > 1).then(|| max - min)
}

pub fn workshop_view(
    library: &Library,
    lang: Lang,
    participants: &[Participant],
    agreed: &BTreeMap<ItemId, Answer>,
    notes: &BTreeMap<ItemId, String>,
) -> WorkshopView {
    let groups: Vec<WorkshopGroup> = question_groups(library, lang)
        .into_iter()
        .map(|group| WorkshopGroup {
            directive: group.directive,
            questions: group
                .questions
                .into_iter()
                .map(|question| {
                    let id = &question.practice.id;
                    let responses: Vec<Response> = participants
                        .iter()
                        .filter_map(|p| {
                            Some(Response {
                                participant: p.name.clone(),
                                answer: *p.answers.answers.get(id)?,
                            })
                        })
                        .collect();
                    let answers: Vec<Answer> = responses.iter().map(|r| r.answer).collect();
                    let levels: Vec<u8> = answers.iter().filter_map(|a| a.level()).collect();
                    let mut counts = vec![0; 5];
                    for level in &levels {
                        counts[usize::from(*level).min(4)] += 1;
                    }
                    WorkshopQuestion {
                        unknown: answers.len() - levels.len(),
                        spread: spread(&levels),
                        disagreement: is_disagreement(&answers),
                        agreed: agreed.get(id).copied(),
                        note: notes.get(id).cloned().unwrap_or_default(),
                        counts,
                        responses,
                        practice: question.practice,
                        question: question.question,
                        levels: question.levels,
                    }
                })
                .collect(),
        })
        .collect();
    WorkshopView {
        participants: participants
            .iter()
            .map(|p| ParticipantSummary {
                id: p.id,
                name: p.name.clone(),
                imported_at: p.imported_at.clone(),
                answered: p.answers.answers.len(),
            })
            .collect(),
        disagreements: groups
            .iter()
            .flat_map(|g| &g.questions)
            .filter(|q| q.disagreement)
            .count(),
        groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: fn(u8) -> Answer = Answer::Level;
    const U: Answer = Answer::UNKNOWN;

    #[test]
    fn disagreement_is_a_spread_of_two_or_mixed_dont_know() {
        assert!(!is_disagreement(&[]));
        assert!(!is_disagreement(&[L(3)]));
        assert!(!is_disagreement(&[L(2), L(3), L(3)]), "one level apart");
        assert!(is_disagreement(&[L(1), L(3)]), "two levels apart");
        assert!(is_disagreement(&[L(0), L(2), L(4)]));
        assert!(is_disagreement(&[L(2), U]), "some knew, some did not");
        assert!(
            !is_disagreement(&[U, U]),
            "nobody knew: agreed, if worrying"
        );
    }
}
