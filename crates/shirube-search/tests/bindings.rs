//! The UI's TypeScript types are generated from the Rust types; this fails when the committed
//! file drifts. `cargo xtask bindings` (or SHIRUBE_UPDATE_BINDINGS=1) rewrites it. It lives here because this crate sees every IPC type.

use std::path::PathBuf;

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
    let generated = shirube_search::typescript_bindings();
    if std::env::var_os("SHIRUBE_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/bindings.ts is out of date: run `cargo xtask bindings`"
    );
}
