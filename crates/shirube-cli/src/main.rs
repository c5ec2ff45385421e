//! `shirube`: the guides from the command line, for headless use, CI and benchmarks.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use shirube_core::l10n::{Args, Localizer};
use shirube_core::{Lang, Library, SourceFiles};

mod show;

#[derive(Parser)]
#[command(
    name = "shirube",
    version,
    about = "Offline cybersecurity risk-management guidance"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a guides folder (default: the bundled guides); every problem as path:line: message
    Check {
        dir: Option<PathBuf>,
        /// Language of the messages (default: the OS locale)
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print one item
    Show {
        #[arg(long)]
        lang: Option<String>,
        id: String,
    },
    /// Print every indexed document as JSON lines {id, lang, title, text}
    Corpus {
        #[arg(long, required = true)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let os_lang = sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_os_locale(&l));
    let outcome = match cli.command {
        Command::Check { dir, lang } => parse_lang(lang, os_lang).and_then(|lang| check(dir, lang)),
        Command::Show { lang, id } => {
            parse_lang(lang, os_lang).and_then(|lang| show::show(&id, lang))
        }
        Command::Corpus { json: _ } => corpus(),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("shirube: {message}");
            ExitCode::from(2)
        }
    }
}

/// A failure the user must read: already localized.
type Outcome = Result<ExitCode, String>;

fn parse_lang(given: Option<String>, default: Lang) -> Result<Lang, String> {
    match given {
        None => Ok(default),
        Some(code) => Lang::from_code(&code).ok_or_else(|| {
            Localizer::new(default)
                .format("error-unknown-language", &Args::new().with("detail", code))
        }),
    }
}

fn check(dir: Option<PathBuf>, lang: Lang) -> Outcome {
    let l10n = Localizer::new(lang);
    let source = match dir {
        Some(dir) => SourceFiles::from_dir(&dir).map_err(|err| {
            let detail = format!("{}: {err}", dir.display());
            l10n.format("error-guides-invalid", &Args::new().with("detail", detail))
        })?,
        None => shirube_core::bundled::guides(),
    };
    let (library, problems) = Library::load(&source);
    let mut out = std::io::stdout().lock();
    for problem in &problems {
        let _ = writeln!(out, "{}", problem.render(&l10n));
    }
    if problems.is_empty() {
        let args = Args::new()
            .with("packs", library.packs().len().to_string())
            .with("items", library.items().count().to_string());
        eprintln!("{}", l10n.format("check-summary-clean", &args));
        Ok(ExitCode::SUCCESS)
    } else {
        let args = Args::new().with("count", problems.len().to_string());
        eprintln!("{}", l10n.format("check-summary-problems", &args));
        Ok(ExitCode::FAILURE)
    }
}

fn corpus() -> Outcome {
    let (library, _) = Library::bundled();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in shirube_search::documents(&library) {
        let line = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
        if writeln!(out, "{line}").is_err() {
            break; // a closed pipe (`| head`) is not an error
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}
