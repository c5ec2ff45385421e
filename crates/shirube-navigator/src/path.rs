//! Which questions the navigator asks, and on which pages: a quick check first (one anchor per
//! directive, plus the practices the sector weighs most), then deep dives, one directive at a
//! time, where the quick check flags a weakness or the user chooses. What to ask is data in the
//! guides (`anchor`, `applies_when`, `theme`, the sector weights); this module only orders it.

use std::collections::BTreeSet;

use serde::Serialize;
use ts_rs::TS;

use crate::answers::{Answer, AnswersFile};
use crate::step::Step;
use crate::targets::{sector_default, DEFAULT_TARGET};
use crate::Axis;
use shirube_guides::model::Item;
use shirube_guides::{ItemId, Library};

/// No page asks more than this: a screen a reader takes in at once.
pub const PAGE_SIZE: usize = 6;
/// The quick check adds at most this many practices the sector weighs most…
const QUICK_EXTRAS: usize = 2;
/// …and only those it weighs at least this much.
const QUICK_EXTRA_MIN_WEIGHT: f64 = 1.5;
/// An anchor answered at this level or below flags its directive for a deep dive.
const FLAG_AT_OR_BELOW: u8 = 1;

/// A directive's practices, in the guidelines' order.
pub fn practices_of<'a>(library: &'a Library, directive: &ItemId) -> Vec<&'a Item> {
    let mut practices: Vec<&Item> = library
        .items()
        .filter(|p| {
            p.practice
                .as_ref()
                .is_some_and(|m| &m.directive == directive)
        })
        .collect();
    practices.sort_by_key(|p| (p.order, p.id.clone()));
    practices
}

/// The quick check's questions in the order asked: each directive's anchor, and after it the
/// practices of that directive the sector weighs most (at most two in all).
pub fn quick_check(library: &Library, answers: &AnswersFile) -> Vec<ItemId> {
    let slug = answers.sector().slug();
    let mut extras: Vec<(&Item, f64)> = library
        .items()
        .filter_map(|item| {
            let meta = item.practice.as_ref()?;
            let weight = *meta.weights.get(slug)?;
            let wanted =
                !meta.anchor && weight >= QUICK_EXTRA_MIN_WEIGHT && answers.profile.applies(item);
            wanted.then_some((item, weight))
        })
        .collect();
    extras.sort_by(|(a, wa), (b, wb)| wb.total_cmp(wa).then(a.order.cmp(&b.order)));
    let extras: BTreeSet<&ItemId> = extras
        .iter()
        .take(QUICK_EXTRAS)
        .map(|(item, _)| &item.id)
        .collect();
    Axis::Directive
        .items(library)
        .into_iter()
        .flat_map(|directive| practices_of(library, &directive.id))
        .filter(|p| p.practice.as_ref().is_some_and(|m| m.anchor) || extras.contains(&p.id))
        .map(|p| p.id.clone())
        .collect()
}

/// Splits questions into pages of at most [`PAGE_SIZE`], as even as they can be.
fn balanced_pages(questions: &[ItemId]) -> Vec<Vec<ItemId>> {
    let pages = questions.len().div_ceil(PAGE_SIZE).max(1);
    let per_page = questions.len().div_ceil(pages).max(1);
    questions.chunks(per_page).map(<[ItemId]>::to_vec).collect()
}

/// A page of a deep dive: its questions, and the csf2 categories they are grouped under.
#[derive(Clone, Debug, PartialEq)]
pub struct DeepPage {
    pub themes: Vec<ItemId>,
    pub questions: Vec<ItemId>,
}

/// A directive's deep dive: the questions the quick check did not ask, on pages of themes that
/// fit together, and the questions left out because they do not apply to the profile.
pub fn deep_dive(
    library: &Library,
    answers: &AnswersFile,
    directive: &ItemId,
) -> (Vec<DeepPage>, Vec<ItemId>) {
    dive(library, answers, &quick_check(library, answers), directive)
}

/// A deep dive, given the quick check's questions (asked already, so not again).
fn dive(
    library: &Library,
    answers: &AnswersFile,
    quick: &[ItemId],
    directive: &ItemId,
) -> (Vec<DeepPage>, Vec<ItemId>) {
    let rest: Vec<&Item> = practices_of(library, directive)
        .into_iter()
        .filter(|p| !quick.contains(&p.id))
        .collect();
    let skipped = rest
        .iter()
        .filter(|p| !answers.profile.applies(p))
        .map(|p| p.id.clone())
        .collect();
    // Themes in the order their first practice comes; a practice without one stands alone.
    let mut groups: Vec<(Option<ItemId>, Vec<ItemId>)> = Vec::new();
    for practice in rest.iter().filter(|p| answers.profile.applies(p)) {
        let theme = practice.practice.as_ref().and_then(|m| m.theme.clone());
        match groups
            .iter_mut()
            .find(|(t, _)| theme.is_some() && *t == theme)
        {
            Some((_, ids)) => ids.push(practice.id.clone()),
            None => groups.push((theme, vec![practice.id.clone()])),
        }
    }
    // Consecutive themes share a page while they fit on it.
    let mut pages: Vec<DeepPage> = Vec::new();
    for (theme, ids) in groups {
        for chunk in ids.chunks(PAGE_SIZE) {
            let fits = pages
                .last()
                .is_some_and(|page| page.questions.len() + chunk.len() <= PAGE_SIZE);
            if !fits {
                pages.push(DeepPage {
                    themes: Vec::new(),
                    questions: Vec::new(),
                });
            }
            let page = pages.last_mut().expect("a page was just pushed");
            page.themes
                .extend(theme.clone().filter(|t| !page.themes.contains(t)));
            page.questions.extend_from_slice(chunk);
        }
    }
    (pages, skipped)
}

/// Why the quick check suggests deepening a directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Its anchor is at level 1 or below.
    Low,
    /// Some of its questions were answered "don't know".
    Unknown,
    /// The sector aims higher here than elsewhere.
    SectorTarget,
    /// The quick check has not answered its anchor yet.
    NotAnswered,
}

/// What the quick check says of each directive, in the guidelines' order: only those flagged.
pub fn flagged(library: &Library, answers: &AnswersFile) -> Vec<(ItemId, Vec<Flag>)> {
    Axis::Directive
        .items(library)
        .into_iter()
        .filter_map(|directive| {
            let practices = practices_of(library, &directive.id);
            let anchor = practices
                .iter()
                .find(|p| p.practice.as_ref().is_some_and(|m| m.anchor))?;
            let mut flags = Vec::new();
            match answers.answers.get(&anchor.id) {
                None => flags.push(Flag::NotAnswered),
                Some(Answer::Level(level)) if *level <= FLAG_AT_OR_BELOW => flags.push(Flag::Low),
                _ => {}
            }
            if practices
                .iter()
                .any(|p| answers.answers.get(&p.id) == Some(&Answer::UNKNOWN))
            {
                flags.push(Flag::Unknown);
            }
            if sector_default(library, answers, &directive.id) > DEFAULT_TARGET {
                flags.push(Flag::SectorTarget);
            }
            (!flags.is_empty()).then(|| (directive.id.clone(), flags))
        })
        .collect()
}

/// One chosen directive's deep dive on the path.
pub struct Dive {
    /// The directive's place among the directives (0 for D1): its steps are `deep-INDEX-PAGE`.
    pub index: u8,
    pub directive: ItemId,
    pub pages: Vec<DeepPage>,
    pub skipped: Vec<ItemId>,
}

/// The question pages of a path: the quick check's, then the deep dives of the chosen
/// directives, in the guidelines' order. The quick check is worked out once for all of them.
pub struct Pages {
    pub quick: Vec<Vec<ItemId>>,
    pub dives: Vec<Dive>,
}

pub fn pages(library: &Library, answers: &AnswersFile, deep: &[ItemId]) -> Pages {
    let quick = quick_check(library, answers);
    let dives = Axis::Directive
        .items(library)
        .iter()
        .enumerate()
        .filter(|(_, directive)| deep.contains(&directive.id))
        .map(|(index, directive)| {
            let (pages, skipped) = dive(library, answers, &quick, &directive.id);
            Dive {
                index: index as u8,
                directive: directive.id.clone(),
                pages,
                skipped,
            }
        })
        .collect();
    Pages {
        quick: balanced_pages(&quick),
        dives,
    }
}

impl Pages {
    /// The screens of the assessment, in order.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Profile];
        steps.extend((0..self.quick.len()).map(|page| Step::Quick(page as u8)));
        steps.push(Step::Snapshot);
        for dive in &self.dives {
            steps.extend((0..dive.pages.len()).map(|page| Step::Deep(dive.index, page as u8)));
        }
        steps.extend([Step::Targets, Step::Results, Step::Roadmap, Step::Finish]);
        steps
    }

    /// Every question the navigator asks, in order.
    pub fn questions(&self) -> Vec<ItemId> {
        let quick = self.quick.iter().flatten();
        let deep = self.dives.iter().flat_map(|dive| &dive.pages);
        quick
            .chain(deep.flat_map(|page| &page.questions))
            .cloned()
            .collect()
    }
}

/// The directives whose deep dives the navigator suggests: those the quick check flags for what
/// it found (an anchor not yet answered is shown, but suggests nothing until it is).
pub fn suggested_deep_dives(library: &Library, answers: &AnswersFile) -> Vec<ItemId> {
    flagged(library, answers)
        .into_iter()
        .filter(|(_, flags)| flags.iter().any(|flag| *flag != Flag::NotAnswered))
        .map(|(directive, _)| directive)
        .collect()
}
