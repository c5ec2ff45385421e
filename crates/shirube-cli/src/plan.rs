//! `shirube plan`: the navigator's engine on an answers file.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use shirube_api::{answers, Args, Lang, Localizer, ReportFormat, ReportLang, Shirube};

/// `bilingual` writes the report in both languages; `lang` still words the errors.
pub fn run(
    path: &Path,
    lang: Lang,
    format: ReportFormat,
    bilingual: bool,
) -> Result<ExitCode, String> {
    let l10n = Localizer::new(lang);
    let fail = |message: String| format!("{}: {message}", path.display());
    // Read no more than the limit allows, so a huge file is refused without filling memory.
    let bytes = read_limited(path).map_err(|err| {
        fail(l10n.format(
            "error-file-unreadable",
            &Args::new().with("detail", err.to_string()),
        ))
    })?;
    let langs = match (bilingual, lang) {
        (true, _) => ReportLang::Both,
        (false, Lang::En) => ReportLang::En,
        (false, Lang::Ja) => ReportLang::Ja,
    };
    let text = Shirube::headless(lang)
        .report_from_file(&path.to_string_lossy(), &bytes, lang, langs, format)
        .map_err(fail)?;
    // A reader that went away (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    Ok(ExitCode::SUCCESS)
}

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = answers::MAX_BYTES as u64 + 1;
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
