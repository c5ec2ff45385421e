//! The application's use cases, independent of any window: what the desktop shell's commands
//! call, one line each. Holds the loaded library and the user's settings.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use ts_rs::TS;

use crate::settings::Settings;
use crate::view::{item_view, library_tree, ItemView, PackNode};
use crate::{user_packs, AppError, ErrorCode, ItemId, Lang, Library};

pub struct Shirube {
    library: Library,
    settings_path: PathBuf,
    settings: Mutex<Settings>,
    os_lang: Lang,
    /// Problems met at start that the user should hear about once (a damaged settings file).
    startup_errors: Vec<AppError>,
}

/// What the UI needs to start: the language to show, and anything that went wrong on the way.
#[derive(Clone, Debug, Serialize, TS)]
pub struct StartupState {
    pub lang: Lang,
    pub errors: Vec<AppError>,
}

impl Shirube {
    /// Opens the bundled guides, the user's packs in `packs_dir` and the settings in
    /// `config_dir`. `os_locale` decides the language until the user picks one.
    pub fn open(config_dir: PathBuf, packs_dir: &Path, os_locale: Option<&str>) -> Shirube {
        let settings_path = config_dir.join("settings.json");
        let mut startup_errors = Vec::new();
        let settings = Settings::load(&settings_path).unwrap_or_else(|err| {
            startup_errors.push(err);
            Settings::default()
        });
        let (library, problems) = Library::with_user_packs(packs_dir);
        // The first problem of each pack left out (and of the bundled guides) is enough to find
        // it; `shirube check --user-packs DIR` lists them all.
        let mut reported = HashSet::new();
        for problem in problems {
            if reported.insert(user_packs::pack_folder(packs_dir, &problem.path)) {
                let detail = format!("{}:{}", problem.path.display(), problem.line);
                startup_errors.push(AppError::new(ErrorCode::GuidesInvalid, detail));
            }
        }
        Shirube {
            library,
            settings_path,
            settings: Mutex::new(settings),
            os_lang: os_locale.map_or(Lang::En, Lang::from_os_locale),
            startup_errors,
        }
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn startup(&self) -> StartupState {
        StartupState {
            lang: self.lang(),
            errors: self.startup_errors.clone(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lock_settings().lang.unwrap_or(self.os_lang)
    }

    /// Remembers the user's language. In memory it takes effect even if saving fails.
    pub fn set_lang(&self, lang: Lang) -> Result<(), AppError> {
        let mut settings = self.lock_settings();
        settings.lang = Some(lang);
        settings.save(&self.settings_path)
    }

    pub fn tree(&self, lang: Lang) -> Vec<PackNode> {
        library_tree(&self.library, lang)
    }

    pub fn item(&self, id: &ItemId, lang: Lang) -> Result<ItemView, AppError> {
        item_view(&self.library, id, lang)
    }

    fn lock_settings(&self) -> std::sync::MutexGuard<'_, Settings> {
        // Settings are plain data: a panic elsewhere cannot leave them half-updated.
        self.settings
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_os_locale_decides_until_the_user_chooses_and_the_choice_is_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let app = Shirube::open(
            dir.path().to_path_buf(),
            &dir.path().join("packs"),
            Some("ja_JP.UTF-8"),
        );
        assert_eq!(app.lang(), Lang::Ja);
        app.set_lang(Lang::En).unwrap();
        let reopened = Shirube::open(
            dir.path().to_path_buf(),
            &dir.path().join("packs"),
            Some("ja_JP.UTF-8"),
        );
        assert_eq!(reopened.lang(), Lang::En);
    }

    #[test]
    fn a_damaged_settings_file_is_reported_at_start_and_defaults_apply() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("settings.json"), "garbage").unwrap();
        let app = Shirube::open(dir.path().to_path_buf(), &dir.path().join("packs"), None);
        let startup = app.startup();
        assert_eq!(startup.lang, Lang::En);
        assert_eq!(startup.errors[0].code, ErrorCode::SettingsUnreadable);
    }

    #[test]
    fn a_user_pack_left_out_is_reported_once_at_start_with_path_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("packs/acme");
        std::fs::create_dir_all(pack.join("a")).unwrap();
        std::fs::create_dir_all(pack.join("b")).unwrap();
        std::fs::write(pack.join("pack.toml"), "id = \"acme\"\n").unwrap();
        let app = Shirube::open(dir.path().to_path_buf(), &dir.path().join("packs"), None);
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
        let app = Shirube::open(dir.path().to_path_buf(), &dir.path().join("packs"), None);
        let err = app.item(&ItemId::new("csf2", "XX"), Lang::En).unwrap_err();
        assert_eq!(err.code, ErrorCode::ItemNotFound);
    }
}
