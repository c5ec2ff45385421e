//! Tauri embeds the built UI (`ui/dist`) at compile time. On a clean clone nothing has built it
//! yet, and `cargo test`, `cargo clippy` and rust-analyzer must still work there, so an empty
//! page stands in until `npm run build` (which `cargo xtask run|test|bundle` always runs first)
//! writes the real one.

use std::path::Path;

fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist");
    let index = dist.join("index.html");
    if !index.exists() {
        std::fs::create_dir_all(&dist).expect("ui/dist can be created");
        std::fs::write(
            &index,
            "<!doctype html><meta charset=\"utf-8\"><title>Shirube</title>\n",
        )
        .expect("the placeholder page can be written");
    }
    tauri_build::build();
}
