//! Keystroke to rendered results in the real webview: types realistic queries one character at a
//! time and reads the app's own `shirube:search-*` User Timing measures, from the input event:
//! to the results laid out (the DOM updated, its style and layout done: what is left is the
//! paint at the display's next frame), and its parts. Prints p50 and p95 of each.
//! Run by `cargo xtask bench` (it needs the app, tauri-driver and a display, like the e2e tests).

use std::process::Command;
use std::time::Duration;

use shirube_e2e::{App, Profile};

/// Keys arrive as from a fast typist: ten characters a second (about 120 words a minute).
const KEY_DELAY_MS: &str = "100";

const QUERIES: [&str; 12] = [
    "ransomware backup",
    "board oversight",
    "supplier contracts",
    "incident response plan",
    "vulnerab",
    "GV.OC-01",
    "ランサムウェア",
    "取締役会",
    "委託先",
    "事業継続計画",
    "制御システム",
    "多要素認証",
];

#[tokio::main]
async fn main() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    let input = app.wait_for(r#"input[role="combobox"]"#).await;
    for query in QUERIES {
        input.clear().await.unwrap();
        input.click().await.unwrap(); // clearing took the focus away (WebDriver's unfocusing steps)
        type_on_the_keyboard(query);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    // Each search's whole time (to its results laid out), its parts (the answer over IPC, then
    // the DOM update with style and layout) and the time to the end of the frame that paints
    // it, which waits for the display's next frame as well.
    let script = "return ['render', 'ipc', 'dom', 'painted'].map(part => \
        performance.getEntriesByName('shirube:search-' + part).map(e => e.duration))";
    let value = app
        .client
        .execute(script, vec![])
        .await
        .expect("the measures are readable");
    app.quit().await;
    let parts: Vec<Vec<f64>> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|part| {
            let mut millis: Vec<f64> = part
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v.as_f64())
                .collect();
            millis.sort_by(f64::total_cmp);
            millis
        })
        .collect();
    let millis = &parts[0];
    assert!(millis.len() >= 50, "only {} measures", millis.len());
    let at = |millis: &[f64], q: f64| millis[((millis.len() - 1) as f64 * q).round() as usize];
    for (name, part) in [
        "keystroke to laid out",
        "IPC",
        "DOM, style, layout",
        "to painted",
    ]
    .iter()
    .zip(&parts)
    {
        println!(
            "{name}: {}  p50 {:.1} ms  p95 {:.1} ms  max {:.1} ms",
            part.len(),
            at(part, 0.5),
            at(part, 0.95),
            at(part, 1.0)
        );
    }
    println!(
        "{}",
        serde_json::json!({
            "keystrokes": millis.len(),
            "p50_ms": at(millis, 0.5),
            "p95_ms": at(millis, 0.95),
            "ipc_p95_ms": at(&parts[1], 0.95),
            "dom_p95_ms": at(&parts[2], 0.95),
            "painted_p95_ms": at(&parts[3], 0.95),
        })
    );
}

/// Types `text` with real X keyboard events (XTEST, through xdotool) into the window that has
/// the focus, as a user's keyboard would. Keys synthesized by WebDriver go through WebKit's
/// automation in the UI process, which held its main thread, and every search's IPC behind it.
fn type_on_the_keyboard(text: &str) {
    let typed = Command::new("xdotool")
        .args(["type", "--delay", KEY_DELAY_MS, "--", text])
        .status()
        .expect("xdotool runs (`cargo xtask setup` installs it)");
    assert!(typed.success(), "xdotool failed: {typed}");
}
