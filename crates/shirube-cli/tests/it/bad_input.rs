//! Hostile files brought into a room of laptops: broken, binary, huge or oddly named guide files
//! for `shirube check`, and huge, deeply nested or wrong answers files for `shirube plan`. Each
//! gets its exact localized message, in English and Japanese, naming the file and the line;
//! never a panic. Big and binary files are made here, in a temporary folder.

use std::fs;
use std::path::Path;

use crate::support::shirube;

const PACK_TOML: &str =
    "id = \"demo\"\nkinds = [\"topic\"]\nas_of = \"2026-11-30\"\n\n[en]\ntitle = \"Demo\"\n\
description = \"d\"\nnotice = \"n\"\nsource = \"s\"\n\n[ja]\ntitle = \"デモ\"\n\
description = \"説明です\"\nnotice = \"注意です\"\nsource = \"出典\"\n";
const EN_MD: &str = "+++\ntitle = \"A\"\nsummary = \"An item.\"\nsource = \"Demo\"\n+++\nBody.\n";
const JA_MD: &str =
    "+++\ntitle = \"項目\"\nsummary = \"項目です。\"\nsource = \"デモ\"\n+++\n本文です。\n";

/// An item.toml with the required `as_of` added at its end, where a plain key still fits there
/// (not after a table, not into a file that is meant to be broken).
fn dated(item_toml: &str) -> String {
    if item_toml.ends_with('\n') && !item_toml.contains('[') && !item_toml.contains('\0') {
        format!("{item_toml}as_of = \"2026-11-30\"\n")
    } else {
        item_toml.to_owned()
    }
}

/// Writes a clean item `demo:<name>` with the given item.toml.
fn item(guides: &Path, name: &str, item_toml: &str) {
    let dir = guides.join("demo").join(name);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("item.toml"), dated(item_toml)).unwrap();
    fs::write(dir.join("en.md"), EN_MD).unwrap();
    fs::write(dir.join("ja.md"), JA_MD).unwrap();
}

/// A guides folder with one clean pack, `demo`, and the item `demo:ok`.
fn guides() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("demo")).unwrap();
    fs::write(dir.path().join("demo/pack.toml"), PACK_TOML).unwrap();
    item(dir.path(), "ok", "kind = \"topic\"\n");
    dir
}

/// `shirube check` in both languages: the problem lines (folder prefix removed) and stderr.
fn check(dir: &Path) -> [(Vec<String>, String); 2] {
    ["en", "ja"].map(|lang| {
        let (code, stdout, stderr) = shirube(&["check", "--lang", lang, dir.to_str().unwrap()]);
        assert_eq!(code, 1, "{stdout}{stderr}");
        let prefix = format!("{}/", dir.display());
        let lines = stdout
            .lines()
            .map(|line| line.strip_prefix(&prefix).unwrap_or(line).to_owned())
            .collect();
        (lines, stderr)
    })
}

#[test]
fn the_clean_demo_folder_passes() {
    let dir = guides();
    let (code, stdout, _) = shirube(&["check", dir.path().to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (0, ""));
}

#[test]
fn truncated_guide_files_name_the_line_where_they_break() {
    let dir = guides();
    item(
        dir.path(),
        "cut-toml",
        "kind = \"topic\"\n[weights\nmedical = 1.",
    );
    item(dir.path(), "cut-front", "kind = \"topic\"\n");
    fs::write(
        dir.path().join("demo/cut-front/en.md"),
        "+++\ntitle = \"A\"\nsumm",
    )
    .unwrap();
    let [(en, _), (ja, stderr)] = check(dir.path());
    assert_eq!(
        en,
        [
            "demo/cut-front/en.md:1: the front matter that opens here with +++ has no closing +++ line (is the file cut short?)",
            "demo/cut-toml/item.toml:2: invalid TOML: unclosed table, expected `]`",
        ]
    );
    assert_eq!(
        ja,
        [
            "demo/cut-front/en.md:1: ここで +++ から始まるフロントマターを閉じる +++ の行がありません（ファイルが途中で切れていませんか）",
            "demo/cut-toml/item.toml:2: TOML の書式が正しくありません：unclosed table, expected `]`",
        ]
    );
    assert!(stderr.contains("2件の問題"), "{stderr}");
}

#[test]
fn binary_and_huge_guide_files_are_refused_by_name() {
    let dir = guides();
    item(dir.path(), "binary", "kind = \"topic\"\n");
    item(dir.path(), "huge", "kind = \"topic\"\n");
    // Invalid UTF-8 in one file, NUL bytes (valid UTF-8, but binary) in another.
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(String::from_utf8(random.clone()).is_err());
    fs::write(dir.path().join("demo/binary/ja.md"), random).unwrap();
    fs::write(
        dir.path().join("demo/binary/item.toml"),
        "kind = \"topic\"\0\0\0",
    )
    .unwrap();
    let huge = format!("{EN_MD}{}", "padding ".repeat(40_000)); // 320 KB
    fs::write(dir.path().join("demo/huge/en.md"), huge).unwrap();
    let [(en, _), (ja, _)] = check(dir.path());
    assert_eq!(
        en,
        [
            "demo/binary/item.toml:1: the file is not UTF-8 text",
            "demo/binary/ja.md:1: the file is not UTF-8 text",
            "demo/huge/en.md:1: the file is larger than 256 KiB",
        ]
    );
    assert_eq!(
        ja,
        [
            "demo/binary/item.toml:1: ファイルが UTF-8 のテキストではありません",
            "demo/binary/ja.md:1: ファイルが UTF-8 のテキストではありません",
            "demo/huge/en.md:1: ファイルが 256 KiB を超えています",
        ]
    );
}

#[test]
fn duplicate_ids_and_parent_cycles_are_named() {
    let dir = guides();
    item(dir.path(), "Ok", "kind = \"topic\"\n");
    item(
        dir.path(),
        "self",
        "kind = \"topic\"\nparent = \"demo:self\"\n",
    );
    item(dir.path(), "x", "kind = \"topic\"\nparent = \"demo:y\"\n");
    item(dir.path(), "y", "kind = \"topic\"\nparent = \"demo:z\"\n");
    item(dir.path(), "z", "kind = \"topic\"\nparent = \"demo:x\"\n");
    let [(en, _), (ja, _)] = check(dir.path());
    assert_eq!(
        en,
        [
            "demo/ok/item.toml:1: the ID demo:ok duplicates demo:Ok (IDs must differ in more than letter case)",
            "demo/self/item.toml:2: following parent links from demo:self leads back to it",
            "demo/x/item.toml:2: following parent links from demo:x leads back to it",
            "demo/y/item.toml:2: following parent links from demo:y leads back to it",
            "demo/z/item.toml:2: following parent links from demo:z leads back to it",
        ]
    );
    assert_eq!(ja.len(), 5);
    assert!(
        ja[0].contains("demo:ok") && ja[0].contains("demo:Ok"),
        "{ja:?}"
    );
    assert!(ja[1].starts_with("demo/self/item.toml:2: "), "{ja:?}");
    assert!(ja.iter().all(|line| !line.is_ascii()), "{ja:?}");
}

// Only Linux can make such a name: macOS's file systems refuse names that are not UTF-8, and
// Windows names are UTF-16.
#[cfg(target_os = "linux")]
#[test]
fn non_utf8_file_names_are_reported_by_their_lossy_name() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = guides();
    let root = dir.path();
    let bad_item = root.join("demo").join(OsStr::from_bytes(b"caf\xe9"));
    fs::create_dir(&bad_item).unwrap();
    fs::write(bad_item.join("item.toml"), dated("kind = \"topic\"\n")).unwrap();
    fs::write(
        root.join("demo/ok")
            .join(OsStr::from_bytes(b"\xffnotes.md")),
        "x",
    )
    .unwrap();
    let bad_pack = root.join(OsStr::from_bytes(b"\xfe\xfe"));
    fs::create_dir(&bad_pack).unwrap();
    fs::write(bad_pack.join("pack.toml"), PACK_TOML).unwrap();
    let [(en, _), (ja, _)] = check(root);
    assert_eq!(
        en,
        [
            "demo/caf\u{FFFD}:1: folder names may use only A-Z, a-z, 0-9, dot, underscore and hyphen",
            "demo/ok/\u{FFFD}notes.md:1: unexpected file: a pack holds pack.toml and item folders with item.toml, en.md and ja.md",
            "\u{FFFD}\u{FFFD}:1: folder names may use only A-Z, a-z, 0-9, dot, underscore and hyphen",
        ]
    );
    assert_eq!(ja.len(), 3);
    assert!(ja[0].starts_with("demo/caf\u{FFFD}:1: "), "{ja:?}");
}

// Windows has no named pipes in the file system, and its links need rights people lack.
#[cfg(unix)]
#[test]
fn folders_links_and_pipes_where_files_belong_are_named_and_never_read() {
    let dir = guides();
    let root = dir.path();
    item(root, "folder", "kind = \"topic\"\n");
    fs::remove_file(root.join("demo/folder/en.md")).unwrap();
    fs::create_dir(root.join("demo/folder/en.md")).unwrap();
    fs::create_dir(root.join("demo/folder/images")).unwrap();
    item(root, "link", "kind = \"topic\"\n");
    fs::remove_file(root.join("demo/link/ja.md")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", root.join("demo/link/ja.md")).unwrap();
    item(root, "pipe", "kind = \"topic\"\n");
    fs::remove_file(root.join("demo/pipe/item.toml")).unwrap();
    // Reading a pipe nobody writes to would hang `check`: it must not be opened.
    let made = std::process::Command::new("mkfifo")
        .arg(root.join("demo/pipe/item.toml"))
        .status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");
    let [(en, _), (ja, _)] = check(root);
    let not_a_file = "not a regular file (a folder, link, pipe or device): pack files are read only from regular files";
    assert_eq!(
        en,
        [
            format!("demo/folder/en.md:1: {not_a_file}"),
            "demo/folder/images:1: unexpected file: a pack holds pack.toml and item folders with item.toml, en.md and ja.md".to_owned(),
            format!("demo/link/ja.md:1: {not_a_file}"),
            format!("demo/pipe/item.toml:1: {not_a_file}"),
        ]
    );
    assert_eq!(
        ja[0],
        "demo/folder/en.md:1: 通常のファイルではありません（フォルダー、リンク、パイプ、デバイスのいずれか）。パックのファイルは通常のファイルからだけ読み込みます"
    );
}

fn plan(answers: &Path, lang: &str) -> String {
    let path = answers.to_str().unwrap();
    let (code, stdout, stderr) = shirube(&["plan", "--lang", lang, "--answers", path]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    let message = stderr.trim_end();
    let prefix = format!("shirube: {path}: ");
    message.strip_prefix(&prefix).unwrap_or(message).to_owned()
}

#[test]
fn hostile_answers_files_get_a_clear_error_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let valid = |answers: &str| {
        format!(r#"{{"schema":"shirube.answers/1","sector":"general","answers":{{{answers}}}}}"#)
    };
    let cases = [
        (
            "huge.json",
            format!("{}{}", valid(""), " ".repeat(10 * 1024 * 1024)),
            "the answers file is larger than 1048576 bytes",
            "回答ファイルが1048576バイトを超えています",
        ),
        (
            "nested.json",
            "[".repeat(100_000),
            "not a valid answers file at line 1, column 1: invalid type: sequence, expected an object",
            "1行1列目を回答ファイルとして読み取れません：invalid type: sequence, expected an object",
        ),
        (
            "nested-answer.json",
            valid(&format!("\"practice:asset-inventory\":{}", "[".repeat(100_000))),
            "not a valid answers file at line 1, column 88: invalid type: sequence, expected a level from 0 to 4 or \"unknown\"",
            "1行88列目を回答ファイルとして読み取れません：invalid type: sequence, expected a level from 0 to 4 or \"unknown\"",
        ),
        (
            "duplicate.json",
            valid("\"practice:asset-inventory\":1,\n\"practice:asset-inventory\":4"),
            "not a valid answers file at line 2, column 29: practice:asset-inventory is answered twice",
            "2行29列目を回答ファイルとして読み取れません：practice:asset-inventory is answered twice",
        ),
        (
            "unknown-id.json",
            valid(r#""practice:no-such-thing":2"#),
            "practice:no-such-thing is not a recommended practice in these guides",
            "practice:no-such-thing はこのガイドの推奨プラクティスではありません",
        ),
        (
            "framework-id.json",
            valid(r#""csf2:GV":2"#),
            "csf2:GV is not a recommended practice in these guides",
            "csf2:GV はこのガイドの推奨プラクティスではありません",
        ),
        (
            "schema.json",
            valid("").replace("answers/1", "answers/3"),
            "the schema is \"shirube.answers/3\"; Shirube reads \"shirube.answers/2\" and \"shirube.answers/1\"",
            "スキーマが「shirube.answers/3」です。Shirube が読めるのは「shirube.answers/2」と「shirube.answers/1」です",
        ),
    ];
    for (name, text, english, japanese) in cases {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        assert_eq!(plan(&path, "en"), english, "{name}");
        assert_eq!(plan(&path, "ja"), japanese, "{name}");
    }
}

#[test]
fn a_word_or_excel_report_without_an_output_file_is_refused_in_the_readers_language() {
    let answers = "tests/fixtures/answers/medical.shirube.json";
    for (lang, format, message) in [
        (
            "en",
            "docx",
            "shirube: A docx report is a file: name it with --output FILE.\n",
        ),
        (
            "ja",
            "xlsx",
            "shirube: xlsx 形式の報告書はファイルに保存します。--output FILE で保存先を指定してください。\n",
        ),
    ] {
        let args = ["plan", "--answers", answers, "--lang", lang, "--format", format];
        let (code, stdout, stderr) = shirube(&args);
        assert_eq!((code, stdout.as_str(), stderr.as_str()), (2, "", message));
    }
}
