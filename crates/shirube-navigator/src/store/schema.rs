//! The database's schema, as the migrations that build it: `PRAGMA user_version` counts how
//! many have run, and a newer file than these is refused, never written.

/// Schema migrations, in order; `PRAGMA user_version` counts how many have run.
pub(super) const MIGRATIONS: &[&str] = &[
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
    // Participants are told apart by the respondent ID in their files, not by name: two people
    // who kept the default name are two people. (SQLite drops a UNIQUE only by rebuilding.)
    r#"
    ALTER TABLE assessments ADD COLUMN respondent TEXT NOT NULL DEFAULT '';
    UPDATE assessments SET respondent = lower(hex(randomblob(16)));
    CREATE TABLE participants_by_respondent (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        respondent TEXT NOT NULL,
        name TEXT NOT NULL,
        answers TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (assessment_id, respondent)
    );
    INSERT INTO participants_by_respondent (id, assessment_id, respondent, name, answers, imported_at)
        SELECT id, assessment_id, 'name:' || name, name, answers, imported_at FROM participants;
    DROP TABLE participants;
    ALTER TABLE participants_by_respondent RENAME TO participants;
"#,
];
