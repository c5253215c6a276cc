//! The store's error type: what can go wrong when reading or changing submissions, moderation
//! state and settings, with SQLite's transient failures (busy, disk full) kept apart so the core
//! can tell a person "please try again" instead of "something broke".

use super::types::{Action, QuestionAction, QuestionId, QuestionStatus, Status, SubmissionId};
use rusqlite::ErrorCode;

/// Everything the store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No submission has this id.
    #[error("submission {0} does not exist")]
    NotFound(SubmissionId),

    /// The action is not allowed from the submission's current status (approving an approved
    /// submission, withdrawing a rejected one, reopening a pending one, …).
    #[error("cannot {action} submission {id}: it is {from}")]
    InvalidTransition {
        /// The submission.
        id: SubmissionId,
        /// Its status when the action was attempted.
        from: Status,
        /// What was attempted.
        action: Action,
    },

    /// A moderator tried to decide on (approve, reject or reopen) a submission they sent.
    #[error("submission {0} was sent by the same person who tries to moderate it")]
    OwnSubmission(SubmissionId),

    /// Someone other than the contributor tried to withdraw a submission.
    #[error("submission {0} belongs to someone else")]
    NotOwner(SubmissionId),

    /// No question has this reference.
    #[error("question {0} does not exist")]
    QuestionNotFound(QuestionId),

    /// Someone other than the asker tried to follow up or rate a question.
    #[error("question {0} was asked by someone else")]
    NotAsker(QuestionId),

    /// The action is not allowed from the question's status (publishing an open question,
    /// unpublishing one that is not published, rating one without an answer).
    #[error("cannot {action} question {id}: it is {from}")]
    QuestionState {
        /// The question.
        id: QuestionId,
        /// Its status.
        from: QuestionStatus,
        /// What was attempted.
        action: QuestionAction,
    },

    /// A rejection without a reason (the contributor is always told why).
    #[error("a rejection needs a reason")]
    ReasonRequired,

    /// A value does not fit the store's limits (empty ids, oversized fields), named by `field`.
    #[error("invalid {field}: {problem}")]
    InvalidInput {
        /// The field at fault.
        field: &'static str,
        /// What is wrong with it.
        problem: &'static str,
    },

    /// The database is locked by another writer for longer than the busy timeout
    /// (`SQLITE_BUSY`/`SQLITE_LOCKED`). Nothing was changed; trying again later may succeed.
    #[error("the database is busy; nothing was changed, try again")]
    Busy,

    /// The disk (or the database's size limit) is full (`SQLITE_FULL`). Nothing was changed.
    #[error("the disk is full; nothing was changed")]
    DiskFull,

    /// The file was written by a newer version of the bot, with a schema this one does not know.
    #[error(
        "the database schema is version {found}, newer than this program supports ({supported})"
    )]
    SchemaTooNew {
        /// The file's `user_version`.
        found: i64,
        /// The newest schema this build can migrate to.
        supported: i64,
    },

    /// A value read from the database is not one this program writes (edited by hand, or
    /// damaged); the text says which.
    #[error("unexpected value in the database: {0}")]
    Corrupt(String),

    /// Attachments could not be encoded or decoded as JSON.
    #[error("attachment list is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),

    /// The database's folder could not be created.
    #[error("cannot create {path}: {source}")]
    Io {
        /// The folder.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },

    /// Any other SQLite error (I/O errors, a damaged file, a programming mistake in SQL).
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl Error {
    /// Whether the failure is transient (busy or disk full): nothing was stored, and the person
    /// should be told to try again rather than given an internal error.
    pub fn is_transient(&self) -> bool {
        matches!(self, Error::Busy | Error::DiskFull)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            _ => match e {
                rusqlite::Error::FromSqlConversionFailure(_, _, inner) => {
                    Error::Corrupt(inner.to_string())
                }
                other => Error::Sqlite(other),
            },
        }
    }
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
