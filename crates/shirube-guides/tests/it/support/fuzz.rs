//! Runs a proptest property in one of two ways. Under `cargo test`: a modest number of cases
//! (PROPTEST_CASES overrides), failing with the minimized input. Under `cargo xtask fuzz`
//! (`SHIRUBE_FUZZ_SECONDS` set): fresh random batches until the time is up, every distinct
//! minimized failure collected, then one `fuzz-result` line the xtask reads.
//! Shared by the fuzz tests of several crates through `#[path]`.

use std::fmt::Debug;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseResult, TestError, TestRunner};

/// Seconds per property; set by `cargo xtask fuzz`.
pub const SECONDS_VAR: &str = "SHIRUBE_FUZZ_SECONDS";
/// Cases per property in a plain `cargo test`: enough to catch regressions, quick in debug.
const TEST_CASES: u32 = 48;
/// Cases per batch in a timed run: small, so the time budget is kept closely.
const BATCH_CASES: u32 = 256;

pub fn property<S>(target: &str, strategy: S, test: impl Fn(S::Value) -> TestCaseResult)
where
    S: Strategy,
    S::Value: Debug,
{
    let executions = AtomicU64::new(0);
    let counted = |value| {
        executions.fetch_add(1, Ordering::Relaxed);
        test(value)
    };
    let seconds = std::env::var(SECONDS_VAR).ok().and_then(|s| s.parse().ok());
    let Some(seconds) = seconds else {
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(TEST_CASES);
        if let Err(error) = TestRunner::new(config(cases)).run(&strategy, counted) {
            panic!("{target}: {}", describe(error));
        }
        return;
    };
    // Shrinking replays a failure many times: keep its panic messages off the output.
    std::panic::set_hook(Box::new(|_| {}));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut findings: Vec<String> = Vec::new();
    while Instant::now() < deadline {
        if let Err(error) = TestRunner::new(config(BATCH_CASES)).run(&strategy, counted) {
            let finding = describe(error);
            if !findings.contains(&finding) {
                findings.push(finding);
            }
        }
    }
    drop(std::panic::take_hook());
    println!(
        "fuzz-result target={target} executions={} findings={}",
        executions.load(Ordering::Relaxed),
        findings.len()
    );
    for finding in &findings {
        println!("fuzz-finding target={target} {finding}");
    }
    assert!(findings.is_empty(), "{target}: {findings:#?}");
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        // Findings become plain regression tests in the source, not files beside it.
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

fn describe<T: Debug>(error: TestError<T>) -> String {
    match error {
        TestError::Fail(reason, input) => format!("failed ({reason}) on minimal input {input:?}"),
        TestError::Abort(reason) => format!("aborted: {reason}"),
    }
}
