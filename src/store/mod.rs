//! The SQLite store: case-study submissions, their moderation and audit log, the moderators'
//! announcement queue, questions for experts with their threads and audit log, the queue of
//! decisions a running bot has still to follow up, what the bot must remember about chats
//! across restarts, and the search log (what people looked for, without who: `searchlog.rs`)
//! with what is forgotten when (`privacy.rs`).
//!
//! One database file, opened in WAL mode with `synchronous=FULL`, so a submission acknowledged
//! to its contributor ([`SubmitOutcome::Accepted`]) has been committed to disk and survives a
//! crash or `kill -9`. The schema is a list of ordered migrations tracked by
//! `PRAGMA user_version` (see [`SCHEMA_VERSION`]). Every change happens in one `IMMEDIATE`
//! transaction, so checks (duplicates, rate limits, allowed transitions) and the write they guard
//! are atomic even with other processes (the command line) using the same file.
//!
//! The API is synchronous: the connection sits behind a `std::sync::Mutex` that is held only for
//! the duration of one call, never across an `.await`. From async code, call it directly for
//! these short operations or wrap it in `spawn_blocking` on a busy runtime.
//!
//! Time is passed in as unix seconds (`now`), so tests control it; [`unix_now`] gives the clock.
//! The store knows platforms by their lowercase names (`telegram`, `matrix`, `console`, `cli`)
//! and does not depend on the core's types.

mod announcements;
mod decisions;
mod error;
mod inbox;
mod migrations;
mod privacy;
mod questions;
mod searchlog;
mod settings;
mod submissions;
mod types;

pub use error::{Error, Result};
pub use inbox::InboxItem;
pub use migrations::SCHEMA_VERSION;
pub use privacy::{Forgotten, Swept};
pub use searchlog::{
    AgeCount, GroupCount, HelpfulShare, QueryCount, QuestionReport, REPORT_ROWS, SearchRecord,
    SearchReport,
};
pub use settings::AwaitedReason;
pub use submissions::content_hash;
pub use types::{
    Action, Actor, AskOutcome, Attachment, Attribution, AuditEntry, BadQuestionId, BadSubmissionId,
    Feedback, LengthProblem, Limits, NewQuestion, NewSubmission, Page, Question, QuestionAction,
    QuestionAuditEntry, QuestionCounts, QuestionId, QuestionStatus, Status, StatusCounts,
    Submission, SubmissionId, SubmitOutcome, ThreadKind, ThreadMessage, Topic, UnknownName,
};

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The database's default file name. Keep it beside the `index/` folder, never inside it: the
/// index is disposable, the database is not.
pub const DEFAULT_FILE_NAME: &str = "miners-guide.sqlite3";

/// How long a write waits for another connection's write lock before giving up with
/// [`Error::Busy`].
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The current time in unix seconds (0 if the clock is before 1970).
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The store: a typed repository over one SQLite database. `Send + Sync`; share it with an
/// `Arc`.
pub struct Store {
    conn: Mutex<Connection>,
    limits: Limits,
    path: Option<PathBuf>,
    /// The busy timeout set on the connection, in milliseconds (to restore it after a write
    /// that waits less).
    busy_ms: std::sync::atomic::AtomicU64,
    /// The chats (see [`chat_key`]) that have a language setting: a message from any other
    /// chat needs no query to learn it has none. Filled on open and by this store's writes;
    /// languages are only ever set by the bot process that serves the chat's platform.
    language_chats: Mutex<std::collections::HashSet<u64>>,
    /// Every key of the key-value table, kept with it by this store's writes (only the bot
    /// process writes that table): a key not here is not in the table.
    kv_keys: Mutex<std::collections::HashSet<String>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating it and its parent folder if needed) the database file at `path`, sets
    /// WAL, `synchronous=FULL`, foreign keys and the busy timeout, and migrates it to
    /// [`SCHEMA_VERSION`]. Uses the default [`Limits`].
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with_limits(path, Limits::default())
    }

    /// Like [`Store::open`], with the given limits for [`Store::submit`].
    pub fn open_with_limits(path: impl AsRef<Path>, limits: Limits) -> Result<Store> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path)?;
        let store = Store::configure(conn, limits, Some(path.to_path_buf()), true)?;
        log::info!(
            "store: opened {} (schema version {})",
            path.display(),
            SCHEMA_VERSION
        );
        Ok(store)
    }

    /// An in-memory database, for unit tests only: nothing survives the process, and the
    /// durability guarantees do not apply.
    pub fn open_in_memory() -> Result<Store> {
        Store::open_in_memory_with_limits(Limits::default())
    }

    /// [`Store::open_in_memory`] with the given limits.
    pub fn open_in_memory_with_limits(limits: Limits) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::configure(conn, limits, None, false)
    }

    fn configure(
        mut conn: Connection,
        limits: Limits,
        path: Option<PathBuf>,
        want_wal: bool,
    ) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        if want_wal {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Corrupt(format!(
                    "could not switch the journal to WAL (got {mode})"
                )));
            }
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut conn)?;
        let language_chats = settings::chats_with_languages(&conn)?;
        let kv_keys = settings::kv_keys(&conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
            limits,
            path,
            busy_ms: std::sync::atomic::AtomicU64::new(
                u64::try_from(BUSY_TIMEOUT.as_millis()).unwrap_or(u64::MAX),
            ),
            language_chats: Mutex::new(language_chats),
            kv_keys: Mutex::new(kv_keys),
        })
    }

    /// Changes how long a write waits for another connection's lock before failing with
    /// [`Error::Busy`] (default [`BUSY_TIMEOUT`]).
    pub fn set_busy_timeout(&self, timeout: Duration) -> Result<()> {
        let conn = self.conn();
        conn.busy_timeout(timeout)?;
        self.busy_ms.store(
            u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX),
            std::sync::atomic::Ordering::Relaxed,
        );
        Ok(())
    }

    /// Runs `f` on the connection with a busy timeout of `wait` instead of the usual one (for
    /// writes that must not hold up the caller when another process holds the lock).
    fn with_short_wait<T>(
        &self,
        wait: Duration,
        f: impl FnOnce(&mut Connection) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.conn();
        conn.busy_timeout(wait)?;
        let result = f(&mut conn);
        let usual = Duration::from_millis(self.busy_ms.load(std::sync::atomic::Ordering::Relaxed));
        conn.busy_timeout(usual)?;
        result
    }

    /// The limits [`Store::submit`] enforces.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The connection, for one call. A panic in another thread while it held the lock leaves
    /// no open transaction behind (rusqlite rolls back on drop), so a poisoned lock is reused.
    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store can be shared between threads (the core keeps it in an `Arc`).
    #[test]
    fn store_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Store>();
    }

    /// A file store runs with WAL, `synchronous=FULL` and foreign keys on, whatever the file
    /// had before.
    #[test]
    fn file_store_uses_durable_settings() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = Store::open(dir.path().join("s.sqlite3"))?;
        let conn = store.conn();
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        let synchronous: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0))?;
        let foreign_keys: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
        let busy_timeout: i64 = conn.pragma_query_value(None, "busy_timeout", |r| r.get(0))?;
        assert_eq!(mode, "wal");
        assert_eq!(synchronous, 2, "2 is FULL");
        assert_eq!(foreign_keys, 1);
        assert_eq!(busy_timeout, 5000);
        Ok(())
    }

    /// When the database cannot grow (`SQLITE_FULL`), `submit` reports `DiskFull`, a transient
    /// error, and every submission it accepted before is stored, none after.
    #[test]
    fn full_database_reports_disk_full() -> Result<(), Box<dyn std::error::Error>> {
        let store = Store::open_in_memory_with_limits(Limits {
            per_hour: 1000,
            ..Limits::default()
        })?;
        {
            let conn = store.conn();
            let pages: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
            conn.pragma_update(None, "max_page_count", pages + 4)?;
        }
        let mut accepted = 0u64;
        let mut full = None;
        for n in 0..50 {
            let new = NewSubmission {
                author: Actor::new("telegram", "1", "A"),
                chat_id: "1".into(),
                attribution: Attribution::Name,
                lang: crate::lang::Lang::En,
                topic: Topic::Water,
                place: String::new(),
                text: format!("{n} {}", "w".repeat(3900)),
                attachments: Vec::new(),
            };
            match store.submit(&new, 1) {
                Ok(SubmitOutcome::Accepted(_)) => accepted += 1,
                Ok(other) => return Err(format!("unexpected {other:?}").into()),
                Err(e) => {
                    full = Some(e);
                    break;
                }
            }
        }
        let err = full.ok_or("50 large submissions fitted in 4 pages")?;
        assert!(matches!(err, Error::DiskFull), "got {err:?}");
        assert!(err.is_transient());
        assert_eq!(store.counts()?.total(), accepted);
        Ok(())
    }

    /// An in-memory store is migrated to the current schema version.
    #[test]
    fn in_memory_store_is_migrated() -> Result<()> {
        let store = Store::open_in_memory()?;
        let version: i64 = store
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        assert_eq!(version, SCHEMA_VERSION);
        Ok(())
    }
}
