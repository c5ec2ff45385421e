//! The app in the real webview: first screen, language switch, library and reader.

use fantoccini::key::Key;
use shirube_e2e::{App, Profile};

const EN_HEADING: &str = "Guides";
const JA_HEADING: &str = "ガイド";

fn has_kana(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{3041}'..='\u{30FF}'))
}

#[tokio::test(flavor = "multi_thread")]
async fn opens_in_english_and_an_item_opens_from_the_library_by_keyboard() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    // The start page first: the three things people come for, with the time each takes.
    let home = app.text(".home").await;
    assert!(
        home.contains("Take the quick check") && home.contains("About 10 minutes"),
        "{home}"
    );
    app.open_guides().await;
    assert_eq!(
        app.text(".library-heading").await.to_lowercase(),
        EN_HEADING.to_lowercase()
    );
    assert_eq!(app.text(".empty h1").await, "Choose a guide to read");

    app.wait_for(r#"[data-key="pack/csf2"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.press(Key::Down).await;
    app.press(Key::Enter).await;
    let title = app
        .wait_for_text(r#"article[data-id="csf2:GV"] h1"#, |t| t == "Govern")
        .await;
    assert_eq!(title, "Govern");
    let children = app.text(r#"[data-testid="children"]"#).await;
    assert!(
        children.contains("GV.OC") && children.contains("Organizational Context"),
        "{children}"
    );

    app.wait_for(r#"[data-testid="children"] button[data-id="csf2:GV.OC"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"article[data-id="csf2:GV.OC"]"#).await;
    let crumbs = app.text(".crumbs").await;
    assert!(
        crumbs.contains("NIST Cybersecurity Framework 2.0") && crumbs.contains("GV"),
        "{crumbs}"
    );
    app.screenshot("en-reader").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_to_japanese_changes_interface_and_reader_and_is_remembered() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.open_item("cmg3", "cmg3:D7").await;
    let english = app.text(r#"article[data-id="cmg3:D7"] h1"#).await;
    assert!(!has_kana(&english), "{english}");

    app.wait_for(r#"button[data-lang="ja"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(".library-heading", |t| t == JA_HEADING)
        .await;
    let japanese = app
        .wait_for_text(r#"article[data-id="cmg3:D7"] h1"#, has_kana)
        .await;
    assert_ne!(japanese, english);
    assert!(has_kana(&app.text(".summary").await));
    let practices = app.text(r#"[data-key="pack/practice"]"#).await;
    assert!(
        has_kana(&practices),
        "the library is in Japanese too: {practices}"
    );
    app.screenshot("ja-reader").await;
    app.quit().await;

    let again = App::launch(&profile, "en_US.UTF-8").await;
    again.open_guides().await;
    assert_eq!(
        again.text(".library-heading").await,
        JA_HEADING,
        "the choice of Japanese is remembered"
    );
    again.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn first_start_follows_a_japanese_os_locale() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.open_guides().await;
    assert_eq!(app.text(".library-heading").await, JA_HEADING);
    assert_eq!(
        app.text(".empty h1").await,
        "読みたいガイドを選んでください"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn crosswalks_lead_from_a_practice_to_the_framework_and_back() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.open_item("practice", "practice:asset-inventory").await;
    let maps = app.text(r#"[data-testid="maps-to"]"#).await;
    assert!(maps.contains("ID.AM-01"), "{maps}");
    let levels = app.text(r#"[data-testid="levels"]"#).await;
    assert!(
        levels.contains("0 —") && levels.contains("4 —"),
        "five maturity levels: {levels}"
    );
    app.screenshot("en-practice").await;
    app.wait_for(r#"[data-testid="maps-to"] button[data-id="csf2:ID.AM-01"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"article[data-id="csf2:ID.AM-01"]"#).await;
    app.wait_for(r#"[data-testid="mapped-from"] button[data-id="practice:asset-inventory"]"#)
        .await;
    assert!(
        app.client
            .find(fantoccini::Locator::Css(
                r#"[data-key="csf2:ID.AM-01"][aria-selected="true"]"#
            ))
            .await
            .is_ok(),
        "the opened item is revealed and selected in the library"
    );
    app.quit().await;
}

async fn number(app: &App, script: &str) -> f64 {
    app.client
        .execute(script, vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap_or(f64::NAN)
}

#[tokio::test(flavor = "multi_thread")]
async fn text_size_is_remembered_and_the_zoom_keys_work() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    let root_px = "return parseFloat(getComputedStyle(document.documentElement).fontSize)";
    assert_eq!(number(&app, root_px).await, 16.0);
    // 150 %, chosen by keyboard from the top bar.
    app.tab_to(r#"[data-testid="text-size"]"#).await;
    app.press(Key::Down).await;
    app.press(Key::Down).await;
    app.wait_for_text(r#"[data-testid="text-size"]"#, |_| true)
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(number(&app, root_px).await, 24.0);
    // Everything is sized in rem: the start page's heading grows with it (2rem → 48 px).
    let heading_px =
        "return parseFloat(getComputedStyle(document.querySelector('.home h1')).fontSize)";
    assert!(number(&app, heading_px).await >= 40.0);
    app.screenshot("ja-home-150").await;
    app.quit().await;

    // Remembered at the next start; and Ctrl+= zooms the whole window (the page gets narrower
    // in CSS pixels), Ctrl+0 resets it.
    let again = App::launch(&profile, "ja_JP.UTF-8").await;
    again
        .wait_for_text(r#"[data-testid="text-size"]"#, |_| true)
        .await;
    assert_eq!(number(&again, root_px).await, 24.0);
    let width = "return window.innerWidth";
    let before = number(&again, width).await;
    let body = again.wait_for("body").await;
    body.send_keys(&format!("{}=", char::from(Key::Control)))
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let zoomed = number(&again, width).await;
    assert!(zoomed < before, "Ctrl+= zooms in: {before} → {zoomed}");
    body.send_keys(&format!("{}0", char::from(Key::Control)))
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        number(&again, width).await,
        before,
        "Ctrl+0 resets the zoom"
    );
    again.quit().await;
}
