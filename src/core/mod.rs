//! The transport-agnostic core: `Bot::handle(&Incoming) -> Response`.
//!
//! CONTRACT SKELETON: the public signatures below are what adapters use; bodies are being
//! implemented.

mod message;

pub use message::*;

use crate::lang::Lang;
use crate::search::SearchIndex;
use std::sync::Arc;

/// One card for Telegram inline mode (or any "share this entry" feature).
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The entry id (unique within one answer).
    pub id: String,
    /// The title shown in the inline list.
    pub title: String,
    /// A one-line description shown under the title.
    pub description: String,
    /// The message sent into the chat when the card is chosen.
    pub message: Reply,
}

/// One page of inline cards.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineAnswer {
    /// The cards of this page (at most 50).
    pub cards: Vec<Card>,
    /// The offset of the next page, if there is one (≤ 64 bytes).
    pub next_offset: Option<String>,
}

/// The bot: every platform adapter hands it messages and renders what it answers.
/// Cheap to clone and safe to share between tasks.
#[derive(Clone)]
pub struct Bot {
    index: Arc<SearchIndex>,
}

impl Bot {
    /// A bot answering from `index`.
    pub fn new(index: Arc<SearchIndex>) -> Bot {
        Bot { index }
    }

    /// The search index the bot answers from.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Answers one message. Never panics on any input; in groups, returns no reply to
    /// messages that were not addressed to the bot.
    pub fn handle(&self, msg: &Incoming) -> Response {
        let _ = msg;
        todo!()
    }

    /// Runs a button's action for the person in `ctx` (its `text` is ignored).
    pub fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response {
        let _ = (ctx, action);
        todo!()
    }

    /// Cards for an inline query (`@ThisBot query`), starting at `offset`.
    pub fn inline(&self, query: &str, lang: Lang, offset: &str) -> InlineAnswer {
        let _ = (query, lang, offset);
        todo!()
    }
}
