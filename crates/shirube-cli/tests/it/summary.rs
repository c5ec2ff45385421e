//! `shirube plan`'s executive summary: first in every report, alone with `--summary-only`, and
//! with `--baseline` what moved and what was done since the earlier assessment.

use crate::support::shirube;

const NOW: &str = "tests/fixtures/answers/medical.shirube.json";
const EARLIER: &str = "tests/fixtures/answers/medical-earlier.shirube.json";

fn plan(args: &[&str]) -> String {
    let mut all = vec!["plan", "--answers", NOW];
    all.extend(args);
    let (code, stdout, stderr) = shirube(&all);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

#[test]
fn the_summary_comes_first_and_the_full_report_follows_as_the_annex() {
    let full = plan(&["--lang", "ja", "--format", "md"]);
    let summary_at = full.find("# サイバーセキュリティの現状と取締役会への付議事項");
    let annex_at = full.find("# 別紙：報告書の全文");
    assert!(
        matches!((summary_at, annex_at), (Some(s), Some(a)) if s < a),
        "{full}"
    );
    // The risks in business terms, from the practices' own sentences, not their IDs.
    assert!(full.contains("## 最も大きな3つのリスク"));
    assert!(full.contains("ランサムウェア被害時、主要サービスの復旧に何日かかるのか"));
    assert!(full.contains("| 事業へのリスク | 担当者 | 期限 |"));
    assert!(full.contains("## 取締役会にお願いする決定"));
    assert!(full.contains("身代金を要求された場合の会社の方針をあらかじめ決める。"));
    assert!(full.contains("## 次回の見直し"));
}

#[test]
fn summary_only_prints_the_summary_and_not_the_annex() {
    for (lang, summary, annex) in [
        ("ja", "最も大きな3つのリスク", "別紙"),
        ("en", "The three largest risks", "Annex"),
    ] {
        let md = plan(&["--lang", lang, "--format", "md", "--summary-only"]);
        assert!(md.contains(summary), "{md}");
        assert!(!md.contains(annex), "{lang}: no annex in\n{md}");
        assert!(!md.contains("practice:"), "no practice IDs in\n{md}");
        let html = plan(&["--lang", lang, "--format", "html", "--summary-only"]);
        assert!(html.contains("<svg class=\"bars\""), "the chart is inline");
        assert!(html.contains("data-testid=\"summary\""));
        assert!(
            !html.contains("<h1 class=\"report-annex\"") && !html.contains("<svg class=\"radar\"")
        );
    }
}

#[test]
fn a_baseline_shows_what_moved_and_what_was_done_since() {
    let md = plan(&["--lang", "en", "--format", "md", "--baseline", EARLIER]);
    assert!(
        md.contains(
            "Since 2026-04-20: 5 directives improved, 0 fell; the average moved +22 points."
        ),
        "{md}"
    );
    // Recommended then, at its target now: done.
    assert!(md.contains(
        "## Done since the last assessment\n\n- A cybersecurity policy set by top management"
    ));
    // The chart's table carries last time's score; the annex's tables the change.
    assert!(
        md.contains("| D1 Recognize cyber risk and set a company-wide policy | 75 | 75 | 25 |"),
        "{md}"
    );
    assert!(md.contains("Change since last time"));
    let html = plan(&["--lang", "ja", "--format", "html", "--baseline", EARLIER]);
    assert!(html.contains("前回の診断から実施済みの項目"));
    assert!(html.contains("2026-04-20から、5項目が改善し、0項目が低下しました。"));
    let json = plan(&["--format", "json", "--baseline", EARLIER]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["change"]["cmg3:D1"], 50);
}

#[test]
fn a_bad_baseline_file_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("earlier.json");
    std::fs::write(&bad, r#"{"schema":"shirube.answers/2","sector":"general","answers":{"practice:asset-inventory":9}}"#).unwrap();
    let out = dir.path().join("report.md");
    let (code, _, stderr) = shirube(&[
        "plan",
        "--lang",
        "en",
        "--answers",
        NOW,
        "--baseline",
        bad.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("earlier.json") && stderr.contains("is 9"),
        "{stderr}"
    );
    assert!(!out.exists());
    let (code, _, stderr) = shirube(&["plan", "--answers", NOW, "--baseline", "no/such.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such.json"), "{stderr}");
}
