//! The language files of an item (`en.md`, `ja.md`): their fields, the checks that they are
//! filled in and in the right language, and the practice sections.

use crate::model::{
    ItemText, ObligationText, PracticeMeta, PracticeText, GENERATED_SECTOR_HEADINGS,
    IN_BRIEF_MAX_CHARS_JA, IN_BRIEF_MAX_WORDS,
};
use crate::parse::{self, line_of, RawText};
use crate::problem::{Problem, ProblemKind};
use crate::Lang;

use super::Loader;

impl Loader<'_> {
    pub(super) fn item_text(&mut self, base: &str, lang: Lang) -> Option<DraftText> {
        let path = format!("{base}/{}.md", lang.code());
        let text = self.text(&path)?.to_owned();
        match parse::parse_front_matter::<RawText>(&text) {
            Ok(file) => Some(DraftText {
                raw: file.meta,
                body: file.body,
                path,
                text,
                meta_start: file.meta_start,
                lang,
            }),
            Err((line, kind)) => {
                self.report(&path, line, kind);
                None
            }
        }
    }

    /// Checks one language file's fields and turns it into item text.
    pub(super) fn finish_text(
        &mut self,
        draft: DraftText,
        (is_practice, is_obligation): (bool, bool),
        meta: &Option<PracticeMeta>,
    ) -> ItemText {
        let DraftText {
            raw,
            body,
            path,
            text,
            meta_start,
            lang,
        } = draft;
        let line = |span: std::ops::Range<usize>| line_of(&text, meta_start + span.start);
        for (field, value) in [
            ("title", &raw.title),
            ("summary", &raw.summary),
            ("source", &raw.source),
        ] {
            if value.get_ref().trim().is_empty() {
                self.report(
                    &path,
                    line(value.span()),
                    ProblemKind::EmptyField {
                        field: field.into(),
                    },
                );
            }
        }
        // Kana mark running Japanese prose; titles may be acronyms or kanji only.
        let prose = [("summary", &raw.summary)];
        for (field, value) in prose {
            let kana = has_kana(value.get_ref());
            match lang {
                Lang::Ja if !kana => self.report(
                    &path,
                    line(value.span()),
                    ProblemKind::NotJapanese {
                        field: field.into(),
                    },
                ),
                Lang::En if kana => self.report(
                    &path,
                    line(value.span()),
                    ProblemKind::NotEnglish {
                        field: field.into(),
                    },
                ),
                _ => {}
            }
        }
        if lang == Lang::Ja && !body.trim().is_empty() && !has_kana(&body) {
            let body_line = line_of(&text, text.len() - body.len());
            self.report(
                &path,
                body_line,
                ProblemKind::NotJapanese {
                    field: "body".into(),
                },
            );
        }
        let practice = if is_practice {
            self.practice_text(&raw, &path, meta, &line)
        } else {
            self.reject_practice_fields(&raw, &path, &line);
            None
        };
        let obligation = self.obligation_text(&raw, &path, is_obligation, &line);
        ItemText {
            title: raw.title.into_inner(),
            summary: raw.summary.into_inner(),
            source: raw.source.into_inner(),
            body_md: body,
            practice,
            obligation,
        }
    }

    fn practice_text(
        &mut self,
        raw: &RawText,
        path: &str,
        meta: &Option<PracticeMeta>,
        line: &dyn Fn(std::ops::Range<usize>) -> usize,
    ) -> Option<PracticeText> {
        let mut missing = |field: &str| {
            self.problems.push(Problem {
                path: self.source.display_path(path),
                line: 1,
                kind: ProblemKind::MissingField {
                    field: field.into(),
                },
            });
        };
        let question = raw.question.as_ref().map(|q| q.get_ref().clone());
        let why_ask = raw.why_ask.as_ref().map(|q| q.get_ref().clone());
        let levels = raw.levels.as_ref().map(|l| l.get_ref().clone());
        let first_steps = raw.first_steps.as_ref().map(|l| l.get_ref().clone());
        let ciso_questions = raw.ciso_questions.as_ref().map(|l| l.get_ref().clone());
        let in_brief = raw.in_brief.as_ref().map(|l| l.get_ref().clone());
        let effort = raw.effort.as_ref().map(|l| l.get_ref().clone());
        let risk = raw.risk.as_ref().map(|l| l.get_ref().clone());
        let good_answers = raw.good_answers.as_ref().map(|l| l.get_ref().clone());
        for (field, present) in [
            ("in_brief", in_brief.is_some()),
            ("effort", effort.is_some()),
            ("risk", risk.is_some()),
            ("good_answers", good_answers.is_some()),
            ("question", question.is_some()),
            ("why_ask", why_ask.is_some()),
            ("levels", levels.is_some()),
            (
                "first_steps",
                first_steps.as_ref().is_some_and(|v| !v.is_empty()),
            ),
            (
                "ciso_questions",
                ciso_questions.as_ref().is_some_and(|v| !v.is_empty()),
            ),
        ] {
            if !present {
                missing(field);
            }
        }
        if let Some(levels) = &raw.levels {
            if levels.get_ref().len() != 5 {
                let kind = ProblemKind::LevelCount {
                    count: levels.get_ref().len(),
                };
                self.report(path, line(levels.span()), kind);
            }
        }
        self.check_executive_layer(raw, path, line);
        let weights = meta.as_ref().map(|m| &m.weights);
        for sector in weights.into_iter().flat_map(|w| w.keys()) {
            if !raw.weight_reasons.contains_key(sector) {
                self.report(
                    path,
                    1,
                    ProblemKind::MissingWeightReason {
                        sector: sector.clone(),
                    },
                );
            }
        }
        for (sector, reason) in &raw.weight_reasons {
            if !weights.is_some_and(|w| w.contains_key(sector)) {
                self.report(
                    path,
                    line(reason.span()),
                    ProblemKind::StrayWeightReason {
                        sector: sector.clone(),
                    },
                );
            }
        }
        Some(PracticeText {
            question: question?,
            why_ask: why_ask?,
            levels: levels?,
            first_steps: first_steps?,
            ciso_questions: ciso_questions?,
            in_brief: in_brief?,
            effort: effort?,
            risk: risk?,
            good_answers: good_answers?,
            weight_reasons: raw
                .weight_reasons
                .iter()
                .map(|(k, v)| (k.clone(), v.get_ref().clone()))
                .collect(),
        })
    }

    fn reject_practice_fields(
        &mut self,
        raw: &RawText,
        path: &str,
        line: &dyn Fn(std::ops::Range<usize>) -> usize,
    ) {
        let spans = [
            ("question", raw.question.as_ref().map(|v| v.span())),
            ("why_ask", raw.why_ask.as_ref().map(|v| v.span())),
            ("levels", raw.levels.as_ref().map(|v| v.span())),
            ("first_steps", raw.first_steps.as_ref().map(|v| v.span())),
            (
                "ciso_questions",
                raw.ciso_questions.as_ref().map(|v| v.span()),
            ),
            (
                "weight_reasons",
                raw.weight_reasons.values().next().map(|v| v.span()),
            ),
            ("in_brief", raw.in_brief.as_ref().map(|v| v.span())),
            ("effort", raw.effort.as_ref().map(|v| v.span())),
            ("risk", raw.risk.as_ref().map(|v| v.span())),
            ("good_answers", raw.good_answers.as_ref().map(|v| v.span())),
        ];
        for (field, span) in spans {
            if let Some(span) = span {
                self.report(
                    path,
                    line(span),
                    ProblemKind::PracticeOnly {
                        field: field.into(),
                    },
                );
            }
        }
    }
}

impl Loader<'_> {
    /// The executive layer of a practice: a short "in brief", and one good answer per CISO
    /// question.
    fn check_executive_layer(
        &mut self,
        raw: &RawText,
        path: &str,
        line: &dyn Fn(std::ops::Range<usize>) -> usize,
    ) {
        if let Some(brief) = &raw.in_brief {
            let text = brief.get_ref();
            let kind = if has_kana(text) {
                let count = text.chars().filter(|c| !c.is_whitespace()).count();
                (count > IN_BRIEF_MAX_CHARS_JA)
                    .then_some(ProblemKind::InBriefTooManyChars { count })
            } else {
                let count = text.split_whitespace().count();
                (count > IN_BRIEF_MAX_WORDS).then_some(ProblemKind::InBriefTooManyWords { count })
            };
            if let Some(kind) = kind {
                self.report(path, line(brief.span()), kind);
            }
        }
        if let (Some(answers), Some(questions)) = (&raw.good_answers, &raw.ciso_questions) {
            let (count, expected) = (answers.get_ref().len(), questions.get_ref().len());
            if count != expected {
                let kind = ProblemKind::GoodAnswerCount { count, expected };
                self.report(path, line(answers.span()), kind);
            }
        }
    }

    /// Who an obligation applies to and what it requires: required on obligations, refused
    /// elsewhere.
    fn obligation_text(
        &mut self,
        raw: &RawText,
        path: &str,
        is_obligation: bool,
        line: &dyn Fn(std::ops::Range<usize>) -> usize,
    ) -> Option<ObligationText> {
        let fields = [("who", &raw.who), ("requires", &raw.requires)];
        if !is_obligation {
            for (field, value) in fields {
                if let Some(value) = value {
                    let kind = ProblemKind::ObligationOnly {
                        field: field.into(),
                    };
                    self.report(path, line(value.span()), kind);
                }
            }
            return None;
        }
        for (field, value) in fields {
            match value {
                None => self.report(
                    path,
                    1,
                    ProblemKind::MissingField {
                        field: field.into(),
                    },
                ),
                Some(v) if v.get_ref().trim().is_empty() => self.report(
                    path,
                    line(v.span()),
                    ProblemKind::EmptyField {
                        field: field.into(),
                    },
                ),
                Some(_) => {}
            }
        }
        Some(ObligationText {
            who: raw
                .who
                .as_ref()
                .map(|v| v.get_ref().clone())
                .unwrap_or_default(),
            requires: raw
                .requires
                .as_ref()
                .map(|v| v.get_ref().clone())
                .unwrap_or_default(),
        })
    }

    /// A sector page must not write by hand the list that the weights generate.
    pub(super) fn check_sector_body(&mut self, draft: &DraftText) {
        let body_start = draft.text.len() - draft.body.len();
        let mut offset = body_start;
        for body_line in draft.body.split_inclusive('\n') {
            let heading = body_line.trim_start_matches('#').trim();
            if body_line.starts_with('#') && GENERATED_SECTOR_HEADINGS.contains(&heading) {
                let kind = ProblemKind::GeneratedSectorHeading {
                    heading: heading.to_owned(),
                };
                self.report(&draft.path, line_of(&draft.text, offset), kind);
            }
            offset += body_line.len();
        }
    }
}

pub(super) struct DraftText {
    raw: RawText,
    body: String,
    path: String,
    text: String,
    meta_start: usize,
    lang: Lang,
}

/// Hiragana or katakana: the mark of running Japanese text (kanji alone could be Chinese).
pub fn has_kana(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}'))
}
