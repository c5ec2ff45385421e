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

/// YYYY-MM-DD, a real day: what `as_of` must be.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (num(y, 4), num(m, 2), num(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

#[test]
fn every_pack_and_item_says_when_its_facts_were_checked() {
    let (library, _) = Library::bundled();
    for pack in library.packs() {
        assert!(
            is_date(&pack.as_of),
            "pack {} as_of {:?}",
            pack.id,
            pack.as_of
        );
    }
    let undated: Vec<String> = library
        .items()
        .filter(|i| !is_date(&i.as_of))
        .map(|i| i.id.to_string())
        .collect();
    assert!(
        undated.is_empty(),
        "items without a valid as_of: {undated:?}"
    );
}

#[test]
fn every_sector_weighs_between_three_and_fifteen_practices() {
    use shirube_guides::model::{SECTORS, SECTOR_WEIGHTED_MAX, SECTOR_WEIGHTED_MIN};
    let (library, _) = Library::bundled();
    for sector in SECTORS {
        let weighted = library
            .items()
            .filter_map(|i| i.practice.as_ref())
            .filter(|p| p.weights.contains_key(sector))
            .count();
        assert!(
            (SECTOR_WEIGHTED_MIN..=SECTOR_WEIGHTED_MAX).contains(&weighted),
            "ci:{sector} weighs {weighted} practices"
        );
    }
}

#[test]
fn a_sector_page_shows_exactly_the_practices_its_weights_name() {
    // One source of truth: the reader's "what weighs more here" list is generated from the
    // practices' weights, so it names exactly the practices the navigator weighs, heaviest first.
    let (library, _) = Library::bundled();
    for sector in shirube_guides::model::SECTORS {
        let id = shirube_guides::ItemId::new("ci", sector);
        for lang in Lang::ALL {
            let view = shirube_guides::view::item_view(&library, &id, lang).unwrap();
            let shown: BTreeSet<String> = view
                .weighted_practices
                .iter()
                .map(|w| w.item.id.to_string())
                .collect();
            let weighted: BTreeSet<String> = library
                .items()
                .filter(|i| {
                    i.practice
                        .as_ref()
                        .is_some_and(|p| p.weights.contains_key(sector))
                })
                .map(|i| i.id.to_string())
                .collect();
            assert_eq!(shown, weighted, "ci:{sector} {lang}");
            assert!(view
                .weighted_practices
                .iter()
                .all(|w| !w.reason.trim().is_empty()));
            assert!(view
                .weighted_practices
                .windows(2)
                .all(|w| w[0].weight >= w[1].weight));
        }
    }
}

#[test]
fn a_sector_page_shows_the_targets_the_self_assessment_starts_from() {
    // The navigator's targets step says its defaults come from the sector's page: the page
    // shows exactly the sector's [targets], each with its directive's title.
    let (library, _) = Library::bundled();
    for sector in shirube_guides::model::SECTORS {
        let id = shirube_guides::ItemId::new("ci", sector);
        let item = library.item(&id).unwrap();
        for lang in Lang::ALL {
            let view = shirube_guides::view::item_view(&library, &id, lang).unwrap();
            let shown: Vec<(String, u8)> = view
                .assessment_targets
                .iter()
                .map(|t| (t.directive.id.to_string(), t.level))
                .collect();
            let written: Vec<(String, u8)> = item
                .targets
                .iter()
                .map(|(directive, level)| (directive.to_string(), *level))
                .collect();
            assert_eq!(shown, written, "ci:{sector} {lang}");
            assert!(view
                .assessment_targets
                .iter()
                .all(|t| !t.directive.title.is_empty()));
        }
    }
    let railways = shirube_guides::ItemId::new("ci", "railways");
    let view = shirube_guides::view::item_view(&library, &railways, Lang::Ja).unwrap();
    assert_eq!(view.assessment_targets.len(), 2, "D5 and D8 at level 4");
}

#[test]
fn legal_duties_link_to_sectors_and_show_as_backlinks() {
    let (library, _) = Library::bundled();
    let duties: Vec<_> = library.items().filter(|i| i.kind == "obligation").collect();
    assert!(duties.len() >= 5, "{} obligations", duties.len());
    for duty in &duties {
        let meta = duty.obligation.as_ref().expect("obligation fields");
        assert!(
            !meta.applies_to.is_empty(),
            "{} applies to no sector",
            duty.id
        );
        assert!(
            !meta.helped_by.is_empty(),
            "{} is helped by no practice",
            duty.id
        );
        for lang in Lang::ALL {
            let text = duty
                .text
                .get(lang)
                .obligation
                .as_ref()
                .expect("who and requires");
            assert!(
                !text.who.is_empty() && !text.requires.is_empty(),
                "{} {lang}",
                duty.id
            );
        }
    }
    let electricity = shirube_guides::ItemId::new("ci", "electricity");
    let view = shirube_guides::view::item_view(&library, &electricity, Lang::En).unwrap();
    let ids: Vec<String> = view.obligations.iter().map(|l| l.id.to_string()).collect();
    assert!(
        ids.contains(&"law:active-cyber-defense".to_owned()),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"law:electricity-business-act".to_owned()),
        "{ids:?}"
    );
}
