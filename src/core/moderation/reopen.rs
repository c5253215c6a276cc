//! `/reopen <n>`: a decided contribution goes back to pending (and out of the index).

#[allow(unused_imports)]
use super::*;

impl Bot {
    pub(in crate::core) fn reopen(
        &self,
        store: &store::Store,
        id: SubmissionId,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        self.decide_in_chat(store, id, Decision::Reopen, msg, lang)
    }
}
