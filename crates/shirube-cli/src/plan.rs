//! `shirube plan`: the navigator's engine on an answers file.

use std::path::Path;
use std::process::ExitCode;

use shirube_core::l10n::{Args, Localizer};
use shirube_core::navigator::{plan, report, AnswersError, AnswersFile};
use shirube_core::{Lang, Library};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
    Json,
}

/// The Fluent message that explains an answers-file problem, with its arguments.
fn localize(error: &AnswersError, l10n: &Localizer) -> String {
    let (id, args) = match error {
        AnswersError::TooLarge { limit } => (
            "answers-too-large",
            Args::new().with("limit", limit.to_string()),
        ),
        AnswersError::NotJson {
            line,
            column,
            detail,
        } => (
            "answers-not-json",
            Args::new()
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("detail", detail.clone()),
        ),
        AnswersError::WrongSchema { found } => (
            "answers-wrong-schema",
            Args::new().with("found", found.clone()),
        ),
        AnswersError::UnknownSector(sector) => (
            "answers-unknown-sector",
            Args::new().with("sector", sector.clone()),
        ),
        AnswersError::UnknownPractice(id) => (
            "answers-unknown-practice",
            Args::new().with("id", id.clone()),
        ),
        AnswersError::OutOfRange { id, value } => (
            "answers-out-of-range",
            Args::new()
                .with("id", id.clone())
                .with("value", value.to_string()),
        ),
    };
    l10n.format(id, &args)
}

pub fn run(path: &Path, lang: Lang, format: Format) -> Result<ExitCode, String> {
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
    let answers =
        AnswersFile::parse(&bytes, &library).map_err(|err| fail(localize(&err, &l10n)))?;
    let plan = plan(&library, &answers);
    let text = match format {
        Format::Json => serde_json::to_string_pretty(&plan).map_err(|e| e.to_string())?,
        Format::Md => report::markdown(&library, &answers, &plan, &l10n),
        Format::Html => report::html(&library, &answers, &plan, &l10n),
    };
    println!("{text}");
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
