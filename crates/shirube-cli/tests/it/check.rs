//! `shirube check` on the bundled guides and on a folder with one problem of each kind.

use crate::support::shirube;

#[test]
fn the_bundled_guides_are_clean() {
    let (code, stdout, stderr) = shirube(&["check", "--lang", "en"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("no problems"), "{stderr}");
}

#[test]
fn every_problem_is_reported_with_its_path_and_line() {
    let (code, stdout, _) = shirube(&["check", "--lang", "en", "tests/fixtures/broken"]);
    assert_eq!(code, 1);
    let dir = "tests/fixtures/broken";
    let expected = [
        "demo/bad-front/en.md:3: invalid TOML: string values must be quoted, expected literal string",
        "demo/broken-links/item.toml:2: see_also names demo:nowhere, which does not exist",
        "demo/broken-links/item.toml:3: maps names nopack:item, which does not exist",
        "demo/broken-links/item.toml:4: the parent other:thing is in another pack: an item's parent must be in its own pack",
        "demo/cycle-a/item.toml:2: following parent links from demo:cycle-a leads back to it",
        "demo/cycle-b/item.toml:2: following parent links from demo:cycle-b leads back to it",
        "demo/english-in-ja/ja.md:3: the Japanese text of summary contains no Japanese",
        "demo/english-in-ja/ja.md:6: the Japanese text of body contains no Japanese",
        "demo/good/item.toml:1: the ID demo:good duplicates demo:Good (IDs must differ in more than letter case)",
        "demo/no-japanese:1: the item has no ja.md (every item needs item.toml, en.md and ja.md)",
        "demo/unknown-kind/item.toml:1: the kind \"banana\" is not one of the kinds listed in pack.toml",
        "wrongpack/pack.toml:1: the pack id \"elsewhere\" differs from its folder \"wrongpack\"",
    ]
    .map(|line| format!("{dir}/{line}"));
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn problems_speak_japanese_when_asked() {
    let (code, stdout, stderr) = shirube(&["check", "--lang", "ja", "tests/fixtures/broken"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("demo/no-japanese:1: 項目に ja.md がありません"),
        "{stdout}"
    );
    assert!(stderr.contains("12件の問題"), "{stderr}");
}

#[test]
fn user_packs_are_checked_beside_the_bundled_guides_they_link_to() {
    let dir = "tests/fixtures/user-packs";
    let (code, stdout, _) = shirube(&["check", "--lang", "en", dir]);
    assert_eq!(code, 1, "alone, the link to csf2 has no target");
    assert!(stdout.contains("maps names csf2:ID.AM-01"), "{stdout}");
    let (code, stdout, stderr) = shirube(&["check", "--lang", "en", "--user-packs", dir]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stderr.contains("no problems"), "{stderr}");
    let (code, _, stderr) = shirube(&["check", "--user-packs", "--lang", "en", "no/such/folder"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/folder"), "{stderr}");
}

#[test]
fn a_missing_folder_and_an_unknown_language_are_clear_errors() {
    let (code, _, stderr) = shirube(&["check", "--lang", "en", "no/such/folder"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("could not be loaded") && stderr.contains("no/such/folder"),
        "{stderr}"
    );
    let (code, _, stderr) = shirube(&["show", "--lang", "fr", "csf2:GV"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("\"fr\""), "{stderr}");
}

#[test]
fn show_prints_an_item_in_either_language() {
    let (code, stdout, _) = shirube(&["show", "--lang", "en", "csf2:GV.OC-01"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("csf2:GV.OC-01  "), "{stdout}");
    assert!(stdout.contains("NIST CSWP 29"));
    let (_, japanese, _) = shirube(&["show", "--lang", "ja", "csf2:GV.OC-01"]);
    assert!(japanese.contains("出典"), "{japanese}");
    let (code, _, stderr) = shirube(&["show", "--lang", "en", "csf2:NOPE"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("csf2:NOPE"), "{stderr}");
}

#[test]
fn show_cite_prints_the_passage_with_its_citation() {
    let (code, stdout, _) = shirube(&["show", "--lang", "en", "--cite", "csf2:GV.OC-01"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with('“'), "the summary, quoted: {stdout}");
    assert!(stdout.contains("(csf2:GV.OC-01)"), "{stdout}");
    let (code, stdout, _) = shirube(&[
        "show",
        "--lang",
        "ja",
        "--cite",
        "--passage",
        "一文",
        "csf2:GV.OC-01",
    ]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("「一文」\n（出典："), "{stdout}");
    let (code, _, stderr) = shirube(&["show", "--lang", "en", "--cite", "csf2:NOPE"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("csf2:NOPE"), "{stderr}");
}

#[test]
fn corpus_prints_every_item_in_both_languages_as_json_lines() {
    let (code, stdout, _) = shirube(&["corpus", "--json"]);
    assert_eq!(code, 0);
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let en = docs.iter().filter(|d| d["lang"] == "en").count();
    let ja = docs.iter().filter(|d| d["lang"] == "ja").count();
    assert_eq!(en, ja);
    assert!(en >= 227, "{en} items");
    for doc in &docs {
        for key in ["id", "lang", "title", "text", "as_of"] {
            assert!(doc[key].is_string(), "{doc}");
        }
        let as_of = doc["as_of"].as_str().unwrap_or_default();
        assert!(
            as_of.len() == 10 && as_of.starts_with("20"),
            "as_of is YYYY-MM-DD: {doc}"
        );
    }
}

#[test]
fn the_railways_lens_keeps_backup_and_ransomware_in_the_top_five() {
    let args = [
        "search", "--lang", "ja", "--sector", "railways", "--limit", "5", "--json",
    ];
    let (code, stdout, _) = shirube(&[&args[..], &["ランサムウェア", "バックアップ"]].concat());
    assert_eq!(code, 0);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let ids: Vec<&str> = hits.iter().filter_map(|hit| hit["id"].as_str()).collect();
    for practice in [
        "practice:backup-and-restore",
        "practice:ransomware-readiness",
    ] {
        assert!(ids.contains(&practice), "{practice} not in {ids:?}");
    }
}

#[test]
fn search_json_is_an_array_of_hits_best_first() {
    let (code, stdout, _) = shirube(&[
        "search",
        "--json",
        "--lang",
        "en",
        "--limit",
        "3",
        "--",
        "ransomware",
    ]);
    assert_eq!(code, 0);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("a JSON array");
    assert!(!hits.is_empty() && hits.len() <= 3);
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    for hit in &hits {
        for key in ["id", "lang", "title", "snippet"] {
            assert!(hit[key].is_string(), "{hit}");
        }
        assert_eq!(hit["lang"], "en");
    }
    let (code, stdout, _) = shirube(&["search", "--json", "--", "-zzqq"]);
    assert_eq!((code, stdout.trim()), (0, "[]"));
}

#[test]
fn bench_prints_its_figures_as_json_last() {
    let dir = tempfile::tempdir().unwrap();
    let queries = dir.path().join("q.tsv");
    std::fs::write(&queries, "en\tbackup\nja\tバックアップ\nransomware\n").unwrap();
    let (code, stdout, _) = shirube(&["bench", "--queries", queries.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0);
    let last: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    for key in ["docs", "index_build_ms", "p50_us", "p99_us"] {
        assert!(
            last[key].as_f64().is_some_and(|v| v > 0.0),
            "{key} in {last}"
        );
    }
}

#[test]
fn plan_prints_scores_and_a_ranked_roadmap() {
    let fixture = "tests/fixtures/answers/medical.shirube.json";
    let (code, stdout, stderr) = shirube(&["plan", "--answers", fixture, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let plan: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(plan["scores"]["cmg3:D1"].as_u64().is_some_and(|s| s <= 100));
    assert!(plan["scores"]["csf2:PR"].is_u64());
    // Every directive and function has a target; medical aims for level 4 in Directive 8.
    assert_eq!(plan["targets"]["cmg3:D8"], 100);
    assert_eq!(plan["targets"]["cmg3:D1"], 75);
    assert!(plan["targets"]["csf2:RC"].is_u64());
    assert!(plan["unknown"].is_object());
    let recommendations = plan["recommendations"].as_array().unwrap();
    assert_eq!(recommendations[0]["rank"], 1);
    for recommendation in recommendations {
        assert!(recommendation["id"]
            .as_str()
            .unwrap()
            .starts_with("practice:"));
        let phase = recommendation["phase"].as_str().unwrap();
        assert!(
            ["first-90-days", "this-year", "next-year"].contains(&phase),
            "{phase}"
        );
        assert!(!recommendation["reasons"].as_array().unwrap().is_empty());
    }
    let (_, markdown, _) = shirube(&[
        "plan",
        "--answers",
        fixture,
        "--lang",
        "ja",
        "--format",
        "md",
    ]);
    // The executive summary first, the full report after it as the annex.
    assert!(markdown.starts_with("**取扱注意**"), "{markdown}");
    assert!(
        markdown.contains("\n# サイバーセキュリティのロードマップ"),
        "{markdown}"
    );
    assert!(markdown.contains("## 最初の90日"));
    let (_, html, _) = shirube(&["plan", "--answers", fixture, "--format", "html"]);
    assert!(
        html.starts_with("<!doctype html>")
            && !html.contains("<script")
            && !html.contains("http:")
            && !html.contains("https:")
            && !html.contains("url("),
        "a self-contained page that fetches nothing"
    );
    assert!(
        html.contains("<svg class=\"radar\""),
        "the radar chart is inline"
    );
    let (_, both, _) = shirube(&[
        "plan",
        "--answers",
        fixture,
        "--format",
        "html",
        "--bilingual",
    ]);
    assert!(both.contains("class=\"report bilingual\""));
    assert!(both.contains("<div class=\"report-cell\" lang=\"en\"><h1>Cybersecurity roadmap</h1></div><div class=\"report-cell\" lang=\"ja\"><h1>サイバーセキュリティのロードマップ</h1></div>"));
}

#[test]
fn plan_names_what_is_wrong_with_a_bad_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "not-json.json",
            "{\"schema\": ",
            "not a valid answers file at line 1",
        ),
        (
            "schema.json",
            r#"{"schema":"x/2","sector":"general","answers":{}}"#,
            "the schema is \"x/2\"",
        ),
        (
            "range.json",
            r#"{"schema":"shirube.answers/1","sector":"general","answers":{"practice:asset-inventory":9}}"#,
            "is 9",
        ),
    ];
    for (name, text, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let (code, _, stderr) =
            shirube(&["plan", "--lang", "en", "--answers", path.to_str().unwrap()]);
        assert_eq!(code, 2, "{name}");
        assert!(
            stderr.contains(name) && stderr.contains(expected),
            "{name}: {stderr}"
        );
    }
    let (code, _, stderr) = shirube(&["plan", "--lang", "en", "--answers", "no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("could not be read"), "{stderr}");
}

#[test]
fn questions_lists_the_quick_check_and_the_path_for_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rail.shirube.json");
    std::fs::write(
        &file,
        r#"{"schema":"shirube.answers/2","sector":"railways","profile":{"ot":true},"answers":{}}"#,
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let (code, stdout, stderr) = shirube(&["questions", "--answers", path, "--quick", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let quick: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert!((10..=14).contains(&quick.len()), "{stdout}");
    assert_eq!(quick[0]["id"], "practice:cyber-risk-policy");
    assert_eq!(quick[0]["directive"], "cmg3:D1");
    assert!(quick.iter().any(|q| q["id"] == "practice:ot-remote-access"));
    // Without --quick: the quick check, then the deep dives it suggests (railways aim higher
    // in Directives 5 and 8).
    let (_, stdout, _) = shirube(&["questions", "--answers", path, "--json"]);
    let all: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert!(all.len() > quick.len());
    assert_eq!(all[..quick.len()], quick[..]);
    assert!(all[quick.len()..]
        .iter()
        .all(|q| q["directive"] == "cmg3:D5" || q["directive"] == "cmg3:D8"));
}
