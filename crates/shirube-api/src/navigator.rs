//! The navigator's use cases over the saved assessments (the store), behind [`crate::Shirube`].
//! If the database cannot be opened (damaged with no good copy, newer), the app keeps working
//! for reading and search, and every navigator call answers with the reason. If it was restored
//! from its last good copy, or can only be read, the navigator works and says so once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::l10n::Localizer;
use shirube_guides::{AppError, ErrorCode, ItemId, Lang, Library, Sector};
use shirube_navigator::files::save_new_file;
use shirube_navigator::plan;
use shirube_navigator::report::{Part, ReportLang};
use shirube_navigator::store::{
    open_or_recover, Added, AssessmentSummary, OpenNotice, Opened, Store, StoreError,
};
use shirube_navigator::view::{plan_view, question_groups, PlanView, QuestionGroup};
use shirube_navigator::workshop::{consensus, workshop_view, WorkshopView};
use shirube_navigator::{Answer, AnswersFile, Profile, Step};

use crate::report::{self, person_or_title, Assessment, ReportFormat, ReportOptions};

pub struct Navigator {
    path: PathBuf,
    store: Result<Mutex<Store>, AppError>,
    /// What the user should hear at start though the store opened (restored, read-only).
    notice: Option<AppError>,
}

/// One assessment as the flow needs it: where the user was, and every answer so far.
#[derive(Clone, Debug, Serialize, TS)]
pub struct AssessmentState {
    #[ts(type = "number")]
    pub id: i64,
    /// Where the user was; a step this version does not know (saved by another) reads as the
    /// first one.
    pub step: Step,
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
                path: path.to_owned(),
                store: Ok(Mutex::new(store)),
                notice: notice.map(|notice| notice_to_app_error(notice, path)),
            },
            Err(err) => Navigator {
                path: path.to_owned(),
                store: Err(to_app_error(err).with_detail_prefix(path)),
                notice: None,
            },
        }
    }

    /// A navigator with no saved assessments, for headless use (the command line reads answers
    /// files instead): every call that needs the store says so.
    pub fn without_store() -> Navigator {
        Navigator {
            path: PathBuf::new(),
            store: Err(AppError::new(ErrorCode::StoreUnavailable, "headless")),
            notice: None,
        }
    }

    /// What the user should know about saved assessments, shown once at start: why the
    /// navigator cannot save, or that it restored the last good copy.
    /// Waits for the last good copy, which is written in the background from the start: by the
    /// time the UI asks, it is done.
    pub fn problem(&self) -> Option<AppError> {
        let copy_notice = || {
            let store = self.store.as_ref().ok()?;
            let mut store = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            store.last_good_notice()
        };
        self.notice
            .clone()
            .or_else(|| copy_notice().map(|notice| notice_to_app_error(notice, &self.path)))
            .or_else(|| self.store.as_ref().err().cloned())
    }

    pub(crate) fn with_store<T>(
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
        self.with_store(|store| store.create(name.trim(), Sector::GENERAL.slug()))
    }

    pub fn state(&self, id: i64) -> Result<AssessmentState, AppError> {
        self.with_store(|store| {
            let step = Step::parse(&store.step(id)?).unwrap_or(Step::Profile);
            Ok(AssessmentState {
                id,
                step,
                answers: store.answers_file(id)?,
            })
        })
    }

    pub fn set_answer(&self, library: &Library, update: &AnswerUpdate) -> Result<(), AppError> {
        let mut check = AnswersFile::new(&Sector::GENERAL);
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
        let mut check = AnswersFile::new(&Sector::GENERAL);
        check.sector = sector.to_owned();
        check.profile = profile.clone();
        check
            .validate(library)
            .map_err(|err| AppError::new(ErrorCode::AnswerInvalid, err.to_string()))?;
        self.with_store(|store| store.set_profile(id, sector, profile))
    }

    pub fn set_step(&self, id: i64, step: &str) -> Result<(), AppError> {
        let step = Step::parse(step)
            .ok_or_else(|| AppError::new(ErrorCode::AnswerInvalid, format!("step {step:?}")))?;
        self.with_store(|store| store.set_step(id, &step.to_string()))
    }

    pub fn questions(&self, library: &Library, lang: Lang) -> Vec<QuestionGroup> {
        question_groups(library, lang)
    }

    pub fn plan(&self, library: &Library, id: i64, lang: Lang) -> Result<PlanView, AppError> {
        let answers = self.with_store(|store| store.answers_file(id))?;
        Ok(plan_view(library, &answers, &plan(library, &answers), lang))
    }

    /// The assessment as a `.shirube.json` answers file: its name, and the file's text.
    pub fn export(&self, id: i64) -> Result<(String, String), AppError> {
        let answers = self.with_store(|store| store.answers_file(id))?;
        let json = serde_json::to_string_pretty(&answers).expect("answers files serialize");
        Ok((answers.name, json + "\n"))
    }

    /// A new assessment from an answers file; nothing is written unless all of it is valid.
    pub fn import_assessment(
        &self,
        library: &Library,
        file: &ImportedFile,
        lang: Lang,
    ) -> Result<i64, AppError> {
        let answers = file.parse(library, lang)?;
        let name = file.person_or_title(&answers);
        self.with_store(|store| store.import_assessment(&name, &answers))
    }

    /// Adds (or replaces, by name) one participant's answers to a workshop.
    pub fn import_participant(
        &self,
        library: &Library,
        id: i64,
        file: &ImportedFile,
        lang: Lang,
    ) -> Result<Added, AppError> {
        let answers = file.parse(library, lang)?;
        let name = file.person_or_title(&answers);
        self.with_store(|store| store.add_participant(id, &name, &answers))
    }

    pub fn remove_participant(&self, id: i64, participant: i64) -> Result<(), AppError> {
        self.with_store(|store| store.remove_participant(id, participant))
    }

    /// Sets the group's answer on every question where participants agree and no answer is set
    /// yet, so the room spends its time on the disagreements. Returns how many were set.
    pub fn accept_consensus(&self, library: &Library, id: i64) -> Result<usize, AppError> {
        let view = self.workshop(library, id, Lang::En)?;
        let agreed: Vec<(ItemId, Answer)> = view
            .groups
            .iter()
            .flat_map(|group| &group.questions)
            .filter(|question| question.agreed.is_none())
            .filter_map(|question| {
                let answers: Vec<Answer> = question.responses.iter().map(|r| r.answer).collect();
                Some((question.practice.id.clone(), consensus(&answers)?))
            })
            .collect();
        self.with_store(|store| {
            for (practice, answer) in &agreed {
                store.set_answer(id, practice, *answer)?;
            }
            Ok(agreed.len())
        })
    }

    pub fn set_note(&self, id: i64, practice: &ItemId, note: &str) -> Result<(), AppError> {
        self.with_store(|store| store.set_note(id, practice, note))
    }

    pub fn workshop(
        &self,
        library: &Library,
        id: i64,
        lang: Lang,
    ) -> Result<WorkshopView, AppError> {
        self.with_store(|store| {
            let agreed = store.answers_file(id)?.answers;
            let notes = store.notes(id)?;
            let participants = store.participants(id)?;
            Ok(workshop_view(library, lang, &participants, &agreed, &notes))
        })
    }

    /// The board report, or the plan as JSON: `(assessment name, text)`.
    pub fn report(
        &self,
        library: &Library,
        id: i64,
        langs: ReportLang,
        format: ReportFormat,
        options: ReportOptions,
    ) -> Result<(String, String), AppError> {
        let saved = self.saved(id)?;
        let earlier = self.earlier(options.baseline)?;
        let assessment = saved.assessment(earlier.as_ref(), options.summary_only);
        let text = report::render_text(library, &assessment, langs, format)?;
        Ok((saved.answers.name.clone(), text))
    }

    /// One part of the plan document (scores or roadmap) for the app's own screens, with the
    /// change since an earlier saved assessment where one is given.
    pub fn plan_part(
        &self,
        library: &Library,
        id: i64,
        lang: Lang,
        part: Part,
        baseline: Option<i64>,
    ) -> Result<String, AppError> {
        let saved = self.saved(id)?;
        let earlier = self.earlier(baseline)?;
        let assessment = saved.assessment(earlier.as_ref(), false);
        Ok(report::render_part(library, &assessment, lang, part))
    }

    /// The earlier saved assessment's answers, where one is named.
    fn earlier(&self, baseline: Option<i64>) -> Result<Option<AnswersFile>, AppError> {
        baseline
            .map(|earlier| self.with_store(|store| store.answers_file(earlier)))
            .transpose()
    }

    /// Everything a report needs from the store.
    fn saved(&self, id: i64) -> Result<Saved, AppError> {
        self.with_store(|store| {
            Ok(Saved {
                answers: store.answers_file(id)?,
                notes: store.notes(id)?,
                participants: store.participants(id)?.len(),
            })
        })
    }

    /// Exports the assessment to a new `.shirube.json` file in `dir`; returns its path.
    pub fn save_answers(&self, id: i64, dir: &Path) -> Result<String, AppError> {
        let (name, json) = self.export(id)?;
        let path = save_new_file(dir, &name, ".shirube.json", json.as_bytes())?;
        Ok(path.display().to_string())
    }

    /// Saves the report as a new file (HTML, Markdown, Word, Excel) in `dir`; returns its path.
    pub fn save_report(
        &self,
        library: &Library,
        id: i64,
        langs: ReportLang,
        format: ReportFormat,
        options: ReportOptions,
        dir: &Path,
    ) -> Result<String, AppError> {
        let saved = self.saved(id)?;
        let earlier = self.earlier(options.baseline)?;
        let assessment = saved.assessment(earlier.as_ref(), options.summary_only);
        let bytes = report::render(library, &assessment, langs, format)?;
        let path = save_new_file(dir, &saved.answers.name, format.file_suffix(), &bytes)?;
        Ok(path.display().to_string())
    }
}

/// A saved assessment as a report sees it.
struct Saved {
    answers: AnswersFile,
    notes: BTreeMap<ItemId, String>,
    participants: usize,
}

impl Saved {
    fn assessment<'a>(&'a self, earlier: Option<&'a AnswersFile>, only: bool) -> Assessment<'a> {
        Assessment {
            answers: &self.answers,
            notes: &self.notes,
            participants: self.participants,
            baseline: earlier,
            summary_only: only,
        }
    }
}

/// A file the user picked to import: its name (to name the participant and the errors) and
/// its text. Untrusted: size-limited and validated before anything is saved.
#[derive(Clone, Debug, Deserialize, TS)]
pub struct ImportedFile {
    pub file_name: String,
    pub text: String,
}

impl ImportedFile {
    pub(crate) fn parse(&self, library: &Library, lang: Lang) -> Result<AnswersFile, AppError> {
        AnswersFile::parse(self.text.as_bytes(), library).map_err(|err| {
            let detail = err.localize(&Localizer::new(lang));
            AppError::new(
                ErrorCode::ImportInvalid,
                format!("{}: {detail}", self.file_name),
            )
        })
    }

    fn person_or_title(&self, answers: &AnswersFile) -> String {
        person_or_title(&self.file_name, answers)
    }
}
