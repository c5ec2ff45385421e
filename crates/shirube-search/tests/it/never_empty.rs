//! A searcher never sees an empty list when words of the query plainly occur: a last pass lets
//! any word or bigram match, and a one-word typo is corrected from the corpus's own words.

use std::sync::OnceLock;

use shirube_guides::{Lang, Library};
use shirube_search::{SearchIndex, SearchRequest};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&Library::bundled().0).unwrap())
}

fn top(query: &str, lang: Lang, pack: Option<&str>) -> Vec<String> {
    let request = SearchRequest {
        query: query.to_owned(),
        lang: Some(lang),
        limit: 5,
        pack: pack.map(str::to_owned),
        ..Default::default()
    };
    index()
        .search(&request)
        .into_iter()
        .map(|hit| hit.id.to_string())
        .collect()
}

#[test]
fn joho_kaiji_finds_the_disclosure_directive_and_practice() {
    // 情報開示 occurs nowhere as one word; 情報 and 開示 occur apart.
    let found = top("情報開示", Lang::Ja, None);
    assert!(found.contains(&"cmg3:D10".to_owned()), "{found:?}");
    assert!(
        found.contains(&"practice:security-disclosure".to_owned()),
        "{found:?}"
    );
}

#[test]
fn yuji_no_taisei_finds_the_emergency_and_response_structure() {
    // 有事 occurs nowhere; the structure for a crisis is what is meant.
    let found = top("有事の体制", Lang::Ja, None);
    assert!(!found.is_empty());
    let relevant = [
        "cmg3:D8",
        "cmg3:D2",
        "csf2:PR.IR-03",
        "cmg3:P3",
        "practice:csirt",
    ];
    assert!(
        found.iter().any(|id| relevant.contains(&id.as_str())),
        "{found:?}"
    );
}

#[test]
fn a_one_word_typo_is_corrected_with_or_without_a_pack() {
    let anywhere = top("protecton", Lang::En, None);
    assert!(anywhere.contains(&"csf2:PR".to_owned()), "{anywhere:?}");
    let in_csf2 = top("protecton", Lang::En, Some("csf2"));
    assert!(!in_csf2.is_empty() && in_csf2.iter().all(|id| id.starts_with("csf2:")));
    assert!(in_csf2.contains(&"csf2:PR".to_owned()), "{in_csf2:?}");
    let typed = top("ransomwre", Lang::En, None);
    assert!(
        typed.contains(&"practice:ransomware-readiness".to_owned()),
        "{typed:?}"
    );
}

#[test]
fn a_known_word_is_not_corrected_into_another() {
    // "patch" is in the corpus; "match" and "batch", one letter away, must not join it. (Its
    // glossary synonyms パッチ and 修正プログラム may.)
    let request = SearchRequest {
        query: "patch ".to_owned(),
        lang: Some(Lang::En),
        limit: 10,
        ..Default::default()
    };
    for hit in index().search(&request) {
        let marked: Vec<String> = hit
            .snippet
            .iter()
            .chain(&hit.title)
            .filter(|s| s.hit)
            .map(|s| s.text.to_lowercase())
            .collect();
        let english = marked.iter().filter(|word| word.is_ascii());
        assert!(
            english.clone().all(|word| word.starts_with("patch")),
            "{marked:?}"
        );
    }
}
