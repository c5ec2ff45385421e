//! `shirube`: the guides from the command line, for headless use, CI and benchmarks.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use shirube_api::{Args, CheckTarget, Lang, Localizer, ReportFormat, RollupFormat, SearchRequest};

mod plan;
mod rollup;
mod search;
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
        /// DIR holds user packs: check them beside the bundled guides, as the app loads them
        #[arg(long, requires = "dir")]
        user_packs: bool,
        /// Language of the messages (default: the OS locale)
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print one item
    Show {
        #[arg(long)]
        lang: Option<String>,
        /// Print a passage (default: the item's summary) with the item's citation instead, as
        /// the reader's "Copy with citation" copies it
        #[arg(long)]
        cite: bool,
        /// The passage to cite
        #[arg(long, requires = "cite")]
        passage: Option<String>,
        id: String,
    },
    /// Print every indexed document as JSON lines {id, lang, title, text, as_of}
    Corpus {
        #[arg(long, required = true)]
        json: bool,
    },
    /// Search the bundled guides
    Search {
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Only this pack (csf2, cmg3, ci, iot, practice, glossary)
        #[arg(long)]
        pack: Option<String>,
        /// Only this kind of item (function, category, subcategory, directive, sector, practice, …)
        #[arg(long)]
        kind: Option<String>,
        /// Only items concerning this sector (a ci slug)
        #[arg(long)]
        sector: Option<String>,
        /// Print a JSON array of {id, lang, title, snippet, score}, best first
        #[arg(long)]
        json: bool,
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Scores and a prioritized roadmap from an answers file (shirube.answers/2; version 1 is read too)
    Plan {
        #[arg(long)]
        answers: PathBuf,
        /// An earlier answers file: the report shows what moved since, and what was done
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        #[arg(long)]
        lang: Option<String>,
        /// md, html, json, docx or xlsx
        #[arg(long, default_value = "md")]
        format: ReportFormat,
        /// Write the report in English and Japanese (side by side in HTML)
        #[arg(long)]
        bilingual: bool,
        /// Write to FILE instead of standard output (needed for docx and xlsx)
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only the executive summary (two pages at most), without the annex
        #[arg(long)]
        summary_only: bool,
    },
    /// The questions the navigator asks for an answers file's sector and profile, in order
    Questions {
        #[arg(long)]
        answers: PathBuf,
        /// Only the quick check
        #[arg(long)]
        quick: bool,
        #[arg(long)]
        lang: Option<String>,
        /// Print `[{id, directive}]` as JSON
        #[arg(long)]
        json: bool,
    },
    /// The group's picture: a row per answers file (a group company or business unit), a column
    /// per directive and CSF function, the weakest cells marked
    Rollup {
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        #[arg(long)]
        lang: Option<String>,
        /// json, html or xlsx
        #[arg(long, default_value = "json")]
        format: RollupFormat,
        /// Write to FILE instead of standard output (needed for xlsx)
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Time index build and queries on the bundled corpus replicated N times
    Bench {
        #[arg(long, default_value_t = 1)]
        scale: usize,
        /// One query a line, optionally `en<TAB>` or `ja<TAB>` first (default: a built-in set)
        #[arg(long)]
        queries: Option<PathBuf>,
        /// Also print the result as JSON, as the last line
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let os_lang = sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_os_locale(&l));
    let outcome = match cli.command {
        Command::Check {
            dir,
            user_packs,
            lang,
        } => parse_lang(lang, os_lang).and_then(|lang| check(dir, user_packs, lang)),
        Command::Show {
            lang,
            cite,
            passage,
            id,
        } => parse_lang(lang, os_lang).and_then(|lang| match cite {
            true => show::cite(&id, passage.as_deref().unwrap_or_default(), lang),
            false => show::show(&id, lang),
        }),
        Command::Corpus { json: _ } => corpus(),
        Command::Search {
            lang,
            limit,
            pack,
            kind,
            sector,
            json,
            query,
        } => {
            // Without --lang, both languages are searched.
            let lang = lang.map(|code| parse_lang(Some(code), os_lang)).transpose();
            lang.and_then(|lang| {
                let request = SearchRequest {
                    query: query.join(" "),
                    lang,
                    limit,
                    pack,
                    kind,
                    sector,
                };
                search::search(&request, os_lang, json)
            })
        }
        Command::Plan {
            answers,
            baseline,
            lang,
            format,
            bilingual,
            output,
            summary_only,
        } => parse_lang(lang, os_lang).and_then(|lang| {
            let request = plan::PlanRequest {
                answers: &answers,
                baseline: baseline.as_deref(),
                format,
                bilingual,
                output: output.as_deref(),
                summary_only,
            };
            plan::run(&request, lang)
        }),
        Command::Questions {
            answers,
            quick,
            lang,
            json,
        } => {
            parse_lang(lang, os_lang).and_then(|lang| plan::questions(&answers, lang, quick, json))
        }
        Command::Rollup {
            files,
            lang,
            format,
            output,
        } => parse_lang(lang, os_lang)
            .and_then(|lang| rollup::run(&files, lang, format, output.as_deref())),
        Command::Bench {
            scale,
            queries,
            json,
        } => read_queries(queries, os_lang).and_then(|queries| search::bench(scale, queries, json)),
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

fn check(dir: Option<PathBuf>, user_packs: bool, lang: Lang) -> Outcome {
    let l10n = Localizer::new(lang);
    let unreadable = |dir: &Path, err: std::io::Error| {
        let detail = format!("{}: {err}", dir.display());
        l10n.format("error-guides-invalid", &Args::new().with("detail", detail))
    };
    let target = match dir {
        Some(dir) if user_packs => CheckTarget::UserPacks(dir),
        Some(dir) => CheckTarget::Folder(dir),
        None => CheckTarget::Bundled,
    };
    let (library, problems) = shirube_api::check(&target).map_err(|err| match &target {
        CheckTarget::Folder(dir) | CheckTarget::UserPacks(dir) => unreadable(dir, err),
        CheckTarget::Bundled => err.to_string(),
    })?;
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

fn read_queries(path: Option<PathBuf>, lang: Lang) -> Result<Option<String>, String> {
    let Some(path) = path else { return Ok(None) };
    std::fs::read_to_string(&path).map(Some).map_err(|err| {
        let detail = format!("{}: {err}", path.display());
        Localizer::new(lang).format("error-file-unreadable", &Args::new().with("detail", detail))
    })
}

fn corpus() -> Outcome {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in shirube_api::corpus() {
        let line = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
        if writeln!(out, "{line}").is_err() {
            break; // a closed pipe (`| head`) is not an error
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}
