//! Announcing new contributions in the moderators' chat: one message each in a calm period,
//! folded into one digest in a burst ([`ANNOUNCE_BURST`] a minute), delivered by the running
//! bot's tick (which also follows up decisions made on the command line).

#[allow(unused_imports)]
use super::*;

/// The announcement reference kept when the core hands an announcement to the adapter, until
/// the adapter names the message it sent ([`Bot::delivered`]).
const CORE_REF: &str = "core";
/// The reference kept for the submissions announced together in one digest (never edited).
const CORE_DIGEST_REF: &str = "core-digest";

/// Whether `message_ref` is one of the core's own placeholders, not an adapter's message.
pub(super) fn is_core_ref(message_ref: &str) -> bool {
    message_ref == CORE_REF || message_ref == CORE_DIGEST_REF
}

impl Bot {
    /// The full announcement of one submission for the moderators' chat: text, metadata,
    /// Approve / Reject buttons, and the typed forms (`/approve 42`, `!approve 42` on Matrix).
    pub fn announcement(&self, sub: &Submission, lang: Lang) -> Reply {
        let n = sub.id.to_string();
        let mut blocks = vec![Block::Heading(tr(Msg::AnnounceHeading, lang, &[&n]))];
        blocks.push(Block::List(self.metadata(sub, lang)));
        blocks.extend(body_blocks(&sub.text));
        let approve = format!("{} {}", Bot::typed("approve"), sub.id.0);
        let reject = format!("{} {}", Bot::typed("reject"), sub.id.0);
        blocks.push(with_codes(
            Msg::AnnounceHint.get(lang),
            &[&approve, &reject],
        ));
        let mut r = reply(lang, blocks, decision_buttons(sub.id, lang));
        r.attachments = attachments(sub);
        r
    }

    /// The announcement of a just-accepted submission, unless flood control folds it (then
    /// [`Bot::tick`] sends it in a digest).
    pub(in crate::core) fn announce_new(
        &self,
        flood: &mut Flood,
        id: SubmissionId,
        now: i64,
    ) -> Vec<Notice> {
        let (Some(store), Some(chat)) = (&self.store, &self.moderator_chat) else {
            return Vec::new();
        };
        // The caller holds the flood lock from before the submission was stored until it is
        // marked announced here, so `tick` never sees it stored but not yet announced.
        if !flood.admit(now) {
            log::info!("core::moderation: {id} folded into the next digest");
            return Vec::new();
        }
        let sub = match store.get(id) {
            Ok(Some(s)) => s,
            Ok(None) => return Vec::new(),
            Err(e) => {
                log::warn!("core::moderation: cannot read {id} to announce it: {e}");
                return Vec::new();
            }
        };
        if let Err(e) = store.mark_announced(&[id], CORE_REF, now) {
            log::warn!("core::moderation: cannot mark {id} announced: {e}");
        }
        let lang = self.moderators_lang(chat);
        vec![Notice {
            receipt: Some(Receipt::Announcement(id.0)),
            ..Notice::new(chat.clone(), self.announcement(&sub, lang))
        }]
    }

    /// An adapter delivered a notice that asked for `receipt`; `message_ref` names, in the
    /// adapter's own format (say `telegram:-1001234:567`), the message that now carries it.
    /// For an announcement, the reference is kept so that a decision made elsewhere (the
    /// command line) edits that message instead of posting a new one. A crash before this
    /// call only loses the edit: the decision is then posted as a new message.
    pub fn delivered(&self, receipt: &Receipt, message_ref: &str) {
        let Some(store) = &self.store else { return };
        match *receipt {
            Receipt::Announcement(id) => {
                let id = SubmissionId(id);
                if let Err(e) = store.mark_announced(&[id], message_ref, self.now_secs()) {
                    log::warn!("core::moderation: cannot keep where {id} was announced: {e}");
                }
            }
        }
    }

    /// The periodic work: call every few seconds (adapters, `serve`, the terminal). Follows up
    /// the decisions made outside this bot's chats (index, contributor's notice, the decision
    /// in the moderators' chat), and sends what flood control held back: one digest notice
    /// for the moderators' chat (or the full announcement when only one submission waited)
    /// once no submission arrived for [`DIGEST_QUIET_SECS`] or the oldest waited
    /// [`DIGEST_MAX_WAIT_SECS`]; and the questions' work: answers given elsewhere (the
    /// command line) delivered to their askers, questions and follow-ups announced (or
    /// folded into a digest) in the experts' chat.
    pub fn tick(&self, now: i64) -> Vec<Notice> {
        self.upkeep(now);
        let Some(store) = &self.store else {
            return Vec::new();
        };
        let mut notices = self.follow_up_queued(store, now);
        notices.extend(self.digest(store, now));
        notices.extend(self.questions_tick(store, now));
        notices
    }

    /// The digest part of [`Bot::tick`].
    pub(in crate::core) fn digest(&self, store: &store::Store, now: i64) -> Vec<Notice> {
        let Some(chat) = &self.moderator_chat else {
            return Vec::new();
        };
        let mut flood = self.flood.lock().unwrap_or_else(|p| p.into_inner());
        let waiting = match store.unannounced(500) {
            Ok(w) => w,
            Err(e) => {
                log::warn!("core::moderation: cannot read the announcement queue: {e}");
                return Vec::new();
            }
        };
        let Some(oldest) = waiting.first() else {
            flood.digest_sent(None);
            return Vec::new();
        };
        if !flood.digest_due(now, oldest.created_at) {
            return Vec::new();
        }
        let lang = self.moderators_lang(chat);
        let ids: Vec<SubmissionId> = waiting.iter().map(|s| s.id).collect();
        let (reply, receipt) = if let [one] = waiting.as_slice() {
            (
                self.announcement(one, lang),
                Some(Receipt::Announcement(one.id.0)),
            )
        } else {
            let mut named: Vec<String> =
                ids.iter().take(DIGEST_IDS).map(|i| i.to_string()).collect();
            if ids.len() > DIGEST_IDS {
                named.push("…".into());
            }
            let pending = Bot::typed("pending");
            let digest = reply(
                lang,
                vec![
                    Block::Heading(tr(
                        Msg::DigestHeading,
                        lang,
                        &[&ids.len().to_string(), &named.join(" ")],
                    )),
                    with_codes(Msg::DigestHint.get(lang), &[&pending]),
                ],
                vec![command_action(Msg::AboutPending.get(lang), pending)],
            );
            // A digest names several submissions: a decision on one must not replace it.
            (digest, None)
        };
        if let Err(e) = store.mark_announced(&ids, CORE_DIGEST_REF, now) {
            log::warn!("core::moderation: cannot mark the digest announced: {e}");
            return Vec::new();
        }
        flood.digest_sent(Some(now));
        log::info!(
            "core::moderation: digest of {} submissions to {chat}",
            ids.len()
        );
        vec![Notice {
            receipt,
            ..Notice::new(chat.clone(), reply)
        }]
    }
}
