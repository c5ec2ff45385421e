//! The fields that drive the navigator: a practice's directive, dependencies, sector weights and
//! how it is asked (anchor of the quick check, the profile it presupposes, its theme, whether it
//! is the CISO's to answer); a sector's default targets. Required or refused by kind.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::model::{Condition, PracticeMeta};
use crate::parse::{line_of, RawItem};
use crate::problem::ProblemKind;
use crate::ItemId;

use super::{parse_ids, Loader};

/// The highest maturity level a target may name.
const MAX_LEVEL: u8 = 4;

impl Loader<'_> {
    /// The practice fields of an item: required on `practice` items, refused on others.
    pub(super) fn practice_meta(
        &mut self,
        raw: &RawItem,
        is_practice: bool,
        path: &str,
        text: &str,
    ) -> Option<PracticeMeta> {
        if !is_practice {
            let misplaced = [
                ("directive", raw.directive.as_ref().map(|d| d.span())),
                ("depends_on", raw.depends_on.first().map(|d| d.span())),
                ("weights", raw.weights.values().next().map(|w| w.span())),
                ("anchor", raw.anchor.as_ref().map(|v| v.span())),
                ("applies_when", raw.applies_when.as_ref().map(|v| v.span())),
                ("theme", raw.theme.as_ref().map(|v| v.span())),
                ("technical", raw.technical.as_ref().map(|v| v.span())),
            ];
            for (field, span) in misplaced {
                if let Some(span) = span {
                    let kind = ProblemKind::PracticeOnly {
                        field: field.into(),
                    };
                    self.report(path, line_of(text, span.start), kind);
                }
            }
            return None;
        }
        let Some(directive) = &raw.directive else {
            let kind = ProblemKind::MissingField {
                field: "directive".into(),
            };
            self.report(path, 1, kind);
            return None;
        };
        self.check_weights(&raw.weights, path, text);
        let applies_when = raw.applies_when.as_ref().and_then(|value| {
            let condition = Condition::parse(value.get_ref());
            if condition.is_none() {
                let kind = ProblemKind::BadCondition {
                    value: value.get_ref().clone(),
                };
                self.report(path, line_of(text, value.span().start), kind);
            }
            condition
        });
        let flag = |value: &Option<Spanned<bool>>| value.as_ref().is_some_and(|v| *v.get_ref());
        Some(PracticeMeta {
            directive: ItemId::parse(directive.get_ref())?,
            depends_on: parse_ids(&raw.depends_on),
            weights: raw
                .weights
                .iter()
                .map(|(k, v)| (k.clone(), *v.get_ref()))
                .collect(),
            anchor: flag(&raw.anchor),
            applies_when,
            theme: raw.theme.as_ref().and_then(|t| ItemId::parse(t.get_ref())),
            technical: flag(&raw.technical),
        })
    }

    fn check_weights(&mut self, weights: &BTreeMap<String, Spanned<f64>>, path: &str, text: &str) {
        for (sector, weight) in weights {
            let line = line_of(text, weight.span().start);
            let sector = sector.clone();
            if !crate::model::SECTORS.contains(&sector.as_str()) {
                self.report(path, line, ProblemKind::UnknownSector { sector });
            } else if !(1.0..=3.0).contains(weight.get_ref()) {
                self.report(path, line, ProblemKind::WeightRange { sector });
            }
        }
    }

    /// A sector's default targets: directive → level 0 to 4. Refused on other kinds. The keys
    /// are checked as links (they must name directives) by `validate`.
    pub(super) fn sector_targets(
        &mut self,
        raw: &RawItem,
        is_sector: bool,
        path: &str,
        text: &str,
    ) -> BTreeMap<ItemId, u8> {
        if !is_sector {
            if let Some(value) = raw.targets.values().next() {
                let kind = ProblemKind::SectorOnly {
                    field: "targets".into(),
                };
                self.report(path, line_of(text, value.span().start), kind);
            }
            return BTreeMap::new();
        }
        let mut targets = BTreeMap::new();
        for (key, level) in &raw.targets {
            match u8::try_from(*level.get_ref())
                .ok()
                .filter(|l| *l <= MAX_LEVEL)
            {
                Some(valid) => {
                    // A malformed key is reported by `validate`, with the other links.
                    if let Some(id) = ItemId::parse(key) {
                        targets.insert(id, valid);
                    }
                }
                None => {
                    let kind = ProblemKind::TargetRange { key: key.clone() };
                    self.report(path, line_of(text, level.span().start), kind);
                }
            }
        }
        targets
    }
}
