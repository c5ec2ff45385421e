//! User packs load beside the bundled guides; a pack with any problem is left out whole and
//! reported with its path and line, and never takes anything else with it.

use std::path::Path;

use shirube_guides::{user_packs, ItemId, Library, ProblemKind};

const PACK_TOML: &str = r#"id = "PACK"
order = 10
kinds = ["policy"]
as_of = "2026-11-30"

[en]
title = "Acme security policies"
description = "Our own rules."
notice = "Written by Acme."
source = "Acme"

[ja]
title = "Acme のセキュリティ方針"
description = "自社の決まりです。"
notice = "Acme が作成しました。"
source = "Acme"
"#;

fn write_pack(dir: &Path, pack: &str, items: &[(&str, &str)]) {
    let pack_dir = dir.join(pack);
    std::fs::create_dir_all(&pack_dir).unwrap();
    std::fs::write(pack_dir.join("pack.toml"), PACK_TOML.replace("PACK", pack)).unwrap();
    for (item, item_toml) in items {
        write_item(&pack_dir.join(item), item_toml);
    }
}

fn write_item(item_dir: &Path, item_toml: &str) {
    std::fs::create_dir_all(item_dir).unwrap();
    std::fs::write(
        item_dir.join("item.toml"),
        format!("{item_toml}as_of = \"2026-11-30\"\n"),
    )
    .unwrap();
    std::fs::write(
        item_dir.join("en.md"),
        "+++\ntitle = \"Keep an asset list\"\nsummary = \"Know what you own.\"\nsource = \"Acme policy 1\"\n+++\nEvery team keeps its list of systems current.\n",
    )
    .unwrap();
    std::fs::write(
        item_dir.join("ja.md"),
        "+++\ntitle = \"資産の一覧を保つ\"\nsummary = \"持っているものを知ります。\"\nsource = \"Acme 方針 1\"\n+++\nどのチームもシステムの一覧を最新に保ちます。\n",
    )
    .unwrap();
}

const SOUND_ITEM: &str = "kind = \"policy\"\norder = 1\nmaps = [\"csf2:ID.AM-01\"]\n";

#[test]
fn without_a_packs_folder_the_library_is_the_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let (library, problems) = Library::with_user_packs(&dir.path().join("packs"));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        library.packs().len(),
        Library::bundled().0.packs().len(),
        "no pack added or lost"
    );
}

#[test]
fn a_sound_user_pack_joins_the_library_and_its_crosswalks() {
    let dir = tempfile::tempdir().unwrap();
    write_pack(dir.path(), "acme", &[("assets", SOUND_ITEM)]);
    let (library, problems) = Library::with_user_packs(dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(library.pack("acme").is_some());
    assert!(library.pack("csf2").is_some(), "the bundled packs stay");
    let id = ItemId::new("acme", "assets");
    assert!(library.item(&id).is_some());
    let implementers: Vec<_> = library
        .mapped_from(&ItemId::new("csf2", "ID.AM-01"))
        .map(|i| i.id.to_string())
        .collect();
    assert!(
        implementers.contains(&"acme:assets".to_owned()),
        "{implementers:?}"
    );
}

#[test]
fn a_pack_with_a_problem_is_left_out_whole_and_reported_with_path_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write_pack(dir.path(), "acme", &[("assets", SOUND_ITEM)]);
    let broken_link = "kind = \"policy\"\norder = 1\nsee_also = [\"csf2:NOWHERE\"]\n";
    write_pack(
        dir.path(),
        "broken",
        &[("good", SOUND_ITEM), ("bad", broken_link)],
    );
    let (library, problems) = Library::with_user_packs(dir.path());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, dir.path().join("broken/bad/item.toml"));
    assert_eq!(problems[0].line, 3);
    assert!(matches!(
        problems[0].kind,
        ProblemKind::UnknownTarget { .. }
    ));
    assert_eq!(
        user_packs::pack_folder(dir.path(), &problems[0].path).as_deref(),
        Some("broken")
    );
    assert!(library.pack("broken").is_none());
    assert!(
        library.item(&ItemId::new("broken", "good")).is_none(),
        "the sound items of a broken pack are left out with it"
    );
    assert!(library.pack("acme").is_some(), "other packs still load");
}

#[test]
fn a_user_pack_can_never_replace_a_bundled_pack() {
    let dir = tempfile::tempdir().unwrap();
    write_pack(dir.path(), "CSF2", &[]);
    let (library, problems) = Library::with_user_packs(dir.path());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, dir.path().join("CSF2/pack.toml"));
    assert!(library.pack("CSF2").is_none());
    assert_eq!(
        library.pack("csf2").map(|p| p.text.en.title.as_str()),
        Some("NIST Cybersecurity Framework 2.0")
    );
}

#[test]
fn a_pack_that_links_into_a_left_out_pack_is_left_out_too() {
    let dir = tempfile::tempdir().unwrap();
    write_pack(
        dir.path(),
        "base",
        &[(
            "root",
            "kind = \"policy\"\norder = 1\nmaps = [\"csf2:NOPE\"]\n",
        )],
    );
    write_pack(
        dir.path(),
        "leaf",
        &[(
            "child",
            "kind = \"policy\"\norder = 1\nsee_also = [\"base:root\"]\n",
        )],
    );
    let (library, problems) = Library::with_user_packs(dir.path());
    let folders: Vec<_> = problems
        .iter()
        .filter_map(|p| user_packs::pack_folder(dir.path(), &p.path))
        .collect();
    assert_eq!(folders, ["base", "leaf"], "{problems:?}");
    assert!(library.pack("base").is_none() && library.pack("leaf").is_none());
}

#[test]
fn a_file_beside_the_packs_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    write_pack(dir.path(), "acme", &[("assets", SOUND_ITEM)]);
    std::fs::write(dir.path().join("README.txt"), "Our packs").unwrap();
    let (library, problems) = Library::with_user_packs(dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(library.pack("acme").is_some());
}

#[test]
fn a_packs_synonyms_are_read_and_a_bad_group_is_reported_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let pack_dir = dir.path().join("acme");
    write_pack(dir.path(), "acme", &[("asset-list", SOUND_ITEM)]);
    let with_synonyms = |groups: &str| {
        let toml = PACK_TOML.replace("PACK", "acme").replace(
            "as_of = \"2026-11-30\"\n",
            &format!("as_of = \"2026-11-30\"\n{groups}\n"),
        );
        std::fs::write(pack_dir.join("pack.toml"), toml).unwrap();
        Library::with_user_packs(dir.path())
    };
    let (library, problems) = with_synonyms(r#"synonyms = [["CMDB", "構成管理データベース"]]"#);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        library.pack("acme").unwrap().synonyms,
        [["CMDB".to_owned(), "構成管理データベース".to_owned()]]
    );
    for bad in [
        r#"synonyms = [["CMDB"]]"#,
        r#"synonyms = [["CMDB", " "]]"#,
        &format!(r#"synonyms = [["CMDB", "{}"]]"#, "x".repeat(61)),
    ] {
        let (_, problems) = with_synonyms(bad);
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
        assert_eq!(problems[0].kind, ProblemKind::BadSynonyms, "{bad}");
        assert!(
            problems[0].path.ends_with("acme/pack.toml"),
            "{:?}",
            problems[0].path
        );
        assert_eq!(problems[0].line, 5, "{bad}");
    }
}
