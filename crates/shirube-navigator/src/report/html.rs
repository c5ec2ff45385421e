//! The report as HTML: a body the app shows as it is, and a whole page (inline CSS and SVG,
//! no scripts, nothing fetched) that opens in any browser and prints to clean A4 pages.
//! Every text is escaped here: guide text is untrusted, even in a report.

use std::fmt::Write as _;

use super::{
    blocks, html_summary, part_blocks, radar, Block, Part, ReportInput, ReportLang, ScoreRow,
};
use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::Lang;

/// The report's styles, screen and print; the app's UI imports the same file.
pub const STYLESHEET: &str = include_str!("report.css");

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The report's content, inside `<article class="report">`. With both languages, every part
/// sits in a row of two columns, English beside Japanese.
pub fn html_body(input: &ReportInput, langs: ReportLang) -> String {
    let rendered: Vec<(Lang, Vec<String>)> = langs
        .langs()
        .iter()
        .map(|&lang| {
            let parts = blocks(input, &Localizer::new(lang))
                .iter()
                .map(block)
                .collect();
            (lang, parts)
        })
        .collect();
    let class = if rendered.len() > 1 {
        "report bilingual"
    } else {
        "report"
    };
    let mut out = format!("<article class=\"{class}\">");
    let parts = rendered.first().map_or(0, |(_, parts)| parts.len());
    for index in 0..parts {
        out.push_str("<div class=\"report-row\">");
        for (lang, parts) in &rendered {
            let _ = write!(
                out,
                "<div class=\"report-cell\" lang=\"{}\">{}</div>",
                lang.code(),
                parts[index]
            );
        }
        out.push_str("</div>");
    }
    out.push_str("</article>");
    out
}

/// One part of the document in one language, for the app's results and roadmap screens.
pub fn html_part(input: &ReportInput, lang: Lang, part: Part) -> String {
    let blocks = part_blocks(input, &Localizer::new(lang), part);
    let body: String = blocks.iter().map(block).collect();
    format!(
        "<div class=\"report report-part\" lang=\"{}\">{body}</div>",
        lang.code()
    )
}

/// A whole HTML document: what `shirube plan --format html` prints and the app saves.
pub fn html_page(input: &ReportInput, langs: ReportLang) -> String {
    let first = langs.langs()[0];
    let l10n = Localizer::new(first);
    let title = l10n.text("plan-report-title");
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{STYLESHEET}{}</style></head><body>{}</body></html>\n",
        first.code(),
        escape(&title),
        running_head(&title, &l10n),
        html_body(input, langs)
    )
}

/// The title at the top of every printed page and "page x of y" at the bottom, as page margin
/// boxes (Chromium prints them; WebKit ignores them, and its print dialog offers its own).
pub(crate) fn running_head(title: &str, l10n: &Localizer) -> String {
    let mark = l10n.text("summary-confidential");
    const PAGE: &str = "\u{E000}";
    const PAGES: &str = "\u{E001}";
    let args = Args::new().with("page", PAGE).with("pages", PAGES);
    let page_of = css_string(&l10n.format("plan-page-of", &args))
        .replace(PAGE, "\" counter(page) \"")
        .replace(PAGES, "\" counter(pages) \"");
    format!(
        "@page{{@top-left{{content:{};font:bold 9pt sans-serif;color:#9b2c2c}}\
         @top-right{{content:{};font:9pt sans-serif;color:#3d4a5c}}\
         @bottom-center{{content:{page_of};font:9pt sans-serif;color:#3d4a5c}}}}",
        css_string(&mark),
        css_string(title)
    )
}

/// A quoted CSS string: nothing in it can end the string, the rule or the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '{' | '}' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One row of a scores table: the item, then its numbers right-aligned.
fn score_row(out: &mut String, row: &ScoreRow, cell: &str) {
    let _ = write!(out, "<tr><{cell}>{}</{cell}>", escape(&row.name));
    let numbers = [
        ("score", Some(&row.score)),
        ("score-target", Some(&row.target)),
        ("score-unknown", Some(&row.unknown)),
        ("score-change", row.change.as_ref()),
    ];
    for (testid, value) in numbers {
        if let Some(value) = value {
            let _ = write!(
                out,
                "<{cell} class=\"num\" data-testid=\"{testid}\">{}</{cell}>",
                escape(value)
            );
        }
    }
    out.push_str("</tr>");
}

fn list(out: &mut String, tag: &str, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h4>{}</h4><{tag}>", escape(heading));
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    let _ = write!(out, "</{tag}>");
}

fn block(block: &Block) -> String {
    let mut out = String::new();
    match block {
        Block::Summary(summary) => out.push_str(&html_summary::summary(summary)),
        Block::Annex(heading) => {
            let _ = write!(out, "<h1 class=\"report-annex\">{}</h1>", escape(heading));
        }
        Block::Title(title) => {
            let _ = write!(out, "<h1>{}</h1>", escape(title));
        }
        Block::Facts(facts) => {
            out.push_str("<dl class=\"report-facts\">");
            for (name, value) in facts {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(name), escape(value));
            }
            out.push_str("</dl>");
        }
        Block::Heading(heading) => {
            let _ = write!(out, "<h2>{}</h2>", escape(heading));
        }
        Block::Scores {
            heading,
            radar: axes,
            head,
            rows,
        } => {
            let _ = write!(
                out,
                "<section class=\"report-scores\"><h3>{}</h3>{}<table><thead>",
                escape(heading),
                radar::svg(heading, axes),
            );
            score_row(&mut out, head, "th");
            out.push_str("</thead><tbody>");
            for row in rows {
                score_row(&mut out, row, "td");
            }
            out.push_str("</tbody></table></section>");
        }
        Block::List(heading, items) => {
            out.push_str("<section class=\"report-list\">");
            list(&mut out, "ul", heading, items);
            out.push_str("</section>");
        }
        Block::Practice(practice) => {
            let _ = write!(
                out,
                "<section class=\"report-practice\" data-practice=\"{}\"><h3>{}</h3><p>{}</p>",
                escape(practice.id.as_str()),
                escape(&practice.heading),
                escape(&practice.summary)
            );
            list(&mut out, "ul", &practice.reasons.0, &practice.reasons.1);
            list(
                &mut out,
                "ol",
                &practice.first_steps.0,
                &practice.first_steps.1,
            );
            list(&mut out, "ul", &practice.questions.0, &practice.questions.1);
            if let Some((heading, note)) = &practice.note {
                let _ = write!(
                    out,
                    "<p class=\"report-note\"><strong>{}</strong> {}</p>",
                    escape(heading),
                    escape(note)
                );
            }
            out.push_str("</section>");
        }
        Block::Appendix(items) => {
            out.push_str("<dl class=\"report-appendix\">");
            for cited in items {
                let _ = write!(
                    out,
                    "<dt><code>{}</code> {}</dt><dd>{} <span class=\"report-as-of\">({})</span></dd>",
                    escape(&cited.id),
                    escape(&cited.title),
                    escape(&cited.summary),
                    escape(&cited.as_of)
                );
            }
            out.push_str("</dl>");
        }
        Block::Closing(text) => {
            let _ = write!(out, "<p class=\"report-closing\">{}</p>", escape(text));
        }
    }
    out
}
