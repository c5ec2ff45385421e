//! "Copy with citation": a passage followed by its item, guide, source and date, in the
//! reader's language. The app and `shirube show --cite` both call `Shirube::citation`.

use shirube_api::{ErrorCode, ItemId, Lang, Shirube};

fn cite(id: &str, lang: Lang, passage: &str) -> String {
    Shirube::headless(lang)
        .citation(&ItemId::parse(id).unwrap(), lang, passage)
        .unwrap()
}

#[test]
fn a_passage_carries_its_title_id_guide_source_and_date() {
    let english = cite("csf2:GV.OC-01", Lang::En, "The mission\n  is understood ");
    let lines: Vec<&str> = english.lines().collect();
    assert_eq!(
        lines[0], "“The mission is understood”",
        "whitespace as one space"
    );
    assert!(lines[1].starts_with("— GV.OC-01 "), "{english}");
    for part in [
        "(csf2:GV.OC-01)",
        "NIST Cybersecurity Framework 2.0",
        "Source: NIST CSWP 29",
        "Facts as of 20",
    ] {
        assert!(english.contains(part), "{part} not in {english}");
    }
    let japanese = cite(
        "practice:backup-and-restore",
        Lang::Ja,
        "少なくとも1つのコピー",
    );
    assert!(
        japanese.starts_with("「少なくとも1つのコピー」\n（出典："),
        "{japanese}"
    );
    assert!(
        japanese.contains("〔practice:backup-and-restore〕"),
        "{japanese}"
    );
    assert!(japanese.contains("時点の情報"), "{japanese}");
}

#[test]
fn with_nothing_selected_the_summary_is_cited() {
    let app = Shirube::headless(Lang::Ja);
    let id = ItemId::parse("cmg3:D7").unwrap();
    let summary = app.item(&id, Lang::Ja).unwrap().summary;
    let cited = app.citation(&id, Lang::Ja, " \n ").unwrap();
    assert!(cited.starts_with(&format!("「{summary}」")), "{cited}");
}

#[test]
fn a_very_long_selection_is_cut_with_an_ellipsis() {
    let cited = cite("csf2:GV", Lang::En, &"word ".repeat(2000));
    let passage = cited.lines().next().unwrap();
    assert!(
        passage.ends_with("…”"),
        "{}",
        &passage[passage.len() - 20..]
    );
    assert!(passage.chars().count() < 4010);
}

#[test]
fn an_unknown_item_is_an_error_not_a_citation() {
    let err = Shirube::headless(Lang::En)
        .citation(&ItemId::parse("csf2:NOPE").unwrap(), Lang::En, "x")
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::ItemNotFound);
}
