//! Learning what is missing: every search a person makes (`/find`, free text) is counted in the
//! metrics and written to the store's search log with its outcome (found, weak, empty), and the
//! core's periodic upkeep forgets old searches' words after `RETENTION_DAYS`.
//!
//! Writing never slows or fails a reply: the records go through a bounded queue to one writer
//! thread that commits them in batches (one transaction per batch, at most
//! [`BATCH_WAIT`] after the first record); a full queue or a failed write is logged and the
//! records dropped. A record is not an acknowledgement to anybody, so the few in the queue at a
//! `kill -9` may be lost.
//!
//! Why not one insert per search: with the store's `synchronous=FULL`, a one-row commit took
//! 4 ms at the median and 40 ms at p99 on the development machine (2026-12, WAL, measured with
//! Python's sqlite3 on the same disk), sixteen times a whole search (p50 0.25 ms), with the
//! store's connection held all along; 256 rows in one commit took the same 4 ms.

use super::commands::find::search_reply_and_outcome;
use super::{Bot, Incoming, MAX_QUERY_CHARS, Reply, truncate};
use crate::lang::Lang;
use crate::store::{SearchRecord, Store};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the writer gathers records after the first one before it commits them.
pub const BATCH_WAIT: Duration = Duration::from_millis(500);
/// The most records one transaction writes.
const BATCH_MAX: usize = 256;
/// The most records waiting for the writer; more are dropped (and logged).
const QUEUE: usize = 4096;
/// How often the periodic upkeep removes the words of searches past their retention.
pub const SWEEP_EVERY_SECS: i64 = 3600;
/// How often the periodic upkeep refreshes the contributions gauge.
const GAUGES_EVERY_SECS: i64 = 15;

/// What the writer thread is asked to do.
enum Job {
    /// Write this record.
    Record(SearchRecord),
    /// Write what is gathered now, then say so.
    Flush(std::sync::mpsc::Sender<()>),
}

/// The queue to the search-log writer thread; dropping the last handle writes what is queued
/// and ends the thread.
pub(super) struct SearchLog {
    queue: Mutex<Option<SyncSender<Job>>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl SearchLog {
    /// Starts the writer thread for `store` (`None`, logged, if the thread cannot start).
    pub(super) fn start(store: Arc<Store>) -> Option<SearchLog> {
        let (queue, jobs) = std::sync::mpsc::sync_channel(QUEUE);
        let writer = std::thread::Builder::new()
            .name("search-log".into())
            .spawn(move || write_batches(&store, &jobs));
        match writer {
            Ok(writer) => Some(SearchLog {
                queue: Mutex::new(Some(queue)),
                writer: Mutex::new(Some(writer)),
            }),
            Err(e) => {
                log::warn!(
                    "core::searchlog: cannot start the writer; searches are not logged: {e}"
                );
                None
            }
        }
    }

    /// Queues one record; never waits.
    fn record(&self, record: SearchRecord) {
        let queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        let Some(queue) = queue.as_ref() else {
            return;
        };
        match queue.try_send(Job::Record(record)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                log::warn!("core::searchlog: the writer is behind; a search was not logged");
            }
            Err(TrySendError::Disconnected(_)) => {
                log::warn!("core::searchlog: the writer has stopped; a search was not logged");
            }
        }
    }

    /// Waits (at most `wait`) until every record queued before is written.
    pub(super) fn flush(&self, wait: Duration) {
        let (done, finished) = std::sync::mpsc::channel();
        let sent = {
            let queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
            queue
                .as_ref()
                .is_some_and(|q| q.send(Job::Flush(done)).is_ok())
        };
        if sent && finished.recv_timeout(wait).is_err() {
            log::warn!("core::searchlog: the writer did not finish within {wait:?}");
        }
    }
}

impl Drop for SearchLog {
    fn drop(&mut self) {
        // Closing the queue makes the writer write what it has and end.
        drop(self.queue.lock().unwrap_or_else(|p| p.into_inner()).take());
        if let Some(writer) = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take()
            && writer.join().is_err()
        {
            log::warn!("core::searchlog: the writer thread panicked");
        }
    }
}

/// The writer thread: gathers records for up to [`BATCH_WAIT`] (or [`BATCH_MAX`] of them) and
/// commits them in one transaction, until the queue is closed.
fn write_batches(store: &Store, jobs: &Receiver<Job>) {
    let mut batch: Vec<SearchRecord> = Vec::new();
    let write = |batch: &mut Vec<SearchRecord>| {
        if let Err(e) = store.record_searches(batch) {
            log::warn!(
                "core::searchlog: {} searches were not logged: {e}",
                batch.len()
            );
        }
        batch.clear();
    };
    while let Ok(first) = jobs.recv() {
        let deadline = Instant::now() + BATCH_WAIT;
        let mut next = Some(first);
        loop {
            match next.take() {
                Some(Job::Record(r)) => batch.push(r),
                Some(Job::Flush(done)) => {
                    write(&mut batch);
                    let _ = done.send(());
                }
                None => {}
            }
            if batch.is_empty() || batch.len() >= BATCH_MAX {
                break;
            }
            match jobs.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(job) => next = Some(job),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        write(&mut batch);
    }
    write(&mut batch);
}

impl Bot {
    /// The reply to a search a person made (`/find`, or free text in a private chat): its first
    /// page. The search is counted by the outcome the reply showed and logged without who made
    /// it; one that ran no search (an empty query, a failed search: `None` from
    /// [`search_reply_and_outcome`]) is not, as there is nothing to learn from it.
    pub(super) fn search_and_log(&self, raw: &str, msg: &Incoming, lang: Lang) -> Reply {
        let (reply, outcome) =
            search_reply_and_outcome(&self.index, raw, 0, lang, msg.caps.open_commands);
        let Some(outcome) = outcome else {
            return reply;
        };
        crate::metrics::search(lang, outcome);
        if let Some(log) = &self.search_log {
            // The words as searched: trimmed and cut as the search cut them.
            let (query, _) = truncate(raw.trim(), MAX_QUERY_CHARS);
            log.record(SearchRecord {
                at: (self.clock)(),
                platform: msg.chat.platform.as_str(),
                lang,
                outcome,
                query: query.to_string(),
            });
        }
        reply
    }

    /// Waits until the searches logged so far are in the store (for `/report` and tests;
    /// the writer commits on its own within [`BATCH_WAIT`]).
    pub fn flush_search_log(&self) {
        if let Some(log) = &self.search_log {
            log.flush(Duration::from_secs(5));
        }
    }

    /// The time before which recorded searches lose their words, at `now`.
    pub fn retention_cutoff(&self, now: i64) -> i64 {
        now.saturating_sub(i64::from(self.retention_days) * 86_400)
    }

    /// The privacy sweep: removes what is past its retention (see
    /// [`crate::store::Store::sweep_retention`]). Run at start-up and by [`Bot::tick`] every
    /// [`SWEEP_EVERY_SECS`].
    pub fn sweep_retention(&self, now: i64) {
        let Some(store) = &self.store else {
            return;
        };
        match store.sweep_retention(self.retention_cutoff(now)) {
            Ok(swept) if swept.searches > 0 || swept.questions > 0 => log::info!(
                "core::searchlog: removed the words of {} searches and the text of {} answered \
                 questions older than {} days",
                swept.searches,
                swept.questions,
                self.retention_days
            ),
            Ok(_) => {}
            Err(e) => log::warn!("core::searchlog: the retention sweep failed: {e}"),
        }
    }

    /// The periodic upkeep of [`Bot::tick`]: the retention sweep when one is due, and the
    /// contributions and open-questions gauges when metrics are on.
    pub(super) fn upkeep(&self, now: i64) {
        let due = |last: &std::sync::atomic::AtomicI64, every: i64| {
            let before = last.load(std::sync::atomic::Ordering::Relaxed);
            now.saturating_sub(before) >= every
                && last
                    .compare_exchange(
                        before,
                        now,
                        std::sync::atomic::Ordering::Relaxed,
                        std::sync::atomic::Ordering::Relaxed,
                    )
                    .is_ok()
        };
        if due(&self.upkeep_at.0, SWEEP_EVERY_SECS) {
            self.sweep_retention(now);
        }
        if crate::metrics::installed()
            && due(&self.upkeep_at.1, GAUGES_EVERY_SECS)
            && let Some(store) = &self.store
        {
            match store.counts() {
                Ok(counts) => crate::metrics::set_contributions(&counts),
                Err(e) => log::warn!("core::searchlog: cannot count contributions: {e}"),
            }
            match store.question_counts() {
                Ok(counts) => crate::metrics::set_questions_open(counts.open),
                Err(e) => log::warn!("core::searchlog: cannot count questions: {e}"),
            }
        }
    }
}
