//! Regression tests for what fuzzing found (`fuzz_guides`, `fuzz_answers`), each with the
//! minimized input, so a fix cannot quietly come undone.

use std::path::PathBuf;

use shirube_core::{Library, Problem, ProblemKind, SourceFiles};

/// Found by `guides-paths`: a file in a folder without pack.toml was reported as a problem in
/// `<folder>/pack.toml`, a file that does not exist. It names the folder now.
#[test]
fn a_pack_without_a_manifest_is_reported_at_its_folder() {
    let source = SourceFiles::from_memory("fuzz", [("-/demo/demo", "kind = \"topic\"\n")]);
    let (_, problems) = Library::load(&source);
    assert_eq!(
        problems,
        [Problem {
            path: PathBuf::from("fuzz/-"),
            line: 1,
            kind: ProblemKind::MissingManifest,
        }]
    );
}
