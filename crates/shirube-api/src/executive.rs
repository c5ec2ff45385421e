//! The executive's path: the quick check and the deep dives it suggests, targets, the
//! assessment's header fields, and the hand-off of the technical questions to the CISO and back.
//! Both faces ask the same thing here: `shirube questions` and the app's navigator.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::l10n::Localizer;
use shirube_guides::{AppError, ErrorCode, ItemId, Lang, Library};
use shirube_navigator::answers::ANSWERED_BY_CISO;
use shirube_navigator::files::save_new_file;
use shirube_navigator::path;
use shirube_navigator::view::{path_view, PathView};
use shirube_navigator::{Answer, AnswersFile, Axis};

use crate::navigator::ImportedFile;
use crate::Shirube;

/// A question the navigator asks: `shirube questions --json` prints a list of these.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct QuestionRef {
    pub id: ItemId,
    pub directive: ItemId,
}

#[derive(Clone, Debug, Deserialize, TS)]
pub struct TargetUpdate {
    #[ts(type = "number")]
    pub assessment: i64,
    /// A directive (or a function or practice).
    pub item: ItemId,
    /// 0–4; none to go back to the sector's default.
    pub level: Option<u8>,
    /// Why this target, in the user's words.
    pub reason: String,
}

fn invalid(detail: impl std::fmt::Display) -> AppError {
    AppError::new(ErrorCode::AnswerInvalid, detail.to_string())
}

impl Shirube {
    /// The questions asked for an answers file's sector and profile: the quick check, or the
    /// whole path with the deep dives the quick check suggests (all of them before it is done).
    /// The error is localized, without the file's name (the caller knows where it read it).
    pub fn questions_from_file(
        &self,
        bytes: &[u8],
        quick: bool,
        lang: Lang,
    ) -> Result<Vec<QuestionRef>, String> {
        let answers = AnswersFile::parse(bytes, self.library())
            .map_err(|err| err.localize(&Localizer::new(lang)))?;
        Ok(question_refs(self.library(), &answers, quick))
    }

    /// The screens and questions of one assessment's path.
    pub fn path(&self, id: i64, lang: Lang) -> Result<PathView, AppError> {
        let library = self.library();
        self.navigator().with_store(|store| {
            let answers = store.answers_file(id)?;
            let chosen = store.deep_dives(id)?;
            Ok(path_view(library, &answers, chosen.as_deref(), lang))
        })
    }

    /// Chooses the directives to deepen; only directives are accepted.
    pub fn set_deep_dives(&self, id: i64, directives: &[ItemId]) -> Result<(), AppError> {
        let known = Axis::Directive.items(self.library());
        if let Some(stranger) = directives
            .iter()
            .find(|d| !known.iter().any(|k| &k.id == *d))
        {
            return Err(invalid(format!("{stranger} is not a directive")));
        }
        self.navigator()
            .with_store(|store| store.set_deep_dives(id, directives))
    }

    pub fn set_target(&self, update: &TargetUpdate) -> Result<(), AppError> {
        let mut check = AnswersFile::new(&Default::default());
        if let Some(level) = update.level {
            check.targets.insert(update.item.clone(), level);
        }
        check
            .target_reasons
            .insert(update.item.clone(), update.reason.clone());
        check.validate(self.library()).map_err(invalid)?;
        let reason = update.reason.trim();
        self.navigator().with_store(|store| {
            store.set_target(update.assessment, &update.item, update.level, reason)
        })
    }

    /// The organization's name and the assessment date (YYYY-MM-DD, or none).
    pub fn set_details(
        &self,
        id: i64,
        organization: &str,
        assessed_on: Option<&str>,
    ) -> Result<(), AppError> {
        let mut check = AnswersFile::new(&Default::default());
        check.assessed_on = assessed_on.map(str::to_owned);
        check.validate(self.library()).map_err(invalid)?;
        self.navigator()
            .with_store(|store| store.set_details(id, organization.trim(), assessed_on))
    }

    /// Saves the technical questions of the assessment's path as an answers file for the CISO
    /// (answered ones with their answers, the rest as "unknown"); returns its path.
    pub fn save_handoff(&self, id: i64) -> Result<String, AppError> {
        let library = self.library();
        let answers = self
            .navigator()
            .with_store(|store| store.answers_file(id))?;
        let mut handoff = AnswersFile {
            answers: Default::default(),
            targets: Default::default(),
            target_reasons: Default::default(),
            answered_by: Default::default(),
            ..answers.clone()
        };
        for practice in technical_questions(library, &answers) {
            let answer = answers.answers.get(&practice).copied();
            handoff
                .answers
                .insert(practice, answer.unwrap_or(Answer::UNKNOWN));
        }
        handoff.name = format!("{} (CISO)", answers.name);
        let json = serde_json::to_string_pretty(&handoff).expect("answers files serialize");
        let path = save_new_file(
            self.exports(),
            &handoff.name,
            ".shirube.json",
            json.as_bytes(),
        )?;
        Ok(path.display().to_string())
    }

    /// Takes the CISO's answers to the technical questions back in, marked as the CISO's;
    /// answers to anything else in the file are left alone. Returns how many were taken.
    pub fn merge_handoff(
        &self,
        id: i64,
        file: &ImportedFile,
        lang: Lang,
    ) -> Result<usize, AppError> {
        let library = self.library();
        let theirs = file.parse(library, lang)?;
        let navigator = self.navigator();
        let ours = navigator.with_store(|store| store.answers_file(id))?;
        let technical = technical_questions(library, &ours);
        let merged: Vec<(ItemId, Answer)> = theirs
            .answers
            .into_iter()
            .filter(|(practice, _)| technical.contains(practice))
            .collect();
        navigator.with_store(|store| store.merge_answers(id, &merged, ANSWERED_BY_CISO))?;
        Ok(merged.len())
    }
}

/// The questions asked for the file, as `shirube questions` prints them.
fn question_refs(library: &Library, answers: &AnswersFile, quick: bool) -> Vec<QuestionRef> {
    let ids = if quick {
        path::quick_check(library, answers)
    } else {
        let deep = path::suggested_deep_dives(library, answers);
        path::pages(library, answers, &deep).questions()
    };
    ids.into_iter()
        .filter_map(|id| {
            let directive = library.item(&id)?.practice.as_ref()?.directive.clone();
            Some(QuestionRef { id, directive })
        })
        .collect()
}

/// Every technical question that applies to the profile, whether its directive is deepened or not:
/// the CISO answers them all at once.
fn technical_questions(library: &Library, answers: &AnswersFile) -> Vec<ItemId> {
    library
        .items()
        .filter(|item| item.practice.as_ref().is_some_and(|m| m.technical))
        .filter(|item| answers.profile.applies(item))
        .map(|item| item.id.clone())
        .collect()
}
