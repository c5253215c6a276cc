//! What adapters learn only once they run and hand back to the core: the bot's own username
//! (Telegram's `getMe`), so `/find@ThisBot` is recognised by the core's parser as well as by
//! the adapter; and chats that changed id (a Telegram group upgraded to a supergroup), so
//! what is kept per chat follows them.

use crate::core::{Bot, ChatRef};
use std::sync::Arc;

impl Bot {
    /// The same bot (same index, stores and settings) that knows its username (`ThisBot`,
    /// without `@`): `/cmd@ThisBot` is then its own command, `/cmd@OtherBot` is ignored, and
    /// `@ThisBot` mentions are removed from searches. An empty name leaves it without one.
    pub fn with_username(&self, name: &str) -> Bot {
        let name = name.trim().trim_start_matches('@');
        let mut bot = self.clone();
        bot.username = (!name.is_empty()).then(|| Arc::from(name));
        bot
    }

    /// Chat `old` now has the id `new` (Telegram's `migrate_to_chat_id`): its language
    /// choices, pending moderation questions and submissions move with it in the store.
    /// Idempotent; failures are logged (the chat keeps working, only old settings are lost).
    pub fn chat_migrated(&self, old: &ChatRef, new: &ChatRef) {
        if old.platform != new.platform {
            log::error!("core: a chat cannot migrate across platforms ({old} -> {new})");
            return;
        }
        let Some(store) = &self.store else {
            log::info!("core: chat {old} is now {new}; no store, nothing to move");
            return;
        };
        let now = (self.clock)();
        if let Err(e) = store.migrate_chat(old.platform.as_str(), &old.id, &new.id, now) {
            log::error!("core: settings of chat {old} could not move to {new}: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::{ChatKind, ChatRef, Incoming, Platform, UserRef};
    use crate::search::SearchIndex;
    use std::path::Path;
    use std::sync::Arc;

    fn group(text: &str) -> Incoming {
        Incoming {
            chat: ChatRef {
                platform: Platform::Telegram,
                id: "-100".into(),
            },
            chat_kind: ChatKind::Group,
            caps: crate::telegram::CAPABILITIES,
            user: UserRef {
                platform: Platform::Telegram,
                id: "7".into(),
                display_name: "Ana".into(),
            },
            language_hint: Some("en".into()),
            text: text.into(),
            addressed: true,
            attachments: Vec::new(),
            reply_to: None,
        }
    }

    /// Without a username the core cannot tell `/find@ThisBot` from another bot's command;
    /// with the username from `with_username` it answers its own and still ignores others.
    #[test]
    fn username_makes_own_commands_recognised() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let index = SearchIndex::open(&data, dir.path()).expect("index");
        let anonymous = crate::core::Bot::new(Arc::new(index));
        assert!(
            anonymous
                .handle(&group("/find@MinersGuideBot consulting"))
                .reply
                .is_none()
        );
        let named = anonymous.with_username("@MinersGuideBot");
        assert_eq!(named.username(), Some("MinersGuideBot"));
        assert!(
            named
                .handle(&group("/find@minersguidebot consulting"))
                .reply
                .is_some()
        );
        assert!(
            named
                .handle(&group("/find@OtherBot consulting"))
                .reply
                .is_none()
        );
        assert_eq!(anonymous.with_username("  ").username(), None);
    }
}
