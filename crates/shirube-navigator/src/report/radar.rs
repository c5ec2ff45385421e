//! A radar chart of 0–100 scores as inline SVG: presentation attributes only (no style
//! attributes, no scripts), so it prints cleanly and passes the app's strict CSP.

use std::fmt::Write as _;

use super::html::escape;

const SIZE: f64 = 300.0;
const RADIUS: f64 = 108.0;

fn point(index: usize, count: usize, fraction: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
    let center = SIZE / 2.0;
    (
        center + angle.cos() * RADIUS * fraction,
        center + angle.sin() * RADIUS * fraction,
    )
}

fn polygon(count: usize, fraction: impl Fn(usize) -> f64) -> String {
    (0..count)
        .map(|i| {
            let (x, y) = point(i, count, fraction(i));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `axes` are (label, score); a missing score is drawn at the center.
pub fn svg(title: &str, axes: &[(String, Option<u8>)]) -> String {
    let count = axes.len().max(3);
    let mut out = format!(
        "<svg class=\"radar\" viewBox=\"0 0 {SIZE} {SIZE}\" \
         role=\"img\" aria-label=\"{title}\"><title>{title}</title>",
        title = escape(title)
    );
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let _ = write!(
            out,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#c9d3dc\" stroke-width=\"1\"/>",
            polygon(count, |_| ring)
        );
    }
    for (index, (label, _)) in axes.iter().enumerate() {
        let (x, y) = point(index, count, 1.0);
        let (lx, ly) = point(index, count, 1.2);
        let _ = write!(
            out,
            "<line x1=\"150\" y1=\"150\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#c9d3dc\"/>\
             <text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\" fill=\"#1b2330\" \
             text-anchor=\"middle\" dominant-baseline=\"middle\">{}</text>",
            escape(label)
        );
    }
    let score = |i: usize| f64::from(axes.get(i).and_then(|a| a.1).unwrap_or(0)) / 100.0;
    let _ = write!(
        out,
        "<polygon points=\"{}\" fill=\"#0f4c5c\" fill-opacity=\"0.25\" stroke=\"#0f4c5c\" \
         stroke-width=\"2\"/></svg>",
        polygon(axes.len(), score)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_one_axis_per_score_and_escapes_labels() {
        let axes = vec![
            ("GV".to_owned(), Some(100)),
            ("<ID>".to_owned(), None),
            ("PR".to_owned(), Some(50)),
        ];
        let svg = svg("Functions & scores", &axes);
        assert_eq!(svg.matches("<line").count(), 3);
        assert!(svg.contains("&lt;ID&gt;") && !svg.contains("<ID>"));
        assert!(svg.contains("aria-label=\"Functions &amp; scores\""));
        // GV at 100 reaches the top of the outer ring: (150, 150 - 108).
        assert!(svg.contains("points=\"150.0,42.0 150.0,150.0"));
        assert!(!svg.contains("style="), "presentation attributes only");
    }
}
