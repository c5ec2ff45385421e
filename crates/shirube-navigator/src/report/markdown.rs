//! The report as Markdown, for pasting into board papers. Both languages come one after the
//! other: a Markdown table cannot hold two columns of prose.

use std::fmt::Write as _;

use super::{blocks, Block, ReportInput, ReportLang, ScoreRow, Summary};
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
            Block::Summary(summary) => self::summary(&mut out, &summary),
            Block::Annex(heading) => {
                let _ = writeln!(out, "\n---\n\n# {}\n", inline(&heading));
            }
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

/// A table's header and rule; `right` numbers of the columns sit right.
fn table_head(out: &mut String, head: &[&str], right: usize) {
    let cells: Vec<String> = head.iter().map(|c| inline(c)).collect();
    let _ = writeln!(out, "| {} |", cells.join(" | "));
    let left = head.len() - right;
    let _ = writeln!(out, "|{}{}", "---|".repeat(left), "---:|".repeat(right));
}

/// The executive summary: the chart as a table of the same numbers, and the risks and
/// decisions with empty columns to fill in.
fn summary(out: &mut String, summary: &Summary) {
    let _ = writeln!(out, "**{}**\n", inline(&summary.confidential));
    let _ = writeln!(out, "# {}\n", inline(&summary.title));
    for (name, value) in &summary.header {
        let value = if value.is_empty() {
            "＿＿＿＿＿＿"
        } else {
            value
        };
        let _ = writeln!(out, "- {}: {}", inline(name), inline(value));
    }
    let section = |out: &mut String, heading: &str, lines: &[String]| {
        let _ = writeln!(out, "\n## {}\n", inline(heading));
        for line in lines {
            let _ = writeln!(out, "{}\n", inline(line));
        }
    };
    section(out, &summary.picture.0, &summary.picture.1);
    if let Some((heading, done)) = &summary.done {
        let _ = writeln!(out, "\n## {}\n", inline(heading));
        for title in done {
            let _ = writeln!(out, "- {}", inline(title));
        }
    }
    section(out, &summary.basis.0, &summary.basis.1);
    for table in summary.tables() {
        let _ = writeln!(out, "\n## {}\n", inline(&table.heading));
        if table.rows.is_empty() {
            let _ = writeln!(out, "{}\n", inline(&table.none));
            continue;
        }
        table_head(out, &table.columns().collect::<Vec<_>>(), 0);
        for (text, item) in &table.rows {
            let _ = writeln!(
                out,
                "| {} ({}) |{}",
                inline(text),
                inline(item),
                "  |".repeat(table.blanks)
            );
        }
    }
    let chart = &summary.chart;
    let _ = writeln!(out, "\n## {}\n", inline(&chart.heading));
    let mut head = vec![""];
    head.extend(chart.series.iter().map(String::as_str));
    table_head(out, &head, chart.series.len());
    let number = |value: Option<u8>| value.map_or_else(String::new, |v| v.to_string());
    for bar in &chart.bars {
        let mut cells = vec![
            format!("{} {}", bar.code, inline(&bar.name)),
            number(bar.score),
            number(bar.target),
        ];
        if chart.series.len() > 2 {
            cells.push(number(bar.before));
        }
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    let (heading, next) = &summary.next_review;
    let _ = writeln!(out, "\n## {}\n\n{}\n", inline(heading), inline(next));
}
