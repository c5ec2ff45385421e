//! Where pack files come from: a folder on disk (`shirube check DIR`, user packs) or the
//! guides embedded in the binary. The loader sees only this list, never the file system.

use std::collections::BTreeMap;
use std::fs::FileType;
use std::io::Read;
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
    /// A folder, link, pipe or device where a file belongs.
    NotAFile,
    Unreadable(String),
}

impl SourceFiles {
    /// Reads a guides folder: `<pack>/pack.toml` and `<pack>/<item>/*` (two levels, no links
    /// followed). Files beside the pack folders (`FORMAT.md`) are not pack content.
    pub fn from_dir(root: &Path) -> std::io::Result<SourceFiles> {
        let mut files = BTreeMap::new();
        for (pack, kind) in read_dir_sorted(root)? {
            if !kind.is_dir() {
                continue;
            }
            for (entry, kind) in read_dir_sorted(&pack)? {
                if kind.is_dir() {
                    for (file, kind) in read_dir_sorted(&entry)? {
                        insert_file(root, &file, kind, &mut files);
                    }
                } else {
                    insert_file(root, &entry, kind, &mut files);
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

/// A folder's entries with their types (links not followed), sorted by path.
fn read_dir_sorted(dir: &Path) -> std::io::Result<Vec<(PathBuf, FileType)>> {
    let mut entries = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|entry| Some((entry.path(), entry.file_type().ok()?)))
        .collect::<Vec<_>>();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

fn insert_file(
    root: &Path,
    path: &Path,
    kind: FileType,
    files: &mut BTreeMap<String, FileContent>,
) {
    let Ok(relative) = path.strip_prefix(root) else {
        return;
    };
    let key = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    // A folder, link, pipe or device where a file belongs is named, never skipped, and never
    // opened: reading a pipe or a device could block or never end.
    let content = if kind.is_file() {
        read_limited(path)
    } else {
        FileContent::NotAFile
    };
    files.insert(key, content);
}

/// Reads at most one byte past the limit, whatever size the file claims: it may grow while
/// being read.
fn read_limited(path: &Path) -> FileContent {
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    match read {
        Err(err) => FileContent::Unreadable(err.to_string()),
        Ok(_) if bytes.len() as u64 > MAX_FILE_BYTES => FileContent::TooLarge,
        Ok(_) => String::from_utf8(bytes).map_or(FileContent::NotUtf8, FileContent::Text),
    }
}
