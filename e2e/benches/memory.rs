//! The backend's resident memory after start and after 1,000 searches through the real IPC
//! (the same command the search box calls), and what it is made of: anonymous memory (the heap,
//! thread stacks) and mapped files (the program, its libraries, the index kept on disk). Run by
//! `cargo xtask bench`.

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
    let after_start = app.backend_memory_kib("shirube-app");
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
    let after_searches = app.backend_memory_kib("shirube-app");
    app.quit().await;
    assert!(after_start.total > 0, "the app's process was not found");
    for (when, memory) in [
        ("after start", after_start),
        ("after 1,000 searches", after_searches),
    ] {
        println!(
            "backend RSS {when}: {} KiB ({} anonymous, {} mapped files)",
            memory.total, memory.anonymous, memory.files
        );
    }
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "{}",
        serde_json::json!({
            "rss_start_mib": mib(after_start.total),
            "rss_searches_mib": mib(after_searches.total),
            "anon_start_mib": mib(after_start.anonymous),
            "anon_searches_mib": mib(after_searches.anonymous),
            "files_start_mib": mib(after_start.files),
            "files_searches_mib": mib(after_searches.files),
        })
    );
}
