//! `/approve <n> [note]` and the Approve button: a moderator approves a pending contribution;
//! it is indexed at once and the contributor is told (see [`super::decide`]).

#[allow(unused_imports)]
use super::*;

impl Bot {
    pub(in crate::core) fn approve(
        &self,
        store: &store::Store,
        id: SubmissionId,
        note: &str,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        let decision = Decision::Approve { note: Some(note) };
        self.decide_in_chat(store, id, decision, msg, lang)
    }
}
