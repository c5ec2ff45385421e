//! `cargo xtask bench`: one table of the figures PRODUCT.md budgets, each beside its budget.
//! Release builds throughout: these are the numbers a user would see. `--startup-profile` prints
//! the start-up rows alone (Shirube beside a bare Tauri window, and Shirube's phases).

use std::process::Command;

use crate::{root, setup, sh, startup, xvfb, Result};

struct Row {
    what: &'static str,
    value: String,
    budget: &'static str,
}

/// Runs a command and returns the JSON object on its last line of output.
fn last_json_line(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<serde_json::Value> {
    eprintln!("$ {program} {}", args.join(" "));
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .output()
        .map_err(|err| format!("{program}: {err}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "{program} failed: {}{}",
            stdout,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last)
        .map_err(|err| format!("{program}: no JSON on the last line ({err}): {last}"))
}

fn number(value: &serde_json::Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or(f64::NAN)
}

fn print_table(rows: impl IntoIterator<Item = startup::Row>) {
    println!("\n| what | measured | budget |\n|---|---|---|");
    for [what, value, budget] in rows {
        println!("| {what} | {value} | {budget} |");
    }
}

pub fn bench(args: &[String]) -> Result {
    // Start-up and keystroke figures need an X display and WebKitWebDriver, and the budgets
    // are set for the .deb: one platform's numbers, comparable run to run.
    if !cfg!(target_os = "linux") {
        return Err(
            "bench measures the Linux build (Xvfb, WebKitWebDriver, the .deb): run it on Linux"
                .to_owned(),
        );
    }
    match args {
        [] => {}
        [flag] if flag == "--startup-profile" => {
            setup::system_packages()?;
            startup::build()?;
            print_table(startup::profile()?.rows);
            return Ok(());
        }
        _ => return Err("usage: cargo xtask bench [--startup-profile]".to_owned()),
    }
    setup::system_packages()?;
    setup::npm_packages()?;
    let driver = setup::tauri_driver()?;
    let deb = crate::bundle()?;
    let deb_mib =
        std::fs::metadata(&deb).map_err(|e| e.to_string())?.len() as f64 / (1024.0 * 1024.0);
    sh("cargo", &["build", "--release", "--package", "shirube-cli"])?;
    let release = setup::target_dir().join("release");
    let cli = release.join("shirube");
    let cli = cli
        .to_str()
        .ok_or("the target folder's path is not UTF-8")?;

    let one = last_json_line(cli, &["bench", "--json"], &[])?;
    let fifty = last_json_line(cli, &["bench", "--scale", "50", "--json"], &[])?;
    // Shirube beside SQLite FTS5 on the same documents and queries, in the same run: figures
    // swing from machine to machine, the ratio does not.
    let peer = |scale: &str| {
        last_json_line(
            "python3",
            &[
                "bench/fts5_compare.py",
                "--shirube",
                cli,
                "--scale",
                scale,
                "--json",
            ],
            &[],
        )
    };
    let (peer_one, peer_fifty) = (peer("1")?, peer("50")?);

    let display = xvfb::Xvfb::start()?;
    let app = release.join("shirube-app");
    let env = [
        ("DISPLAY", display.name()),
        ("SHIRUBE_APP", app.to_str().unwrap_or_default()),
        ("SHIRUBE_TAURI_DRIVER", driver.to_str().unwrap_or_default()),
    ];
    // The benchmarks that drive the real app in the webview (e2e/benches).
    let webview_bench = |name: &str| {
        last_json_line(
            "cargo",
            &[
                "bench",
                "--quiet",
                "--package",
                "shirube-e2e",
                "--bench",
                name,
            ],
            &env,
        )
    };
    let keystrokes = webview_bench("keystroke")?;
    let memory = webview_bench("memory")?;
    drop(display);
    startup::build()?;
    let startup = startup::profile()?;
    let rss = |when: &str| {
        let mib = number(&memory, &format!("rss_{when}_mib"));
        let anon = number(&memory, &format!("anon_{when}_mib"));
        format!(
            "{mib:.0} MiB (bare + {:.0}); anonymous {anon:.0} (bare {:.0})",
            mib - startup.bare_rss_mib,
            startup.bare_anon_mib
        )
    };
    let versus = |peer: &serde_json::Value, key: &str| {
        format!(
            "{:.0} µs (FTS5 {:.0} µs)",
            number(&peer["shirube"], key),
            number(&peer["fts5"], key)
        )
    };

    let rows = [
        Row {
            what: "index build, bundled corpus",
            value: format!("{:.1} ms", number(&one, "index_build_ms")),
            budget: "≤ 100 ms",
        },
        Row {
            what: "index build, corpus × 50",
            value: format!("{:.0} ms", number(&fifty, "index_build_ms")),
            budget: "",
        },
        Row {
            what: "index reopened from disk, corpus × 50 (every start after the first)",
            value: format!("{:.0} ms", number(&fifty, "index_reopen_ms")),
            budget: "",
        },
        Row {
            what: "search p50, bundled corpus (eval queries, beside FTS5)",
            value: versus(&peer_one, "p50_us"),
            budget: "< FTS5",
        },
        Row {
            what: "search p99, bundled corpus (eval queries, beside FTS5)",
            value: versus(&peer_one, "p99_us"),
            budget: "≤ 300 µs, < FTS5",
        },
        Row {
            what: "search p50, corpus × 50 (eval queries, beside FTS5)",
            value: versus(&peer_fifty, "p50_us"),
            budget: "< FTS5",
        },
        Row {
            what: "search p99, corpus × 50 (eval queries, beside FTS5)",
            value: versus(&peer_fifty, "p99_us"),
            budget: "≤ 5 ms, < FTS5",
        },
        Row {
            what: "search p99, bundled corpus (`shirube bench`'s 30 queries)",
            value: format!("{:.0} µs", number(&one, "p99_us")),
            budget: "",
        },
        Row {
            what: "keystroke to rendered results p95 (results laid out, ready to paint)",
            value: format!(
                "{:.1} ms (IPC {:.1}, DOM, style and layout {:.1})",
                number(&keystrokes, "p95_ms"),
                number(&keystrokes, "ipc_p95_ms"),
                number(&keystrokes, "dom_p95_ms")
            ),
            budget: "≤ 16 ms",
        },
        Row {
            what: "keystroke to results painted p95 (with the wait for the display's next frame)",
            value: format!("{:.1} ms", number(&keystrokes, "painted_p95_ms")),
            budget: "",
        },
        Row {
            what: "backend RSS once search is ready",
            value: rss("start"),
            budget: "≤ bare + 20 MiB",
        },
        Row {
            what: "backend RSS after 1,000 searches",
            value: rss("searches"),
            budget: "",
        },
        Row {
            what: ".deb bundle",
            value: format!("{deb_mib:.2} MiB"),
            budget: "≤ 15 MiB",
        },
    ];
    let rows = rows
        .into_iter()
        .map(|row| [row.what.to_owned(), row.value, row.budget.to_owned()]);
    print_table(startup.rows.into_iter().chain(rows));
    println!(
        "\n(bundled corpus: {} documents; × 50: {})",
        number(&one, "docs"),
        number(&fifty, "docs")
    );
    Ok(())
}
