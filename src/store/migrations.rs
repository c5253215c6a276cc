//! The schema, as an ordered list of migrations. Step `n` (1-based) brings a file from
//! `PRAGMA user_version = n - 1` to `n`; each step runs in its own `IMMEDIATE` transaction
//! together with the version bump, so a crash leaves the file at a whole version. Never edit a
//! step that has shipped: append a new one.

use super::error::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};

/// Version 1: submissions and the append-only audit log.
const V1_SUBMISSIONS_AND_AUDIT: &str = r#"
CREATE TABLE submissions (
    id                  INTEGER PRIMARY KEY,
    platform            TEXT    NOT NULL CHECK (platform <> ''),
    chat_id             TEXT    NOT NULL,
    user_id             TEXT    NOT NULL CHECK (user_id <> ''),
    display_name        TEXT    NOT NULL,
    attribution         TEXT    NOT NULL CHECK (attribution IN ('name', 'anonymous')),
    lang                TEXT    NOT NULL,
    topic               TEXT    NOT NULL CHECK (topic IN ('sediment', 'water', 'waste',
                                    'forests-wildlife', 'reclamation', 'cooperatives', 'funding',
                                    'health-safety', 'other')),
    place               TEXT    NOT NULL,
    body                TEXT    NOT NULL,
    attachments         TEXT    NOT NULL CHECK (json_valid(attachments)
                                                AND json_type(attachments) = 'array'),
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected',
                                                           'withdrawn')),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    decided_by_platform TEXT,
    decided_by_id       TEXT,
    decided_by_name     TEXT,
    decided_at          INTEGER,
    note                TEXT,
    content_hash        TEXT    NOT NULL
) STRICT;

CREATE INDEX submissions_by_user_hash ON submissions (platform, user_id, content_hash);
CREATE INDEX submissions_by_user_time ON submissions (platform, user_id, created_at);
CREATE INDEX submissions_by_status    ON submissions (status, id);

CREATE TRIGGER submissions_never_deleted BEFORE DELETE ON submissions
BEGIN
    SELECT RAISE(ABORT, 'submissions are never deleted');
END;

CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    actor_platform TEXT    NOT NULL,
    actor_id       TEXT    NOT NULL,
    actor_name     TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('submit', 'approve', 'reject', 'reopen',
                                                      'withdraw')),
    submission_id  INTEGER NOT NULL REFERENCES submissions (id),
    from_status    TEXT,
    to_status      TEXT    NOT NULL,
    reason         TEXT
) STRICT;

CREATE INDEX audit_log_by_submission ON audit_log (submission_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
"#;

/// Version 2: what the bot remembers about chats across restarts.
const V2_CHAT_STATE: &str = r#"
CREATE TABLE chat_languages (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL DEFAULT '',   -- '' = the whole chat
    lang       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
) STRICT;

CREATE TABLE chat_migrations (
    platform    TEXT    NOT NULL,
    old_chat_id TEXT    NOT NULL,
    new_chat_id TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (platform, old_chat_id)
) STRICT;

CREATE TABLE awaited_reasons (
    platform      TEXT    NOT NULL,
    chat_id       TEXT    NOT NULL,
    moderator_id  TEXT    NOT NULL,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    since         INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, moderator_id)
) STRICT;

CREATE TABLE kv (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
"#;

/// Version 3: the moderators' announcement queue. Submissions still pending when the file is
/// migrated are queued, so moderators hear of them.
const V3_ANNOUNCEMENTS: &str = r#"
CREATE TABLE announcements (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions (id),
    announced_at  INTEGER,
    message_ref   TEXT
) STRICT;

CREATE INDEX announcements_unsent ON announcements (submission_id) WHERE announced_at IS NULL;

INSERT INTO announcements (submission_id)
    SELECT id FROM submissions WHERE status = 'pending';
"#;

/// Version 4: the updates inbox (updates received and not yet answered; see `inbox.rs`).
const V4_INBOX: &str = r#"
CREATE TABLE inbox (
    platform    TEXT    NOT NULL,
    update_id   INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (platform, update_id)
) STRICT, WITHOUT ROWID;
"#;

/// Version 5: moderators' decisions whose follow-up (telling the contributor and the
/// moderators, refreshing the search index) a running bot has still to carry out; see
/// `decisions.rs`. A decision is queued in the transaction that records it.
const V5_DECISIONS: &str = r#"
CREATE TABLE decisions (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    decided_at    INTEGER NOT NULL,
    claimed_at    INTEGER
) STRICT;

CREATE INDEX decisions_unclaimed ON decisions (submission_id) WHERE claimed_at IS NULL;
"#;

/// Version 6: questions for experts (`/ask`), their threads (the question, follow-ups and
/// answers, each queued for a running bot to announce or deliver: `claimed_at` is set when one
/// takes it up), and their append-only audit log. The asker's verdict on the answer is kept in
/// `feedback`.
const V6_QUESTIONS: &str = r#"
CREATE TABLE questions (
    id           INTEGER PRIMARY KEY,
    platform     TEXT    NOT NULL CHECK (platform <> ''),
    chat_id      TEXT    NOT NULL,
    reply_chat   TEXT    NOT NULL,
    in_group     INTEGER NOT NULL CHECK (in_group IN (0, 1)),
    user_id      TEXT    NOT NULL CHECK (user_id <> ''),
    display_name TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('open', 'answered', 'published')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    feedback     TEXT    CHECK (feedback IN ('helped', 'not-helped')),
    feedback_at  INTEGER
) STRICT;

CREATE INDEX questions_by_user_hash ON questions (platform, user_id, content_hash);
CREATE INDEX questions_by_user_time ON questions (platform, user_id, created_at);
CREATE INDEX questions_by_status    ON questions (status, id);

CREATE TRIGGER questions_never_deleted BEFORE DELETE ON questions
BEGIN
    SELECT RAISE(ABORT, 'questions are never deleted');
END;

CREATE TABLE question_thread (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id     INTEGER NOT NULL REFERENCES questions (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('question', 'follow-up', 'answer')),
    author_platform TEXT    NOT NULL,
    author_id       TEXT    NOT NULL,
    author_name     TEXT    NOT NULL,
    attribution     TEXT    NOT NULL CHECK (attribution IN ('name', 'anonymous')),
    body            TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    claimed_at      INTEGER
) STRICT;

CREATE INDEX question_thread_by_question ON question_thread (question_id, seq);
CREATE INDEX question_thread_unclaimed ON question_thread (seq) WHERE claimed_at IS NULL;

CREATE TABLE question_audit (
    seq            INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    actor_platform TEXT    NOT NULL,
    actor_id       TEXT    NOT NULL,
    actor_name     TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('ask', 'follow-up', 'answer', 'publish',
                                                      'unpublish', 'feedback')),
    question_id    INTEGER NOT NULL REFERENCES questions (id),
    to_status      TEXT    NOT NULL
) STRICT;

CREATE INDEX question_audit_by_question ON question_audit (question_id, seq);

CREATE TRIGGER question_audit_no_update BEFORE UPDATE ON question_audit
BEGIN
    SELECT RAISE(ABORT, 'question_audit is append-only');
END;

CREATE TRIGGER question_audit_no_delete BEFORE DELETE ON question_audit
BEGIN
    SELECT RAISE(ABORT, 'question_audit is append-only');
END;
"#;

/// Version 7: the search log (`searchlog.rs`) — what people searched for and how well it was
/// answered, without who asked — and audit logs (contributions' and questions') whose actor
/// names can be blanked (`/forget`, the retention sweep): their append-only triggers now let
/// through an update that only empties `actor_name`.
///
/// A row's `at` is rounded down to the hour, so it cannot be matched to one message; `query`
/// and `folded` are set to NULL once older than `RETENTION_DAYS` (the counts stay).
const V7_SEARCH_LOG: &str = r#"
CREATE TABLE search_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    platform TEXT    NOT NULL CHECK (platform <> ''),
    lang     TEXT    NOT NULL CHECK (lang <> ''),
    outcome  TEXT    NOT NULL CHECK (outcome IN ('found', 'weak', 'empty')),
    query    TEXT,
    folded   TEXT
) STRICT;

CREATE INDEX search_log_by_time ON search_log (at);
CREATE INDEX search_log_with_text ON search_log (at) WHERE query IS NOT NULL;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.actor_name = ''
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at
          AND NEW.actor_platform IS OLD.actor_platform AND NEW.actor_id IS OLD.actor_id
          AND NEW.action IS OLD.action AND NEW.submission_id IS OLD.submission_id
          AND NEW.from_status IS OLD.from_status AND NEW.to_status IS OLD.to_status
          AND NEW.reason IS OLD.reason)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

DROP TRIGGER question_audit_no_update;
CREATE TRIGGER question_audit_no_update BEFORE UPDATE ON question_audit
WHEN NOT (NEW.actor_name = ''
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at
          AND NEW.actor_platform IS OLD.actor_platform AND NEW.actor_id IS OLD.actor_id
          AND NEW.action IS OLD.action AND NEW.question_id IS OLD.question_id
          AND NEW.to_status IS OLD.to_status)
BEGIN
    SELECT RAISE(ABORT, 'question_audit is append-only');
END;
"#;

/// Every migration, in order: index `i` brings the file to version `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    V1_SUBMISSIONS_AND_AUDIT,
    V2_CHAT_STATE,
    V3_ANNOUNCEMENTS,
    V4_INBOX,
    V5_DECISIONS,
    V6_QUESTIONS,
    V7_SEARCH_LOG,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`], one step per transaction. Safe to run from
/// several connections at once: each step re-reads the version under the write lock.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let index = usize::try_from(version)
            .map_err(|_| Error::Corrupt(format!("negative schema version {version}")))?;
        let Some(step) = MIGRATIONS.get(index) else {
            return Ok(());
        };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
        log::info!("store: migrated database schema to version {}", version + 1);
    }
}
