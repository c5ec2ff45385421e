//! `cargo xtask bench --startup-profile` (and rows of `cargo xtask bench`): where Shirube's start
//! goes, phase by phase, beside a bare Tauri window (`bench/bare-window`) built in the same run,
//! whose start is the floor. Both are release builds, started directly (no WebDriver) on a
//! private X display, alternately so that a busy machine slows both alike; the figures are
//! medians. Shirube starts on a profile whose database already holds answered assessments and
//! was closed cleanly: the start a user has every day.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use shirube_api::{Answer, AnswerUpdate, AppDirs, Lang, Shirube};

use crate::{setup, sh, xvfb, Result};

const RUNS: usize = 9;

/// Shirube's marks (`src-tauri/src/startup.rs`), in the order the start reaches them, each with
/// what happened since the one before.
const PHASES: &[(&str, &str)] = &[
    ("main", "process start → main (exec, dynamic linking)"),
    ("setup", "GTK init, window and webview created"),
    ("guides-loaded", "guides loaded (bundled and user packs)"),
    (
        "database-ready",
        "settings read, database opened and checked",
    ),
    ("page-load-started", "webview starts loading the page"),
    ("html-received", "page: index.html received"),
    ("script-start", "page: script parsed, starts running"),
    (
        "first-ipc",
        "first IPC (`startup`), sent as the script starts",
    ),
    ("startup-answered", "page: `startup` answered"),
    (
        "mounted",
        "page: the first screen mounted (Fluent parsed for its language)",
    ),
    (
        "first-frame",
        "page: its first frame begins (animation frame)",
    ),
    (
        "first-paint",
        "first paint of the interactive screen (its style, layout, paint, then an IPC)",
    ),
];

/// One row of the bench table: what, measured, budget.
pub type Row = [String; 3];

pub fn build() -> Result {
    crate::build_ui()?;
    sh(
        "cargo",
        &[
            "build",
            "--release",
            "--package",
            "shirube-app",
            "--package",
            "shirube-bare-window",
        ],
    )
}

/// What the start-up runs measured: the table's rows, and the bare window's resident memory
/// (MiB, median), the floor for Shirube's.
pub struct Profile {
    pub rows: Vec<Row>,
    pub bare_rss_mib: f64,
    /// The bare window's anonymous memory (heap and stacks), the rest being mapped files.
    pub bare_anon_mib: f64,
}

/// Starts both windows `RUNS` times each and returns the table's rows.
pub fn profile() -> Result<Profile> {
    let release = setup::target_dir().join("release");
    let display = xvfb::Xvfb::start()?;
    let home = tempfile_dir()?;
    seed_assessments(&home)?;
    let env = |home: &Path| -> Vec<(String, String)> {
        let at = |sub: &str| home.join(sub).to_string_lossy().into_owned();
        vec![
            ("DISPLAY".into(), display.name().to_owned()),
            ("HOME".into(), at("")),
            ("XDG_CONFIG_HOME".into(), at("config")),
            ("XDG_DATA_HOME".into(), at("data")),
            ("XDG_CACHE_HOME".into(), at("cache")),
            ("SHIRUBE_STARTUP_PROFILE".into(), "1".into()),
        ]
    };
    let bare = release.join("shirube-bare-window");
    let app = release.join("shirube-app");
    // The first start of each fills WebKit's caches and the page cache: a user's start is warm.
    start_once(&bare, &env(&home))?;
    start_once(&app, &env(&home))?;
    let (mut bare_ms, mut bare_rss, mut bare_anon) = (Vec::new(), Vec::new(), Vec::new());
    let mut app_runs = Vec::new();
    for _ in 0..RUNS {
        let (ms, marks) = start_once(&bare, &env(&home))?;
        bare_ms.push(ms);
        let mib = |key: &str| marks[key].as_f64().unwrap_or(f64::NAN) / 1024.0;
        bare_rss.push(mib("rss_kib"));
        bare_anon.push(mib("anon_kib"));
        app_runs.push(start_once(&app, &env(&home))?);
    }
    let _ = std::fs::remove_dir_all(&home);

    let bare = median(bare_ms);
    let total = median(app_runs.iter().map(|(total, _)| *total).collect());
    let mut rows = vec![
        [
            format!("bare Tauri window: start to first paint (median of {RUNS})"),
            format!("{bare:.0} ms"),
            "the floor".to_owned(),
        ],
        [
            format!("Shirube: start to first interactive screen (median of {RUNS})"),
            format!("{total:.0} ms (bare + {:.0})", total - bare),
            "≤ 500 ms, ≤ bare + 150 ms".to_owned(),
        ],
    ];
    // Each mark as time since the process started (the process-start phase is what the
    // harness saw before `main`).
    let mut previous = 0.0;
    for (mark, what) in PHASES {
        let at: Vec<f64> = app_runs
            .iter()
            .filter_map(|(total, marks)| {
                let paint = marks.get("first-paint")?.as_f64()?;
                Some(total - paint + marks.get(*mark)?.as_f64()?)
            })
            .collect();
        if at.is_empty() {
            continue;
        }
        let at = median(at);
        rows.push([
            format!("· {what}"),
            format!("+{:.0} ms (at {at:.0})", at - previous),
            String::new(),
        ]);
        previous = at;
    }
    let (bare_rss_mib, bare_anon_mib) = (median(bare_rss), median(bare_anon));
    rows.push([
        "bare Tauri window: resident memory at first paint".to_owned(),
        format!("{bare_rss_mib:.0} MiB ({bare_anon_mib:.0} anonymous)"),
        "the floor".to_owned(),
    ]);
    Ok(Profile {
        rows,
        bare_rss_mib,
        bare_anon_mib,
    })
}

/// Starts `program`, reads the JSON line it prints at its first paint, and waits for it to
/// close. Returns the milliseconds from spawning to that line, and the marks.
fn start_once(program: &Path, env: &[(String, String)]) -> Result<(f64, serde_json::Value)> {
    let name = program.display().to_string();
    let started = Instant::now();
    // `timeout`: a window that never paints (no display, a broken build) must not hang the bench.
    let mut child = Command::new("timeout")
        .arg("60")
        .arg(program)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("{name}: {err}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .map_err(|err| format!("{name}: {err}"))?;
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    let status = child.wait().map_err(|err| format!("{name}: {err}"))?;
    if !status.success() {
        return Err(format!("{name} did not close cleanly ({status})"));
    }
    let marks: serde_json::Value = serde_json::from_str(line.trim())
        .map_err(|err| format!("{name}: no start-up profile ({err}): {line}"))?;
    Ok((elapsed, marks))
}

/// Five assessments with every question answered, written through the API as the app would.
fn seed_assessments(home: &Path) -> Result {
    let shirube = Shirube::open(
        AppDirs {
            config: home.join("config/app.shirube.desktop"),
            data: home.join("data/app.shirube.desktop"),
            exports: home.join("Downloads"),
            cache: home.join("cache/app.shirube.desktop"),
        },
        Some("en-US"),
    );
    let practices: Vec<_> = shirube
        .questions(Lang::En)
        .into_iter()
        .flat_map(|group| group.questions)
        .map(|question| question.practice.id)
        .collect();
    for n in 0..5 {
        let assessment = shirube
            .create_assessment(&format!("Board review {n}"))
            .map_err(|err| format!("seeding assessments: {err:?}"))?;
        for (i, practice) in practices.iter().enumerate() {
            let update = AnswerUpdate {
                assessment,
                practice: practice.clone(),
                answer: Answer::Level((i % 5) as u8),
            };
            shirube
                .set_answer(&update)
                .map_err(|err| format!("seeding answers: {err:?}"))?;
        }
    }
    Ok(())
}

fn tempfile_dir() -> Result<PathBuf> {
    let dir = setup::target_dir()
        .join("tmp")
        .join(format!("startup-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    Ok(dir)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}
