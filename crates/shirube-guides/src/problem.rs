//! Problems found while loading guides, each with the file and line it is about. Their text
//! comes from Fluent (`check-*` messages), so `shirube check` speaks the user's language.

use std::path::PathBuf;

use crate::l10n::{Args, Localizer};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based; the line the problem is about, or 1 when it is about the whole file.
    pub line: usize,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProblemKind {
    Unreadable {
        detail: String,
    },
    NotUtf8,
    NotAFile,
    TooLarge {
        limit_kib: u64,
    },
    Syntax {
        detail: String,
    },
    NoFrontMatter,
    UnclosedFrontMatter,
    StrayFile,
    BadFolderName,
    MissingManifest,
    PackIdMismatch {
        id: String,
        folder: String,
    },
    UnknownKind {
        kind: String,
    },
    MissingItemFile {
        file: String,
    },
    DuplicateId {
        id: String,
        other: String,
    },
    MalformedId {
        value: String,
    },
    UnknownTarget {
        field: String,
        target: String,
    },
    WrongTargetKind {
        field: String,
        target: String,
        expected: String,
    },
    ParentOutsidePack {
        target: String,
    },
    ParentCycle {
        id: String,
    },
    PracticeOnly {
        field: String,
    },
    MissingField {
        field: String,
    },
    EmptyField {
        field: String,
    },
    LevelCount {
        count: usize,
    },
    UnknownSector {
        sector: String,
    },
    WeightRange {
        sector: String,
    },
    MissingWeightReason {
        sector: String,
    },
    StrayWeightReason {
        sector: String,
    },
    NotJapanese {
        field: String,
    },
    NotEnglish {
        field: String,
    },
    BadDate {
        field: String,
    },
    BadStatus {
        value: String,
    },
    ObligationOnly {
        field: String,
    },
    InBriefTooManyWords {
        count: usize,
    },
    InBriefTooManyChars {
        count: usize,
    },
    GoodAnswerCount {
        count: usize,
        expected: usize,
    },
    GeneratedSectorHeading {
        heading: String,
    },
    BadCondition {
        value: String,
    },
    SectorOnly {
        field: String,
    },
    TargetRange {
        key: String,
    },
    /// A directive's practices must name exactly one anchor for the quick check.
    AnchorCount {
        directive: String,
        count: usize,
    },
    /// The quick check asks its anchors of every organization.
    ConditionalAnchor {
        id: String,
    },
    /// A synonym group needs two names or more, none blank or longer than a phrase.
    BadSynonyms,
}

impl ProblemKind {
    /// The Fluent message ID and its arguments.
    pub fn message(&self) -> (&'static str, Args) {
        use ProblemKind::*;
        let mut args = Args::new();
        let id = match self {
            Unreadable { detail } | Syntax { detail } => {
                args.set("detail", detail);
                if matches!(self, Unreadable { .. }) {
                    "check-unreadable"
                } else {
                    "check-syntax"
                }
            }
            NotUtf8 => "check-not-utf8",
            NotAFile => "check-not-a-file",
            TooLarge { limit_kib } => {
                args.set("limit", limit_kib.to_string());
                "check-too-large"
            }
            NoFrontMatter => "check-no-front-matter",
            UnclosedFrontMatter => "check-unclosed-front-matter",
            StrayFile => "check-stray-file",
            BadFolderName => "check-bad-folder-name",
            MissingManifest => "check-missing-manifest",
            PackIdMismatch { id, folder } => {
                args.set("id", id);
                args.set("folder", folder);
                "check-pack-id-mismatch"
            }
            UnknownKind { kind } => {
                args.set("kind", kind);
                "check-unknown-kind"
            }
            MissingItemFile { file } => {
                args.set("file", file);
                "check-missing-item-file"
            }
            DuplicateId { id, other } => {
                args.set("id", id);
                args.set("other", other);
                "check-duplicate-id"
            }
            MalformedId { value } => {
                args.set("value", value);
                "check-malformed-id"
            }
            UnknownTarget { field, target } => {
                args.set("field", field);
                args.set("target", target);
                "check-unknown-target"
            }
            WrongTargetKind {
                field,
                target,
                expected,
            } => {
                args.set("field", field);
                args.set("target", target);
                args.set("expected", expected);
                "check-wrong-target-kind"
            }
            ParentOutsidePack { target } => {
                args.set("target", target);
                "check-parent-outside-pack"
            }
            ParentCycle { id } => {
                args.set("id", id);
                "check-parent-cycle"
            }
            PracticeOnly { field } | MissingField { field } | EmptyField { field } => {
                args.set("field", field);
                match self {
                    PracticeOnly { .. } => "check-practice-only",
                    MissingField { .. } => "check-missing-field",
                    _ => "check-empty-field",
                }
            }
            LevelCount { count } => {
                args.set("count", count.to_string());
                "check-level-count"
            }
            UnknownSector { sector }
            | WeightRange { sector }
            | MissingWeightReason { sector }
            | StrayWeightReason { sector } => {
                args.set("sector", sector);
                match self {
                    UnknownSector { .. } => "check-unknown-sector",
                    WeightRange { .. } => "check-weight-range",
                    MissingWeightReason { .. } => "check-missing-weight-reason",
                    _ => "check-stray-weight-reason",
                }
            }
            NotJapanese { field } | NotEnglish { field } => {
                args.set("field", field);
                if matches!(self, NotJapanese { .. }) {
                    "check-not-japanese"
                } else {
                    "check-not-english"
                }
            }
            BadDate { field } | ObligationOnly { field } => {
                args.set("field", field);
                if matches!(self, BadDate { .. }) {
                    "check-bad-date"
                } else {
                    "check-obligation-only"
                }
            }
            BadStatus { value } => {
                args.set("value", value);
                "check-bad-status"
            }
            InBriefTooManyWords { count } => {
                args.set("count", count.to_string());
                args.set("limit", crate::model::IN_BRIEF_MAX_WORDS.to_string());
                "check-in-brief-words"
            }
            InBriefTooManyChars { count } => {
                args.set("count", count.to_string());
                args.set("limit", crate::model::IN_BRIEF_MAX_CHARS_JA.to_string());
                "check-in-brief-chars"
            }
            GoodAnswerCount { count, expected } => {
                args.set("count", count.to_string());
                args.set("expected", expected.to_string());
                "check-good-answer-count"
            }
            GeneratedSectorHeading { heading } => {
                args.set("heading", heading);
                "check-generated-sector-heading"
            }
            BadCondition { value } => {
                args.set("value", value);
                "check-bad-condition"
            }
            SectorOnly { field } => {
                args.set("field", field);
                "check-sector-only"
            }
            TargetRange { key } => {
                args.set("key", key);
                "check-target-range"
            }
            AnchorCount { directive, count } => {
                args.set("directive", directive);
                args.set("count", count.to_string());
                "check-anchor-count"
            }
            ConditionalAnchor { id } => {
                args.set("id", id);
                "check-conditional-anchor"
            }
            BadSynonyms => "check-bad-synonyms",
        };
        (id, args)
    }
}

impl Problem {
    /// `path:line: message`, in the localizer's language.
    pub fn render(&self, l10n: &Localizer) -> String {
        let (id, args) = self.kind.message();
        format!(
            "{}:{}: {}",
            self.path.display(),
            self.line,
            l10n.format(id, &args)
        )
    }
}
