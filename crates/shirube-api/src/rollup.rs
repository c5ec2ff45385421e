//! The group's picture: answers files from a holding company's group companies or business
//! units, each validated exactly as an import is (size limit, strict schema, known practices),
//! put side by side as one matrix. Nothing is written unless every file is valid: the first bad
//! one is named, with the reason in the user's language.

use std::str::FromStr;

use serde::Deserialize;
use ts_rs::TS;

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::{AppError, ErrorCode, Lang, Library};
use shirube_navigator::files::save_new_file;
use shirube_navigator::rollup::{html_page, rollup, Rollup};
use shirube_navigator::AnswersFile;

use crate::navigator::ImportedFile;
use crate::report::person_or_title;
use crate::Shirube;

/// More units than a board could read on one page, and a bound on what one call reads.
pub const MAX_UNITS: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum RollupFormat {
    /// The matrix for machines (`shirube rollup`'s default).
    Json,
    /// A self-contained page, to open anywhere and print.
    Html,
    /// One sheet, the scores as numbers.
    Xlsx,
}

impl RollupFormat {
    pub fn is_binary(self) -> bool {
        self == RollupFormat::Xlsx
    }

    fn suffix(self) -> &'static str {
        match self {
            RollupFormat::Json => ".json",
            RollupFormat::Html => ".html",
            RollupFormat::Xlsx => ".xlsx",
        }
    }
}

/// The command line's names: `json`, `html`, `xlsx`.
impl FromStr for RollupFormat {
    type Err = String;
    fn from_str(name: &str) -> Result<RollupFormat, String> {
        match name {
            "json" => Ok(RollupFormat::Json),
            "html" => Ok(RollupFormat::Html),
            "xlsx" => Ok(RollupFormat::Xlsx),
            other => Err(format!("unknown format {other:?} (json, html, xlsx)")),
        }
    }
}

impl Shirube {
    /// The matrix, for the app's screen; each unit named by its file's organization, else its
    /// name, else the file's name.
    pub fn rollup(&self, files: &[ImportedFile], lang: Lang) -> Result<Rollup, AppError> {
        let units = units(self.library(), files, lang)?;
        Ok(rollup(self.library(), &units, &Localizer::new(lang)))
    }

    /// The matrix as a file's bytes: what `shirube rollup` prints or writes.
    pub fn rollup_file(
        &self,
        files: &[ImportedFile],
        lang: Lang,
        format: RollupFormat,
    ) -> Result<Vec<u8>, AppError> {
        let matrix = self.rollup(files, lang)?;
        let l10n = Localizer::new(lang);
        match format {
            RollupFormat::Json => {
                Ok(serde_json::to_vec_pretty(&matrix).expect("the matrix serializes"))
            }
            RollupFormat::Html => Ok(html_page(&matrix, &l10n).into_bytes()),
            RollupFormat::Xlsx => shirube_office::rollup_xlsx(&matrix, &l10n),
        }
    }

    /// Saves the matrix as a new file among the exports; returns its path.
    pub fn save_rollup(
        &self,
        files: &[ImportedFile],
        lang: Lang,
        format: RollupFormat,
    ) -> Result<String, AppError> {
        let bytes = self.rollup_file(files, lang, format)?;
        let name = Localizer::new(lang).text("rollup-file-name");
        let path = save_new_file(self.exports(), &name, format.suffix(), &bytes)?;
        Ok(path.display().to_string())
    }
}

/// Every file parsed and named, or the first bad one's error.
fn units(
    library: &Library,
    files: &[ImportedFile],
    lang: Lang,
) -> Result<Vec<(String, AnswersFile)>, AppError> {
    if files.len() > MAX_UNITS {
        let limit = Args::new().with("limit", MAX_UNITS.to_string());
        let detail = Localizer::new(lang).format("rollup-too-many", &limit);
        return Err(AppError::new(ErrorCode::ImportInvalid, detail));
    }
    files
        .iter()
        .map(|file| {
            let answers = file.parse(library, lang)?;
            Ok((unit_name(&file.file_name, &answers), answers))
        })
        .collect()
}

/// A group company is known by its organization; a file without one, as any import is named.
fn unit_name(file_name: &str, answers: &AnswersFile) -> String {
    let organization = answers.organization.trim();
    if organization.is_empty() {
        person_or_title(file_name, answers)
    } else {
        organization.chars().take(100).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> ImportedFile {
        ImportedFile {
            file_name: name.to_owned(),
            text: text.to_owned(),
        }
    }

    const MINIMAL: &str = r#"{"schema":"shirube.answers/2","sector":"general","profile":{},"answers":{"practice:cyber-risk-policy":2}}"#;

    #[test]
    fn units_are_named_by_organization_then_name_then_file() {
        let app = Shirube::headless(Lang::En);
        let named = MINIMAL.replace("\"sector\"", "\"name\":\"Self-check\",\"sector\"");
        let both = named.replace("\"sector\"", "\"organization\":\" Acme Rail \",\"sector\"");
        let files = [
            file("dir/acme.shirube.json", &both),
            file("b.json", &named),
            file("c:\\x\\east.shirube.json", MINIMAL),
        ];
        let matrix = app.rollup(&files, Lang::En).unwrap();
        let names: Vec<&str> = matrix.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["Acme Rail", "Self-check", "east"]);
    }

    #[test]
    fn a_bad_file_among_good_ones_is_named_and_nothing_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let app = Shirube::open(
            crate::AppDirs {
                config: dir.path().into(),
                data: dir.path().into(),
                exports: dir.path().join("exports"),
                cache: dir.path().join("cache"),
            },
            None,
        );
        let bad = MINIMAL.replace("cyber-risk-policy", "no-such-practice");
        let files = [file("good.json", MINIMAL), file("bad.json", &bad)];
        let err = app
            .save_rollup(&files, Lang::Ja, RollupFormat::Html)
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::ImportInvalid);
        assert!(err.message.starts_with("bad.json: "), "{}", err.message);
        assert!(
            err.message.contains("practice:no-such-practice"),
            "{}",
            err.message
        );
        assert!(!dir.path().join("exports").exists());
    }

    #[test]
    fn too_many_files_are_refused_before_any_is_read() {
        let app = Shirube::headless(Lang::En);
        let files = vec![file("a.json", "not json"); MAX_UNITS + 1];
        let err = app.rollup(&files, Lang::En).unwrap_err();
        assert!(err.message.contains("200"), "{}", err.message);
    }
}
