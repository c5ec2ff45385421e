//! The guides and Fluent files compiled into the binary (see `build.rs`).

use crate::source::SourceFiles;

include!(concat!(env!("OUT_DIR"), "/bundled_guides.rs"));
include!(concat!(env!("OUT_DIR"), "/bundled_locales.rs"));

/// The bundled guides as a source for the loader. Problems name paths under `guides/`.
pub fn guides() -> SourceFiles {
    SourceFiles::from_memory("guides", GUIDE_FILES.iter().copied())
}

/// The Fluent files of one locale folder (`en-US`, `ja-JP`), in a stable order.
pub fn locale_files(locale: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    LOCALE_FILES
        .iter()
        .copied()
        .filter(move |(path, _)| path.split('/').next() == Some(locale))
}
