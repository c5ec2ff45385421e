//! A private X display for the end-to-end tests, stopped when dropped.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Xvfb {
    name: String,
    child: Child,
}

impl Xvfb {
    pub fn start() -> crate::Result<Xvfb> {
        let number = (99..200)
            .find(|n| !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists())
            .ok_or("no free X display number")?;
        let name = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([
                name.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|err| format!("Xvfb: {err}"))?;
        let socket = format!("/tmp/.X11-unix/X{number}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !std::path::Path::new(&socket).exists() {
            if Instant::now() > deadline {
                return Err(format!("Xvfb did not start on {name}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(Xvfb { name, child })
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
