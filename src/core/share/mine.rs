//! `/mine`: a contributor's own contributions and their status, newest first.

#[allow(unused_imports)]
use super::*;

/// How many of a person's submissions `/mine` lists.
pub(in crate::core) const MINE_LIMIT: u32 = 10;

impl Bot {
    /// `/mine`: the person's latest submissions with their status.
    pub(in crate::core) fn mine(&self, msg: &Incoming, lang: Lang) -> Reply {
        let Some(store) = &self.store else {
            return Bot::disabled(lang);
        };
        let page = match store.by_user(msg.user.platform.as_str(), &msg.user.id, MINE_LIMIT, 0) {
            Ok(p) => p,
            Err(e) => return self.store_failure("mine", &e, msg, lang),
        };
        if page.items.is_empty() {
            let share = Bot::typed("share");
            return Bot::message_text(tr(Msg::MineEmpty, lang, &[&share]), lang);
        }
        let items = page
            .items
            .iter()
            .map(|s| {
                let mut line = vec![
                    Inline::Strong(s.id.to_string()),
                    Inline::Text(format!(
                        " · {} · {} — {}",
                        i18n::submission_status(s.status, lang),
                        case_title(s, lang),
                        shorten(&s.text, 80)
                    )),
                ];
                if s.status == Status::Rejected
                    && let Some(reason) = &s.note
                {
                    line.push(Inline::Em(format!(" ({})", shorten(reason, 120))));
                }
                if s.status == Status::Pending {
                    line.push(Inline::Text(" ".into()));
                    line.push(Inline::Code(format!(
                        "{} {}",
                        Bot::typed("withdraw"),
                        s.id.0
                    )));
                }
                line
            })
            .collect();
        reply(
            lang,
            vec![
                Block::Heading(format!("{} ({})", Msg::MineHeading.get(lang), page.total)),
                Block::List(items),
            ],
            Vec::new(),
        )
    }
}
