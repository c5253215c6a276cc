//! Announcements waiting for a rejection's reason.
//!
//! Pressing Reject on a submission announcement makes the core ask the moderator for the
//! reason; the decision comes with the moderator's next message. The adapter remembers which
//! announcement that moderator was rejecting in that chat, so the decision can replace the
//! announcement (as an approval does) instead of arriving as a new message. The map is small
//! and bounded: entries expire after an hour and the oldest go first when it is full.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use teloxide::types::MessageId;

/// How long a pressed Reject waits for its reason.
pub const TTL: Duration = Duration::from_secs(60 * 60);
/// How many pending rejections are remembered at most.
pub const CAPACITY: usize = 256;

/// (chat, moderator) → the announcement being rejected, with when Reject was pressed.
#[derive(Debug, Default)]
pub struct PendingRejections {
    map: Mutex<HashMap<(i64, u64), (MessageId, Instant)>>,
}

impl PendingRejections {
    /// Remembers that `user` pressed Reject on announcement `id` in `chat` at `now`.
    pub fn remember(&self, chat: i64, user: u64, id: MessageId, now: Instant) {
        let mut map = self.lock();
        map.retain(|_, (_, at)| now.duration_since(*at) < TTL);
        if map.len() >= CAPACITY && !map.contains_key(&(chat, user)) {
            let oldest = map.iter().min_by_key(|(_, (_, at))| *at).map(|(k, _)| *k);
            if let Some(key) = oldest {
                map.remove(&key);
            }
        }
        map.insert((chat, user), (id, now));
    }

    /// The announcement `user` is rejecting in `chat`, if Reject was pressed within [`TTL`].
    pub fn get(&self, chat: i64, user: u64, now: Instant) -> Option<MessageId> {
        let map = self.lock();
        map.get(&(chat, user))
            .filter(|(_, at)| now.duration_since(*at) < TTL)
            .map(|(id, _)| *id)
    }

    /// Forgets the entry for (`chat`, `user`) if it points at `id`.
    pub fn forget(&self, chat: i64, user: u64, id: MessageId) {
        let mut map = self.lock();
        if map.get(&(chat, user)).is_some_and(|(m, _)| *m == id) {
            map.remove(&(chat, user));
        }
    }

    /// How many entries are held (expired ones included until the next insert).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(i64, u64), (MessageId, Instant)>> {
        // A panic while holding the lock cannot leave the map inconsistent; keep using it.
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry is found for its chat and moderator only, and expires after the TTL.
    #[test]
    fn entries_are_per_chat_and_user_and_expire() {
        let p = PendingRejections::default();
        let t0 = Instant::now();
        p.remember(-100, 7, MessageId(5), t0);
        assert_eq!(p.get(-100, 7, t0), Some(MessageId(5)));
        assert_eq!(p.get(-100, 8, t0), None);
        assert_eq!(p.get(-200, 7, t0), None);
        assert_eq!(
            p.get(-100, 7, t0 + TTL - Duration::from_secs(1)),
            Some(MessageId(5))
        );
        assert_eq!(p.get(-100, 7, t0 + TTL), None);
    }

    /// Forgetting only removes the entry when it still points at the given announcement.
    #[test]
    fn forget_matches_the_announcement() {
        let p = PendingRejections::default();
        let t0 = Instant::now();
        p.remember(-100, 7, MessageId(5), t0);
        p.forget(-100, 7, MessageId(6));
        assert_eq!(p.get(-100, 7, t0), Some(MessageId(5)));
        p.forget(-100, 7, MessageId(5));
        assert_eq!(p.get(-100, 7, t0), None);
    }

    /// The map never grows past its capacity; the oldest entry goes first, and expired
    /// entries are dropped on insert.
    #[test]
    fn map_is_bounded() {
        let p = PendingRejections::default();
        let t0 = Instant::now();
        for i in 0..(CAPACITY as u64 + 10) {
            p.remember(-100, i, MessageId(1), t0 + Duration::from_millis(i));
        }
        assert_eq!(p.len(), CAPACITY);
        assert_eq!(p.get(-100, 0, t0 + Duration::from_secs(1)), None);
        let last = CAPACITY as u64 + 9;
        assert_eq!(
            p.get(-100, last, t0 + Duration::from_secs(1)),
            Some(MessageId(1))
        );
        p.remember(-100, 1, MessageId(2), t0 + TTL + Duration::from_secs(1));
        assert_eq!(p.len(), 1);
    }
}
