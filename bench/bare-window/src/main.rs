//! A bare Tauri window: one static page, no state, no setup. `cargo xtask bench` starts it beside
//! Shirube to measure the floor a Tauri 2 app's start cannot go below on this machine. The page
//! calls `painted` once it has been painted; the window prints the milliseconds since `main`
//! and its resident memory as one JSON line, the same way Shirube's start-up profile does, and
//! closes.

use std::time::Instant;

use tauri::{AppHandle, State};

struct Started(Instant);

#[tauri::command]
fn painted(app: AppHandle, started: State<'_, Started>) {
    let ms = started.0.elapsed().as_secs_f64() * 1000.0;
    let (rss_kib, anon_kib) = (resident_kib("VmRSS:"), resident_kib("RssAnon:"));
    println!(
        "{{\"main\":0,\"first-paint\":{ms:.2},\"rss_kib\":{rss_kib},\"anon_kib\":{anon_kib}}}"
    );
    app.exit(0);
}

/// This process's resident memory, all of it (`VmRSS:`) or its anonymous part (`RssAnon:`: the
/// heap and stacks, not mapped files), in KiB (Linux; 0 elsewhere): Shirube's backend is
/// compared with it.
fn resident_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let started = Started(Instant::now());
    tauri::Builder::default()
        .manage(started)
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("bare window: {err}");
            std::process::exit(1);
        });
}
