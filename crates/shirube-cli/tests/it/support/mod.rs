//! Running the built `shirube` binary from the CLI's integration tests.

use std::process::Command;

/// Runs `shirube` in the crate's folder (so fixture paths are relative to it); returns the exit
/// code, standard output and standard error.
pub fn shirube(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_shirube"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("shirube runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8 output");
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}
