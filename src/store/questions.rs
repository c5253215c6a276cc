//! Questions for experts (`/ask`): asking (with the same length, duplicate and rate checks as
//! contributions), the thread of each question (the question, the asker's follow-ups, the
//! experts' answers), publishing, the asker's verdict on an answer, and the audit log.
//!
//! Like a submission, a question is acknowledged only after the transaction that stores it
//! commits, and that transaction also queues what must follow: every thread message is stored
//! unclaimed, and a running bot claims each one once to announce it to the experts (a question,
//! a follow-up) or deliver it to the asker (an answer). A bot killed in between, or an answer
//! given on the command line while no bot runs, is taken up by the next bot's tick.

use super::Store;
use super::error::{Error, Result};
use super::submissions::{check_ids, content_hash, earlier_same_text, page};
use super::types::{
    Actor, AskOutcome, Attribution, Feedback, NewQuestion, Page, Question, QuestionAction,
    QuestionAuditEntry, QuestionCounts, QuestionId, QuestionStatus, ThreadKind, ThreadMessage,
};
use crate::lang::Lang;
use rusqlite::types::Type;
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, named_params};
use std::time::Duration;

/// The columns [`question_from_row`] reads, in order.
const QUESTION_COLUMNS: &str = "id, platform, chat_id, reply_chat, in_group, user_id, \
    display_name, lang, body, status, created_at, updated_at, feedback, feedback_at";

/// The columns [`thread_from_row`] reads, in order.
const THREAD_COLUMNS: &str = "seq, question_id, kind, author_platform, author_id, author_name, \
    attribution, body, at, claimed_at";

fn question_from_row(row: &Row<'_>) -> rusqlite::Result<Question> {
    let lang_code: String = row.get(7)?;
    let lang = Lang::from_hint(&lang_code).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            7,
            Type::Text,
            format!("unknown language {lang_code:?}").into(),
        )
    })?;
    Ok(Question {
        id: row.get(0)?,
        asker: Actor {
            platform: row.get(1)?,
            user_id: row.get(5)?,
            name: row.get(6)?,
        },
        chat_id: row.get(2)?,
        reply_chat: row.get(3)?,
        in_group: row.get::<_, i64>(4)? != 0,
        lang,
        text: row.get(8)?,
        status: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        feedback: row.get(12)?,
        feedback_at: row.get(13)?,
    })
}

fn thread_from_row(row: &Row<'_>) -> rusqlite::Result<ThreadMessage> {
    Ok(ThreadMessage {
        seq: row.get(0)?,
        question: row.get(1)?,
        kind: row.get(2)?,
        author: Actor {
            platform: row.get(3)?,
            user_id: row.get(4)?,
            name: row.get(5)?,
        },
        attribution: row.get(6)?,
        text: row.get(7)?,
        at: row.get(8)?,
        claimed_at: row.get(9)?,
    })
}

fn load(tx: &Transaction<'_>, id: QuestionId) -> Result<Question> {
    let sql = format!("SELECT {QUESTION_COLUMNS} FROM questions WHERE id = :id");
    tx.prepare_cached(&sql)?
        .query_row(named_params! {":id": id}, question_from_row)
        .optional()?
        .ok_or(Error::QuestionNotFound(id))
}

/// Appends one line to the questions' audit log.
fn audit(
    tx: &Transaction<'_>,
    actor: &Actor,
    action: QuestionAction,
    id: QuestionId,
    to: QuestionStatus,
    at: i64,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO question_audit (at, actor_platform, actor_id, actor_name, action,
                                     question_id, to_status)
         VALUES (:at, :platform, :user_id, :name, :action, :id, :to)",
    )?
    .execute(named_params! {
        ":at": at,
        ":platform": actor.platform,
        ":user_id": actor.user_id,
        ":name": actor.name,
        ":action": action,
        ":id": id,
        ":to": to,
    })?;
    Ok(())
}

/// Appends one unclaimed message to a thread; returns its sequence number.
fn append(
    tx: &Transaction<'_>,
    id: QuestionId,
    kind: ThreadKind,
    author: &Actor,
    attribution: Attribution,
    text: &str,
    at: i64,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO question_thread (question_id, kind, author_platform, author_id, author_name,
                                      attribution, body, at)
         VALUES (:id, :kind, :platform, :user_id, :name, :attribution, :body, :at)",
    )?
    .execute(named_params! {
        ":id": id,
        ":kind": kind,
        ":platform": author.platform,
        ":user_id": author.user_id,
        ":name": author.name,
        ":attribution": attribution,
        ":body": text,
        ":at": at,
    })?;
    Ok(tx.last_insert_rowid())
}

fn set_status(tx: &Transaction<'_>, id: QuestionId, to: QuestionStatus, now: i64) -> Result<()> {
    tx.prepare_cached("UPDATE questions SET status = :to, updated_at = :now WHERE id = :id")?
        .execute(named_params! {":to": to, ":now": now, ":id": id})?;
    Ok(())
}

impl Store {
    /// Stores a new question, unless its length is outside the question limits, the same
    /// person already asked the same text (ignoring case and spacing), or they asked
    /// [`Limits::questions_per_hour`](super::Limits::questions_per_hour) questions in the last
    /// hour — checked in that order, in one `IMMEDIATE` transaction with the insert, its audit
    /// line (`ask`) and its thread message, queued for the experts' announcement.
    /// [`AskOutcome::Accepted`] is returned only after the commit.
    ///
    /// Errors: [`Error::InvalidInput`] for an empty platform or user id;
    /// [`Error::Busy`]/[`Error::DiskFull`] when nothing could be stored.
    pub fn ask(&self, new: &NewQuestion, now: i64) -> Result<AskOutcome> {
        if let Err(problem) = self.limits.check_question_length(&new.text) {
            return Ok(AskOutcome::Length(problem));
        }
        check_ids(&new.asker)?;
        let text = new.text.trim();
        let hash = content_hash(text);
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Every question counts, whatever became of it (there is no withdrawing one).
        let duplicate = earlier_same_text(&tx, "questions", "", &new.asker, &hash)?;
        if let Some(existing) = duplicate {
            return Ok(AskOutcome::Duplicate(QuestionId(existing)));
        }
        if let Some(retry_after) = self.question_rate_limit(&tx, &new.asker, now)? {
            return Ok(AskOutcome::RateLimited { retry_after });
        }
        tx.prepare_cached(
            "INSERT INTO questions (platform, chat_id, reply_chat, in_group, user_id,
                                    display_name, lang, body, status, created_at, updated_at,
                                    content_hash)
             VALUES (:platform, :chat_id, :reply_chat, :in_group, :user_id, :name, :lang, :body,
                     'open', :now, :now, :hash)",
        )?
        .execute(named_params! {
            ":platform": new.asker.platform,
            ":chat_id": new.chat_id,
            ":reply_chat": new.reply_chat,
            ":in_group": i64::from(new.in_group),
            ":user_id": new.asker.user_id,
            ":name": new.asker.name,
            ":lang": new.lang.code(),
            ":body": text,
            ":now": now,
            ":hash": hash,
        })?;
        let id = QuestionId(tx.last_insert_rowid());
        append(
            &tx,
            id,
            ThreadKind::Question,
            &new.asker,
            Attribution::Anonymous,
            text,
            now,
        )?;
        audit(
            &tx,
            &new.asker,
            QuestionAction::Ask,
            id,
            QuestionStatus::Open,
            now,
        )?;
        tx.commit()?;
        log::info!("store: question {id} accepted ({})", new.asker.platform);
        Ok(AskOutcome::Accepted(id))
    }

    /// `Some(wait)` if `asker` asked the hourly maximum of questions in the hour before `now`.
    fn question_rate_limit(
        &self,
        tx: &Transaction<'_>,
        asker: &Actor,
        now: i64,
    ) -> Result<Option<Duration>> {
        super::submissions::hourly_wait(tx, "questions", self.limits.questions_per_hour, asker, now)
    }

    /// The asker adds a follow-up to their question: it is open again, and the follow-up is
    /// queued for the experts. Returns the question and the follow-up's sequence number.
    ///
    /// Errors: [`Error::QuestionNotFound`]; [`Error::NotAsker`]; [`Error::InvalidInput`] for a
    /// text outside the question limits.
    pub fn follow_up(
        &self,
        id: QuestionId,
        asker: &Actor,
        text: &str,
        now: i64,
    ) -> Result<(Question, i64)> {
        if self.limits.check_question_length(text).is_err() {
            return Err(Error::InvalidInput {
                field: "follow-up",
                problem: "length",
            });
        }
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&tx, id)?;
        if !current.asker.same_account(asker) {
            return Err(Error::NotAsker(id));
        }
        let seq = append(
            &tx,
            id,
            ThreadKind::FollowUp,
            asker,
            Attribution::Anonymous,
            text.trim(),
            now,
        )?;
        let to = match current.status {
            QuestionStatus::Published => QuestionStatus::Published,
            _ => QuestionStatus::Open,
        };
        set_status(&tx, id, to, now)?;
        audit(&tx, asker, QuestionAction::FollowUp, id, to, now)?;
        let updated = load(&tx, id)?;
        tx.commit()?;
        log::info!("store: follow-up on question {id}");
        Ok((updated, seq))
    }

    /// An expert answers a question (open or not: a second answer is another message of the
    /// thread). The answer is queued for delivery to the asker; an open question becomes
    /// answered. Returns the question and the answer's sequence number.
    ///
    /// Errors: [`Error::QuestionNotFound`]; [`Error::InvalidInput`] for an empty or too long
    /// answer.
    pub fn answer_question(
        &self,
        id: QuestionId,
        expert: &Actor,
        attribution: Attribution,
        text: &str,
        now: i64,
    ) -> Result<(Question, i64)> {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > self.limits.question_max_chars {
            return Err(Error::InvalidInput {
                field: "answer",
                problem: "empty or too long",
            });
        }
        check_ids(expert)?;
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&tx, id)?;
        let seq = append(&tx, id, ThreadKind::Answer, expert, attribution, text, now)?;
        let to = match current.status {
            QuestionStatus::Published => QuestionStatus::Published,
            _ => QuestionStatus::Answered,
        };
        set_status(&tx, id, to, now)?;
        audit(&tx, expert, QuestionAction::Answer, id, to, now)?;
        let updated = load(&tx, id)?;
        tx.commit()?;
        log::info!("store: question {id} answered ({})", expert.platform);
        Ok((updated, seq))
    }

    /// An expert publishes an answered question (`publish`), or withdraws a published one
    /// (`!publish`). Returns the updated question (index it, or remove it from the index).
    ///
    /// Errors: [`Error::QuestionNotFound`]; [`Error::QuestionState`] unless it is answered
    /// (publish) or published (unpublish).
    pub fn set_published(
        &self,
        id: QuestionId,
        expert: &Actor,
        publish: bool,
        now: i64,
    ) -> Result<Question> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&tx, id)?;
        let (from_ok, to, action) = if publish {
            (
                current.status == QuestionStatus::Answered,
                QuestionStatus::Published,
                QuestionAction::Publish,
            )
        } else {
            (
                current.status == QuestionStatus::Published,
                QuestionStatus::Answered,
                QuestionAction::Unpublish,
            )
        };
        if !from_ok {
            return Err(Error::QuestionState {
                id,
                from: current.status,
                action,
            });
        }
        set_status(&tx, id, to, now)?;
        audit(&tx, expert, action, id, to, now)?;
        let updated = load(&tx, id)?;
        tx.commit()?;
        log::info!("store: question {id}: {action}");
        Ok(updated)
    }

    /// The asker says whether the answer helped (a later tap replaces an earlier one; each is
    /// in the audit log).
    ///
    /// Errors: [`Error::QuestionNotFound`]; [`Error::NotAsker`]; [`Error::QuestionState`]
    /// while the question has no answer.
    pub fn record_feedback(
        &self,
        id: QuestionId,
        asker: &Actor,
        feedback: Feedback,
        now: i64,
    ) -> Result<Question> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&tx, id)?;
        if !current.asker.same_account(asker) {
            return Err(Error::NotAsker(id));
        }
        let answered: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM question_thread
                                WHERE question_id = :id AND kind = 'answer')",
            )?
            .query_row(named_params! {":id": id}, |r| r.get(0))?;
        if !answered {
            return Err(Error::QuestionState {
                id,
                from: current.status,
                action: QuestionAction::Feedback,
            });
        }
        tx.prepare_cached(
            "UPDATE questions SET feedback = :feedback, feedback_at = :now WHERE id = :id",
        )?
        .execute(named_params! {":feedback": feedback, ":now": now, ":id": id})?;
        audit(
            &tx,
            asker,
            QuestionAction::Feedback,
            id,
            current.status,
            now,
        )?;
        let updated = load(&tx, id)?;
        tx.commit()?;
        log::info!("store: feedback {feedback} on question {id}");
        Ok(updated)
    }

    /// One question, or `None`.
    pub fn question(&self, id: QuestionId) -> Result<Option<Question>> {
        let conn = self.conn();
        let sql = format!("SELECT {QUESTION_COLUMNS} FROM questions WHERE id = :id");
        Ok(conn
            .prepare_cached(&sql)?
            .query_row(named_params! {":id": id}, question_from_row)
            .optional()?)
    }

    /// A page of questions, oldest first, optionally only those in `status`.
    pub fn questions(
        &self,
        status: Option<QuestionStatus>,
        limit: u32,
        offset: u64,
    ) -> Result<Page<Question>> {
        let sql = format!(
            "SELECT {QUESTION_COLUMNS} FROM questions
             WHERE :status IS NULL OR status = :status
             ORDER BY id LIMIT :limit OFFSET :offset"
        );
        page(
            &self.conn(),
            (
                &sql,
                "SELECT count(*) FROM questions WHERE :status IS NULL OR status = :status",
            ),
            named_params! {":status": status},
            (limit, offset),
            question_from_row,
        )
    }

    /// Every published question, oldest first: what the index must hold as answers.
    pub fn published_questions(&self) -> Result<Vec<Question>> {
        Ok(self
            .questions(Some(QuestionStatus::Published), u32::MAX, 0)?
            .items)
    }

    /// The thread of a question, oldest first (empty for an unknown reference).
    pub fn thread(&self, id: QuestionId) -> Result<Vec<ThreadMessage>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {THREAD_COLUMNS} FROM question_thread WHERE question_id = :id ORDER BY seq"
        );
        let items = conn
            .prepare_cached(&sql)?
            .query_map(named_params! {":id": id}, thread_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// One thread message, or `None`.
    pub fn thread_message(&self, seq: i64) -> Result<Option<ThreadMessage>> {
        let conn = self.conn();
        let sql = format!("SELECT {THREAD_COLUMNS} FROM question_thread WHERE seq = :seq");
        Ok(conn
            .prepare_cached(&sql)?
            .query_row(named_params! {":seq": seq}, thread_from_row)
            .optional()?)
    }

    /// Thread messages nobody took up yet, oldest first, at most `limit`: questions and
    /// follow-ups to announce, answers to deliver.
    pub fn unclaimed_thread(&self, limit: u32) -> Result<Vec<ThreadMessage>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {THREAD_COLUMNS} FROM question_thread WHERE claimed_at IS NULL
             ORDER BY seq LIMIT :limit"
        );
        let items = conn
            .prepare_cached(&sql)?
            .query_map(named_params! {":limit": limit}, thread_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Claims a thread message: `true` for the one caller that claimed it (it then announces
    /// or delivers it), `false` when it was already taken.
    pub fn claim_thread_message(&self, seq: i64, now: i64) -> Result<bool> {
        let conn = self.conn();
        let n = conn
            .prepare_cached(
                "UPDATE question_thread SET claimed_at = :now
                 WHERE seq = :seq AND claimed_at IS NULL",
            )?
            .execute(named_params! {":seq": seq, ":now": now})?;
        Ok(n > 0)
    }

    /// How many questions are in each status, and the askers' verdicts.
    pub fn question_counts(&self) -> Result<QuestionCounts> {
        let conn = self.conn();
        let mut counts = QuestionCounts::default();
        let mut stmt = conn.prepare_cached(
            "SELECT status, count(*), count(*) FILTER (WHERE feedback = 'helped'),
                    count(*) FILTER (WHERE feedback = 'not-helped')
             FROM questions GROUP BY status",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, QuestionStatus>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        for row in rows {
            let (status, n, helped, not_helped) = row?;
            match status {
                QuestionStatus::Open => counts.open = n.unsigned_abs(),
                QuestionStatus::Answered => counts.answered = n.unsigned_abs(),
                QuestionStatus::Published => counts.published = n.unsigned_abs(),
            }
            counts.helped += helped.unsigned_abs();
            counts.not_helped += not_helped.unsigned_abs();
        }
        Ok(counts)
    }

    /// The audit log of one question, oldest first.
    pub fn question_audit(&self, id: QuestionId) -> Result<Vec<QuestionAuditEntry>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, actor_platform, actor_id, actor_name, action, question_id, to_status
             FROM question_audit WHERE question_id = :id ORDER BY seq",
        )?;
        let entries = stmt
            .query_map(named_params! {":id": id}, |r| {
                Ok(QuestionAuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: Actor {
                        platform: r.get(2)?,
                        user_id: r.get(3)?,
                        name: r.get(4)?,
                    },
                    action: r.get(5)?,
                    question: r.get(6)?,
                    to: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Limits;

    fn new(user: &str, text: &str) -> NewQuestion {
        NewQuestion {
            asker: Actor::new("telegram", user, "Ana"),
            chat_id: user.into(),
            reply_chat: user.into(),
            in_group: false,
            lang: Lang::En,
            text: text.into(),
        }
    }

    /// A question is stored with its thread message queued and its audit line; the same text
    /// again is a duplicate; the hourly limit holds; the thread queue is claimed once.
    #[test]
    fn ask_checks_and_queues() -> Result<()> {
        let store = Store::open_in_memory_with_limits(Limits {
            questions_per_hour: 2,
            ..Limits::default()
        })?;
        let q = "How deep may a settling pond be?";
        let AskOutcome::Accepted(id) = store.ask(&new("1", q), 100)? else {
            panic!("not accepted");
        };
        assert_eq!(id.to_string(), "Q-1");
        assert_eq!(
            store.ask(&new("1", "  how DEEP may a settling pond be? "), 101)?,
            AskOutcome::Duplicate(id)
        );
        assert!(matches!(
            store.ask(&new("1", "short"), 102)?,
            AskOutcome::Length(_)
        ));
        assert!(matches!(
            store.ask(&new("1", "Where do I sell rough sapphire?"), 103)?,
            AskOutcome::Accepted(_)
        ));
        assert!(matches!(
            store.ask(&new("1", "Who lends money to a cooperative?"), 104)?,
            AskOutcome::RateLimited { .. }
        ));
        let queued = store.unclaimed_thread(10)?;
        assert_eq!(queued.len(), 2);
        assert!(store.claim_thread_message(queued[0].seq, 105)?);
        assert!(!store.claim_thread_message(queued[0].seq, 106)?);
        assert_eq!(store.question_audit(id)?.len(), 1);
        Ok(())
    }

    /// Only the asker follows up or rates; rating needs an answer; publishing needs an answer.
    #[test]
    fn thread_rules() -> Result<()> {
        let store = Store::open_in_memory()?;
        let AskOutcome::Accepted(id) = store.ask(&new("1", "How deep may a pond be?"), 1)? else {
            panic!("not accepted");
        };
        let other = Actor::new("telegram", "2", "Bo");
        let asker = Actor::new("telegram", "1", "Ana");
        assert!(matches!(
            store.follow_up(id, &other, "And in the dry season?", 2),
            Err(Error::NotAsker(_))
        ));
        assert!(matches!(
            store.record_feedback(id, &asker, Feedback::Helped, 2),
            Err(Error::QuestionState { .. })
        ));
        assert!(matches!(
            store.set_published(id, &other, true, 2),
            Err(Error::QuestionState { .. })
        ));
        let (q, _) = store.answer_question(id, &other, Attribution::Name, "Two metres.", 3)?;
        assert_eq!(q.status, QuestionStatus::Answered);
        let q = store.record_feedback(id, &asker, Feedback::Helped, 4)?;
        assert_eq!(q.feedback, Some(Feedback::Helped));
        let (q, _) = store.follow_up(id, &asker, "And in the dry season?", 5)?;
        assert_eq!(q.status, QuestionStatus::Open);
        store.answer_question(id, &other, Attribution::Name, "The same.", 6)?;
        let q = store.set_published(id, &other, true, 7)?;
        assert_eq!(q.status, QuestionStatus::Published);
        let counts = store.question_counts()?;
        assert_eq!((counts.published, counts.helped), (1, 1));
        assert_eq!(store.thread(id)?.len(), 4);
        let actions: Vec<QuestionAction> =
            store.question_audit(id)?.iter().map(|a| a.action).collect();
        assert_eq!(
            actions,
            [
                QuestionAction::Ask,
                QuestionAction::Answer,
                QuestionAction::Feedback,
                QuestionAction::FollowUp,
                QuestionAction::Answer,
                QuestionAction::Publish
            ]
        );
        Ok(())
    }

    /// References show as `Q-12` and parse from the forms people type.
    #[test]
    fn question_ids_parse() {
        for s in ["Q-12", "q12", "Q 12", "12", " q-12 "] {
            assert_eq!(s.parse(), Ok(QuestionId(12)), "{s}");
        }
        for s in ["", "Q-", "Q-0", "Q-x", "12a", "Q-1.5", "#12x"] {
            assert!(s.parse::<QuestionId>().is_err(), "{s}");
        }
    }
}
