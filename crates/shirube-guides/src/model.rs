//! The guide model as loaded and validated: packs, items, and their text in each language.

use std::collections::BTreeMap;

use crate::{ItemId, Lang};

/// A value held once per language. Every pack and item has both.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PerLang<T> {
    pub en: T,
    pub ja: T,
}

impl<T> PerLang<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub id: String,
    pub order: u32,
    pub kinds: Vec<String>,
    /// The date the pack's facts were last checked, YYYY-MM-DD.
    pub as_of: String,
    /// Groups of names that mean the same, in either language ("業務継続", "事業継続"): a query
    /// for one finds the others. The glossary's titles give most pairs; these are the rest.
    pub synonyms: Vec<Vec<String>>,
    pub text: PerLang<PackText>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackText {
    pub title: String,
    pub description: String,
    /// Says the pack is a Shirube summary, not the official document.
    pub notice: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub kind: String,
    pub parent: Option<ItemId>,
    pub order: u32,
    pub see_also: Vec<ItemId>,
    /// Crosswalk targets: the framework items this item implements or covers.
    pub maps: Vec<ItemId>,
    /// Present on `practice` items only.
    pub practice: Option<PracticeMeta>,
    /// Present on `obligation` items only.
    pub obligation: Option<ObligationMeta>,
    /// `sector` items only: the level the sector aims for per directive, where it differs from
    /// the default (like a CSF Community Profile's targets).
    pub targets: BTreeMap<ItemId, u8>,
    /// The date the item's facts were last checked, YYYY-MM-DD.
    pub as_of: String,
    pub text: PerLang<ItemText>,
}

impl Item {
    pub fn pack(&self) -> &str {
        self.id.pack()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PracticeMeta {
    /// The cmg3 directive the navigator groups this practice under.
    pub directive: ItemId,
    pub depends_on: Vec<ItemId>,
    /// Sector slug → weight (1.0 where absent).
    pub weights: BTreeMap<String, f64>,
    /// Asked in the quick check: the one question that tells most about its directive.
    pub anchor: bool,
    /// Asked only of organizations this holds for; skipped (and said to be) for others.
    pub applies_when: Option<Condition>,
    /// The csf2 category it is asked under where its directive has more questions than fit a page.
    pub theme: Option<ItemId>,
    /// A question for the CISO rather than the executive: handed off with the others.
    pub technical: bool,
}

/// What a practice's questions presuppose about the organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Runs industrial control systems (OT).
    Ot,
    /// Makes IoT products.
    Iot,
    /// Develops software or systems of its own.
    Development,
}

impl Condition {
    pub const ALL: [Condition; 3] = [Condition::Ot, Condition::Iot, Condition::Development];

    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Ot => "ot",
            Condition::Iot => "iot",
            Condition::Development => "development",
        }
    }

    pub fn parse(text: &str) -> Option<Condition> {
        Condition::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A legal duty (`obligation` items): its status and the items it links to. The links are
/// written once, here; sectors and practices show them as backlinks.
#[derive(Clone, Debug, PartialEq)]
pub struct ObligationMeta {
    /// `in-force` or `planned`.
    pub status: String,
    /// YYYY-MM-DD: since when it applies, or the planned date.
    pub effective: String,
    /// The sectors (`ci:*`) it applies to.
    pub applies_to: Vec<ItemId>,
    /// The practices that help meet it.
    pub helped_by: Vec<ItemId>,
}

/// The statuses an obligation may have.
pub const OBLIGATION_STATUSES: [&str; 2] = ["in-force", "planned"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObligationText {
    /// Who it applies to, in a sentence.
    pub who: String,
    /// What it requires, in a sentence or two.
    pub requires: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemText {
    pub title: String,
    pub summary: String,
    pub source: String,
    /// The body as written: Markdown from an untrusted pack. Render with [`crate::render`].
    pub body_md: String,
    pub practice: Option<PracticeText>,
    pub obligation: Option<ObligationText>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PracticeText {
    pub question: String,
    pub why_ask: String,
    /// Exactly five: maturity levels 0 to 4.
    pub levels: Vec<String>,
    pub first_steps: Vec<String>,
    pub ciso_questions: Vec<String>,
    /// What a good answer from the CISO sounds like: one per CISO question.
    pub good_answers: Vec<String>,
    /// The practice in brief, read first (≤ 80 English words, ≤ 200 Japanese characters).
    pub in_brief: String,
    /// What goes wrong for the business if the practice is missing, in one sentence: the
    /// executive summary names the largest risks this way, not by practice IDs.
    pub risk: String,
    /// Effort and lead time, in a short phrase.
    pub effort: String,
    pub weight_reasons: BTreeMap<String, String>,
}

/// The longest "in brief": English words, Japanese characters.
pub const IN_BRIEF_MAX_WORDS: usize = 80;
pub const IN_BRIEF_MAX_CHARS_JA: usize = 200;

/// Fewest and most practices a sector may weigh (a third of the practices, about).
pub const SECTOR_WEIGHTED_MIN: usize = 3;
pub const SECTOR_WEIGHTED_MAX: usize = 15;

/// Body headings a sector page must not write by hand: the list is generated from the weights.
pub const GENERATED_SECTOR_HEADINGS: [&str; 2] = ["What weighs more here", "重視すべきこと"];

/// The sector slugs of Japan's 15 critical-infrastructure sectors (the `ci` pack's item IDs).
pub const SECTORS: [&str; 15] = [
    "ict",
    "finance",
    "aviation",
    "airports",
    "railways",
    "electricity",
    "gas",
    "government",
    "medical",
    "water",
    "logistics",
    "chemical",
    "credit",
    "petroleum",
    "ports",
];
