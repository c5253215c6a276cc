//! Remembering the language each person chose with `/language`, per chat.
//!
//! The core asks a [`LanguageStore`]; [`MemoryLanguageStore`] keeps the choices in memory, and a
//! persistent store (SQLite) can implement the same trait.

use crate::core::message::{ChatRef, UserRef};
use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::Mutex;

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
}
