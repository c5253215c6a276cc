//! `/country [name]` (also `/countries`): a country's page — the permit a small miner needs and
//! where to get it, how a group registers, where stones may be sold, the organisations there —
//! or, with no name, the list of country pages.

use super::lookup::{closest, find_entry};
use crate::core::i18n::{Msg, fold_words};
use crate::core::message::{Block, OpenCommands, Reply};
use crate::core::view::{entry_card, entry_line, open_command};
use crate::core::{command_action, reply};
use crate::kb::{Entry, Kind};
use crate::lang::Lang;
use crate::search::SearchIndex;

/// The page of the country `name` names (its id, its name in the page, or an id part such as
/// `kenya`); with no name, every country page.
pub(super) fn run(index: &SearchIndex, name: &str, lang: Lang, open: OpenCommands) -> Reply {
    let kb = index.kb();
    if name.trim().is_empty() {
        let pages: Vec<&Entry> = kb.of_kind(Kind::Country).collect();
        let blocks = vec![
            Block::Heading(Msg::CountriesHeading.get(lang).to_string()),
            Block::List(
                pages
                    .iter()
                    .map(|e| entry_line(e, lang, None, open))
                    .collect(),
            ),
        ];
        let actions = pages
            .iter()
            .map(|e| command_action(e.text(lang).title.clone(), open_command(e.kind, &e.id)))
            .collect();
        return reply(lang, blocks, actions);
    }
    let wanted = fold_words(name);
    let by_country = || {
        kb.of_kind(Kind::Country).find(|e| {
            e.country
                .as_deref()
                .is_some_and(|c| fold_words(c) == wanted)
        })
    };
    match find_entry(kb, name, &[Kind::Country]).or_else(by_country) {
        Some(e) => entry_card(e, lang),
        None => closest(index, name, Kind::Country, Msg::CountryNotFound, lang, open),
    }
}
