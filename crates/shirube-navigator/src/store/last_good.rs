//! The last good copy, written off the start path. At open, a read-only connection pins the
//! database's state in a read transaction (WAL keeps that snapshot while answers are saved); a
//! thread then runs the full `integrity_check` on that snapshot and, if it passes, writes it as
//! the last good copy: the state at the last successful start, as before, but the window paints
//! without waiting for it. What the copy found that the user must hear (a full disk) is asked
//! for by `Store::last_good_notice`, which waits for it; dropping the store waits too.
//!
//! If the full check finds damage the quick check at start missed (indexes that disagree with
//! their tables), the previous copy is kept and a marker asks the next start for the full check
//! before anything writes: there the usual recovery takes over.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::recovery::{remove_if_present, sync_folder, with_suffix, OpenNotice};
use super::{Store, StoreError};

/// Beside the database while a full check is owed to it.
pub fn needs_full_check_path(path: &Path) -> PathBuf {
    with_suffix(path, ".needs-check")
}

/// The copy being written, then what it found.
pub enum LastGood {
    None,
    Writing(JoinHandle<Option<OpenNotice>>),
    Done(Option<OpenNotice>),
}

impl Store {
    /// Pins the state just opened and writes it as `target` on another thread.
    pub(super) fn keep_copy_in_background(&mut self, path: &Path, target: PathBuf) {
        let pinned = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(StoreError::from)
            .and_then(|snapshot| {
                snapshot.execute_batch("BEGIN")?;
                // The read transaction starts at its first read.
                snapshot.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
                Ok(snapshot)
            });
        let marker = needs_full_check_path(path);
        self.last_good = match pinned {
            // A failed copy keeps the previous one, which is still consistent.
            Err(err) => LastGood::Done(full_notice(err)),
            Ok(snapshot) => LastGood::Writing(std::thread::spawn(move || {
                keep_copy(&snapshot, &target, &marker)
                    .err()
                    .and_then(full_notice)
            })),
        };
    }

    /// What writing the last good copy found that the user should hear; waits for it.
    pub fn last_good_notice(&mut self) -> Option<OpenNotice> {
        self.finish_last_good();
        match &self.last_good {
            LastGood::Done(notice) => notice.clone(),
            _ => None,
        }
    }

    pub(super) fn finish_last_good(&mut self) {
        if let LastGood::Writing(_) = self.last_good {
            let LastGood::Writing(handle) = std::mem::replace(&mut self.last_good, LastGood::None)
            else {
                return;
            };
            self.last_good = LastGood::Done(handle.join().unwrap_or(None));
        }
    }
}

/// A full disk is said at start: saves will fail too.
fn full_notice(err: StoreError) -> Option<OpenNotice> {
    match err {
        StoreError::Full(reason) => Some(OpenNotice::Full(reason)),
        _ => None,
    }
}

/// Checks the pinned snapshot in full and writes it to `target` atomically.
fn keep_copy(snapshot: &Connection, target: &Path, marker: &Path) -> Result<(), StoreError> {
    let check: String = snapshot.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if check != "ok" {
        File::create(marker)?.sync_all()?;
        sync_folder(marker)?;
        return Err(StoreError::Corrupt(check));
    }
    let temp = with_suffix(target, ".tmp");
    remove_if_present(&temp)?;
    let written = copy_synced_to(snapshot, &temp);
    if written.is_err() {
        // Half a copy on a full disk would hold the space the user's answers need.
        remove_if_present(&temp)?;
    }
    written?;
    std::fs::rename(&temp, target)?;
    sync_folder(target)?;
    remove_if_present(marker)
}

fn copy_synced_to(snapshot: &Connection, temp: &Path) -> Result<(), StoreError> {
    let mut copy = Connection::open(temp)?;
    // One step: the whole snapshot within the read transaction that pinned it.
    if Backup::new(snapshot, &mut copy)?.step(-1)? != StepResult::Done {
        return Err(StoreError::Io("the copy did not finish".to_owned()));
    }
    // The copy is opened on its own (checked, restored): no WAL files beside it.
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    drop(copy);
    File::open(temp)?.sync_all()?;
    Ok(())
}
