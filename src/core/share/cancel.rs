//! `/cancel`: ends a guided `/share` in progress (its draft is dropped).

#[allow(unused_imports)]
use super::*;

impl Bot {
    /// `/cancel` outside a guided flow or a reason request.
    pub(in crate::core) fn cancel(&self, _msg: &Incoming, lang: Lang) -> Reply {
        Bot::message_reply(Msg::NothingToCancel, lang)
    }
}
