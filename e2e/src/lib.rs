//! A harness for driving the real app: starts tauri-driver (which starts WebKitWebDriver, which
//! starts the app), opens a WebDriver session, and stops everything cleanly afterwards.
//!
//! Needs `SHIRUBE_APP` (the app binary), `SHIRUBE_TAURI_DRIVER` and a `DISPLAY`; `cargo xtask test`
//! sets all three. Without them the tests fail with a message saying so: they never skip.

mod axe;
mod process;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};

use crate::process::{free_port, processes_marked, terminate, wait_for_port};

/// One app at a time: two webviews under one display would fight over focus. (Each test has
/// its own runtime; a tokio mutex in a static serializes them all, and a failed test does not
/// poison it.)
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Resident memory in KiB, from /proc/PID/status.
#[derive(Clone, Copy, Debug, Default)]
pub struct Resident {
    pub total: u64,
    pub anonymous: u64,
    pub files: u64,
}

pub struct App {
    pub client: Client,
    driver: Child,
    /// Set in the environment of everything this launch starts, to find it again at the end.
    marker: String,
    _guard: tokio::sync::MutexGuard<'static, ()>,
}

/// Where the app keeps its settings during a test: a fresh folder, or one reused to test restarts.
pub struct Profile {
    dir: tempfile::TempDir,
}

impl Profile {
    /// A fresh folder, whose user-dirs.dirs sends the app's saved files to `downloads()`.
    pub fn new() -> Profile {
        let profile = Profile {
            dir: tempfile::tempdir().expect("a temporary folder"),
        };
        let line = format!("XDG_DOWNLOAD_DIR=\"{}\"\n", profile.downloads().display());
        std::fs::write(profile.path().join("user-dirs.dirs"), line).expect("user-dirs.dirs");
        profile
    }

    /// Where exported answers files and reports land.
    pub fn downloads(&self) -> PathBuf {
        self.dir.path().join("Downloads")
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the app looks for the user's own packs: `packs` in its data folder
    /// (`$XDG_DATA_HOME/<identifier>`, and the launch sets XDG_DATA_HOME to this profile).
    pub fn packs_dir(&self) -> PathBuf {
        self.path().join("app.shirube.desktop").join("packs")
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile::new()
    }
}

fn required_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the end-to-end tests with `cargo xtask test`")
    })
}

impl App {
    /// Starts the app (`SHIRUBE_APP`) with the given OS locale and settings folder, and waits for
    /// its first screen.
    pub async fn launch(profile: &Profile, os_locale: &str) -> App {
        App::launch_binary(
            &PathBuf::from(required_env("SHIRUBE_APP")),
            profile,
            os_locale,
        )
        .await
    }

    /// As `launch`, for another build of the app (the one inside the .deb, say).
    pub async fn launch_binary(app: &Path, profile: &Profile, os_locale: &str) -> App {
        let guard = ONE_AT_A_TIME.lock().await;
        let driver_path = required_env("SHIRUBE_TAURI_DRIVER");
        required_env("DISPLAY");
        let marker = format!("{}-{}", std::process::id(), profile.path().display());
        let (port, native_port) = (free_port(), free_port());
        let driver = Command::new(driver_path)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("SHIRUBE_E2E_MARKER", &marker)
            .env("XDG_CONFIG_HOME", profile.path())
            .env("XDG_DATA_HOME", profile.path())
            // The search index kept between starts lives in the cache folder: each profile has
            // its own, so tests never share (or delete) one another's.
            .env("XDG_CACHE_HOME", profile.path().join("cache"))
            .env("LANG", os_locale)
            .env("LC_ALL", os_locale)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("tauri-driver starts");
        wait_for_port(port).await;
        let capabilities = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": app },
        });
        // tauri-driver listens before WebKitWebDriver behind it is ready: the first request can
        // be cut off. Such a failure is retried; anything else is not.
        let mut attempt = 0;
        let client = loop {
            let connected = ClientBuilder::rustls()
                .expect("TLS setup")
                .capabilities(capabilities.as_object().unwrap().clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match connected {
                Ok(client) => break client,
                Err(
                    fantoccini::error::NewSessionError::Lost(_)
                    | fantoccini::error::NewSessionError::Failed(_)
                    | fantoccini::error::NewSessionError::FailedC(_),
                ) if attempt < 5 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(err) => panic!("a WebDriver session with the app: {err:?}"),
            }
        };
        let app = App {
            client,
            driver,
            marker,
            _guard: guard,
        };
        app.wait_for(r#"body[data-ready="true"]"#).await;
        app
    }

    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("{css} did not appear: {err}"))
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.expect("element text")
    }

    /// Waits until the element's text satisfies `check`, and returns it.
    pub async fn wait_for_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        let mut last = String::new();
        for _ in 0..100 {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                last = element.text().await.unwrap_or_default();
                if check(&last) {
                    return last;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never showed the expected text; last seen: {last:?}");
    }

    /// What another application would paste: the X clipboard, read with `xclip`.
    pub async fn clipboard(&self) -> String {
        let output = std::process::Command::new("xclip")
            .args(["-selection", "clipboard", "-o"])
            .output()
            .expect("xclip runs (cargo xtask setup installs it)");
        assert!(
            output.status.success(),
            "the clipboard is empty: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("the clipboard holds UTF-8 text")
    }

    /// The resident memory of this launch's processes named `binary_name`, in KiB: in all,
    /// and how much of it is the heap and other private memory (anonymous) or mapped files
    /// (the program, its libraries, the index kept on disk).
    pub fn backend_memory_kib(&self, binary_name: &str) -> Resident {
        processes_marked(&self.marker)
            .into_iter()
            .filter(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|comm| binary_name.starts_with(comm.trim()))
            })
            .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
            .map(|status| {
                let field = |name: &str| {
                    let line = status.lines().find(|line| line.starts_with(name));
                    let value = line.and_then(|line| line.split_whitespace().nth(1));
                    value.and_then(|kib| kib.parse::<u64>().ok()).unwrap_or(0)
                };
                Resident {
                    total: field("VmRSS:"),
                    anonymous: field("RssAnon:"),
                    files: field("RssFile:") + field("RssShmem:"),
                }
            })
            .fold(Resident::default(), |sum, one| Resident {
                total: sum.total + one.total,
                anonymous: sum.anonymous + one.anonymous,
                files: sum.files + one.files,
            })
    }

    /// Sends one key to whatever has the focus, as a user at the keyboard would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        let focused = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        // WebDriver reads keys sent to a file input as file names: there the key goes to the
        // keyboard itself, through the actions API.
        if focused.attr("type").await.ok().flatten().as_deref() == Some("file") {
            use fantoccini::actions::{InputSource, KeyAction, KeyActions};
            let value = char::from(key);
            let actions = KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
            self.client
                .perform_actions(actions)
                .await
                .expect("the key is pressed");
            return;
        }
        focused
            .send_keys(&char::from(key).to_string())
            .await
            .expect("the key is sent");
    }

    /// Types text into whatever has the focus.
    pub async fn type_text(&self, text: &str) {
        let focused = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        focused.send_keys(text).await.expect("the text is typed");
    }

    /// Opens the guides from the start page, by keyboard as a user would (Alt+2).
    pub async fn open_guides(&self) {
        let body = self.wait_for("body").await;
        body.send_keys(&format!("{}2", char::from(fantoccini::key::Key::Alt)))
            .await
            .expect("Alt+2 is sent");
        self.wait_for(".library-heading").await;
    }

    /// Opens the guides, then `item` from its pack in the library tree, and waits for it to show.
    pub async fn open_item(&self, pack: &str, item: &str) {
        self.open_guides().await;
        for key in [format!("pack/{pack}"), item.to_owned()] {
            self.wait_for(&format!(r#"[data-key="{key}"]"#))
                .await
                .click()
                .await
                .unwrap_or_else(|err| panic!("{key} cannot be clicked: {err}"));
        }
        self.wait_for(&format!(r#"article[data-id="{item}"]"#))
            .await;
    }

    /// Presses Tab until the focused element matches `css`; fails if it never does.
    pub async fn tab_to(&self, css: &str) {
        let script =
            "return document.activeElement && document.activeElement.matches(arguments[0])";
        for _ in 0..80 {
            let focused = self
                .client
                .execute(script, vec![css.into()])
                .await
                .expect("a script result");
            if focused.as_bool() == Some(true) {
                return;
            }
            self.press(fantoccini::key::Key::Tab).await;
        }
        panic!("Tab never reached {css}");
    }

    /// Every URL the page has requested (its Performance resource entries) or refers to (the
    /// addresses of its scripts, style sheets, images and frames).
    pub async fn page_urls(&self) -> Vec<String> {
        let script = "return [
            ...performance.getEntriesByType('resource').map((entry) => entry.name),
            ...[...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')]
                .map((element) => element.src || element.href),
        ]";
        let urls = self.client.execute(script, vec![]).await.expect("the URLs");
        urls.as_array()
            .expect("a list of URLs")
            .iter()
            .filter_map(|url| url.as_str().map(str::to_owned))
            .collect()
    }

    /// Saves a screenshot under the target folder's `e2e-screenshots` (for people to look at).
    pub async fn screenshot(&self, name: &str) {
        tokio::time::sleep(Duration::from_millis(300)).await; // avoid a stale frame
        let png = self.client.screenshot().await.expect("a screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("the screenshot is written");
    }

    /// Ends the session and stops tauri-driver.
    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        terminate(&mut self.driver, &self.marker);
    }
}

impl Drop for App {
    /// Also runs when a test fails half-way, so the next test finds the ports free.
    fn drop(&mut self) {
        terminate(&mut self.driver, &self.marker);
    }
}

/// Whether a URL is the app's own: its pages (`tauri://localhost`) or IPC (`ipc://localhost`,
/// or `http://ipc.localhost` where custom schemes cannot carry it).
pub fn is_app_url(url: &str) -> bool {
    [
        "tauri://localhost",
        "ipc://localhost",
        "http://ipc.localhost",
    ]
    .iter()
    .any(|origin| url == *origin || url.starts_with(&format!("{origin}/")))
}

pub fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    target.join("e2e-screenshots")
}
