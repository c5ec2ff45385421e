//! The backend's resident memory after start and after 1,000 searches through the real IPC
//! (the same command the search box calls). Run by `cargo xtask bench`.

use shirube_e2e::{App, Profile};

const QUERIES: [&str; 8] = [
    "ransomware",
    "取締役会",
    "backup",
    "委託先の管理",
    "GV.OC",
    "vulnerab",
    "制御システム",
    "incdent",
];

#[tokio::main]
async fn main() {
    let profile = Profile::new();
    let app = App::launch(&profile, "en_US.UTF-8").await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    let after_start = app.backend_rss_kib("shirube-app");
    // Test code may reach Tauri's IPC directly; the UI itself goes through lib/ipc.ts only.
    let script = r#"
        const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
        (async () => {
            for (let i = 0; i < 1000; i++) {
                const query = queries[i % queries.length];
                await window.__TAURI_INTERNALS__.invoke('search', {
                    request: { query, lang: null, limit: 30, pack: null, kind: null, sector: null },
                });
            }
            done(true);
        })().catch((error) => done(String(error)));
    "#;
    let queries = serde_json::json!(QUERIES);
    let outcome = app
        .client
        .execute_async(script, vec![queries])
        .await
        .expect("the searches run");
    assert_eq!(outcome, serde_json::json!(true), "{outcome}");
    let after_searches = app.backend_rss_kib("shirube-app");
    app.quit().await;
    assert!(after_start > 0, "the app's process was not found");
    println!(
        "backend RSS: {after_start} KiB after start, {after_searches} KiB after 1,000 searches"
    );
    println!(
        "{}",
        serde_json::json!({"rss_start_mib": after_start as f64 / 1024.0, "rss_searches_mib": after_searches as f64 / 1024.0})
    );
}
