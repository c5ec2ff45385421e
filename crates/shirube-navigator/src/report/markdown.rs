//! The report as Markdown, for pasting into board papers. Both languages come one after the
//! other: a Markdown table cannot hold two columns of prose.

use std::fmt::Write as _;

use super::{blocks, Block, ReportInput, ReportLang, ScoreRow};
use shirube_guides::l10n::Localizer;

pub fn markdown(input: &ReportInput, langs: ReportLang) -> String {
    langs
        .langs()
        .iter()
        .map(|&lang| one_language(input, &Localizer::new(lang)))
        .collect::<Vec<_>>()
        .join("\n---\n\n")
}

/// Markdown that a table cell or list item can hold: one line, no stray table bars.
fn inline(text: &str) -> String {
    text.replace(['\n', '\r'], " ").replace('|', "\\|")
}

fn one_language(input: &ReportInput, l10n: &Localizer) -> String {
    let mut out = String::new();
    for block in blocks(input, l10n) {
        match block {
            Block::Title(title) => {
                let _ = writeln!(out, "# {}\n", inline(&title));
            }
            Block::Facts(facts) => {
                for (name, value) in facts {
                    let _ = writeln!(out, "- {}: {}", inline(&name), inline(&value));
                }
            }
            Block::Heading(heading) => {
                let _ = writeln!(out, "\n## {}\n", inline(&heading));
            }
            Block::Scores {
                heading,
                head,
                rows,
                ..
            } => {
                let _ = writeln!(out, "### {}\n", inline(&heading));
                score_row(&mut out, &head);
                let columns = if head.change.is_some() { 4 } else { 3 };
                let _ = writeln!(out, "|---|{}", "---:|".repeat(columns));
                for row in &rows {
                    score_row(&mut out, row);
                }
                out.push('\n');
            }
            Block::List(heading, items) => {
                let _ = writeln!(out, "#### {}\n", inline(&heading));
                for item in &items {
                    let _ = writeln!(out, "- {}", inline(item));
                }
                out.push('\n');
            }
            Block::Practice(practice) => {
                let _ = writeln!(
                    out,
                    "### {}\n\n{}\n",
                    inline(&practice.heading),
                    inline(&practice.summary)
                );
                for (heading, items) in [
                    &practice.reasons,
                    &practice.first_steps,
                    &practice.questions,
                ] {
                    if items.is_empty() {
                        continue;
                    }
                    let _ = writeln!(out, "**{}**\n", inline(heading));
                    for item in items {
                        let _ = writeln!(out, "- {}", inline(item));
                    }
                    out.push('\n');
                }
                if let Some((heading, note)) = &practice.note {
                    let _ = writeln!(out, "**{}** {}\n", inline(heading), inline(note));
                }
            }
            Block::Appendix(items) => {
                for cited in items {
                    let _ = writeln!(
                        out,
                        "- **{}** {}: {} ({})",
                        cited.id,
                        inline(&cited.title),
                        inline(&cited.summary),
                        inline(&cited.as_of)
                    );
                }
            }
            Block::Closing(text) => {
                let _ = writeln!(out, "\n---\n\n{}", inline(&text));
            }
        }
    }
    out
}

/// One row of a scores table.
fn score_row(out: &mut String, row: &ScoreRow) {
    let mut cells = vec![&row.name, &row.score, &row.target, &row.unknown];
    cells.extend(row.change.as_ref());
    let cells: Vec<String> = cells.into_iter().map(|c| inline(c)).collect();
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}
