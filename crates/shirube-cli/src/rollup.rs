//! `shirube rollup`: answers files from group companies or business units, side by side.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use shirube_api::{Args, ImportedFile, Lang, Localizer, RollupFormat, Shirube};

use crate::plan::{read_answers, require_output, write_whole};

/// Every file is read and validated before anything is printed or written: one bad file
/// names itself and leaves no output behind.
pub fn run(
    paths: &[PathBuf],
    lang: Lang,
    format: RollupFormat,
    output: Option<&Path>,
) -> Result<ExitCode, String> {
    let l10n = Localizer::new(lang);
    require_output(format.is_binary(), &format!("{format:?}"), output, &l10n)?;
    let files = paths
        .iter()
        .map(|path| {
            let bytes = read_answers(path, lang)?;
            // Decoded as the app's file picker decodes a file, so both faces judge the same text.
            Ok(ImportedFile {
                file_name: path.display().to_string(),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let bytes = Shirube::headless(lang)
        .rollup_file(&files, lang, format)
        .map_err(|err| {
            l10n.format(
                &err.code.message_id(),
                &Args::new().with("detail", err.message),
            )
        })?;
    match output {
        Some(output) => write_whole(output, &bytes).map_err(|err| {
            let detail = format!("{}: {err}", output.display());
            l10n.format("error-export-failed", &Args::new().with("detail", detail))
        })?,
        None => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&bytes).and_then(|()| out.write_all(b"\n"));
        }
    }
    Ok(ExitCode::SUCCESS)
}
