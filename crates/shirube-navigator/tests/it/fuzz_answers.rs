//! Fuzzing the answers-file import (`shirube.answers/2`, and 1): arbitrary bytes, text mutations of a
//! real answers file, and structural mutations of its JSON checked against an independent
//! oracle of what the contract accepts. Parsing never panics; a bad file gets the error that
//! names its first problem, with a position inside the file when it is about the JSON.

#[path = "../../../shirube-guides/tests/it/support/fuzz.rs"]
mod fuzz;
#[path = "../../../shirube-guides/tests/it/support/mutate.rs"]
mod mutate;

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Map, Value};
use shirube_guides::model::SECTORS;
use shirube_guides::Library;
use shirube_navigator::{AnswersError, AnswersFile};

const FIXTURE: &str =
    include_str!("../../../shirube-cli/tests/fixtures/answers/medical.shirube.json");

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::bundled().0)
}

fn is_practice(id: &str) -> bool {
    library()
        .items()
        .any(|item| item.id.as_str() == id && item.kind == "practice")
}

/// Parses, and checks what any outcome must satisfy.
fn parse(bytes: &[u8]) -> Result<Result<AnswersFile, AnswersError>, TestCaseError> {
    let outcome = AnswersFile::parse(bytes, library());
    match &outcome {
        Ok(file) => {
            prop_assert!(file.validate(library()).is_ok());
        }
        Err(AnswersError::NotJson {
            line,
            column,
            detail,
        }) => {
            let text = String::from_utf8_lossy(bytes);
            let lines: Vec<&str> = text.split('\n').collect();
            prop_assert!((1..=lines.len()).contains(line), "line {line}: {detail}");
            let width = bytes
                .split(|b| *b == b'\n')
                .nth(line - 1)
                .map_or(0, <[u8]>::len);
            prop_assert!(
                (1..=width + 1).contains(column),
                "column {column} of {width}: {detail}"
            );
            // The detail must say what was expected, not how the parser is built.
            prop_assert!(!detail.contains("untagged"), "vague: {detail}");
        }
        Err(_) => {}
    }
    Ok(outcome)
}

#[test]
fn the_fixture_is_valid() {
    assert!(parse(FIXTURE.as_bytes()).unwrap().is_ok());
}

#[test]
fn arbitrary_bytes_never_panic() {
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..4096),
        any::<String>().prop_map(String::into_bytes),
    ];
    fuzz::property("answers-bytes", bytes, |bytes| parse(&bytes).map(drop));
}

#[test]
fn mutated_answers_text_never_panics() {
    fuzz::property("answers-mutated-text", mutate::mutations(), |mutations| {
        parse(mutate::apply(FIXTURE, &mutations).as_bytes()).map(drop)
    });
}

/// Deeply nested arrays, alone or where an answer should be: the parser's recursion limit must
/// become an error, not a stack overflow.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 1..200_000usize;
    fuzz::property(
        "answers-nesting",
        (depth, any::<bool>()),
        |(depth, inside)| {
            let nested = "[".repeat(depth);
            let text = if inside {
                FIXTURE.replacen("1,", &format!("{nested},"), 1)
            } else {
                nested
            };
            let outcome = parse(text.as_bytes())?;
            prop_assert!(
                matches!(
                    outcome,
                    Err(AnswersError::NotJson { .. } | AnswersError::TooLarge { .. })
                ),
                "{outcome:?}"
            );
            Ok(())
        },
    );
}

/// A JSON value of a random type, including the ones the contract uses.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-10i64..300).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        proptest::sample::select(&["unknown", "Unknown", "", "shirube.answers/1", "general"][..])
            .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An ID to answer: a practice, another bundled item, or anything.
fn answer_key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(&["practice:asset-inventory", "practice:ot-security"][..])
            .prop_map(str::to_owned),
        proptest::sample::select(
            &[
                "csf2:GV",
                "cmg3:D1",
                "practice:nope",
                "PRACTICE:ot-security"
            ][..]
        )
        .prop_map(str::to_owned),
        any::<String>(),
    ]
}

#[derive(Clone, Debug)]
enum Edit {
    Set(&'static str, Value),
    Remove(&'static str),
    SetProfile(&'static str, Value),
    Answer(String, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    let top = proptest::sample::select(&["schema", "sector", "profile", "answers", "extra"][..]);
    let profile = proptest::sample::select(&["size", "ot", "iot", "colour"][..]);
    let sector = proptest::sample::select(&SECTORS[..]).prop_map(Value::from);
    prop_oneof![
        (top.clone(), json_value()).prop_map(|(k, v)| Edit::Set(k, v)),
        sector.prop_map(|v| Edit::Set("sector", v)),
        top.prop_map(Edit::Remove),
        (profile, json_value()).prop_map(|(k, v)| Edit::SetProfile(k, v)),
        (answer_key(), json_value()).prop_map(|(k, v)| Edit::Answer(k, v)),
        (answer_key(), 0..6u64).prop_map(|(k, v)| Edit::Answer(k, Value::from(v))),
    ]
}

fn apply(edits: &[Edit]) -> Value {
    let mut file: Value = serde_json::from_str(FIXTURE).unwrap();
    let object = file.as_object_mut().unwrap();
    for edit in edits {
        let nested = |object: &mut Map<String, Value>, key: &str| {
            if !object.get(key).is_some_and(Value::is_object) {
                object.insert(key.to_owned(), json!({}));
            }
            object[key].as_object_mut().cloned().unwrap_or_default()
        };
        match edit {
            Edit::Set(key, value) => drop(object.insert((*key).to_owned(), value.clone())),
            Edit::Remove(key) => drop(object.remove(*key)),
            Edit::SetProfile(key, value) => {
                let mut profile = nested(object, "profile");
                profile.insert((*key).to_owned(), value.clone());
                object.insert("profile".into(), Value::Object(profile));
            }
            Edit::Answer(key, value) => {
                let mut answers = nested(object, "answers");
                answers.insert(key.clone(), value.clone());
                object.insert("answers".into(), Value::Object(answers));
            }
        }
    }
    file
}

/// What the contract says of a file, written independently of the parser: `Ok` or the name of
/// the error the first problem must produce.
fn oracle(file: &Value) -> Result<(), &'static str> {
    let object = file.as_object().ok_or("NotJson")?;
    let allowed = ["schema", "sector", "profile", "answers"];
    let string = |key| object.get(key).and_then(Value::as_str);
    let (Some(schema), Some(sector)) = (string("schema"), string("sector")) else {
        return Err("NotJson");
    };
    let answers = object.get("answers").and_then(Value::as_object);
    let profile_ok = object.get("profile").is_none_or(|profile| {
        profile.as_object().is_some_and(|p| {
            p.iter().all(|(key, value)| match key.as_str() {
                "size" => value.is_string(),
                "ot" | "iot" | "development" => value.is_boolean(),
                _ => false,
            })
        })
    });
    let levels_ok = answers.is_some_and(|a| {
        a.values()
            .all(|v| v.as_u64().is_some_and(|n| n <= 255) || v == "unknown")
    });
    if object.keys().any(|k| !allowed.contains(&k.as_str())) || !profile_ok || !levels_ok {
        return Err("NotJson");
    }
    if schema != "shirube.answers/1" && schema != "shirube.answers/2" {
        return Err("WrongSchema");
    }
    if sector != "general" && !SECTORS.contains(&sector) {
        return Err("UnknownSector");
    }
    for (id, value) in answers.into_iter().flatten() {
        if !is_practice(id) {
            return Err("UnknownPractice");
        }
        if value.as_u64().is_some_and(|n| n > 4) {
            return Err("OutOfRange");
        }
    }
    Ok(())
}

fn variant(outcome: &Result<AnswersFile, AnswersError>) -> Result<(), &'static str> {
    match outcome {
        Ok(_) => Ok(()),
        Err(AnswersError::TooLarge { .. }) => Err("TooLarge"),
        Err(AnswersError::NotJson { .. }) => Err("NotJson"),
        Err(AnswersError::WrongSchema { .. }) => Err("WrongSchema"),
        Err(AnswersError::UnknownSector(_)) => Err("UnknownSector"),
        Err(AnswersError::UnknownPractice(_)) => Err("UnknownPractice"),
        Err(AnswersError::OutOfRange { .. }) => Err("OutOfRange"),
        // The edits never write the version 2 fields: these cannot come up.
        Err(AnswersError::BadDate(_)) => Err("BadDate"),
        Err(AnswersError::UnknownTarget(_)) => Err("UnknownTarget"),
        Err(AnswersError::TargetOutOfRange { .. }) => Err("TargetOutOfRange"),
    }
}

#[test]
fn mutated_answers_json_is_accepted_exactly_when_the_contract_allows() {
    let edits = proptest::collection::vec(edit(), 1..6);
    fuzz::property("answers-mutated-json", edits, |edits| {
        let file = apply(&edits);
        let text = serde_json::to_string_pretty(&file).unwrap();
        let outcome = parse(text.as_bytes())?;
        prop_assert_eq!(variant(&outcome), oracle(&file), "{}", text);
        Ok(())
    });
}
