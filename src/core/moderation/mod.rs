//! Moderating contributions: `/pending`, `/review`, `/approve`, `/reject`, `/reopen`, `/stats`,
//! the Approve / Reject buttons, the moderators' announcements with flood control, and the
//! outcome notices to contributors.
//!
//! Authorization: only people whose `platform:id` key was given to
//! [`BotBuilder::moderators`](super::BotBuilder::moderators) may use any of these paths; every
//! refused attempt (typed command or forged button) is logged with the user key and the
//! submission. The store refuses a moderator's decision on their own submission.
//!
//! Announcements: each accepted submission is announced at once (a [`Notice`] to the
//! moderators' chat, returned with the contributor's acknowledgement) unless
//! [`ANNOUNCE_BURST`] announcements already went out in the last [`ANNOUNCE_WINDOW_SECS`]. Further
//! submissions are then folded: they stay in the store's announcement queue, and
//! [`Bot::tick`] (called every few seconds by the adapters) sends one digest ("5 new
//! contributions: #12 #13 … — /pending") once no submission arrived for
//! [`DIGEST_QUIET_SECS`], or the oldest waited [`DIGEST_MAX_WAIT_SECS`]. The queue is in the
//! database, so submissions accepted just before a restart are announced by the first tick.
//!
//! Decisions: [`decide`] is the one way a decision is made, from a chat or from the command line
//! (`miners-guide submissions approve|reject`): the store's state checks, the audit entry, and a
//! queued follow-up in the same transaction. A decision made in chat is followed up at once
//! (the contributor's notice, the index); any other is followed up by the running bot's next
//! [`Bot::tick`] (or the first tick of a bot started later), which also tells the moderators'
//! chat who decided. The command line never opens the search index, so it cannot collide with
//! the running bot's index writer.
//!
//! One file per command: `pending.rs`, `review.rs`, `approve.rs`, `reject.rs` (with the reason
//! asked for in the next message), `reopen.rs`, `stats.rs`; `announce.rs` is the announcements
//! and the digest. This file keeps what they share: [`decide`], the refusals, the buttons and
//! the follow-up of a decision.

mod announce;
mod approve;
mod pending;
mod reject;
mod reopen;
mod review;
mod stats;

use super::command::Command;
use super::i18n::{self, Msg, tr};
use super::message::{
    Action, ActionKind, Attachment, Block, ChatRef, Incoming, Inline, Notice, Platform, Receipt,
    Reply, Response, UserRef,
};
use super::share::{
    actor, case_doc, case_doc_id, format_time, labelled, parse_id, parse_id_and_rest,
    topic_and_place,
};
use super::view::{body_blocks, para, shorten};
use super::{Bot, answer, command_action, reply};
use crate::lang::Lang;
use crate::store::{self, Actor, Status, Submission, SubmissionId};
use std::collections::VecDeque;

/// How many announcements may go out in [`ANNOUNCE_WINDOW_SECS`] before new ones are folded.
pub const ANNOUNCE_BURST: usize = 3;
/// The flood-control window, in seconds.
pub const ANNOUNCE_WINDOW_SECS: i64 = 60;
/// A digest goes out when no submission arrived for this long (seconds)…
pub const DIGEST_QUIET_SECS: i64 = 20;
/// …or when the oldest folded submission waited this long (seconds).
pub const DIGEST_MAX_WAIT_SECS: i64 = 120;
/// How many ids a digest names.
const DIGEST_IDS: usize = 20;
/// A "send me the reason" request older than this (seconds) is ignored.
const REASON_TTL_SECS: i64 = 3600;

/// How many queued decisions one tick follows up (the rest wait for the next tick).
const DECISIONS_PER_TICK: u32 = 50;

/// A moderator's decision on a pending (approve, reject) or decided (reopen) submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision<'a> {
    /// Approve, with an optional note kept with the decision.
    Approve {
        /// The note (empty or `None`: no note).
        note: Option<&'a str>,
    },
    /// Reject, with the reason the contributor is told.
    Reject {
        /// The reason (required).
        reason: &'a str,
    },
    /// Take a decision back: the submission is pending again.
    Reopen,
}

/// Makes `decision` on `id` as `moderator` at `now`: the store's state checks (pending, not
/// the moderator's own submission, a reason for a rejection) and audit entry, with the
/// follow-up queued in the same transaction. The same for a decision in chat and on the
/// command line; a running bot carries out the follow-up ([`Bot::tick`]).
pub fn decide(
    store: &store::Store,
    id: SubmissionId,
    decision: Decision<'_>,
    moderator: &Actor,
    now: i64,
) -> Result<Submission, store::Error> {
    let sub = match decision {
        Decision::Approve { note } => {
            let note = note.map(str::trim).filter(|n| !n.is_empty());
            store.approve(id, moderator, note, now)?
        }
        Decision::Reject { reason } => store.reject(id, moderator, reason, now)?,
        Decision::Reopen => store.reopen(id, moderator, now)?,
    };
    log::info!(
        "core::moderation: {id} {} by {}",
        sub.status.as_str(),
        moderator.key()
    );
    Ok(sub)
}

/// Recent announcements, for flood control (in memory: after a restart the queue in the
/// database still holds what was folded).
#[derive(Debug, Default)]
pub(super) struct Flood {
    sent: VecDeque<i64>,
    last_submission: i64,
    folding: bool,
}

impl Flood {
    fn prune(&mut self, now: i64) {
        while self
            .sent
            .front()
            .is_some_and(|t| now.saturating_sub(*t) >= ANNOUNCE_WINDOW_SECS)
        {
            self.sent.pop_front();
        }
    }

    /// Counts one new item at `now`: `true` to announce it at once, `false` when flood control
    /// folds it into the next digest.
    pub(super) fn admit(&mut self, now: i64) -> bool {
        self.prune(now);
        self.last_submission = self.last_submission.max(now);
        if self.folding || self.sent.len() >= ANNOUNCE_BURST {
            self.folding = true;
            return false;
        }
        self.sent.push_back(now);
        true
    }

    /// Whether the digest of folded items, the oldest from `oldest_at`, is due at `now`: no
    /// new item for [`DIGEST_QUIET_SECS`], or the oldest waited [`DIGEST_MAX_WAIT_SECS`].
    pub(super) fn digest_due(&mut self, now: i64, oldest_at: i64) -> bool {
        self.prune(now);
        let quiet = now.saturating_sub(self.last_submission) >= DIGEST_QUIET_SECS;
        let overdue = now.saturating_sub(oldest_at) >= DIGEST_MAX_WAIT_SECS;
        quiet || overdue
    }

    /// Records a digest sent at `now` (or nothing left to fold): new items are announced at
    /// once again, within the burst.
    pub(super) fn digest_sent(&mut self, now: Option<i64>) {
        if let Some(now) = now {
            self.sent.push_back(now);
        }
        self.folding = false;
    }
}

impl Bot {
    /// Whether `user` is a moderator.
    pub fn is_moderator(&self, user: &UserRef) -> bool {
        self.moderators.contains(&user.key())
    }

    /// The submissions store, if contributions are enabled.
    pub fn store(&self) -> Option<&std::sync::Arc<store::Store>> {
        self.store.as_ref()
    }

    /// The moderators' chat, if configured.
    pub fn moderator_chat(&self) -> Option<&ChatRef> {
        self.moderator_chat.as_ref()
    }

    fn refuse(&self, what: &str, id: Option<SubmissionId>, msg: &Incoming, lang: Lang) -> Response {
        log::warn!(
            "core::moderation: refused {what} by non-moderator user={} chat={} submission={}",
            msg.user.key(),
            msg.chat,
            id.map(|i| i.to_string()).unwrap_or_else(|| "-".into())
        );
        answer(Bot::message_reply(Msg::ModeratorsOnly, lang))
    }

    /// A moderators' command (refused to anyone else).
    pub(super) fn moderate(&self, cmd: Command, msg: &Incoming, lang: Lang) -> Response {
        if !self.is_moderator(&msg.user) {
            let (what, arg) = match &cmd {
                Command::Pending(a) => ("/pending", a.as_str()),
                Command::Review(a) => ("/review", a.as_str()),
                Command::Approve(a) => ("/approve", a.as_str()),
                Command::Reject(a) => ("/reject", a.as_str()),
                Command::Reopen(a) => ("/reopen", a.as_str()),
                _ => ("/stats", ""),
            };
            return self.refuse(what, parse_id(arg), msg, lang);
        }
        let Some(store) = self.store.clone() else {
            return answer(Bot::message_reply(Msg::SharingDisabled, lang));
        };
        let need = |name: &str| {
            let example = format!("{} 42", Bot::typed(name));
            answer(Bot::message_text(
                tr(Msg::NeedNumber, lang, &[&example]),
                lang,
            ))
        };
        match cmd {
            Command::Pending(arg) => answer(self.pending(&store, &arg, msg, lang)),
            Command::Review(arg) => match parse_id(&arg) {
                Some(id) => answer(self.review(&store, id, msg, lang)),
                None => need("review"),
            },
            Command::Approve(arg) => match parse_id_and_rest(&arg) {
                Some((id, note)) => self.approve(&store, id, note, msg, lang),
                None => need("approve"),
            },
            Command::Reject(arg) => match parse_id_and_rest(&arg) {
                Some((id, reason)) if reason.trim().is_empty() => {
                    answer(self.ask_reason(&store, id, msg, lang))
                }
                Some((id, reason)) => self.reject(&store, id, reason, msg, lang),
                None => need("reject"),
            },
            Command::Reopen(arg) => match parse_id(&arg) {
                Some(id) => self.reopen(&store, id, msg, lang),
                None => need("reopen"),
            },
            _ => answer(self.stats(&store, msg, lang)),
        }
    }

    /// An Approve or Reject button (refused, and logged, for anyone but a moderator).
    pub(super) fn moderation_action(
        &self,
        ctx: &Incoming,
        action: &ActionKind,
        lang: Lang,
    ) -> Response {
        let (what, raw) = match action {
            ActionKind::Approve(id) => ("Approve button", *id),
            ActionKind::Reject(id) => ("Reject button", *id),
            _ => return answer(Bot::error_reply(lang)),
        };
        let id = SubmissionId(raw);
        if !self.is_moderator(&ctx.user) {
            return self.refuse(what, Some(id), ctx, lang);
        }
        let Some(store) = self.store.clone() else {
            return answer(Bot::message_reply(Msg::SharingDisabled, lang));
        };
        if raw <= 0 {
            return answer(Bot::message_text(
                tr(Msg::NotFound, lang, &[&id.to_string()]),
                lang,
            ));
        }
        match action {
            ActionKind::Approve(_) => self.approve(&store, id, "", ctx, lang),
            _ => answer(self.ask_reason(&store, id, ctx, lang)),
        }
    }

    /// A submission's heading, metadata and text: kept under decisions and questions, so an
    /// announcement edited with the answer to a button still shows what was decided.
    fn submission_blocks(&self, sub: &Submission, lang: Lang) -> Vec<Block> {
        let mut blocks = vec![Block::Heading(tr(
            Msg::ReviewHeading,
            lang,
            &[&sub.id.to_string()],
        ))];
        blocks.push(Block::List(self.metadata(sub, lang)));
        blocks.extend(body_blocks(&sub.text));
        blocks
    }

    pub(super) fn now_secs(&self) -> i64 {
        (self.clock)()
    }

    fn decided_reply(&self, sub: &Submission, msg: &Incoming, lang: Lang) -> Reply {
        let who = format!("{} ({})", msg.user.display_name, msg.user.key());
        self.decision_reply(sub, &who, self.now_secs(), lang)
    }

    /// The decision on `sub` by `who` at `when`, with the submission under it.
    fn decision_reply(&self, sub: &Submission, who: &str, when: i64, lang: Lang) -> Reply {
        let n = sub.id.to_string();
        let when = format_time(when);
        let text = match sub.status {
            Status::Approved => tr(Msg::DecidedApproved, lang, &[&n, who, &when]),
            Status::Rejected => tr(
                Msg::DecidedRejected,
                lang,
                &[&n, who, &when, sub.note.as_deref().unwrap_or("")],
            ),
            _ => tr(Msg::DecidedReopened, lang, &[&n, who, &when]),
        };
        let mut blocks = vec![para(text)];
        if sub.status == Status::Approved
            && let Some(note) = &sub.note
        {
            blocks.push(para(tr(Msg::ModeratorNote, lang, &[note])));
        }
        blocks.extend(self.submission_blocks(sub, lang));
        let mut r = reply(lang, blocks, Vec::new());
        if sub.status == Status::Approved {
            r.actions.push(command_action(
                Msg::Open.get(lang).trim_end_matches(':'),
                format!("/cases {}", case_doc_id(sub.id)),
            ));
        }
        r
    }

    /// A decision by the moderator who sent `msg`, followed up at once: the moderator's
    /// confirmation, plus the contributor's notice and the announcement's edit (unless the
    /// tick already sent them).
    fn decide_in_chat(
        &self,
        store: &store::Store,
        id: SubmissionId,
        decision: Decision<'_>,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        let now = self.now_secs();
        match decide(store, id, decision, &actor(&msg.user), now) {
            Ok(sub) => {
                log::info!("core::moderation: {id} decided in chat {}", msg.chat);
                let follow_up = match store.claim_decisions(id, now) {
                    Ok(claimed) => claimed,
                    Err(e) => {
                        // The decision stands; its follow-up is done now and may be again by
                        // a later tick (a second notice is better than none).
                        log::warn!("core::moderation: cannot claim the follow-up of {id}: {e}");
                        true
                    }
                };
                // The contributor's notice, and the announcement edited to show the decision
                // (however it was made: a typed command, a button, a reaction; an adapter
                // that already edits that message with the reply leaves this one out).
                let notices = if follow_up {
                    let mut n: Vec<Notice> = self.follow_up(&sub).into_iter().collect();
                    n.extend(self.announcement_notice(store, &sub));
                    n
                } else {
                    Vec::new()
                };
                Response {
                    reply: Some(self.decided_reply(&sub, msg, lang)),
                    notices,
                }
            }
            Err(e) => answer(self.store_refusal(&e, id, msg, lang)),
        }
    }

    /// What follows a decision, for `sub` as it is now: the index holds it exactly when it is
    /// approved; returns the contributor's notice.
    fn follow_up(&self, sub: &Submission) -> Option<Notice> {
        let id = sub.id;
        match sub.status {
            Status::Approved => {
                if let Err(e) = self.index.upsert_extra(&case_doc(sub)) {
                    log::error!("core::moderation: {id} approved but not indexed: {e}");
                }
            }
            Status::Pending => {
                if let Err(e) = self.index.remove_extra(&case_doc_id(id)) {
                    log::error!("core::moderation: {id} reopened but still indexed: {e}");
                }
            }
            Status::Rejected | Status::Withdrawn => {}
        }
        self.outcome_notice(sub)
    }

    /// Follows up the decisions made elsewhere (the command line, or another process): for
    /// each, the index, the contributor's notice, and the decision shown in the moderators'
    /// chat ([`Bot::announcement_notice`]).
    fn follow_up_queued(&self, store: &store::Store, now: i64) -> Vec<Notice> {
        let ids = match store.unclaimed_decisions(DECISIONS_PER_TICK) {
            Ok(ids) => ids,
            Err(e) => {
                log::warn!("core::moderation: cannot read the decisions queue: {e}");
                return Vec::new();
            }
        };
        let mut notices = Vec::new();
        for id in ids {
            match store.claim_decisions(id, now) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    log::warn!("core::moderation: cannot claim the follow-up of {id}: {e}");
                    continue;
                }
            }
            let sub = match store.get(id) {
                Ok(Some(s)) => s,
                Ok(None) => continue,
                Err(e) => {
                    log::warn!("core::moderation: cannot read {id} to follow it up: {e}");
                    continue;
                }
            };
            log::info!("core::moderation: following up the decision on {id}");
            notices.extend(self.follow_up(&sub));
            notices.extend(self.announcement_notice(store, &sub));
        }
        notices
    }

    /// The decision on `sub` shown in the moderators' chat: an edit of its announcement there
    /// when the adapter confirmed where that went (a new message otherwise). A reopened one is
    /// its announcement again, buttons and all; a decided one has none left to press.
    fn announcement_notice(&self, store: &store::Store, sub: &Submission) -> Option<Notice> {
        let chat = self.moderator_chat.as_ref()?;
        let (by, at) = last_decision(store, sub)?;
        let lang = self.moderators_lang(chat);
        let who = format!("{} ({})", by.name, by.key());
        let mut reply = self.decision_reply(sub, &who, at, lang);
        if sub.status == Status::Pending {
            reply.actions = decision_buttons(sub.id, lang);
        }
        Some(Notice {
            replaces: self.announcement_message(store, sub.id),
            receipt: Some(Receipt::Announcement(sub.id.0)),
            ..Notice::new(chat.clone(), reply)
        })
    }

    /// The adapter's reference to the message that announced `id` in the moderators' chat,
    /// when one was kept (not for a digest, nor for an announcement whose delivery the adapter
    /// never confirmed).
    fn announcement_message(&self, store: &store::Store, id: SubmissionId) -> Option<String> {
        match store.announcement_ref(id) {
            Ok(r) => r.filter(|r| !announce::is_core_ref(r)),
            Err(e) => {
                log::warn!("core::moderation: cannot read where {id} was announced: {e}");
                None
            }
        }
    }

    /// The contributor's notice of a decision, in their language, in the chat they sent from.
    pub fn outcome_notice(&self, sub: &Submission) -> Option<Notice> {
        // After `/forget` the chat is not known: the contributor sees the outcome in `/mine`.
        if sub.chat_id.is_empty() {
            return None;
        }
        let platform = Platform::parse(&sub.author.platform)?;
        let chat = ChatRef {
            platform,
            id: sub.chat_id.clone(),
        };
        let user = UserRef {
            platform,
            id: sub.author.user_id.clone(),
            display_name: sub.author.name.clone(),
        };
        let lang = self.languages.get(&chat, &user).unwrap_or(sub.lang);
        let n = sub.id.to_string();
        let mut blocks = Vec::new();
        let mut actions = Vec::new();
        match sub.status {
            Status::Approved => {
                blocks.push(para(tr(Msg::OutcomeApproved, lang, &[&n])));
                if let Some(note) = &sub.note {
                    blocks.push(para(tr(Msg::ModeratorNote, lang, &[note])));
                }
                actions.push(command_action(
                    Msg::AllCases.get(lang),
                    format!("/cases {}", case_doc_id(sub.id)),
                ));
            }
            Status::Rejected => blocks.push(para(tr(
                Msg::OutcomeRejected,
                lang,
                &[&n, sub.note.as_deref().unwrap_or("")],
            ))),
            Status::Pending => blocks.push(para(tr(Msg::OutcomeReopened, lang, &[&n]))),
            Status::Withdrawn => return None,
        }
        Some(Notice::new(chat, reply(lang, blocks, actions)))
    }

    pub(super) fn moderators_lang(&self, chat: &ChatRef) -> Lang {
        self.store
            .as_ref()
            .and_then(|s| {
                s.language(chat.platform.as_str(), &chat.id, None)
                    .ok()
                    .flatten()
            })
            .unwrap_or(Lang::En)
    }

    fn metadata(&self, sub: &Submission, lang: Lang) -> Vec<Vec<Inline>> {
        let mut facts = topic_and_place(sub, lang);
        facts.push(labelled(
            Msg::LabelAuthor,
            lang,
            &format!("{} ({})", sub.author.name, sub.author.key()),
        ));
        let credit = sub
            .credited_name()
            .map(str::to_string)
            .unwrap_or_else(|| Msg::LabelAnonymous.get(lang).to_string());
        facts.push(labelled(Msg::LabelCredit, lang, &credit));
        facts.push(labelled(
            Msg::LabelSent,
            lang,
            &format!("{} ({})", format_time(sub.created_at), sub.lang),
        ));
        facts.push(labelled(
            Msg::LabelStatus,
            lang,
            i18n::submission_status(sub.status, lang),
        ));
        if let (Some(by), Some(at)) = (&sub.decided_by, sub.decided_at) {
            let mut d = format!("{} ({}), {}", by.name, by.key(), format_time(at));
            if let Some(note) = &sub.note {
                d.push_str(&format!(" — {note}"));
            }
            facts.push(labelled(Msg::LabelDecision, lang, &d));
        }
        if !sub.attachments.is_empty() {
            facts.push(labelled(
                Msg::LabelPhotos,
                lang,
                &sub.attachments.len().to_string(),
            ));
        }
        facts
    }
}

/// Who made the decision `sub` is in, and when: the decider it keeps, or for a reopened one
/// (a pending submission keeps no decider) the audit log's last reopening.
fn last_decision(store: &store::Store, sub: &Submission) -> Option<(Actor, i64)> {
    if let (Some(by), Some(at)) = (&sub.decided_by, sub.decided_at) {
        return Some((by.clone(), at));
    }
    match store.audit_for(sub.id) {
        Ok(audit) => audit
            .into_iter()
            .rev()
            .find(|a| a.action == store::Action::Reopen)
            .map(|a| (a.actor, a.at)),
        Err(e) => {
            log::warn!("core::moderation: cannot read who reopened {}: {e}", sub.id);
            None
        }
    }
}

/// The Approve / Reject buttons of submission `id`.
fn decision_buttons(id: SubmissionId, lang: Lang) -> Vec<Action> {
    vec![
        Action {
            label: Msg::Approve.get(lang).into(),
            kind: ActionKind::Approve(id.0),
        },
        Action {
            label: Msg::Reject.get(lang).into(),
            kind: ActionKind::Reject(id.0),
        },
    ]
}

/// A submission's files, as attachments of a reply.
pub(in crate::core) fn attachments(sub: &Submission) -> Vec<Attachment> {
    sub.attachments
        .iter()
        .map(|a| Attachment {
            kind: a.kind.clone(),
            reference: a.reference.clone(),
        })
        .collect()
}

/// A paragraph from a template whose `{0}`, `{1}`… are shown as code (commands to type).
pub(super) fn with_codes(template: &str, codes: &[&str]) -> Block {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let Some(code) = after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|i| codes.get(i))
        else {
            pieces.push(Inline::Text(rest[..start + 1].to_string()));
            rest = after;
            continue;
        };
        if start > 0 {
            pieces.push(Inline::Text(rest[..start].to_string()));
        }
        pieces.push(Inline::Code((*code).to_string()));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Inline::Text(rest.to_string()));
    }
    Block::Paragraph(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Placeholders become code pieces, the rest stays text.
    #[test]
    fn codes_fill_placeholders() {
        let Block::Paragraph(p) =
            with_codes("Decide with {0} or {1}.", &["/approve 4", "/reject 4"])
        else {
            panic!("not a paragraph");
        };
        assert_eq!(
            p,
            vec![
                Inline::Text("Decide with ".into()),
                Inline::Code("/approve 4".into()),
                Inline::Text(" or ".into()),
                Inline::Code("/reject 4".into()),
                Inline::Text(".".into()),
            ]
        );
    }
}
