//! The processes a launch starts: a free port for tauri-driver, waiting for it to listen, and
//! stopping it and everything it started (each carries a marker in its environment).

use std::time::Duration;

use tokio::process::Child;

/// A port nothing listens on now, so that runs beside each other never share a driver.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free local port")
}

/// Stops tauri-driver with SIGTERM and waits for it (killed hard, it leaves WebKitWebDriver
/// holding the ports), then ends whatever else this launch started and left behind.
pub fn terminate(driver: &mut Child, marker: &str) {
    if let Some(pid) = driver.id() {
        signal(pid, "-TERM");
        for _ in 0..100 {
            if driver.try_wait().is_ok_and(|status| status.is_some()) {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    for pid in processes_marked(marker) {
        signal(pid, "-KILL");
    }
}

fn signal(pid: u32, signal: &str) {
    let _ = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status();
}

/// Processes whose environment holds `SHIRUBE_E2E_MARKER=<marker>`.
pub fn processes_marked(marker: &str) -> Vec<u32> {
    let needle = format!("SHIRUBE_E2E_MARKER={marker}");
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/environ"))
                .is_ok_and(|env| env.split(|&b| b == 0).any(|var| var == needle.as_bytes()))
        })
        .collect()
}

pub async fn wait_for_port(port: u16) {
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("tauri-driver did not listen on port {port}");
}
