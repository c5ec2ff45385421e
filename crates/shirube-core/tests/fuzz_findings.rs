//! Regression tests for what fuzzing found (`fuzz_guides`, `fuzz_answers`), each with the
//! minimized input, so a fix cannot quietly come undone.

use std::path::PathBuf;

use shirube_core::navigator::{AnswersError, AnswersFile};
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
