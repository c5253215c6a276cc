//! The languages the bot speaks, and how a platform's language hint maps onto them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the bot has texts for. English is complete; the others have every title, summary
/// and user-facing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French (Madagascar, West and Central Africa).
    Fr,
    /// Spanish (Colombia, Peru).
    Es,
    /// Portuguese (Brazil, Mozambique).
    Pt,
    /// Swahili (Tanzania, Kenya).
    Sw,
}

impl Lang {
    /// How many languages the bot speaks: the length of every per-language table.
    pub const COUNT: usize = 5;

    /// Every supported language, English first, in [`Lang::index`] order.
    pub const ALL: [Lang; Lang::COUNT] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt, Lang::Sw];

    /// This language's position in [`Lang::ALL`] (and so in every `[T; Lang::COUNT]` table).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code (`en`, `fr`, …).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Sw => "sw",
        }
    }

    /// The language's own name for itself, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Sw => "Kiswahili",
        }
    }

    /// Maps a platform hint such as `fr-FR`, `pt_BR` or `SW` to a supported language, if any.
    pub fn from_hint(hint: &str) -> Option<Lang> {
        let primary = hint
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" | "english" => Some(Lang::En),
            "fr" | "french" | "francais" | "français" => Some(Lang::Fr),
            "es" | "spanish" | "espanol" | "español" => Some(Lang::Es),
            "pt" | "portuguese" | "portugues" | "português" => Some(Lang::Pt),
            "sw" | "swahili" | "kiswahili" => Some(Lang::Sw),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code the bot does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use one of en, fr, es, pt, sw")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_hint(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Platform hints with regions and odd case map to the language, unknown ones to none.
    #[test]
    fn hints_map_to_languages() {
        assert_eq!(Lang::from_hint("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_hint("FR_fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_hint("sw"), Some(Lang::Sw));
        assert_eq!(Lang::from_hint("mg"), None);
        assert_eq!(Lang::from_hint(""), None);
        assert!("xx".parse::<Lang>().is_err());
    }

    /// `index` is each language's position in `ALL`, so per-language tables line up.
    #[test]
    fn index_is_the_position_in_all() {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), i, "{lang}");
        }
    }
}
