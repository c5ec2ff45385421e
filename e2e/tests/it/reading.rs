//! The reading view for bilingual teams: one item in English and Japanese side by side.

use fantoccini::Locator;
use shirube_e2e::{App, Profile};

#[tokio::test(flavor = "multi_thread")]
async fn an_item_reads_in_english_and_japanese_side_by_side() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.open_item("cmg3", "cmg3:D7").await;
    app.wait_for(r#"[data-testid="side-by-side"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(".reader-columns.two").await;
    let articles = app
        .client
        .find_all(Locator::Css(r#"article[data-id="cmg3:D7"]"#))
        .await
        .unwrap();
    let mut langs = Vec::new();
    for article in &articles {
        langs.push(article.attr("lang").await.unwrap().unwrap_or_default());
    }
    assert_eq!(langs, ["en", "ja"], "English on the left, as in the report");
    let english = articles[0]
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let japanese = articles[1]
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(english.starts_with("Directive 7"), "{english}");
    assert!(japanese.starts_with("指示7"), "{japanese}");
    app.screenshot("ja-side-by-side").await;

    // Opening another item keeps both columns, now for that item.
    app.wait_for(r#"[data-key="cmg3:D8"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(r#".reader-columns.two article[lang="en"] h1"#, |t| {
        t.starts_with("Directive 8")
    })
    .await;
    app.wait_for(r#".reader-columns.two article[lang="ja"][data-id="cmg3:D8"]"#)
        .await;
    app.quit().await;
}

/// Selecting a passage and pressing "Copy with citation" puts the passage, its item and its
/// source on the clipboard, in the item's language; with nothing selected, the summary.
#[tokio::test(flavor = "multi_thread")]
async fn a_selected_passage_is_copied_with_its_citation() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.open_item("practice", "practice:backup-and-restore")
        .await;
    // Select the first sentence of "in brief", as a reader's mouse would.
    let selected: String = app
        .client
        .execute(
            r#"const p = document.querySelector('[data-testid="in-brief"] p');
               const range = document.createRange();
               range.selectNodeContents(p);
               const selection = document.getSelection();
               selection.removeAllRanges();
               selection.addRange(range);
               return selection.toString();"#,
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    app.wait_for(r#"[data-testid="cite"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for_text(r#"[data-testid="cite-status"]"#, |s| {
        s.contains("コピーしました")
    })
    .await;
    let copied = app.clipboard().await;
    assert!(
        copied.starts_with(&format!("「{}」", selected.trim())),
        "{copied}"
    );
    for part in [
        "出典：攻撃に耐えるバックアップ",
        "〔practice:backup-and-restore〕",
        "原典：NIST CSWP 29",
        "時点の情報",
    ] {
        assert!(copied.contains(part), "{part} not in {copied}");
    }
    app.screenshot("ja-copy-with-citation").await;
    app.quit().await;
}

/// The targets step says its defaults come from the sector's page: the page shows them.
#[tokio::test(flavor = "multi_thread")]
async fn a_sector_page_shows_the_self_assessments_targets() {
    let profile = Profile::new();
    let app = App::launch(&profile, "ja_JP.UTF-8").await;
    app.open_item("ci", "ci:railways").await;
    let targets = app.text(r#"[data-testid="assessment-targets"]"#).await;
    assert_eq!(targets.matches("段階4").count(), 2, "{targets}");
    assert!(
        targets.contains("指示5") && targets.contains("指示8"),
        "{targets}"
    );
    app.client
        .execute(
            r#"document.querySelector('[data-testid="assessment-targets"]').scrollIntoView()"#,
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("ja-sector-targets").await;
    app.quit().await;
}
