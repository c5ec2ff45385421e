//! The window only ever shows Shirube. Any navigation to another address (a link in a guide
//! that slipped past the UI, a script setting `location`) is refused by the webview itself;
//! the UI shows external addresses for the user to open in a browser of their choosing.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};

pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|_webview, url| is_app_url(url))
        .build()
}

/// The app's own origin: `tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost`
/// on Windows and Android.
fn is_app_url(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(url: &str) -> bool {
        is_app_url(&Url::parse(url).unwrap())
    }

    #[test]
    fn only_the_apps_own_pages_may_load() {
        assert!(allowed("tauri://localhost/"));
        assert!(allowed("tauri://localhost/index.html#reader"));
        assert!(allowed("http://tauri.localhost/"));
        for foreign in [
            "https://www.nist.gov/",
            "http://localhost:1420/",
            "http://tauri.localhost.evil.example/",
            "tauri://evil.example/",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "mailto:ciso@example.com",
            "about:blank",
        ] {
            assert!(!allowed(foreign), "{foreign} must not load in the window");
        }
    }
}
