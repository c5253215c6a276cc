//! `/language [code]`: the reply language for this person in this chat, kept in the
//! [`LanguageStore`]; with no code (or an unknown one), the choices.

use crate::core::i18n::{Msg, tr};
use crate::core::language::LanguageStore;
use crate::core::message::{Block, Incoming, Inline, Reply};
use crate::core::view::{para, shorten};
use crate::core::{command_action, reply};
use crate::kb::fold;
use crate::lang::Lang;

/// Sets the language named by `code` (a code, a hint such as `pt-BR`, or a native name).
pub(super) fn run(languages: &dyn LanguageStore, code: &str, msg: &Incoming, lang: Lang) -> Reply {
    let code = code.trim();
    if code.is_empty() {
        return choices(lang, para(Msg::LanguageChoose.get(lang)));
    }
    let chosen = Lang::from_hint(code).or_else(|| {
        let f = fold(code);
        Lang::ALL.into_iter().find(|l| fold(l.native_name()) == f)
    });
    match chosen {
        Some(new) => {
            languages.set(&msg.chat, &msg.user, new);
            log::info!(
                "core::language: chat={} user={} lang={new}",
                msg.chat,
                msg.user.key()
            );
            reply(new, vec![para(Msg::LanguageSet.get(new))], Vec::new())
        }
        None => {
            let echo = shorten(code, 32);
            choices(
                lang,
                para(format!(
                    "{} {}",
                    tr(Msg::LanguageUnknown, lang, &[&echo]),
                    Msg::LanguageChoose.get(lang)
                )),
            )
        }
    }
}

/// Every language as a typed command and a button, after `lead`.
fn choices(lang: Lang, lead: Block) -> Reply {
    let items = Lang::ALL
        .iter()
        .map(|l| {
            vec![
                Inline::Code(format!("/language {}", l.code())),
                Inline::Text(format!(" — {}", l.native_name())),
            ]
        })
        .collect();
    let actions = Lang::ALL
        .iter()
        .map(|l| command_action(l.native_name(), format!("/language {}", l.code())))
        .collect();
    reply(lang, vec![lead, Block::List(items)], actions)
}
