//! Submissions: sending one (with its duplicate, rate and length checks), moderating it (approve,
//! reject, reopen, withdraw, each recorded in the audit log), and reading them back.

use super::Store;
use super::error::{Error, Result};
use super::types::{
    Action, Actor, Attachment, AuditEntry, NewSubmission, Page, Status, StatusCounts, Submission,
    SubmissionId, SubmitOutcome,
};
use crate::lang::Lang;
use rusqlite::ToSql;
use rusqlite::types::Type;
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, named_params};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// The rolling window of the per-person rate limit.
const RATE_WINDOW_SECS: i64 = 3600;

/// The columns [`submission_from_row`] reads, in order.
pub(super) const SUBMISSION_COLUMNS: &str = "id, platform, chat_id, user_id, display_name, attribution, \
    lang, topic, place, body, attachments, status, created_at, updated_at, decided_by_platform, \
    decided_by_id, decided_by_name, decided_at, note, content_hash";

/// The hash duplicates are found by: sha256 (lowercase hex) of the text lowercased, with runs of
/// whitespace collapsed to one space and the ends trimmed. "Hello  World" and "hello world\n"
/// hash the same.
pub fn content_hash(text: &str) -> String {
    let normalised = text
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    hex::encode(Sha256::digest(normalised.as_bytes()))
}

/// Reads a submission from a row selected with [`SUBMISSION_COLUMNS`].
pub(super) fn submission_from_row(row: &Row<'_>) -> rusqlite::Result<Submission> {
    let lang_code: String = row.get(6)?;
    let lang = Lang::from_hint(&lang_code).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            6,
            Type::Text,
            format!("unknown language {lang_code:?}").into(),
        )
    })?;
    let attachments_json: String = row.get(10)?;
    let attachments: Vec<Attachment> = serde_json::from_str(&attachments_json)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, Type::Text, Box::new(e)))?;
    let decided_by = match (
        row.get::<_, Option<String>>(14)?,
        row.get::<_, Option<String>>(15)?,
    ) {
        (Some(platform), Some(user_id)) => Some(Actor {
            platform,
            user_id,
            name: row.get::<_, Option<String>>(16)?.unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(Submission {
        id: row.get(0)?,
        author: Actor {
            platform: row.get(1)?,
            user_id: row.get(3)?,
            name: row.get(4)?,
        },
        chat_id: row.get(2)?,
        attribution: row.get(5)?,
        lang,
        topic: row.get(7)?,
        place: row.get(8)?,
        text: row.get(9)?,
        attachments,
        status: row.get(11)?,
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
        decided_by,
        decided_at: row.get(17)?,
        note: row.get(18)?,
        content_hash: row.get(19)?,
    })
}

/// Reads one submission inside a transaction.
fn load(tx: &Transaction<'_>, id: SubmissionId) -> Result<Option<Submission>> {
    let sql = format!("SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE id = :id");
    Ok(tx
        .prepare_cached(&sql)?
        .query_row(named_params! {":id": id}, submission_from_row)
        .optional()?)
}

/// One audit line about to be written.
struct AuditLine<'a> {
    actor: &'a Actor,
    action: Action,
    id: SubmissionId,
    from: Option<Status>,
    to: Status,
    reason: Option<&'a str>,
    at: i64,
}

/// Appends one line to the audit log.
fn audit(tx: &Transaction<'_>, line: AuditLine<'_>) -> Result<()> {
    let AuditLine {
        actor,
        action,
        id,
        from,
        to,
        reason,
        at,
    } = line;
    tx.prepare_cached(
        "INSERT INTO audit_log (at, actor_platform, actor_id, actor_name, action, submission_id,
                                from_status, to_status, reason)
         VALUES (:at, :platform, :user_id, :name, :action, :id, :from, :to, :reason)",
    )?
    .execute(named_params! {
        ":at": at,
        ":platform": actor.platform,
        ":user_id": actor.user_id,
        ":name": actor.name,
        ":action": action,
        ":id": id,
        ":from": from,
        ":to": to,
        ":reason": reason,
    })?;
    Ok(())
}

/// A non-empty trimmed note, or `None`.
fn clean_note(note: Option<&str>) -> Option<&str> {
    note.map(str::trim).filter(|n| !n.is_empty())
}

/// Converts a page offset for SQLite.
fn sql_offset(offset: u64) -> i64 {
    i64::try_from(offset).unwrap_or(i64::MAX)
}

/// One page of a list: `items_sql` selects the rows (it uses `:limit` and `:offset`) with
/// `params` and reads each with `from_row`; `count_sql` counts the whole list with the same
/// `params`.
pub(super) fn page<T>(
    conn: &rusqlite::Connection,
    (items_sql, count_sql): (&str, &str),
    params: &[(&str, &dyn ToSql)],
    (limit, offset): (u32, u64),
    from_row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Page<T>> {
    let offset = sql_offset(offset);
    let mut paged: Vec<(&str, &dyn ToSql)> = params.to_vec();
    paged.push((":limit", &limit));
    paged.push((":offset", &offset));
    let items = conn
        .prepare_cached(items_sql)?
        .query_map(paged.as_slice(), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn
        .prepare_cached(count_sql)?
        .query_row(params, |r| r.get(0))?;
    Ok(Page {
        items,
        total: total.unsigned_abs(),
    })
}

impl Store {
    /// Stores a new submission, unless it is too short or too long ([`Limits::check_length`]
    /// on the trimmed text), the same person already sent the same text (ignoring case and
    /// spacing; withdrawn ones do not count), or they sent [`Limits::per_hour`] submissions in
    /// the last hour — checked in that order, in one `IMMEDIATE` transaction with the insert,
    /// so concurrent calls cannot slip past the limits.
    ///
    /// [`SubmitOutcome::Accepted`] is returned only after the commit (with `synchronous=FULL`,
    /// the row is on disk): acknowledge the contributor then, never before. An accepted
    /// submission is pending, recorded in the audit log (action `submit`) and queued for
    /// announcement ([`Store::unannounced`]). The stored text is trimmed.
    ///
    /// Errors: [`Error::InvalidInput`] for an empty platform or user id, a place longer than
    /// [`Limits::max_place_chars`] or more than [`Limits::max_attachments`] attachments;
    /// [`Error::Busy`]/[`Error::DiskFull`] when nothing could be stored (tell the person to try
    /// again).
    ///
    /// [`Limits::check_length`]: super::Limits::check_length
    /// [`Limits::per_hour`]: super::Limits::per_hour
    /// [`Limits::max_place_chars`]: super::Limits::max_place_chars
    /// [`Limits::max_attachments`]: super::Limits::max_attachments
    pub fn submit(&self, new: &NewSubmission, now: i64) -> Result<SubmitOutcome> {
        if let Err(problem) = self.limits.check_length(&new.text) {
            return Ok(problem.into());
        }
        check_ids(&new.author)?;
        let place = new.place.trim();
        if place.chars().count() > self.limits.max_place_chars {
            return Err(Error::InvalidInput {
                field: "place",
                problem: "too long",
            });
        }
        if new.attachments.len() > self.limits.max_attachments {
            return Err(Error::InvalidInput {
                field: "attachments",
                problem: "too many",
            });
        }
        let text = new.text.trim();
        let hash = content_hash(text);
        let attachments = serde_json::to_string(&new.attachments)?;

        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;

        let duplicate = earlier_same_text(&tx, "submissions", "withdrawn", &new.author, &hash)?;
        if let Some(existing) = duplicate {
            return Ok(SubmitOutcome::Duplicate(SubmissionId(existing)));
        }

        if let Some(retry_after) = self.rate_limit(&tx, &new.author, now)? {
            return Ok(SubmitOutcome::RateLimited { retry_after });
        }

        tx.prepare_cached(
            "INSERT INTO submissions (platform, chat_id, user_id, display_name, attribution, lang,
                                      topic, place, body, attachments, status, created_at,
                                      updated_at, content_hash)
             VALUES (:platform, :chat_id, :user_id, :name, :attribution, :lang, :topic, :place,
                     :body, :attachments, 'pending', :now, :now, :hash)",
        )?
        .execute(named_params! {
            ":platform": new.author.platform,
            ":chat_id": new.chat_id,
            ":user_id": new.author.user_id,
            ":name": new.author.name,
            ":attribution": new.attribution,
            ":lang": new.lang.code(),
            ":topic": new.topic,
            ":place": place,
            ":body": text,
            ":attachments": attachments,
            ":now": now,
            ":hash": hash,
        })?;
        let id = SubmissionId(tx.last_insert_rowid());
        audit(
            &tx,
            AuditLine {
                actor: &new.author,
                action: Action::Submit,
                id,
                from: None,
                to: Status::Pending,
                reason: None,
                at: now,
            },
        )?;
        tx.prepare_cached("INSERT INTO announcements (submission_id) VALUES (:id)")?
            .execute(named_params! {":id": id})?;
        tx.commit()?;
        log::info!(
            "store: submission {id} accepted from {} in chat {}",
            new.author.key(),
            new.chat_id
        );
        Ok(SubmitOutcome::Accepted(id))
    }

    /// `Some(wait)` if `author` already sent [`Limits::per_hour`](super::Limits::per_hour)
    /// submissions in the hour before `now`: the wait is until the oldest of the most recent
    /// `per_hour` leaves the window.
    fn rate_limit(
        &self,
        tx: &Transaction<'_>,
        author: &Actor,
        now: i64,
    ) -> Result<Option<Duration>> {
        hourly_wait(tx, "submissions", self.limits.per_hour, author, now)
    }

    /// A moderator approves a pending submission, with an optional note. Returns the updated
    /// submission (index it now).
    ///
    /// Errors: [`Error::NotFound`]; [`Error::OwnSubmission`] if `moderator` sent it;
    /// [`Error::InvalidTransition`] unless it is pending.
    pub fn approve(
        &self,
        id: SubmissionId,
        moderator: &Actor,
        note: Option<&str>,
        now: i64,
    ) -> Result<Submission> {
        self.transition(id, moderator, Action::Approve, clean_note(note), now)
    }

    /// A moderator rejects a pending submission with a reason (the contributor is told it).
    /// Returns the updated submission.
    ///
    /// Errors: [`Error::ReasonRequired`] for an empty reason; [`Error::NotFound`];
    /// [`Error::OwnSubmission`]; [`Error::InvalidTransition`] unless it is pending.
    pub fn reject(
        &self,
        id: SubmissionId,
        moderator: &Actor,
        reason: &str,
        now: i64,
    ) -> Result<Submission> {
        let reason = clean_note(Some(reason)).ok_or(Error::ReasonRequired)?;
        self.transition(id, moderator, Action::Reject, Some(reason), now)
    }

    /// A moderator takes back a decision: an approved or rejected submission becomes pending
    /// again (remove it from the index if it was approved), and its decision fields are cleared
    /// (the audit log keeps them). Returns the updated submission.
    ///
    /// Errors: [`Error::NotFound`]; [`Error::OwnSubmission`] (a moderator cannot undo another
    /// moderator's decision on their own submission); [`Error::InvalidTransition`] unless it
    /// is approved or rejected.
    pub fn reopen(&self, id: SubmissionId, moderator: &Actor, now: i64) -> Result<Submission> {
        self.transition(id, moderator, Action::Reopen, None, now)
    }

    /// The contributor takes back a pending submission. Returns the updated submission.
    ///
    /// Errors: [`Error::NotFound`]; [`Error::NotOwner`] if `user` did not send it;
    /// [`Error::InvalidTransition`] unless it is pending.
    pub fn withdraw(&self, id: SubmissionId, user: &Actor, now: i64) -> Result<Submission> {
        self.transition(id, user, Action::Withdraw, None, now)
    }

    /// Checks and applies one status change with its audit line, in one transaction.
    fn transition(
        &self,
        id: SubmissionId,
        actor: &Actor,
        action: Action,
        reason: Option<&str>,
        now: i64,
    ) -> Result<Submission> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&tx, id)?.ok_or(Error::NotFound(id))?;
        let own = current.author.same_account(actor);
        let from = current.status;
        let (allowed, to) = match action {
            Action::Approve => (from == Status::Pending, Status::Approved),
            Action::Reject => (from == Status::Pending, Status::Rejected),
            Action::Reopen => (
                matches!(from, Status::Approved | Status::Rejected),
                Status::Pending,
            ),
            Action::Withdraw => (from == Status::Pending, Status::Withdrawn),
            Action::Submit => (false, Status::Pending),
        };
        match action {
            Action::Withdraw if !own => return Err(Error::NotOwner(id)),
            Action::Approve | Action::Reject | Action::Reopen if own => {
                return Err(Error::OwnSubmission(id));
            }
            _ => {}
        }
        if !allowed {
            return Err(Error::InvalidTransition { id, from, action });
        }
        let decided = matches!(action, Action::Approve | Action::Reject);
        tx.prepare_cached(
            "UPDATE submissions
             SET status = :to, updated_at = :now,
                 decided_by_platform = :dp, decided_by_id = :did, decided_by_name = :dname,
                 decided_at = :dat, note = :note
             WHERE id = :id",
        )?
        .execute(named_params! {
            ":to": to,
            ":now": now,
            ":dp": decided.then_some(actor.platform.as_str()),
            ":did": decided.then_some(actor.user_id.as_str()),
            ":dname": decided.then_some(actor.name.as_str()),
            ":dat": decided.then_some(now),
            ":note": if decided { reason } else { None },
            ":id": id,
        })?;
        audit(
            &tx,
            AuditLine {
                actor,
                action,
                id,
                from: Some(from),
                to,
                reason,
                at: now,
            },
        )?;
        if matches!(action, Action::Approve | Action::Reject | Action::Reopen) {
            super::decisions::queue(&tx, id, now)?;
        }
        let updated = load(&tx, id)?.ok_or(Error::NotFound(id))?;
        tx.commit()?;
        log::info!(
            "store: submission {id} {from} -> {to} by {} ({action})",
            actor.key()
        );
        Ok(updated)
    }

    /// One submission, or `None` if there is none with this id.
    pub fn get(&self, id: SubmissionId) -> Result<Option<Submission>> {
        let conn = self.conn();
        let sql = format!("SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE id = :id");
        Ok(conn
            .prepare_cached(&sql)?
            .query_row(named_params! {":id": id}, submission_from_row)
            .optional()?)
    }

    /// A page of submissions, oldest first (the moderation queue order), optionally only those
    /// in `status`.
    pub fn list(
        &self,
        status: Option<Status>,
        limit: u32,
        offset: u64,
    ) -> Result<Page<Submission>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submissions
             WHERE :status IS NULL OR status = :status
             ORDER BY id LIMIT :limit OFFSET :offset"
        );
        page(
            &self.conn(),
            (
                &sql,
                "SELECT count(*) FROM submissions WHERE :status IS NULL OR status = :status",
            ),
            named_params! {":status": status},
            (limit, offset),
            submission_from_row,
        )
    }

    /// A page of one person's submissions, newest first (for `/mine`).
    pub fn by_user(
        &self,
        platform: &str,
        user_id: &str,
        limit: u32,
        offset: u64,
    ) -> Result<Page<Submission>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submissions
             WHERE platform = :platform AND user_id = :user_id
             ORDER BY id DESC LIMIT :limit OFFSET :offset"
        );
        page(
            &self.conn(),
            (
                &sql,
                "SELECT count(*) FROM submissions WHERE platform = :platform AND user_id = :user_id",
            ),
            named_params! {":platform": platform, ":user_id": user_id},
            (limit, offset),
            submission_from_row,
        )
    }

    /// How many submissions are in each status (for `/stats`).
    pub fn counts(&self) -> Result<StatusCounts> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare_cached("SELECT status, count(*) FROM submissions GROUP BY status")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Status>(0)?, r.get::<_, i64>(1)?)))?;
        let mut counts = StatusCounts::default();
        for row in rows {
            let (status, n) = row?;
            let n = n.unsigned_abs();
            match status {
                Status::Pending => counts.pending = n,
                Status::Approved => counts.approved = n,
                Status::Rejected => counts.rejected = n,
                Status::Withdrawn => counts.withdrawn = n,
            }
        }
        Ok(counts)
    }

    /// Every approved submission, oldest first: what the search index must hold as case
    /// studies (rebuild from this on start), and what `export` writes.
    pub fn approved(&self) -> Result<Vec<Submission>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE status = 'approved' ORDER BY id"
        );
        let items = conn
            .prepare_cached(&sql)?
            .query_map([], submission_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// The audit log of one submission, oldest first (empty for an unknown id).
    pub fn audit_for(&self, id: SubmissionId) -> Result<Vec<AuditEntry>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, actor_platform, actor_id, actor_name, action, submission_id,
                    from_status, to_status, reason
             FROM audit_log WHERE submission_id = :id ORDER BY seq",
        )?;
        let entries = stmt
            .query_map(named_params! {":id": id}, |r| {
                Ok(AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: Actor {
                        platform: r.get(2)?,
                        user_id: r.get(3)?,
                        name: r.get(4)?,
                    },
                    action: r.get(5)?,
                    submission: r.get(6)?,
                    from: r.get(7)?,
                    to: r.get(8)?,
                    reason: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(entries)
    }
}

/// The earliest row of `actor` in `table` (`submissions` or `questions`: a fixed name, never
/// user input) with the same text (`hash`, [`content_hash`]) and not in a status of `ignored`
/// (a withdrawn submission does not count): what a duplicate refers to. The one duplicate check
/// of contributions and questions.
pub(super) fn earlier_same_text(
    tx: &Transaction<'_>,
    table: &'static str,
    ignored: &'static str,
    actor: &Actor,
    hash: &str,
) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT id FROM {table}
             WHERE platform = :platform AND user_id = :user_id AND content_hash = :hash
               AND status <> :ignored
             ORDER BY id LIMIT 1"
        ))?
        .query_row(
            named_params! {
                ":platform": actor.platform,
                ":user_id": actor.user_id,
                ":hash": hash,
                ":ignored": ignored,
            },
            |r| r.get(0),
        )
        .optional()?)
}

/// [`Error::InvalidInput`] unless `actor` has a platform and a user id.
pub(super) fn check_ids(actor: &Actor) -> Result<()> {
    if actor.platform.is_empty() {
        return Err(Error::InvalidInput {
            field: "platform",
            problem: "empty",
        });
    }
    if actor.user_id.is_empty() {
        return Err(Error::InvalidInput {
            field: "user id",
            problem: "empty",
        });
    }
    Ok(())
}

/// `Some(wait)` if `actor` has `per_hour` rows in `table` (`submissions` or `questions`: a
/// fixed name, never user input) created in the hour before `now`: the wait is until the
/// oldest of the most recent `per_hour` leaves the window. `per_hour` 0 always waits a window.
/// The one hourly limit of contributions and questions.
pub(super) fn hourly_wait(
    tx: &Transaction<'_>,
    table: &'static str,
    per_hour: u32,
    actor: &Actor,
    now: i64,
) -> Result<Option<Duration>> {
    let per_hour = i64::from(per_hour);
    if per_hour == 0 {
        return Ok(Some(Duration::from_secs(RATE_WINDOW_SECS.unsigned_abs())));
    }
    let boundary: Option<i64> = tx
        .prepare_cached(&format!(
            "SELECT created_at FROM {table}
             WHERE platform = :platform AND user_id = :user_id AND created_at > :since
             ORDER BY created_at DESC LIMIT 1 OFFSET :skip"
        ))?
        .query_row(
            named_params! {
                ":platform": actor.platform,
                ":user_id": actor.user_id,
                ":since": now.saturating_sub(RATE_WINDOW_SECS),
                ":skip": per_hour - 1,
            },
            |r| r.get(0),
        )
        .optional()?;
    Ok(boundary.map(|created_at| {
        let wait = created_at
            .saturating_add(RATE_WINDOW_SECS)
            .saturating_sub(now)
            .max(1);
        Duration::from_secs(wait.unsigned_abs())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Case and spacing do not change the hash; different words do.
    #[test]
    fn content_hash_normalises_case_and_whitespace() {
        let a = content_hash("We dug  settling PONDS\nbelow the pit");
        let b = content_hash("  we dug settling ponds below the pit \t");
        let c = content_hash("We dug settling ponds above the pit");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 64);
        assert!(a.chars().all(|ch| ch.is_ascii_hexdigit()));
    }
}
