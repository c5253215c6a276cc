//! Per-person message limits, so that one person flooding the bot (by hand or by script)
//! cannot take the bot's time and the platform's sending budget from everyone else in a
//! cooperative's chat.
//!
//! Each person (`platform:id`) has a token bucket: [`UserRate::burst`] messages at once, then
//! [`UserRate::per_minute`] a minute. The first message over the limit is answered with a
//! short, translated "please wait N seconds"; further ones are dropped without a reply until
//! the bucket refills, so a flood costs one reply, not one per message. Moderators are not
//! limited. Messages in a group that are not addressed to the bot do not count.
//!
//! The table is in memory and bounded: it forgets people whose bucket is full again (they
//! would be allowed anyway) whenever it grows past [`MAX_TRACKED`].

use std::collections::HashMap;

/// The most people tracked before idle ones are forgotten.
pub const MAX_TRACKED: usize = 10_000;

/// A per-person message rate limit; `per_minute == 0` turns it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserRate {
    /// Messages a minute, sustained (0: no limit).
    pub per_minute: u32,
    /// Messages that may arrive at once before the rate applies (at least 1).
    pub burst: u32,
}

impl UserRate {
    /// No limit (the library default; the program's configuration turns one on).
    pub const OFF: UserRate = UserRate {
        per_minute: 0,
        burst: 0,
    };
}

impl Default for UserRate {
    /// The program's default: 30 messages a minute after a burst of 20.
    fn default() -> UserRate {
        UserRate {
            per_minute: 30,
            burst: 20,
        }
    }
}

/// What to do with one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Handle it.
    Allow,
    /// Over the limit for the first time in this flood: tell the person to wait this many
    /// seconds (at least 1).
    Warn(u64),
    /// Over the limit, already told: no reply.
    Drop,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    /// Tokens left (milli-tokens, to refill smoothly on a clock of whole seconds).
    milli: u64,
    /// When `milli` was last brought up to date (unix seconds).
    at: i64,
    /// Whether the person was told to wait since the bucket last had a token.
    warned: bool,
}

/// Milli-tokens gained over `secs` seconds at `per_minute` (none for a negative span).
fn refill(per_minute: u32, secs: i64) -> u64 {
    let secs = u64::try_from(secs).unwrap_or(0);
    secs.saturating_mul(u64::from(per_minute))
        .saturating_mul(1000)
        / 60
}

/// The buckets of everyone who wrote recently.
#[derive(Debug)]
pub(super) struct RateTable {
    rate: UserRate,
    buckets: HashMap<String, Bucket>,
}

impl RateTable {
    /// An empty table for `rate`.
    pub(super) fn new(rate: UserRate) -> RateTable {
        RateTable {
            rate,
            buckets: HashMap::new(),
        }
    }

    fn capacity(&self) -> u64 {
        u64::from(self.rate.burst.max(1)) * 1000
    }

    /// Counts one message from `key` at `now` (unix seconds) and says what to do with it.
    pub(super) fn check(&mut self, key: &str, now: i64) -> Verdict {
        if self.rate.per_minute == 0 {
            return Verdict::Allow;
        }
        let capacity = self.capacity();
        if self.buckets.len() >= MAX_TRACKED && !self.buckets.contains_key(key) {
            self.forget_full(now);
        }
        let fresh = Bucket {
            milli: capacity,
            at: now,
            warned: false,
        };
        let mut bucket = self.buckets.get(key).copied().unwrap_or(fresh);
        // A clock that went back does not refill (nor drain) anything.
        let gained = refill(self.rate.per_minute, now.saturating_sub(bucket.at));
        bucket.milli = bucket.milli.saturating_add(gained).min(capacity);
        bucket.at = bucket.at.max(now);
        let verdict = if bucket.milli >= 1000 {
            bucket.milli -= 1000;
            bucket.warned = false;
            Verdict::Allow
        } else if bucket.warned {
            Verdict::Drop
        } else {
            bucket.warned = true;
            let per_sec_milli = (u64::from(self.rate.per_minute) * 1000).div_ceil(60).max(1);
            Verdict::Warn((1000 - bucket.milli).div_ceil(per_sec_milli).max(1))
        };
        self.buckets.insert(key.to_string(), bucket);
        verdict
    }

    /// Makes room: forgets everyone whose bucket would be full at `now` (they would be
    /// allowed anyway); if that is not enough (many people writing at once), keeps only the
    /// people being limited right now; if even they are too many, starts afresh.
    fn forget_full(&mut self, now: i64) {
        let capacity = self.capacity();
        let per_minute = self.rate.per_minute;
        self.buckets.retain(|_, b| {
            b.milli
                .saturating_add(refill(per_minute, now.saturating_sub(b.at)))
                < capacity
        });
        if self.buckets.len() >= MAX_TRACKED {
            self.buckets.retain(|_, b| b.warned || b.milli == 0);
        }
        if self.buckets.len() >= MAX_TRACKED {
            self.buckets.clear();
        }
    }

    /// How many people are tracked.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.buckets.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(per_minute: u32, burst: u32) -> RateTable {
        RateTable::new(UserRate { per_minute, burst })
    }

    #[test]
    fn burst_then_one_warning_then_silence() {
        let mut t = rate(60, 3);
        for _ in 0..3 {
            assert_eq!(t.check("telegram:1", 100), Verdict::Allow);
        }
        assert_eq!(t.check("telegram:1", 100), Verdict::Warn(1));
        assert_eq!(t.check("telegram:1", 100), Verdict::Drop);
        assert_eq!(t.check("telegram:1", 100), Verdict::Drop);
        // Someone else is not affected.
        assert_eq!(t.check("telegram:2", 100), Verdict::Allow);
        // One second later one token is back (60 a minute), and the warning is re-armed.
        assert_eq!(t.check("telegram:1", 101), Verdict::Allow);
        assert_eq!(t.check("telegram:1", 101), Verdict::Warn(1));
    }

    #[test]
    fn wait_reflects_the_rate() {
        let mut t = rate(6, 1);
        assert_eq!(t.check("k", 0), Verdict::Allow);
        // 6 a minute: one token every 10 s.
        assert_eq!(t.check("k", 0), Verdict::Warn(10));
        assert_eq!(t.check("k", 4), Verdict::Drop);
        assert_eq!(t.check("k", 10), Verdict::Allow);
    }

    #[test]
    fn sustained_rate_is_held() {
        let mut t = rate(30, 5);
        let mut allowed = 0;
        // Ten messages a second for ten minutes.
        for s in 0..600 {
            for _ in 0..10 {
                if t.check("k", s) == Verdict::Allow {
                    allowed += 1;
                }
            }
        }
        // The burst plus 30 a minute for 10 minutes (the last second's refill may or may not
        // have been used).
        assert!((5 + 299..=5 + 300).contains(&allowed), "{allowed}");
    }

    #[test]
    fn off_allows_everything() {
        let mut t = RateTable::new(UserRate::OFF);
        for _ in 0..10_000 {
            assert_eq!(t.check("k", 0), Verdict::Allow);
        }
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn clock_going_back_neither_panics_nor_refills() {
        let mut t = rate(60, 1);
        assert_eq!(t.check("k", 1000), Verdict::Allow);
        assert_eq!(t.check("k", 10), Verdict::Warn(1));
        assert_eq!(t.check("k", i64::MIN), Verdict::Drop);
        assert_eq!(t.check("k", i64::MAX), Verdict::Allow);
    }

    #[test]
    fn table_stays_bounded() {
        let mut t = rate(60, 2);
        for i in 0..(MAX_TRACKED * 3) {
            let _ = t.check(&format!("telegram:{i}"), (i / 1000) as i64);
        }
        assert!(t.len() <= MAX_TRACKED, "{}", t.len());
        // Many people at once: the one being limited is kept, the others make room.
        let mut t = rate(60, 2);
        assert_eq!(t.check("flooder", 0), Verdict::Allow);
        assert_eq!(t.check("flooder", 0), Verdict::Allow);
        assert_eq!(t.check("flooder", 0), Verdict::Warn(1));
        for i in 0..MAX_TRACKED * 2 {
            assert_eq!(t.check(&format!("other:{i}"), 0), Verdict::Allow);
        }
        assert!(t.len() <= MAX_TRACKED, "{}", t.len());
        assert_eq!(t.check("flooder", 0), Verdict::Drop);
    }
}
