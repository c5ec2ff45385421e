//! The start-up profile: when each phase of the start was reached, in milliseconds since the
//! process entered `run`. `cargo xtask bench` starts the app with `SHIRUBE_STARTUP_PROFILE` set;
//! at the first paint the app then prints its marks as one JSON line and closes as a user
//! would, so the next start finds a cleanly closed database. Without it, marks cost a lock.

use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use tauri::AppHandle;

static STARTED: OnceLock<Instant> = OnceLock::new();
static MARKS: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());

const PROFILE_ENV: &str = "SHIRUBE_STARTUP_PROFILE";

pub fn begin() {
    STARTED.get_or_init(Instant::now);
    mark("main");
}

pub fn since_start_ms() -> f64 {
    STARTED
        .get()
        .map_or(0.0, |started| started.elapsed().as_secs_f64() * 1000.0)
}

/// Records that `phase` was reached now; only its first time counts (the page loads once, the
/// first command is the first IPC).
pub fn mark(phase: &'static str) {
    mark_at(phase, since_start_ms());
}

/// Records a phase that took `took` from the mark `after`, measured where it ran.
pub fn mark_after(phase: &'static str, after: &str, took: Duration) {
    let start = MARKS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .iter()
        .find(|(seen, _)| *seen == after)
        .map_or(0.0, |(_, at)| *at);
    mark_at(phase, start + took.as_secs_f64() * 1000.0);
}

fn mark_at(phase: &'static str, at_ms: f64) {
    let mut marks = MARKS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !marks.iter().any(|(seen, _)| *seen == phase) {
        marks.push((phase, at_ms));
    }
}

/// Marks the first paint; when profiling, prints the marks and closes the app.
pub fn painted(app: &AppHandle) -> f64 {
    mark("first-paint");
    let now = since_start_ms();
    if std::env::var_os(PROFILE_ENV).is_some() {
        let marks = MARKS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let fields: Vec<String> = marks
            .iter()
            .map(|(phase, at)| format!("\"{phase}\":{at:.2}"))
            .collect();
        println!("{{{}}}", fields.join(","));
        app.exit(0);
    }
    now
}
