//! Offline, proven for the app: it runs under strace, which records every socket the app and
//! its web processes open and every address they reach, while a user reads, searches and opens
//! the navigator. The one internet socket allowed is WebDriver's automation channel
//! (`WEBKIT_INSPECTOR_SERVER`, on loopback), which exists only under test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use fantoccini::Locator;
use shirube_e2e::{is_app_url, App, Profile};

fn strace_usable() -> bool {
    Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket", "true"])
        .output()
        .is_ok_and(|out| out.status.success())
}

/// A launcher for WebKitWebDriver to start instead of the app: it notes the automation
/// channel's address and runs the app under strace, logging to `dir/trace`.
fn traced_launcher(dir: &Path) -> PathBuf {
    let app = std::env::var("SHIRUBE_APP").expect("SHIRUBE_APP: run with `cargo xtask test`");
    let launcher = dir.join("traced-app");
    let script = format!(
        "#!/bin/sh\nprintf '%s' \"$WEBKIT_INSPECTOR_SERVER\" > '{dir}/automation'\n\
         exec strace -f -qq -e trace=socket,connect,bind,sendto,sendmsg,sendmmsg -o '{dir}/trace' '{app}' \"$@\"\n",
        dir = dir.display()
    );
    std::fs::write(&launcher, script).unwrap();
    let status = Command::new("chmod")
        .arg("+x")
        .arg(&launcher)
        .status()
        .unwrap();
    assert!(status.success());
    launcher
}

/// What a trace says about internet sockets: how many were opened, and every address one was
/// bound or sent to that is not the automation channel.
struct InetUse {
    sockets: usize,
    automation_calls: usize,
    elsewhere: Vec<String>,
}

fn inet_use(trace: &str, automation: &str) -> InetUse {
    let (host, port) = automation
        .rsplit_once(':')
        .expect("WEBKIT_INSPECTOR_SERVER is host:port");
    let channel = [
        format!("sin_port=htons({port})"),
        format!("inet_addr(\"{host}\")"),
    ];
    let mut usage = InetUse {
        sockets: 0,
        automation_calls: 0,
        elsewhere: Vec::new(),
    };
    for line in trace.lines() {
        if line.contains("socket(AF_INET") {
            usage.sockets += 1;
        } else if line.contains("sa_family=AF_INET") {
            if channel.iter().all(|part| line.contains(part.as_str())) {
                usage.automation_calls += 1;
            } else {
                usage.elsewhere.push(line.to_owned());
            }
        }
    }
    usage
}

#[test]
fn the_trace_reading_tells_the_channel_from_anything_else() {
    let trace = "1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 7\n\
        1 bind(7, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n\
        2 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 9\n\
        2 connect(9, {sa_family=AF_INET6, sin6_port=htons(53), sin6_addr=inet_pton(AF_INET6, \"::1\")}, 28) = 0\n\
        3 socket(AF_UNIX, SOCK_STREAM, 0) = 4\n";
    let usage = inet_use(trace, "127.0.0.1:5000");
    assert_eq!(usage.sockets, 2);
    assert_eq!(usage.automation_calls, 1);
    assert_eq!(usage.elsewhere.len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_opens_no_internet_socket_beyond_the_automation_channel() {
    if !strace_usable() {
        eprintln!(
            "\n!!!! SKIPPED: strace cannot trace processes here (not installed, or ptrace is not \
             allowed): the app's offline proof did NOT run !!!!\n"
        );
        return;
    }
    let trace_dir = tempfile::tempdir().unwrap();
    let launcher = traced_launcher(trace_dir.path());
    let profile = Profile::new();
    let app = App::launch_binary(&launcher, &profile, "en_US.UTF-8").await;
    app.open_guides().await;

    app.wait_for(r#"[data-key="pack/practice"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"[data-key="practice:asset-inventory"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"article[data-id="practice:asset-inventory"]"#)
        .await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    let search = app.wait_for(r#"input[role="combobox"]"#).await;
    search.send_keys("ransomware").await.unwrap();
    app.wait_for(r#"#search-results [data-id="practice:ransomware-readiness"]"#)
        .await;
    app.wait_for(r#"button[data-mode="navigator"]"#)
        .await
        .click()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(app
        .client
        .find(Locator::Css(".navigator-pane"))
        .await
        .is_ok());

    let urls = app.page_urls().await;
    assert!(urls.iter().any(|u| u.contains("/assets/")), "{urls:?}");
    let foreign: Vec<&String> = urls.iter().filter(|url| !is_app_url(url)).collect();
    assert!(foreign.is_empty(), "the UI requested: {foreign:?}");
    app.quit().await;
    tokio::time::sleep(Duration::from_millis(300)).await; // the last trace lines

    let automation = std::fs::read_to_string(trace_dir.path().join("automation")).unwrap();
    let trace = std::fs::read_to_string(trace_dir.path().join("trace")).unwrap();
    let usage = inet_use(&trace, &automation);
    assert!(
        usage.automation_calls > 0,
        "the trace does not show even the automation channel: is it tracing the app?"
    );
    assert!(
        usage.elsewhere.is_empty(),
        "the app reached beyond the automation channel: {:#?}",
        usage.elsewhere
    );
    assert!(
        usage.sockets <= usage.automation_calls,
        "{} internet sockets opened, only {} of them for the automation channel",
        usage.sockets,
        usage.automation_calls
    );
    eprintln!(
        "app under strace: {} internet sockets, all the automation channel on {automation}; {} URLs in the page, all the app's own",
        usage.sockets,
        urls.len()
    );
}
