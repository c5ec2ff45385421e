//! The organization's NIST CSF Implementation Tier (1 Partial, 2 Risk Informed, 3 Repeatable,
//! 4 Adaptive), judged from the governance answers. A tier describes how risk is governed, so
//! it is read off the practices that say so, each against the level a tier needs, never from an
//! average: every criterion is shown with what was answered, so the judgement can be checked.

use serde::Serialize;
use ts_rs::TS;

use crate::answers::{Answer, AnswersFile};
use shirube_guides::ItemId;

/// What each tier above the first needs: (tier, practice, the level it must reach). A tier is
/// reached when its criteria and all lower tiers' are met. Read with CSF 2.0's tier texts: a
/// policy and accountable executives (Risk Informed), then policy, risk assessment and supplier
/// risk applied organization-wide (Repeatable), then measured and improving (Adaptive).
const CRITERIA: [(u8, &str, u8); 9] = [
    (2, "practice:cyber-risk-policy", 2),
    (2, "practice:executive-accountability", 2),
    (3, "practice:cyber-risk-policy", 3),
    (3, "practice:executive-accountability", 3),
    (3, "practice:risk-assessment", 3),
    (3, "practice:supplier-risk-management", 3),
    (4, "practice:security-metrics-and-audit", 4),
    (4, "practice:continuous-improvement", 4),
    (4, "practice:information-sharing", 3),
];

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Criterion {
    pub tier: u8,
    pub practice: ItemId,
    pub needs: u8,
    /// What was answered; none where the question has not been asked yet.
    pub answer: Option<Answer>,
    pub met: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Tier {
    /// 1 to 4.
    pub tier: u8,
    /// The next tier might be reached: a question it needs has not been answered yet.
    pub provisional: bool,
    pub criteria: Vec<Criterion>,
}

pub fn tier(answers: &AnswersFile) -> Tier {
    let criteria: Vec<Criterion> = CRITERIA
        .iter()
        .map(|&(tier, practice, needs)| {
            let practice = ItemId::parse(practice).expect("criteria name valid IDs");
            let answer = answers.answers.get(&practice).copied();
            // "Don't know" is not assured: it meets nothing.
            let met = answer.and_then(Answer::level).is_some_and(|l| l >= needs);
            Criterion {
                tier,
                practice,
                needs,
                answer,
                met,
            }
        })
        .collect();
    let mut reached = 1;
    for next in 2..=4 {
        if criteria.iter().filter(|c| c.tier == next).all(|c| c.met) {
            reached = next;
        } else {
            break;
        }
    }
    let provisional = reached < 4
        && criteria
            .iter()
            .filter(|c| c.tier == reached + 1)
            .all(|c| c.met || c.answer.is_none());
    Tier {
        tier: reached,
        provisional,
        criteria,
    }
}
