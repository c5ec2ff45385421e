//! The navigator's use cases as the app calls them.

use shirube_api::navigator::Navigator;
use shirube_api::{Answer, AnswerUpdate, Profile};
use shirube_guides::{ErrorCode, ItemId, Lang, Library};

#[test]
fn answers_are_saved_validated_and_planned() {
    let (library, _) = Library::bundled();
    let dir = tempfile::tempdir().unwrap();
    let navigator = Navigator::open(&dir.path().join("data/shirube.db"));
    assert!(navigator.problem().is_none());
    let id = navigator.create("  Board review  ").unwrap();
    assert_eq!(navigator.list().unwrap()[0].name, "Board review");

    let practice = ItemId::parse("practice:asset-inventory").unwrap();
    navigator
        .set_answer(
            &library,
            &AnswerUpdate {
                assessment: id,
                practice: practice.clone(),
                answer: Answer::Level(1),
            },
        )
        .unwrap();
    let bad = AnswerUpdate {
        assessment: id,
        practice: ItemId::parse("csf2:GV").unwrap(),
        answer: Answer::Level(1),
    };
    assert_eq!(
        navigator.set_answer(&library, &bad).unwrap_err().code,
        ErrorCode::AnswerInvalid
    );
    let out_of_range = AnswerUpdate {
        assessment: id,
        practice: practice.clone(),
        answer: Answer::Level(5),
    };
    assert_eq!(
        navigator
            .set_answer(&library, &out_of_range)
            .unwrap_err()
            .code,
        ErrorCode::AnswerInvalid
    );
    let profile = Profile {
        size: "300".into(),
        ot: true,
        iot: false,
        development: false,
    };
    navigator
        .set_profile(id, "medical", &profile, &library)
        .unwrap();
    assert_eq!(
        navigator
            .set_profile(id, "mars", &profile, &library)
            .unwrap_err()
            .code,
        ErrorCode::AnswerInvalid
    );
    navigator.set_step(id, "deep-1-0").unwrap();
    assert_eq!(
        navigator.set_step(id, "deep-x").unwrap_err().code,
        ErrorCode::AnswerInvalid,
        "only steps the navigator has are saved"
    );

    let state = navigator.state(id).unwrap();
    assert_eq!(
        (
            state.step.to_string().as_str(),
            state.answers.sector.as_str()
        ),
        ("deep-1-0", "medical")
    );
    assert_eq!(state.answers.answers[&practice], Answer::Level(1));

    let groups = navigator.questions(&library, Lang::Ja);
    assert_eq!(groups.len(), 10, "one screen per cmg3 directive");
    assert_eq!(groups.iter().map(|g| g.questions.len()).sum::<usize>(), 46);
    let plan = navigator.plan(&library, id, Lang::Ja).unwrap();
    assert_eq!((plan.directives.len(), plan.functions.len()), (10, 6));
    assert_eq!(plan.roadmap[0].practice.id, practice);
    assert!(
        plan.roadmap[0].reasons.iter().any(|r| r.contains("段階1")),
        "{:?}",
        plan.roadmap[0].reasons
    );
    assert_eq!(
        navigator.state(999).unwrap_err().code,
        ErrorCode::AssessmentNotFound
    );
}

#[test]
fn a_damaged_database_leaves_the_navigator_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shirube.db");
    std::fs::write(&path, vec![7u8; 4096]).unwrap();
    let navigator = Navigator::open(&path);
    assert_eq!(navigator.problem().unwrap().code, ErrorCode::StoreCorrupt);
    assert_eq!(navigator.list().unwrap_err().code, ErrorCode::StoreCorrupt);
    assert_eq!(std::fs::read(&path).unwrap(), vec![7u8; 4096]);
}
