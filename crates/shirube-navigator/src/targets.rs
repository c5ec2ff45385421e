//! What each score is measured against: a target level per directive (the user's, else the
//! sector's default from the guides, else level 3), per practice (the user's, else its
//! directive's) and per CSF function (the user's, else the mean of its practices' targets).

use std::collections::BTreeMap;

use crate::answers::AnswersFile;
use crate::{axes, Axis};
use shirube_guides::model::Item;
use shirube_guides::{ItemId, Library};

/// Defined and applied organization-wide: what a roadmap aims for unless told otherwise.
pub const DEFAULT_TARGET: u8 = 3;

/// A directive's target level, and whether it is the sector's default.
pub fn directive_target(library: &Library, answers: &AnswersFile, directive: &ItemId) -> u8 {
    answers
        .targets
        .get(directive)
        .copied()
        .unwrap_or_else(|| sector_default(library, answers, directive))
}

/// The level the guides give the file's sector for a directive.
pub fn sector_default(library: &Library, answers: &AnswersFile, directive: &ItemId) -> u8 {
    answers
        .sector()
        .item_id()
        .and_then(|sector| library.item(&sector)?.targets.get(directive).copied())
        .unwrap_or(DEFAULT_TARGET)
}

pub fn practice_target(library: &Library, answers: &AnswersFile, practice: &Item) -> u8 {
    answers
        .targets
        .get(&practice.id)
        .copied()
        .unwrap_or_else(|| {
            practice.practice.as_ref().map_or(DEFAULT_TARGET, |meta| {
                directive_target(library, answers, &meta.directive)
            })
        })
}

/// 0–100 per directive and function, on the scale of the scores.
pub fn target_scores(library: &Library, answers: &AnswersFile) -> BTreeMap<ItemId, u8> {
    let mut levels: BTreeMap<ItemId, Vec<u8>> = BTreeMap::new();
    for practice in library.items().filter(|i| i.kind == "practice") {
        if !answers.profile.applies(practice) {
            continue;
        }
        let target = practice_target(library, answers, practice);
        for scored in axes::scored_under(library, practice) {
            levels.entry(scored).or_default().push(target);
        }
    }
    let mut scores = BTreeMap::new();
    for axis in Axis::ALL {
        for item in axis.items(library) {
            let level = match (axis, answers.targets.get(&item.id)) {
                (_, Some(&level)) => f64::from(level),
                (Axis::Directive, None) => f64::from(directive_target(library, answers, &item.id)),
                (Axis::Function, None) => {
                    levels.get(&item.id).map_or(f64::from(DEFAULT_TARGET), |l| {
                        l.iter().map(|&v| f64::from(v)).sum::<f64>() / l.len() as f64
                    })
                }
            };
            scores.insert(item.id.clone(), level_to_score(level));
        }
    }
    scores
}

/// A level 0–4 (or a mean of levels) on the 0–100 scale of the scores.
pub fn level_to_score(level: f64) -> u8 {
    (level / 4.0 * 100.0).round() as u8
}
