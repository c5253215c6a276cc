//! `/stats`: how many contributions are in each state, for moderators.

#[allow(unused_imports)]
use super::*;

impl Bot {
    pub(in crate::core) fn stats(&self, store: &store::Store, msg: &Incoming, lang: Lang) -> Reply {
        match store.counts() {
            Ok(c) => reply(
                lang,
                vec![
                    Block::Heading(Msg::StatsHeading.get(lang).to_string()),
                    para(tr(
                        Msg::StatsLine,
                        lang,
                        &[
                            &c.pending.to_string(),
                            &c.approved.to_string(),
                            &c.rejected.to_string(),
                            &c.withdrawn.to_string(),
                            &c.total().to_string(),
                        ],
                    )),
                ],
                Vec::new(),
            ),
            Err(e) => self.store_failure("stats", &e, msg, lang),
        }
    }
}
