//! `/forget`: a person removes their personal data (their name and the chat they wrote from)
//! from what the bot keeps of them, and is told what was removed. Today that is their pending
//! contributions (and those contributions' audit entries); searches are never stored with a
//! person's name or id, so there is nothing of theirs in the search log.
//!
//! Questions to experts join here when the questions store exists: a count in
//! [`crate::store::Forgotten`] and a line in the reply.

use super::i18n::{Msg, tr};
use super::{Bot, Incoming, Reply};
use crate::lang::Lang;

impl Bot {
    /// `/forget` for the sender of `msg`.
    pub(super) fn forget(&self, msg: &Incoming, lang: Lang) -> Reply {
        let Some(store) = &self.store else {
            return Bot::message_reply(Msg::ForgetNothing, lang);
        };
        let user = &msg.user;
        match store.forget_person(user.platform.as_str(), &user.id, (self.clock)()) {
            Ok(forgotten) if forgotten.is_empty() => Bot::message_reply(Msg::ForgetNothing, lang),
            Ok(forgotten) => {
                log::info!(
                    "core::forget: removed a name and chat from {} pending contributions and a \
                     name from {} open questions",
                    forgotten.contributions,
                    forgotten.questions
                );
                let mut lines = Vec::new();
                if forgotten.contributions > 0 {
                    let n = forgotten.contributions.to_string();
                    lines.push(tr(Msg::ForgetDone, lang, &[&n]));
                }
                if forgotten.questions > 0 {
                    let n = forgotten.questions.to_string();
                    lines.push(tr(Msg::ForgetDoneQuestions, lang, &[&n]));
                }
                Bot::message_text(lines.join("\n\n"), lang)
            }
            Err(e) => self.store_failure("forget", &e, msg, lang),
        }
    }
}
