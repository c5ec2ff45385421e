//! A workshop of three, end to end through the navigator's use cases: export and import
//! without loss, hostile imports refused with nothing changed, disagreements found, agreed
//! answers and notes flowing into the report.

use std::path::PathBuf;

use shirube_api::navigator::Navigator;
use shirube_api::{Answer, AnswerUpdate, ImportedFile, ReportFormat, ReportOptions};
use shirube_guides::{ErrorCode, ItemId, Lang, Library};
use shirube_navigator::report::ReportLang;

fn fixture(name: &str) -> ImportedFile {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../e2e/fixtures/workshop")
        .join(name);
    ImportedFile {
        file_name: name.to_owned(),
        text: std::fs::read_to_string(path).unwrap(),
    }
}

fn id(text: &str) -> ItemId {
    ItemId::parse(text).unwrap()
}

#[test]
fn an_exported_assessment_imports_back_without_loss() {
    let (library, _) = Library::bundled();
    let dir = tempfile::tempdir().unwrap();
    let navigator = Navigator::open(&dir.path().join("shirube.db"));
    let original = navigator
        .import_assessment(&library, &fixture("chika.shirube.json"), Lang::En)
        .unwrap();
    let path = navigator.save_answers(original, dir.path()).unwrap();
    assert!(path.ends_with("千佳 佐藤.shirube.json"), "{path}");

    let text = std::fs::read_to_string(&path).unwrap();
    let file = ImportedFile {
        file_name: "千佳 佐藤.shirube.json".to_owned(),
        text,
    };
    let copy = navigator
        .import_assessment(&library, &file, Lang::En)
        .unwrap();
    let (before, after) = (
        navigator.state(original).unwrap(),
        navigator.state(copy).unwrap(),
    );
    assert_eq!(
        before.answers, after.answers,
        "sector, profile, name and every answer"
    );
    assert_eq!(after.answers.answers.len(), 44);
}

#[test]
fn a_bad_import_is_named_and_changes_nothing() {
    let (library, _) = Library::bundled();
    let dir = tempfile::tempdir().unwrap();
    let navigator = Navigator::open(&dir.path().join("shirube.db"));
    let workshop = navigator.create("Board workshop").unwrap();
    let good = fixture("aiko.shirube.json");
    let cases = [
        (
            "unknown.json",
            good.text
                .replace("practice:asset-inventory", "practice:nope"),
            "practice:nope",
        ),
        (
            "schema.json",
            good.text.replace("shirube.answers/1", "shirube.answers/9"),
            "shirube.answers/9",
        ),
        ("deep.json", "[".repeat(100_000), "deep.json"),
        ("huge.json", " ".repeat(10 * 1024 * 1024), "1048576"),
        ("level.json", good.text.replace(": 3,", ": 7,"), "7"),
    ];
    for (name, text, expected) in cases {
        let file = ImportedFile {
            file_name: name.to_owned(),
            text,
        };
        let err = navigator
            .import_participant(&library, workshop, &file, Lang::Ja)
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::ImportInvalid, "{name}");
        assert!(
            err.message.starts_with(name),
            "names the file: {}",
            err.message
        );
        assert!(err.message.contains(expected), "says what: {}", err.message);
        let err = navigator
            .import_assessment(&library, &file, Lang::En)
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::ImportInvalid, "{name}");
    }
    assert!(navigator
        .workshop(&library, workshop, Lang::En)
        .unwrap()
        .participants
        .is_empty());
    assert_eq!(
        navigator.list().unwrap().len(),
        1,
        "no half-imported assessment"
    );
}

#[test]
fn a_workshop_of_three_finds_disagreements_and_reports_the_agreement() {
    let (library, _) = Library::bundled();
    let dir = tempfile::tempdir().unwrap();
    let navigator = Navigator::open(&dir.path().join("shirube.db"));
    let workshop = navigator.create("Board workshop").unwrap();
    for name in [
        "aiko.shirube.json",
        "ben.shirube.json",
        "chika.shirube.json",
    ] {
        navigator
            .import_participant(&library, workshop, &fixture(name), Lang::En)
            .unwrap();
    }
    let view = navigator.workshop(&library, workshop, Lang::En).unwrap();
    let names: Vec<_> = view.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Aiko Tanaka", "Ben Carter", "千佳 佐藤"]);
    let question = |practice: &str| {
        view.groups
            .iter()
            .flat_map(|g| &g.questions)
            .find(|q| q.practice.id == id(practice))
            .unwrap()
            .clone()
    };
    let backup = question("practice:backup-and-restore");
    assert_eq!(
        (backup.counts.clone(), backup.spread),
        (vec![0, 1, 0, 2, 0], Some(2))
    );
    assert!(backup.disagreement, "1 against 3: two levels apart");
    let inventory = question("practice:asset-inventory");
    assert!(!inventory.disagreement, "2, 2 and 3 are close enough");
    let plan_question = question("practice:incident-response-plan");
    assert!(plan_question.disagreement, "two said 2, one did not know");
    assert_eq!(plan_question.unknown, 1);
    assert!(view.disagreements >= 2);

    // Where the three agree, their answer is taken in one go; the disagreements stay open.
    let taken = navigator.accept_consensus(&library, workshop).unwrap();
    assert_eq!(taken, 44 - view.disagreements);
    let state = navigator.state(workshop).unwrap();
    assert_eq!(
        state.answers.answers[&id("practice:asset-inventory")],
        Answer::Level(2),
        "2, 2, 3: the cautious middle"
    );
    assert!(!state
        .answers
        .answers
        .contains_key(&id("practice:backup-and-restore")));
    assert_eq!(navigator.accept_consensus(&library, workshop).unwrap(), 0);

    // The facilitator agrees an answer with a note: it becomes the assessment's answer.
    navigator
        .set_answer(
            &library,
            &AnswerUpdate {
                assessment: workshop,
                practice: id("practice:backup-and-restore"),
                answer: Answer::Level(1),
            },
        )
        .unwrap();
    let note = "Restores were never tested end to end; Ben's 1 stands.";
    navigator
        .set_note(workshop, &id("practice:backup-and-restore"), note)
        .unwrap();
    let view = navigator.workshop(&library, workshop, Lang::En).unwrap();
    let agreed = view
        .groups
        .iter()
        .flat_map(|g| &g.questions)
        .find(|q| q.practice.id == id("practice:backup-and-restore"))
        .unwrap();
    assert_eq!(
        (agreed.agreed, agreed.note.as_str()),
        (Some(Answer::Level(1)), note)
    );

    let (_, html) = navigator
        .report(
            &library,
            workshop,
            ReportLang::Both,
            ReportFormat::Html,
            ReportOptions::default(),
        )
        .unwrap();
    assert!(html.contains("Restores were never tested end to end; Ben&#39;s 1 stands."));
    assert!(html.contains("<dt>Workshop participants</dt><dd>3</dd>"));
    assert!(html.contains("<dt>ワークショップの参加者数</dt><dd>3</dd>"));
    let (_, markdown) = navigator
        .report(
            &library,
            workshop,
            ReportLang::En,
            ReportFormat::Markdown,
            ReportOptions::default(),
        )
        .unwrap();
    assert!(markdown.contains("**Agreed in the workshop:** Restores were never tested"));
    assert!(markdown.contains("Now at level 1; the target is level 3."));
}
