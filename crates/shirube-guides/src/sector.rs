//! An organization's sector: general, or one of Japan's critical-infrastructure sectors (the
//! `ci` pack's items). Answers files, the store and the ranking carry it as its slug; this type
//! is the one place that knows which slugs exist and how a slug relates to its `ci:` item.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::SECTORS;
use crate::ItemId;

/// The pack whose items are the sectors.
pub const SECTOR_PACK: &str = "ci";

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "\"general\" | SectorSlug")]
pub struct Sector(SectorKind);

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum SectorKind {
    General,
    /// Index into `SECTORS`.
    Ci(usize),
}

impl Sector {
    pub const GENERAL: Sector = Sector(SectorKind::General);

    /// `general` or a known ci slug; anything else is `None`.
    pub fn parse(slug: &str) -> Option<Sector> {
        if slug == "general" {
            return Some(Sector::GENERAL);
        }
        SECTORS
            .iter()
            .position(|known| *known == slug)
            .map(|index| Sector(SectorKind::Ci(index)))
    }

    /// Every critical-infrastructure sector, in the action plan's order.
    pub fn all_ci() -> impl Iterator<Item = Sector> {
        (0..SECTORS.len()).map(|index| Sector(SectorKind::Ci(index)))
    }

    pub fn slug(&self) -> &'static str {
        match self.0 {
            SectorKind::General => "general",
            SectorKind::Ci(index) => SECTORS[index],
        }
    }

    /// The sector's page (`ci:railways`); none for general.
    pub fn item_id(&self) -> Option<ItemId> {
        match self.0 {
            SectorKind::General => None,
            SectorKind::Ci(index) => Some(ItemId::new(SECTOR_PACK, SECTORS[index])),
        }
    }

    pub fn is_general(&self) -> bool {
        self.0 == SectorKind::General
    }
}

impl Default for Sector {
    fn default() -> Sector {
        Sector::GENERAL
    }
}

impl std::fmt::Display for Sector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

impl TryFrom<String> for Sector {
    type Error = String;
    fn try_from(slug: String) -> Result<Sector, String> {
        Sector::parse(&slug).ok_or_else(|| format!("unknown sector {slug:?}"))
    }
}

impl From<Sector> for String {
    fn from(sector: Sector) -> String {
        sector.slug().to_owned()
    }
}

/// The TypeScript union of the ci slugs, for the bindings.
pub fn typescript_slug_type() -> String {
    let slugs: Vec<String> = SECTORS.iter().map(|s| format!("\"{s}\"")).collect();
    format!("type SectorSlug = {};", slugs.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_unknown_ones_are_refused() {
        assert_eq!(Sector::parse("general"), Some(Sector::GENERAL));
        let railways = Sector::parse("railways").unwrap();
        assert_eq!(railways.slug(), "railways");
        assert_eq!(railways.item_id(), Some(ItemId::new("ci", "railways")));
        assert_eq!(Sector::GENERAL.item_id(), None);
        assert_eq!(Sector::parse("Railways"), None);
        assert_eq!(Sector::parse("ci:railways"), None);
        assert_eq!(Sector::all_ci().count(), 15);
        let json = serde_json::to_string(&railways).unwrap();
        assert_eq!(json, "\"railways\"");
        assert!(serde_json::from_str::<Sector>("\"moon\"").is_err());
    }
}
