//! The navigator in the real app, by keyboard only, in Japanese: start, answer, quit in the
//! middle, start the app again, continue where it stopped, and finish with a roadmap.

use fantoccini::key::Key;
use shirube_e2e::{App, Profile};

async fn next(app: &App, expected_step: &str) {
    app.tab_to(r#"[data-testid="next"]"#).await;
    app.press(Key::Enter).await;
    app.wait_for(&format!(r#"[data-step="{expected_step}"]"#))
        .await;
}

/// Presses Next, screen after screen, until `step` shows.
async fn next_until(app: &App, step: &str) {
    let css = format!(r#"[data-step="{step}"]"#);
    for _ in 0..20 {
        if app
            .client
            .find(fantoccini::Locator::Css(&css))
            .await
            .is_ok()
        {
            return;
        }
        app.tab_to(r#"[data-testid="next"]"#).await;
        app.press(Key::Enter).await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    panic!("never reached {step}");
}

async fn is_checked(app: &App, css: &str) -> bool {
    let script = "return document.querySelector(arguments[0]).checked";
    app.client
        .execute(script, vec![css.into()])
        .await
        .unwrap()
        .as_bool()
        == Some(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_executive_completes_the_flow_by_keyboard_and_resumes_after_quitting() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.tab_to(r#"[data-mode="navigator"]"#).await;
    app.press(Key::Enter).await;
    app.tab_to(r#"[data-testid="new-name"]"#).await;
    app.type_text("取締役会向け 2026").await;
    app.press(Key::Enter).await;
    app.wait_for(r#"[data-step="profile"]"#).await;
    app.tab_to(r#"[data-testid="ot"]"#).await;
    app.press(Key::Space).await;
    next(&app, "principles").await;
    assert!(app.text(".nav-step").await.contains("原則"));
    next(&app, "assess-0").await;

    // The first directive's questions: level 0, then the arrow key moves to level 1.
    let first = app
        .wait_for(".question-card")
        .await
        .attr("data-practice")
        .await
        .unwrap()
        .unwrap();
    let radio =
        |value: &str| format!(r#"fieldset[data-practice="{first}"] input[value="{value}"]"#);
    app.tab_to(&radio("0")).await;
    app.press(Key::Space).await;
    app.press(Key::Down).await;
    app.wait_for(&format!("{}:checked", radio("1"))).await;
    let progress = app.text(r#"[data-testid="progress"]"#).await;
    assert!(progress.contains("ステップ"), "{progress}");
    app.screenshot("ja-navigator-question").await;
    app.quit().await;

    // Start again: the assessment is listed, and opens where it stopped, with the answer kept.
    let again = App::launch(&profile, "ja_JP.UTF-8").await;
    again.tab_to(r#"[data-mode="navigator"]"#).await;
    again.press(Key::Enter).await;
    again.tab_to("[data-assessment]").await;
    again.press(Key::Enter).await;
    again.wait_for(r#"[data-step="assess-0"]"#).await;
    assert!(
        is_checked(&again, &radio("1")).await,
        "the answer given before quitting is still there"
    );

    // Through the remaining directives to the results, roadmap and finish.
    next_until(&again, "results").await;
    again.wait_for(".radar").await;
    again.screenshot("ja-navigator-results").await;
    next(&again, "roadmap").await;
    let roadmap = again.text(".nav-step").await;
    assert!(roadmap.contains("最初の 90 日"), "{roadmap}");
    again
        .wait_for(&format!(r#".report-practice[data-practice="{first}"]"#))
        .await;
    again.screenshot("ja-navigator-roadmap").await;
    next(&again, "finish").await;
    again.tab_to(r#"[data-testid="done"]"#).await;
    again.press(Key::Enter).await;
    again.wait_for("[data-assessment]").await;

    // Six months later: a second assessment, the same question now at level 3, compared.
    again.tab_to(r#"[data-testid="new-name"]"#).await;
    again.type_text("半年後").await;
    again.press(Key::Enter).await;
    next(&again, "principles").await;
    next(&again, "assess-0").await;
    again.tab_to(&radio("0")).await;
    again.press(Key::Space).await;
    for _ in 0..3 {
        again.press(Key::Down).await;
    }
    again.wait_for(&format!("{}:checked", radio("3"))).await;
    next_until(&again, "results").await;
    again.tab_to(r#"[data-testid="compare"]"#).await;
    again.press(Key::Down).await;
    // The results show the report's own score table, with a change column since then.
    let change = again
        .wait_for_text(r#"[data-testid="score-change"]"#, |t| t.starts_with('+'))
        .await;
    assert!(change.len() > 1, "{change}");
    let scores = again.text(".report-scores").await;
    assert!(scores.contains("前回からの変化"), "{scores}");
    again.quit().await;
}
