//! What the bot remembers about chats and people across restarts: the language chosen with
//! `/language` (per chat, or per person in a chat), chat id changes (a Telegram group upgraded
//! to a supergroup), a moderator's pending "send me the reason" state, and a small key-value
//! table for anything else (for example a guided `/share` draft, serialised by the core).

use super::Store;
use super::error::{Error, Result};
use super::types::SubmissionId;
use crate::lang::Lang;
use rusqlite::{OptionalExtension, TransactionBehavior, named_params};
use std::collections::HashSet;

/// A moderator pressed Reject and the bot is waiting for their next message as the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwaitedReason {
    /// The submission being rejected.
    pub submission: SubmissionId,
    /// When the bot asked (unix seconds); the core may ignore a stale request.
    pub since: i64,
}

/// Longest key accepted by the key-value table.
const MAX_KEY_BYTES: usize = 256;
/// Largest value accepted by the key-value table.
const MAX_VALUE_BYTES: usize = 64 * 1024;

/// A chat's key in [`Store`]'s set of chats with a language setting: a hash of the platform
/// and the chat id (two chats sharing one only cost the second a query).
pub(super) fn chat_key(platform: &str, chat_id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    (platform, chat_id).hash(&mut h);
    h.finish()
}

/// The keys of every chat that has a language setting, read on open.
pub(super) fn chats_with_languages(conn: &rusqlite::Connection) -> Result<HashSet<u64>> {
    let mut stmt = conn.prepare("SELECT DISTINCT platform, chat_id FROM chat_languages")?;
    let rows = stmt.query_map([], |r| {
        Ok(chat_key(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<HashSet<u64>>>()?)
}

/// Every key of the key-value table, read on open.
pub(super) fn kv_keys(conn: &rusqlite::Connection) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare("SELECT key FROM kv")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<HashSet<String>>>()?)
}

/// Reads a language code stored by this module.
fn parse_lang(code: &str) -> Result<Lang> {
    Lang::from_hint(code).ok_or_else(|| Error::Corrupt(format!("unknown language {code:?}")))
}

impl Store {
    /// The language chosen for `user_id` in a chat (`Some`), or for the whole chat (`None`):
    /// exactly that setting, without falling back. See [`Store::effective_language`].
    pub fn language(
        &self,
        platform: &str,
        chat_id: &str,
        user_id: Option<&str>,
    ) -> Result<Option<Lang>> {
        let conn = self.conn();
        let code: Option<String> = conn
            .prepare_cached(
                "SELECT lang FROM chat_languages
                 WHERE platform = :platform AND chat_id = :chat AND user_id = :user",
            )?
            .query_row(
                named_params! {
                    ":platform": platform,
                    ":chat": chat_id,
                    ":user": user_id.unwrap_or(""),
                },
                |r| r.get(0),
            )
            .optional()?;
        code.as_deref().map(parse_lang).transpose()
    }

    /// The language to answer `user_id` in this chat with, if one was chosen: the person's own
    /// choice in this chat first, then the chat's. `None` means "use the platform's hint".
    pub fn effective_language(
        &self,
        platform: &str,
        chat_id: &str,
        user_id: &str,
    ) -> Result<Option<Lang>> {
        if !self.has_language_setting(platform, chat_id) {
            return Ok(None);
        }
        let conn = self.conn();
        let code: Option<String> = conn
            .prepare_cached(
                "SELECT lang FROM chat_languages
                 WHERE platform = :platform AND chat_id = :chat AND user_id IN (:user, '')
                 ORDER BY user_id = '' LIMIT 1",
            )?
            .query_row(
                named_params! {":platform": platform, ":chat": chat_id, ":user": user_id},
                |r| r.get(0),
            )
            .optional()?;
        code.as_deref().map(parse_lang).transpose()
    }

    /// Whether the chat may have a language setting (`false`: it has none for sure).
    fn has_language_setting(&self, platform: &str, chat_id: &str) -> bool {
        self.language_chats
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .contains(&chat_key(platform, chat_id))
    }

    /// The keys of the key-value table (see [`Store::kv_get`]).
    fn kv_keys(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.kv_keys
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn note_language_setting(&self, platform: &str, chat_id: &str) {
        self.language_chats
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(chat_key(platform, chat_id));
    }

    /// Sets (`Some`) or clears (`None`) the language for a person in a chat (`user_id`
    /// given) or for the whole chat.
    pub fn set_language(
        &self,
        platform: &str,
        chat_id: &str,
        user_id: Option<&str>,
        lang: Option<Lang>,
        now: i64,
    ) -> Result<()> {
        let conn = self.conn();
        let user = user_id.unwrap_or("");
        match lang {
            Some(lang) => {
                // Noted before the write: a failed write leaves a harmless extra key.
                self.note_language_setting(platform, chat_id);
                conn.prepare_cached(
                    "INSERT INTO chat_languages (platform, chat_id, user_id, lang, updated_at)
                     VALUES (:platform, :chat, :user, :lang, :now)
                     ON CONFLICT (platform, chat_id, user_id)
                     DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at",
                )?
                .execute(named_params! {
                    ":platform": platform,
                    ":chat": chat_id,
                    ":user": user,
                    ":lang": lang.code(),
                    ":now": now,
                })?;
            }
            None => {
                conn.prepare_cached(
                    "DELETE FROM chat_languages
                     WHERE platform = :platform AND chat_id = :chat AND user_id = :user",
                )?
                .execute(named_params! {":platform": platform, ":chat": chat_id, ":user": user})?;
            }
        }
        Ok(())
    }

    /// A chat changed its id (Telegram's group → supergroup `migrate_to_chat_id`): moves its
    /// language settings (where the new chat has none of its own) and awaited reasons, points
    /// its submissions at the new id (so contributors are still told outcomes there) and records
    /// the change for [`Store::resolve_chat`]. Idempotent.
    pub fn migrate_chat(&self, platform: &str, old_id: &str, new_id: &str, now: i64) -> Result<()> {
        if old_id == new_id {
            return Ok(());
        }
        self.note_language_setting(platform, new_id);
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let params = named_params! {":platform": platform, ":old": old_id, ":new": new_id};
        tx.execute(
            "INSERT OR IGNORE INTO chat_languages (platform, chat_id, user_id, lang, updated_at)
             SELECT platform, :new, user_id, lang, updated_at FROM chat_languages
             WHERE platform = :platform AND chat_id = :old",
            params,
        )?;
        tx.execute(
            "DELETE FROM chat_languages WHERE platform = :platform AND chat_id = :old",
            named_params! {":platform": platform, ":old": old_id},
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO awaited_reasons (platform, chat_id, moderator_id,
                                                    submission_id, since)
             SELECT platform, :new, moderator_id, submission_id, since FROM awaited_reasons
             WHERE platform = :platform AND chat_id = :old",
            params,
        )?;
        tx.execute(
            "DELETE FROM awaited_reasons WHERE platform = :platform AND chat_id = :old",
            named_params! {":platform": platform, ":old": old_id},
        )?;
        tx.execute(
            "UPDATE submissions SET chat_id = :new WHERE platform = :platform AND chat_id = :old",
            params,
        )?;
        tx.execute(
            "INSERT INTO chat_migrations (platform, old_chat_id, new_chat_id, at)
             VALUES (:platform, :old, :new, :now)
             ON CONFLICT (platform, old_chat_id)
             DO UPDATE SET new_chat_id = excluded.new_chat_id, at = excluded.at",
            named_params! {":platform": platform, ":old": old_id, ":new": new_id, ":now": now},
        )?;
        tx.commit()?;
        log::info!("store: chat {platform}:{old_id} migrated to {platform}:{new_id}");
        Ok(())
    }

    /// The current id of a chat, following recorded migrations (a configured moderators' chat
    /// that was upgraded resolves to the supergroup). Returns `chat_id` itself if it never moved.
    pub fn resolve_chat(&self, platform: &str, chat_id: &str) -> Result<String> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT new_chat_id FROM chat_migrations
             WHERE platform = :platform AND old_chat_id = :old",
        )?;
        let mut current = chat_id.to_string();
        // Bounded, so a cycle written by hand cannot loop forever.
        for _ in 0..16 {
            let next: Option<String> = stmt
                .query_row(
                    named_params! {":platform": platform, ":old": current},
                    |r| r.get(0),
                )
                .optional()?;
            match next {
                Some(next) if next != current => current = next,
                _ => break,
            }
        }
        Ok(current)
    }

    /// Remembers that the bot asked `moderator_id` in this chat for the reason to reject
    /// `submission` (replacing an earlier request from the same moderator in the same chat).
    pub fn await_reason(
        &self,
        platform: &str,
        chat_id: &str,
        moderator_id: &str,
        submission: SubmissionId,
        now: i64,
    ) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached(
            "INSERT INTO awaited_reasons (platform, chat_id, moderator_id, submission_id, since)
             VALUES (:platform, :chat, :moderator, :id, :now)
             ON CONFLICT (platform, chat_id, moderator_id)
             DO UPDATE SET submission_id = excluded.submission_id, since = excluded.since",
        )?
        .execute(named_params! {
            ":platform": platform,
            ":chat": chat_id,
            ":moderator": moderator_id,
            ":id": submission,
            ":now": now,
        })?;
        Ok(())
    }

    /// Takes (and forgets) the awaited reason request of `moderator_id` in this chat, if any:
    /// their message is then the reason. Also the way to cancel one.
    pub fn take_awaited_reason(
        &self,
        platform: &str,
        chat_id: &str,
        moderator_id: &str,
    ) -> Result<Option<AwaitedReason>> {
        let conn = self.conn();
        let taken = conn
            .prepare_cached(
                "DELETE FROM awaited_reasons
                 WHERE platform = :platform AND chat_id = :chat AND moderator_id = :moderator
                 RETURNING submission_id, since",
            )?
            .query_row(
                named_params! {":platform": platform, ":chat": chat_id, ":moderator": moderator_id},
                |r| {
                    Ok(AwaitedReason {
                        submission: r.get(0)?,
                        since: r.get(1)?,
                    })
                },
            )
            .optional()?;
        Ok(taken)
    }

    /// A value from the key-value table. Keys are namespaced by convention
    /// (`share-draft:telegram:123`).
    ///
    /// A key this store never wrote and did not find on open is answered without a query
    /// (a private message asks whether its sender has a `/share` draft).
    pub fn kv_get(&self, key: &str) -> Result<Option<String>> {
        if !self.kv_keys().contains(key) {
            return Ok(None);
        }
        let conn = self.conn();
        Ok(conn
            .prepare_cached("SELECT value FROM kv WHERE key = :key")?
            .query_row(named_params! {":key": key}, |r| r.get(0))
            .optional()?)
    }

    /// Sets a value (keys up to 256 bytes, values up to 64 KiB, else [`Error::InvalidInput`]).
    pub fn kv_set(&self, key: &str, value: &str, now: i64) -> Result<()> {
        if key.is_empty() || key.len() > MAX_KEY_BYTES {
            return Err(Error::InvalidInput {
                field: "key",
                problem: "empty or longer than 256 bytes",
            });
        }
        if value.len() > MAX_VALUE_BYTES {
            return Err(Error::InvalidInput {
                field: "value",
                problem: "larger than 64 KiB",
            });
        }
        let conn = self.conn();
        conn.prepare_cached(
            "INSERT INTO kv (key, value, updated_at) VALUES (:key, :value, :now)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )?
        .execute(named_params! {":key": key, ":value": value, ":now": now})?;
        // Noted while the connection is held, so a read after this write sees the key.
        self.kv_keys().insert(key.to_string());
        Ok(())
    }

    /// Removes a value; returns whether there was one.
    pub fn kv_delete(&self, key: &str) -> Result<bool> {
        let conn = self.conn();
        let n = conn
            .prepare_cached("DELETE FROM kv WHERE key = :key")?
            .execute(named_params! {":key": key})?;
        self.kv_keys().remove(key);
        Ok(n > 0)
    }
}
