//! `/guide <topic>`: one practical guide (or case study) by name, or the topics.

use super::lookup::{closest, find_entry};
use super::topics;
use crate::core::i18n::Msg;
use crate::core::message::{OpenCommands, Reply};
use crate::core::view::{entry_card, para};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::SearchIndex;

/// The guide called `topic`; with no topic, the list of topics.
pub(super) fn run(index: &SearchIndex, topic: &str, lang: Lang, open: OpenCommands) -> Reply {
    if topic.trim().is_empty() {
        return topics::run(
            index.kb(),
            lang,
            Some(para(Msg::GuideNeedsTopic.get(lang))),
            open,
        );
    }
    match find_entry(index.kb(), topic, &[Kind::Guide, Kind::Country, Kind::Case]) {
        Some(e) => entry_card(e, lang),
        None => closest(index, topic, Kind::Guide, Msg::GuideNotFound, lang, open),
    }
}
