//! The decisions queue: what must follow a moderator's decision (tell the contributor and the
//! moderators, refresh the search index) is queued in the transaction that records the decision,
//! whoever made it: a moderator in chat, or an operator on the command line while a bot runs in
//! another process, or while none runs. The running bot claims each queued decision once, so
//! the follow-up is done by exactly one of them (the chat path at once, the periodic tick for
//! the rest), and a bot started later finds what was decided while it was down.

use super::Store;
use super::error::Result;
use super::types::SubmissionId;
use rusqlite::{Transaction, named_params};

/// Queues the follow-up of a decision on `id` (inside the decision's transaction).
pub(super) fn queue(tx: &Transaction<'_>, id: SubmissionId, now: i64) -> Result<()> {
    tx.prepare_cached("INSERT INTO decisions (submission_id, decided_at) VALUES (:id, :now)")?
        .execute(named_params! {":id": id, ":now": now})?;
    Ok(())
}

impl Store {
    /// Submissions with a decision whose follow-up nobody claimed yet, oldest decision first,
    /// at most `limit`.
    pub fn unclaimed_decisions(&self, limit: u32) -> Result<Vec<SubmissionId>> {
        let conn = self.conn();
        let ids = conn
            .prepare_cached(
                "SELECT submission_id FROM decisions WHERE claimed_at IS NULL
                 GROUP BY submission_id ORDER BY min(seq) LIMIT :limit",
            )?
            .query_map(named_params! {":limit": limit}, |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<SubmissionId>>>()?;
        Ok(ids)
    }

    /// Claims the follow-up of every unclaimed decision on `id`: `true` for the one caller that
    /// claimed something (it then carries the follow-up out for the submission as it is now),
    /// `false` when nothing was left to claim.
    pub fn claim_decisions(&self, id: SubmissionId, now: i64) -> Result<bool> {
        let conn = self.conn();
        let claimed = conn
            .prepare_cached(
                "UPDATE decisions SET claimed_at = :now
                 WHERE submission_id = :id AND claimed_at IS NULL",
            )?
            .execute(named_params! {":id": id, ":now": now})?;
        Ok(claimed > 0)
    }
}
