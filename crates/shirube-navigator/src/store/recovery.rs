//! Keeping the last good state. After every open that passes the check, a consistent copy of
//! the database as it was opened is kept beside it as `<db>.last-good`, written in the
//! background (`last_good`). If the database is damaged at
//! start, its files are moved aside byte for byte (never written to, never deleted), the last
//! good copy takes its place, and the user is told where the damaged file is. If the folder
//! cannot be written, saved assessments are opened for reading only.
//!
//! Every step is ordered so that a crash at any point leaves either the old state or the new
//! one: copies are written to a temporary name, synced, then renamed.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{Store, StoreError};

/// What opening found that the user should hear about, though saved assessments can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenNotice {
    /// The database was damaged: it was kept at `kept_at`, untouched, and the last good copy
    /// (as of the last successful start) was restored in its place.
    Restored { kept_at: PathBuf, reason: String },
    /// The database was gone (deleted or moved while a last good copy remained): the copy was
    /// restored in its place. Starting empty would replace that copy with an empty one.
    RestoredMissing,
    /// The folder cannot be written: assessments can be read but not saved.
    ReadOnly(String),
    /// The disk is full: answers cannot be saved until space is freed.
    Full(String),
}

pub struct Opened {
    pub store: Store,
    pub notice: Option<OpenNotice>,
}

/// The consistent copy kept after each successful open.
pub fn last_good_path(path: &Path) -> PathBuf {
    with_suffix(path, ".last-good")
}

/// Opens the database at `path`, falling back to the last good copy if it is damaged, and to
/// reading only if it cannot be written.
pub fn open_or_recover(path: &Path) -> Result<Opened, StoreError> {
    finish_interrupted_restore(path)?;
    let last_good = last_good_path(path);
    if !path.exists() && last_good.exists() {
        // With no good copy to restore either, there is nothing to keep: start afresh.
        if let Ok(opened) = restore_last_good(path, &last_good, String::new()) {
            return Ok(opened);
        }
    }
    let opened = if is_empty_file(path) && last_good.exists() {
        // SQLite takes an empty file for a new database: after a truncation that would silently
        // replace every saved assessment with none.
        Err(StoreError::Corrupt("the file is empty".to_owned()))
    } else {
        Store::open(path)
    };
    match opened {
        Ok(mut store) => {
            // Saving answers does not depend on the copy: the start does not wait for it.
            store.keep_copy_in_background(path, last_good);
            Ok(Opened {
                store,
                notice: None,
            })
        }
        // If restoring fails (the disk is read-only too), the damage is what the user must hear.
        Err(StoreError::Corrupt(reason)) => restore_last_good(path, &last_good, reason.clone())
            .map_err(|_| StoreError::Corrupt(reason)),
        Err(StoreError::ReadOnly(reason)) if !path.exists() => Err(StoreError::ReadOnly(reason)),
        Err(StoreError::ReadOnly(reason)) => Ok(Opened {
            store: Store::open_read_only(path)?,
            notice: Some(OpenNotice::ReadOnly(reason)),
        }),
        Err(other) => Err(other),
    }
}

/// Moves the damaged database aside, if it is there, and puts the last good copy in its place.
/// Without a good copy, the damaged file stays where it is and the damage is reported.
fn restore_last_good(path: &Path, last_good: &Path, reason: String) -> Result<Opened, StoreError> {
    if !last_good.exists() || Store::open_read_only(last_good).is_err() {
        return Err(StoreError::Corrupt(reason));
    }
    let restoring = restoring_path(path);
    copy_synced(last_good, &restoring)?;
    let kept_at = free_name(&with_suffix(path, &format!(".damaged-{}", utc_stamp()?)));
    // The WAL and shared-memory files belong to the damaged (or vanished) database: left behind,
    // SQLite would replay them into the restored copy. They go first, the main file last.
    for suffix in ["-wal", "-shm"] {
        let side = with_suffix(path, suffix);
        if side.exists() {
            std::fs::rename(&side, with_suffix(&kept_at, suffix))?;
        }
    }
    let was_there = path.exists();
    if was_there {
        std::fs::rename(path, &kept_at)?;
    }
    std::fs::rename(&restoring, path)?;
    sync_folder(path)?;
    let store = Store::open(path)?;
    let notice = if was_there {
        OpenNotice::Restored { kept_at, reason }
    } else {
        OpenNotice::RestoredMissing
    };
    Ok(Opened {
        store,
        notice: Some(notice),
    })
}

/// A crash between moving the damaged file aside and renaming the restored copy into place
/// leaves no database but a complete `.restoring` copy: finish the rename. A `.restoring` file
/// beside a database is a copy interrupted before anything was moved: remove it.
fn finish_interrupted_restore(path: &Path) -> Result<(), StoreError> {
    let restoring = restoring_path(path);
    if !restoring.exists() {
        return Ok(());
    }
    if path.exists() {
        remove_if_present(&restoring)
    } else {
        std::fs::rename(&restoring, path)?;
        sync_folder(path)
    }
}

fn restoring_path(path: &Path) -> PathBuf {
    with_suffix(path, ".restoring")
}

fn copy_synced(from: &Path, to: &Path) -> Result<(), StoreError> {
    std::fs::copy(from, to)?;
    File::open(to)?.sync_all()?;
    Ok(())
}

/// Makes renames in the database's folder durable.
pub(super) fn sync_folder(path: &Path) -> Result<(), StoreError> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    File::open(folder.unwrap_or(Path::new(".")))?.sync_all()?;
    Ok(())
}

pub(super) fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}

fn is_empty_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.len() == 0)
}

/// `path` itself if nothing is there, else the first `path.N` that is free.
fn free_name(path: &Path) -> PathBuf {
    let mut candidate = path.to_path_buf();
    let mut n = 1;
    while candidate.exists() {
        candidate = with_suffix(path, &format!(".{n}"));
        n += 1;
    }
    candidate
}

fn utc_stamp() -> Result<String, StoreError> {
    let clock = Connection::open_in_memory()?;
    Ok(
        clock.query_row("SELECT strftime('%Y%m%dT%H%M%SZ', 'now')", [], |row| {
            row.get(0)
        })?,
    )
}

pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
