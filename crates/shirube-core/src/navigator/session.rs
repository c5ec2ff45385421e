//! The navigator's use cases over the store: what the app's commands call, one line each.
//! If the database cannot be opened (damaged, newer, unwritable), the app keeps working for
//! reading and search, and every navigator call answers with the reason.

use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{Answer, AnswersFile, Profile};
use super::plan::plan;
use super::view::{plan_view, question_groups, PlanView, QuestionGroup};
use crate::store::{AssessmentSummary, Store, StoreError};
use crate::{AppError, ErrorCode, ItemId, Lang, Library};

pub struct Navigator {
    store: Result<Mutex<Store>, AppError>,
}

/// One assessment as the flow needs it: where the user was, and every answer so far.
#[derive(Clone, Debug, Serialize, TS)]
pub struct AssessmentState {
    #[ts(type = "number")]
    pub id: i64,
    pub step: String,
    pub answers: AnswersFile,
}

#[derive(Clone, Debug, Deserialize, TS)]
pub struct AnswerUpdate {
    #[ts(type = "number")]
    pub assessment: i64,
    pub practice: ItemId,
    pub answer: Answer,
}

fn to_app_error(err: StoreError) -> AppError {
    let code = match err {
        StoreError::Corrupt(_) => ErrorCode::StoreCorrupt,
        StoreError::NewerVersion { .. } => ErrorCode::StoreNewer,
        StoreError::NotFound(_) => ErrorCode::AssessmentNotFound,
        StoreError::Io(_) => ErrorCode::StoreUnavailable,
    };
    AppError::new(code, err.to_string())
}

impl Navigator {
    pub fn open(path: &Path) -> Navigator {
        let store = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .map_err(|err| StoreError::Io(err.to_string()))
            .and_then(|()| Store::open(path))
            .map(Mutex::new)
            .map_err(|err| to_app_error(err).with_detail_prefix(path));
        Navigator { store }
    }

    /// Why the navigator cannot save, if it cannot: shown once at start.
    pub fn problem(&self) -> Option<AppError> {
        self.store.as_ref().err().cloned()
    }

    fn with_store<T>(
        &self,
        run: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, AppError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let store = store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        run(&store).map_err(to_app_error)
    }

    pub fn list(&self) -> Result<Vec<AssessmentSummary>, AppError> {
        self.with_store(Store::list)
    }

    pub fn create(&self, name: &str) -> Result<i64, AppError> {
        self.with_store(|store| store.create(name.trim(), "general"))
    }

    pub fn state(&self, id: i64) -> Result<AssessmentState, AppError> {
        self.with_store(|store| {
            let step = store.step(id)?;
            Ok(AssessmentState {
                id,
                step,
                answers: store.answers_file(id)?,
            })
        })
    }

    pub fn set_answer(&self, library: &Library, update: &AnswerUpdate) -> Result<(), AppError> {
        let mut check = AnswersFile::new("general");
        check.answers.insert(update.practice.clone(), update.answer);
        check
            .validate(library)
            .map_err(|err| AppError::new(ErrorCode::AnswerInvalid, err.to_string()))?;
        self.with_store(|store| {
            store.set_answer(update.assessment, &update.practice, update.answer)
        })
    }

    pub fn set_profile(
        &self,
        id: i64,
        sector: &str,
        profile: &Profile,
        library: &Library,
    ) -> Result<(), AppError> {
        let mut check = AnswersFile::new(sector);
        check.profile = profile.clone();
        check
            .validate(library)
            .map_err(|err| AppError::new(ErrorCode::AnswerInvalid, err.to_string()))?;
        self.with_store(|store| store.set_profile(id, sector, profile))
    }

    pub fn set_step(&self, id: i64, step: &str) -> Result<(), AppError> {
        self.with_store(|store| store.set_step(id, step))
    }

    pub fn questions(&self, library: &Library, lang: Lang) -> Vec<QuestionGroup> {
        question_groups(library, lang)
    }

    pub fn plan(&self, library: &Library, id: i64, lang: Lang) -> Result<PlanView, AppError> {
        let answers = self.with_store(|store| store.answers_file(id))?;
        Ok(plan_view(library, &plan(library, &answers), lang))
    }
}
