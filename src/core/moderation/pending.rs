//! `/pending [page]`: the contributions waiting for a decision, oldest first, paged.

#[allow(unused_imports)]
use super::*;

impl Bot {
    pub(in crate::core) fn pending(
        &self,
        store: &store::Store,
        arg: &str,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        let wanted = crate::core::ListPage::parse(arg);
        let page = match store.list(Some(Status::Pending), wanted.limit, wanted.offset) {
            Ok(p) => p,
            Err(e) => return self.store_failure("pending", &e, msg, lang),
        };
        if page.total == 0 {
            return Bot::message_reply(Msg::PendingEmpty, lang);
        }
        let blocks = vec![Block::Heading(tr(
            Msg::PendingHeading,
            lang,
            &[&page.total.to_string()],
        ))];
        let mut actions = Vec::new();
        let items: Vec<Vec<Inline>> = page
            .items
            .iter()
            .map(|s| {
                let review = format!("{} {}", Bot::typed("review"), s.id.0);
                actions.push(command_action(
                    format!("{} {}", Msg::Review.get(lang), s.id),
                    review.clone(),
                ));
                vec![
                    Inline::Strong(s.id.to_string()),
                    Inline::Text(format!(
                        " · {} · {} · {}\n{} ",
                        i18n::topic(s.topic, lang),
                        s.author.name,
                        format_time(s.created_at),
                        shorten(&s.text, 160)
                    )),
                    Inline::Code(review),
                ]
            })
            .collect();
        wanted.reply(lang, (blocks, items), actions, ("pending", page.total))
    }
}
