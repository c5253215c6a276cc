//! `/review <n>`: one contribution in full, with its metadata, attachments and buttons.

#[allow(unused_imports)]
use super::*;

impl Bot {
    pub(in crate::core) fn review(
        &self,
        store: &store::Store,
        id: SubmissionId,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        let sub = match store.get(id) {
            Ok(Some(s)) => s,
            Ok(None) => return self.store_refusal(&store::Error::NotFound(id), id, msg, lang),
            Err(e) => return self.store_failure("review", &e, msg, lang),
        };
        let blocks = self.submission_blocks(&sub, lang);
        let actions = match sub.status {
            Status::Pending => vec![
                crate::core::message::Action {
                    label: Msg::Approve.get(lang).into(),
                    kind: ActionKind::Approve(id.0),
                },
                crate::core::message::Action {
                    label: Msg::Reject.get(lang).into(),
                    kind: ActionKind::Reject(id.0),
                },
            ],
            Status::Approved | Status::Rejected => vec![command_action(
                Msg::Reopen.get(lang),
                format!("{} {}", Bot::typed("reopen"), id.0),
            )],
            Status::Withdrawn => Vec::new(),
        };
        let mut r = reply(lang, blocks, actions);
        r.attachments = attachments(&sub);
        r
    }
}
