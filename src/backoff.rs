//! The one retry delay of the program: how long an adapter waits before it tries again after
//! its platform did not answer (a homeserver restarting, a network cut, a Bot API outage).
//!
//! Delays grow from a first value by doubling, with some jitter, and never exceed a cap, so
//! an outage of any length is retried at least once a cap; a success starts over from the
//! first delay. The growth and jitter come from `backon` (already built for matrix-sdk, which
//! uses it for its own request retries); this file only adds the cap on the jittered value
//! and a reset, which the loops here need and `backon`'s iterator does not offer.

use backon::{BackoffBuilder, ExponentialBuilder};
use std::time::Duration;

/// The longest wait between two tries of a platform that is unreachable ("about a minute").
pub const RECONNECT_CAP: Duration = Duration::from_secs(60);

/// Growing delays between tries, capped; see the module header.
#[derive(Debug)]
pub struct Backoff {
    builder: ExponentialBuilder,
    delays: <ExponentialBuilder as BackoffBuilder>::Backoff,
    cap: Duration,
    tries: u32,
}

impl Backoff {
    /// Delays starting at `first` and doubling up to `cap` (a `cap` below `first` is `first`).
    pub fn new(first: Duration, cap: Duration) -> Backoff {
        let cap = cap.max(first);
        let builder = ExponentialBuilder::new()
            .with_min_delay(first)
            .with_max_delay(cap)
            .with_jitter()
            .without_max_times();
        Backoff {
            builder,
            delays: builder.build(),
            cap,
            tries: 0,
        }
    }

    /// The delay before the next try: at least the first delay, at most the cap.
    pub fn next_delay(&mut self) -> Duration {
        self.tries = self.tries.saturating_add(1);
        // Without a limit on tries the iterator never ends; the cap stands in if it did.
        self.delays.next().unwrap_or(self.cap).min(self.cap)
    }

    /// How many delays were handed out since the start or the last [`Backoff::reset`].
    pub fn tries(&self) -> u32 {
        self.tries
    }

    /// Starts over from the first delay (after a success).
    pub fn reset(&mut self) {
        self.delays = self.builder.build();
        self.tries = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Delays grow from the first one, never pass the cap however long the outage, and a reset
    /// starts over from the first delay.
    #[test]
    fn delays_grow_to_the_cap_and_reset() {
        let first = Duration::from_millis(500);
        let mut backoff = Backoff::new(first, RECONNECT_CAP);
        let delays: Vec<Duration> = (0..200).map(|_| backoff.next_delay()).collect();
        assert!(delays.iter().all(|d| *d >= first && *d <= RECONNECT_CAP));
        // Jitter adds up to the delay itself: the first is below twice the first delay.
        assert!(delays[0] < first * 2, "{:?}", delays[0]);
        // After a few doublings the cap is reached and held.
        assert!(
            delays[20..].iter().all(|d| *d == RECONNECT_CAP),
            "{delays:?}"
        );
        assert_eq!(backoff.tries(), 200);
        backoff.reset();
        assert_eq!(backoff.tries(), 0);
        assert!(backoff.next_delay() < first * 2);
    }

    /// A cap below the first delay does not make the delay shorter than asked.
    #[test]
    fn cap_below_first_delay_is_the_first_delay() {
        let mut backoff = Backoff::new(Duration::from_secs(2), Duration::from_secs(1));
        for _ in 0..5 {
            assert_eq!(backoff.next_delay(), Duration::from_secs(2));
        }
    }
}
