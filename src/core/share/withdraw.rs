//! `/withdraw <n>`: a contributor takes back a pending contribution of their own.

#[allow(unused_imports)]
use super::*;

impl Bot {
    /// `/withdraw <id>`: the person takes back one of their pending submissions.
    pub(in crate::core) fn withdraw(&self, arg: &str, msg: &Incoming, lang: Lang) -> Reply {
        let Some(store) = &self.store else {
            return Bot::disabled(lang);
        };
        let Some(id) = parse_id(arg) else {
            let example = format!("{} 42", Bot::typed("withdraw"));
            return Bot::message_text(tr(Msg::NeedNumber, lang, &[&example]), lang);
        };
        match store.withdraw(id, &actor(&msg.user), self.now()) {
            Ok(sub) => {
                if let Err(e) = self.index.remove_extra(&case_doc_id(sub.id)) {
                    log::warn!("core::share: cannot unindex {}: {e}", sub.id);
                }
                Bot::message_text(tr(Msg::Withdrawn, lang, &[&id.to_string()]), lang)
            }
            Err(e) => self.store_refusal(&e, id, msg, lang),
        }
    }
}
