//! The navigator's use cases over the store: what the app's commands call, one line each.
//! If the database cannot be opened (damaged with no good copy, newer), the app keeps working
//! for reading and search, and every navigator call answers with the reason. If it was restored
//! from its last good copy, or can only be read, the navigator works and says so once.

use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{Answer, AnswersFile, Profile};
use super::plan::plan;
use super::view::{plan_view, question_groups, PlanView, QuestionGroup};
use crate::store::{open_or_recover, AssessmentSummary, OpenNotice, Opened, Store, StoreError};
use crate::{AppError, ErrorCode, ItemId, Lang, Library};

pub struct Navigator {
    store: Result<Mutex<Store>, AppError>,
    /// What the user should hear at start though the store opened (restored, read-only).
    notice: Option<AppError>,
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
        StoreError::ReadOnly(_) => ErrorCode::StoreReadOnly,
        StoreError::Full(_) => ErrorCode::DiskFull,
        StoreError::Io(_) => ErrorCode::StoreUnavailable,
    };
    AppError::new(code, err.to_string())
}

fn notice_to_app_error(notice: OpenNotice, path: &Path) -> AppError {
    match notice {
        OpenNotice::Restored { kept_at, reason } => AppError::new(
            ErrorCode::StoreRestored,
            format!("{} ({reason})", kept_at.display()),
        ),
        OpenNotice::RestoredMissing => {
            AppError::new(ErrorCode::StoreMissing, path.display().to_string())
        }
        OpenNotice::ReadOnly(reason) => {
            AppError::new(ErrorCode::StoreReadOnly, reason).with_detail_prefix(path)
        }
        OpenNotice::Full(reason) => {
            AppError::new(ErrorCode::DiskFull, reason).with_detail_prefix(path)
        }
    }
}

impl Navigator {
    pub fn open(path: &Path) -> Navigator {
        let opened = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .map_err(StoreError::from)
            .and_then(|()| open_or_recover(path));
        match opened {
            Ok(Opened { store, notice }) => Navigator {
                store: Ok(Mutex::new(store)),
                notice: notice.map(|notice| notice_to_app_error(notice, path)),
            },
            Err(err) => Navigator {
                store: Err(to_app_error(err).with_detail_prefix(path)),
                notice: None,
            },
        }
    }

    /// What the user should know about saved assessments, shown once at start: why the
    /// navigator cannot save, or that it restored the last good copy.
    pub fn problem(&self) -> Option<AppError> {
        self.notice
            .clone()
            .or_else(|| self.store.as_ref().err().cloned())
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
