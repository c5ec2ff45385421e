//! Any input is a valid query, filters narrow results, and hits carry what the UI shows.

use std::sync::OnceLock;

use shirube_guides::{Lang, Library};
use shirube_search::{SearchIndex, SearchRequest};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&Library::bundled().0).unwrap())
}

fn search(query: &str, lang: Option<Lang>) -> Vec<shirube_search::SearchHit> {
    index().search(&SearchRequest {
        query: query.to_owned(),
        lang,
        limit: 10,
        ..Default::default()
    })
}

#[test]
fn hostile_and_odd_input_never_fails() {
    let long = "セキュリティ ".repeat(2_000); // about 10 KB
    let inputs = [
        "",
        " ",
        "\"",
        "\"unclosed phrase",
        "AND OR NOT",
        "+-&&||!(){}[]^\"~*?:\\/",
        "*",
        "?",
        "-",
        "title:ransomware",
        "🙂🔐",
        "\u{0}",
        "\u{202E}evil",
        "ｻｲﾊﾞｰ",
        "ＣＩＳＯ",
        "'; DROP TABLE docs; --",
        "<script>alert(1)</script>",
        &long,
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    ];
    for input in inputs {
        for lang in [None, Some(Lang::En), Some(Lang::Ja)] {
            let hits = search(input, lang);
            assert!(hits.len() <= 10, "{input:?}");
        }
    }
    assert!(search("", None).is_empty());
    assert!(search("🙂🔐", None).is_empty());
    assert!(
        !search(&long, Some(Lang::Ja)).is_empty(),
        "a long query still finds something"
    );
}

#[test]
fn full_width_and_half_width_input_finds_the_same_items() {
    let ids = |query| {
        search(query, Some(Lang::Ja))
            .into_iter()
            .map(|h| h.id)
            .take(3)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("ＣＩＳＯ"), ids("CISO"));
    assert_eq!(ids("ｻｲﾊﾞｰ"), ids("サイバー"));
}

#[test]
fn filters_narrow_by_pack_and_kind() {
    let request = |pack: Option<&str>, kind: Option<&str>| SearchRequest {
        query: "backup".to_owned(),
        lang: Some(Lang::En),
        limit: 50,
        pack: pack.map(str::to_owned),
        kind: kind.map(str::to_owned),
        ..Default::default()
    };
    let in_practice = index().search(&request(Some("practice"), None));
    assert!(!in_practice.is_empty() && in_practice.iter().all(|h| h.id.pack() == "practice"));
    let subcategories = index().search(&request(None, Some("subcategory")));
    assert!(!subcategories.is_empty() && subcategories.iter().all(|h| h.id.pack() == "csf2"));
}

#[test]
fn hits_carry_breadcrumb_snippet_and_highlights() {
    let hits = search("ransomware", Some(Lang::En));
    let hit = hits
        .iter()
        .find(|h| h.id.as_str() == "csf2:PR.DS-11")
        .expect("PR.DS-11 mentions ransomware");
    assert!(
        hit.breadcrumb
            .starts_with("NIST Cybersecurity Framework 2.0 › PR"),
        "{}",
        hit.breadcrumb
    );
    assert!(
        hit.snippet
            .iter()
            .any(|s| s.hit && s.text.eq_ignore_ascii_case("ransomware")),
        "{:?}",
        hit.snippet
    );
    let japanese = search("ランサムウェア", Some(Lang::Ja));
    assert!(
        japanese[0]
            .title
            .iter()
            .any(|s| s.hit && s.text == "ランサムウェア"),
        "{:?}",
        japanese[0].title
    );
}

#[test]
fn both_languages_share_an_items_id() {
    let en = search("GV.OC-01", Some(Lang::En));
    let ja = search("GV.OC-01", Some(Lang::Ja));
    assert_eq!(en[0].id.as_str(), "csf2:GV.OC-01");
    assert_eq!(ja[0].id, en[0].id);
    assert_eq!((en[0].lang, ja[0].lang), (Lang::En, Lang::Ja));
}
