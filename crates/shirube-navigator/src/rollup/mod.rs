//! The group's picture: a holding company's answers files from its group companies or business
//! units, one row per unit and one column per directive and CSF function, each cell the unit's
//! score from the engine, with the weakest cells marked. One model, worded once per language;
//! the JSON, the HTML page (here), the workbook (`shirube-office`) and the app's screen all
//! show it, so they mark the same cells.
//!
//! **The rule for the weakest cells** (both may hold for one cell):
//! - *lowest in the group*: the lowest score in its column, every unit that shares it, where at
//!   least two units have a score there and not all of them are equal (one unit, or a column
//!   where everyone stands level, has no weakest);
//! - *far below target*: the score is [`FAR_BELOW`] points (one whole level) or more below
//!   that unit's own target for the column (its sector's default, or the target it set).
//!
//! A cell where nothing was answered has no score and no mark.

mod html;

use serde::Serialize;
use ts_rs::TS;

use crate::answers::AnswersFile;
use crate::plan::plan;
use crate::report::sector_title;
use crate::Axis;
use shirube_guides::l10n::Localizer;
use shirube_guides::view::label;
use shirube_guides::{ItemId, Library};

pub use html::{html_page, marks, MARK_FAR_BELOW, MARK_LOWEST};

/// How far below its target a score is marked: 25 points, one level of the 0–4 scale.
pub const FAR_BELOW: u8 = 25;

/// The matrix: the columns, then a row per unit in the order the files were given.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Rollup {
    pub columns: Vec<RollupColumn>,
    pub units: Vec<RollupUnit>,
}

/// A directive or CSF function: its short label (`D1`, `GV`) heads the column, its title is
/// spelled out in the legend.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RollupColumn {
    pub id: ItemId,
    pub label: String,
    pub title: String,
    pub function: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RollupUnit {
    /// The file's organization, else its name, else the file's name.
    pub name: String,
    /// The sector's title.
    pub sector: String,
    /// "Don't know" answers in the file: each counts as 0 in its scores.
    pub unknowns: usize,
    /// One per column, in the columns' order.
    pub cells: Vec<RollupCell>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RollupCell {
    pub item: ItemId,
    /// 0–100; none where nothing behind it was answered.
    pub score: Option<u8>,
    /// 0–100: the unit's own target for this column.
    pub target: u8,
    /// "Don't know" answers behind this score.
    pub unknowns: usize,
    /// The lowest score in the column (see the module's rule).
    pub lowest: bool,
    /// [`FAR_BELOW`] points or more below the target.
    pub far_below: bool,
}

impl RollupCell {
    pub fn marked(&self) -> bool {
        self.lowest || self.far_below
    }
}

/// The matrix for `units` (each a name and its validated answers), worded in `l10n`'s language.
pub fn rollup(library: &Library, units: &[(String, AnswersFile)], l10n: &Localizer) -> Rollup {
    let lang = l10n.lang();
    let columns: Vec<RollupColumn> = Axis::ALL
        .iter()
        .flat_map(|&axis| {
            axis.items(library)
                .into_iter()
                .map(move |item| RollupColumn {
                    id: item.id.clone(),
                    label: label(item),
                    title: item.text.get(lang).title.clone(),
                    function: axis == Axis::Function,
                })
        })
        .collect();
    let mut rows: Vec<RollupUnit> = units
        .iter()
        .map(|(name, answers)| {
            let plan = plan(library, answers);
            let cells = columns
                .iter()
                .map(|column| {
                    let score = plan.scores.get(&column.id).copied();
                    let target = plan.targets.get(&column.id).copied().unwrap_or(0);
                    RollupCell {
                        item: column.id.clone(),
                        score,
                        target,
                        unknowns: plan.unknowns.get(&column.id).copied().unwrap_or(0),
                        lowest: false,
                        far_below: score.is_some_and(|s| s.saturating_add(FAR_BELOW) <= target),
                    }
                })
                .collect();
            RollupUnit {
                name: name.clone(),
                sector: sector_title(library, &answers.sector(), l10n),
                unknowns: answers
                    .answers
                    .values()
                    .filter(|a| a.level().is_none())
                    .count(),
                cells,
            }
        })
        .collect();
    for column in 0..columns.len() {
        mark_lowest(&mut rows, column);
    }
    Rollup {
        columns,
        units: rows,
    }
}

/// Marks the lowest score of one column, where there is a spread to be lowest in.
fn mark_lowest(rows: &mut [RollupUnit], column: usize) {
    let scores: Vec<u8> = rows.iter().filter_map(|r| r.cells[column].score).collect();
    let (Some(&min), Some(&max)) = (scores.iter().min(), scores.iter().max()) else {
        return;
    };
    if scores.len() < 2 || min == max {
        return;
    }
    for row in rows {
        let cell = &mut row.cells[column];
        cell.lowest = cell.score == Some(min);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Answer, AnswersFile};
    use shirube_guides::{Lang, Sector};

    /// A unit that answered every practice at `level`.
    fn unit(library: &Library, name: &str, level: u8) -> (String, AnswersFile) {
        let mut answers = AnswersFile::new(&Sector::GENERAL);
        for practice in library.items().filter(|i| i.kind == "practice") {
            answers
                .answers
                .insert(practice.id.clone(), Answer::Level(level));
        }
        (name.to_owned(), answers)
    }

    fn cell<'a>(rollup: &'a Rollup, unit: usize, id: &str) -> &'a RollupCell {
        let column = rollup.columns.iter().position(|c| c.id.as_str() == id);
        &rollup.units[unit].cells[column.unwrap()]
    }

    #[test]
    fn the_lowest_needs_a_spread_and_far_below_is_one_level_under_the_target() {
        let (library, _) = Library::bundled();
        let l10n = Localizer::new(Lang::En);
        let units = [unit(&library, "A", 3), unit(&library, "B", 2)];
        let rollup = rollup(&library, &units, &l10n);
        assert_eq!(rollup.columns.len(), 16);
        assert_eq!(rollup.columns[0].label, "D1");
        let (a, b) = (cell(&rollup, 0, "cmg3:D1"), cell(&rollup, 1, "cmg3:D1"));
        assert_eq!((a.score, a.target, a.marked()), (Some(75), 75, false));
        assert_eq!((b.score, b.lowest, b.far_below), (Some(50), true, true));

        let level = [unit(&library, "A", 3), unit(&library, "B", 3)];
        let rollup = super::rollup(&library, &level, &l10n);
        assert!(rollup
            .units
            .iter()
            .flat_map(|u| &u.cells)
            .all(|c| !c.marked()));
        let alone = super::rollup(&library, &units[1..], &l10n);
        assert!(alone.units[0]
            .cells
            .iter()
            .all(|c| !c.lowest && c.far_below));
    }

    #[test]
    fn unknown_answers_count_as_zero_and_are_counted() {
        let (library, _) = Library::bundled();
        let (name, mut answers) = unit(&library, "A", 4);
        let policy = ItemId::new("practice", "cyber-risk-policy");
        answers.answers.insert(policy, Answer::UNKNOWN);
        let rollup = rollup(&library, &[(name, answers)], &Localizer::new(Lang::Ja));
        let d1 = cell(&rollup, 0, "cmg3:D1");
        assert_eq!((d1.score, d1.unknowns), (Some(50), 1));
        assert_eq!(rollup.units[0].unknowns, 1);
    }
}
