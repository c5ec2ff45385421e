//! What users save, in SQLite: assessments and their answers. Every answer is its own committed
//! transaction (WAL, synchronous=FULL), so a crash or power cut loses nothing already answered.
//! A damaged database, or one written by a newer Shirube, is reported and never written to:
//! it is checked through a read-only connection before anything opens it for writing.
//! `recovery` keeps a last good copy and falls back to it, or to reading only.

mod check;
mod details;
mod error;
mod last_good;
mod recovery;
mod workshop;

pub use error::StoreError;

use check::{check, Check};
pub use last_good::needs_full_check_path;
pub use recovery::{last_good_path, open_or_recover, OpenNotice, Opened};
pub use workshop::Participant;

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::{Answer, Profile};
use shirube_guides::ItemId;

/// Schema migrations, in order; `PRAGMA user_version` counts how many have run.
const MIGRATIONS: &[&str] = &[
    r#"
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL DEFAULT 'general',
        profile TEXT NOT NULL DEFAULT '{}',
        step TEXT NOT NULL DEFAULT 'profile',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        practice_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        answered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (assessment_id, practice_id)
    );
"#,
    r#"
    CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        answers TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (assessment_id, name)
    );
    CREATE TABLE notes (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        practice_id TEXT NOT NULL,
        note TEXT NOT NULL,
        PRIMARY KEY (assessment_id, practice_id)
    );
"#,
    r#"
    ALTER TABLE assessments ADD COLUMN organization TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN assessed_on TEXT;
    -- The directives chosen for a deep dive, as a JSON list; NULL: those the quick check flags.
    ALTER TABLE assessments ADD COLUMN deep_dives TEXT;
    -- Who gave the answer when not the assessment's author ('ciso' after a hand-off).
    ALTER TABLE answers ADD COLUMN answered_by TEXT;
    CREATE TABLE targets (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        level INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, item_id)
    );
"#,
];

/// The schema version, if this Shirube knows it.
fn schema_version(db: &Connection) -> Result<i64, StoreError> {
    let version: i64 = db.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        return Err(StoreError::NewerVersion {
            found: version,
            known,
        });
    }
    Ok(version)
}

/// SQLite says only "unable to open database file" (it cannot create its -wal or -shm file);
/// whether the folder can be written tells a read-only or full disk from other failures.
fn explain_cannot_open(err: StoreError, path: &Path) -> StoreError {
    if !matches!(err, StoreError::Io(_)) {
        return err;
    }
    let probe = path.with_extension("db-write-probe");
    let written = std::fs::write(&probe, b"");
    // The probe is empty and ours; if it could not be removed it costs nothing.
    let _ = std::fs::remove_file(&probe);
    written.map_or_else(StoreError::from, |()| err)
}

/// A WAL database closed cleanly has no -wal or -shm file, and SQLite cannot read it where it
/// cannot create them (a read-only disk) unless told the file cannot change: it cannot there.
fn open_immutable(path: &Path) -> Result<Connection, StoreError> {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
    Ok(Connection::open_with_flags(uri, flags)?)
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AssessmentSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub sector: String,
    pub step: String,
    pub created_at: String,
    pub updated_at: String,
    #[ts(type = "number")]
    pub answered: i64,
}

pub struct Store {
    db: Connection,
    last_good: last_good::LastGood,
}

impl Drop for Store {
    /// The last good copy is finished before the database may be closed, moved or damaged.
    fn drop(&mut self) {
        self.finish_last_good();
    }
}

impl Store {
    /// Opens the database for reading and writing, creating it if absent. An existing file is
    /// checked first through a read-only connection, so a damaged or newer one is never written
    /// to (a read-write connection would checkpoint its WAL into it on closing).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if path.exists() {
            // A full check found damage after the last start: it runs again before any write.
            let how = if needs_full_check_path(path).exists() {
                Check::Full
            } else {
                Check::Quick
            };
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(StoreError::from)
                .and_then(|db| check(&db, how))
                .map_err(|err| explain_cannot_open(err, path))?;
        }
        let db = Connection::open(path).map_err(|err| explain_cannot_open(err.into(), path))?;
        db.busy_timeout(std::time::Duration::from_secs(5))?;
        // SQLite quietly falls back to reading only when the file cannot be written.
        if db.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly(path.display().to_string()));
        }
        let version = schema_version(&db)?;
        db.pragma_update(None, "journal_mode", "WAL")?;
        db.pragma_update(None, "synchronous", "FULL")?;
        db.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store {
            db,
            last_good: last_good::LastGood::None,
        };
        store.migrate(version)?;
        Ok(store)
    }

    /// Opens an existing, up-to-date database for reading only: where the folder cannot be
    /// written, saved assessments can still be read. Every write fails with `ReadOnly`.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let checked = |db: Connection| -> Result<Store, StoreError> {
            db.busy_timeout(std::time::Duration::from_secs(5))?;
            check(&db, Check::Full)?;
            Ok(Store {
                db,
                last_good: last_good::LastGood::None,
            })
        };
        // SQLite reports a missing -shm it cannot create at the first read, not at opening.
        match checked(Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?) {
            Err(StoreError::Io(_)) => checked(open_immutable(path)?),
            other => other,
        }
    }

    fn migrate(&mut self, from: i64) -> Result<(), StoreError> {
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self.db.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn create(&self, name: &str, sector: &str) -> Result<i64, StoreError> {
        self.db.execute(
            "INSERT INTO assessments (name, sector) VALUES (?1, ?2)",
            params![name, sector],
        )?;
        Ok(self.db.last_insert_rowid())
    }

    pub fn list(&self) -> Result<Vec<AssessmentSummary>, StoreError> {
        let mut statement = self.db.prepare(
            "SELECT a.id, a.name, a.sector, a.step, a.created_at, a.updated_at,
                    (SELECT COUNT(*) FROM answers WHERE assessment_id = a.id)
             FROM assessments a ORDER BY a.updated_at DESC, a.id DESC",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(AssessmentSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                sector: row.get(2)?,
                step: row.get(3)?,
                created_at: row.get(4)?,
                updated_at: row.get(5)?,
                answered: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Where the user was in the flow.
    pub fn step(&self, assessment: i64) -> Result<String, StoreError> {
        self.db
            .query_row(
                "SELECT step FROM assessments WHERE id = ?1",
                params![assessment],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound(assessment))
    }

    /// Saves one answer at once, in its own transaction (with the assessment's change time).
    pub fn set_answer(
        &self,
        assessment: i64,
        practice: &ItemId,
        answer: Answer,
    ) -> Result<(), StoreError> {
        let tx = self.db.unchecked_transaction()?;
        self.write_answer(assessment, practice, answer, None)?;
        Ok(tx.commit()?)
    }

    /// Writes one answer, and who gave it where that was someone else (`None`: the author, who
    /// thereby takes it over), inside the caller's transaction.
    pub(super) fn write_answer(
        &self,
        assessment: i64,
        practice: &ItemId,
        answer: Answer,
        answered_by: Option<&str>,
    ) -> Result<(), StoreError> {
        let value = serde_json::to_string(&answer).expect("answers serialize");
        self.touch(assessment)?;
        self.db.execute(
            "INSERT INTO answers (assessment_id, practice_id, answer, answered_by)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (assessment_id, practice_id)
             DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at,
                           answered_by = excluded.answered_by",
            params![assessment, practice.as_str(), value, answered_by],
        )?;
        Ok(())
    }

    pub fn set_profile(
        &self,
        assessment: i64,
        sector: &str,
        profile: &Profile,
    ) -> Result<(), StoreError> {
        let profile = serde_json::to_string(profile).expect("profiles serialize");
        let tx = self.db.unchecked_transaction()?;
        self.touch(assessment)?;
        self.db.execute(
            "UPDATE assessments SET sector = ?2, profile = ?3 WHERE id = ?1",
            params![assessment, sector, profile],
        )?;
        Ok(tx.commit()?)
    }

    /// Remembers where the user is in the flow, to resume there.
    pub fn set_step(&self, assessment: i64, step: &str) -> Result<(), StoreError> {
        let tx = self.db.unchecked_transaction()?;
        self.touch(assessment)?;
        self.db.execute(
            "UPDATE assessments SET step = ?2 WHERE id = ?1",
            params![assessment, step],
        )?;
        Ok(tx.commit()?)
    }

    pub(super) fn touch(&self, assessment: i64) -> Result<(), StoreError> {
        let changed = self.db.execute(
            "UPDATE assessments SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![assessment],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(assessment));
        }
        Ok(())
    }
}

/// An ID as the store wrote it; anything else means the file was changed behind its back.
fn stored_id(text: &str) -> Result<ItemId, StoreError> {
    ItemId::parse(text).ok_or_else(|| StoreError::Corrupt(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> ItemId {
        ItemId::parse(text).unwrap()
    }

    #[test]
    fn answers_survive_reopening_and_update_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shirube.db");
        let store = Store::open(&path).unwrap();
        let first = store.create("Board review 2026", "medical").unwrap();
        store
            .set_answer(first, &id("practice:asset-inventory"), Answer::Level(1))
            .unwrap();
        store
            .set_answer(first, &id("practice:asset-inventory"), Answer::Level(2))
            .unwrap();
        store
            .set_answer(first, &id("practice:backup-and-restore"), Answer::UNKNOWN)
            .unwrap();
        store.set_step(first, "assessment").unwrap();
        drop(store);

        let store = Store::open(&path).unwrap();
        let file = store.answers_file(first).unwrap();
        assert_eq!(file.sector, "medical");
        assert_eq!(
            file.answers[&id("practice:asset-inventory")],
            Answer::Level(2)
        );
        assert_eq!(
            file.answers[&id("practice:backup-and-restore")],
            Answer::UNKNOWN
        );
        let list = store.list().unwrap();
        assert_eq!((list[0].answered, list[0].step.as_str()), (2, "assessment"));
        assert_eq!(store.set_step(99, "x"), Err(StoreError::NotFound(99)));
    }

    #[test]
    fn a_damaged_or_newer_database_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let garbage = dir.path().join("garbage.db");
        std::fs::write(&garbage, vec![0x5a; 8192]).unwrap();
        assert!(matches!(Store::open(&garbage), Err(StoreError::Corrupt(_))));
        assert_eq!(
            std::fs::read(&garbage).unwrap(),
            vec![0x5a; 8192],
            "never overwritten"
        );

        let newer = dir.path().join("newer.db");
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        assert_eq!(
            Store::open(&newer).err(),
            Some(StoreError::NewerVersion {
                found: 99,
                known: MIGRATIONS.len() as i64
            })
        );
    }
}
