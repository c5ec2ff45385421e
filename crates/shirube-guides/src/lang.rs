//! The two languages every item and every UI string exists in.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The short code used in file names, the CLI and the answers file.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The Fluent locale folder under `locales/`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Ja => "ja-JP",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// Picks the language for an OS locale such as `ja_JP.UTF-8`, `ja-JP` or `en-GB`:
    /// Japanese for any Japanese locale, English otherwise.
    pub fn from_os_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locales_map_to_a_language() {
        assert_eq!(Lang::from_os_locale("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(Lang::from_os_locale("ja-JP"), Lang::Ja);
        assert_eq!(Lang::from_os_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_os_locale("C"), Lang::En);
        assert_eq!(Lang::from_os_locale("de-DE"), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
