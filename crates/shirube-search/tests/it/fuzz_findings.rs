//! Regression tests for what fuzzing the query path found (`fuzz_queries`), with the
//! minimized inputs.

use shirube_guides::{Lang, Library};
use shirube_search::{SearchIndex, SearchRequest};

/// Found by `search-titles`: a hit's title came from the snippet generator's fragment, which
/// ends at the last indexed word, so "インシデント対応チーム（CSIRT）" lost its closing bracket.
#[test]
fn a_hit_title_is_shown_whole_with_its_highlights() {
    let index = SearchIndex::build(&Library::bundled().0).unwrap();
    let hits = index.search(&SearchRequest {
        query: "インシデント対応チーム（CSIRT）".into(),
        lang: Some(Lang::Ja),
        limit: 10,
        ..SearchRequest::default()
    });
    let csirt = hits
        .iter()
        .find(|hit| hit.id.as_str() == "practice:csirt")
        .expect("the CSIRT practice is found");
    assert_eq!(csirt.title_text(), "インシデント対応チーム（CSIRT）");
    assert!(csirt
        .title
        .iter()
        .any(|s| s.hit && s.text.contains("CSIRT")));
    assert!(
        !csirt.title.last().unwrap().hit,
        "the bracket is plain text"
    );
}
