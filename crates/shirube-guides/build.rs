//! Embeds the bundled guides and the Fluent files, so an installed app or CLI needs nothing beside
//! it. Each file becomes an `include_str!`, which makes cargo rebuild when any of them changes.
//! The paths are written from `CARGO_MANIFEST_DIR`, not as this script saw them: several git
//! worktrees sharing one target folder share this script's output, and each must embed its own
//! files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for (folder, constant, file) in [
        ("guides", "GUIDE_FILES", "bundled_guides.rs"),
        ("locales", "LOCALE_FILES", "bundled_locales.rs"),
    ] {
        let dir = root.join(folder).canonicalize().unwrap();
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        let mut code = format!("pub static {constant}: &[(&str, &str)] = &[\n");
        for relative in files {
            let from_manifest = format!("/../../{folder}/{relative}");
            writeln!(
                code,
                "    ({relative:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {from_manifest:?}))),"
            )
            .unwrap();
        }
        code.push_str("];\n");
        std::fs::write(out.join(file), code).unwrap();
    }
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "md" | "ftl")
        ) && path.parent() != Some(root)
        {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.push(relative);
        }
    }
}
