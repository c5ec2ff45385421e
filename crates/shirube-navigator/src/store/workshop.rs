//! What a workshop saves beside an assessment: each participant's imported answers, and the
//! facilitator's note on each agreed answer. The agreed answers themselves are the assessment's
//! own answers, so scores, roadmap and report read them like any other.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::{Store, StoreError};
use crate::AnswersFile;
use shirube_guides::ItemId;

/// One participant's answers, as imported from their file.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Participant {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub imported_at: String,
    pub answers: AnswersFile,
}

/// A participant as imported: their ID, the name they are listed under, and the participant
/// whose name they claimed too, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Added {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    #[ts(type = "number | null")]
    pub same_name_as: Option<i64>,
}

impl Store {
    /// A new assessment holding everything in `file`, written in one transaction: a failed
    /// import leaves nothing behind.
    pub fn import_assessment(&self, name: &str, file: &AnswersFile) -> Result<i64, StoreError> {
        let tx = self.db.unchecked_transaction()?;
        let profile = serde_json::to_string(&file.profile).expect("profiles serialize");
        tx.execute(
            "INSERT INTO assessments (name, sector, profile) VALUES (?1, ?2, ?3)",
            params![name, file.sector, profile],
        )?;
        let id = tx.last_insert_rowid();
        for (practice, answer) in &file.answers {
            tx.execute(
                "INSERT INTO answers (assessment_id, practice_id, answer) VALUES (?1, ?2, ?3)",
                params![
                    id,
                    practice.as_str(),
                    serde_json::to_string(answer).expect("answers serialize")
                ],
            )?;
        }
        self.write_details(id, file)?;
        tx.commit()?;
        Ok(id)
    }

    /// Adds a participant's answers to a workshop. The same respondent again (a corrected file)
    /// replaces their answers; another respondent who claims a name already there is kept apart
    /// under a numbered name, and the result says whose name it shares.
    pub fn add_participant(
        &self,
        assessment: i64,
        name: &str,
        answers: &AnswersFile,
    ) -> Result<Added, StoreError> {
        self.touch(assessment)?;
        // Files from before respondent IDs are told apart by name, as they always were.
        let respondent = if answers.respondent.is_empty() {
            format!("name:{name}")
        } else {
            answers.respondent.clone()
        };
        let same_respondent: Option<i64> = self
            .db
            .query_row(
                "SELECT id FROM participants WHERE assessment_id = ?1 AND respondent = ?2",
                params![assessment, respondent],
                |row| row.get(0),
            )
            .optional()?;
        let json = serde_json::to_string(answers).expect("answers files serialize");
        if let Some(id) = same_respondent {
            self.db.execute(
                "UPDATE participants SET answers = ?2, name = ?3,
                     imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, json, name],
            )?;
            return Ok(Added {
                id,
                name: name.to_owned(),
                same_name_as: None,
            });
        }
        let named = |candidate: &str| -> Result<Option<i64>, StoreError> {
            Ok(self
                .db
                .query_row(
                    "SELECT id FROM participants WHERE assessment_id = ?1 AND name = ?2",
                    params![assessment, candidate],
                    |row| row.get(0),
                )
                .optional()?)
        };
        let same_name_as = named(name)?;
        let mut unique = name.to_owned();
        let mut number = 2;
        while named(&unique)?.is_some() {
            unique = format!("{name} ({number})");
            number += 1;
        }
        self.db.execute(
            "INSERT INTO participants (assessment_id, respondent, name, answers)
             VALUES (?1, ?2, ?3, ?4)",
            params![assessment, respondent, unique, json],
        )?;
        Ok(Added {
            id: self.db.last_insert_rowid(),
            name: unique,
            same_name_as,
        })
    }

    pub fn remove_participant(&self, assessment: i64, participant: i64) -> Result<(), StoreError> {
        self.touch(assessment)?;
        self.db.execute(
            "DELETE FROM participants WHERE assessment_id = ?1 AND id = ?2",
            params![assessment, participant],
        )?;
        Ok(())
    }

    /// The workshop's participants, in the order they were first imported.
    pub fn participants(&self, assessment: i64) -> Result<Vec<Participant>, StoreError> {
        let mut statement = self.db.prepare(
            "SELECT id, name, imported_at, answers FROM participants
             WHERE assessment_id = ?1 ORDER BY id",
        )?;
        let rows = statement.query_map(params![assessment], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        let mut participants = Vec::new();
        for row in rows {
            let (id, name, imported_at, json) = row?;
            let answers =
                serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            participants.push(Participant {
                id,
                name,
                imported_at,
                answers,
            });
        }
        Ok(participants)
    }

    /// The facilitator's note on an agreed answer; an empty note removes it.
    pub fn set_note(
        &self,
        assessment: i64,
        practice: &ItemId,
        note: &str,
    ) -> Result<(), StoreError> {
        self.touch(assessment)?;
        if note.trim().is_empty() {
            self.db.execute(
                "DELETE FROM notes WHERE assessment_id = ?1 AND practice_id = ?2",
                params![assessment, practice.as_str()],
            )?;
        } else {
            self.db.execute(
                "INSERT INTO notes (assessment_id, practice_id, note) VALUES (?1, ?2, ?3)
                 ON CONFLICT (assessment_id, practice_id) DO UPDATE SET note = excluded.note",
                params![assessment, practice.as_str(), note],
            )?;
        }
        Ok(())
    }

    pub fn notes(&self, assessment: i64) -> Result<BTreeMap<ItemId, String>, StoreError> {
        let mut statement = self
            .db
            .prepare("SELECT practice_id, note FROM notes WHERE assessment_id = ?1")?;
        let rows = statement.query_map(params![assessment], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut notes = BTreeMap::new();
        for row in rows {
            let (practice, note) = row?;
            let id =
                ItemId::parse(&practice).ok_or_else(|| StoreError::Corrupt(practice.clone()))?;
            notes.insert(id, note);
        }
        Ok(notes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answer;
    use shirube_guides::Sector;

    fn id(text: &str) -> ItemId {
        ItemId::parse(text).unwrap()
    }

    #[test]
    fn participants_are_told_apart_by_respondent_not_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("shirube.db")).unwrap();
        let workshop = store
            .create("Board workshop", Sector::GENERAL.slug())
            .unwrap();
        let mut aiko = AnswersFile::new(&Sector::GENERAL);
        aiko.answers
            .insert(id("practice:asset-inventory"), Answer::Level(1));
        aiko.respondent = "a1".into();
        let first = store.add_participant(workshop, "Aiko", &aiko).unwrap();
        aiko.answers
            .insert(id("practice:asset-inventory"), Answer::Level(3));
        let again = store.add_participant(workshop, "Aiko", &aiko).unwrap();
        assert_eq!(first, again, "the same person, imported twice, counts once");
        // Another person who kept the same name is another participant, and is said to be.
        let mut other = AnswersFile::new(&Sector::GENERAL);
        other.respondent = "b2".into();
        let namesake = store.add_participant(workshop, "Aiko", &other).unwrap();
        assert_eq!(namesake.name, "Aiko (2)");
        assert_eq!(namesake.same_name_as, Some(first.id));
        // Files from before respondent IDs: by name, as before.
        let old = AnswersFile::new(&Sector::GENERAL);
        let ben = store.add_participant(workshop, "Ben", &old).unwrap();
        assert_eq!(store.add_participant(workshop, "Ben", &old).unwrap(), ben);

        let participants = store.participants(workshop).unwrap();
        let names: Vec<_> = participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Aiko", "Aiko (2)", "Ben"]);
        assert_eq!(
            participants[0].answers.answers[&id("practice:asset-inventory")],
            Answer::Level(3)
        );
        store.remove_participant(workshop, first.id).unwrap();
        assert_eq!(store.participants(workshop).unwrap().len(), 2);
    }

    #[test]
    fn notes_are_set_replaced_and_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("shirube.db")).unwrap();
        let workshop = store
            .create("Board workshop", Sector::GENERAL.slug())
            .unwrap();
        let practice = id("practice:backup-and-restore");
        store.set_note(workshop, &practice, "first").unwrap();
        store.set_note(workshop, &practice, "agreed: 2").unwrap();
        assert_eq!(store.notes(workshop).unwrap()[&practice], "agreed: 2");
        store.set_note(workshop, &practice, "  ").unwrap();
        assert!(store.notes(workshop).unwrap().is_empty());
        assert_eq!(
            store.set_note(99, &practice, "x"),
            Err(StoreError::NotFound(99))
        );
    }

    #[test]
    fn an_imported_assessment_holds_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("shirube.db")).unwrap();
        let mut file = AnswersFile::new(&Sector::parse("medical").unwrap());
        file.profile.size = "300 staff".to_owned();
        file.answers
            .insert(id("practice:asset-inventory"), Answer::Level(2));
        file.answers
            .insert(id("practice:backup-and-restore"), Answer::UNKNOWN);
        let imported = store.import_assessment("Hospital", &file).unwrap();
        let mut back = store.answers_file(imported).unwrap();
        assert_eq!(back.name, "Hospital");
        back.name.clear();
        assert_eq!(back, file);
    }
}
