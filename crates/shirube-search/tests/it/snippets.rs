//! Snippets read cleanly: cut where a sentence or phrase ends, an ellipsis where text was left
//! out, no Markdown residue, highlights on whole words and whole Japanese runs.

use std::sync::OnceLock;

use shirube_guides::{ItemId, Lang, Library};
use shirube_search::{documents, synonym_groups, Document, SearchHit, SearchIndex, SearchRequest};

const ELLIPSIS: &str = "…";

fn bundled() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&Library::bundled().0).unwrap())
}

fn search(index: &SearchIndex, query: &str, lang: Lang) -> Vec<SearchHit> {
    index.search(&SearchRequest {
        query: query.to_owned(),
        lang: Some(lang),
        limit: 20,
        ..Default::default()
    })
}

fn text(hit: &SearchHit) -> String {
    hit.snippet.iter().map(|s| s.text.as_str()).collect()
}

/// One made-up document among the bundled ones, to see exactly where its snippet is cut.
fn with_document(lang: Lang, title: &str, body: &str) -> SearchIndex {
    let mut docs = documents(&Library::bundled().0);
    let template = docs.iter().find(|d| d.lang == lang).unwrap().clone();
    docs.push(Document {
        id: ItemId::new("test", "made-up"),
        title: title.to_owned(),
        text: body.to_owned(),
        ..template
    });
    SearchIndex::from_documents(&docs, &synonym_groups(&Library::bundled().0)).unwrap()
}

fn made_up(index: &SearchIndex, query: &str, lang: Lang) -> SearchHit {
    search(index, query, lang)
        .into_iter()
        .find(|hit| hit.id.as_str() == "test:made-up")
        .expect("the made-up document is found")
}

#[test]
fn no_markdown_residue_or_line_breaks_in_any_snippet() {
    for (query, lang) in [
        ("backup", Lang::En),
        ("バックアップ", Lang::Ja),
        ("first steps", Lang::En),
    ] {
        for hit in search(bundled(), query, lang) {
            let snippet = text(&hit);
            assert!(!snippet.contains('\n'), "{snippet:?}");
            assert!(
                !snippet.contains("**") && !snippet.contains(" - "),
                "{snippet:?}"
            );
            let opening = snippet.trim_start_matches(ELLIPSIS);
            assert!(
                !opening.starts_with("- ") && !opening.starts_with('#'),
                "{snippet:?}"
            );
        }
    }
}

#[test]
fn japanese_snippets_end_at_a_sentence_or_phrase_with_an_ellipsis_where_cut() {
    let sentence = "重要な業務を止めないために、バックアップを毎日取得します。";
    let body = format!(
        "{}{sentence}{}",
        "前置きの文です。".repeat(30),
        "後書きの文です。".repeat(30)
    );
    let index = with_document(Lang::Ja, "作成した文書", &body);
    let hit = made_up(&index, "バックアップ", Lang::Ja);
    let snippet = text(&hit);
    assert!(
        snippet.starts_with(&format!("{ELLIPSIS}{sentence}")),
        "{snippet:?}"
    );
    assert!(snippet.ends_with(&format!("。{ELLIPSIS}")), "{snippet:?}");
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["バックアップ"]);
}

#[test]
fn a_long_english_sentence_is_cut_at_a_phrase_around_its_match() {
    let clauses = "the plan names owners, sets targets, lists contacts, and describes escalation";
    let body = format!(
        "Opening words. In short, {clauses}, {clauses}, and finally restores from a tested backup, {clauses}, {clauses}. Closing words."
    );
    let index = with_document(Lang::En, "Made up", &body);
    let snippet = text(&made_up(&index, "backup", Lang::En));
    assert!(
        snippet.starts_with(ELLIPSIS) && snippet.ends_with(ELLIPSIS),
        "{snippet:?}"
    );
    let inner = snippet.trim_matches(|c| c == '…');
    assert!(inner.contains("backup"), "{snippet:?}");
    assert!(inner.chars().count() <= 200, "{snippet:?}");
    assert!(
        inner.ends_with(',') || inner.ends_with('.') || inner.ends_with(char::is_alphanumeric),
        "ends at a phrase or word: {snippet:?}"
    );
    assert!(
        !inner.starts_with(' ') && inner.split(' ').all(|w| body.contains(w)),
        "{snippet:?}"
    );
}

#[test]
fn list_items_lose_their_dashes() {
    let body =
        "Do these first:\n- Keep an offline backup of key systems.\n- Test restores every quarter.";
    let index = with_document(Lang::En, "Made up", body);
    let snippet = text(&made_up(&index, "restores", Lang::En));
    assert!(!snippet.contains("- "), "{snippet:?}");
    assert!(
        snippet.contains("Test restores every quarter."),
        "{snippet:?}"
    );
}

#[test]
fn english_highlights_are_whole_words() {
    for hit in search(bundled(), "ransomware backups", Lang::En) {
        for (index, segment) in hit.snippet.iter().enumerate().filter(|(_, s)| s.hit) {
            let before = index
                .checked_sub(1)
                .and_then(|i| hit.snippet[i].text.chars().last());
            let after = hit
                .snippet
                .get(index + 1)
                .and_then(|s| s.text.chars().next());
            for neighbour in [before, after].into_iter().flatten() {
                assert!(
                    !neighbour.is_alphanumeric(),
                    "{segment:?} in {:?}",
                    hit.snippet
                );
            }
        }
    }
}

#[test]
fn a_japanese_query_run_is_highlighted_whole_not_as_a_stray_bigram() {
    for hit in search(bundled(), "ランサムウェア", Lang::Ja) {
        for segment in hit.snippet.iter().chain(&hit.title).filter(|s| s.hit) {
            assert_eq!(segment.text, "ランサムウェア", "{:?}", hit.snippet);
        }
    }
}
