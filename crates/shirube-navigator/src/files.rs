//! Files the navigator writes for people to carry away: answers files and reports. A new file
//! every time (never overwriting one the user may still need), written whole or not at all.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use shirube_guides::{AppError, ErrorCode};

/// How the file is called: the assessment's name, made safe for any file system.
fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .take(80)
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if cleaned.is_empty() {
        "shirube".to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// Saves `contents` in `dir` as `<name><suffix>`, or `<name>-2<suffix>` and so on if taken.
pub fn save_new_file(
    dir: &Path,
    name: &str,
    suffix: &str,
    contents: &[u8],
) -> Result<PathBuf, AppError> {
    let fail = |path: &Path, err: std::io::Error| {
        AppError::new(
            ErrorCode::ExportFailed,
            format!("{}: {err}", path.display()),
        )
    };
    std::fs::create_dir_all(dir).map_err(|err| fail(dir, err))?;
    let stem = file_stem(name);
    for attempt in 1..1000 {
        let file_name = if attempt == 1 {
            format!("{stem}{suffix}")
        } else {
            format!("{stem}-{attempt}{suffix}")
        };
        let path = dir.join(file_name);
        let mut file = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(fail(&path, err)),
        };
        // A half-written file is worse than none: remove it if the disk fills up.
        if let Err(err) = file.write_all(contents).and_then(|()| file.sync_all()) {
            drop(file);
            let _ = std::fs::remove_file(&path);
            return Err(fail(&path, err));
        }
        return Ok(path);
    }
    Err(fail(dir, std::io::ErrorKind::AlreadyExists.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_and_makes_names_safe() {
        let dir = tempfile::tempdir().unwrap();
        let first = save_new_file(dir.path(), "Board: 2026/Q4", ".md", b"one").unwrap();
        let second = save_new_file(dir.path(), "Board: 2026/Q4", ".md", b"two").unwrap();
        assert_eq!(first.file_name().unwrap(), "Board- 2026-Q4.md");
        assert_eq!(second.file_name().unwrap(), "Board- 2026-Q4-2.md");
        assert_eq!(std::fs::read(&first).unwrap(), b"one");
        assert_eq!(
            save_new_file(dir.path(), " ../.. ", ".json", b"{}")
                .unwrap()
                .file_name()
                .unwrap(),
            "-.json"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let err = save_new_file(&blocker.join("sub"), "a", ".md", b"x").unwrap_err();
        assert_eq!(err.code, ErrorCode::ExportFailed);
        assert!(err.message.contains("file/sub"), "{}", err.message);
    }
}
