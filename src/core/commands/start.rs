//! `/start [param]`: the welcome, or a deep link (`t.me/Bot?start=org-mintek`) opening an
//! entry, a contributed case (`sub-42`) or a search (`find-settling_pond`).

use super::Role;
use super::{cases, find, help};
use crate::core::i18n::Msg;
use crate::core::message::{Block, Incoming, Inline, Reply};
use crate::core::view::{entry_card, para};
use crate::core::{command_action, reply};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::SearchIndex;
use crate::store::Store;

/// The welcome: an optional note (e.g. "that link is unknown"), what the bot does, how to ask,
/// the commands, and buttons for the three lists.
pub(super) fn welcome(msg: &Incoming, role: Role, lang: Lang, note: Option<Msg>) -> Reply {
    let mut blocks = Vec::new();
    if let Some(note) = note {
        blocks.push(Block::Paragraph(vec![Inline::Em(
            note.get(lang).to_string(),
        )]));
    }
    blocks.push(para(Msg::Welcome.get(lang)));
    blocks.push(help::usage_paragraph(msg, lang));
    blocks.extend(help::command_list(msg, role, lang));
    reply(
        lang,
        blocks,
        vec![
            command_action(Msg::AllTopics.get(lang), "/topics"),
            command_action(Msg::AllOrgs.get(lang), "/orgs"),
            command_action(Msg::AllCases.get(lang), "/cases"),
        ],
    )
}

/// What a deep link's parameter opens; an unknown one gets the welcome with a note.
pub(super) fn deep_link(
    index: &SearchIndex,
    store: Option<&Store>,
    param: &str,
    msg: &Incoming,
    role: Role,
    lang: Lang,
) -> Reply {
    let kb = index.kb();
    let param = param.trim();
    if let Some(n) = param
        .strip_prefix("case-sub-")
        .or_else(|| param.strip_prefix("sub-"))
    {
        return cases::submitted(store, n, lang);
    }
    if let Some(n) = param.strip_prefix("answer-") {
        return crate::core::ask::published_reply(store, n, lang);
    }
    let found = kb.get(param).or_else(|| {
        [
            ("org-", Kind::Org),
            ("guide-", Kind::Guide),
            ("case-", Kind::Case),
        ]
        .into_iter()
        .find_map(|(prefix, kind)| {
            let id = param.strip_prefix(prefix)?;
            kb.get(id).filter(|e| e.kind == kind)
        })
    });
    if let Some(entry) = found {
        return entry_card(entry, lang);
    }
    if let Some(q) = param
        .strip_prefix("find-")
        .or_else(|| param.strip_prefix("find_"))
    {
        let q = q.replace(['_', '-'], " ");
        if !q.trim().is_empty() {
            return find::search_reply(index, q.trim(), 0, lang, msg.caps.open_commands);
        }
    }
    welcome(msg, role, lang, Some(Msg::DeepLinkUnknown))
}
