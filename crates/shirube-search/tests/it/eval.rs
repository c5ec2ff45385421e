//! Search quality on our own evaluation set: realistic queries in both languages, typos,
//! full-width input and prefixes (`eval.tsv`), and sector lenses, synonyms and loosely worded
//! queries (`eval-lens.tsv`, whose rows may name a sector as a fourth column), each with the
//! items a good answer must contain.
//! success@5 = share of queries with an expected item among the first five results.

use shirube_guides::{ItemId, Lang, Library};
use shirube_search::{SearchIndex, SearchRequest};

const EVAL: [&str; 2] = [
    include_str!("../eval.tsv"),
    include_str!("../eval-lens.tsv"),
];
const REQUIRED_SUCCESS_AT_5: f64 = 0.95;

struct Case {
    lang: Lang,
    query: String,
    expected: Vec<ItemId>,
    sector: Option<String>,
}

fn cases() -> Vec<Case> {
    EVAL.iter()
        .flat_map(|file| file.lines())
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let parts: Vec<&str> = line.split('\t').collect();
            assert!(matches!(parts.len(), 3 | 4), "eval: {line:?}");
            Case {
                lang: Lang::from_code(parts[0]).expect("en or ja"),
                query: parts[1].to_owned(),
                expected: parts[2]
                    .split(',')
                    .map(|id| ItemId::parse(id.trim()).expect("an item ID"))
                    .collect(),
                sector: parts.get(3).map(|s| s.trim().to_owned()),
            }
        })
        .collect()
}

#[test]
fn every_expected_item_exists() {
    let (library, _) = Library::bundled();
    for case in cases() {
        for id in &case.expected {
            assert!(
                library.item(id).is_some(),
                "{} expects {id}, which does not exist",
                case.query
            );
        }
    }
}

#[test]
fn success_at_5_holds_in_each_language() {
    let (library, _) = Library::bundled();
    let index = SearchIndex::build(&library).unwrap();
    let mut report = String::new();
    for lang in Lang::ALL {
        let cases: Vec<Case> = cases().into_iter().filter(|c| c.lang == lang).collect();
        assert!(cases.len() >= 30, "{lang}: only {} queries", cases.len());
        let mut failed = Vec::new();
        for case in &cases {
            let request = SearchRequest {
                query: case.query.clone(),
                lang: Some(lang),
                limit: 5,
                sector: case.sector.clone(),
                ..Default::default()
            };
            let found: Vec<ItemId> = index
                .search(&request)
                .into_iter()
                .map(|hit| hit.id)
                .collect();
            if !case.expected.iter().any(|id| found.contains(id)) {
                failed.push(format!("{:?} → {:?}", case.query, found));
            }
        }
        let success = 1.0 - failed.len() as f64 / cases.len() as f64;
        report.push_str(&format!(
            "{lang}: success@5 = {success:.3} ({} queries)\n",
            cases.len()
        ));
        for failure in &failed {
            report.push_str(&format!("  missed {failure}\n"));
        }
        if success < REQUIRED_SUCCESS_AT_5 {
            report.push_str("  BELOW THE REQUIRED 0.95\n");
        }
    }
    println!("{report}");
    assert!(!report.contains("BELOW"), "{report}");
}
