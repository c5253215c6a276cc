//! Scenarios for the SQLite store through its public API, on real database files in temporary
//! folders: the submission lifecycle, moderation rules, limits, migrations from an older file,
//! concurrency, the append-only audit log, durability and the state kept across restarts.

use miners_guide::lang::Lang;
use miners_guide::store::{
    Action, Actor, Attachment, Attribution, Error, Limits, NewSubmission, SCHEMA_VERSION, Status,
    Store, SubmissionId, SubmitOutcome, Topic,
};
use rusqlite::Connection;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant, SystemTime};
use tempfile::TempDir;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A fixed point in time for the tests (2026-01-01T00:00:00Z).
const T0: i64 = 1_767_225_600;

/// A temporary folder and the database path inside it.
fn temp_db() -> Result<(TempDir, PathBuf), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("data").join("store.sqlite3");
    Ok((dir, path))
}

fn person(platform: &str, id: &str, name: &str) -> Actor {
    Actor::new(platform, id, name)
}

fn contributor() -> Actor {
    person("telegram", "1001", "Amani")
}

fn moderator() -> Actor {
    person("telegram", "2002", "Ana")
}

/// A valid story of more than 40 characters, made distinct by `n`.
fn story(n: usize) -> String {
    format!("Story {n}: we dug two settling ponds below the washing site and the river cleared.")
}

fn new_submission(author: &Actor, text: &str) -> NewSubmission {
    NewSubmission {
        author: author.clone(),
        chat_id: format!("chat-{}", author.user_id),
        attribution: Attribution::Name,
        lang: Lang::En,
        topic: Topic::Sediment,
        place: "Ilakaka, Madagascar".to_string(),
        text: text.to_string(),
        attachments: vec![Attachment {
            kind: "photo".to_string(),
            reference: "AgACAgQAAxkBAAIB".to_string(),
        }],
    }
}

/// Submits and returns the id, failing the test on any other outcome.
fn submit_ok(store: &Store, author: &Actor, text: &str, now: i64) -> Result<SubmissionId, String> {
    match store.submit(&new_submission(author, text), now) {
        Ok(SubmitOutcome::Accepted(id)) => Ok(id),
        other => Err(format!("expected Accepted, got {other:?}")),
    }
}

/// A submission goes pending → approved → pending (reopened) → rejected, with the decision
/// fields and the audit log following every step.
#[test]
fn lifecycle_submit_approve_reopen_reject() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let id = submit_ok(&store, &contributor(), &story(1), T0)?;

    let pending = store.get(id)?.ok_or("submitted row missing")?;
    assert_eq!(pending.status, Status::Pending);
    assert_eq!(pending.author, contributor());
    assert_eq!(pending.topic, Topic::Sediment);
    assert_eq!(pending.place, "Ilakaka, Madagascar");
    assert_eq!(pending.attachments.len(), 1);
    assert_eq!(pending.created_at, T0);
    assert_eq!(pending.decided_by, None);
    assert_eq!(pending.credited_name(), Some("Amani"));

    let approved = store.approve(id, &moderator(), Some("  clear and useful "), T0 + 10)?;
    assert_eq!(approved.status, Status::Approved);
    assert_eq!(approved.decided_by, Some(moderator()));
    assert_eq!(approved.decided_at, Some(T0 + 10));
    assert_eq!(approved.note.as_deref(), Some("clear and useful"));
    assert_eq!(
        store.approved()?.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![id]
    );

    let reopened = store.reopen(id, &moderator(), T0 + 20)?;
    assert_eq!(reopened.status, Status::Pending);
    assert_eq!(reopened.decided_by, None);
    assert_eq!(reopened.note, None);
    assert!(store.approved()?.is_empty());

    let rejected = store.reject(id, &moderator(), "names a person without consent", T0 + 30)?;
    assert_eq!(rejected.status, Status::Rejected);
    assert_eq!(
        rejected.note.as_deref(),
        Some("names a person without consent")
    );
    assert_eq!(rejected.updated_at, T0 + 30);

    let log = store.audit_for(id)?;
    let steps: Vec<_> = log.iter().map(|e| (e.action, e.from, e.to)).collect();
    assert_eq!(
        steps,
        vec![
            (Action::Submit, None, Status::Pending),
            (Action::Approve, Some(Status::Pending), Status::Approved),
            (Action::Reopen, Some(Status::Approved), Status::Pending),
            (Action::Reject, Some(Status::Pending), Status::Rejected),
        ]
    );
    Ok(())
}

/// Only the contributor may withdraw, and only while the submission is pending.
#[test]
fn withdraw_only_by_owner_while_pending() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let first = submit_ok(&store, &contributor(), &story(1), T0)?;
    let second = submit_ok(&store, &contributor(), &story(2), T0 + 1)?;

    let stranger = person("telegram", "3003", "Someone");
    assert!(matches!(
        store.withdraw(first, &stranger, T0 + 2),
        Err(Error::NotOwner(id)) if id == first
    ));
    // The same user id on another platform is another person.
    let other_platform = person("matrix", "1001", "Amani");
    assert!(matches!(
        store.withdraw(first, &other_platform, T0 + 2),
        Err(Error::NotOwner(_))
    ));

    let withdrawn = store.withdraw(first, &contributor(), T0 + 3)?;
    assert_eq!(withdrawn.status, Status::Withdrawn);
    assert!(matches!(
        store.withdraw(first, &contributor(), T0 + 4),
        Err(Error::InvalidTransition {
            from: Status::Withdrawn,
            action: Action::Withdraw,
            ..
        })
    ));

    store.approve(second, &moderator(), None, T0 + 5)?;
    assert!(matches!(
        store.withdraw(second, &contributor(), T0 + 6),
        Err(Error::InvalidTransition {
            from: Status::Approved,
            ..
        })
    ));
    // A withdrawn submission cannot be approved either.
    assert!(matches!(
        store.approve(first, &moderator(), None, T0 + 7),
        Err(Error::InvalidTransition {
            from: Status::Withdrawn,
            action: Action::Approve,
            ..
        })
    ));
    Ok(())
}

/// A moderator cannot approve, reject or reopen their own submission; nothing changes and
/// nothing is logged when they try.
#[test]
fn moderator_cannot_decide_own_submission() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let own = submit_ok(&store, &moderator(), &story(1), T0)?;

    assert!(
        matches!(store.approve(own, &moderator(), None, T0 + 1), Err(Error::OwnSubmission(id)) if id == own)
    );
    assert!(matches!(
        store.reject(own, &moderator(), "self-review", T0 + 1),
        Err(Error::OwnSubmission(_))
    ));
    assert_eq!(store.get(own)?.ok_or("missing")?.status, Status::Pending);
    assert_eq!(store.audit_for(own)?.len(), 1);

    // Decided by a colleague, the moderator still cannot undo it themselves.
    let colleague = person("matrix", "@bea:example.org", "Bea");
    store.reject(own, &colleague, "duplicate of #3", T0 + 2)?;
    assert!(matches!(
        store.reopen(own, &moderator(), T0 + 3),
        Err(Error::OwnSubmission(_))
    ));
    assert_eq!(store.get(own)?.ok_or("missing")?.status, Status::Rejected);
    Ok(())
}

/// Transitions that make no sense are refused with a typed error; unknown ids are NotFound;
/// a rejection needs a reason.
#[test]
fn invalid_transitions_are_refused() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let id = submit_ok(&store, &contributor(), &story(1), T0)?;

    assert!(matches!(
        store.reopen(id, &moderator(), T0 + 1),
        Err(Error::InvalidTransition {
            from: Status::Pending,
            action: Action::Reopen,
            ..
        })
    ));
    assert!(matches!(
        store.reject(id, &moderator(), "   ", T0 + 1),
        Err(Error::ReasonRequired)
    ));
    store.approve(id, &moderator(), None, T0 + 2)?;
    assert!(matches!(
        store.approve(id, &moderator(), None, T0 + 3),
        Err(Error::InvalidTransition {
            from: Status::Approved,
            action: Action::Approve,
            ..
        })
    ));
    assert!(matches!(
        store.reject(id, &moderator(), "late", T0 + 3),
        Err(Error::InvalidTransition {
            from: Status::Approved,
            action: Action::Reject,
            ..
        })
    ));
    let missing = SubmissionId(9999);
    assert!(
        matches!(store.approve(missing, &moderator(), None, T0), Err(Error::NotFound(m)) if m == missing)
    );
    assert!(store.get(missing)?.is_none());
    assert_eq!(store.audit_for(id)?.len(), 2);
    Ok(())
}

/// The same text from the same person (whatever the case and spacing) is reported as the
/// existing submission; another person may send it; after a withdrawal it may be sent again.
#[test]
fn duplicate_text_from_same_user_is_reported() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let text = story(1);
    let id = submit_ok(&store, &contributor(), &text, T0)?;

    let shouted = format!("  {}  ", text.to_uppercase().replace(' ', "   "));
    assert_eq!(
        store.submit(&new_submission(&contributor(), &shouted), T0 + 1)?,
        SubmitOutcome::Duplicate(id)
    );
    // Still a duplicate once decided.
    store.reject(id, &moderator(), "not about mining", T0 + 2)?;
    assert_eq!(
        store.submit(&new_submission(&contributor(), &text), T0 + 3)?,
        SubmitOutcome::Duplicate(id)
    );
    let other = person("telegram", "4004", "Neema");
    let other_id = submit_ok(&store, &other, &text, T0 + 4)?;
    assert_ne!(other_id, id);

    store.withdraw(other_id, &other, T0 + 5)?;
    let again = submit_ok(&store, &other, &text, T0 + 6)?;
    assert_ne!(again, other_id);
    assert_eq!(store.counts()?.total(), 3);
    Ok(())
}

/// A person may send `per_hour` submissions in any rolling hour; the next is refused with the
/// exact wait, and accepted once that wait has passed. Others are not affected.
#[test]
fn rate_limit_per_hour_with_controlled_clock() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    assert_eq!(store.limits().per_hour, 5);
    for n in 0..5 {
        submit_ok(&store, &contributor(), &story(n), T0 + 60 * n as i64)?;
    }
    let now = T0 + 600;
    // The oldest of the five (T0) leaves the window at T0 + 3600.
    assert_eq!(
        store.submit(&new_submission(&contributor(), &story(5)), now)?,
        SubmitOutcome::RateLimited {
            retry_after: Duration::from_secs(3000)
        }
    );
    assert_eq!(
        store.submit(&new_submission(&contributor(), &story(5)), T0 + 3599)?,
        SubmitOutcome::RateLimited {
            retry_after: Duration::from_secs(1)
        }
    );
    submit_ok(&store, &person("telegram", "5005", "Other"), &story(5), now)?;
    submit_ok(&store, &contributor(), &story(5), T0 + 3600)?;
    // Now the window (T0+60 .. T0+3600] holds five again: the next waits for T0+60 to expire.
    assert_eq!(
        store.submit(&new_submission(&contributor(), &story(6)), T0 + 3600)?,
        SubmitOutcome::RateLimited {
            retry_after: Duration::from_secs(60)
        }
    );
    // Withdrawn submissions still count, so withdrawing cannot be used to flood moderators.
    let limited = Store::open_with_limits(
        path.with_file_name("limited.sqlite3"),
        Limits {
            per_hour: 1,
            ..Limits::default()
        },
    )?;
    let only = submit_ok(&limited, &contributor(), &story(1), T0)?;
    limited.withdraw(only, &contributor(), T0 + 1)?;
    assert!(matches!(
        limited.submit(&new_submission(&contributor(), &story(2)), T0 + 2)?,
        SubmitOutcome::RateLimited { .. }
    ));
    Ok(())
}

/// Stories under 40 or over 4000 characters (counted as characters after trimming, not bytes)
/// are refused without storing anything; the limits at the boundary are accepted.
#[test]
fn length_limits_are_enforced() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open_with_limits(
        &path,
        Limits {
            per_hour: 100,
            ..Limits::default()
        },
    )?;
    let author = contributor();
    let short = "x".repeat(39);
    assert_eq!(
        store.submit(&new_submission(&author, &format!("   {short}\n\n")), T0)?,
        SubmitOutcome::TooShort { min: 40, len: 39 }
    );
    assert_eq!(
        store.submit(&new_submission(&author, &"y".repeat(4001)), T0)?,
        SubmitOutcome::TooLong {
            max: 4000,
            len: 4001
        }
    );
    assert_eq!(store.counts()?.total(), 0);
    // 40 two-byte characters: 80 bytes, but 40 characters.
    submit_ok(&store, &author, &"é".repeat(40), T0)?;
    submit_ok(&store, &author, &"z".repeat(4000), T0)?;
    assert!(store.limits().check_length("too short").is_err());
    // Oversized metadata is an input error, not a crash.
    let mut long_place = new_submission(&author, &story(9));
    long_place.place = "p".repeat(201);
    assert!(matches!(
        store.submit(&long_place, T0),
        Err(Error::InvalidInput { field: "place", .. })
    ));
    assert_eq!(store.counts()?.total(), 2);
    Ok(())
}

/// The version-1 schema exactly as it shipped (submissions and the audit log only).
const V1_SCHEMA: &str = r#"
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
BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;
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
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

INSERT INTO submissions VALUES
  (1, 'telegram', '-100777', '1001', 'Amani', 'anonymous', 'sw', 'cooperatives', 'Merelani',
   'Tuliunda ushirika wa wachimbaji wadogo na tukapata leseni ya pamoja mwaka jana.',
   '[{"kind":"photo","reference":"AgAD-old"}]', 'pending', 1700000000, 1700000000,
   NULL, NULL, NULL, NULL, NULL, 'hash-1'),
  (2, 'matrix', '!room:example.org', '@rosa:example.org', 'Rosa', 'name', 'es', 'water',
   'Muzo', 'Reciclamos el agua de lavado con tres piscinas de sedimentacion en serie.',
   '[]', 'approved', 1700000100, 1700000200, 'telegram', '2002', 'Ana', 1700000200,
   'good example', 'hash-2');
INSERT INTO audit_log (at, actor_platform, actor_id, actor_name, action, submission_id,
                       from_status, to_status, reason) VALUES
  (1700000000, 'telegram', '1001', 'Amani', 'submit', 1, NULL, 'pending', NULL),
  (1700000100, 'matrix', '@rosa:example.org', 'Rosa', 'submit', 2, NULL, 'pending', NULL),
  (1700000200, 'telegram', '2002', 'Ana', 'approve', 2, 'pending', 'approved', 'good example');
PRAGMA user_version = 1;
"#;

/// Opening a hand-made version-1 file migrates it to the current schema without losing a row:
/// submissions and audit lines read back intact, the pending one is queued for announcement,
/// and the tables added since work.
#[test]
fn migrates_hand_made_v1_file_without_data_loss() -> TestResult {
    let (dir, path) = temp_db()?;
    std::fs::create_dir_all(path.parent().ok_or("no parent")?)?;
    {
        let conn = Connection::open(&path)?;
        conn.execute_batch(V1_SCHEMA)?;
    }
    let store = Store::open(&path)?;
    assert_eq!(user_version(&path)?, SCHEMA_VERSION);
    const { assert!(SCHEMA_VERSION > 1) };

    let old = store.get(SubmissionId(1))?.ok_or("row 1 lost")?;
    assert_eq!(old.status, Status::Pending);
    assert_eq!(old.lang, Lang::Sw);
    assert_eq!(old.topic, Topic::Cooperatives);
    assert_eq!(old.attribution, Attribution::Anonymous);
    assert_eq!(old.credited_name(), None);
    assert_eq!(
        old.attachments,
        vec![Attachment {
            kind: "photo".into(),
            reference: "AgAD-old".into()
        }]
    );
    let decided = store.get(SubmissionId(2))?.ok_or("row 2 lost")?;
    assert_eq!(decided.status, Status::Approved);
    assert_eq!(decided.decided_by, Some(person("telegram", "2002", "Ana")));
    assert_eq!(decided.note.as_deref(), Some("good example"));
    assert_eq!(store.audit_for(SubmissionId(2))?.len(), 2);

    // Added by later versions: the announcement queue (backfilled), settings, key-value.
    let queued: Vec<_> = store.unannounced(10)?.iter().map(|s| s.id).collect();
    assert_eq!(queued, vec![SubmissionId(1)]);
    store.set_language("telegram", "-100777", None, Some(Lang::Sw), T0)?;
    assert_eq!(store.language("telegram", "-100777", None)?, Some(Lang::Sw));

    // New submissions continue the numbering, and the file reopens at the same version.
    let next = submit_ok(&store, &contributor(), &story(1), T0)?;
    assert_eq!(next, SubmissionId(3));
    drop(store);
    let reopened = Store::open(&path)?;
    assert_eq!(reopened.counts()?.total(), 3);
    drop(dir);
    Ok(())
}

/// A file written by a newer version is refused instead of being misread.
#[test]
fn newer_schema_version_is_refused() -> TestResult {
    let (_dir, path) = temp_db()?;
    std::fs::create_dir_all(path.parent().ok_or("no parent")?)?;
    Connection::open(&path)?.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
    match Store::open(&path) {
        Err(Error::SchemaTooNew { found, supported }) => {
            assert_eq!(found, SCHEMA_VERSION + 1);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        other => return Err(format!("expected SchemaTooNew, got {other:?}").into()),
    }
    Ok(())
}

fn user_version(path: &Path) -> rusqlite::Result<i64> {
    Connection::open(path)?.pragma_query_value(None, "user_version", |r| r.get(0))
}

const THREADS: usize = 16;
const USERS: usize = 20;
const PER_HOUR: u32 = 7;

/// Runs `THREADS` threads that each try one submission for every one of `USERS` users (each
/// thread with its own text), with `store_for(thread)` giving the store the thread uses; checks
/// that no error surfaced, that exactly `PER_HOUR` per user were accepted and stored, and that
/// every accepted id is present with the right author.
fn concurrent_burst(
    path: &Path,
    store_for: impl Fn(usize) -> Result<Arc<Store>, Error> + Sync,
) -> TestResult {
    let outcomes = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let store_for = &store_for;
                scope.spawn(move || -> Result<Vec<(usize, SubmitOutcome)>, Error> {
                    let store = store_for(t)?;
                    let mut out = Vec::new();
                    for u in 0..USERS {
                        let author = person("telegram", &format!("user-{u}"), "Miner");
                        let outcome =
                            store.submit(&new_submission(&author, &story(t * 1000 + u)), T0)?;
                        out.push((u, outcome));
                    }
                    Ok(out)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| "thread panicked".to_string()))
            .collect::<Result<Vec<_>, _>>()
    })?;

    let mut accepted = vec![Vec::new(); USERS];
    for thread_outcomes in outcomes {
        for (u, outcome) in thread_outcomes? {
            match outcome {
                SubmitOutcome::Accepted(id) => accepted[u].push(id),
                SubmitOutcome::RateLimited { .. } => {}
                other => return Err(format!("unexpected outcome {other:?}").into()),
            }
        }
    }
    let check = Store::open(path)?;
    for (u, ids) in accepted.iter().enumerate() {
        assert_eq!(ids.len(), PER_HOUR as usize, "user {u} accepted count");
        for id in ids {
            let row = check.get(*id)?.ok_or("accepted row missing")?;
            assert_eq!(row.author.user_id, format!("user-{u}"));
        }
        let stored = check.by_user("telegram", &format!("user-{u}"), 100, 0)?;
        assert_eq!(stored.total, u64::from(PER_HOUR), "user {u} stored count");
    }
    assert_eq!(check.counts()?.pending, (USERS * PER_HOUR as usize) as u64);
    assert_eq!(check.unannounced(1000)?.len(), USERS * PER_HOUR as usize);
    Ok(())
}

fn limits() -> Limits {
    Limits {
        per_hour: PER_HOUR,
        ..Limits::default()
    }
}

/// 16 threads sharing one `Store` submit for 20 users at once: every accepted row is stored,
/// each user gets exactly the hourly limit, and no error (busy or other) surfaces.
#[test]
fn concurrent_submissions_through_one_store() -> TestResult {
    let (_dir, path) = temp_db()?;
    let shared = Arc::new(Store::open_with_limits(&path, limits())?);
    concurrent_burst(&path, |_| Ok(Arc::clone(&shared)))
}

/// The same burst with a separate connection per thread (as separate processes would have):
/// the IMMEDIATE transactions and the busy timeout keep the limits exact and SQLITE_BUSY away.
#[test]
fn concurrent_submissions_through_separate_connections() -> TestResult {
    let (_dir, path) = temp_db()?;
    drop(Store::open_with_limits(&path, limits())?);
    concurrent_burst(&path, |_| {
        Store::open_with_limits(&path, limits()).map(Arc::new)
    })
}

/// Every action is in the audit log with who, when and the reason; the log (and the
/// submissions) cannot be deleted or rewritten, even with raw SQL on the file.
#[test]
fn audit_log_records_every_action_and_refuses_changes() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let a = submit_ok(&store, &contributor(), &story(1), T0)?;
    let b = submit_ok(&store, &contributor(), &story(2), T0 + 1)?;
    store.approve(a, &moderator(), Some("thanks"), T0 + 2)?;
    store.reopen(a, &moderator(), T0 + 3)?;
    store.reject(a, &moderator(), "too vague", T0 + 4)?;
    store.withdraw(b, &contributor(), T0 + 5)?;

    let log_a = store.audit_for(a)?;
    assert_eq!(log_a.len(), 4);
    let reject = &log_a[3];
    assert_eq!(reject.actor, moderator());
    assert_eq!(reject.at, T0 + 4);
    assert_eq!(reject.reason.as_deref(), Some("too vague"));
    assert_eq!(log_a[1].reason.as_deref(), Some("thanks"));
    assert!(log_a.windows(2).all(|w| w[0].seq < w[1].seq));
    let log_b = store.audit_for(b)?;
    assert_eq!(
        log_b.last().map(|e| (e.action, e.actor.clone())),
        Some((Action::Withdraw, contributor()))
    );

    let raw = Connection::open(&path)?;
    for sql in [
        "DELETE FROM audit_log",
        "UPDATE audit_log SET reason = 'edited'",
        "DELETE FROM submissions WHERE id = 1",
    ] {
        let err = raw
            .execute(sql, [])
            .err()
            .ok_or(format!("{sql} was allowed"))?;
        let text = err.to_string();
        assert!(
            text.contains("append-only") || text.contains("never deleted"),
            "{sql}: {text}"
        );
    }
    let lines: i64 = raw.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?;
    assert_eq!(lines, 6);
    Ok(())
}

/// As soon as `submit` returns Accepted, another connection (another process after a crash)
/// sees the row: it is committed, not buffered. The file is in WAL mode.
#[test]
fn accepted_submission_is_visible_to_a_second_connection() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let id = submit_ok(&store, &contributor(), &story(1), T0)?;
    let raw = Connection::open(&path)?;
    let (body, status): (String, String) = raw.query_row(
        "SELECT body, status FROM submissions WHERE id = ?1",
        [id.0],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(body, story(1));
    assert_eq!(status, "pending");
    let mode: String = raw.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    assert_eq!(mode, "wal");
    Ok(())
}

/// While another connection holds the write lock past the busy timeout, `submit` fails with
/// `Error::Busy` (a "try again", transient error) and stores nothing.
#[test]
fn busy_database_reports_busy_and_stores_nothing() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    store.set_busy_timeout(Duration::from_millis(50))?;
    let mut blocker = Connection::open(&path)?;
    let lock = blocker.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let err = store
        .submit(&new_submission(&contributor(), &story(1)), T0)
        .err()
        .ok_or("submit succeeded under a write lock")?;
    assert!(matches!(err, Error::Busy), "got {err:?}");
    assert!(err.is_transient());
    lock.rollback()?;
    assert_eq!(store.counts()?.total(), 0);
    submit_ok(&store, &contributor(), &story(1), T0)?;
    Ok(())
}

/// Pages of the queue, a person's own list (newest first), counts per status, and the approved
/// list used to rebuild the index.
#[test]
fn listing_paging_and_counts() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open_with_limits(
        &path,
        Limits {
            per_hour: 100,
            ..Limits::default()
        },
    )?;
    let ids: Vec<_> = (0..7)
        .map(|n| submit_ok(&store, &contributor(), &story(n), T0 + n as i64))
        .collect::<Result<_, _>>()?;
    store.approve(ids[1], &moderator(), None, T0 + 10)?;
    store.approve(ids[4], &moderator(), None, T0 + 10)?;
    store.reject(ids[2], &moderator(), "off topic", T0 + 10)?;
    store.withdraw(ids[6], &contributor(), T0 + 10)?;
    submit_ok(
        &store,
        &person("matrix", "@x:example.org", "X"),
        &story(1),
        T0,
    )?;

    let page1 = store.list(Some(Status::Pending), 2, 0)?;
    assert_eq!(page1.total, 4);
    assert_eq!(
        page1.items.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[0], ids[3]]
    );
    let page2 = store.list(Some(Status::Pending), 2, 2)?;
    assert_eq!(
        page2.items.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[5], SubmissionId(8)]
    );
    assert!(store.list(Some(Status::Pending), 2, 4)?.items.is_empty());
    assert_eq!(store.list(None, 100, 0)?.total, 8);

    let mine = store.by_user("telegram", "1001", 3, 0)?;
    assert_eq!(mine.total, 7);
    assert_eq!(
        mine.items.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[6], ids[5], ids[4]]
    );

    let counts = store.counts()?;
    assert_eq!(
        (
            counts.pending,
            counts.approved,
            counts.rejected,
            counts.withdrawn
        ),
        (4, 2, 1, 1)
    );
    assert_eq!(counts.get(Status::Approved), 2);
    assert_eq!(
        store.approved()?.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[1], ids[4]]
    );
    Ok(())
}

/// Chat and per-person languages survive a restart; a group upgraded to a supergroup keeps its
/// settings, its awaited reasons and its submissions' chat, and the old id resolves to the new.
#[test]
fn chat_settings_survive_restart_and_chat_migration() -> TestResult {
    let (_dir, path) = temp_db()?;
    {
        let store = Store::open(&path)?;
        store.set_language("telegram", "-1234", None, Some(Lang::Fr), T0)?;
        store.set_language("telegram", "-1234", Some("1001"), Some(Lang::Pt), T0)?;
        store.set_language("telegram", "-1234", Some("1001"), Some(Lang::Es), T0 + 1)?;
        store.set_language("telegram", "555", None, Some(Lang::Sw), T0)?;
        store.set_language("telegram", "555", None, None, T0 + 1)?;
    }
    let store = Store::open(&path)?;
    assert_eq!(store.language("telegram", "-1234", None)?, Some(Lang::Fr));
    assert_eq!(
        store.language("telegram", "-1234", Some("1001"))?,
        Some(Lang::Es)
    );
    assert_eq!(
        store.effective_language("telegram", "-1234", "1001")?,
        Some(Lang::Es)
    );
    assert_eq!(
        store.effective_language("telegram", "-1234", "9999")?,
        Some(Lang::Fr)
    );
    assert_eq!(store.language("telegram", "555", None)?, None);
    assert_eq!(store.language("matrix", "-1234", None)?, None);

    let mut in_group = new_submission(&contributor(), &story(1));
    in_group.chat_id = "-1234".to_string();
    let SubmitOutcome::Accepted(id) = store.submit(&in_group, T0)? else {
        return Err("not accepted".into());
    };
    store.await_reason("telegram", "-1234", "2002", id, T0)?;

    store.migrate_chat("telegram", "-1234", "-1001234", T0 + 5)?;
    store.migrate_chat("telegram", "-1234", "-1001234", T0 + 6)?;
    assert_eq!(
        store.language("telegram", "-1001234", None)?,
        Some(Lang::Fr)
    );
    assert_eq!(
        store.language("telegram", "-1001234", Some("1001"))?,
        Some(Lang::Es)
    );
    assert_eq!(store.language("telegram", "-1234", None)?, None);
    // The languages as a message reads them, in the same store (not reopened): the new id
    // answers at once, the old one has none left.
    assert_eq!(
        store.effective_language("telegram", "-1001234", "1001")?,
        Some(Lang::Es)
    );
    assert_eq!(
        store.effective_language("telegram", "-1001234", "9999")?,
        Some(Lang::Fr)
    );
    assert_eq!(store.effective_language("telegram", "-1234", "1001")?, None);
    assert_eq!(store.get(id)?.ok_or("missing")?.chat_id, "-1001234");
    assert_eq!(store.resolve_chat("telegram", "-1234")?, "-1001234");
    assert_eq!(store.resolve_chat("telegram", "-1001234")?, "-1001234");
    assert_eq!(
        store.take_awaited_reason("telegram", "-1234", "2002")?,
        None
    );
    let awaited = store
        .take_awaited_reason("telegram", "-1001234", "2002")?
        .ok_or("reason request lost")?;
    assert_eq!((awaited.submission, awaited.since), (id, T0));
    assert_eq!(
        store.take_awaited_reason("telegram", "-1001234", "2002")?,
        None
    );
    Ok(())
}

/// A language chosen is the one the next message reads, in the same store and in chats that
/// had no setting before; clearing it falls back to the chat's, then to none.
#[test]
fn language_choices_are_read_back_at_once() -> TestResult {
    let store = Store::open_in_memory()?;
    for chat in ["1", "2", "-300"] {
        assert_eq!(store.effective_language("telegram", chat, chat)?, None);
    }
    store.set_language("telegram", "2", Some("2"), Some(Lang::Pt), T0)?;
    store.set_language("telegram", "-300", None, Some(Lang::Fr), T0)?;
    store.set_language("telegram", "-300", Some("7"), Some(Lang::Sw), T0)?;
    assert_eq!(store.effective_language("telegram", "1", "1")?, None);
    assert_eq!(
        store.effective_language("telegram", "2", "2")?,
        Some(Lang::Pt)
    );
    assert_eq!(store.effective_language("matrix", "2", "2")?, None);
    assert_eq!(
        store.effective_language("telegram", "-300", "7")?,
        Some(Lang::Sw)
    );
    assert_eq!(
        store.effective_language("telegram", "-300", "8")?,
        Some(Lang::Fr)
    );
    store.set_language("telegram", "-300", Some("7"), None, T0 + 1)?;
    assert_eq!(
        store.effective_language("telegram", "-300", "7")?,
        Some(Lang::Fr)
    );
    store.set_language("telegram", "-300", None, None, T0 + 1)?;
    assert_eq!(store.effective_language("telegram", "-300", "7")?, None);
    Ok(())
}

/// The key-value table keeps values across a restart, replaces and deletes them, and refuses
/// oversized keys.
#[test]
fn key_values_survive_restart() -> TestResult {
    let (_dir, path) = temp_db()?;
    {
        let store = Store::open(&path)?;
        store.kv_set("share-draft:telegram:1001", r#"{"step":"place"}"#, T0)?;
        store.kv_set("share-draft:telegram:1001", r#"{"step":"story"}"#, T0 + 1)?;
        store.kv_set("gone", "x", T0)?;
        assert!(store.kv_delete("gone")?);
        assert!(!store.kv_delete("gone")?);
        assert!(matches!(
            store.kv_set(&"k".repeat(300), "v", T0),
            Err(Error::InvalidInput { .. })
        ));
    }
    let store = Store::open(&path)?;
    assert_eq!(
        store.kv_get("share-draft:telegram:1001")?.as_deref(),
        Some(r#"{"step":"story"}"#)
    );
    assert_eq!(store.kv_get("gone")?, None);
    Ok(())
}

/// A value written is read back at once by the same store, gone after its deletion and back
/// when written again (the store answers keys it never wrote without a query, so a write
/// that it failed to note would read as missing).
#[test]
fn key_values_are_read_back_at_once() -> TestResult {
    let store = Store::open_in_memory()?;
    assert_eq!(store.kv_get("share-draft:telegram:1:1")?, None);
    store.kv_set("share-draft:telegram:1:1", "a", T0)?;
    assert_eq!(
        store.kv_get("share-draft:telegram:1:1")?.as_deref(),
        Some("a")
    );
    assert_eq!(store.kv_get("share-draft:telegram:2:2")?, None);
    assert!(store.kv_delete("share-draft:telegram:1:1")?);
    assert_eq!(store.kv_get("share-draft:telegram:1:1")?, None);
    store.kv_set("share-draft:telegram:1:1", "b", T0 + 1)?;
    assert_eq!(
        store.kv_get("share-draft:telegram:1:1")?.as_deref(),
        Some("b")
    );
    Ok(())
}

/// Accepted submissions wait in the announcement queue until marked (also after a restart,
/// i.e. a crash before announcing); a digest marks several with one message reference, kept
/// for editing on decision; withdrawn ones are not announced.
#[test]
fn announcement_queue_survives_restart() -> TestResult {
    let (_dir, path) = temp_db()?;
    let (a, b, c) = {
        let store = Store::open(&path)?;
        let a = submit_ok(&store, &contributor(), &story(1), T0)?;
        let b = submit_ok(&store, &contributor(), &story(2), T0)?;
        let c = submit_ok(&store, &contributor(), &story(3), T0)?;
        (a, b, c)
    };
    let store = Store::open(&path)?;
    assert_eq!(
        store
            .unannounced(10)?
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>(),
        vec![a, b, c]
    );
    assert_eq!(store.unannounced(2)?.len(), 2);
    assert_eq!(store.announcement_ref(a)?, None);

    store.mark_announced(&[a, b], "telegram:-100999:42", T0 + 1)?;
    store.withdraw(c, &contributor(), T0 + 2)?;
    assert!(store.unannounced(10)?.is_empty());
    assert_eq!(
        store.announcement_ref(a)?.as_deref(),
        Some("telegram:-100999:42")
    );
    assert_eq!(
        store.announcement_ref(b)?.as_deref(),
        Some("telegram:-100999:42")
    );
    assert_eq!(store.announcement_ref(c)?, None);

    let d = submit_ok(&store, &contributor(), &story(4), T0 + 3)?;
    assert_eq!(
        store
            .unannounced(10)?
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>(),
        vec![d]
    );
    Ok(())
}

/// The environment variable that makes `kill_9_child_writer` the writer process.
const CHILD_DB_ENV: &str = "MINERS_GUIDE_STORE_KILL9_DB";

/// Not a test of its own: the child process of `acknowledged_submissions_survive_kill_9`,
/// started from this test binary with `CHILD_DB_ENV` set. It submits without pause and prints
/// `ACK <id> <n>` after each accepted submission, the moment a bot would acknowledge it, until
/// it is killed. Without the variable it does nothing.
#[test]
#[ignore = "helper process for acknowledged_submissions_survive_kill_9"]
fn kill_9_child_writer() -> TestResult {
    let Some(path) = std::env::var_os(CHILD_DB_ENV) else {
        return Ok(());
    };
    let store = Store::open_with_limits(
        PathBuf::from(path),
        Limits {
            per_hour: u32::MAX,
            ..Limits::default()
        },
    )?;
    let mut out = std::io::stdout().lock();
    for n in 0..1_000_000 {
        let author = person("telegram", &format!("burst-{}", n % 50), "Miner");
        match store.submit(&new_submission(&author, &story(n)), T0)? {
            SubmitOutcome::Accepted(id) => {
                writeln!(out, "ACK {} {n}", id.0)?;
                out.flush()?;
            }
            other => return Err(format!("unexpected outcome {other:?}").into()),
        }
    }
    Ok(())
}

/// Parses an `ACK <id> <n>` line of the child writer. The first one shares its line with
/// libtest's `test kill_9_child_writer ... ` (printed without a newline), so the marker is looked
/// for anywhere in the line.
fn parse_ack(line: &str) -> Option<(SubmissionId, usize)> {
    let at = line.find("ACK ")?;
    let mut parts = line[at + 4..].split(' ');
    let id = parts.next()?.parse().ok()?;
    let n = parts.next()?.parse().ok()?;
    Some((SubmissionId(id), n))
}

/// A real child process submitting in a burst is killed with SIGKILL at a random moment:
/// after a restart every acknowledged submission is present with its text, at most one more
/// (committed but not yet acknowledged) exists, none is duplicated, and the file is intact.
#[test]
fn acknowledged_submissions_survive_kill_9() -> TestResult {
    let (_dir, path) = temp_db()?;
    drop(Store::open(&path)?);
    let mut child = Command::new(std::env::current_exe()?)
        .args([
            "--exact",
            "store::kill_9_child_writer",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DB_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("child has no stdout")?;
    let (lines_tx, lines) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });

    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)?
        .subsec_nanos();
    let kill_after = 20 + (nanos as usize % 180);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut acked = Vec::new();
    while acked.len() < kill_after {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => acked.extend(parse_ack(&line)),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("child stopped or stalled after {} acks", acked.len()).into());
            }
        }
    }
    child.kill()?; // SIGKILL on Unix: no destructors, no flush, no checkpoint.
    let status = child.wait()?;
    assert_eq!(
        status.code(),
        None,
        "the child ended by itself ({status}) instead of being killed"
    );
    // Lines the child wrote before it died were acknowledgements too.
    acked.extend(lines.iter().filter_map(|line| parse_ack(&line)));
    reader.join().map_err(|_| "reader thread panicked")?;

    let store = Store::open(&path)?;
    for (id, n) in &acked {
        let row = store.get(*id)?.ok_or(format!("acknowledged {id} lost"))?;
        assert_eq!(row.text, story(*n), "{id} text");
        assert_eq!(row.status, Status::Pending);
    }
    let total = store.counts()?.total();
    let acked_count = acked.len() as u64;
    assert!(
        (acked_count..=acked_count + 1).contains(&total),
        "{total} rows for {acked_count} acknowledgements"
    );
    let raw = Connection::open(&path)?;
    let distinct: i64 = raw.query_row("SELECT count(DISTINCT body) FROM submissions", [], |r| {
        r.get(0)
    })?;
    assert_eq!(distinct.unsigned_abs(), total, "duplicated rows");
    let check: String = raw.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    assert_eq!(check, "ok");
    Ok(())
}

/// The retention sweep, on a real file with backdated searches: the words of searches older
/// than the cutoff are removed (and stay removed after reopening), newer ones keep theirs, the
/// counts stay in the report, and a second sweep changes nothing.
#[test]
fn retention_sweep_removes_old_words_and_keeps_counts() -> TestResult {
    use miners_guide::search::Outcome;
    use miners_guide::store::SearchRecord;
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let day = 86_400;
    let record = |age_days: i64, query: &str| SearchRecord {
        at: T0 - age_days * day,
        platform: "matrix",
        lang: Lang::Sw,
        outcome: Outcome::Empty,
        query: query.into(),
    };
    store.record_searches(&[
        record(400, "very old"),
        record(181, "old"),
        record(179, "recent"),
        record(0, "today"),
    ])?;
    let cutoff = T0 - 180 * day;
    assert_eq!(store.sweep_retention(cutoff)?.searches, 2);
    assert_eq!(store.sweep_retention(cutoff)?.searches, 0);
    drop(store);
    let conn = Connection::open(&path)?;
    let kept: Vec<Option<String>> = conn
        .prepare("SELECT query FROM search_log ORDER BY at")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    assert_eq!(
        kept,
        [None, None, Some("recent".into()), Some("today".into())]
    );
    let folded: i64 = conn.query_row(
        "SELECT count(*) FROM search_log WHERE folded IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(folded, 2);
    let store = Store::open(&path)?;
    let report = store.search_report(T0 - 500 * day, T0)?;
    assert_eq!((report.searches, report.empty), (4, 4));
    let words: Vec<&str> = report.misses.iter().map(|q| q.query.as_str()).collect();
    assert_eq!(words, ["recent", "today"]);
    assert_eq!(report.by_platform[0].name, "matrix");
    assert_eq!(report.by_platform[0].searches, 4);
    Ok(())
}

/// `/forget`'s store side blanks a person's name and chat on their pending submissions and
/// their name in those submissions' audit entries; the audit log still refuses every other
/// change, and decided submissions keep their record.
#[test]
fn forget_person_blanks_only_pending_names_and_chats() -> TestResult {
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let ana = contributor();
    let pending = submit_ok(&store, &ana, &story(1), T0)?;
    let approved = submit_ok(&store, &ana, &story(2), T0)?;
    store.approve(approved, &person("telegram", "900", "Mod"), None, T0 + 1)?;
    let forgotten = store.forget_person(&ana.platform, &ana.user_id, T0 + 2)?;
    assert_eq!((forgotten.contributions, forgotten.audit_entries), (1, 1));
    let p = store.get(pending)?.ok_or("pending lost")?;
    assert_eq!((p.author.name.as_str(), p.chat_id.as_str()), ("", ""));
    assert_eq!(p.attribution, Attribution::Anonymous);
    assert_eq!(p.status, Status::Pending);
    let a = store.get(approved)?.ok_or("approved lost")?;
    assert_eq!(a.author.name, ana.name);
    assert!(
        store
            .forget_person(&ana.platform, &ana.user_id, T0 + 3)?
            .is_empty()
    );
    let conn = Connection::open(&path)?;
    for change in [
        "UPDATE audit_log SET reason = 'rewritten'",
        "UPDATE audit_log SET actor_name = 'Someone else'",
        "UPDATE audit_log SET actor_name = '', to_status = 'approved'",
        "DELETE FROM audit_log",
    ] {
        let err = conn.execute(change, []).err().ok_or(change)?;
        assert!(err.to_string().contains("append-only"), "{change}: {err}");
    }
    Ok(())
}

/// Questions to experts under the privacy rules: `/forget` removes the asker's name from their
/// open questions (the question, its thread and its audit log; the chat the answer goes to
/// stays), and the retention sweep removes the text and the asker's name of questions answered
/// before the cutoff, while a newer answered question keeps both. The questions' audit log
/// still refuses any other change.
#[test]
fn questions_are_forgotten_and_swept() -> TestResult {
    use miners_guide::store::{AskOutcome, NewQuestion};
    let (_dir, path) = temp_db()?;
    let store = Store::open(&path)?;
    let ana = contributor();
    let ask = |text: &str,
               at: i64|
     -> Result<miners_guide::store::QuestionId, Box<dyn std::error::Error>> {
        let new = NewQuestion {
            asker: ana.clone(),
            chat_id: ana.user_id.clone(),
            reply_chat: ana.user_id.clone(),
            in_group: false,
            lang: Lang::En,
            text: text.into(),
        };
        match store.ask(&new, at)? {
            AskOutcome::Accepted(id) => Ok(id),
            other => Err(format!("not accepted: {other:?}").into()),
        }
    };
    let day = 86_400;
    let old = ask(
        "How deep can a settling pond be next to a river?",
        T0 - 200 * day,
    )?;
    let recent = ask(
        "Where can a cooperative sell rough spinel fairly?",
        T0 - 10 * day,
    )?;
    let open = ask("Who tests a stone that might be a sapphire?", T0)?;
    let expert = person("telegram", "700", "Expert");
    store.answer_question(
        old,
        &expert,
        Attribution::Anonymous,
        "Two metres.",
        T0 - 199 * day,
    )?;
    store.answer_question(
        recent,
        &expert,
        Attribution::Anonymous,
        "At the market.",
        T0 - 9 * day,
    )?;

    let forgotten = store.forget_person(&ana.platform, &ana.user_id, T0 + 1)?;
    assert_eq!(forgotten.questions, 1, "only the open question");
    let q = store.question(open)?.ok_or("open question lost")?;
    assert_eq!(q.asker.name, "");
    assert_eq!(
        q.reply_chat, ana.user_id,
        "the answer can still reach the asker"
    );
    assert!(store.thread(open)?.iter().all(|m| m.author.name.is_empty()));
    assert!(
        store
            .question_audit(open)?
            .iter()
            .all(|a| a.actor.name.is_empty())
    );
    assert_eq!(store.question(recent)?.ok_or("lost")?.asker.name, ana.name);

    let swept = store.sweep_retention(T0 - 180 * day)?;
    assert_eq!(swept.questions, 1);
    assert_eq!(store.sweep_retention(T0 - 180 * day)?.questions, 0);
    let q = store.question(old)?.ok_or("swept question lost")?;
    assert_eq!((q.text.as_str(), q.asker.name.as_str()), ("", ""));
    assert!(store.thread(old)?.iter().all(|m| m.text.is_empty()));
    let q = store.question(recent)?.ok_or("recent question lost")?;
    assert!(q.text.contains("spinel"));
    assert!(
        store
            .thread(recent)?
            .iter()
            .any(|m| m.text == "At the market.")
    );

    drop(store);
    let conn = Connection::open(&path)?;
    for change in [
        "UPDATE question_audit SET to_status = 'open'",
        "UPDATE question_audit SET actor_name = 'Someone else'",
        "DELETE FROM question_audit",
    ] {
        let err = conn.execute(change, []).err().ok_or(change)?;
        assert!(err.to_string().contains("append-only"), "{change}: {err}");
    }
    Ok(())
}
