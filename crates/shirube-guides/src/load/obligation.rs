//! The fields added for currency and legal duties: the `as_of` date every pack and item
//! carries, and the structure of `obligation` items (status, date, the sectors they apply to and
//! the practices that help meet them).

use toml::Spanned;

use crate::model::{ObligationMeta, OBLIGATION_STATUSES};
use crate::parse::{is_date, line_of, RawItem};
use crate::problem::ProblemKind;

use super::{parse_ids, Loader};

impl Loader<'_> {
    /// A required date field: missing or malformed is reported; the text is kept either way.
    pub(super) fn date(
        &mut self,
        path: &str,
        text: &str,
        field: &str,
        value: Option<&Spanned<String>>,
    ) -> String {
        let Some(value) = value else {
            let kind = ProblemKind::MissingField {
                field: field.into(),
            };
            self.report(path, 1, kind);
            return String::new();
        };
        if !is_date(value.get_ref()) {
            let kind = ProblemKind::BadDate {
                field: field.into(),
            };
            self.report(path, line_of(text, value.span().start), kind);
        }
        value.get_ref().clone()
    }

    /// The obligation fields of an item: required on `obligation` items, refused on others.
    pub(super) fn obligation_meta(
        &mut self,
        raw: &RawItem,
        is_obligation: bool,
        path: &str,
        text: &str,
    ) -> Option<ObligationMeta> {
        if !is_obligation {
            let misplaced = [
                ("status", raw.status.as_ref().map(|v| v.span())),
                ("effective", raw.effective.as_ref().map(|v| v.span())),
                ("applies_to", raw.applies_to.first().map(|v| v.span())),
                ("helped_by", raw.helped_by.first().map(|v| v.span())),
            ];
            for (field, span) in misplaced {
                if let Some(span) = span {
                    let kind = ProblemKind::ObligationOnly {
                        field: field.into(),
                    };
                    self.report(path, line_of(text, span.start), kind);
                }
            }
            return None;
        }
        let status = match &raw.status {
            None => {
                let kind = ProblemKind::MissingField {
                    field: "status".into(),
                };
                self.report(path, 1, kind);
                String::new()
            }
            Some(status) => {
                if !OBLIGATION_STATUSES.contains(&status.get_ref().as_str()) {
                    let kind = ProblemKind::BadStatus {
                        value: status.get_ref().clone(),
                    };
                    self.report(path, line_of(text, status.span().start), kind);
                }
                status.get_ref().clone()
            }
        };
        let effective = self.date(path, text, "effective", raw.effective.as_ref());
        Some(ObligationMeta {
            status,
            effective,
            applies_to: parse_ids(&raw.applies_to),
            helped_by: parse_ids(&raw.helped_by),
        })
    }
}
