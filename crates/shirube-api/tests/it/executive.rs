//! The executive's path through the API, as the app uses it: the path the quick check opens,
//! targets, the hand-off to the CISO and back, and the same questions from the command line.

use crate::app;
use shirube_api::{
    Answer, AnswerUpdate, ImportedFile, ItemId, Lang, Profile, Shirube, TargetUpdate,
};

fn id(text: &str) -> ItemId {
    ItemId::parse(text).unwrap()
}

/// A railway with control systems, its quick check answered at level 2.
fn railway(app: &Shirube) -> i64 {
    let assessment = app.create_assessment("Board 2026").unwrap();
    let profile = Profile {
        ot: true,
        ..Profile::default()
    };
    app.set_profile(assessment, "railways", &profile).unwrap();
    app.set_details(assessment, "Example Railway", Some("2026-11-30"))
        .unwrap();
    let path = app.path(assessment, Lang::En).unwrap();
    for page in path
        .pages
        .iter()
        .filter(|p| p.step.to_string().starts_with("quick-"))
    {
        for question in &page.questions {
            let update = AnswerUpdate {
                assessment,
                practice: question.practice.id.clone(),
                answer: Answer::Level(2),
            };
            app.set_answer(&update).unwrap();
        }
    }
    assessment
}

#[test]
fn the_path_follows_the_quick_check_and_the_deep_dives_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let assessment = railway(&app);
    let path = app.path(assessment, Lang::Ja).unwrap();
    // Railways aim for level 4 in Directives 5 and 8: suggested, not yet chosen.
    assert_eq!(path.deep_dives, [id("cmg3:D5"), id("cmg3:D8")]);
    assert!(!path.chosen);
    let steps: Vec<String> = path.steps.iter().map(ToString::to_string).collect();
    assert!(steps.contains(&"deep-4-0".to_owned()), "{steps:?}");
    assert!(path.pages.iter().all(|page| page.questions.len() <= 6));

    app.set_deep_dives(assessment, &[id("cmg3:D2")]).unwrap();
    let path = app.path(assessment, Lang::Ja).unwrap();
    assert!(path.chosen);
    let steps: Vec<String> = path.steps.iter().map(ToString::to_string).collect();
    assert!(steps.contains(&"deep-1-0".to_owned()) && !steps.contains(&"deep-4-0".to_owned()));
    assert!(app
        .set_deep_dives(assessment, &[id("practice:csirt")])
        .is_err());

    // A target raised, with its reason, is in the export (shirube.answers/2) and the plan.
    let update = TargetUpdate {
        assessment,
        item: id("cmg3:D10"),
        level: Some(4),
        reason: "Regulator expects sharing".into(),
    };
    app.set_target(&update).unwrap();
    let state = app.assessment(assessment).unwrap();
    assert_eq!(state.answers.targets[&id("cmg3:D10")], 4);
    assert_eq!(state.answers.organization, "Example Railway");
    let plan = app.plan(assessment, Lang::En).unwrap();
    let d10 = plan
        .directives
        .iter()
        .find(|s| s.item.id == id("cmg3:D10"))
        .unwrap();
    assert_eq!((d10.score, d10.target), (Some(50), 100));
    let bad = TargetUpdate {
        level: Some(9),
        ..update
    };
    assert!(app.set_target(&bad).is_err());
    assert!(app
        .set_details(assessment, "x", Some("30.11.2026"))
        .is_err());
}

#[test]
fn the_cisos_answers_come_back_marked_as_theirs_and_nothing_else_changes() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let assessment = railway(&app);
    let saved = app.save_handoff(assessment).unwrap();
    let text = std::fs::read_to_string(&saved).unwrap();
    let mut handoff: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(handoff["schema"], "shirube.answers/2");
    let asked = handoff["answers"].as_object().unwrap().clone();
    assert!(
        asked.contains_key("practice:ot-security"),
        "technical and applies"
    );
    assert!(
        !asked.contains_key("practice:cyber-risk-policy"),
        "not technical"
    );
    assert!(
        !asked.contains_key("practice:iot-product-security"),
        "does not apply"
    );
    assert_eq!(
        asked["practice:patch-and-configuration-management"],
        "unknown"
    );

    // The CISO answers everything at 3, and slips in a governance answer that is not theirs.
    for (_, answer) in handoff["answers"].as_object_mut().unwrap().iter_mut() {
        *answer = 3.into();
    }
    handoff["answers"]["practice:cyber-risk-policy"] = 0.into();
    let file = ImportedFile {
        file_name: "ciso.shirube.json".into(),
        text: handoff.to_string(),
    };
    let merged = app.merge_handoff(assessment, &file, Lang::En).unwrap();
    assert_eq!(merged, asked.len());
    let state = app.assessment(assessment).unwrap();
    assert_eq!(
        state.answers.answers[&id("practice:ot-security")],
        Answer::Level(3)
    );
    assert_eq!(
        state.answers.answered_by[&id("practice:ot-security")],
        "ciso"
    );
    assert_eq!(
        state.answers.answers[&id("practice:cyber-risk-policy")],
        Answer::Level(2),
        "the executive's own answer stays"
    );
    // The author answering again takes the answer over.
    let update = AnswerUpdate {
        assessment,
        practice: id("practice:ot-security"),
        answer: Answer::Level(1),
    };
    app.set_answer(&update).unwrap();
    let state = app.assessment(assessment).unwrap();
    assert!(!state
        .answers
        .answered_by
        .contains_key(&id("practice:ot-security")));

    // A hostile file is refused whole.
    let hostile = ImportedFile {
        file_name: "bad.json".into(),
        text: r#"{"schema":"shirube.answers/2","sector":"railways","answers":{"practice:ot-security":9}}"#.into(),
    };
    assert!(app.merge_handoff(assessment, &hostile, Lang::En).is_err());
}

#[test]
fn the_app_and_the_command_line_ask_the_same_questions() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let assessment = railway(&app);
    let from_app: Vec<ItemId> = app
        .path(assessment, Lang::En)
        .unwrap()
        .pages
        .into_iter()
        .flat_map(|page| page.questions.into_iter().map(|q| q.practice.id))
        .collect();
    let exported = std::fs::read(app.save_answers(assessment).unwrap()).unwrap();
    let from_cli: Vec<ItemId> = Shirube::headless(Lang::En)
        .questions_from_file(&exported, false, Lang::En)
        .unwrap()
        .into_iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(from_app, from_cli);
}
