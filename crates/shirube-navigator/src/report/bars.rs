//! The summary's chart as inline SVG: a row per directive, its name written out beside a bar
//! of its score (the number at the bar's end), the target as an amber mark with its number at
//! the right, and the earlier score as a thin grey bar under it where there is a baseline.
//! Presentation attributes only (no style attributes, no scripts), as for the radar.

use std::fmt::Write as _;

use super::html::escape;
use super::Bar;

const WIDTH: f64 = 700.0;
const LABEL: f64 = 8.0;
const LEFT: f64 = 330.0;
const SCALE: f64 = 2.8;
const TARGET_X: f64 = 690.0;
const ROW: f64 = 32.0;
const TOP: f64 = 30.0;
const SCORE: &str = "#0f4c5c";
const TARGET: &str = "#b7791f";
const BEFORE: &str = "#8a99a8";
/// English names longer than this go on two lines; Japanese names are short enough for one.
const WRAP: usize = 34;

fn x(value: u8) -> f64 {
    LEFT + f64::from(value.min(100)) * SCALE
}

/// An English name in at most two lines, broken at a space.
fn lines(name: &str) -> Vec<&str> {
    if name.chars().count() <= WRAP || !name.is_ascii() {
        return vec![name];
    }
    let cut = name[..WRAP.min(name.len())]
        .rfind(' ')
        .unwrap_or(name.len());
    vec![name[..cut].trim_end(), name[cut..].trim_start()]
}

/// `series` names the score, the target and (with a baseline) the earlier score.
pub fn svg(title: &str, series: &[String], bars: &[Bar]) -> String {
    let height = TOP + ROW * bars.len() as f64 + 22.0;
    let mut out = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
         aria-label=\"{title}\"><title>{title}</title>",
        title = escape(title)
    );
    // The legend: a swatch and a name per series.
    let mut lx = LEFT;
    for (index, name) in series.iter().enumerate() {
        let color = [SCORE, TARGET, BEFORE][index.min(2)];
        let (w, h, y) = if index == 1 {
            (4.0, 16.0, 4.0)
        } else {
            (14.0, 10.0, 7.0)
        };
        let _ = write!(
            out,
            "<rect x=\"{lx:.1}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{color}\"/>\
             <text x=\"{:.1}\" y=\"16\" font-size=\"12\" fill=\"#1b2330\">{}</text>",
            lx + w + 5.0,
            escape(name)
        );
        lx += w + 14.0 + 13.0 * name.chars().count() as f64;
    }
    let bottom = TOP + ROW * bars.len() as f64;
    for tick in [0u8, 25, 50, 75, 100] {
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{bottom}\" stroke=\"#c9d3dc\" \
             stroke-width=\"1\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" \
             fill=\"#3d4a5c\" text-anchor=\"middle\">{tick}</text>",
            bottom + 15.0,
            x = x(tick)
        );
    }
    for (index, bar) in bars.iter().enumerate() {
        let top = TOP + ROW * index as f64;
        let name = format!("{} {}", bar.code, bar.name);
        let name_lines = lines(&name);
        let first = if name_lines.len() == 1 {
            top + 20.0
        } else {
            top + 13.0
        };
        for (line, text) in name_lines.iter().enumerate() {
            let _ = write!(
                out,
                "<text x=\"{LABEL}\" y=\"{:.1}\" font-size=\"12.5\" fill=\"#1b2330\">{}</text>",
                first + 14.0 * line as f64,
                escape(text)
            );
        }
        let score_h = if bar.before.is_some() { 12.0 } else { 16.0 };
        if bar.score.is_none() {
            // Nothing asked under this directive: a dash, not a zero.
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#3d4a5c\">—</text>",
                LEFT + 4.0,
                top + 19.0
            );
        }
        if let Some(score) = bar.score {
            let _ = write!(
                out,
                "<rect x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{score_h}\" \
                 fill=\"{SCORE}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" \
                 font-weight=\"bold\" fill=\"{SCORE}\">{score}</text>",
                top + 6.0,
                x(score) - LEFT,
                x(score) + 4.0,
                top + 6.0 + score_h - 2.0,
            );
        }
        if let Some(before) = bar.before {
            let _ = write!(
                out,
                "<rect x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"7\" fill=\"{BEFORE}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#3d4a5c\">{before}</text>",
                top + 20.0,
                x(before) - LEFT,
                x(before) + 4.0,
                top + 27.0,
            );
        }
        if let Some(target) = bar.target {
            let _ = write!(
                out,
                "<line x1=\"{tx:.1}\" y1=\"{:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"{TARGET}\" \
                 stroke-width=\"3\"/><text x=\"{TARGET_X}\" y=\"{:.1}\" font-size=\"12\" \
                 font-weight=\"bold\" fill=\"{TARGET}\" text-anchor=\"end\">{target}</text>",
                top + 3.0,
                top + 29.0,
                top + 20.0,
                tx = x(target)
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_labelled_row_per_directive_and_escapes_names() {
        let bars = vec![
            Bar {
                code: "D1".into(),
                name: "Policy <and> risk".into(),
                score: Some(40),
                target: Some(75),
                before: Some(20),
            },
            Bar {
                code: "D2".into(),
                name: "Recognize cyber risk and set a company-wide policy".into(),
                score: None,
                target: Some(50),
                before: None,
            },
        ];
        let series = ["Score".into(), "Target".into(), "Last time".into()];
        let svg = svg("Scores & targets", &series, &bars);
        assert!(svg.contains("D1 Policy &lt;and&gt; risk") && !svg.contains("<and>"));
        assert!(svg.contains(">40</text>") && svg.contains(">75</text>"));
        assert!(svg.contains(">20</text>"), "the earlier score is labelled");
        assert!(svg.contains(">D2 Recognize cyber risk and set a</text>"));
        assert!(!svg.contains("style="), "presentation attributes only");
    }

    #[test]
    fn japanese_names_stay_on_one_line() {
        assert_eq!(lines("D1 サイバーリスクの認識と全社方針の策定").len(), 1);
    }
}
