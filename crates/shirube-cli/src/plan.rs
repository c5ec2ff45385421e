//! `shirube plan` and `shirube questions`: the navigator's engine on an answers file.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use shirube_api::{answers, Args, Lang, Localizer, NamedFile, ReportFormat, ReportLang, Shirube};

/// What `shirube plan` was asked for.
pub struct PlanRequest<'a> {
    pub answers: &'a Path,
    /// An earlier answers file, to show what moved since.
    pub baseline: Option<&'a Path>,
    pub format: ReportFormat,
    /// Both languages; `lang` still words the errors.
    pub bilingual: bool,
    /// Without it, text formats go to standard output; Word and Excel files need a file name.
    pub output: Option<&'a Path>,
    pub summary_only: bool,
}

pub fn run(request: &PlanRequest<'_>, lang: Lang) -> Result<ExitCode, String> {
    let PlanRequest {
        answers: path,
        baseline,
        format,
        bilingual,
        output,
        summary_only,
    } = *request;
    let l10n = Localizer::new(lang);
    require_output(format.is_binary(), &format!("{format:?}"), output, &l10n)?;
    let bytes = read_answers(path, lang)?;
    let earlier = baseline.map(|path| read_answers(path, lang)).transpose()?;
    let (name, earlier_name) = (
        path.to_string_lossy(),
        baseline.map(Path::to_string_lossy).unwrap_or_default(),
    );
    let langs = match (bilingual, lang) {
        (true, _) => ReportLang::Both,
        (false, Lang::En) => ReportLang::En,
        (false, Lang::Ja) => ReportLang::Ja,
    };
    let file = NamedFile {
        name: &name,
        bytes: &bytes,
    };
    let baseline = earlier.as_deref().map(|bytes| NamedFile {
        name: &earlier_name,
        bytes,
    });
    let report = Shirube::headless(lang).report_from_file(
        file,
        baseline,
        lang,
        langs,
        format,
        summary_only,
    )?;
    match output {
        Some(output) => write_whole(output, &report).map_err(|err| {
            let detail = format!("{}: {err}", output.display());
            l10n.format("error-export-failed", &Args::new().with("detail", detail))
        })?,
        None => {
            // A reader that went away (`| head`) is not an error worth a panic.
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&report).and_then(|()| out.write_all(b"\n"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the file whole or not at all: a temporary file beside it, synced, then renamed, so a
/// full disk or a crash never leaves half a report under the name asked for.
/// Word and Excel go to a file, never to the terminal: `--output` is required for them.
pub fn require_output(
    binary: bool,
    format: &str,
    output: Option<&Path>,
    l10n: &Localizer,
) -> Result<(), String> {
    if binary && output.is_none() {
        let format = format.to_lowercase();
        return Err(l10n.format(
            "cli-plan-output-required",
            &Args::new().with("format", format),
        ));
    }
    Ok(())
}

pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let partial = dir.join(format!(".{name}.partial-{}", std::process::id()));
    let written = std::fs::File::create(&partial).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&partial, path)) {
        Ok(()) => Ok(()),
        Err(err) => {
            let _ = std::fs::remove_file(&partial);
            Err(err)
        }
    }
}

/// The questions asked for the file's sector and profile, one a line (`id directive`) or as JSON.
pub fn questions(path: &Path, lang: Lang, quick: bool, json: bool) -> Result<ExitCode, String> {
    let bytes = read_answers(path, lang)?;
    let questions = Shirube::headless(lang)
        .questions_from_file(&bytes, quick, lang)
        .map_err(|err| format!("{}: {err}", path.display()))?;
    let out = if json {
        serde_json::to_string(&questions).expect("question lists serialize")
    } else {
        let lines: Vec<String> = questions
            .iter()
            .map(|q| format!("{}\t{}", q.id, q.directive))
            .collect();
        lines.join("\n")
    };
    let _ = writeln!(std::io::stdout().lock(), "{out}");
    Ok(ExitCode::SUCCESS)
}

/// The answers file's bytes, or the localized reason it cannot be read.
pub fn read_answers(path: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    // Read no more than the limit allows, so a huge file is refused without filling memory.
    read_limited(path).map_err(|err| {
        let detail = Args::new().with("detail", err.to_string());
        let message = Localizer::new(lang).format("error-file-unreadable", &detail);
        format!("{}: {message}", path.display())
    })
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
