//! The integration tests of this crate, as one test binary (one link instead of one per file).

mod cite;
mod executive;
mod faces;
mod recovery;
mod session;
mod workshop;

use shirube_api::{AppDirs, Shirube};

/// A session as the app opens it, with every folder in `dir`.
fn app(dir: &std::path::Path) -> Shirube {
    Shirube::open(
        AppDirs {
            config: dir.to_path_buf(),
            data: dir.to_path_buf(),
            exports: dir.join("exports"),
            cache: dir.join("cache"),
        },
        None,
    )
}
