//! Global item IDs: `<pack>:<local-id>`, e.g. `csf2:GV.OC-01`. They are a contract: saved
//! assessments, reports and tests depend on them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct ItemId(String);

impl ItemId {
    /// Parses `pack:local`; both parts must be non-empty and use only `A-Z a-z 0-9 . _ -`.
    pub fn parse(text: &str) -> Option<ItemId> {
        let (pack, local) = text.split_once(':')?;
        (is_valid_segment(pack) && is_valid_segment(local)).then(|| ItemId(text.to_owned()))
    }

    pub fn new(pack: &str, local: &str) -> ItemId {
        ItemId(format!("{pack}:{local}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn pack(&self) -> &str {
        self.0.split_once(':').map_or("", |(pack, _)| pack)
    }

    pub fn local(&self) -> &str {
        self.0.split_once(':').map_or("", |(_, local)| local)
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A pack folder or item folder name: the characters IDs may use.
pub fn is_valid_segment(segment: &str) -> bool {
    !segment.is_empty()
        && segment.len() <= 64
        && segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_pack_and_local_parts() {
        let id = ItemId::parse("csf2:GV.OC-01").unwrap();
        assert_eq!(id.pack(), "csf2");
        assert_eq!(id.local(), "GV.OC-01");
    }

    #[test]
    fn rejects_malformed_ids() {
        for bad in [
            "",
            "csf2",
            ":GV",
            "csf2:",
            "csf2:GV OC",
            "a:b:c",
            "ci:京都",
            "x:../etc",
        ] {
            assert_eq!(ItemId::parse(bad), None, "{bad:?}");
        }
    }
}
