//! `/reject <n> <reason>` and the Reject button: without a reason the moderator is asked for
//! one in their next message (kept for an hour), which the contributor is then told.

#[allow(unused_imports)]
use super::*;

impl Bot {
    /// Asks the moderator for the reason to reject `id` in their next message.
    pub(in crate::core) fn ask_reason(
        &self,
        store: &store::Store,
        id: SubmissionId,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        let sub = match store.get(id) {
            Ok(Some(s)) if s.status == Status::Pending => s,
            Ok(Some(s)) => {
                let e = store::Error::InvalidTransition {
                    id,
                    from: s.status,
                    action: store::Action::Reject,
                };
                return self.store_refusal(&e, id, msg, lang);
            }
            Ok(None) => return self.store_refusal(&store::Error::NotFound(id), id, msg, lang),
            Err(e) => return self.store_failure("reject", &e, msg, lang),
        };
        if let Err(e) = store.await_reason(
            msg.chat.platform.as_str(),
            &msg.chat.id,
            &msg.user.id,
            id,
            self.now_secs(),
        ) {
            return self.store_failure("reject", &e, msg, lang);
        }
        let mut blocks = vec![para(tr(Msg::AskReason, lang, &[&id.to_string()]))];
        blocks.extend(self.submission_blocks(&sub, lang));
        reply(lang, blocks, Vec::new())
    }

    /// A moderator's message after "send me the reason": the reason, `/cancel`, or (any other
    /// command) left for later.
    pub(in crate::core) fn awaited_reason(&self, msg: &Incoming, lang: Lang) -> Option<Response> {
        let store = self.store.clone()?;
        if !self.is_moderator(&msg.user) {
            return None;
        }
        let platform = msg.chat.platform.as_str();
        let awaited = match store.take_awaited_reason(platform, &msg.chat.id, &msg.user.id) {
            Ok(a) => a?,
            Err(e) => {
                log::warn!("core::moderation: cannot read awaited reason: {e}");
                return None;
            }
        };
        if self.now_secs().saturating_sub(awaited.since) > REASON_TTL_SECS {
            return None;
        }
        let cleaned = crate::core::command::clean(&msg.text);
        let parsed = crate::core::command::parse(&cleaned, &self.parse_options(msg));
        match parsed {
            crate::core::Parsed::Command(Command::Cancel) => {
                Some(answer(Bot::message_reply(Msg::Cancelled, lang)))
            }
            crate::core::Parsed::Text(t) if !self.strip_mention(&t).trim().is_empty() => {
                let reason = self.strip_mention(&t);
                Some(self.reject(&store, awaited.submission, reason.trim(), msg, lang))
            }
            _ => {
                if let Err(e) = store.await_reason(
                    platform,
                    &msg.chat.id,
                    &msg.user.id,
                    awaited.submission,
                    awaited.since,
                ) {
                    log::warn!("core::moderation: cannot keep awaited reason: {e}");
                }
                None
            }
        }
    }

    pub(in crate::core) fn reject(
        &self,
        store: &store::Store,
        id: SubmissionId,
        reason: &str,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        self.decide_in_chat(store, id, Decision::Reject { reason }, msg, lang)
    }
}
