//! Answers files come from other people's laptops (workshop participants), so their free text is
//! untrusted: in the board report, which the app shows as HTML, it must arrive as text.

use crate::support::shirube;

const HOSTILE: &str =
    r#"<script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>"#;

#[test]
fn free_text_from_an_answers_file_is_escaped_in_the_html_report() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("hostile.shirube.json");
    let file = serde_json::json!({
        "schema": "shirube.answers/1",
        "name": HOSTILE,
        "sector": "medical",
        "profile": { "size": HOSTILE, "ot": false, "iot": false },
        "answers": { "practice:asset-inventory": 1 }
    });
    std::fs::write(&answers, file.to_string()).unwrap();
    let answers = answers.to_str().expect("a UTF-8 temporary path");
    let (code, html, stderr) = shirube(&[
        "plan",
        "--lang",
        "en",
        "--format",
        "html",
        "--answers",
        answers,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text is shown, escaped: {html}"
    );
    let lower = html.to_lowercase();
    for active in [
        "<script",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "<link",
        "<form",
        "<base",
        "href=\"javascript:",
    ] {
        assert!(!lower.contains(active), "{active} in the report");
    }
    let handler = event_handler(&lower);
    assert!(handler.is_none(), "an event handler attribute: {handler:?}");
}

/// The first ` on…=` attribute inside a tag, if any.
fn event_handler(html: &str) -> Option<String> {
    html.split('<').skip(1).find_map(|tag| {
        let inside = tag.split('>').next().unwrap_or_default();
        inside
            .split_whitespace()
            .skip(1)
            .find(|attribute| attribute.starts_with("on") && attribute.contains('='))
            .map(str::to_owned)
    })
}
