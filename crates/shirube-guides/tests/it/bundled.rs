//! The bundled guides: clean, complete, and covering both frameworks.

use std::collections::BTreeSet;

use shirube_guides::{Lang, Library};

fn count(library: &Library, pack: &str, kind: Option<&str>) -> usize {
    library
        .items()
        .filter(|i| i.pack() == pack && kind.is_none_or(|k| i.kind == k))
        .count()
}

#[test]
fn the_bundled_guides_load_without_problems() {
    let (_, problems) = Library::bundled();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_pack_has_its_contracted_items() {
    let (library, _) = Library::bundled();
    assert_eq!(count(&library, "csf2", Some("function")), 6);
    assert_eq!(count(&library, "csf2", Some("category")), 22);
    assert_eq!(count(&library, "csf2", Some("subcategory")), 106);
    assert_eq!(count(&library, "cmg3", Some("principle")), 3);
    assert_eq!(count(&library, "cmg3", Some("directive")), 10);
    assert_eq!(count(&library, "ci", None), 15);
    assert_eq!(count(&library, "iot", None), 5);
    assert!(count(&library, "practice", None) >= 40);
    for sector in shirube_guides::model::SECTORS {
        assert!(
            library
                .item(&shirube_guides::ItemId::new("ci", sector))
                .is_some(),
            "ci:{sector}"
        );
    }
}

#[test]
fn practices_reach_every_csf2_category_and_every_cmg3_directive() {
    let (library, _) = Library::bundled();
    let mut reached = BTreeSet::new();
    for practice in library.items().filter(|i| i.kind == "practice") {
        for target in &practice.maps {
            reached.insert(target.to_string());
            if let Some(parent) = library.item(target).and_then(|t| t.parent.as_ref()) {
                reached.insert(parent.to_string());
            }
        }
    }
    let missing: Vec<String> = library
        .items()
        .filter(|i| i.kind == "category" || i.kind == "directive")
        .map(|i| i.id.to_string())
        .filter(|id| !reached.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "not reached by any practice: {missing:?}"
    );
}

#[test]
fn every_item_has_text_in_both_languages() {
    let (library, _) = Library::bundled();
    for item in library.items() {
        for lang in Lang::ALL {
            let text = item.text.get(lang);
            assert!(
                !text.title.trim().is_empty() && !text.body_md.trim().is_empty(),
                "{} {lang}",
                item.id
            );
        }
    }
}
