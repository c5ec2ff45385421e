//! The user's settings (the interface language and the text size), in a small JSON file the app keeps in
//! its config folder. Written to a temporary file and renamed, so a crash never leaves half a file.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::{AppError, ErrorCode, Lang};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// `None` until the user picks a language: the OS locale decides.
    pub lang: Option<Lang>,
    /// The interface's text size in percent of the default (16 px); `None` for 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_size: Option<u16>,
}

/// The text sizes offered, in percent: large steps a reader can tell apart.
pub const TEXT_SIZES: [u16; 4] = [100, 125, 150, 175];

impl Settings {
    /// Reads the settings; a missing file means defaults. A damaged file is an error, and is left
    /// as it is (the caller keeps working with defaults and says so).
    pub fn load(path: &Path) -> Result<Settings, AppError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|err| {
                AppError::new(
                    ErrorCode::SettingsUnreadable,
                    format!("{}: {err}", path.display()),
                )
            }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(err) => Err(AppError::new(
                ErrorCode::SettingsUnreadable,
                format!("{}: {err}", path.display()),
            )),
        }
    }

    pub fn save(&self, path: &Path) -> Result<(), AppError> {
        let fail = |err: std::io::Error| {
            AppError::new(
                ErrorCode::SettingsUnwritable,
                format!("{}: {err}", path.display()),
            )
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(fail)?;
        }
        let temp = path.with_extension("json.tmp");
        let bytes = serde_json::to_vec_pretty(self).expect("settings serialize");
        if let Err(err) = write_synced(&temp, &bytes) {
            // Don't leave a partial file taking space on a full disk; it may not even exist.
            let _ = std::fs::remove_file(&temp);
            return Err(fail(err));
        }
        std::fs::rename(&temp, path).map_err(fail)?;
        // The rename itself lives in the folder: without this a power cut may undo it. (Windows
        // cannot open a folder as a file; NTFS journals the rename.)
        if let Some(dir) = path.parent().and_then(|dir| std::fs::File::open(dir).ok()) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl crate::Shirube {
    /// Remembers the text size (one of [`TEXT_SIZES`](TEXT_SIZES), in percent).
    pub fn set_text_size(&self, percent: u16) -> Result<(), AppError> {
        if !TEXT_SIZES.contains(&percent) {
            return Err(AppError::new(
                ErrorCode::AnswerInvalid,
                format!("text size {percent}%"),
            ));
        }
        self.update_settings(|settings| settings.text_size = Some(percent))
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_defaults_when_absent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/settings.json");
        assert_eq!(Settings::load(&path).unwrap(), Settings::default());
        let settings = Settings {
            lang: Some(Lang::Ja),
            text_size: Some(150),
        };
        settings.save(&path).unwrap();
        assert_eq!(Settings::load(&path).unwrap(), settings);
        // A file written before the text size reads with the default.
        std::fs::write(&path, r#"{"lang":"en"}"#).unwrap();
        assert_eq!(Settings::load(&path).unwrap().text_size, None);
    }

    #[test]
    fn a_damaged_file_is_reported_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{not json").unwrap();
        let err = Settings::load(&path).unwrap_err();
        assert_eq!(err.code, ErrorCode::SettingsUnreadable);
        assert_eq!(std::fs::read(&path).unwrap(), b"{not json");
    }
}
