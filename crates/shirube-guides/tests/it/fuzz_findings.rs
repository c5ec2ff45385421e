//! Regression tests for what fuzzing found (`fuzz_guides`), each with the
//! minimized input, so a fix cannot quietly come undone.

use std::path::{Path, PathBuf};

use shirube_guides::source::FileContent;
use shirube_guides::{Library, Problem, ProblemKind, SourceFiles};

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
