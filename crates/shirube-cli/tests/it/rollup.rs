//! `shirube rollup` over five sample group companies (tests/fixtures/answers): the matrix has the
//! right cells and marks; a bad file among good ones is named, in English and Japanese, and
//! nothing is written.

use serde_json::Value;

use crate::support::shirube;

/// Five group companies of different sectors and levels: a holding's head office (3, its
/// technical measures at 4), a railway with control systems (2, incident response at 4), a
/// hospital that does not know its governance (3, D1 and D2 "unknown"), a card company with no
/// name but its own (`name`, schema 1; 4, its supply chain at 1), and a logistics firm with
/// neither (schema 1; 1 everywhere): it is named after its file.
const GROUP: [&str; 5] = [
    "tests/fixtures/answers/hq.shirube.json",
    "tests/fixtures/answers/rail.shirube.json",
    "tests/fixtures/answers/hospital.shirube.json",
    "tests/fixtures/answers/finance.shirube.json",
    "tests/fixtures/answers/logistics-east.shirube.json",
];

fn rollup(extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["rollup"];
    args.extend(GROUP);
    args.extend(extra);
    shirube(&args)
}

/// `(score, marks)` of one unit's cell, the marks as the page shows them (`▼`, `!`).
fn cell(matrix: &Value, unit: usize, id: &str) -> (Option<u64>, String) {
    let columns = matrix["columns"].as_array().unwrap();
    let column = columns.iter().position(|c| c["id"] == id).unwrap();
    let cell = &matrix["units"][unit]["cells"][column];
    let mut marks = String::new();
    if cell["lowest"] == true {
        marks.push('▼');
    }
    if cell["far_below"] == true {
        marks.push('!');
    }
    (cell["score"].as_u64(), marks)
}

#[test]
fn five_group_companies_make_the_right_matrix() {
    let (code, stdout, stderr) = rollup(&["--lang", "en"]);
    assert_eq!(code, 0, "{stderr}");
    let matrix: Value = serde_json::from_str(&stdout).unwrap();
    let names: Vec<&str> = matrix["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "丸の内ホールディングス 本社",
            "丸の内鉄道",
            "Marunouchi General Hospital",
            "Marunouchi Card & Finance",
            "logistics-east"
        ]
    );
    let labels: Vec<&str> = matrix["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.len(), 16);
    assert_eq!(
        (labels[0], labels[9], labels[10], labels[15]),
        ("D1", "D10", "GV", "RC")
    );

    let (hq, rail, hospital, finance, logistics) = (0, 1, 2, 3, 4);
    // The head office: level 3 meets the default target; nothing is weak.
    assert_eq!(cell(&matrix, hq, "cmg3:D1"), (Some(75), String::new()));
    assert_eq!(cell(&matrix, hq, "cmg3:D5"), (Some(100), String::new()));
    // "Don't know" counts as 0: the hospital's governance is the group's lowest, and far below.
    assert_eq!(cell(&matrix, hospital, "cmg3:D1"), (Some(0), "▼!".into()));
    assert_eq!(cell(&matrix, hospital, "cmg3:D2"), (Some(0), "▼!".into()));
    assert_eq!(matrix["units"][hospital]["unknowns"], 4);
    // The sector's own target (medical D5 and D8 at level 4): 75 is one level short.
    assert_eq!(cell(&matrix, hospital, "cmg3:D5"), (Some(75), "!".into()));
    assert_eq!(
        cell(&matrix, hospital, "cmg3:D3"),
        (Some(75), String::new())
    );
    // Level 2 is one level below the default target: far below, but not the lowest.
    assert_eq!(cell(&matrix, rail, "cmg3:D1"), (Some(50), "!".into()));
    assert_eq!(cell(&matrix, rail, "cmg3:D7"), (Some(100), String::new()));
    // A tie for the lowest marks both.
    assert_eq!(cell(&matrix, finance, "cmg3:D9"), (Some(25), "▼!".into()));
    assert_eq!(cell(&matrix, logistics, "cmg3:D9"), (Some(25), "▼!".into()));
    assert_eq!(
        cell(&matrix, finance, "cmg3:D1"),
        (Some(100), String::new())
    );
    assert_eq!(cell(&matrix, logistics, "csf2:GV"), (Some(25), "▼!".into()));
    assert_eq!(matrix["units"][logistics]["unknowns"], 0);
}

#[test]
fn the_html_page_marks_cells_in_text_in_both_languages() {
    for (lang, title, lowest) in [
        ("en", "The group's picture", "lowest in the group"),
        ("ja", "グループ全体の状況", "グループで最も低い"),
    ] {
        let (code, page, stderr) = rollup(&["--format", "html", "--lang", lang]);
        assert_eq!(code, 0, "{stderr}");
        assert!(page.contains(&title.replace('\'', "&#39;")), "{lang}");
        assert!(page.contains("丸の内鉄道") && page.contains("logistics-east"));
        assert!(
            page.contains("<span class=\"rollup-mark\">▼!</span>"),
            "{lang}"
        );
        assert!(page.contains(lowest), "{lang}");
        assert!(page.contains("Marunouchi Card &amp; Finance"), "escaped");
        assert!(!page.contains("<script"), "{lang}");
    }
}

#[test]
fn a_bad_file_among_good_ones_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kansai.shirube.json");
    std::fs::write(
        &bad,
        r#"{"schema":"shirube.answers/9","sector":"general","profile":{},"answers":{}}"#,
    )
    .unwrap();
    let output = dir.path().join("group.xlsx");
    for (lang, reason) in [("en", "the schema is"), ("ja", "スキーマ")] {
        let (code, stdout, stderr) = shirube(&[
            "rollup",
            GROUP[0],
            bad.to_str().unwrap(),
            GROUP[1],
            "--lang",
            lang,
            "--format",
            "xlsx",
            "--output",
            output.to_str().unwrap(),
        ]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
        assert!(stderr.contains(bad.to_str().unwrap()), "{lang}: {stderr}");
        assert!(stderr.contains(reason), "{lang}: {stderr}");
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the bad file itself: {left:?}");
}

#[test]
fn a_workbook_needs_an_output_file() {
    let (code, stdout, stderr) = rollup(&["--format", "xlsx", "--lang", "en"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("--output"), "{stderr}");
}
