//! The start-up profile: when each phase of the start was reached, in milliseconds since the
//! process entered `run`. `cargo xtask bench` starts the app with `SHIRUBE_STARTUP_PROFILE` set;
//! at the first paint the app then prints its marks as one JSON line and closes as a user
//! would, so the next start finds a cleanly closed database. Without it, marks cost a lock.
//! The page's own phases (script parsed, Fluent ready, mounted…) arrive with the first paint as
//! User Timing marks on the wall clock, the one clock the webview's process and this one share.

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tauri::AppHandle;

/// When `run` began, on the monotonic clock and on the wall clock.
static STARTED: OnceLock<(Instant, f64)> = OnceLock::new();
static MARKS: Mutex<Vec<(Cow<'static, str>, f64)>> = Mutex::new(Vec::new());

const PROFILE_ENV: &str = "SHIRUBE_STARTUP_PROFILE";

pub fn begin() {
    STARTED.get_or_init(|| (Instant::now(), epoch_ms()));
    mark("main");
}

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0)
}

pub fn since_start_ms() -> f64 {
    STARTED
        .get()
        .map_or(0.0, |(started, _)| started.elapsed().as_secs_f64() * 1000.0)
}

/// Records that `phase` was reached now; only its first time counts (the page loads once, the
/// first command is the first IPC).
pub fn mark(phase: &'static str) {
    mark_at(Cow::Borrowed(phase), since_start_ms());
}

/// Records a phase that took `took` from the mark `after`, measured where it ran.
pub fn mark_after(phase: &'static str, after: &str, took: Duration) {
    let start = lock_marks()
        .iter()
        .find(|(seen, _)| *seen == after)
        .map_or(0.0, |(_, at)| *at);
    mark_at(Cow::Borrowed(phase), start + took.as_secs_f64() * 1000.0);
}

fn mark_at(phase: Cow<'static, str>, at_ms: f64) {
    let mut marks = lock_marks();
    if !marks.iter().any(|(seen, _)| *seen == phase) {
        marks.push((phase, at_ms));
    }
}

fn lock_marks() -> std::sync::MutexGuard<'static, Vec<(Cow<'static, str>, f64)>> {
    MARKS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Marks the first paint, and the page's phases given as `(name, ms since the Unix epoch)`;
/// when profiling, prints the marks and closes the app.
pub fn painted(app: &AppHandle, page_marks: Vec<(String, f64)>) -> f64 {
    mark("first-paint");
    let started_epoch = STARTED.get().map_or(0.0, |(_, epoch)| *epoch);
    for (name, at_epoch) in page_marks {
        mark_at(Cow::Owned(name), at_epoch - started_epoch);
    }
    let now = since_start_ms();
    if std::env::var_os(PROFILE_ENV).is_some() {
        let fields: Vec<String> = lock_marks()
            .iter()
            .map(|(phase, at)| format!("\"{phase}\":{at:.2}"))
            .collect();
        println!("{{{}}}", fields.join(","));
        app.exit(0);
    }
    now
}
