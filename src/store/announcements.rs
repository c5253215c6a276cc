//! The moderators' announcement queue. Every accepted submission is queued in the same
//! transaction that stores it; the adapter announces (alone or folded into a digest) whenever it
//! can, then records the platform message it sent, so that after a crash nothing is announced
//! twice or forgotten, and the announcement can be edited when a moderator decides.

use super::Store;
use super::error::Result;
use super::submissions::{SUBMISSION_COLUMNS, submission_from_row};
use super::types::{Submission, SubmissionId};
use rusqlite::{OptionalExtension, TransactionBehavior, named_params};

impl Store {
    /// Pending submissions not yet announced to moderators, oldest first, at most `limit`
    /// (fold them into one digest message when there are several).
    pub fn unannounced(&self, limit: u32) -> Result<Vec<Submission>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM announcements a
             JOIN submissions s ON s.id = a.submission_id
             WHERE a.announced_at IS NULL AND s.status = 'pending'
             ORDER BY s.id LIMIT :limit"
        );
        let items = conn
            .prepare_cached(&sql)?
            .query_map(named_params! {":limit": limit}, submission_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Records that `ids` were announced in the platform message `message_ref` (one message
    /// for a digest; the adapter chooses the format, e.g. `telegram:-1001234:567`). Call it
    /// after the message was sent; announcing again replaces the reference.
    pub fn mark_announced(&self, ids: &[SubmissionId], message_ref: &str, now: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO announcements (submission_id, announced_at, message_ref)
                 VALUES (:id, :now, :ref)
                 ON CONFLICT (submission_id)
                 DO UPDATE SET announced_at = excluded.announced_at,
                               message_ref = excluded.message_ref",
            )?;
            for id in ids {
                stmt.execute(named_params! {":id": id, ":now": now, ":ref": message_ref})?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The platform message that announced `id`, if it was announced (to edit it when a
    /// moderator decides).
    pub fn announcement_ref(&self, id: SubmissionId) -> Result<Option<String>> {
        let conn = self.conn();
        let found: Option<Option<String>> = conn
            .prepare_cached(
                "SELECT message_ref FROM announcements
                 WHERE submission_id = :id AND announced_at IS NOT NULL",
            )?
            .query_row(named_params! {":id": id}, |r| r.get(0))
            .optional()?;
        Ok(found.flatten())
    }
}
