//! What can go wrong with the store, classified from SQLite's and the OS's codes so the UI can
//! say which: damaged, newer, read-only, full, or something else.

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    #[error(
        "the database was written by a newer Shirube (schema {found}, this one knows {known})"
    )]
    NewerVersion { found: i64, known: i64 },
    /// The folder or the file cannot be written (read-only disk, no permission).
    #[error("read-only: {0}")]
    ReadOnly(String),
    /// The disk is full.
    #[error("disk full: {0}")]
    Full(String),
    #[error("{0}")]
    Io(String),
    #[error("no assessment {0}")]
    NotFound(i64),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode as Code;
        let code = match &err {
            rusqlite::Error::SqliteFailure(failure, _) => Some(failure.code),
            _ => None,
        };
        match code {
            Some(Code::NotADatabase | Code::DatabaseCorrupt) => {
                StoreError::Corrupt(err.to_string())
            }
            Some(Code::ReadOnly) => StoreError::ReadOnly(err.to_string()),
            Some(Code::DiskFull) => StoreError::Full(err.to_string()),
            _ => StoreError::Io(err.to_string()),
        }
    }
}

impl From<std::io::Error> for StoreError {
    fn from(err: std::io::Error) -> StoreError {
        use std::io::ErrorKind;
        match err.kind() {
            ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
                StoreError::ReadOnly(err.to_string())
            }
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => StoreError::Full(err.to_string()),
            _ => StoreError::Io(err.to_string()),
        }
    }
}
