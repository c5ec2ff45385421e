//! [`Shirube`]: one session's state and its use cases. The app opens it with the OS folders and
//! keeps it for the window's life; the command line opens it headless on the bundled guides.
//! Every method is a use case; a face's command is one line calling it.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use serde::Serialize;
use ts_rs::TS;

use shirube_guides::{user_packs, AppError, ErrorCode, ItemId, Lang, Library, Sector};
use shirube_navigator::report::{Part, ReportLang};
use shirube_navigator::store::{Added, AssessmentSummary};
use shirube_navigator::view::{PlanView, QuestionGroup};
use shirube_navigator::workshop::WorkshopView;
use shirube_navigator::Profile;
use shirube_search::SearchIndex;

use crate::navigator::{AnswerUpdate, AssessmentState, ImportedFile, Navigator};
use crate::report::{self, NamedFile, ReportFormat, ReportOptions};
use crate::settings::Settings;

/// Where a session keeps things: settings, saved data and user packs, and exported files.
pub struct AppDirs {
    pub config: PathBuf,
    pub data: PathBuf,
    /// Where exported answers files and reports go: the user's Downloads folder, where people
    /// look for a file they just saved.
    pub exports: PathBuf,
    /// What can be rebuilt if lost: the search index, kept between starts.
    pub cache: PathBuf,
}

pub struct Shirube {
    pub(crate) library: Library,
    /// `None` when headless: the language is given per call and nothing is remembered.
    settings_path: Option<PathBuf>,
    settings: Mutex<Settings>,
    os_lang: Lang,
    /// Problems met at start that the user should hear about once (a damaged settings file).
    startup_errors: Vec<AppError>,
    navigator: Navigator,
    exports: PathBuf,
    /// Built once, off the UI thread in the app (see [`Shirube::build_search_index`]).
    pub(crate) index: OnceLock<SearchIndex>,
    /// A folder of its own where the index is kept between starts; `None` keeps it in memory.
    pub(crate) index_cache: Option<PathBuf>,
}

/// A sector to choose (the profile, the search lens): its slug and its page's title.
#[derive(Clone, Debug, Serialize, TS)]
pub struct SectorChoice {
    #[ts(type = "SectorSlug")]
    pub sector: Sector,
    pub title: String,
}

/// What the UI needs to start: the language to show, and anything that went wrong on the way.
#[derive(Clone, Debug, Serialize, TS)]
pub struct StartupState {
    pub lang: Lang,
    /// The text size in percent (100 unless the user chose another).
    pub text_size: u16,
    pub errors: Vec<AppError>,
}

impl Shirube {
    /// Opens the bundled guides with the user's packs, the settings and the saved assessments
    /// in `dirs`. `os_locale` decides the language until the user picks one.
    pub fn open(dirs: AppDirs, os_locale: Option<&str>) -> Shirube {
        let settings_path = dirs.config.join("settings.json");
        let mut startup_errors = Vec::new();
        let settings = Settings::load(&settings_path).unwrap_or_else(|err| {
            startup_errors.push(err);
            Settings::default()
        });
        let packs_dir = user_packs::dir_in(&dirs.data);
        let (library, problems) = Library::with_user_packs(&packs_dir);
        // The first problem of each pack left out (and of the bundled guides) is enough to find
        // it; `shirube check --user-packs DIR` lists them all.
        let mut reported = HashSet::new();
        for problem in problems {
            if reported.insert(user_packs::pack_folder(&packs_dir, &problem.path)) {
                let detail = format!("{}:{}", problem.path.display(), problem.line);
                startup_errors.push(AppError::new(ErrorCode::GuidesInvalid, detail));
            }
        }
        Shirube {
            library,
            settings_path: Some(settings_path),
            settings: Mutex::new(settings),
            os_lang: os_locale.map_or(Lang::En, Lang::from_os_locale),
            startup_errors,
            navigator: Navigator::open(&dirs.data.join("shirube.db")),
            exports: dirs.exports,
            index: OnceLock::new(),
            index_cache: Some(dirs.cache.join("search-index")),
        }
    }

    /// The bundled guides alone, with no saved data: the command line.
    pub fn headless(lang: Lang) -> Shirube {
        let (library, _) = Library::bundled();
        Shirube {
            library,
            settings_path: None,
            settings: Mutex::new(Settings {
                lang: Some(lang),
                text_size: None,
            }),
            os_lang: lang,
            startup_errors: Vec::new(),
            navigator: Navigator::without_store(),
            exports: PathBuf::new(),
            index: OnceLock::new(),
            index_cache: None,
        }
    }

    pub(crate) fn navigator(&self) -> &Navigator {
        &self.navigator
    }

    pub(crate) fn exports(&self) -> &std::path::Path {
        &self.exports
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    // ---- Start and settings

    pub fn startup(&self) -> StartupState {
        StartupState {
            lang: self.lang(),
            text_size: self.lock_settings().text_size.unwrap_or(100),
            errors: self.startup_errors.clone(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lock_settings().lang.unwrap_or(self.os_lang)
    }

    /// Remembers the user's language. In memory it takes effect even if saving fails.
    pub fn set_lang(&self, lang: Lang) -> Result<(), AppError> {
        self.update_settings(|settings| settings.lang = Some(lang))
    }

    /// Changes the settings in memory (in effect even if saving fails) and saves them.
    pub(crate) fn update_settings(
        &self,
        change: impl FnOnce(&mut Settings),
    ) -> Result<(), AppError> {
        let mut settings = self.lock_settings();
        change(&mut settings);
        match &self.settings_path {
            Some(path) => settings.save(path),
            None => Ok(()),
        }
    }

    fn lock_settings(&self) -> std::sync::MutexGuard<'_, Settings> {
        // Settings are plain data: a panic elsewhere cannot leave them half-updated.
        self.settings
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    // ---- The navigator

    /// Why saved assessments are unavailable or were restored, said once at start.
    pub fn navigator_problem(&self) -> Option<AppError> {
        self.navigator.problem()
    }

    pub fn assessments(&self) -> Result<Vec<AssessmentSummary>, AppError> {
        self.navigator.list()
    }

    pub fn create_assessment(&self, name: &str) -> Result<i64, AppError> {
        self.navigator.create(name)
    }

    pub fn assessment(&self, id: i64) -> Result<AssessmentState, AppError> {
        self.navigator.state(id)
    }

    pub fn questions(&self, lang: Lang) -> Vec<QuestionGroup> {
        self.navigator.questions(&self.library, lang)
    }

    pub fn set_answer(&self, update: &AnswerUpdate) -> Result<(), AppError> {
        self.navigator.set_answer(&self.library, update)
    }

    pub fn set_profile(&self, id: i64, sector: &str, profile: &Profile) -> Result<(), AppError> {
        self.navigator
            .set_profile(id, sector, profile, &self.library)
    }

    pub fn set_step(&self, id: i64, step: &str) -> Result<(), AppError> {
        self.navigator.set_step(id, step)
    }

    pub fn plan(&self, id: i64, lang: Lang) -> Result<PlanView, AppError> {
        self.navigator.plan(&self.library, id, lang)
    }

    pub fn save_answers(&self, id: i64) -> Result<String, AppError> {
        self.navigator.save_answers(id, &self.exports)
    }

    pub fn import_assessment(&self, file: &ImportedFile, lang: Lang) -> Result<i64, AppError> {
        self.navigator.import_assessment(&self.library, file, lang)
    }

    pub fn import_participant(
        &self,
        id: i64,
        file: &ImportedFile,
        lang: Lang,
    ) -> Result<Added, AppError> {
        self.navigator
            .import_participant(&self.library, id, file, lang)
    }

    pub fn remove_participant(&self, id: i64, participant: i64) -> Result<(), AppError> {
        self.navigator.remove_participant(id, participant)
    }

    pub fn workshop(&self, id: i64, lang: Lang) -> Result<WorkshopView, AppError> {
        self.navigator.workshop(&self.library, id, lang)
    }

    pub fn set_note(&self, id: i64, practice: &ItemId, note: &str) -> Result<(), AppError> {
        self.navigator.set_note(id, practice, note)
    }

    pub fn accept_consensus(&self, id: i64) -> Result<usize, AppError> {
        self.navigator.accept_consensus(&self.library, id)
    }

    /// A saved assessment's report (or plan) as text, as `options` ask (summary, baseline).
    pub fn report(
        &self,
        id: i64,
        langs: ReportLang,
        format: ReportFormat,
        options: ReportOptions,
    ) -> Result<String, AppError> {
        let (_, text) = self
            .navigator
            .report(&self.library, id, langs, format, options)?;
        Ok(text)
    }

    /// The scores or the roadmap of a saved assessment, as the report renders them (HTML), with
    /// the change since `baseline` (another saved assessment) where given.
    pub fn plan_part(
        &self,
        id: i64,
        lang: Lang,
        part: Part,
        baseline: Option<i64>,
    ) -> Result<String, AppError> {
        self.navigator
            .plan_part(&self.library, id, lang, part, baseline)
    }

    /// Saves a saved assessment's report as a new file among the exports; returns its path.
    pub fn save_report(
        &self,
        id: i64,
        langs: ReportLang,
        format: ReportFormat,
        options: ReportOptions,
    ) -> Result<String, AppError> {
        self.navigator
            .save_report(&self.library, id, langs, format, options, &self.exports)
    }

    /// The report for an answers file (and a baseline), as `shirube plan` writes it: the same
    /// bytes the app makes once imported. Errors are in `lang` and start with the file's name.
    pub fn report_from_file(
        &self,
        file: NamedFile<'_>,
        baseline: Option<NamedFile<'_>>,
        lang: Lang,
        langs: ReportLang,
        format: ReportFormat,
        summary_only: bool,
    ) -> Result<Vec<u8>, String> {
        let library = &self.library;
        report::from_file(library, file, baseline, lang, langs, format, summary_only)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(base: &std::path::Path) -> AppDirs {
        AppDirs {
            config: base.to_path_buf(),
            data: base.to_path_buf(),
            exports: base.join("exports"),
            cache: base.join("cache"),
        }
    }

    #[test]
    fn the_os_locale_decides_until_the_user_chooses_and_the_choice_is_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let app = Shirube::open(dirs(dir.path()), Some("ja_JP.UTF-8"));
        assert_eq!(app.lang(), Lang::Ja);
        app.set_lang(Lang::En).unwrap();
        let reopened = Shirube::open(dirs(dir.path()), Some("ja_JP.UTF-8"));
        assert_eq!(reopened.lang(), Lang::En);
    }

    #[test]
    fn a_damaged_settings_file_is_reported_at_start_and_defaults_apply() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("settings.json"), "garbage").unwrap();
        let app = Shirube::open(dirs(dir.path()), None);
        let startup = app.startup();
        assert_eq!(startup.lang, Lang::En);
        assert_eq!(startup.errors[0].code, ErrorCode::SettingsUnreadable);
    }

    #[test]
    fn a_user_pack_left_out_is_reported_once_at_start_with_path_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let pack = user_packs::dir_in(dir.path()).join("acme");
        std::fs::create_dir_all(pack.join("a")).unwrap();
        std::fs::create_dir_all(pack.join("b")).unwrap();
        std::fs::write(pack.join("pack.toml"), "id = \"acme\"\n").unwrap();
        let app = Shirube::open(dirs(dir.path()), None);
        let errors = app.startup().errors;
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code, ErrorCode::GuidesInvalid);
        assert!(errors[0].message.ends_with(":1"), "{}", errors[0].message);
        assert!(errors[0].message.contains("acme"), "{}", errors[0].message);
        assert!(
            app.library().pack("csf2").is_some(),
            "the bundled guides still load"
        );
    }

    #[test]
    fn an_unknown_item_is_an_error_with_its_code() {
        let dir = tempfile::tempdir().unwrap();
        let app = Shirube::open(dirs(dir.path()), None);
        let err = app.item(&ItemId::new("csf2", "XX"), Lang::En).unwrap_err();
        assert_eq!(err.code, ErrorCode::ItemNotFound);
    }
}
