//! An assessment as an answers file: its answers (and who gave them), and the fields beside
//! them: the organization, the assessment date, targets with their reasons, and the directives
//! chosen for a deep dive. Each change is one transaction, like every answer.

use rusqlite::{params, OptionalExtension};

use super::{stored_id, Store, StoreError};
use crate::{Answer, AnswersFile};
use shirube_guides::{ItemId, Sector};

impl Store {
    /// The assessment as an answers file (the export format).
    pub fn answers_file(&self, assessment: i64) -> Result<AnswersFile, StoreError> {
        let row: Option<(String, String, String)> = self
            .db
            .query_row(
                "SELECT name, sector, profile FROM assessments WHERE id = ?1",
                params![assessment],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let (name, sector, profile) = row.ok_or(StoreError::NotFound(assessment))?;
        let mut file = AnswersFile::new(&Sector::GENERAL);
        file.sector = sector;
        file.name = name;
        file.profile =
            serde_json::from_str(&profile).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut statement = self.db.prepare(
            "SELECT practice_id, answer, answered_by FROM answers WHERE assessment_id = ?1",
        )?;
        let rows = statement.query_map(params![assessment], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
            ))
        })?;
        for row in rows {
            let (practice, answer, answered_by) = row?;
            let id = stored_id(&practice)?;
            let answer =
                serde_json::from_str(&answer).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            file.answers.insert(id.clone(), answer);
            if let Some(by) = answered_by {
                file.answered_by.insert(id, by);
            }
        }
        self.read_details(assessment, &mut file)?;
        Ok(file)
    }

    fn read_details(&self, assessment: i64, file: &mut AnswersFile) -> Result<(), StoreError> {
        let (organization, assessed_on, respondent): (String, Option<String>, String) =
            self.db.query_row(
                "SELECT organization, assessed_on, respondent FROM assessments WHERE id = ?1",
                params![assessment],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
        file.organization = organization;
        file.assessed_on = assessed_on;
        file.respondent = respondent;
        let mut statement = self
            .db
            .prepare("SELECT item_id, level, reason FROM targets WHERE assessment_id = ?1")?;
        let rows = statement.query_map(params![assessment], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, Option<u8>>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (id, level, reason) = row?;
            let id = stored_id(&id)?;
            if let Some(level) = level {
                file.targets.insert(id.clone(), level);
            }
            if !reason.is_empty() {
                file.target_reasons.insert(id, reason);
            }
        }
        Ok(())
    }

    /// The organization's name and the day the answers describe, as the report's header says.
    pub fn set_details(
        &self,
        assessment: i64,
        organization: &str,
        assessed_on: Option<&str>,
    ) -> Result<(), StoreError> {
        let tx = self.db.unchecked_transaction()?;
        self.touch(assessment)?;
        self.db.execute(
            "UPDATE assessments SET organization = ?2, assessed_on = ?3 WHERE id = ?1",
            params![assessment, organization, assessed_on],
        )?;
        Ok(tx.commit()?)
    }

    /// Sets (or, with no level and no reason, removes) the target for a directive, function or
    /// practice.
    pub fn set_target(
        &self,
        assessment: i64,
        item: &ItemId,
        level: Option<u8>,
        reason: &str,
    ) -> Result<(), StoreError> {
        let tx = self.db.unchecked_transaction()?;
        self.write_target(assessment, item, level, reason)?;
        Ok(tx.commit()?)
    }

    fn write_target(
        &self,
        assessment: i64,
        item: &ItemId,
        level: Option<u8>,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.touch(assessment)?;
        if level.is_none() && reason.is_empty() {
            self.db.execute(
                "DELETE FROM targets WHERE assessment_id = ?1 AND item_id = ?2",
                params![assessment, item.as_str()],
            )?;
        } else {
            self.db.execute(
                "INSERT INTO targets (assessment_id, item_id, level, reason) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (assessment_id, item_id)
                 DO UPDATE SET level = excluded.level, reason = excluded.reason",
                params![assessment, item.as_str(), level, reason],
            )?;
        }
        Ok(())
    }

    /// The directives chosen for a deep dive; `None` until the user chooses (the navigator then
    /// suggests those the quick check flags).
    pub fn deep_dives(&self, assessment: i64) -> Result<Option<Vec<ItemId>>, StoreError> {
        let chosen: Option<String> = self
            .db
            .query_row(
                "SELECT deep_dives FROM assessments WHERE id = ?1",
                params![assessment],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound(assessment))?;
        chosen
            .map(|json| {
                let ids: Vec<String> =
                    serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                ids.iter().map(|id| stored_id(id)).collect()
            })
            .transpose()
    }

    pub fn set_deep_dives(&self, assessment: i64, chosen: &[ItemId]) -> Result<(), StoreError> {
        let json = serde_json::to_string(chosen).expect("IDs serialize");
        let tx = self.db.unchecked_transaction()?;
        self.touch(assessment)?;
        self.db.execute(
            "UPDATE assessments SET deep_dives = ?2 WHERE id = ?1",
            params![assessment, json],
        )?;
        Ok(tx.commit()?)
    }

    /// Takes in answers someone else gave (the CISO, after a hand-off), marked as theirs, in one
    /// transaction: all of them or none.
    pub fn merge_answers(
        &self,
        assessment: i64,
        answers: &[(ItemId, Answer)],
        answered_by: &str,
    ) -> Result<(), StoreError> {
        let tx = self.db.unchecked_transaction()?;
        for (practice, answer) in answers {
            self.write_answer(assessment, practice, *answer, Some(answered_by))?;
        }
        Ok(tx.commit()?)
    }

    /// Writes the file's fields beside its answers (an import), inside the caller's transaction.
    pub(super) fn write_details(
        &self,
        assessment: i64,
        file: &AnswersFile,
    ) -> Result<(), StoreError> {
        self.db.execute(
            "UPDATE assessments SET organization = ?2, assessed_on = ?3 WHERE id = ?1",
            params![assessment, file.organization, file.assessed_on],
        )?;
        let targeted = file.targets.keys().chain(file.target_reasons.keys());
        for item in targeted {
            let level = file.targets.get(item).copied();
            let reason = file.target_reasons.get(item).map_or("", String::as_str);
            self.write_target(assessment, item, level, reason)?;
        }
        for (practice, by) in &file.answered_by {
            self.db.execute(
                "UPDATE answers SET answered_by = ?3 WHERE assessment_id = ?1 AND practice_id = ?2",
                params![assessment, practice.as_str(), by],
            )?;
        }
        Ok(())
    }
}
