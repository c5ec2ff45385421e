//! The executive's path on the bundled guides: the quick check, deep dives, targets, the tier,
//! and answers files of both versions.

use shirube_guides::model::Condition;
use shirube_guides::{ItemId, Library, Sector};
use shirube_navigator::path::{deep_dive, flagged, pages, quick_check, Flag, PAGE_SIZE};
use shirube_navigator::tier::tier;
use shirube_navigator::{plan, Answer, AnswersError, AnswersFile, Axis, Profile, Step};

fn id(text: &str) -> ItemId {
    ItemId::parse(text).unwrap()
}

fn file(sector: &str, ot: bool) -> AnswersFile {
    let mut file = AnswersFile::new(&Sector::parse(sector).unwrap());
    file.profile.ot = ot;
    file
}

fn profiles() -> Vec<Profile> {
    let mut profiles = Vec::new();
    for bits in 0..8u8 {
        profiles.push(Profile {
            size: String::new(),
            ot: bits & 1 != 0,
            iot: bits & 2 != 0,
            development: bits & 4 != 0,
        });
    }
    profiles
}

#[test]
fn the_quick_check_asks_10_to_14_questions_covering_every_directive() {
    let (library, _) = Library::bundled();
    let directives: Vec<ItemId> = Axis::Directive
        .items(&library)
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let sectors = std::iter::once(Sector::GENERAL).chain(Sector::all_ci());
    for sector in sectors {
        for profile in profiles() {
            let mut answers = AnswersFile::new(&sector);
            answers.profile = profile.clone();
            let quick = quick_check(&library, &answers);
            let context = format!("{} {profile:?}: {quick:?}", sector.slug());
            assert!((10..=14).contains(&quick.len()), "{context}");
            for directive in &directives {
                let covered = quick.iter().any(|q| {
                    library
                        .item(q)
                        .unwrap()
                        .practice
                        .as_ref()
                        .unwrap()
                        .directive
                        == *directive
                });
                assert!(covered, "{directive} missing: {context}");
            }
            for question in &quick {
                let meta = library.item(question).unwrap().practice.clone().unwrap();
                let asked_of_all = match meta.applies_when {
                    None => true,
                    Some(Condition::Ot) => profile.ot,
                    Some(Condition::Iot) => profile.iot,
                    Some(Condition::Development) => profile.development,
                };
                assert!(asked_of_all, "{question} does not apply: {context}");
            }
        }
    }
}

#[test]
fn railways_with_ot_are_asked_about_ot_remote_access_first() {
    let (library, _) = Library::bundled();
    let with_ot = quick_check(&library, &file("railways", true));
    assert!(
        with_ot.contains(&id("practice:ot-remote-access")),
        "{with_ot:?}"
    );
    let without = quick_check(&library, &file("railways", false));
    assert!(!without.contains(&id("practice:ot-remote-access")));
    assert!(!without.contains(&id("practice:ot-security")));
    // The general sector weighs nothing more: the ten anchors.
    assert_eq!(quick_check(&library, &file("general", false)).len(), 10);
}

#[test]
fn deep_dives_keep_pages_short_and_say_what_they_skip() {
    let (library, _) = Library::bundled();
    let d5 = id("cmg3:D5");
    let (pages, skipped) = deep_dive(&library, &file("general", false), &d5);
    assert!(pages.len() >= 3, "directive 5 is split: {pages:?}");
    for page in &pages {
        assert!(!page.questions.is_empty() && page.questions.len() <= PAGE_SIZE);
        assert!(!page.themes.is_empty(), "every D5 page has a theme");
    }
    for not_asked in [
        "practice:ot-security",
        "practice:ot-remote-access",
        "practice:iot-product-security",
        "practice:secure-development",
    ] {
        assert!(
            skipped.contains(&id(not_asked)),
            "{not_asked} is said to be skipped"
        );
        assert!(pages.iter().all(|p| !p.questions.contains(&id(not_asked))));
    }
    // Quick-check questions are not asked again.
    let asked: Vec<&ItemId> = pages.iter().flat_map(|p| &p.questions).collect();
    assert!(!asked.contains(&&id("practice:multi-factor-authentication")));

    let (pages, skipped) = deep_dive(&library, &file("railways", true), &d5);
    assert!(skipped.contains(&id("practice:iot-product-security")));
    assert!(!skipped.contains(&id("practice:ot-security")));
    let asked: Vec<&ItemId> = pages.iter().flat_map(|p| &p.questions).collect();
    assert!(
        !asked.contains(&&id("practice:ot-remote-access")),
        "asked in the quick check"
    );
}

#[test]
fn the_snapshot_flags_weak_unknown_and_sector_weighted_directives() {
    let (library, _) = Library::bundled();
    let mut answers = file("railways", true);
    for question in quick_check(&library, &answers) {
        answers.answers.insert(question, Answer::Level(3));
    }
    answers
        .answers
        .insert(id("practice:executive-accountability"), Answer::Level(1));
    answers
        .answers
        .insert(id("practice:incident-response-plan"), Answer::UNKNOWN);
    let flags = flagged(&library, &answers);
    let of = |d: &str| {
        flags
            .iter()
            .find(|(id, _)| id.as_str() == d)
            .map(|(_, f)| f.clone())
    };
    assert_eq!(of("cmg3:D2"), Some(vec![Flag::Low]));
    assert_eq!(of("cmg3:D7"), Some(vec![Flag::Unknown]));
    assert_eq!(of("cmg3:D5"), Some(vec![Flag::SectorTarget]));
    assert_eq!(of("cmg3:D1"), None);

    let deep: Vec<ItemId> = flags.into_iter().map(|(d, _)| d).collect();
    let path = pages(&library, &answers, &deep).steps();
    assert_eq!(path[0], Step::Profile);
    assert_eq!(path[1], Step::Quick(0));
    assert!(path.contains(&Step::Snapshot) && path.contains(&Step::Deep(1, 0)));
    assert!(
        !path.iter().any(|s| matches!(s, Step::Deep(0, _))),
        "D1 not deepened"
    );
    assert_eq!(path.last(), Some(&Step::Finish));
}

#[test]
fn targets_rank_the_roadmap_by_the_gap_to_them() {
    let (library, _) = Library::bundled();
    let mut answers = file("general", false);
    answers
        .answers
        .insert(id("practice:cyber-risk-policy"), Answer::Level(2));
    answers
        .answers
        .insert(id("practice:backup-and-restore"), Answer::Level(2));
    let first = |answers: &AnswersFile| plan(&library, answers).recommendations[0].id.clone();
    // Equal gaps: the one more practices build on comes first.
    let before = first(&answers);
    let other = if before.as_str() == "practice:cyber-risk-policy" {
        "cmg3:D8"
    } else {
        "cmg3:D1"
    };
    answers.targets.insert(id(other), 4);
    let after = first(&answers);
    assert_ne!(
        before, after,
        "raising a directive's target moves its practice up"
    );
    let result = plan(&library, &answers);
    assert_eq!(result.targets[&id(other)], 100);
    assert_eq!(
        result.targets[&id("cmg3:D3")],
        75,
        "the default target is level 3"
    );

    // The sector's defaults come from the guides: railways aim for 4 in Directive 5.
    let rail = plan(&library, &file("railways", true));
    assert_eq!(rail.targets[&id("cmg3:D5")], 100);
}

#[test]
fn the_tier_is_read_from_governance_answers_not_averaged() {
    let mut answers = file("general", false);
    assert_eq!(tier(&answers).tier, 1);
    assert!(tier(&answers).provisional, "nothing asked yet");
    for practice in [
        "practice:cyber-risk-policy",
        "practice:executive-accountability",
    ] {
        answers.answers.insert(id(practice), Answer::Level(3));
    }
    answers
        .answers
        .insert(id("practice:risk-assessment"), Answer::Level(3));
    answers
        .answers
        .insert(id("practice:supplier-risk-management"), Answer::UNKNOWN);
    let judged = tier(&answers);
    assert_eq!(
        judged.tier, 2,
        "don't know about suppliers holds tier 3 back"
    );
    assert!(!judged.provisional);
    answers
        .answers
        .insert(id("practice:supplier-risk-management"), Answer::Level(4));
    assert_eq!(tier(&answers).tier, 3);
    let (library, _) = Library::bundled();
    for criterion in tier(&answers).criteria {
        assert!(
            library.item(&criterion.practice).is_some(),
            "{}",
            criterion.practice
        );
    }
}

#[test]
fn version_1_files_still_read_and_version_2_fields_are_checked() {
    let (library, _) = Library::bundled();
    let parse = |text: &str| AnswersFile::parse(text.as_bytes(), &library);
    let old = parse(r#"{"schema":"shirube.answers/1","sector":"general","answers":{"practice:asset-inventory":2}}"#).unwrap();
    assert_eq!(old.schema, "shirube.answers/2", "read as version 2");
    let new = parse(r#"{"schema":"shirube.answers/2","organization":"Example Rail","assessed_on":"2026-11-30","sector":"railways","profile":{"ot":true},"answers":{},"targets":{"cmg3:D1":4,"csf2:GV":3,"practice:csirt":2}}"#).unwrap();
    assert_eq!(new.organization, "Example Rail");
    assert_eq!(new.targets.len(), 3);
    assert_eq!(
        parse(r#"{"schema":"shirube.answers/2","assessed_on":"30/11/2026","sector":"general","answers":{}}"#).unwrap_err(),
        AnswersError::BadDate("30/11/2026".into())
    );
    assert_eq!(
        parse(r#"{"schema":"shirube.answers/2","sector":"general","answers":{},"targets":{"ci:railways":3}}"#).unwrap_err(),
        AnswersError::UnknownTarget("ci:railways".into())
    );
    assert_eq!(
        parse(r#"{"schema":"shirube.answers/2","sector":"general","answers":{},"targets":{"cmg3:D1":5}}"#).unwrap_err(),
        AnswersError::TargetOutOfRange { id: "cmg3:D1".into(), value: 5 }
    );
}
