//! `cargo xtask <command>`: the project's two front doors and their helpers.
//!
//! - `run`: install what is missing, build the UI and the app, open it on the bundled guides.
//! - `test`: the same set-up, then every test layer (fmt, clippy, unit and integration tests
//!   with the crash and disk tests, the load test in release, tidy tests, UI checks and unit
//!   tests, end-to-end tests in the real webview under Xvfb).
//! - `bundle`: the release .deb (Tauri CLI from npm; AppImage needs the internet, so it is left out).
//! - `bench [--startup-profile]`: the budgeted figures (start-up beside a bare Tauri window and
//!   its phases, index build, search latency, keystroke to render) in a table; with
//!   `--startup-profile`, the start-up rows alone.
//! - `bindings`: regenerate the UI's TypeScript types from the Rust types.
//! - `fuzz [--seconds N]`: the fuzz properties (guide loader, answers import, query path) in
//!   release, N seconds each (default 30), with executions and findings per target.

mod bench;
mod fuzz;
mod setup;
mod startup;
#[cfg(test)]
mod tidy;
#[cfg(test)]
mod tidy_copy;
#[cfg(test)]
mod tidy_layout;
#[cfg(test)]
mod tidy_security;
mod xvfb;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("test") => test(),
        Some("bench") => bench::bench(&args[1..]),
        Some("bundle") => bundle().map(|deb| println!("{}", deb.display())),
        Some("bindings") => bindings(),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        _ => Err(
            "usage: cargo xtask run | test | bundle | bench [--startup-profile] | bindings | fuzz [--seconds N]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs a command in the project root, echoing it; fails if it fails.
pub fn sh(program: &str, args: &[&str]) -> Result {
    sh_in(&root(), program, args, &[])
}

pub fn sh_in(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .status()
        .map_err(|err| format!("{program}: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// The UI bundle in `ui/dist`: the app embeds it at compile time, so it comes before any
/// cargo build or check of `src-tauri`.
pub fn build_ui() -> Result {
    sh_in(&root().join("ui"), "npm", &["run", "build"], &[])
}

/// The app binary (debug), with the UI built first.
fn build_app() -> Result<PathBuf> {
    build_ui()?;
    sh("cargo", &["build", "--package", "shirube-app"])?;
    Ok(setup::target_dir().join("debug/shirube-app"))
}

fn run() -> Result {
    setup::system_packages()?;
    setup::npm_packages()?;
    let app = build_app()?;
    sh_in(&root(), app.to_str().unwrap(), &[], &[])
}

fn test() -> Result {
    setup::system_packages()?;
    setup::npm_packages()?;
    let driver = setup::tauri_driver()?;
    build_ui()?;
    sh("cargo", &["fmt", "--all", "--check"])?;
    sh(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    sh(
        "cargo",
        &["test", "--workspace", "--exclude", "shirube-e2e"],
    )?;
    // Memory under load (100,000 searches, 10,000 saved answers): release, the profile users
    // run; it prints VmRSS before and after.
    sh(
        "cargo",
        &[
            "test",
            "--release",
            "--package",
            "shirube-api",
            "--test",
            "load",
            "--",
            "--nocapture",
        ],
    )?;
    let ui = root().join("ui");
    sh_in(&ui, "npm", &["run", "check"], &[])?;
    sh_in(&ui, "npm", &["test"], &[])?;
    sh("cargo", &["build", "--package", "shirube-app"])?;
    let app = setup::target_dir().join("debug/shirube-app");
    let deb = bundle()?;
    let display = xvfb::Xvfb::start()?;
    sh_in(
        &root(),
        "cargo",
        &["test", "--package", "shirube-e2e"],
        &[
            ("DISPLAY", display.name()),
            ("SHIRUBE_APP", app.to_str().unwrap()),
            ("SHIRUBE_TAURI_DRIVER", driver.to_str().unwrap()),
            ("SHIRUBE_DEB", deb.to_str().unwrap()),
        ],
    )
}

/// Builds the release .deb with the Tauri CLI from npm and returns its path.
pub fn bundle() -> Result<PathBuf> {
    setup::system_packages()?;
    setup::npm_packages()?;
    build_ui()?;
    let tauri = root().join("ui/node_modules/.bin/tauri");
    let tauri = tauri.to_str().ok_or("the project's path is not UTF-8")?;
    sh_in(
        &root().join("src-tauri"),
        tauri,
        &["build", "--bundles", "deb"],
        &[],
    )?;
    let version = env!("CARGO_PKG_VERSION");
    let deb = setup::target_dir().join(format!("release/bundle/deb/Shirube_{version}_amd64.deb"));
    if deb.exists() {
        Ok(deb)
    } else {
        Err(format!(
            "the bundle is not where expected: {}",
            deb.display()
        ))
    }
}

fn bindings() -> Result {
    sh_in(
        &root(),
        "cargo",
        &["test", "--package", "shirube-api", "--lib", "bindings"],
        &[("SHIRUBE_UPDATE_BINDINGS", "1")],
    )
}
