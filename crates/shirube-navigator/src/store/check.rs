//! How much of a database is checked, and when: the quick check before a start, the full one
//! before a state becomes (or is restored as) the last good copy.

use rusqlite::Connection;

use super::{schema_version, StoreError};

/// How much of a database to check before it is opened.
#[derive(Clone, Copy)]
pub(super) enum Check {
    /// Pages, b-trees and free list (`quick_check`): what damage to the file breaks, without
    /// reading every index against its table. Enough before a start; the full check runs on the
    /// state pinned at start before it becomes the last good copy (`last_good`).
    Quick,
    /// Also every index against its table: a copy kept or restored as the last good state must
    /// really be good.
    Full,
}

/// Checks a database and its schema version; returns the version.
pub(super) fn check(db: &Connection, how: Check) -> Result<i64, StoreError> {
    let pragma = match how {
        Check::Quick => "PRAGMA quick_check",
        Check::Full => "PRAGMA integrity_check",
    };
    let check: String = db.query_row(pragma, [], |row| row.get(0))?;
    if check != "ok" {
        return Err(StoreError::Corrupt(check));
    }
    schema_version(db)
}
