//! The store's typed values: ids, statuses, topics, the people who act, and the rows the store
//! hands back. Every enum is stored as its kebab-case name (`forests-wildlife`) and parsed back
//! from it, so the database stays readable with the `sqlite3` shell.

use crate::lang::Lang;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The error for a name that is not one of an enum's kebab-case names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?}")]
pub struct UnknownName {
    /// What was being parsed (`status`, `topic`, …).
    pub kind: &'static str,
    /// The text that did not match.
    pub value: String,
}

/// Defines a fieldless enum stored and parsed by its kebab-case names.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The kebab-case name, as stored and as typed in commands.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;
            /// Parses the kebab-case name, ignoring case, surrounding spaces, and accepting `_`
            /// or a space for `-`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted: String = s
                    .trim()
                    .chars()
                    .map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() })
                    .collect();
                match wanted.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownName { kind: $kind, value: s.to_string() }),
                }
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(FromSqlError::other(UnknownName { kind: $kind, value: text.to_string() })),
                }
            }
        }
    };
}

named_enum! {
    /// Where a submission is in moderation.
    Status, "status" {
        /// Waiting for a moderator.
        Pending = "pending",
        /// Accepted by a moderator: searchable as a case study.
        Approved = "approved",
        /// Refused by a moderator, with a reason the contributor is told.
        Rejected = "rejected",
        /// Taken back by the contributor while it was pending.
        Withdrawn = "withdrawn",
    }
}

named_enum! {
    /// What a case study is about: the guidance topics, plus `other`.
    Topic, "topic" {
        /// Stopping sediment and silt from reaching rivers.
        Sediment = "sediment",
        /// Water use, recycling and settling ponds.
        Water = "water",
        /// Handling waste rock, tailings and chemicals.
        Waste = "waste",
        /// Protecting forests and wildlife.
        ForestsWildlife = "forests-wildlife",
        /// Reclaiming and replanting mined land.
        Reclamation = "reclamation",
        /// Forming and running a cooperative.
        Cooperatives = "cooperatives",
        /// Finding money: grants, loans, fair prices.
        Funding = "funding",
        /// Health and safety at the pit.
        HealthSafety = "health-safety",
        /// Anything else.
        Other = "other",
    }
}

named_enum! {
    /// How a contributor wants to be credited when the case study is published.
    Attribution, "attribution" {
        /// Show the contributor's display name.
        Name = "name",
        /// Publish without a name.
        Anonymous = "anonymous",
    }
}

named_enum! {
    /// An action recorded in the audit log.
    Action, "action" {
        /// A contributor sent a submission (→ pending).
        Submit = "submit",
        /// A moderator approved it (pending → approved).
        Approve = "approve",
        /// A moderator rejected it (pending → rejected).
        Reject = "reject",
        /// A moderator reopened a decision (approved/rejected → pending).
        Reopen = "reopen",
        /// The contributor withdrew it (pending → withdrawn).
        Withdraw = "withdraw",
    }
}

/// A submission's number, shown to people as `#42`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SubmissionId(pub i64);

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// The error for text that is not a submission number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a submission number: {0:?}")]
pub struct BadSubmissionId(pub String);

impl FromStr for SubmissionId {
    type Err = BadSubmissionId;
    /// Parses `42` or `#42` (positive numbers only).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.trim().trim_start_matches('#');
        match digits.parse::<i64>() {
            Ok(n) if n > 0 => Ok(SubmissionId(n)),
            _ => Err(BadSubmissionId(s.to_string())),
        }
    }
}

impl ToSql for SubmissionId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl FromSql for SubmissionId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(SubmissionId)
    }
}

/// A person acting on the store: a contributor, a moderator, or a local operator.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// The platform's lowercase name (`telegram`, `matrix`, `console`, `cli`).
    pub platform: String,
    /// The platform's user id (`123456`, `@ana:example.org`).
    pub user_id: String,
    /// How the person is called (for attributions and "decided by").
    pub name: String,
}

impl Actor {
    /// An actor from its parts.
    pub fn new(
        platform: impl Into<String>,
        user_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Actor {
        Actor {
            platform: platform.into(),
            user_id: user_id.into(),
            name: name.into(),
        }
    }

    /// The `platform:user_id` form used in configuration (`telegram:123456`).
    pub fn key(&self) -> String {
        format!("{}:{}", self.platform, self.user_id)
    }

    /// Whether `self` and `other` are the same account (platform and user id; names may differ).
    pub fn same_account(&self, other: &Actor) -> bool {
        self.platform == other.platform && self.user_id == other.user_id
    }
}

/// A file attached to a submission, kept by the platform's reference (a Telegram photo
/// `file_id`, a Matrix `mxc://` URI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// `photo`, `document`, …
    pub kind: String,
    /// The platform's reference to the file.
    pub reference: String,
}

/// A contribution as the core hands it to [`Store::submit`](super::Store::submit).
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubmission {
    /// Who sends it.
    pub author: Actor,
    /// The chat it was sent from (where the contributor is told the outcome).
    pub chat_id: String,
    /// Name shown or anonymous, as the contributor chose.
    pub attribution: Attribution,
    /// The language it is written in (for indexing).
    pub lang: Lang,
    /// What it is about.
    pub topic: Topic,
    /// Where it happened (free text, may be empty).
    pub place: String,
    /// The story itself.
    pub text: String,
    /// Attached files, by reference.
    pub attachments: Vec<Attachment>,
}

/// A stored submission.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Submission {
    /// Its number.
    pub id: SubmissionId,
    /// Who sent it.
    pub author: Actor,
    /// The chat it was sent from.
    pub chat_id: String,
    /// Name shown or anonymous.
    pub attribution: Attribution,
    /// The language it is written in.
    pub lang: Lang,
    /// What it is about.
    pub topic: Topic,
    /// Where it happened (may be empty).
    pub place: String,
    /// The story.
    pub text: String,
    /// Attached files.
    pub attachments: Vec<Attachment>,
    /// Where it is in moderation.
    pub status: Status,
    /// When it was sent (unix seconds).
    pub created_at: i64,
    /// When it last changed (unix seconds).
    pub updated_at: i64,
    /// The moderator behind the current decision (approved or rejected), if any.
    pub decided_by: Option<Actor>,
    /// When the current decision was taken (unix seconds).
    pub decided_at: Option<i64>,
    /// The moderator's note (approval) or reason (rejection) for the current decision.
    pub note: Option<String>,
    /// sha256 (hex) of the normalised text, see [`content_hash`](super::content_hash).
    pub content_hash: String,
}

impl Submission {
    /// The name to credit when publishing, or `None` if the contributor chose to be anonymous.
    pub fn credited_name(&self) -> Option<&str> {
        match self.attribution {
            Attribution::Name => Some(self.author.name.as_str()),
            Attribution::Anonymous => None,
        }
    }
}

/// What happened to a submission attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// Stored durably (committed with `synchronous=FULL`): safe to acknowledge with this number.
    Accepted(SubmissionId),
    /// The same person already sent the same text (ignoring case and spacing), still on record
    /// under this number (pending, approved or rejected).
    Duplicate(SubmissionId),
    /// The person sent the maximum number of submissions in the last hour; one more is allowed
    /// after `retry_after`.
    RateLimited {
        /// How long until one more submission is allowed.
        retry_after: Duration,
    },
    /// The text has fewer than `min` characters (`len`, after trimming).
    TooShort {
        /// The minimum.
        min: usize,
        /// The text's length.
        len: usize,
    },
    /// The text has more than `max` characters (`len`, after trimming).
    TooLong {
        /// The maximum.
        max: usize,
        /// The text's length.
        len: usize,
    },
}

/// What is wrong with a text's length, from [`Limits::check_length`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthProblem {
    /// Fewer than `min` characters.
    TooShort {
        /// The minimum.
        min: usize,
        /// The text's length.
        len: usize,
    },
    /// More than `max` characters.
    TooLong {
        /// The maximum.
        max: usize,
        /// The text's length.
        len: usize,
    },
}

impl From<LengthProblem> for SubmitOutcome {
    fn from(p: LengthProblem) -> Self {
        match p {
            LengthProblem::TooShort { min, len } => SubmitOutcome::TooShort { min, len },
            LengthProblem::TooLong { max, len } => SubmitOutcome::TooLong { max, len },
        }
    }
}

/// The limits [`Store::submit`](super::Store::submit) enforces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Submissions one person may send in any rolling hour (withdrawn ones count too).
    pub per_hour: u32,
    /// Minimum story length in characters (after trimming).
    pub min_chars: usize,
    /// Maximum story length in characters (after trimming).
    pub max_chars: usize,
    /// Maximum length of the place, in characters.
    pub max_place_chars: usize,
    /// Maximum number of attachments.
    pub max_attachments: usize,
    /// Questions (`/ask`) one person may send in any rolling hour.
    pub questions_per_hour: u32,
    /// Minimum question length in characters (after trimming).
    pub question_min_chars: usize,
    /// Maximum question (and answer, follow-up) length in characters (after trimming).
    pub question_max_chars: usize,
}

impl Default for Limits {
    /// 5 per hour, 40 to 4000 characters, places up to 200 characters, up to 10 attachments;
    /// questions: 5 per hour, 10 to 2000 characters.
    fn default() -> Self {
        Limits {
            per_hour: 5,
            min_chars: 40,
            max_chars: 4000,
            max_place_chars: 200,
            max_attachments: 10,
            questions_per_hour: 5,
            question_min_chars: 10,
            question_max_chars: 2000,
        }
    }
}

impl Limits {
    /// Checks a story's length (characters after trimming) without touching the database, so
    /// the core can refuse a story early in the guided flow. [`Store::submit`](super::Store::submit)
    /// runs the same check.
    pub fn check_length(&self, text: &str) -> Result<(), LengthProblem> {
        let len = text.trim().chars().count();
        if len < self.min_chars {
            Err(LengthProblem::TooShort {
                min: self.min_chars,
                len,
            })
        } else if len > self.max_chars {
            Err(LengthProblem::TooLong {
                max: self.max_chars,
                len,
            })
        } else {
            Ok(())
        }
    }
}

impl Limits {
    /// Checks a question's (or an answer's, a follow-up's) length, like
    /// [`Limits::check_length`] with the question bounds.
    pub fn check_question_length(&self, text: &str) -> Result<(), LengthProblem> {
        let len = text.trim().chars().count();
        if len < self.question_min_chars {
            Err(LengthProblem::TooShort {
                min: self.question_min_chars,
                len,
            })
        } else if len > self.question_max_chars {
            Err(LengthProblem::TooLong {
                max: self.question_max_chars,
                len,
            })
        } else {
            Ok(())
        }
    }
}

named_enum! {
    /// Where a question (`/ask`) is.
    QuestionStatus, "question status" {
        /// Waiting for an expert (new, or with a follow-up after an answer).
        Open = "open",
        /// An expert answered it.
        Answered = "answered",
        /// Answered and published as a searchable entry of kind `answer`.
        Published = "published",
    }
}

named_enum! {
    /// What one message of a question's thread is.
    ThreadKind, "thread message kind" {
        /// The question itself (announced to the experts).
        Question = "question",
        /// The asker's follow-up (announced to the experts).
        FollowUp = "follow-up",
        /// An expert's answer (delivered to the asker).
        Answer = "answer",
    }
}

named_enum! {
    /// What the asker said of an answer.
    Feedback, "feedback" {
        /// "This helped".
        Helped = "helped",
        /// "It did not".
        NotHelped = "not-helped",
    }
}

named_enum! {
    /// An action recorded in the questions' audit log.
    QuestionAction, "question action" {
        /// Someone asked (→ open).
        Ask = "ask",
        /// The asker followed up (→ open).
        FollowUp = "follow-up",
        /// An expert answered (→ answered).
        Answer = "answer",
        /// An expert published it (→ published).
        Publish = "publish",
        /// An expert withdrew the publication (→ answered).
        Unpublish = "unpublish",
        /// The asker said whether the answer helped.
        Feedback = "feedback",
    }
}

/// A question's number, shown to people as `Q-12`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub i64);

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q-{}", self.0)
    }
}

/// The error for text that is not a question reference.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a question reference: {0:?}")]
pub struct BadQuestionId(pub String);

impl FromStr for QuestionId {
    type Err = BadQuestionId;
    /// Parses `Q-12`, `q12`, `Q 12`… or `12` (positive numbers only).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let t = t
            .strip_prefix(['Q', 'q'])
            .map(|r| r.trim_start_matches(['-', ' ', '#']))
            .unwrap_or(t);
        match t.parse::<i64>() {
            Ok(n) if n > 0 && t.bytes().all(|b| b.is_ascii_digit()) => Ok(QuestionId(n)),
            _ => Err(BadQuestionId(s.to_string())),
        }
    }
}

impl ToSql for QuestionId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl FromSql for QuestionId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(QuestionId)
    }
}

/// A question as the core hands it to [`Store::ask`](super::Store::ask).
#[derive(Debug, Clone, PartialEq)]
pub struct NewQuestion {
    /// Who asks.
    pub asker: Actor,
    /// The chat it was asked in.
    pub chat_id: String,
    /// Where the answer goes: the asker's private chat when the platform allows it, else the
    /// chat it was asked in.
    pub reply_chat: String,
    /// Whether it was asked in a group.
    pub in_group: bool,
    /// The language it is written in.
    pub lang: Lang,
    /// The question.
    pub text: String,
}

/// A stored question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// Its reference.
    pub id: QuestionId,
    /// Who asked.
    pub asker: Actor,
    /// The chat it was asked in.
    pub chat_id: String,
    /// Where the answer goes.
    pub reply_chat: String,
    /// Whether it was asked in a group.
    pub in_group: bool,
    /// The language it is written in.
    pub lang: Lang,
    /// The question.
    pub text: String,
    /// Where it is.
    pub status: QuestionStatus,
    /// When it was asked (unix seconds).
    pub created_at: i64,
    /// When it last changed (unix seconds).
    pub updated_at: i64,
    /// What the asker said of the answer, if anything.
    pub feedback: Option<Feedback>,
    /// When they said it.
    pub feedback_at: Option<i64>,
}

/// One message of a question's thread: the question, a follow-up or an answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThreadMessage {
    /// Its position (increasing over all threads).
    pub seq: i64,
    /// The question it belongs to.
    pub question: QuestionId,
    /// What it is.
    pub kind: ThreadKind,
    /// Who wrote it.
    pub author: Actor,
    /// For an answer: whether the expert's name is shown, or "an expert".
    pub attribution: Attribution,
    /// The text.
    pub text: String,
    /// When (unix seconds).
    pub at: i64,
    /// When a running bot took it up (announced it to the experts, delivered it to the
    /// asker); `None` while it waits.
    pub claimed_at: Option<i64>,
}

impl ThreadMessage {
    /// The name to show under an answer, or `None` for "an expert".
    pub fn credited_name(&self) -> Option<&str> {
        match self.attribution {
            Attribution::Name => Some(self.author.name.as_str()).filter(|n| !n.trim().is_empty()),
            Attribution::Anonymous => None,
        }
    }
}

/// What happened to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskOutcome {
    /// Stored durably (committed): safe to acknowledge with this reference.
    Accepted(QuestionId),
    /// The same person already asked the same question, under this reference.
    Duplicate(QuestionId),
    /// The person asked the maximum number of questions in the last hour.
    RateLimited {
        /// How long until one more is allowed.
        retry_after: Duration,
    },
    /// Too short or too long.
    Length(LengthProblem),
}

/// How many questions are in each status, and what askers said of the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct QuestionCounts {
    /// Waiting for an expert.
    pub open: u64,
    /// Answered.
    pub answered: u64,
    /// Published.
    pub published: u64,
    /// Answers marked "this helped".
    pub helped: u64,
    /// Answers marked "it did not".
    pub not_helped: u64,
}

/// One line of the questions' audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionAuditEntry {
    /// Its position in the log.
    pub seq: i64,
    /// When (unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor: Actor,
    /// What they did.
    pub action: QuestionAction,
    /// On which question.
    pub question: QuestionId,
    /// The status after.
    pub to: QuestionStatus,
}

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items the whole list has.
    pub total: u64,
}

/// How many submissions are in each status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct StatusCounts {
    /// Waiting for a moderator.
    pub pending: u64,
    /// Approved.
    pub approved: u64,
    /// Rejected.
    pub rejected: u64,
    /// Withdrawn by their contributors.
    pub withdrawn: u64,
}

impl StatusCounts {
    /// All submissions.
    pub fn total(&self) -> u64 {
        self.pending + self.approved + self.rejected + self.withdrawn
    }

    /// The count for one status.
    pub fn get(&self, status: Status) -> u64 {
        match status {
            Status::Pending => self.pending,
            Status::Approved => self.approved,
            Status::Rejected => self.rejected,
            Status::Withdrawn => self.withdrawn,
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// Its position in the log (increasing).
    pub seq: i64,
    /// When (unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor: Actor,
    /// What they did.
    pub action: Action,
    /// On which submission.
    pub submission: SubmissionId,
    /// The status before (`None` for a new submission).
    pub from: Option<Status>,
    /// The status after.
    pub to: Status,
    /// The note or reason given, if any.
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Topics parse from their kebab names, forgiving case, `_` and spaces; unknown names fail.
    #[test]
    fn topics_parse_from_kebab_names() {
        assert_eq!("forests-wildlife".parse(), Ok(Topic::ForestsWildlife));
        assert_eq!(" Health_Safety ".parse(), Ok(Topic::HealthSafety));
        assert_eq!("health safety".parse(), Ok(Topic::HealthSafety));
        assert_eq!("OTHER".parse(), Ok(Topic::Other));
        assert!("forests".parse::<Topic>().is_err());
        assert!("".parse::<Topic>().is_err());
        for topic in Topic::ALL {
            assert_eq!(topic.as_str().parse(), Ok(*topic));
        }
        assert_eq!(Topic::ALL.len(), 9);
    }

    /// Every status and action round-trips through its name; the error names what was parsed.
    #[test]
    fn statuses_and_actions_round_trip() {
        for status in Status::ALL {
            assert_eq!(status.to_string().parse(), Ok(*status));
        }
        for action in Action::ALL {
            assert_eq!(action.as_str().parse(), Ok(*action));
        }
        let err = "done".parse::<Status>().err();
        assert_eq!(
            err,
            Some(UnknownName {
                kind: "status",
                value: "done".to_string()
            })
        );
    }

    /// Ids show as `#42` and parse from `42` or `#42`, never from zero, negatives or words.
    #[test]
    fn submission_ids_display_and_parse() {
        assert_eq!(SubmissionId(42).to_string(), "#42");
        assert_eq!("42".parse(), Ok(SubmissionId(42)));
        assert_eq!(" #7 ".parse(), Ok(SubmissionId(7)));
        assert!("0".parse::<SubmissionId>().is_err());
        assert!("-3".parse::<SubmissionId>().is_err());
        assert!("#".parse::<SubmissionId>().is_err());
        assert!("forty".parse::<SubmissionId>().is_err());
        assert!("99999999999999999999".parse::<SubmissionId>().is_err());
    }

    /// Length is counted in characters after trimming, against both bounds.
    #[test]
    fn length_check_counts_trimmed_characters() {
        let limits = Limits {
            min_chars: 3,
            max_chars: 5,
            ..Limits::default()
        };
        assert_eq!(
            limits.check_length("  ab  "),
            Err(LengthProblem::TooShort { min: 3, len: 2 })
        );
        assert_eq!(limits.check_length(" ñññ "), Ok(()));
        assert_eq!(limits.check_length("ñññññ"), Ok(()));
        assert_eq!(
            limits.check_length("abcdef"),
            Err(LengthProblem::TooLong { max: 5, len: 6 })
        );
    }
}
