//! The commands that read the knowledge base, one file each (`/country` is `country.rs`) (as mini-redis keeps `src/cmd/`):
//! each handler takes only what it needs (the index, the knowledge base, the language store)
//! and returns a [`Reply`]. The command table behind the parser, `/help` and the platforms'
//! menus stays in [`crate::core::command`]. The commands that write have families of their
//! own, one file per command too: contributions in `core/share/` (`mod.rs` is the `/share`
//! flow; `mine.rs`, `withdraw.rs`, `cancel.rs`), moderation in `core/moderation/` (`mod.rs` is
//! the one `decide` path and the refusals; `pending.rs`, `review.rs`, `approve.rs`,
//! `reject.rs`, `reopen.rs`, `stats.rs`, `announce.rs`); questions for experts (`/ask`,
//! `/answer`, `/questions`, `/publish`) in `core/ask.rs`, `/report` in `core/report.rs`,
//! `/forget` in `core/forget.rs`.

mod cases;
mod country;
pub(super) mod find;
mod guide;
mod help;
mod language;
mod lookup;
mod org;
mod orgs;
mod start;
mod topics;

use super::Bot;

/// What the person asking may do beyond reading: shown in `/help` and `/start`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Role {
    /// A moderator (sees the moderators' commands).
    pub moderator: bool,
    /// An expert, or a moderator (sees the experts' commands).
    pub expert: bool,
}
use super::command::Command;
use super::message::{Incoming, Reply};
use crate::lang::Lang;

impl Bot {
    /// Answers a command that only reads (everything but contributions and moderation).
    pub(super) fn read_command(&self, cmd: Command, msg: &Incoming, lang: Lang) -> Reply {
        let index = &*self.index;
        let store = self.store.as_deref();
        let moderator = Role {
            moderator: self.is_moderator(&msg.user),
            expert: self.is_expert(&msg.user),
        };
        let open = msg.caps.open_commands;
        match cmd {
            Command::Start(None) => start::welcome(msg, moderator, lang, None),
            Command::Start(Some(param)) => {
                start::deep_link(index, store, &param, msg, moderator, lang)
            }
            Command::Help => help::run(msg, moderator, lang),
            Command::Find(q) if q.trim().is_empty() => find::without_query(lang),
            Command::Find(q) => self.search_and_log(&q, msg, lang),
            Command::Org(name) => org::run(index, &name, lang, open),
            Command::Orgs(filter) => orgs::run(index.kb(), &filter, lang, open),
            Command::Topics => topics::run(index.kb(), lang, None, open),
            Command::Guide(topic) => guide::run(index, &topic, lang, open),
            Command::Cases(id) => cases::run(index, store, &id, lang, open),
            Command::Country(name) => country::run(index, &name, lang, open),
            Command::Language(code) => language::run(&*self.languages, &code, msg, lang),
            Command::Share(_)
            | Command::Mine
            | Command::Withdraw(_)
            | Command::Cancel
            | Command::Pending(_)
            | Command::Review(_)
            | Command::Approve(_)
            | Command::Reject(_)
            | Command::Reopen(_)
            | Command::Stats
            | Command::Ask(_)
            | Command::Answer(_)
            | Command::Questions(_)
            | Command::Publish(_)
            | Command::Unpublish(_)
            | Command::Helped(_)
            | Command::NotHelped(_)
            | Command::Report(_)
            | Command::Forget => Bot::error_reply(lang),
        }
    }
}
