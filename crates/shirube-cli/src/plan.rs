//! `shirube plan`: the navigator's engine on an answers file.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use shirube_core::l10n::{Args, Localizer};
use shirube_core::navigator::report::{self, ReportInput, ReportLang};
use shirube_core::navigator::{plan, AnswersFile};
use shirube_core::{Lang, Library};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
    Json,
}

/// `bilingual` writes the report in both languages; `lang` still words the errors.
pub fn run(path: &Path, lang: Lang, format: Format, bilingual: bool) -> Result<ExitCode, String> {
    let l10n = Localizer::new(lang);
    let fail = |message: String| format!("{}: {message}", path.display());
    // Read no more than the limit allows, so a huge file is refused without filling memory.
    let bytes = read_limited(path).map_err(|err| {
        fail(l10n.format(
            "error-file-unreadable",
            &Args::new().with("detail", err.to_string()),
        ))
    })?;
    let (library, _) = Library::bundled();
    let answers = AnswersFile::parse(&bytes, &library).map_err(|err| fail(err.localize(&l10n)))?;
    let plan = plan(&library, &answers);
    let input = ReportInput {
        library: &library,
        answers: &answers,
        plan: &plan,
        notes: &Default::default(),
        participants: 0,
    };
    let langs = match (bilingual, lang) {
        (true, _) => ReportLang::Both,
        (false, Lang::En) => ReportLang::En,
        (false, Lang::Ja) => ReportLang::Ja,
    };
    let text = match format {
        Format::Json => serde_json::to_string_pretty(&plan).map_err(|e| e.to_string())?,
        Format::Md => report::markdown(&input, langs),
        Format::Html => report::html_page(&input, langs),
    };
    // A reader that went away (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    Ok(ExitCode::SUCCESS)
}

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = shirube_core::navigator::answers::MAX_BYTES as u64 + 1;
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
