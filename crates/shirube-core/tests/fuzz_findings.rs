//! Regression tests for what fuzzing found (`fuzz_guides`, `fuzz_answers`), each with the
//! minimized input, so a fix cannot quietly come undone.

use std::path::{Path, PathBuf};

use shirube_core::navigator::{AnswersError, AnswersFile};
use shirube_core::source::FileContent;
use shirube_core::{Library, Problem, ProblemKind, SourceFiles};

/// Found by `guides-paths`: a file in a folder without pack.toml was reported as a problem in
/// `<folder>/pack.toml`, a file that does not exist. It names the folder now.
#[test]
fn a_pack_without_a_manifest_is_reported_at_its_folder() {
    let source = SourceFiles::from_memory("fuzz", [("-/demo/demo", "kind = \"topic\"\n")]);
    let (_, problems) = Library::load(&source);
    assert_eq!(
        problems,
        [Problem {
            path: PathBuf::from("fuzz/-"),
            line: 1,
            kind: ProblemKind::MissingManifest,
        }]
    );
}

fn answers_error(text: &str) -> AnswersError {
    let (library, _) = Library::bundled();
    AnswersFile::parse(text.as_bytes(), &library).unwrap_err()
}

/// Found by `answers-mutated-json`: an answer that was neither 0–255 nor "unknown" gave only
/// "data did not match any variant of untagged enum Answer". The error names the value now.
#[test]
fn a_negative_answer_is_named_with_what_was_expected() {
    let text = r#"{"schema":"shirube.answers/1","sector":"general",
"answers":{"practice:asset-inventory":-1}}"#;
    let AnswersError::NotJson { line, detail, .. } = answers_error(text) else {
        panic!("expected a JSON error");
    };
    assert_eq!(line, 2);
    assert!(
        detail
            .starts_with("invalid type: integer `-1`, expected a level from 0 to 4 or \"unknown\""),
        "{detail}"
    );
}

/// Found by `answers-mutated-json`: serde's derived readers also take a struct written as an
/// array of its fields, so `"profile": []` (and a whole file as an array) passed as valid.
#[test]
fn the_profile_and_the_file_must_be_objects() {
    for text in [
        r#"{"schema":"shirube.answers/1","sector":"general","profile":[],"answers":{}}"#,
        r#"["shirube.answers/1","general",{},{}]"#,
    ] {
        let AnswersError::NotJson { detail, .. } = answers_error(text) else {
            panic!("expected a JSON error for {text}");
        };
        assert!(detail.contains("expected an object"), "{detail}");
    }
}

fn source(files: Vec<(&str, FileContent)>) -> SourceFiles {
    SourceFiles {
        root: PathBuf::from("fuzz"),
        files: files.into_iter().map(|(p, c)| (p.to_owned(), c)).collect(),
    }
}

fn not_utf8_at(problems: &[Problem], path: &str) -> bool {
    problems
        .iter()
        .any(|p| p.kind == ProblemKind::NotUtf8 && p.path == Path::new("fuzz").join(path))
}

/// Found by `guides-bytes` (two files replaced): the loader stopped at an unreadable item.toml,
/// or at a broken pack.toml, so a binary en.md or ja.md beside it went unreported.
#[test]
fn a_bad_item_toml_or_pack_toml_hides_no_other_file() {
    let (_, problems) = Library::load(&source(vec![
        ("demo/pack.toml", FileContent::Text(String::new())),
        ("demo/a/item.toml", FileContent::NotUtf8),
        ("demo/a/en.md", FileContent::NotUtf8),
        ("demo/a/ja.md", FileContent::Text("+++\0".into())),
    ]));
    for file in ["demo/a/item.toml", "demo/a/en.md", "demo/a/ja.md"] {
        assert!(not_utf8_at(&problems, file), "{file}: {problems:?}");
    }
    assert!(problems
        .iter()
        .any(|p| p.path == Path::new("fuzz/demo/pack.toml")
            && matches!(p.kind, ProblemKind::Syntax { .. })));
}

/// Found by `answers-bytes` (an empty file) and `answers-nesting` (`[`): serde_json puts an
/// error before a line's first character at column 0; people count columns from 1.
#[test]
fn json_error_columns_count_from_one() {
    for text in ["", "[", "{\"schema\":\"a\n\"}"] {
        let AnswersError::NotJson { line, column, .. } = answers_error(text) else {
            panic!("expected a JSON error for {text:?}");
        };
        assert!(line >= 1 && column >= 1, "{text:?}: {line}:{column}");
    }
}
