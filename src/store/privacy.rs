//! What the store forgets: the words of old searches, and the text and asker's name of answered
//! questions, once they are older than `RETENTION_DAYS` ([`Store::sweep_retention`], run by the
//! bot at start-up and then hourly); and a person's name and chat on their pending
//! contributions, and their name on their open questions, when they ask (`/forget`,
//! [`Store::forget_person`]).
//!
//! Both return what they changed as counts, one field per kind of record, so a new kind of
//! personal data (questions to experts, their answers) adds a field and a statement here and
//! every caller reports it.

use super::Store;
use super::error::Result;
use rusqlite::{TransactionBehavior, named_params};

/// What one retention sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    /// Searches whose words were removed (their counts stay).
    pub searches: u64,
    /// Answered questions whose text, thread and asker's name were removed (published ones
    /// stay: an expert made them public knowledge-base entries).
    pub questions: u64,
}

/// What [`Store::forget_person`] removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forgotten {
    /// Pending contributions whose sender's name and chat were removed (they stay, anonymous,
    /// in the review queue; the sender is no longer told of the decision).
    pub contributions: u64,
    /// Entries of the audit log of those contributions whose actor name was removed.
    pub audit_entries: u64,
    /// Open questions whose asker's name was removed (in the question, its thread and its
    /// audit log). The chat the answer goes to stays, or the answer could not reach them.
    pub questions: u64,
}

impl Forgotten {
    /// Whether nothing was removed.
    pub fn is_empty(&self) -> bool {
        *self == Forgotten::default()
    }
}

impl Store {
    /// Removes the words of every search recorded before `cutoff` (unix seconds), in one
    /// transaction. Safe to run often: a search already swept is not counted again.
    pub fn sweep_retention(&self, cutoff: i64) -> Result<Swept> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let searches = tx.execute(
            "UPDATE search_log SET query = NULL, folded = NULL
             WHERE at < :cutoff AND query IS NOT NULL",
            named_params! {":cutoff": cutoff},
        )?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id FROM questions
                 WHERE status = 'answered' AND updated_at < :cutoff
                   AND (body <> '' OR display_name <> '')",
            )?;
            let rows = stmt.query_map(named_params! {":cutoff": cutoff}, |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &ids {
            tx.execute(
                "UPDATE questions SET body = '', display_name = '' WHERE id = :id",
                named_params! {":id": id},
            )?;
            tx.execute(
                "UPDATE question_thread SET body = '', author_name = '' WHERE question_id = :id",
                named_params! {":id": id},
            )?;
            tx.execute(
                "UPDATE question_audit SET actor_name = '' WHERE question_id = :id
                   AND actor_name <> ''",
                named_params! {":id": id},
            )?;
        }
        tx.commit()?;
        Ok(Swept {
            searches: searches as u64,
            questions: ids.len() as u64,
        })
    }

    /// Removes the name and chat of the person `user_id` on `platform` from their pending
    /// contributions (the name also from those contributions' audit entries), in one
    /// transaction; the contributions become anonymous and stay in the queue, still theirs
    /// (`/mine`, `/withdraw` know them by their user id).
    pub fn forget_person(&self, platform: &str, user_id: &str, now: i64) -> Result<Forgotten> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id FROM submissions
                 WHERE platform = :platform AND user_id = :user_id AND status = 'pending'
                   AND (display_name <> '' OR chat_id <> '' OR attribution <> 'anonymous')",
            )?;
            let rows = stmt.query_map(
                named_params! {":platform": platform, ":user_id": user_id},
                |r| r.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut audit_entries = 0;
        for id in &ids {
            tx.execute(
                "UPDATE submissions
                 SET display_name = '', chat_id = '', attribution = 'anonymous',
                     updated_at = :now
                 WHERE id = :id",
                named_params! {":id": id, ":now": now},
            )?;
            audit_entries += tx.execute(
                "UPDATE audit_log SET actor_name = ''
                 WHERE submission_id = :id AND actor_platform = :platform
                   AND actor_id = :user_id AND actor_name <> ''",
                named_params! {":id": id, ":platform": platform, ":user_id": user_id},
            )?;
        }
        let questions: Vec<i64> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id FROM questions
                 WHERE platform = :platform AND user_id = :user_id AND status = 'open'
                   AND display_name <> ''",
            )?;
            let rows = stmt.query_map(
                named_params! {":platform": platform, ":user_id": user_id},
                |r| r.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &questions {
            tx.execute(
                "UPDATE questions SET display_name = '', updated_at = :now WHERE id = :id",
                named_params! {":id": id, ":now": now},
            )?;
            tx.execute(
                "UPDATE question_thread SET author_name = ''
                 WHERE question_id = :id AND author_platform = :platform AND author_id = :user_id",
                named_params! {":id": id, ":platform": platform, ":user_id": user_id},
            )?;
            tx.execute(
                "UPDATE question_audit SET actor_name = ''
                 WHERE question_id = :id AND actor_platform = :platform AND actor_id = :user_id
                   AND actor_name <> ''",
                named_params! {":id": id, ":platform": platform, ":user_id": user_id},
            )?;
        }
        tx.commit()?;
        Ok(Forgotten {
            contributions: ids.len() as u64,
            audit_entries: audit_entries as u64,
            questions: questions.len() as u64,
        })
    }
}
