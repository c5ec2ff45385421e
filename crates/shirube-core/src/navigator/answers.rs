//! The answers file, `shirube.answers/1`: a contract shared by the CLI, exports and imports.
//! Untrusted input: size-limited, parsed strictly, every problem named.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::l10n::{Args, Localizer};
use crate::model::SECTORS;
use crate::{ItemId, Library};

pub const SCHEMA: &str = "shirube.answers/1";
/// Far above any real answers file (44 practices): refuse before parsing anything larger.
pub const MAX_BYTES: usize = 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Answer {
    /// Maturity level 0 to 4.
    Level(u8),
    /// "unknown": nobody could say. A finding in itself, neither a zero nor a pass.
    Unknown(UnknownMarker),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum UnknownMarker {
    Unknown,
}

impl Answer {
    pub const UNKNOWN: Answer = Answer::Unknown(UnknownMarker::Unknown);

    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(level) => Some(level),
            Answer::Unknown(_) => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Free text the organization uses for its size ("small", "300 staff", …).
    #[serde(default)]
    pub size: String,
    /// Runs industrial control systems (OT).
    #[serde(default)]
    pub ot: bool,
    /// Makes IoT products.
    #[serde(default)]
    pub iot: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    pub schema: String,
    /// Who answered, or the assessment's name: names a participant when a facilitator imports it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// A ci sector slug, or "general".
    pub sector: String,
    #[serde(default)]
    pub profile: Profile,
    pub answers: BTreeMap<ItemId, Answer>,
}

/// What is wrong with an answers file; the CLI and UI localize these by their code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswersError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("not valid JSON at line {line}, column {column}: {detail}")]
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("the schema is {found:?}, expected {SCHEMA:?}")]
    WrongSchema { found: String },
    #[error("unknown sector {0:?}")]
    UnknownSector(String),
    #[error("{0} is not a practice of the bundled guides")]
    UnknownPractice(String),
    #[error("the answer for {id} is {value}, not 0 to 4 or \"unknown\"")]
    OutOfRange { id: String, value: u8 },
}

impl AnswersError {
    /// The problem in the reader's language, from Fluent.
    pub fn localize(&self, l10n: &Localizer) -> String {
        let (id, args) = match self {
            AnswersError::TooLarge { limit } => (
                "answers-too-large",
                Args::new().with("limit", limit.to_string()),
            ),
            AnswersError::NotJson {
                line,
                column,
                detail,
            } => (
                "answers-not-json",
                Args::new()
                    .with("line", line.to_string())
                    .with("column", column.to_string())
                    .with("detail", detail.clone()),
            ),
            AnswersError::WrongSchema { found } => (
                "answers-wrong-schema",
                Args::new().with("found", found.clone()),
            ),
            AnswersError::UnknownSector(sector) => (
                "answers-unknown-sector",
                Args::new().with("sector", sector.clone()),
            ),
            AnswersError::UnknownPractice(id) => (
                "answers-unknown-practice",
                Args::new().with("id", id.clone()),
            ),
            AnswersError::OutOfRange { id, value } => (
                "answers-out-of-range",
                Args::new()
                    .with("id", id.clone())
                    .with("value", value.to_string()),
            ),
        };
        l10n.format(id, &args)
    }
}

impl AnswersFile {
    pub fn new(sector: &str) -> AnswersFile {
        AnswersFile {
            schema: SCHEMA.to_owned(),
            name: String::new(),
            sector: sector.to_owned(),
            profile: Profile::default(),
            answers: BTreeMap::new(),
        }
    }

    /// Parses and validates against the library's practices.
    pub fn parse(bytes: &[u8], library: &Library) -> Result<AnswersFile, AnswersError> {
        if bytes.len() > MAX_BYTES {
            return Err(AnswersError::TooLarge { limit: MAX_BYTES });
        }
        let file: AnswersFile =
            serde_json::from_slice(bytes).map_err(|err| AnswersError::NotJson {
                line: err.line(),
                column: err.column(),
                detail: err.to_string(),
            })?;
        file.validate(library)?;
        Ok(file)
    }

    pub fn validate(&self, library: &Library) -> Result<(), AnswersError> {
        if self.schema != SCHEMA {
            return Err(AnswersError::WrongSchema {
                found: self.schema.clone(),
            });
        }
        if self.sector != "general" && !SECTORS.contains(&self.sector.as_str()) {
            return Err(AnswersError::UnknownSector(self.sector.clone()));
        }
        for (id, answer) in &self.answers {
            if library.item(id).is_none_or(|item| item.kind != "practice") {
                return Err(AnswersError::UnknownPractice(id.to_string()));
            }
            if let Some(value) = answer.level().filter(|level| *level > 4) {
                return Err(AnswersError::OutOfRange {
                    id: id.to_string(),
                    value,
                });
            }
        }
        Ok(())
    }
}
