//! Opening one entry by what a person typed (`/org mintek`, `/guide health`, `/cases fairmined`),
//! shared by the commands that open an organisation, a guide or a case study; and the closest
//! matches when nothing has that name.

use crate::core::i18n::{Msg, fold_words, tr};
use crate::core::message::{Block, Inline, OpenCommands, Reply};
use crate::core::view::{entry_line, hit_blocks, para, shorten};
use crate::core::{ECHO_CHARS, MAX_QUERY_CHARS, PAGE_SIZE, command_action, reply, truncate};
use crate::kb::{Entry, Kind, KnowledgeBase};
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};

/// Finds an entry of one of `kinds` by id, name or alias; then by a unique id prefix or id part
/// (`health` → `health-safety`, `fairmined` → `case-fairmined`).
pub(super) fn find_entry<'a>(
    kb: &'a KnowledgeBase,
    name: &str,
    kinds: &[Kind],
) -> Option<&'a Entry> {
    if let Some(e) = kb.lookup(name).filter(|e| kinds.contains(&e.kind)) {
        return Some(e);
    }
    let wanted = fold_words(name);
    if wanted.is_empty() {
        return None;
    }
    let candidates: Vec<&Entry> = kb
        .entries()
        .filter(|e| kinds.contains(&e.kind))
        .filter(|e| {
            let id = e.id.replace('-', " ");
            id.starts_with(&wanted) || id.split(' ').any(|part| part == wanted)
        })
        .collect();
    match candidates.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// "No entry called …": the best search hits of `kind` for the name, or all entries of that
/// kind when the search finds none.
pub(super) fn closest(
    index: &SearchIndex,
    name: &str,
    kind: Kind,
    not_found: Msg,
    lang: Lang,
    open: OpenCommands,
) -> Reply {
    let (name, _) = truncate(name.trim(), MAX_QUERY_CHARS);
    let echo = shorten(name, ECHO_CHARS);
    let mut blocks = vec![para(tr(not_found, lang, &[&echo]))];
    let opts = SearchOptions {
        lang,
        limit: PAGE_SIZE,
        offset: 0,
        kinds: vec![kind],
    };
    let hits = match index.search(name, &opts) {
        Ok(r) => r.hits,
        Err(e) => {
            log::warn!("core::lookup: search failed: {e}");
            Vec::new()
        }
    };
    let kb = index.kb();
    if hits.is_empty() {
        let list: Vec<Vec<Inline>> = kb
            .of_kind(kind)
            .map(|e| entry_line(e, lang, None, open))
            .collect();
        if !list.is_empty() {
            blocks.push(Block::List(list));
        }
    } else {
        blocks.push(para(Msg::ClosestMatches.get(lang)));
        for (i, hit) in hits.iter().enumerate() {
            let summary = kb.get(&hit.id).map(|e| e.text(lang).summary.as_str());
            blocks.extend(hit_blocks(i + 1, hit, summary, lang, open));
        }
    }
    let all = match kind {
        Kind::Org => command_action(Msg::AllOrgs.get(lang), "/orgs"),
        Kind::Guide => command_action(Msg::AllTopics.get(lang), "/topics"),
        Kind::Country => command_action(Msg::CountriesHeading.get(lang), "/country"),
        Kind::Case | Kind::Answer => command_action(Msg::AllCases.get(lang), "/cases"),
    };
    reply(lang, blocks, vec![all])
}
