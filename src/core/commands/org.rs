//! `/org <id or name>`: one organisation's card, or the closest matches.

use super::lookup::{closest, find_entry};
use crate::core::i18n::Msg;
use crate::core::message::{OpenCommands, Reply};
use crate::core::view::{entry_card, para};
use crate::core::{command_action, reply};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::SearchIndex;

/// The card of the organisation called `name`.
pub(super) fn run(index: &SearchIndex, name: &str, lang: Lang, open: OpenCommands) -> Reply {
    if name.trim().is_empty() {
        return reply(
            lang,
            vec![para(Msg::OrgNeedsName.get(lang))],
            vec![command_action(Msg::AllOrgs.get(lang), "/orgs")],
        );
    }
    match find_entry(index.kb(), name, &[Kind::Org]) {
        Some(e) => entry_card(e, lang),
        None => closest(index, name, Kind::Org, Msg::OrgNotFound, lang, open),
    }
}
