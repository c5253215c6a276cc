//! Remembering the language each person chose with `/language`, per chat, and guessing the
//! language of a message when neither a choice nor the platform says it ([`detect`]).
//!
//! The core asks a [`LanguageStore`]; [`MemoryLanguageStore`] keeps the choices in memory, and
//! [`StoreLanguageStore`] keeps them in the SQLite store, so they survive restarts.

use crate::core::message::{ChatRef, UserRef};
use crate::lang::Lang;
use crate::store::Store;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Where chosen languages are kept. Implementations must be cheap: `get` runs on every message.
pub trait LanguageStore: Send + Sync {
    /// The language `user` chose in `chat`, if any.
    fn get(&self, chat: &ChatRef, user: &UserRef) -> Option<Lang>;
    /// Remembers that `user` chose `lang` in `chat`.
    fn set(&self, chat: &ChatRef, user: &UserRef, lang: Lang);
}

/// Language choices kept in memory (lost on restart), at most [`MemoryLanguageStore::CAPACITY`].
#[derive(Debug, Default)]
pub struct MemoryLanguageStore {
    choices: Mutex<HashMap<(String, String), Lang>>,
}

impl MemoryLanguageStore {
    /// How many choices are kept; beyond that the oldest are forgotten all at once, so a flood
    /// of new users cannot grow memory without bound.
    pub const CAPACITY: usize = 100_000;

    /// An empty store.
    pub fn new() -> MemoryLanguageStore {
        MemoryLanguageStore::default()
    }

    fn key(chat: &ChatRef, user: &UserRef) -> (String, String) {
        (chat.to_string(), user.key())
    }
}

impl LanguageStore for MemoryLanguageStore {
    fn get(&self, chat: &ChatRef, user: &UserRef) -> Option<Lang> {
        let map = self.choices.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&Self::key(chat, user)).copied()
    }

    fn set(&self, chat: &ChatRef, user: &UserRef, lang: Lang) {
        let mut map = self.choices.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= Self::CAPACITY {
            map.clear();
        }
        map.insert(Self::key(chat, user), lang);
    }
}

/// Language choices kept in the SQLite store (per person and chat, falling back to a choice made
/// for the whole chat). A database error is logged and reads as "no choice".
pub struct StoreLanguageStore {
    store: Arc<Store>,
    clock: Arc<dyn Fn() -> i64 + Send + Sync>,
}

impl StoreLanguageStore {
    /// Choices kept in `store`; `clock` stamps changes (unix seconds).
    pub fn new(store: Arc<Store>, clock: Arc<dyn Fn() -> i64 + Send + Sync>) -> StoreLanguageStore {
        StoreLanguageStore { store, clock }
    }
}

impl LanguageStore for StoreLanguageStore {
    fn get(&self, chat: &ChatRef, user: &UserRef) -> Option<Lang> {
        self.store
            .effective_language(chat.platform.as_str(), &chat.id, &user.id)
            .unwrap_or_else(|e| {
                log::warn!("core::language: cannot read the choice in chat={chat}: {e}");
                None
            })
    }

    fn set(&self, chat: &ChatRef, user: &UserRef, lang: Lang) {
        if let Err(e) = self.store.set_language(
            chat.platform.as_str(),
            &chat.id,
            Some(&user.id),
            Some(lang),
            (self.clock)(),
        ) {
            log::warn!("core::language: cannot save the choice in chat={chat}: {e}");
        }
    }
}

/// Who has been told that the texts of their language are an unchecked draft: each person
/// once per chat. Kept in memory, at most [`DraftNotices::CAPACITY`] people (then forgotten all
/// at once, like [`MemoryLanguageStore`]): after a restart a person is told once more, which
/// costs one line and needs no table.
#[derive(Debug, Default)]
pub struct DraftNotices {
    told: Mutex<std::collections::HashSet<(String, String)>>,
}

impl DraftNotices {
    /// How many people are remembered.
    pub const CAPACITY: usize = 100_000;

    /// True the first time it is asked about `user` in `chat`, false after.
    pub fn first_time(&self, chat: &ChatRef, user: &UserRef) -> bool {
        let mut told = self.told.lock().unwrap_or_else(|p| p.into_inner());
        if told.len() >= Self::CAPACITY {
            told.clear();
        }
        told.insert((chat.to_string(), user.key()))
    }
}

/// The language `text` is written in, when it can be told with confidence: by its script for
/// Sinhala, Tamil and Burmese, by a few common words for Malagasy and Swahili, and by `whatlang`
/// (small, no model files) among English, French, Spanish and Portuguese. `None` for a text too
/// short or too mixed to tell (most two-word queries): the caller then answers in English.
pub fn detect(text: &str) -> Option<Lang> {
    // A leading command (`/find`, `!find@bot`) is not part of the language.
    let text = match text.trim_start() {
        t if t.starts_with(['/', '!']) => t.split_once(char::is_whitespace).map_or("", |(_, r)| r),
        t => t,
    };
    match whatlang::detect_script(text)? {
        whatlang::Script::Sinhala => return Some(Lang::Si),
        whatlang::Script::Tamil => return Some(Lang::Ta),
        whatlang::Script::Myanmar => return Some(Lang::My),
        whatlang::Script::Latin => {}
        _ => return None,
    }
    if let Some(lang) = by_marker_words(text) {
        return Some(lang);
    }
    static DETECTOR: std::sync::LazyLock<whatlang::Detector> = std::sync::LazyLock::new(|| {
        whatlang::Detector::with_allowlist(vec![
            whatlang::Lang::Eng,
            whatlang::Lang::Fra,
            whatlang::Lang::Spa,
            whatlang::Lang::Por,
        ])
    });
    // whatlang's own "reliable" mark wants long texts; three words and a quarter of its
    // confidence tell a miner's sentence (Spanish and Portuguese ones score 0.25–0.75) from a
    // two-word query, which scores lower and keeps the default.
    let words = text.split_whitespace().count();
    let info = DETECTOR
        .detect(text)
        .filter(|i| words >= 3 && i.confidence() >= 0.25)?;
    match info.lang() {
        whatlang::Lang::Eng => Some(Lang::En),
        whatlang::Lang::Fra => Some(Lang::Fr),
        whatlang::Lang::Spa => Some(Lang::Es),
        whatlang::Lang::Por => Some(Lang::Pt),
        _ => None,
    }
}

/// Malagasy or Swahili, when at least two of the text's words are among that language's most
/// common ones. Hand-written because no kept detector knows Malagasy and whatlang has no
/// Swahili (lingua has Swahili but is tens of megabytes of models); the words are ones that
/// are not words of English, French, Spanish or Portuguese.
fn by_marker_words(text: &str) -> Option<Lang> {
    const MALAGASY: &[&str] = &[
        "ny",
        "sy",
        "amin",
        "aho",
        "ianao",
        "izay",
        "ary",
        "tsy",
        "inona",
        "ahoana",
        "mba",
        "ireo",
        "ity",
        "misy",
        "azafady",
        "manao",
        "mpitrandraka",
        "vatosoa",
        "fotaka",
        "hoe",
        "aiza",
        "rehefa",
        "noho",
        "tokony",
        "azo",
        "ataoko",
        "ataontsika",
        "renirano",
    ];
    const SWAHILI: &[&str] = &[
        "kwa",
        "jinsi",
        "gani",
        "nini",
        "kuhusu",
        "vya",
        "hii",
        "hiyo",
        "sana",
        "lakini",
        "wachimbaji",
        "madini",
        "maji",
        "habari",
        "tafadhali",
        "msaada",
        "nataka",
        "naomba",
        "vipi",
        "mimi",
        "wewe",
        "kuna",
        "hakuna",
        "kutoka",
        "mgodi",
        "tope",
        "kuzuia",
        "mto",
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let hits = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let (mg, sw) = (hits(MALAGASY), hits(SWAHILI));
    match (mg, sw) {
        (m, s) if m >= 2 && m > s => Some(Lang::Mg),
        (m, s) if s >= 2 && s > m => Some(Lang::Sw),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::Platform;

    fn chat(id: &str) -> ChatRef {
        ChatRef {
            platform: Platform::Telegram,
            id: id.into(),
        }
    }

    fn user(id: &str) -> UserRef {
        UserRef {
            platform: Platform::Telegram,
            id: id.into(),
            display_name: "Ana".into(),
        }
    }

    /// A choice is kept per person and per chat, and can be changed.
    #[test]
    fn choices_are_per_user_and_chat() {
        let store = MemoryLanguageStore::new();
        store.set(&chat("1"), &user("7"), Lang::Fr);
        assert_eq!(store.get(&chat("1"), &user("7")), Some(Lang::Fr));
        assert_eq!(store.get(&chat("2"), &user("7")), None);
        assert_eq!(store.get(&chat("1"), &user("8")), None);
        store.set(&chat("1"), &user("7"), Lang::Sw);
        assert_eq!(store.get(&chat("1"), &user("7")), Some(Lang::Sw));
    }

    /// A person is told about a draft once per chat; another person, or the same person in
    /// another chat, is told too.
    #[test]
    fn draft_notice_is_given_once_per_person_and_chat() {
        let told = DraftNotices::default();
        assert!(told.first_time(&chat("1"), &user("7")));
        assert!(!told.first_time(&chat("1"), &user("7")));
        assert!(told.first_time(&chat("2"), &user("7")));
        assert!(told.first_time(&chat("1"), &user("8")));
    }

    /// Messages in each language, as a miner might type them, are recognised; a two-word
    /// query, numbers and a command alone are not guessed at.
    #[test]
    fn detect_recognises_each_language_and_declines_to_guess() {
        let cases = [
            (
                "how can we stop the mud from going into the river",
                Lang::En,
            ),
            (
                "comment empêcher la boue d'aller dans la rivière près de la mine",
                Lang::Fr,
            ),
            (
                "cómo evitar que el lodo llegue al río cerca de la mina",
                Lang::Es,
            ),
            (
                "como evitar que a lama chegue ao rio perto do garimpo",
                Lang::Pt,
            ),
            ("jinsi ya kuzuia tope lisiingie mtoni", Lang::Sw),
            (
                "ahoana no hisorohana ny fotaka tsy hiditra ao anaty renirano",
                Lang::Mg,
            ),
            ("මඩ ගඟට යාම නවත්වන්නේ කෙසේද", Lang::Si),
            ("சேறு ஆற்றுக்குள் போவதை எப்படி தடுப்பது", Lang::Ta),
            ("ရွှံ့များ မြစ်ထဲ မဝင်အောင် ဘယ်လို တားမလဲ", Lang::My),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
        assert_eq!(detect("mintek"), None);
        assert_eq!(detect("settling pond"), None);
        assert_eq!(detect("/find settling pond"), None);
        assert_eq!(detect("/find jinsi ya kuzuia tope"), Some(Lang::Sw));
        assert_eq!(detect("financiamento cooperativas"), None);
        assert_eq!(detect("2024"), None);
        assert_eq!(detect(""), None);
    }
}
