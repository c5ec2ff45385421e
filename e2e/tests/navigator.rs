//! The navigator in the real app, by keyboard only, in Japanese: start, answer, quit in the
//! middle, start the app again, continue where it stopped, and finish with a roadmap.

use fantoccini::key::Key;
use shirube_e2e::{App, Profile};

/// Presses Tab until the focused element matches `css`; fails if it never does.
async fn tab_to(app: &App, css: &str) {
    let script = "return document.activeElement && document.activeElement.matches(arguments[0])";
    for _ in 0..80 {
        let focused = app.client.execute(script, vec![css.into()]).await.unwrap();
        if focused.as_bool() == Some(true) {
            return;
        }
        press(app, Key::Tab).await;
    }
    panic!("Tab never reached {css}");
}

async fn press(app: &App, key: Key) {
    let focused = app
        .client
        .active_element()
        .await
        .expect("a focused element");
    focused
        .send_keys(&char::from(key).to_string())
        .await
        .expect("the key is sent");
}

async fn type_text(app: &App, text: &str) {
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

async fn next(app: &App, expected_step: &str) {
    tab_to(app, r#"[data-testid="next"]"#).await;
    press(app, Key::Enter).await;
    app.wait_for(&format!(r#"[data-step="{expected_step}"]"#))
        .await;
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
    tab_to(&app, r#"[data-mode="navigator"]"#).await;
    press(&app, Key::Enter).await;
    tab_to(&app, r#"[data-testid="new-name"]"#).await;
    type_text(&app, "取締役会向け 2026").await;
    press(&app, Key::Enter).await;
    app.wait_for(r#"[data-step="profile"]"#).await;
    tab_to(&app, r#"[data-testid="ot"]"#).await;
    press(&app, Key::Space).await;
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
    tab_to(&app, &radio("0")).await;
    press(&app, Key::Space).await;
    press(&app, Key::Down).await;
    app.wait_for(&format!("{}:checked", radio("1"))).await;
    let progress = app.text(r#"[data-testid="progress"]"#).await;
    assert!(progress.contains("ステップ"), "{progress}");
    app.screenshot("ja-navigator-question").await;
    app.quit().await;

    // Start again: the assessment is listed, and opens where it stopped, with the answer kept.
    let again = App::launch(&profile, "ja_JP.UTF-8").await;
    tab_to(&again, r#"[data-mode="navigator"]"#).await;
    press(&again, Key::Enter).await;
    tab_to(&again, "[data-assessment]").await;
    press(&again, Key::Enter).await;
    again.wait_for(r#"[data-step="assess-0"]"#).await;
    assert!(
        is_checked(&again, &radio("1")).await,
        "the answer given before quitting is still there"
    );

    // Through the remaining directives to the results, roadmap and finish.
    let mut guard = 0;
    while again
        .client
        .find(fantoccini::Locator::Css(r#"[data-step="results"]"#))
        .await
        .is_err()
    {
        tab_to(&again, r#"[data-testid="next"]"#).await;
        press(&again, Key::Enter).await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        guard += 1;
        assert!(guard < 20, "never reached the results");
    }
    again.wait_for(".radar").await;
    again.screenshot("ja-navigator-results").await;
    next(&again, "roadmap").await;
    let roadmap = again.text(".nav-step").await;
    assert!(roadmap.contains("最初の 90 日"), "{roadmap}");
    again
        .wait_for(&format!(r#".roadmap-item[data-practice="{first}"]"#))
        .await;
    again.screenshot("ja-navigator-roadmap").await;
    next(&again, "finish").await;
    tab_to(&again, r#"[data-testid="done"]"#).await;
    press(&again, Key::Enter).await;
    again.wait_for("[data-assessment]").await;

    // Six months later: a second assessment, the same question now at level 3, compared.
    tab_to(&again, r#"[data-testid="new-name"]"#).await;
    type_text(&again, "半年後").await;
    press(&again, Key::Enter).await;
    next(&again, "principles").await;
    next(&again, "assess-0").await;
    tab_to(&again, &radio("0")).await;
    press(&again, Key::Space).await;
    for _ in 0..3 {
        press(&again, Key::Down).await;
    }
    again.wait_for(&format!("{}:checked", radio("3"))).await;
    while again
        .client
        .find(fantoccini::Locator::Css(r#"[data-step="results"]"#))
        .await
        .is_err()
    {
        tab_to(&again, r#"[data-testid="next"]"#).await;
        press(&again, Key::Enter).await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    tab_to(&again, r#"[data-testid="compare"]"#).await;
    press(&again, Key::Down).await;
    let change = again
        .wait_for_text(r#"[data-testid="score-change"]"#, |t| t.contains("+"))
        .await;
    assert!(change.contains("前回から +"), "{change}");
    again.quit().await;
}
