//! The languages the bot speaks, listed once in [`languages!`]'s table below (code, native name,
//! platform hint words, text direction, search stemmer), and how a platform's language hint maps
//! onto them. Adding a language is one line here plus its folder `locales/<code>/main.ftl`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right (every language the bot has today).
    Ltr,
    /// Right to left (Arabic, Hebrew…), for a renderer that must mark it.
    Rtl,
}

/// The Snowball stemmer search uses for a language's texts, or none: then words are only
/// lower-cased and folded (Swahili, Malagasy, Sinhala and Burmese have no safe stemmer).
pub type Stemmer = Option<frostem::Algorithm>;

/// Whether a native speaker has checked a text: the bot tells readers of a draft so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Written or machine-assisted without a native speaker's check.
    #[default]
    Draft,
    /// Checked by a native speaker.
    Reviewed,
}

/// What the bot knows about one language: a row of the table in [`languages!`].
#[derive(Debug, Clone, Copy)]
pub struct LangInfo {
    /// The ISO 639-1 code, also the folder name under `locales/`.
    pub code: &'static str,
    /// The language's own name for itself, for menus.
    pub native_name: &'static str,
    /// Other words a platform or a person may use for it (`english`, `kiswahili`).
    pub hints: &'static [&'static str],
    /// Which way its text runs.
    pub direction: Direction,
    /// Its search stemmer, if any.
    pub stemmer: Stemmer,
}

/// Declares [`Lang`] and its table from one line per language.
macro_rules! languages {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $native:literal, [$($hint:literal),*], $dir:ident, $stemmer:expr; )*) => {
        /// A language the bot has texts for. English is complete; the others have every
        /// user-facing message (see `locales/`) and, in the knowledge base, what is translated.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Lang {
            $( $(#[$doc])* $variant, )*
        }

        impl Lang {
            /// Every supported language, English first, in [`Lang::index`] order.
            pub const ALL: [Lang; Lang::COUNT] = [$( Lang::$variant ),*];

            /// What the table says about this language.
            pub const fn info(self) -> &'static LangInfo {
                const TABLE: [LangInfo; Lang::COUNT] = [$(
                    LangInfo {
                        code: $code,
                        native_name: $native,
                        hints: &[$($hint),*],
                        direction: Direction::$dir,
                        stemmer: $stemmer,
                    },
                )*];
                &TABLE[self as usize]
            }
        }

        /// How many languages the bot speaks: the length of every per-language table.
        const LANGUAGE_COUNT: usize = [$( $code ),*].len();
    };
}

use frostem::Algorithm as Snowball;

languages! {
    /// English.
    En = "en", "English", ["english"], Ltr, Some(Snowball::English);
    /// French (Madagascar, West and Central Africa).
    Fr = "fr", "Français", ["french", "francais", "français"], Ltr, Some(Snowball::French);
    /// Spanish (Colombia, Peru).
    Es = "es", "Español", ["spanish", "espanol", "español"], Ltr, Some(Snowball::Spanish);
    /// Portuguese (Brazil, Mozambique).
    Pt = "pt", "Português", ["portuguese", "portugues", "português"], Ltr, Some(Snowball::Portuguese);
    /// Swahili (Tanzania, Kenya).
    Sw = "sw", "Kiswahili", ["swahili", "kiswahili"], Ltr, None;
    /// Malagasy (Madagascar). Texts are drafts until a native speaker reviews them.
    Mg = "mg", "Malagasy", ["malagasy", "plt"], Ltr, None;
    /// Sinhala (Sri Lanka). Texts are drafts until a native speaker reviews them.
    Si = "si", "සිංහල", ["sinhala", "sinhalese"], Ltr, None;
    /// Tamil (Sri Lanka, India). Texts are drafts until a native speaker reviews them.
    Ta = "ta", "தமிழ்", ["tamil"], Ltr, Some(Snowball::Tamil);
    /// Burmese (Myanmar: Mogok). Texts are drafts until a native speaker reviews them.
    My = "my", "မြန်မာ", ["burmese", "myanmar"], Ltr, None;
}

impl Lang {
    /// How many languages the bot speaks: the length of every per-language table.
    pub const COUNT: usize = LANGUAGE_COUNT;

    /// This language's position in [`Lang::ALL`] (and so in every `[T; Lang::COUNT]` table).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code (`en`, `fr`, …).
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The language's own name for itself, for menus.
    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    /// Which way the language's text runs.
    pub fn direction(self) -> Direction {
        self.info().direction
    }

    /// The search stemmer of the language's texts, if any.
    pub fn stemmer(self) -> Stemmer {
        self.info().stemmer
    }

    /// Maps a platform hint such as `fr-FR`, `pt_BR` or `SW` (or a language's name in the
    /// table) to a supported language, if any.
    pub fn from_hint(hint: &str) -> Option<Lang> {
        let primary = hint
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        Lang::ALL.into_iter().find(|l| {
            let info = l.info();
            info.code == primary
                || info.hints.contains(&primary.as_str())
                || info.native_name.to_lowercase() == primary
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code the bot does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use one of {codes}", codes = codes())]
pub struct UnknownLang(pub String);

/// Every code, comma-separated, for messages.
fn codes() -> String {
    Lang::ALL.map(Lang::code).join(", ")
}

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
        assert_eq!(Lang::from_hint("Kiswahili"), Some(Lang::Sw));
        assert_eq!(Lang::from_hint("mg-MG"), Some(Lang::Mg));
        assert_eq!(Lang::from_hint("si_LK"), Some(Lang::Si));
        assert_eq!(Lang::from_hint("ta-LK"), Some(Lang::Ta));
        assert_eq!(Lang::from_hint("my"), Some(Lang::My));
        assert_eq!(Lang::from_hint("தமிழ்"), Some(Lang::Ta));
        assert_eq!(Lang::from_hint("xx"), None);
        assert_eq!(Lang::from_hint(""), None);
        assert!("xx".parse::<Lang>().is_err());
    }

    /// `index` is each language's position in `ALL`, so per-language tables line up; codes are
    /// unique and every language's code maps back to it.
    #[test]
    fn index_is_the_position_in_all() {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), i, "{lang}");
            assert_eq!(Lang::from_hint(lang.code()), Some(*lang));
            assert_eq!(lang.code().parse::<Lang>(), Ok(*lang));
        }
    }
}
