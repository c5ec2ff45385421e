//! Search in the real app: type, see results, open one with the keyboard, terms marked.

use fantoccini::key::Key;
use fantoccini::Locator;
use shirube_e2e::{App, Profile};

async fn type_query(app: &App, text: &str) {
    let input = app.wait_for(r#"input[role="combobox"]"#).await;
    input.clear().await.expect("the search box clears");
    input.send_keys(text).await.expect("the query is typed");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_japanese_query_finds_and_opens_the_practice_with_terms_marked() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    type_query(&app, "ランサムウェア").await;
    app.wait_for(r#"#search-results [data-id="practice:ransomware-readiness"]"#)
        .await;
    let first = app.text("#search-results .hit").await;
    assert!(first.contains("ランサムウェア"), "{first}");
    let marks = app
        .client
        .find_all(Locator::Css("#search-results mark"))
        .await
        .unwrap();
    assert!(
        !marks.is_empty(),
        "matched words are highlighted in the results"
    );
    app.screenshot("ja-search").await;

    app.client
        .find(Locator::Css(
            r#"#search-results [data-id="practice:ransomware-readiness"]"#,
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(r#"article[data-id="practice:ransomware-readiness"] .body mark"#)
        .await;
    let question = app.text(r#"[data-testid="question"]"#).await;
    assert!(question.contains("自己診断"), "{question}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_english_query_with_a_typo_opens_by_keyboard() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    // Ctrl+K puts the cursor in the search box from anywhere.
    let body = app.wait_for("body").await;
    body.send_keys(&format!("{}k", char::from(Key::Control)))
        .await
        .unwrap();
    let focused = app.client.active_element().await.unwrap();
    assert_eq!(
        focused.attr("role").await.unwrap().as_deref(),
        Some("combobox")
    );

    type_query(&app, "multifactor authentcation").await;
    app.wait_for(r#"#search-results [data-id="practice:multi-factor-authentication"]"#)
        .await;
    let input = app.wait_for(r#"input[role="combobox"]"#).await;
    let active = input
        .attr("aria-activedescendant")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(active, "hit-0");
    // Down then Up returns to the first result; Enter opens it.
    input
        .send_keys(&char::from(Key::Down).to_string())
        .await
        .unwrap();
    input
        .send_keys(&char::from(Key::Up).to_string())
        .await
        .unwrap();
    let first_id = app
        .wait_for("#hit-0")
        .await
        .attr("data-id")
        .await
        .unwrap()
        .unwrap();
    input
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    app.wait_for(&format!(r#"article[data-id="{first_id}"]"#))
        .await;
    app.screenshot("en-search").await;

    // Nonsense finds nothing, says so, and offers examples.
    type_query(&app, "\"((zzqqxx)) -- <script>").await;
    let none = app.text(".no-results-title").await;
    assert!(none.contains("No results"), "{none}");
    app.wait_for(".examples .chip").await.click().await.unwrap();
    app.wait_for("#search-results .hit").await;
    app.quit().await;
}

/// The sector is a lens, never a filter: a railway operator searching for ransomware and backups
/// sees both practices in the top five. (How far the lens lifts what concerns the sector is
/// pinned by crates/shirube-search/tests/it/lens.rs.)
#[tokio::test(flavor = "multi_thread")]
async fn the_railways_lens_keeps_backup_and_ransomware_in_the_top_five() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    // The filters appear with the results: a first query shows them, then the lens is chosen
    // and the query typed again, so every result on screen was searched through the lens.
    type_query(&app, "鉄道").await;
    app.wait_for(r#"select[data-filter="sector"] option[value="railways"]"#)
        .await;
    app.wait_for(r#"select[data-filter="sector"]"#)
        .await
        .select_by_value("railways")
        .await
        .expect("the railways lens is chosen");
    type_query(&app, "ランサムウェア バックアップ").await;
    let first_five = || async {
        let hits = app
            .client
            .find_all(Locator::Css("#search-results .hit[data-id]"))
            .await
            .unwrap();
        let mut ids = Vec::new();
        for hit in hits.iter().take(5) {
            ids.push(hit.attr("data-id").await.unwrap().unwrap_or_default());
        }
        ids
    };
    let mut top = Vec::new();
    for _ in 0..50 {
        top = first_five().await;
        if top.iter().any(|id| id == "practice:backup-and-restore") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    for practice in [
        "practice:backup-and-restore",
        "practice:ransomware-readiness",
    ] {
        assert!(
            top.iter().any(|id| id == practice),
            "{practice} not in {top:?}"
        );
    }
    let lens = app
        .wait_for(r#"select[data-filter="sector"]"#)
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(lens.as_deref(), Some("railways"));
    app.screenshot("ja-search-railways-lens").await;
    app.quit().await;
}
