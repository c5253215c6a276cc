//! `/topics`: the practical guides, one line and one button each, then the country pages.

use crate::core::i18n::{self, Msg};
use crate::core::message::{Block, OpenCommands, Reply};
use crate::core::view::{entry_line, open_command, para};
use crate::core::{command_action, reply};
use crate::kb::{Entry, Kind, KnowledgeBase};
use crate::lang::Lang;

/// The list of guides, after `lead` (e.g. "which topic?") when given.
pub(super) fn run(
    kb: &KnowledgeBase,
    lang: Lang,
    lead: Option<Block>,
    open: OpenCommands,
) -> Reply {
    let guides: Vec<&Entry> = kb.of_kind(Kind::Guide).collect();
    let countries: Vec<&Entry> = kb.of_kind(Kind::Country).collect();
    let mut blocks: Vec<Block> = lead.into_iter().collect();
    blocks.push(Block::Heading(Msg::TopicsHeading.get(lang).to_string()));
    blocks.push(Block::List(
        guides
            .iter()
            .map(|e| entry_line(e, lang, None, open))
            .collect(),
    ));
    if !countries.is_empty() {
        let kind = i18n::kind(Kind::Country, lang).to_string();
        blocks.push(Block::List(
            countries
                .iter()
                .map(|e| entry_line(e, lang, Some(kind.clone()), open))
                .collect(),
        ));
    }
    blocks.push(para(Msg::TopicsHint.get(lang)));
    let actions = guides
        .iter()
        .map(|e| command_action(e.text(lang).title.clone(), open_command(e.kind, &e.id)))
        .collect();
    reply(lang, blocks, actions)
}
