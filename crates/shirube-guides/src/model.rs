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
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemText {
    pub title: String,
    pub summary: String,
    pub source: String,
    /// The body as written: Markdown from an untrusted pack. Render with [`crate::render`].
    pub body_md: String,
    pub practice: Option<PracticeText>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PracticeText {
    pub question: String,
    pub why_ask: String,
    /// Exactly five: maturity levels 0 to 4.
    pub levels: Vec<String>,
    pub first_steps: Vec<String>,
    pub ciso_questions: Vec<String>,
    pub weight_reasons: BTreeMap<String, String>,
}

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
