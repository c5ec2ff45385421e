//! The answers file, `shirube.answers/2` (version 1 still read): a contract shared by the CLI,
//! exports and imports. Untrusted input: size-limited, parsed strictly, every problem named.

use std::collections::BTreeMap;

use serde::de::Unexpected;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::model::{Condition, Item};
use shirube_guides::Sector;
use shirube_guides::{ItemId, Library};

pub const SCHEMA: &str = "shirube.answers/2";
/// Files written before targets and the organization's name: read, and written back as version 2.
pub const SCHEMA_V1: &str = "shirube.answers/1";
/// What a target may name besides a practice: a directive or a CSF function.
const TARGET_KINDS: [&str; 3] = ["directive", "function", "practice"];
/// Who answered a question when it was not the assessment's own author.
pub const ANSWERED_BY_CISO: &str = "ciso";
/// Far above any real answers file (44 practices): refuse before parsing anything larger.
pub const MAX_BYTES: usize = 1024 * 1024;

/// Read by hand (see `Deserialize` below), written untagged: a number or `"unknown"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
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

/// A derived untagged reader would say only "data did not match any variant of untagged enum
/// Answer"; this one names the value it got and what it expected, and never descends into a
/// nested array or object.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl serde::de::Visitor<'_> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a level from 0 to 4 or \"unknown\"")
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Answer, E> {
        // 5 to 255 parse, so that validation can name the practice they answer.
        u8::try_from(value)
            .map(Answer::Level)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Answer, E> {
        if value == "unknown" {
            Ok(Answer::UNKNOWN)
        } else {
            Err(E::invalid_value(Unexpected::Str(value), &self))
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
    /// Develops software or systems of its own (or has them built to its specification).
    #[serde(default)]
    pub development: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    pub schema: String,
    /// Who answered, or the assessment's name: names a participant when a facilitator imports it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Who answered, as a stable random ID the exporting Shirube gave its assessment: a workshop
    /// tells two people apart by it even when both kept the default name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    /// The organization assessed, as the report's header names it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// YYYY-MM-DD: the day the answers describe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_on: Option<String>,
    /// A ci sector slug, or "general" (see [`AnswersFile::sector`]).
    #[ts(type = "\"general\" | SectorSlug")]
    pub sector: String,
    #[serde(default, deserialize_with = "object_only")]
    pub profile: Profile,
    #[serde(deserialize_with = "unique_answers")]
    pub answers: BTreeMap<ItemId, Answer>,
    /// Target levels chosen for directives, functions or practices, over the sector's defaults.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub targets: BTreeMap<ItemId, u8>,
    /// Why a target was chosen, in the chooser's words.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub target_reasons: BTreeMap<ItemId, String>,
    /// Answers given by someone else than the assessment's author ("ciso" after a hand-off).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answered_by: BTreeMap<ItemId, String>,
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
    #[error("assessed_on is {0:?}, not a date written YYYY-MM-DD")]
    BadDate(String),
    #[error("a target names {0}, which is no directive, CSF function or practice")]
    UnknownTarget(String),
    #[error("the target for {id} is {value}, not 0 to 4")]
    TargetOutOfRange { id: String, value: u8 },
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
            AnswersError::BadDate(value) => {
                ("answers-bad-date", Args::new().with("value", value.clone()))
            }
            AnswersError::UnknownTarget(id) => {
                ("answers-unknown-target", Args::new().with("id", id.clone()))
            }
            AnswersError::TargetOutOfRange { id, value } => (
                "answers-target-out-of-range",
                Args::new()
                    .with("id", id.clone())
                    .with("value", value.to_string()),
            ),
        };
        l10n.format(id, &args)
    }
}

impl Profile {
    /// Whether a practice's question is asked of this organization.
    pub fn applies(&self, practice: &Item) -> bool {
        match practice.practice.as_ref().and_then(|m| m.applies_when) {
            None => true,
            Some(Condition::Ot) => self.ot,
            Some(Condition::Iot) => self.iot,
            Some(Condition::Development) => self.development,
        }
    }
}

impl AnswersFile {
    pub fn new(sector: &Sector) -> AnswersFile {
        AnswersFile {
            schema: SCHEMA.to_owned(),
            name: String::new(),
            respondent: String::new(),
            organization: String::new(),
            assessed_on: None,
            sector: sector.slug().to_owned(),
            profile: Profile::default(),
            answers: BTreeMap::new(),
            targets: BTreeMap::new(),
            target_reasons: BTreeMap::new(),
            answered_by: BTreeMap::new(),
        }
    }

    /// The sector, once the file is valid (an unknown slug reads as general).
    pub fn sector(&self) -> Sector {
        Sector::parse(&self.sector).unwrap_or_default()
    }

    /// Parses and validates against the library's practices.
    pub fn parse(bytes: &[u8], library: &Library) -> Result<AnswersFile, AnswersError> {
        if bytes.len() > MAX_BYTES {
            return Err(AnswersError::TooLarge { limit: MAX_BYTES });
        }
        let mut json = serde_json::Deserializer::from_slice(bytes);
        let file: AnswersFile = object_only(&mut json)
            .and_then(|file| json.end().map(|()| file))
            .map_err(|err| {
                // The message names the position again (" at line 1 column 129"): said once.
                let position = format!(" at line {} column {}", err.line(), err.column());
                let detail = err.to_string();
                // serde_json says column 0 when it stopped before a line's first character;
                // people count from 1.
                AnswersError::NotJson {
                    line: err.line().max(1),
                    column: err.column().max(1),
                    detail: detail.strip_suffix(&position).unwrap_or(&detail).to_owned(),
                }
            })?;
        let mut file = file;
        file.validate(library)?;
        // Read as version 2 from here on: version 1 is version 2 without the new fields.
        file.schema = SCHEMA.to_owned();
        Ok(file)
    }

    pub fn validate(&self, library: &Library) -> Result<(), AnswersError> {
        if self.schema != SCHEMA && self.schema != SCHEMA_V1 {
            return Err(AnswersError::WrongSchema {
                found: self.schema.clone(),
            });
        }
        if Sector::parse(&self.sector).is_none() {
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
        if let Some(date) = self
            .assessed_on
            .as_ref()
            .filter(|d| !shirube_guides::is_date(d))
        {
            return Err(AnswersError::BadDate(date.clone()));
        }
        let is_kind = |id: &ItemId, kinds: &[&str]| {
            library
                .item(id)
                .is_some_and(|item| kinds.contains(&item.kind.as_str()))
        };
        let targeted = self.targets.keys().chain(self.target_reasons.keys());
        if let Some(id) = targeted.into_iter().find(|id| !is_kind(id, &TARGET_KINDS)) {
            return Err(AnswersError::UnknownTarget(id.to_string()));
        }
        if let Some(id) = self
            .answered_by
            .keys()
            .find(|id| !is_kind(id, &["practice"]))
        {
            return Err(AnswersError::UnknownPractice(id.to_string()));
        }
        if let Some((id, &value)) = self.targets.iter().find(|(_, level)| **level > 4) {
            return Err(AnswersError::TargetOutOfRange {
                id: id.to_string(),
                value,
            });
        }
        Ok(())
    }
}

/// Reads a struct from a JSON object only. Derived readers also take an array of the fields in
/// order (`"profile": []`), which is no part of the contract and would let a malformed file in.
fn object_only<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ObjectVisitor<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

/// Reads the answers, refusing an ID given twice: a JSON reader would keep the last one
/// silently, and two answers for one practice are a merge mistake, not a choice.
fn unique_answers<'de, D>(deserializer: D) -> Result<BTreeMap<ItemId, Answer>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct UniqueVisitor;

    impl<'de> serde::de::Visitor<'de> for UniqueVisitor {
        type Value = BTreeMap<ItemId, Answer>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of answers by practice ID")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut answers = BTreeMap::new();
            while let Some((id, answer)) = map.next_entry::<ItemId, Answer>()? {
                if answers.insert(id.clone(), answer).is_some() {
                    return Err(serde::de::Error::custom(format!("{id} is answered twice")));
                }
            }
            Ok(answers)
        }
    }

    deserializer.deserialize_map(UniqueVisitor)
}
