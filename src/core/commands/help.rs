//! `/help`: the command list (moderators and experts also see theirs) and how to ask.

use super::Role;
use crate::core::ChatKind;
use crate::core::command::{COMMANDS, CommandSpec, EXPERT_COMMANDS, MODERATOR_COMMANDS};
use crate::core::i18n::{Msg, tr};
use crate::core::message::{Block, Incoming, Inline, Reply};
use crate::core::reply;
use crate::core::view::para;
use crate::lang::Lang;

/// The help reply: the commands, then how to ask in this kind of chat.
pub(super) fn run(msg: &Incoming, role: Role, lang: Lang) -> Reply {
    let mut blocks = command_list(msg, role, lang);
    blocks.push(usage_paragraph(msg, lang));
    reply(lang, blocks, Vec::new())
}

/// How to ask: in a private chat any text is a search; in a group, a command or a mention.
pub(super) fn usage_paragraph(msg: &Incoming, lang: Lang) -> Block {
    if msg.chat_kind == ChatKind::Group {
        para(Msg::AskGroup.get(lang))
    } else {
        let text = tr(Msg::AskPrivate, lang, &["\u{0}"]);
        let (before, after) = text.split_once('\u{0}').unwrap_or((text.as_str(), ""));
        Block::Paragraph(vec![
            Inline::Text(before.to_string()),
            Inline::Em(Msg::ExampleQuery.get(lang).to_string()),
            Inline::Text(after.to_string()),
        ])
    }
}

/// Every command's usage line, from the one command table, with this chat's prefix.
pub(super) fn command_list(msg: &Incoming, role: Role, lang: Lang) -> Vec<Block> {
    let prefix = msg.caps.command_prefix;
    let items = |specs: &[CommandSpec]| -> Vec<Vec<Inline>> {
        specs
            .iter()
            .map(|c| {
                vec![
                    Inline::Code(c.usage(prefix, lang)),
                    Inline::Text(format!(" — {}", c.about.get(lang))),
                ]
            })
            .collect()
    };
    let mut blocks = vec![
        Block::Heading(Msg::CommandsHeading.get(lang).to_string()),
        Block::List(items(&COMMANDS)),
    ];
    if role.moderator {
        blocks.push(Block::Paragraph(vec![Inline::Strong(
            Msg::ModeratorsHeading.get(lang).to_string(),
        )]));
        blocks.push(Block::List(items(&MODERATOR_COMMANDS)));
    }
    if role.expert {
        blocks.push(Block::Paragraph(vec![Inline::Strong(
            Msg::ExpertsHeading.get(lang).to_string(),
        )]));
        blocks.push(Block::List(items(&EXPERT_COMMANDS)));
    }
    blocks
}
