//! Keystroke to rendered results in the real webview: types realistic queries one character at a
//! time and reads the app's own `shirube:search-*` User Timing measures. Prints p50 and p95 of
//! the whole and of its parts.
//! Run by `cargo xtask bench` (it needs the app, tauri-driver and a display, like the e2e tests).

use shirube_e2e::{App, Profile};

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
        for c in query.chars() {
            input.send_keys(&c.to_string()).await.unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Each search's whole time (to the frame that shows it), and its parts: the answer over IPC,
    // the DOM update, and up to the end of that frame's style, layout and paint.
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
    for (name, part) in ["keystroke to frame", "IPC", "DOM update", "to painted"]
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
