//! `cargo xtask fuzz [--seconds N]`: the property tests of the loader, the answers import and
//! the query path (the `fuzz_*` test modules), in release, each property for N seconds of fresh
//! random cases instead of the few dozen a plain `cargo test` runs. Prints, per target, the
//! executions and the distinct minimized findings; fails if there are any.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::{root, Result};

/// The test modules that hold fuzz properties, by package; each package's integration tests
/// are one binary (`tests/it`), run with the module as the filter.
const SUITES: &[(&str, &str)] = &[
    ("shirube-guides", "fuzz_guides"),
    ("shirube-navigator", "fuzz_answers"),
    ("shirube-search", "fuzz_queries"),
];
const TEST_BINARY: &str = "it";

/// Seconds per property when `--seconds` is not given.
const DEFAULT_SECONDS: u64 = 30;

/// One `fuzz-result target=… executions=… findings=…` line printed by a property.
struct Outcome {
    target: String,
    executions: u64,
    findings: u64,
}

/// Found anywhere in a line: the test harness prints `test <name> ... ` before the test runs.
fn parse_result(line: &str) -> Option<Outcome> {
    let rest = &line[line.find("fuzz-result ")? + "fuzz-result ".len()..];
    let field = |name: &str| {
        rest.split_whitespace()
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    };
    Some(Outcome {
        target: field("target")?.to_owned(),
        executions: field("executions")?.parse().ok()?,
        findings: field("findings")?.parse().ok()?,
    })
}

fn seconds(args: &[String]) -> Result<u64> {
    match args {
        [] => Ok(DEFAULT_SECONDS),
        [flag, value] if flag == "--seconds" => value
            .parse()
            .map_err(|_| format!("--seconds takes a whole number, not {value:?}")),
        _ => Err("usage: cargo xtask fuzz [--seconds N]".to_owned()),
    }
}

/// Builds the fuzz test binaries in release and returns, per suite, the package, the module
/// and the binary's path. Run outside cargo afterwards, they do not hold the shared target
/// folder's lock for minutes.
fn build_suites() -> Result<Vec<(&'static str, &'static str, String)>> {
    let mut args = vec!["test", "--release", "--no-run", "--message-format=json"];
    for (package, _) in SUITES {
        args.extend(["--package", package, "--test", TEST_BINARY]);
    }
    eprintln!("$ cargo {}", args.join(" "));
    let output = Command::new("cargo")
        .args(&args)
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cargo: {err}"))?;
    if !output.status.success() {
        return Err("the fuzz tests do not build".to_owned());
    }
    let mut binaries = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let name = message["target"]["name"].as_str().unwrap_or_default();
        let package_id = message["package_id"].as_str().unwrap_or_default();
        let executable = message["executable"].as_str();
        // `path+file:///…/crates/shirube-guides#0.1.0`: the folder names the package.
        let suite = SUITES
            .iter()
            .find(|(package, _)| package_id.contains(&format!("/{package}#")));
        if let (TEST_BINARY, Some((package, module)), Some(executable)) = (name, suite, executable)
        {
            binaries.push((*package, *module, executable.to_owned()));
        }
    }
    if binaries.len() == SUITES.len() {
        Ok(binaries)
    } else {
        Err(format!(
            "expected {} fuzz test binaries, found {binaries:?}",
            SUITES.len()
        ))
    }
}

pub fn fuzz(args: &[String]) -> Result {
    let seconds = seconds(args)?.to_string();
    let mut outcomes = Vec::new();
    let mut failed = Vec::new();
    for (package, module, binary) in build_suites()? {
        // One property at a time: each gets the whole machine for its seconds.
        let filter = format!("{module}::");
        let args = [filter.as_str(), "--nocapture", "--test-threads", "1"];
        eprintln!(
            "$ SHIRUBE_FUZZ_SECONDS={seconds} {binary} {}",
            args.join(" ")
        );
        let mut child = Command::new(&binary)
            .args(args)
            .env("SHIRUBE_FUZZ_SECONDS", &seconds)
            .current_dir(root().join("crates").join(package))
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|err| format!("{binary}: {err}"))?;
        let stdout = child
            .stdout
            .take()
            .ok_or("no output from the test binary")?;
        for line in BufReader::new(stdout).lines() {
            let line = line.map_err(|err| err.to_string())?;
            println!("{line}");
            outcomes.extend(parse_result(&line));
        }
        let status = child.wait().map_err(|err| err.to_string())?;
        if !status.success() {
            failed.push(binary);
        }
    }
    println!("\n{:<24} {:>12} {:>9}", "target", "executions", "findings");
    for outcome in &outcomes {
        println!(
            "{:<24} {:>12} {:>9}",
            outcome.target, outcome.executions, outcome.findings
        );
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "findings or failures in: {} (minimized inputs above, as fuzz-finding lines)",
            failed.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_lines_are_read_and_other_lines_ignored() {
        let line = "test arbitrary_bytes_never_panic ... fuzz-result target=answers-bytes \
                    executions=1234 findings=2";
        let outcome = parse_result(line).unwrap();
        assert_eq!(
            (
                outcome.target.as_str(),
                outcome.executions,
                outcome.findings
            ),
            ("answers-bytes", 1234, 2)
        );
        assert!(parse_result("test the_fixture_is_valid ... ok").is_none());
        assert!(parse_result("fuzz-result target=x executions=many findings=0").is_none());
    }

    #[test]
    fn seconds_default_and_must_be_a_number() {
        assert_eq!(seconds(&[]), Ok(DEFAULT_SECONDS));
        let given = ["--seconds".to_owned(), "5".to_owned()];
        assert_eq!(seconds(&given), Ok(5));
        assert!(seconds(&["--seconds".to_owned(), "x".to_owned()]).is_err());
        assert!(seconds(&["--minutes".to_owned()]).is_err());
    }
}
