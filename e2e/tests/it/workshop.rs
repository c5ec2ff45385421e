//! A facilitator's workshop in the real app: import three participants' answers files,
//! resolve a disagreement with a note, walk through it in presenter mode, and export the
//! board report in both languages.

use std::path::PathBuf;

use fantoccini::key::Key;
use fantoccini::Locator;
use shirube_e2e::{App, Profile};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/workshop")
        .join(name)
        .display()
        .to_string()
}

const BACKUP: &str = r#"fieldset[data-practice="practice:backup-and-restore"]"#;

async fn count(app: &App, css: &str) -> usize {
    app.client.find_all(Locator::Css(css)).await.unwrap().len()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_facilitator_imports_three_participants_resolves_a_disagreement_and_exports_the_report() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.wait_for(r#"[data-mode="navigator"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"[data-testid="new-name"]"#)
        .await
        .send_keys("Board workshop")
        .await
        .unwrap();
    app.press(Key::Enter).await;
    app.wait_for(r#"[data-step="profile"]"#).await;
    app.wait_for(".step-list .link")
        .await
        .click()
        .await
        .unwrap();
    app.wait_for("[data-workshop]").await.click().await.unwrap();

    // Three files at once, as the facilitator picks them from a USB stick.
    let files = [
        "aiko.shirube.json",
        "ben.shirube.json",
        "chika.shirube.json",
    ]
    .map(fixture);
    app.wait_for(r#"[data-testid="import-participants"]"#)
        .await
        .send_keys(&files.join("\n"))
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="imported"]"#, |text| {
        text.contains("Aiko Tanaka") && text.contains("Ben Carter") && text.contains("千佳 佐藤")
    })
    .await;

    // A fourth file from someone else who also wrote "Aiko Tanaka": kept apart, with a warning
    // and a choice; the facilitator removes the newcomer again.
    app.wait_for(r#"[data-testid="import-participants"]"#)
        .await
        .send_keys(&fixture("aiko-namesake.shirube.json"))
        .await
        .unwrap();
    let warning = app
        .wait_for_text(r#"[data-testid="same-name"]"#, |text| {
            text.contains("Aiko Tanaka (2)")
        })
        .await;
    assert!(warning.contains("Two files claim the name"), "{warning}");
    // The warning may show a frame before the list does: wait for the newcomer there.
    app.wait_for_text(".participant-list", |text| text.contains("(2)"))
        .await;
    assert_eq!(count(&app, "[data-participant]").await, 4);
    app.screenshot("workshop-same-name").await;
    app.wait_for(r#"[data-testid="same-name"] button:last-child"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(".participant-list", |text| !text.contains("(2)"))
        .await;
    assert_eq!(count(&app, "[data-participant]").await, 3);
    assert_eq!(count(&app, "[data-participant]").await, 3);
    let summary = app.text(r#"[data-testid="disagreements"]"#).await;
    assert!(summary.contains("questions to discuss"), "{summary}");
    let backup = app.text(BACKUP).await;
    assert!(backup.contains("Disagreement"), "{backup}");
    assert!(backup.contains("Ben Carter: 1"), "{backup}");

    // Where everyone agrees, take their answer in one go.
    app.wait_for(r#"[data-testid="accept-consensus"]"#)
        .await
        .click()
        .await
        .unwrap();
    let accepted = app
        .wait_for_text(r#"[data-testid="accepted"]"#, |text| {
            text.contains("agreed answers set")
        })
        .await;
    assert!(
        accepted.starts_with(|c: char| c.is_ascii_digit()),
        "{accepted}"
    );

    // Only the disagreements, then agree level 1 with a note.
    app.wait_for(r#"[data-testid="only-disagreements"]"#)
        .await
        .click()
        .await
        .unwrap();
    let shown = count(&app, "fieldset.workshop-question").await;
    assert_eq!(
        shown,
        count(&app, "fieldset.workshop-question.disagreement").await
    );
    let level_one = app
        .client
        .find_all(Locator::Css(&format!("{BACKUP} .agree input")))
        .await
        .unwrap();
    level_one[1].click().await.unwrap();
    let note = "Restores were never tested end to end.";
    app.wait_for(&format!("{BACKUP} textarea"))
        .await
        .send_keys(note)
        .await
        .unwrap();
    app.press(Key::Tab).await; // leaving the field saves the note
    app.screenshot("workshop-en").await;

    // Presenter mode, keyboard only, at a projector's 1280×720.
    app.client.set_window_size(1280, 720).await.unwrap();
    app.wait_for(r#"[data-testid="present"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"[data-testid="presenter"]"#).await;
    app.press(Key::Home).await;
    let first = app.text(".presenter-progress").await;
    assert!(first.starts_with("Question 1 of"), "{first}");
    app.press(Key::Right).await;
    assert!(app
        .text(".presenter-progress")
        .await
        .starts_with("Question 2 of"));
    app.type_text("d").await;
    let flagged = app.text(".presenter-progress").await;
    assert!(
        flagged.contains("Disagreement"),
        "D jumps to a disagreement: {flagged}"
    );
    app.screenshot("presenter-en").await;
    app.press(Key::Escape).await;
    assert_eq!(count(&app, r#"[data-testid="presenter"]"#).await, 0);
    // Opened again, it resumes at the same question.
    app.wait_for(r#"[data-testid="present"]"#)
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(app.text(".presenter-progress").await, flagged);
    // Disagreements only, largest spread first: every question shown is flagged.
    app.wait_for(r#"[data-testid="presenter-disagreements-first"]"#)
        .await
        .click()
        .await
        .unwrap();
    let first = app.text(".presenter-progress").await;
    assert!(
        first.starts_with("Question 1 of") && first.contains("Disagreement"),
        "{first}"
    );
    app.wait_for(r#"[data-testid="presenter-timer"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="presenter-timer"]"#, |t| t.contains("0:0"))
        .await;
    app.wait_for(r#"[data-testid="presenter-close"]"#)
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(count(&app, r#"[data-testid="presenter"]"#).await, 0);
    // Names hidden for a shared screen.
    app.wait_for(r#"[data-testid="hide-names"]"#)
        .await
        .click()
        .await
        .unwrap();
    let responses = app.text(".responses").await;
    assert!(
        responses.contains("Participant 1") && !responses.contains("Aiko"),
        "{responses}"
    );
    app.wait_for(r#"[data-testid="hide-names"]"#)
        .await
        .click()
        .await
        .unwrap();

    // The same room in Japanese: the workshop and the projector follow the language at once.
    app.wait_for(r#"button[data-lang="ja"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="disagreements"]"#, |text| {
        text.contains("話し合うべき設問")
    })
    .await;
    app.screenshot("workshop-ja").await;
    app.wait_for(r#"[data-testid="present"]"#)
        .await
        .click()
        .await
        .unwrap();
    // Still at the question it was closed on, now worded in Japanese.
    app.wait_for_text(".presenter-progress", |text| {
        !text.is_empty() && !text.starts_with("Question")
    })
    .await;
    app.type_text("d").await;
    app.screenshot("presenter-ja").await;
    app.press(Key::Escape).await;
    app.wait_for(r#"button[data-lang="en"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="disagreements"]"#, |text| {
        text.contains("to discuss")
    })
    .await;

    // The report, in both languages, saved as HTML.
    app.wait_for(r#"[data-testid="workshop-report"]"#)
        .await
        .click()
        .await
        .unwrap();
    let preview = app
        .wait_for_text(r#"[data-testid="report-preview"]"#, |text| {
            text.contains(note)
        })
        .await;
    assert!(preview.contains("Workshop participants"));
    app.client
        .execute(
            "const s = document.querySelector('[data-testid=report-langs]'); s.value = 'both'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await
        .unwrap();
    app.wait_for(".report.bilingual").await;
    app.screenshot("report-both").await;
    app.wait_for(r#"[data-testid="save-report-html"]"#)
        .await
        .click()
        .await
        .unwrap();
    let saved = app
        .wait_for_text(r#"[data-testid="saved-path"]"#, |text| {
            text.contains(".html")
        })
        .await;
    let path = profile.downloads().join("Board workshop-report.html");
    assert!(saved.contains(&path.display().to_string()), "{saved}");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains(note));
    assert!(html.contains("lang=\"ja\"><h1>サイバーセキュリティのロードマップ</h1>"));
    assert!(html.contains("<svg class=\"radar\""));

    // The summary alone: the executive summary stays, the annex goes.
    app.client
        .execute(
            "document.querySelector('[data-testid=report-summary-only]').click();",
            vec![],
        )
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="report-preview"]"#, |text| {
        text.contains("The three largest risks") && !text.contains("Annex: the full report")
    })
    .await;
    app.screenshot("report-summary-only").await;

    // Back at the start: export the workshop's answers, and import the file back as a copy.
    app.wait_for(".report-actions .link")
        .await
        .click()
        .await
        .unwrap();
    app.wait_for("[data-export]").await.click().await.unwrap();
    let exported = profile.downloads().join("Board workshop.shirube.json");
    app.wait_for_text(r#"[data-testid="saved-path"]"#, |text| {
        text.contains(&exported.display().to_string())
    })
    .await;
    app.wait_for(r#"[data-testid="import-assessment"]"#)
        .await
        .send_keys(&exported.display().to_string())
        .await
        .unwrap();
    for _ in 0..50 {
        if count(&app, "[data-assessment]").await == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        count(&app, "[data-assessment]").await,
        2,
        "the imported copy is listed"
    );
    app.quit().await;
}
