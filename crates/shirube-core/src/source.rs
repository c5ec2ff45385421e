//! Where pack files come from: a folder on disk (`shirube check DIR`, user packs) or the
//! guides embedded in the binary. The loader sees only this list, never the file system.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A guide file larger than this is refused: no real item comes near it.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

/// The files of a guides folder, keyed by their path relative to the folder, with `/` separators.
#[derive(Debug, Default)]
pub struct SourceFiles {
    /// How paths are shown in problems: the folder as the user named it.
    pub root: PathBuf,
    pub files: BTreeMap<String, FileContent>,
}

#[derive(Debug)]
pub enum FileContent {
    Text(String),
    NotUtf8,
    TooLarge,
    Unreadable(String),
}

impl SourceFiles {
    /// Reads a guides folder: `<pack>/pack.toml` and `<pack>/<item>/*` (two levels, no links followed).
    pub fn from_dir(root: &Path) -> std::io::Result<SourceFiles> {
        let mut files = BTreeMap::new();
        for pack in read_dir_sorted(root)? {
            if !pack.is_dir() {
                continue;
            }
            for entry in read_dir_sorted(&pack)? {
                if entry.is_dir() {
                    for file in read_dir_sorted(&entry)? {
                        insert_file(root, &file, &mut files);
                    }
                } else {
                    insert_file(root, &entry, &mut files);
                }
            }
        }
        Ok(SourceFiles {
            root: root.to_path_buf(),
            files,
        })
    }

    /// Builds a source from in-memory files (the embedded guides, tests).
    pub fn from_memory<'a>(
        root: &str,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> SourceFiles {
        SourceFiles {
            root: PathBuf::from(root),
            files: files
                .into_iter()
                .map(|(path, text)| (path.to_owned(), FileContent::Text(text.to_owned())))
                .collect(),
        }
    }

    /// The path to show a user for a file of this source.
    pub fn display_path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }
}

fn read_dir_sorted(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| !kind.is_symlink()))
        .map(|entry| entry.path())
        .collect::<Vec<_>>();
    entries.sort();
    Ok(entries)
}

fn insert_file(root: &Path, path: &Path, files: &mut BTreeMap<String, FileContent>) {
    if !path.is_file() {
        return;
    }
    let Ok(relative) = path.strip_prefix(root) else {
        return;
    };
    let key = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    files.insert(key, read_limited(path));
}

fn read_limited(path: &Path) -> FileContent {
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => return FileContent::TooLarge,
        Err(err) => return FileContent::Unreadable(err.to_string()),
        Ok(_) => {}
    }
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_or(FileContent::NotUtf8, FileContent::Text),
        Err(err) => FileContent::Unreadable(err.to_string()),
    }
}
