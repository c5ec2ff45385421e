//! The navigator's engine on the bundled guides: validation, scores, ranking and phases.

use shirube_guides::{ItemId, Library, Sector};
use shirube_navigator::{plan, Answer, AnswersError, AnswersFile, Phase, Reason};

fn id(text: &str) -> ItemId {
    ItemId::parse(text).unwrap()
}

fn answers(sector: &str, pairs: &[(&str, Answer)]) -> AnswersFile {
    let mut file = AnswersFile::new(&Sector::parse(sector).unwrap());
    for (practice, answer) in pairs {
        file.answers.insert(id(practice), *answer);
    }
    file
}

#[test]
fn bad_answers_files_are_named_precisely() {
    let (library, _) = Library::bundled();
    let parse = |text: &str| AnswersFile::parse(text.as_bytes(), &library).unwrap_err();
    assert!(matches!(
        parse("{not json"),
        AnswersError::NotJson { line: 1, .. }
    ));
    assert!(matches!(
        parse(r#"{"schema":"other/9","sector":"general","answers":{}}"#),
        AnswersError::WrongSchema { .. }
    ));
    assert_eq!(
        parse(r#"{"schema":"shirube.answers/1","sector":"mars","answers":{}}"#),
        AnswersError::UnknownSector("mars".into())
    );
    assert_eq!(
        parse(r#"{"schema":"shirube.answers/1","sector":"general","answers":{"csf2:GV":1}}"#),
        AnswersError::UnknownPractice("csf2:GV".into())
    );
    assert_eq!(
        parse(
            r#"{"schema":"shirube.answers/1","sector":"general","answers":{"practice:asset-inventory":7}}"#
        ),
        AnswersError::OutOfRange {
            id: "practice:asset-inventory".into(),
            value: 7
        }
    );
    assert!(matches!(
        parse(
            r#"{"schema":"shirube.answers/1","sector":"general","answers":{"practice:asset-inventory":"maybe"}}"#
        ),
        AnswersError::NotJson { .. }
    ));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(parse(&deep), AnswersError::NotJson { .. }));
    let huge = vec![b' '; 2 * 1024 * 1024];
    assert!(matches!(
        AnswersFile::parse(&huge, &library),
        Err(AnswersError::TooLarge { .. })
    ));
}

#[test]
fn scores_average_levels_and_count_dont_know_as_not_assured() {
    let (library, _) = Library::bundled();
    let file = answers(
        "general",
        &[
            ("practice:cyber-risk-policy", Answer::Level(4)),
            (
                "practice:business-context-and-obligations",
                Answer::Level(2),
            ),
            ("practice:executive-accountability", Answer::UNKNOWN),
        ],
    );
    let result = plan(&library, &file);
    // Both answered practices sit under Directive 1: (4 + 2) / 2 = 3 of 4.
    assert_eq!(result.scores[&id("cmg3:D1")], 75);
    assert_eq!(
        result.scores[&id("cmg3:D2")],
        0,
        "only a don't-know behind D2: nothing assured"
    );
    assert_eq!(result.unknowns[&id("cmg3:D2")], 1);
    assert!(result.scores.contains_key(&id("csf2:GV")));
    assert!(
        !result.scores.contains_key(&id("cmg3:D3")),
        "nothing asked under D3: no score at all"
    );

    // Three "don't know" and one level 3 is not 75 (the level-3 answer alone) but 3 of 16.
    let file = answers(
        "general",
        &[
            ("practice:incident-response-plan", Answer::Level(3)),
            ("practice:csirt", Answer::UNKNOWN),
            ("practice:incident-exercises", Answer::UNKNOWN),
            ("practice:incident-reporting", Answer::UNKNOWN),
        ],
    );
    let result = plan(&library, &file);
    assert_eq!(result.scores[&id("cmg3:D7")], 19);
    assert_eq!(result.unknowns[&id("cmg3:D7")], 3);
}

#[test]
fn ranking_weighs_gap_sector_and_foundations_and_is_deterministic() {
    let (library, _) = Library::bundled();
    let all_at = |level: u8| {
        let pairs: Vec<(String, Answer)> = library
            .items()
            .filter(|i| i.kind == "practice")
            .map(|i| (i.id.to_string(), Answer::Level(level)))
            .collect();
        let pairs: Vec<(&str, Answer)> = pairs.iter().map(|(p, a)| (p.as_str(), *a)).collect();
        answers("medical", &pairs)
    };
    let low = plan(&library, &all_at(1));
    assert_eq!(
        low,
        plan(&library, &all_at(1)),
        "the same answers give the same roadmap"
    );
    assert!(low
        .recommendations
        .windows(2)
        .all(|w| w[0].priority >= w[1].priority));
    let ranks: Vec<usize> = low.recommendations.iter().map(|r| r.rank).collect();
    assert_eq!(ranks, (1..=ranks.len()).collect::<Vec<_>>());
    // With equal gaps, a practice weighted for medical outranks one that is not.
    let rank_of = |p: &str| {
        low.recommendations
            .iter()
            .find(|r| r.id.as_str() == p)
            .unwrap()
            .rank
    };
    assert!(rank_of("practice:backup-and-restore") < rank_of("practice:physical-security"));
    // Practices for control systems are not asked where there are none, and not planned.
    assert!(low
        .recommendations
        .iter()
        .all(|r| r.id.as_str() != "practice:ot-security"));
    // Nothing at or above its target is recommended: medical aims for level 4 in Directives 5,
    // 8 and 9 (the guides' sector defaults), level 3 elsewhere.
    let at_three = plan(&library, &all_at(3));
    assert!(!at_three.recommendations.is_empty());
    for recommendation in &at_three.recommendations {
        let directive = &library
            .item(&recommendation.id)
            .unwrap()
            .practice
            .as_ref()
            .unwrap()
            .directive;
        assert!(
            ["cmg3:D5", "cmg3:D8", "cmg3:D9"].contains(&directive.as_str()),
            "{} is at its target",
            recommendation.id
        );
    }
    assert!(plan(&library, &all_at(4)).recommendations.is_empty());
}

#[test]
fn dont_know_is_a_finding_and_foundations_never_wait() {
    let (library, _) = Library::bundled();
    let file = answers(
        "general",
        &[
            ("practice:asset-inventory", Answer::Level(2)),
            ("practice:vulnerability-management", Answer::UNKNOWN),
        ],
    );
    let result = plan(&library, &file);
    let unknown = result
        .recommendations
        .iter()
        .find(|r| r.id.as_str() == "practice:vulnerability-management")
        .unwrap();
    assert!(unknown.reasons.contains(&Reason::Unknown));
    // Every recommendation's dependencies sit in the same phase or an earlier one.
    for recommendation in &result.recommendations {
        let item = library.item(&recommendation.id).unwrap();
        for dependency in &item.practice.as_ref().unwrap().depends_on {
            if let Some(dep) = result.recommendations.iter().find(|r| &r.id == dependency) {
                assert!(
                    dep.phase <= recommendation.phase,
                    "{dependency} after {}",
                    recommendation.id
                );
            }
        }
    }
    assert!(result
        .recommendations
        .iter()
        .any(|r| r.phase == Phase::First90Days));
}
