//! Synonyms from the guides: the glossary's two titles of a term, and a short list of pairs,
//! expand a query in both languages.

use std::sync::OnceLock;

use shirube_guides::{ItemId, Lang, Library};
use shirube_search::{documents, synonym_groups, Document, SearchIndex, SearchRequest};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&Library::bundled().0).unwrap())
}

fn top(index: &SearchIndex, query: &str, lang: Option<Lang>, limit: usize) -> Vec<String> {
    let request = SearchRequest {
        query: query.to_owned(),
        lang,
        limit,
        ..Default::default()
    };
    index
        .search(&request)
        .into_iter()
        .map(|hit| hit.id.to_string())
        .collect()
}

#[test]
fn gyomu_keizoku_finds_jigyo_keizoku() {
    // The guides write 事業継続 only; 業務継続 is what many people type.
    let found = top(index(), "業務継続", Some(Lang::Ja), 5);
    assert!(
        found.contains(&"glossary:business-continuity".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"practice:business-continuity-plan".to_owned()),
        "{found:?}"
    );
    let plan = top(index(), "業務継続計画", Some(Lang::Ja), 5);
    assert!(
        plan.contains(&"practice:business-continuity-plan".to_owned()),
        "{plan:?}"
    );
}

#[test]
fn third_party_finds_supplier_risk_management() {
    let found = top(index(), "third-party risk", Some(Lang::En), 5);
    assert!(
        found.contains(&"practice:supplier-risk-management".to_owned()),
        "{found:?}"
    );
}

#[test]
fn mfa_and_tayouso_ninsho_find_each_other() {
    // Each way round, in the other language's words: the glossary's titles pair them.
    let english = top(index(), "MFA", Some(Lang::Ja), 5);
    assert!(
        english.contains(&"practice:multi-factor-authentication".to_owned()),
        "{english:?}"
    );
    let japanese = top(index(), "多要素認証", Some(Lang::En), 5);
    assert!(
        japanese.contains(&"practice:multi-factor-authentication".to_owned()),
        "{japanese:?}"
    );
}

/// A Japanese-only item (as a user pack may bring) is found by an English query, through the
/// glossary's pair of titles: 机上演習 is the Japanese title of "Tabletop exercise".
#[test]
fn an_english_query_finds_japanese_only_material_through_the_glossary() {
    let mut docs = documents(&Library::bundled().0);
    let template = docs.iter().find(|d| d.lang == Lang::Ja).unwrap().clone();
    docs.push(Document {
        id: ItemId::new("ours", "drill-2025"),
        title: "2025年度 机上演習の記録".to_owned(),
        text: "経営層が参加した机上演習で、連絡手順の遅れが見つかりました。".to_owned(),
        ..template
    });
    let index = SearchIndex::from_documents(&docs, &synonym_groups(&Library::bundled().0)).unwrap();
    let found = top(&index, "tabletop exercise", None, 10);
    assert!(found.contains(&"ours:drill-2025".to_owned()), "{found:?}");
}

/// A user pack's own list: its pack.toml's `synonyms` join the glossary's.
#[test]
fn a_packs_own_synonyms_expand_queries() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("acme");
    std::fs::create_dir_all(pack.join("cmdb")).unwrap();
    let pack_toml = "id = \"acme\"\nkinds = [\"policy\"]\nas_of = \"2026-11-30\"\n\
        synonyms = [[\"CMDB\", \"configuration register\"]]\n\
        [en]\ntitle = \"Acme\"\ndescription = \"d\"\nnotice = \"n\"\nsource = \"s\"\n\
        [ja]\ntitle = \"Acme\"\ndescription = \"d\"\nnotice = \"n\"\nsource = \"s\"\n";
    std::fs::write(pack.join("pack.toml"), pack_toml).unwrap();
    std::fs::write(
        pack.join("cmdb/item.toml"),
        "kind = \"policy\"\nas_of = \"2026-11-30\"\n",
    )
    .unwrap();
    let items = [
        (
            "en",
            "Keep the CMDB current",
            "Up to date.",
            "Each team updates the CMDB.",
        ),
        (
            "ja",
            "CMDB を最新に保つ",
            "最新に保ちます。",
            "各チームが CMDB を更新します。",
        ),
    ];
    for (lang, title, summary, body) in items {
        let front = format!("title = \"{title}\"\nsummary = \"{summary}\"\nsource = \"s\"");
        let text = format!("+++\n{front}\n+++\n{body}\n");
        std::fs::write(pack.join(format!("cmdb/{lang}.md")), text).unwrap();
    }
    let (library, problems) = Library::with_user_packs(dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    let index = SearchIndex::build(&library).unwrap();
    let found = top(&index, "configuration register", Some(Lang::En), 5);
    assert!(found.contains(&"acme:cmdb".to_owned()), "{found:?}");
}
