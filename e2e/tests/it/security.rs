//! Hostile content in the real webview: a user pack full of attacks loads, shows and searches
//! like any other, and nothing in it runs, loads or navigates. Every address the payloads name
//! points at a listener this test runs on 127.0.0.1, so any request they caused would be seen.

use std::net::TcpListener;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use fantoccini::Locator;
use serde_json::Value;
use shirube_e2e::{is_app_url, App, Profile};

const PACK_TOML: &str = r#"id = "hostile"
order = 20
kinds = ["policy"]
as_of = "2026-11-30"

[en]
title = "Hostile pack <script>window.__pwned = 'pack-title'</script>"
description = "Every trick a pack could try."
notice = "Test content."
source = "Shirube security test"

[ja]
title = "攻撃的なパック <script>window.__pwned = 'pack-title'</script>"
description = "パックが試しうるあらゆる手口です。"
notice = "テスト用の内容です。"
source = "Shirube のセキュリティテスト"
"#;

const ITEM_TOML: &str =
    "kind = \"policy\"\norder = 1\nmaps = [\"csf2:GV.PO\"]\nas_of = \"2026-11-30\"\n";

/// The attacks, one a paragraph. `ORIGIN` becomes the test's listener.
const PAYLOADS: &str = r#"
<script>window.__pwned = 'script'; document.title = 'pwned';</script>

Inline <script>window.__pwned = 'inline-script'</script> and <b onmouseover="window.__pwned='b'">bold</b>.

<img src="ORIGIN/html-image" onerror="window.__pwned = 'onerror'">

<p onclick="window.__pwned = 'onclick'" style="background: url(ORIGIN/style-attribute)">styled</p>

[javascript link](javascript:window.__pwned='javascript-link')

[data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=)

<a href="javascript:window.__pwned='raw-anchor'">raw anchor</a>

<iframe src="ORIGIN/iframe"></iframe> <iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>

<object data="ORIGIN/object"></object><embed src="ORIGIN/embed">

![remote image](ORIGIN/markdown-image)

<style>body { background: url(ORIGIN/style-element); } .reader { display: none; }</style>

<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = 'svg-onload'"><script>window.__pwned = 'svg-script'</script><image href="ORIGIN/svg-image"/></svg>

<link rel="stylesheet" href="ORIGIN/link-stylesheet"><meta http-equiv="refresh" content="0;url=ORIGIN/meta-refresh">

<form action="ORIGIN/form"><button formaction="javascript:window.__pwned='form'">go</button></form>

[protocol-relative link](//127.0.0.1/relative) and [a web page](https://shirube-external-link.invalid/guide) for the canary word zyxwvhostile.
"#;

/// Starts a listener on 127.0.0.1 that counts the connections it receives.
fn counting_listener() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a local listener");
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    std::thread::spawn(move || {
        for _ in listener.incoming() {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    (origin, count)
}

fn write_item(dir: &Path, title: &str, summary: &str, body: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("item.toml"), ITEM_TOML).unwrap();
    let languages = [
        ("en.md", title, summary, ""),
        ("ja.md", "攻撃の見本 {}", "要約です {}", "本文です。"),
    ];
    for (file, title, summary, prose) in languages {
        let title = title.replace("{}", "<img src=x onerror=\\\"window.__pwned='title'\\\">");
        let summary = summary.replace("{}", "<script>window.__pwned='summary'</script>");
        let text = format!(
            "+++\ntitle = \"{title}\"\nsummary = \"{summary}\"\nsource = \"Shirube\"\n+++\n{prose}{body}\n"
        );
        std::fs::write(dir.join(file), text).unwrap();
    }
}

/// A pack of attacks (sound, so it loads) and a broken pack (to be reported and left out).
fn install_packs(profile: &Profile, origin: &str) {
    let packs = profile.packs_dir();
    let hostile = packs.join("hostile");
    std::fs::create_dir_all(&hostile).unwrap();
    std::fs::write(hostile.join("pack.toml"), PACK_TOML).unwrap();
    let body = PAYLOADS.replace("ORIGIN", origin);
    write_item(
        &hostile.join("payloads"),
        "Attack samples {}",
        "Summary {}",
        &body,
    );
    let broken = packs.join("broken");
    std::fs::create_dir_all(broken.join("item")).unwrap();
    std::fs::write(
        broken.join("pack.toml"),
        PACK_TOML.replace("hostile", "broken"),
    )
    .unwrap();
    // An item without its language files.
    std::fs::write(broken.join("item/item.toml"), ITEM_TOML).unwrap();
}

async fn open_hostile_item(app: &App) {
    app.wait_for(r#"[data-key="pack/hostile"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"[data-key="hostile:payloads"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"article[data-id="hostile:payloads"] .body"#)
        .await;
}

/// What the page looks like to an auditor: anything that ran, and any active element or
/// attribute in the reader.
const AUDIT: &str = r#"
const article = document.querySelector('article[data-id="hostile:payloads"]');
const all = [...article.querySelectorAll('*')];
return {
  pwned: window.__pwned ?? null,
  title: document.title,
  forbidden: [...article.querySelectorAll(
    'script, iframe, frame, object, embed, style, link, meta, base, form, svg, img, image, video, audio, source')]
    .map((e) => e.tagName),
  handlers: all.flatMap((e) => [...e.attributes]
    .filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${e.tagName}@${a.name}`)),
  styled: all.filter((e) => e.hasAttribute('style')).map((e) => e.tagName),
  hrefs: all.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href')),
  text: article.querySelector('.body').textContent,
};
"#;

/// Plants an element of each kind the audit looks for, to show that it finds them.
const AUDIT_PREFIX: &str = r#"
document.querySelector('article[data-id="hostile:payloads"] .body').insertAdjacentHTML('beforeend',
  '<p onclick="void 0" style="color: red"><img alt=""><a href="javascript:void 0">x</a></p>');
"#;

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("a list: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_user_pack_shows_as_inert_text_and_requests_nothing() {
    let profile = Profile::new();
    let (origin, connections) = counting_listener();
    install_packs(&profile, &origin);
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.open_guides().await;

    let banner = app.text(".errors").await;
    assert!(
        banner.contains("packs/broken/item:1"),
        "the broken pack is reported with its path and line: {banner}"
    );
    assert!(
        app.client
            .find(Locator::Css(r#"[data-key="pack/broken"]"#))
            .await
            .is_err(),
        "the broken pack is left out of the library"
    );

    open_hostile_item(&app).await;
    // Time for anything the payloads could trigger (loads, timers, refreshes) to happen.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let audit = app
        .client
        .execute(AUDIT, vec![])
        .await
        .expect("the audit runs");
    app.screenshot("hostile-pack").await;

    assert_eq!(audit["pwned"], Value::Null, "a payload ran: {audit}");
    assert_eq!(audit["title"], "Shirube", "a payload changed the title");
    assert_eq!(audit["forbidden"], serde_json::json!([]), "{audit}");
    assert_eq!(audit["handlers"], serde_json::json!([]), "{audit}");
    assert_eq!(audit["styled"], serde_json::json!([]), "{audit}");
    let hrefs = strings(&audit["hrefs"]);
    assert_eq!(
        hrefs,
        ["https://shirube-external-link.invalid/guide"],
        "only the absolute web link keeps its address"
    );
    let text = audit["text"].as_str().unwrap();
    assert!(
        text.contains("<script>window.__pwned = 'script'") && text.contains("<iframe src="),
        "raw HTML is shown as text: {text}"
    );

    // WebKit keeps resource entries for http(s) loads only, not for the app's own schemes, so
    // the page's own script and style, referred to by URL, show that the audit sees URLs at all.
    let urls = app.page_urls().await;
    assert!(urls.iter().any(|u| u.contains("/assets/")), "{urls:?}");
    let foreign: Vec<&String> = urls.iter().filter(|url| !is_app_url(url)).collect();
    assert!(foreign.is_empty(), "requests beyond the app: {foreign:?}");
    assert_eq!(
        connections.load(Ordering::SeqCst),
        0,
        "a payload reached the network"
    );
    // The audit itself must see what it looks for: plant one of each in the reader and look again.
    let planted = format!("{AUDIT_PREFIX}{AUDIT}");
    let audit = app.client.execute(&planted, vec![]).await.unwrap();
    assert_eq!(audit["forbidden"], serde_json::json!(["IMG"]), "{audit}");
    assert_eq!(
        audit["handlers"],
        serde_json::json!(["P@onclick"]),
        "{audit}"
    );
    assert_eq!(audit["styled"], serde_json::json!(["P"]), "{audit}");
    assert_eq!(strings(&audit["hrefs"]).len(), 2, "{audit}");
    eprintln!(
        "hostile pack: {} URLs requested or referred to, all the app's own; 0 connections to the payloads' listener",
        urls.len()
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_pack_is_searchable_and_its_titles_stay_text() {
    let profile = Profile::new();
    let (origin, connections) = counting_listener();
    install_packs(&profile, &origin);
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    let input = app.wait_for(r#"input[role="combobox"]"#).await;
    input.send_keys("zyxwvhostile").await.unwrap();
    let hit = app
        .text(r#"#search-results [data-id="hostile:payloads"]"#)
        .await;
    assert!(hit.contains("Attack samples <img"), "{hit}");
    let pwned = app
        .client
        .execute("return window.__pwned ?? null", vec![])
        .await
        .unwrap();
    assert_eq!(pwned, Value::Null);
    assert_eq!(connections.load(Ordering::SeqCst), 0);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_to_the_web_is_shown_not_followed_and_the_window_never_leaves_the_app() {
    let profile = Profile::new();
    let (origin, _) = counting_listener();
    install_packs(&profile, &origin);
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.open_guides().await;
    let start = app.client.current_url().await.unwrap().to_string();
    assert!(is_app_url(&start), "{start}");
    open_hostile_item(&app).await;

    let web = "https://shirube-external-link.invalid/guide";
    let link = app.wait_for(&format!(r#".body a[href="{web}"]"#)).await;
    let marker = app
        .client
        .execute(
            "return getComputedStyle(arguments[0], '::after').content",
            vec![serde_json::to_value(&link).unwrap()],
        )
        .await
        .unwrap();
    assert!(
        marker.as_str().unwrap_or_default().contains('\u{2197}'),
        "the link is marked as leading outside: {marker}"
    );
    link.click().await.unwrap();
    let shown = app
        .wait_for(r#"[data-testid="external-link"] input"#)
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(shown.as_deref(), Some(web), "the address is shown to copy");
    let selected = app
        .client
        .execute(
            "const e = document.activeElement; return e.value.slice(e.selectionStart, e.selectionEnd)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(selected, web, "the address is selected, ready to copy");
    app.screenshot("external-link").await;
    assert_eq!(app.client.current_url().await.unwrap().as_str(), start);

    // Past the UI, the shell itself refuses to leave the app.
    app.client
        .execute(
            "setTimeout(() => { location.href = 'https://shirube-navigation.invalid/'; }, 0); return null",
            vec![],
        )
        .await
        .unwrap();
    app.client
        .execute(
            "window.open('https://shirube-new-window.invalid/'); return null",
            vec![],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.client.current_url().await.unwrap().as_str(), start);
    assert_eq!(
        app.client.windows().await.unwrap().len(),
        1,
        "no new window"
    );
    app.wait_for(r#"article[data-id="hostile:payloads"]"#).await;
    app.quit().await;
}
