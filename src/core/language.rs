//! Remembering the language each person chose with `/language`, per chat.
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
