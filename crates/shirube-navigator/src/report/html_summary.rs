//! The executive summary as HTML: two A4 pages at most when printed, every text escaped.

use std::fmt::Write as _;

use super::html::escape;
use super::{bars, Summary, SummaryTable};

fn paragraphs(out: &mut String, (heading, lines): &(String, Vec<String>)) {
    let _ = write!(out, "<h2>{}</h2>", escape(heading));
    for line in lines {
        let _ = write!(out, "<p>{}</p>", escape(line));
    }
}

/// A table of (text, roadmap item) rows with empty cells to fill in after them.
fn fill_in_table(out: &mut String, class: &str, table: &SummaryTable) {
    let _ = write!(out, "<h2>{}</h2>", escape(&table.heading));
    if table.rows.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&table.none));
        return;
    }
    let mut columns = table.columns();
    let _ = write!(
        out,
        "<table class=\"summary-table {class}\"><thead><tr><th class=\"summary-what\">{}</th>",
        escape(columns.next().unwrap_or_default())
    );
    for title in columns {
        let _ = write!(out, "<th class=\"summary-fill\">{}</th>", escape(title));
    }
    out.push_str("</tr></thead><tbody>");
    for (text, item) in &table.rows {
        let _ = write!(
            out,
            "<tr><td>{}<span class=\"summary-from\">{}</span></td>",
            escape(text),
            escape(item)
        );
        for _ in 0..table.blanks {
            out.push_str("<td class=\"summary-fill\"></td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

pub fn summary(summary: &Summary) -> String {
    let mut out = format!(
        "<section class=\"report-summary\" data-testid=\"summary\">\
         <p class=\"summary-mark\">{}</p><h1>{}</h1><table class=\"summary-head\"><tr>",
        escape(&summary.confidential),
        escape(&summary.title)
    );
    for (index, (name, value)) in summary.header.iter().enumerate() {
        if index == 2 {
            out.push_str("</tr><tr>");
        }
        let class = if value.is_empty() {
            " class=\"summary-fill\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<th>{}</th><td{class}>{}</td>",
            escape(name),
            escape(value)
        );
    }
    out.push_str("</tr></table>");
    paragraphs(&mut out, &summary.picture);
    if let Some((heading, done)) = &summary.done {
        let _ = write!(
            out,
            "<h2>{}</h2><ul class=\"summary-done\">",
            escape(heading)
        );
        for title in done {
            let _ = write!(out, "<li>{}</li>", escape(title));
        }
        if done.is_empty() {
            out.push_str("<li>—</li>");
        }
        out.push_str("</ul>");
    }
    paragraphs(&mut out, &summary.basis);
    for (class, table) in ["summary-risks", "summary-decisions"]
        .into_iter()
        .zip(summary.tables())
    {
        fill_in_table(&mut out, class, table);
    }
    let chart = &summary.chart;
    let _ = write!(
        out,
        "<figure class=\"summary-chart\"><figcaption>{}</figcaption>{}</figure>",
        escape(&chart.heading),
        bars::svg(&chart.heading, &chart.series, &chart.bars)
    );
    let (heading, next) = &summary.next_review;
    let _ = write!(
        out,
        "<h2>{}</h2><p class=\"summary-next\">{}</p></section>",
        escape(heading),
        escape(next)
    );
    out
}
