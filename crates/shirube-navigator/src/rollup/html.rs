//! The group's picture as a self-contained HTML page: the report's stylesheet and escaping, a
//! table a screen reader can walk (row and column headers), and every mark said in text as well
//! as in colour, with the rule and the columns' titles spelled out under it.

use std::fmt::Write as _;

use super::{Rollup, RollupCell, FAR_BELOW};
use crate::report::{escape, running_head, STYLESHEET};
use shirube_guides::l10n::{Args, Localizer};

/// The text marks beside a marked score; colour alone would not reach everyone.
pub const MARK_LOWEST: &str = "▼";
pub const MARK_FAR_BELOW: &str = "!";

/// The marks a cell carries, as text (`▼!`, `▼`, `!` or nothing).
pub fn marks(cell: &RollupCell) -> String {
    let mut marks = String::new();
    if cell.lowest {
        marks.push_str(MARK_LOWEST);
    }
    if cell.far_below {
        marks.push_str(MARK_FAR_BELOW);
    }
    marks
}

/// The whole page, in `l10n`'s language: what `shirube rollup --format html` prints and the
/// app saves.
pub fn html_page(rollup: &Rollup, l10n: &Localizer) -> String {
    let title = l10n.text("rollup-title");
    let lang = l10n.lang().code();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{STYLESHEET}{}@page{{size:A4 landscape}}</style></head>\
         <body><article class=\"report rollup\" lang=\"{lang}\"><h1>{}</h1>{}</article></body></html>\n",
        escape(&title),
        running_head(&title, l10n),
        escape(&title),
        body(rollup, l10n)
    )
}

fn body(rollup: &Rollup, l10n: &Localizer) -> String {
    let count = Args::new().with("count", rollup.units.len().to_string());
    let mut out = format!("<p>{}</p>", escape(&l10n.format("rollup-lead", &count)));
    matrix(&mut out, rollup, l10n);
    let far = Args::new().with("points", FAR_BELOW.to_string());
    let _ = write!(
        out,
        "<h2>{}</h2><ul class=\"rollup-legend\"><li><span class=\"rollup-mark\">{MARK_LOWEST}</span> {}</li>\
         <li><span class=\"rollup-mark\">{MARK_FAR_BELOW}</span> {}</li><li>{}</li></ul><dl class=\"report-appendix\">",
        escape(&l10n.text("rollup-legend")),
        escape(&l10n.text("rollup-rule-lowest")),
        escape(&l10n.format("rollup-rule-far-below", &far)),
        escape(&l10n.text("rollup-rule-unknown")),
    );
    for column in &rollup.columns {
        let _ = write!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&column.label),
            escape(&column.title)
        );
    }
    out.push_str("</dl>");
    out
}

fn matrix(out: &mut String, rollup: &Rollup, l10n: &Localizer) {
    let directives = rollup.columns.iter().filter(|c| !c.function).count();
    let functions = rollup.columns.len() - directives;
    let _ = write!(
        out,
        "<table class=\"rollup-matrix\"><thead><tr><th rowspan=\"2\" scope=\"col\">{}</th>\
         <th rowspan=\"2\" scope=\"col\">{}</th><th colspan=\"{directives}\" scope=\"colgroup\">{}</th>\
         <th colspan=\"{functions}\" scope=\"colgroup\">{}</th><th rowspan=\"2\" scope=\"col\">{}</th></tr><tr>",
        escape(&l10n.text("rollup-unit")),
        escape(&l10n.text("plan-sector")),
        escape(&l10n.text("plan-scores-directives")),
        escape(&l10n.text("plan-scores-functions")),
        escape(&l10n.text("plan-score-unknown")),
    );
    for column in &rollup.columns {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"num\"><abbr title=\"{}\">{}</abbr></th>",
            escape(&column.title),
            escape(&column.label)
        );
    }
    out.push_str("</tr></thead><tbody>");
    for unit in &rollup.units {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td>",
            escape(&unit.name),
            escape(&unit.sector)
        );
        for cell in &unit.cells {
            score_cell(out, cell, l10n);
        }
        let _ = write!(out, "<td class=\"num\">{}</td></tr>", unit.unknowns);
    }
    out.push_str("</tbody></table>");
}

fn score_cell(out: &mut String, cell: &RollupCell, l10n: &Localizer) {
    let mut class = String::from("num");
    let mut said = vec![l10n.format(
        "rollup-cell-target",
        &Args::new().with("target", cell.target.to_string()),
    )];
    if cell.lowest {
        class.push_str(" rollup-lowest");
        said.push(l10n.text("rollup-said-lowest"));
    }
    if cell.far_below {
        class.push_str(" rollup-far-below");
        said.push(l10n.text("rollup-said-far-below"));
    }
    let score = cell
        .score
        .map_or_else(|| l10n.text("rollup-no-score"), |s| s.to_string());
    let marks = marks(cell);
    let _ = write!(
        out,
        "<td class=\"{class}\" title=\"{}\">{}",
        escape(&said.join(" / ")),
        escape(&score)
    );
    if !marks.is_empty() {
        let _ = write!(out, " <span class=\"rollup-mark\">{marks}</span>");
    }
    out.push_str("</td>");
}
