//! `cargo xtask <command>`: the project's two front doors and their helpers.
//!
//! - `run`: install what is missing, build the UI and the app, open it on the bundled guides.
//! - `test`: the same set-up, then every test layer (fmt, clippy, unit and integration tests
//!   with the crash and disk tests, the load test in release, tidy tests, actionlint over the
//!   workflows, UI checks and unit tests, end-to-end tests in the real webview under Xvfb).
//!   The load test, the .deb and the end-to-end tests are Linux's: elsewhere they are skipped,
//!   said so, and left to Linux CI.
//! - `bundle`: the platform's own release bundle with the Tauri CLI from npm: .deb on Linux
//!   (AppImage needs the internet, so it is left out), the NSIS installer on Windows, .app and
//!   .dmg on macOS.
//! - `bench [--startup-profile]` (Linux): the budgeted figures (start-up beside a bare Tauri window and
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
        Some("bundle") => bundle().map(|built| println!("{}", built.display())),
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

/// npm is a batch file on Windows, which `Command` runs only when named in full.
pub const NPM: &str = if cfg!(windows) { "npm.cmd" } else { "npm" };

/// The UI bundle in `ui/dist`: the app embeds it at compile time, so it comes before any
/// cargo build or check of `src-tauri`.
pub fn build_ui() -> Result {
    sh_in(&root().join("ui"), NPM, &["run", "build"], &[])
}

/// The app binary (debug), with the UI built first.
fn build_app() -> Result<PathBuf> {
    build_ui()?;
    sh("cargo", &["build", "--package", "shirube-app"])?;
    Ok(app_binary("debug"))
}

/// The app's executable in a profile's folder (`.exe` on Windows).
fn app_binary(profile: &str) -> PathBuf {
    let name = format!("shirube-app{}", std::env::consts::EXE_SUFFIX);
    setup::target_dir().join(profile).join(name)
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
    let actionlint = setup::actionlint()?;
    build_ui()?;
    sh("cargo", &["fmt", "--all", "--check"])?;
    actionlint_workflows(&actionlint)?;
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
    let ui = root().join("ui");
    sh_in(&ui, NPM, &["run", "check"], &[])?;
    sh_in(&ui, NPM, &["test"], &[])?;
    if !cfg!(target_os = "linux") {
        eprintln!(
            "xtask: on {}, the unit, integration, tidy and UI tests ran. The load test (it reads \
             /proc), the end-to-end tests in the real webview (Xvfb, WebKitWebDriver) and the \
             .deb run on Linux, in .ci/run; the release workflow builds this platform's installer.",
            std::env::consts::OS
        );
        return Ok(());
    }
    linux_tests()
}

/// The layers that need Linux: the load test reads VmRSS from /proc, and the end-to-end tests
/// drive WebKitGTK through WebKitWebDriver on an Xvfb display and install the .deb.
fn linux_tests() -> Result {
    let driver = setup::tauri_driver()?;
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
    sh("cargo", &["build", "--package", "shirube-app"])?;
    let app = app_binary("debug");
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

/// Every workflow, checked as GitHub would read it: a mistake there shows only on GitHub's
/// runners, after a tag is pushed.
fn actionlint_workflows(actionlint: &Path) -> Result {
    let dir = root().join(".github/workflows");
    let mut workflows: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|err| format!("{}: {err}", dir.display()))?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yml"))
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    workflows.sort();
    let program = actionlint
        .to_str()
        .ok_or("the target folder's path is not UTF-8")?;
    let args: Vec<&str> = workflows.iter().map(String::as_str).collect();
    sh(program, &args)
}

/// This platform's release bundle (the Tauri CLI from npm) and its path: the .deb on Linux,
/// the NSIS installer on Windows, the .dmg on macOS (the .app beside it).
pub fn bundle() -> Result<PathBuf> {
    setup::system_packages()?;
    setup::npm_packages()?;
    build_ui()?;
    let (bundles, folder, ext) = if cfg!(windows) {
        ("nsis", "nsis", "exe")
    } else if cfg!(target_os = "macos") {
        ("app,dmg", "dmg", "dmg")
    } else {
        ("deb", "deb", "deb")
    };
    // npm's launcher for the CLI is a batch file on Windows: run its script with node instead.
    let tauri = root().join("ui/node_modules/@tauri-apps/cli/tauri.js");
    let tauri = tauri.to_str().ok_or("the project's path is not UTF-8")?;
    sh_in(
        &root().join("src-tauri"),
        "node",
        &[tauri, "build", "--bundles", bundles],
        &[],
    )?;
    let dir = setup::target_dir().join("release/bundle").join(folder);
    let prefix = format!("Shirube_{}_", env!("CARGO_PKG_VERSION"));
    std::fs::read_dir(&dir)
        .map_err(|err| format!("{}: {err}", dir.display()))?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .find(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(&prefix) && path.extension().is_some_and(|e| e == ext)
        })
        .ok_or_else(|| format!("no {prefix}*.{ext} in {}", dir.display()))
}

fn bindings() -> Result {
    sh_in(
        &root(),
        "cargo",
        &["test", "--package", "shirube-api", "--lib", "bindings"],
        &[("SHIRUBE_UPDATE_BINDINGS", "1")],
    )
}
