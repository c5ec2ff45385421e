//! Regression tests for what fuzzing found (`fuzz_answers`), each with the minimized input, so a
//! fix cannot quietly come undone.

use shirube_guides::Library;
use shirube_navigator::{AnswersError, AnswersFile};

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
